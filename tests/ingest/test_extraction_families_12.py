"""extract(), answers() and recordable(): families added on 2026-12-04 (eleventh session) from
the blind sets read that day (fresh51-56).  Requests and questions: "let us know until Friday
which ...", "We kindly ask you to ..." (under "Dear Madam," the one To reader's), "Could your IT
team ...", "Can we get cut 2 by Thursday?", a greeting in another language naming the owner, a
statement put as an either-or question, a topic after the colon with no comma, "Please tell
the teams not to worry" (a word passed on), timecoded notes in the imperative.  Answers: a
short line picking one side, a count of the thing asked about, "which ... is correct?", "which
... do you suggest?".  Done and blocked: "Invite re-sent just now", "in that same Drive folder
btw", "sitting in Ads Manager now", "that's Ger's notes ... there for you", the Filipino
courtesy particle, a file attached as the work, "Cant lock in numbers till ...", "They're on
hold until ...", "I can't send them until ..." after the thing was named, what the other side
hands over closing nothing, "the plant is closed" closing nothing.  Decisions: "We'll hold off
on X until Y", "We'll take Business Premium", "We go forward with ...", "The Wójt decided also
that ...", a purpose or a fact after a hyphen as the reason.  Recording: an undated promise of
one's own and a short either-or answer are read but not recorded.  Positive probes must fire
with the right fields; negative probes must not."""
from __future__ import annotations

from datetime import date

import pytest
from extraction_probe import JANE, MONDAY, PRIYA, SAM, TOM, run

from ingest.answers import answers
from ingest.extraction import Extraction, ExtractionContext, KnownTask, extract, recordable
from ingest.extraction_types import DecisionItem
from ingest.text_segments import normalise, split_sentences

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



# ---- from fresh53 and fresh56 once read


def test_a_letter_naming_an_option_ends_the_sentence_an_initial_does_not() -> None:
    assert split_sentences("We go with option B. It is cheaper. Ask J. Smith about it.") == [
        "We go with option B.", "It is cheaper.", "Ask J. Smith about it."]
    found = run("We have decided for the cold, overcast look from mood board B. The client finds the sunny version too "
                "close to the last campaign of their competitor.")
    assert [(d.summary.endswith("mood board B"), "competitor" in (d.rationale or "")) for d in found.decisions] == [(True, True)]


def test_which_is_correct_is_answered_by_the_one_that_is() -> None:
    question = "One query from our side: the offline edit is 25p but the brief PDF says 24 fps. Which frame rate is correct?"
    assert answers(question, "Hi Rohan,\n\n25p is correct, the PDF is an old version. Sorry for the confusion.")
    assert not answers(question, "Hi Rohan, the plates are on Aspera now.")


def test_holding_off_until_something_comes_is_a_decision_with_its_reason() -> None:
    found = run("We'll hold off on the ep 3 edit until the tape sync is in. The Zoom audio is too crunchy for a full mix, "
                "and patching it later is more work than waiting.", author=SAM, to=(TOM.email,))
    assert [(d.summary, "Zoom" in (d.rationale or "")) for d in found.decisions] == [
        ("Hold off on the ep 3 edit until the tape sync is in", True)]
    assert found.tasks == []


def test_timecoded_notes_in_the_imperative_are_tasks_and_a_note_to_leave_it_is_not() -> None:
    found = run("Sam, this is really good. Notes on cut 1:\n\n"
                "04:12 – the laugh runs long, can you trim it to a beat?\n"
                "17:40 – cut the tangent about the In-N-Out order, it goes nowhere.\n"
                "31:05 – the music bed under the ad read is too hot, pull it down a few dB?\n"
                "44:20 – perfect ending, don't touch it.\n", to=(SAM.email,))
    assert sorted((t.title.split(" ")[0], t.owner) for t in found.tasks) == [
        ("04:12", SAM.email), ("17:40", SAM.email), ("31:05", SAM.email)]
    assert found.questions == []


def test_can_we_get_a_numbered_cut_by_a_day_asks_for_it_and_asking_for_time_stays_a_new_date() -> None:
    found = run("Can we get cut 2 by Thursday?", to=(SAM.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [("Send cut 2", SAM.email, date(2026, 11, 5))]
    deck = KnownTask(1, "Send the deck", SAM.email, date(2026, 11, 4))
    moved = run("Could I have until Friday?", author=SAM, to=(JANE.email,), known=(deck,), thread=(1,))
    assert [(c.task_id, c.new_due) for c in moved.changes] == [(1, date(2026, 11, 6))] and moved.tasks == []


def test_the_filipino_courtesy_particle_does_not_hide_a_delivery() -> None:
    cut = KnownTask(1, "Get us a first cut of episode 1", SAM.email, date(2026, 11, 9))
    raw = KnownTask(2, "Share the raw tracks", TOM.email, None)
    for text in ("First cut of ep 1 is up po in the Drive, let us know your notes.", "First cut of ep 1 is up na po."):
        changes = run(text, author=SAM, to=(JANE.email,), known=(cut, raw), thread=(1, 2)).changes
        assert [(c.task_id, c.status) for c in changes] == [(1, "done")]
    assert normalise("Send the PO today, the po number is 44.") == "Send the PO today, the po number is 44."


@pytest.mark.parametrize("text", ["We'll take Business Premium for all 42 users, secretaries included.",
                                  "We'll take the premium package.", "Ok, we'll take option 2."])
def test_taking_a_plan_or_a_product_is_a_decision(text: str) -> None:
    found = run(text, to=(SAM.email,))
    assert len(found.decisions) == 1 and found.tasks == []


@pytest.mark.parametrize("text", ["We'll take care of the permits.", "We'll take a look at the draft tomorrow.",
                                  "We'll take Sam to the site visit on Friday."])
def test_taking_on_work_is_still_a_task(text: str) -> None:
    found = run(text, to=(SAM.email,))
    assert len(found.tasks) == 1 and found.decisions == []


def test_a_timecoded_note_that_keeps_a_shot_as_it_is_records_nothing() -> None:
    found = run("Hi Sam,\n\nA few notes:\n\n01:02:14 – the sky over the harbour has drifted teal, can you warm it back up?\n"
                "01:11:03 – love the sunrise here, leave it exactly as it is.", to=(SAM.email,))
    assert [t.title.split(" ")[0] for t in found.tasks] == ["01:02:14"] and found.decisions == []


# ---- a file sent as the work


LIST = KnownTask(1, "Send over the product list for the giveaway", TOM.email, date(2026, 11, 6))
FINALS = KnownTask(3, "Deliver the retouched finals", TOM.email, date(2026, 11, 27))


def _with_files(text: str, known: tuple[KnownTask, ...], files: int = 1) -> Extraction:
    ctx = ExtractionContext(author=TOM, sent_at=MONDAY, members=(SAM, PRIYA, JANE, TOM), to=(SAM.email,),
                            known_tasks=known, thread_tasks=tuple(t.id for t in known), attachments=files)
    return extract(text, ctx)


def test_the_writers_one_piece_of_work_sent_as_a_file_is_done() -> None:
    changes = _with_files("here we go 🎁 12 items w/ MSRP, all in stock through Dec.\n\nT", (LIST, PUBLICANS)).changes
    assert [(c.task_id, c.status, c.rule) for c in changes] == [(1, "done", "natural:attached")]


@pytest.mark.parametrize(("text", "known", "files"), [
    ("here we go 🎁 12 items w/ MSRP, all in stock through Dec.", (LIST,), 0),          # no file
    ("Quick update: I'll send the rest tomorrow.", (LIST,), 1),                          # a promise
    ("Please find the revised estimate attached.", (LIST,), 1),                          # says what the file is
    ("here we go, the contact sheet from the shoot.", (FINALS,), 1),                     # work due weeks ahead
    ("here we go 🎁 12 items.", (LIST, KnownTask(2, "Send the logo", TOM.email, None)), 1),  # which one?
])
def test_a_file_closes_nothing_when_it_may_be_something_else(text: str, known: tuple[KnownTask, ...], files: int) -> None:
    assert [c for c in _with_files(text, known, files).changes if c.rule == "natural:attached"] == []


def test_within_a_day_dates_the_request_and_leaves_the_title() -> None:
    found = run("Sam, can you give me the codes for the chairs and the sideboards within tomorrow morning?", author=PRIYA)
    assert [(t.title, t.due) for t in found.tasks] == [
        ("Give me the codes for the chairs and the sideboards", date(2026, 11, 3))]


# ---- from fresh54 and fresh55 once read


def test_a_suggestion_asked_for_is_answered_by_the_one_given() -> None:
    question = "A question for the seat: which foam density do you suggest?"
    assert answers(question, "Dear Giulia,\n\nThanks.\n\nFor the seat we suggest HR foam 35 kg/m3 with a top layer of 25 kg/m3.")
    assert not answers(question, "Dear Giulia, we suggest a call on Monday to go through the drawings.")


def test_passing_a_word_on_asks_nothing_and_asking_to_be_told_does() -> None:
    assert run("Please tell the teams not to worry about us, we'll work around whatever they can manage.",
               author=SAM, to=(JANE.email,)).questions == []
    assert len(run("Please tell me whether the teams can manage.", author=SAM, to=(JANE.email,)).questions) == 1


def test_an_object_said_first_then_sent_as_requested() -> None:
    found = run("Build schedule we will send on Wednesday as requested.", author=TOM)
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [("Send the build schedule", TOM.email, date(2026, 11, 4))]


def test_a_topic_without_a_comma_after_the_colon_still_asks() -> None:
    found = run("One question from our side: for EVT do you need conformal coating on the PCBA, or only from DVT on?",
                author=TOM)
    assert [("conformal coating" in q.text, q.addressed_to) for q in found.questions] == [(True, SAM.email)]


def test_a_reason_with_can_not_in_the_next_sentence() -> None:
    found = run("Agree. For EVT we go with flying probe only and make the ICT fixture for DVT. The fixture can not be "
                "ready before SMT anyway, no point to wait for it.", author=TOM)
    assert [(d.rationale or "").startswith("The fixture can not be ready") for d in found.decisions] == [True]


def test_we_kindly_ask_you_to_under_dear_madam_is_the_one_readers_task() -> None:
    found = run("Dear Madam,\n\nWe kindly ask you to prepare the first draft of the project summary and the intervention "
                "logic until 10.11.2026.", to=(SAM.email,))
    assert [(t.owner, t.due, t.title.startswith("Prepare the first draft")) for t in found.tasks] == [
        (SAM.email, date(2026, 11, 10), True)]
    assert run("I'd ask you to keep this confidential.", to=(SAM.email,)).questions == []


def test_your_it_team_is_asked_like_you() -> None:
    found = run("Could your IT team set us up with a deployment account on that tenancy by Friday week?", author=SAM,
                to=(JANE.email,))
    assert [(t.owner, t.due) for t in found.tasks] == [(JANE.email, date(2026, 11, 13))] and found.questions == []


def test_a_title_in_another_alphabet_decides() -> None:
    found = run("The Wójt decided also that the project will last 48 months.")
    assert [d.summary for d in found.decisions] == ["The project will last 48 months"]


def test_an_object_with_a_dashed_aside_said_first() -> None:
    found = run("The letters of support from our partners - the Municipal Water Company and the Angling Association - "
                "we will deliver until 20.11.2026.")
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [
        ("Deliver the letters of support from our partners", JANE.email, date(2026, 11, 20))]


def test_what_the_other_side_hands_over_does_not_close_the_work_owed_to_them() -> None:
    translation = KnownTask(1, "Send us the Spanish translation of the Facility Agreement", SAM.email, date(2026, 11, 20))
    found = run("Dear Ms Ruiz,\n\nenclosed please find the Fee Letter (8 pages) which must be notarised together with the "
                "Facility Agreement. Could you please include it in the Spanish translation?", known=(translation,), thread=(1,))
    assert [c for c in found.changes if c.status == "done"] == []
    # the owner's own side handing it over does
    done = run("Dear Jane,\n\nenclosed please find the Spanish translation of the Facility Agreement.", author=PRIYA,
               to=(JANE.email,), known=(translation,), thread=(1,))
    assert [(c.task_id, c.status) for c in done.changes] == [(1, "done")]


def test_a_place_shut_for_a_holiday_closes_no_work_and_a_stated_value_is_of_the_thing_confirmed() -> None:
    band = KnownTask(1, "Confirm the shrink band color with the plant", JANE.email, date(2026, 11, 17))
    found = run("Today is holiday here and the plant is closed, so the shrink band color I confirm you tomorrow with them, "
                "as planned.", known=(band,), thread=(1,))
    assert [c for c in found.changes if c.status == "done"] == []
    number = KnownTask(2, "Confirm the final number of participants", JANE.email, date(2026, 11, 17))
    assert [(c.task_id, c.status) for c in run("The final number is 180.", known=(number,), thread=(2,)).changes] == [(2, "done")]
    ticket = KnownTask(3, "Close the support ticket", SAM.email, None)
    assert [c.status for c in run("The support ticket is closed.", author=SAM, known=(ticket,), thread=(3,)).changes] == ["done"]


def test_going_forward_with_a_direction_decides() -> None:
    found = run("Decisions\n- We go forward with the Mercado direction; Loteria and Clean Heat are parked.", author=SAM,
                to=(JANE.email,))
    assert [d.summary for d in found.decisions] == ["Go with the Mercado direction"]


def test_cant_send_them_until_names_the_thing_said_before() -> None:
    upc = KnownTask(1, "Include the UPC codes", JANE.email, None)
    labels = KnownTask(2, "Send the label files", JANE.email, None)
    found = run("The UPC codes we don't have yet. We applied for the GS1 US company prefix last week, so I can't send them "
                "until GS1 approves.", known=(upc, labels), thread=(1, 2))
    assert [(c.task_id, c.status, c.reason) for c in found.changes] == [(1, "blocked", "GS1 approves")]


# ---- what is recorded


def test_an_undated_promise_of_ones_own_is_read_but_not_recorded() -> None:
    undated = run("I'll do the site map.", author=SAM, to=(JANE.email,))
    assert [t.rule for t in undated.tasks] == ["natural:commitment"] and recordable(undated).tasks == []
    dated = run("I'll do the site map. You'll have it on Friday.", author=SAM, to=(JANE.email,))
    assert [(t.title, t.due) for t in recordable(dated).tasks] == [("Do the site map", date(2026, 11, 6))]
    asked = run("Sam, could you do the site map?", to=(SAM.email,))
    assert [t.owner for t in recordable(asked).tasks] == [SAM.email]


def test_a_forward_note_promise_dated_by_the_forwarded_ask_is_recorded() -> None:
    from ingest.extraction import reconcile_forward
    note = run("I will do the quote for her, but I need the numbers from you first. Lukas, could you send me the sheet "
               "layout by Thursday?", author=SAM, to=(PRIYA.email,))
    forwarded = run("Could you send me a quote for a one-color flexo version by Friday?", author=JANE, to=(SAM.email,))
    kept, _rest = reconcile_forward(note, forwarded)
    assert ("Do the quote for her", date(2026, 11, 6)) in [(t.title, t.due) for t in recordable(kept).tasks]


def test_a_short_answer_to_an_either_or_question_answers_it_and_decides_nothing() -> None:
    found = Extraction(decisions=[DecisionItem("Go with argo", None, JANE.email, "natural:either-or-answer", "argo."),
                                  DecisionItem("Go with the blue palette", "it is calmer", JANE.email, "natural:lets", "Let's")])
    assert [d.summary for d in recordable(found).decisions] == ["Go with the blue palette"]


@pytest.mark.parametrize(("text", "summary", "why"), [
    ("We're going live on Tue 24 Nov so we can ride the Black Friday traffic on the new checkout.",
     "Going live on Tue 24 Nov", "we can ride the Black Friday traffic on the new checkout"),
    ("Let's go with the autumn key art - the winter one clashes with the holiday sale banner.",
     "Go with the autumn key art", "the winter one clashes with the holiday sale banner"),
])
def test_a_purpose_or_a_fact_after_a_hyphen_is_the_reason(text: str, summary: str, why: str) -> None:
    assert [(d.summary, d.rationale) for d in run(text).decisions] == [(summary, why)]


def test_so_with_no_purpose_clause_stays_in_the_summary() -> None:
    assert [d.rationale for d in run("Let's go with option B so it is done.").decisions] == [None]
