"""answers(): which replies answer an open question, called directly."""
from __future__ import annotations

import pytest

from ingest.answers import answers


@pytest.mark.parametrize("question, reply", [
    ("Can you confirm the steel will be galvanised?", "Hi Ed,\n\nYes, the steel will be hot-dip galvanised."),
    ("Do you need access to the student registry, or will an extract be enough?",
     "An anonymised extract of the registry is enough for us."),
    ("Will you need simultaneous interpretation for the French and German teams?", "No, everyone speaks English."),
    ("Which header colour do you prefer, pink or cream?", "Pink please! The cream looks washed out."),
    ("Do we need a council permit for the retaining wall?", "You don't need a permit for a wall under 1 m."),
])
def test_replies_that_answer(question: str, reply: str) -> None:
    assert answers(question, reply)


@pytest.mark.parametrize("question, reply", [
    ("Could you confirm the opening date for the new lobby?", "Here is the materials board for the lobby."),
    ("Do any of the interviewees need an interpreter?", "The release forms for the interviewees are attached."),
    ("What time works for the call?", ""),
    ("Can you confirm the budget?", "Thanks, speak soon."),
])
def test_replies_that_do_not(question: str, reply: str) -> None:
    assert not answers(question, reply)


@pytest.mark.parametrize("question, reply", [
    ("Which option do you prefer?", "Option B, the big glazed opening."),
    ("One thing, do the panels have to be fenced?", "The panels only need fencing near a public road."),
])
def test_answers_in_another_form_of_the_word(question: str, reply: str) -> None:
    assert answers(question, reply)
