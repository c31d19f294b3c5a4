"""extract() and answers(): families added on 2026-12-04 (eleventh session), from the
fresh51 and fresh52 sets once they stopped being held out: "let us know until Friday which
..." is a dated request, a statement put up as an either-or question after a lead ("at the
hotel there is a forklift available, or we must palletize?"), a terse line of a reply that
picks one side of an either-or question, and a count of the thing asked about answering
"do we have enough ...?". Positive probes must fire with the right fields; negative probes
must not."""
from __future__ import annotations

from datetime import date

import pytest
from extraction_probe import JANE, SAM, TOM, run

from ingest.answers import answers

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
