"""extract() and answers(): families added on 2026-12-04 (eleventh session), from the
fresh51 and fresh52 sets once they stopped being held out: "let us know until Friday which
..." is a dated request, a statement put up as an either-or question after a lead ("at the
hotel there is a forklift available, or we must palletize?"), a terse line of a reply that
picks one side of an either-or question, a count of the thing asked about answering "do we
have enough ...?", done in other words ("Invite re-sent just now", "are in that same Drive
folder btw", "are sitting in Ads Manager now", "that's Ger's notes ... there for you"), "Cant
lock in numbers till ..." blocking the writer's one task on the thread, and "They're on hold
until ..." after the paragraph's topic. Positive probes must fire with the right fields;
negative probes must not."""
from __future__ import annotations

from datetime import date

import pytest
from extraction_probe import JANE, PRIYA, SAM, TOM, run

from ingest.answers import answers
from ingest.extraction import KnownTask

# ---- requests and questions


def test_let_us_know_until_a_day_which_is_a_dated_request() -> None:
    found = run("Could you please also let us know until Friday which two of your engineers will conduct the "
                "technical interviews?", author=SAM, to=(JANE.email,))
    assert [(t.owner, t.due) for t in found.tasks] == [(JANE.email, date(2026, 11, 6))]
    assert "engineers" in found.tasks[0].title and found.questions == []


def test_a_statement_after_a_lead_put_as_an_either_or_question() -> None:
    found = run("Tom, one question for the unloading: at the hotel there is a forklift available, or we must "
                "palletize everything for unloading by hand? The crates are 140 kg each.", author=SAM,
                to=(TOM.email, JANE.email))
    assert [(q.addressed_to, "forklift" in q.text) for q in found.questions] == [(TOM.email, True)]
    assert found.tasks == []


@pytest.mark.parametrize("text", [
    "At the hotel there is a bar, which is nice.",
    "In the end there is a lot we must palletize by hand.",
])
def test_a_statement_with_a_lead_and_no_question_mark_asks_nothing(text: str) -> None:
    assert run(text, author=SAM, to=(TOM.email,)).questions == []


# ---- answers


@pytest.mark.parametrize(("question", "reply"), [
    ("Also, are the trays folded up by hand in the shed, or do you run them through a machine?",
     ("Mostly 14s and 12s. Some 16s late in the season.\nPallets no higher than 1.8m, thats what the truck takes.\n"
     "All by hand, 4 girls on the line.")),
    ("Question: do we have enough 304 stainless blanks on hand for 2,000 blades?",
     "Counted the cage this morning, 2,600 blanks of 304 on the shelf. We're good, with room for scrap."),
])
def test_answers_a_line_or_a_count_at_a_time(question: str, reply: str) -> None:
    assert answers(question, reply)


@pytest.mark.parametrize(("question", "reply"), [
    # a line that is itself a question, about the same banquette
    ("And for the banquette cushions, would you rather do performance velvet or the outdoor-grade canvas?",
     ("Eeeek we are SO excited!!! Chris and I are looking at the finishes tonight.\n\n"
     "Quick q: will the banquette be done before Thanksgiving?")),
    # a long line that happens to start with a word of one side, after "I don't know"
    ("Is it all right for us to mention the Ellison bequest in the proposal, or would it make us look rich?",
     ("Dear Harriet,\n\nOn the Ellison bequest, I honestly don't know how the panel would read it.\n"
     "I'll submit the final proposal through the portal on Monday the 30th, a day ahead of the deadline.")),
    # a count of something else
    ("Do we have enough stainless blanks for the pilot?", "We shipped 300 boxes yesterday."),
])
def test_does_not_answer_with_a_word_of_one_side_or_another_count(question: str, reply: str) -> None:
    assert not answers(question, reply)


# ---- done and blocked

INVITE = KnownTask(1, "Re-send her admin invite", TOM.email, date(2026, 11, 10))
CODES = KnownTask(2, "Get you the discount codes for the winners", TOM.email, date(2026, 11, 10))
NOTES = KnownTask(3, "Send us the final tasting notes and the ABV", TOM.email, date(2026, 11, 4))
PUBLICANS = KnownTask(4, "Pull together a list of the publicans", JANE.email, None)
AUDIENCES = KnownTask(5, "Build the paid audiences in Meta Ads Manager", SAM.email, date(2026, 11, 5))


@pytest.mark.parametrize(("text", "known", "task_id"), [
    ("Invite re-sent just now, Jess check your spam, Meta loves hiding those.", (INVITE, CODES), 1),
    ("the winner codes are in that same Drive folder btw (COAST-D1 to COAST-D12), sorry they were late.", (INVITE, CODES), 2),
    ("Sam, that's Ger's notes and the spec sheet there for you.", (NOTES, PUBLICANS), 3),
])
def test_done_in_other_words(text: str, known: tuple[KnownTask, ...], task_id: int) -> None:
    changes = run(text, author=TOM, known=known).changes
    assert [(c.task_id, c.status) for c in changes] == [(task_id, "done")]


def test_sitting_in_the_tool_the_task_names_is_done() -> None:
    changes = run("Good news: the audiences are sitting in Ads Manager now.", author=SAM, to=(PRIYA.email,),
                  known=(AUDIENCES,)).changes
    assert [(c.task_id, c.status) for c in changes] == [(5, "done")]


def test_someone_elses_things_handed_over_close_nothing() -> None:
    # the notes are Tom's to send: Jane handing over hers does not close his task
    assert run("Sam, that's my notes and the floor plan there for you.", author=JANE, known=(NOTES, PUBLICANS)).changes == []


QUANTITY = KnownTask(6, "Confirm your first-order quantity", TOM.email, date(2026, 11, 20))
LOGO = KnownTask(7, "Send the logo", TOM.email, None)
PACKS = KnownTask(8, "Courier the sample packs out to those twelve", SAM.email, date(2026, 11, 13))
DARRAGH = KnownTask(9, "Ring Darragh about the photos", PRIYA.email, None)


def test_cant_commit_until_blocks_the_writers_one_task_on_the_thread() -> None:
    changes = run("Cant lock in numbers till Woolies confirm our program.", author=TOM, known=(QUANTITY,), thread=(6,)).changes
    assert [(c.task_id, c.status, c.reason) for c in changes] == [(6, "blocked", "Woolies confirm our program")]


@pytest.mark.parametrize(("text", "known", "thread"), [
    # two tasks of the writer's on the thread: which one waits is not said
    ("We can't lock in the numbers until Woolies confirm our program.", (QUANTITY, LOGO), (6, 7)),
    # not the writer's work that waits
    ("We can't touch it till we've got the asbestos results.", (QUANTITY,), (6,)),
    ("We can't trust the comp numbers until it's re-exported.", (QUANTITY,), (6,)),
])
def test_cant_until_without_a_task_named_blocks_nothing(text: str, known: tuple[KnownTask, ...],
                                                        thread: tuple[int, ...]) -> None:
    assert [c for c in run(text, author=TOM, known=known, thread=thread).changes if c.status == "blocked"] == []


def test_on_hold_after_the_paragraphs_topic_blocks_that_task_with_what_it_waits_for() -> None:
    changes = run("Quick one on the sample packs. Lee Valley's cans still haven't come back from the printer in "
                  "Limerick, so I've nothing to put in the boxes. They're on hold until the delivery lands, I'll "
                  "shout as soon as it does.", author=SAM, to=(PRIYA.email,), known=(PACKS, DARRAGH), thread=(8, 9)).changes
    assert [(c.task_id, c.status, c.reason) for c in changes] == [(8, "blocked", "the delivery lands")]


# ---- greetings in other languages name who "you" is


@pytest.mark.parametrize("greeting", ["Bonjour Sam,", "Hej Sam,", "Hola Sam,", "Kia ora Sam,", "Guten Morgen Sam,"])
def test_a_greeting_in_another_language_makes_its_name_the_owner(greeting: str) -> None:
    found = run(f"{greeting}\n\nCould you send us a first shortlist for the Senior Backend role by Friday?",
                to=(SAM.email, PRIYA.email, TOM.email))
    assert [(t.owner, t.due) for t in found.tasks] == [(SAM.email, date(2026, 11, 6))]

