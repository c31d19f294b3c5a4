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
    # a pick answers "which of the ..." / "which way", whoever picks
    ("Which of the three directions should we develop further?", "We go with concept B, because it keeps the machine at 21 cm."),
    ("Which way are you leaning?", "Thanks Tom. After the board call, let's go with Spectra, option B."),
    ("Which direction do you prefer, A or B?", "The Board prefers B."),
    # a no after a greeting in another language
    ("Do you want that we accept pets in the apartments?", "Hola Inés,\n\nNo pets. Everything else is fine."),
])
def test_replies_that_answer(question: str, reply: str) -> None:
    assert answers(question, reply)


@pytest.mark.parametrize("question, reply", [
    ("Could you confirm the opening date for the new lobby?", "Here is the materials board for the lobby."),
    ("Do any of the interviewees need an interpreter?", "The release forms for the interviewees are attached."),
    ("What time works for the call?", ""),
    ("Can you confirm the budget?", "Thanks, speak soon."),
    ("Which of the three directions should we develop further?", "Thanks for the presentation, we will look at it next week."),
])
def test_replies_that_do_not(question: str, reply: str) -> None:
    assert not answers(question, reply)


@pytest.mark.parametrize("question, reply", [
    ("Which option do you prefer?", "Option B, the big glazed opening."),
    ("One thing, do the panels have to be fenced?", "The panels only need fencing near a public road."),
])
def test_answers_in_another_form_of_the_word(question: str, reply: str) -> None:
    assert answers(question, reply)


@pytest.mark.parametrize("question, reply", [
    # a greeting without a comma, then a yes in Afrikaans
    ("One question from our side: is there an existing electrical Certificate of Compliance (CoC) for the cellar?",
     "Hi Thabo\n\nJa there is a CoC but it's from 2011, before we built the bottling hall extension."),
    # a paragraph turned to the one who asked, by title and name
    ("Will all 800 pieces be finished and packed by 9 December?",
     "Dear Ms Thandi, Mr Pieter,\n\nPlease find attached photos.\n\nMr Pieter: yes, all 800 pcs will be finished and packed by 8/12."),
    ("Which depth should we take for the review?",
     "Regarding your query on the podium: please consider 1.2m soil depth, confirmed by the landscape consultant."),
    ("Could you confirm if this timing is suitable for your side?",
     "Kia ora Mohamed,\n\nTuesday 1 December at 10:00 KSA / 8:00 pm NZ works well for us."),
    ("Do you authorize the replacement?", "Hi Ximena,\n\nThanks for the report.\n\nGo ahead and replace the boiler. It's 15 years old."),
])
def test_answers_as_people_give_them(question: str, reply: str) -> None:
    assert answers(question, reply)


@pytest.mark.parametrize("question, reply", [
    ("Could you confirm if this timing is suitable for your side?", "Thanks for the checklist, all received."),
    ("Do you authorize the replacement?", "We will look at the quote next week."),
    ("Which depth should we take for the review?", "On the depth we are not sure yet, the landscape consultant decides."),
])
def test_what_answers_none_of_those(question: str, reply: str) -> None:
    assert not answers(question, reply)


SCENE_SET = ("The forwarder says the shipment can leave Frankfurt on Monday 9.11., so arrival in Shenzhen around 12.11. "
             "Is this still ok for SMT on 16.11.?")


def test_the_last_sentence_is_what_is_asked() -> None:
    # (the sentences before set the scene: the reply need not take them up)
    assert answers(SCENE_SET, "Dear Katrin,\n\nNo problem. If the displays arrive by 12 Nov we can still keep SMT on 16 Nov.")


def test_a_reply_about_other_things_does_not_answer_a_scene_set_question() -> None:
    assert not answers(SCENE_SET, "Dear Katrin,\n\nThe enclosure samples are in the post. Our factory is closed on Sunday.")


@pytest.mark.parametrize(("question", "reply", "expected"), [
    ("Who will be our contact for the installation?", "Jan will be your contact on site.", True),
    ("Who will be our contact for the installation?", "We will tell you next week who the contact is.", False),
    ("Is the parking included in the rent?", "Parking is extra, 50 euro per month.", True),
    ("Is the parking included in the rent?", "The weather is great here.", False),
    ("Does the price include installation?", "The price is without installation.", True),
])
def test_an_answer_that_names_the_person_or_the_thing_asked_about(question: str, reply: str, expected: bool) -> None:
    assert answers(question, reply) is expected


@pytest.mark.parametrize(("question", "reply", "expected"), [
    # the thing asked about named after the vocative, then the answer
    ("May I know which PHP version you need?", "Dear Hazwani,\n\nThanks.\n\nFirdaus, for PHP we need at least 8.1. Sènan checked it.", True),
    ("May I know which PHP version you need?", "Dear Hazwani,\n\nThanks.\n\nFirdaus, for the shop we need the logo.", False),
    # "X it is," with its reason after a comma
    ("Which tagline you prefer, Patrick?", "Merci Grâce!\n\nTagline 2 it is, it sounds more local.", True),
    # a longer line led by the thing asked about, a number picked
    ("how many copies do you need for the report, 500 or 1000?",
     "Dear Aminetou,\n\nThanks for the draft.\n\nFor the copies, we go for 1000, because there is the coffee week in January.", True),
    ("how many copies do you need for the report, 500 or 1000?",
     "Dear Aminetou,\n\nThanks for the draft.\n\nFor the copies, we still need to decide, because the board meets.", False),
])
def test_an_answer_led_by_the_thing_asked_about(question: str, reply: str, expected: bool) -> None:
    assert answers(question, reply) is expected
