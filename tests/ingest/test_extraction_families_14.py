"""Decision reasons and a few request and completion forms: families added on 2026-12-04
(thirteenth session) from the read scenario sets.  A reason given in the decision's own
sentence without "because" (a purpose, who asked, how many it serves, what is wrong with the
other, what ours already has), a decision that opens with "so" after its reason, an emoji
after "!!" that belongs to the sentence before it, decisions said as "ruled out", "go
without", "not pitching ... this year" and "our client has decided for", an answer owed by a
date as a task, "please find below" as a hand-over, an acronym with its round ("RC1"), a
finished state said as a headline ("Deep clean finished"), "Sam's added ..." and a move that
was the work itself ("Booking's moved" on "Move the Frontera booking"), and a booking dated by
its day that takes the deadline said in the next sentence ("They want the confirmation by Friday").
Positive probes must fire with the right fields; negative probes must not."""
from __future__ import annotations

from datetime import date

import pytest
from extraction_probe import JANE, MONDAY, SAM, run

from ingest.addressing import MemberIndex
from ingest.dates import find_dates
from ingest.extraction import KnownTask, Person
from ingest.item_phrasing import split_rationale
from ingest.text_segments import split_sentences

# ---- a reason in the decision's own sentence


@pytest.mark.parametrize(("body", "summary", "why"), [
    ("Print the backdrops in Abuja rather than in Lagos, to avoid the risk of delays on the road",
     "Print the backdrops in Abuja rather than in Lagos", "to avoid the risk of delays on the road"),
    ("Hold the Forum over two full days, as a large share of our delegates travel from Central Europe",
     "Hold the Forum over two full days", "a large share of our delegates travel from Central Europe"),
    ("Not to name our colleague anywhere in the report, at the express request of his family",
     "Not to name our colleague anywhere in the report", "at the express request of his family"),
    ("Go with the one-color flexo print, the price difference to the offset is just too big at our volumes",
     "Go with the one-color flexo print", "the price difference to the offset is just too big at our volumes"),
    ("The laydown goes behind the cellar, the tour buses need every bay in season",
     "The laydown goes behind the cellar", "the tour buses need every bay in season"),
    ("Use our own chiller rather than hire one, ours is already wrapped in our branding",
     "Use our own chiller rather than hire one", "ours is already wrapped in our branding"),
    ("The screed will not be poured until the facade is weathertight, since the last pour was damaged by rain",
     "The screed will not be poured until the facade is weathertight", "the last pour was damaged by rain"),
    ("Go with A, sunrise at the lake: the teal water reads so much better in low light",
     "Go with A, sunrise at the lake", "the teal water reads so much better in low light"),
    ("The book will be landscape, 290 x 245 mm, so the warehouse panoramas can run across a spread",
     "The book will be landscape, 290 x 245 mm", "the warehouse panoramas can run across a spread"),
    ("Move the summit to the Banquet Hall, in view of the reduced number of participants",
     "Move the summit to the Banquet Hall", "the reduced number of participants"),
])
def test_a_reason_without_because_is_split_off(body: str, summary: str, why: str) -> None:
    assert split_rationale(body) == (summary, why)


@pytest.mark.parametrize("body", [
    "Go with the Toronto fabric, the one in stock",
    "Go with the blue palette, to the letter",
    "Keep the launch on the 14th, as a soft launch",
    "We meet every Tuesday since the last review",
    "Use the new template, the team will start on Monday",
])
def test_what_is_not_a_reason_stays_in_the_summary(body: str) -> None:
    assert split_rationale(body)[1] is None


def test_a_decision_that_opens_with_so_takes_the_sentence_before_as_its_reason() -> None:
    found = run("Wait is not possible, the opening is 11 December and the invitations are already sent. "
                "So we go with the Toronto fabric, the one in stock.")
    assert [(d.summary, d.rationale) for d in found.decisions] == [
        ("Go with the Toronto fabric, the one in stock",
         "Wait is not possible, the opening is 11 December and the invitations are already sent")]


def test_a_so_decision_after_a_question_takes_no_reason() -> None:
    found = run("Is the teal velvet still possible? So we go with the Toronto fabric.")
    assert [d.rationale for d in found.decisions] == [None]


def test_an_emoji_after_the_stop_stays_with_its_sentence() -> None:
    assert split_sentences("Ok garden roses it is!! 🌹 Paying $4.50 a stem isn't worth it.") == [
        "Ok garden roses it is!!", "Paying $4.50 a stem isn't worth it."]
    found = run("Ok garden roses it is!! 🌹 Paying $4.50 a stem for ranunculus just isn't worth it for one dance.")
    assert [(d.summary, d.rationale) for d in found.decisions] == [
        ("Go with garden roses", "Paying $4.50 a stem for ranunculus just isn't worth it for one dance")]


# ---- decisions said in other words


@pytest.mark.parametrize(("text", "summary"), [
    ("We've ruled out the bathroom pods. The lift is too narrow to get them up.", "Rule out the bathroom pods"),
    ("Karen, we go without the pre-sub. December is what the investors were promised.", "Go without the pre-sub"),
    ("We also go for the soft-touch lamination.", "Go with the soft-touch lamination"),
    ("We're not pitching naming rights to the banks this year.", "Not pitching naming rights to the banks"),
    ("We won't be putting in a flying fox this time.", "Not putting in a flying fox"),
    ("Our client has decided for the Hotel Arts.", "Go with the Hotel Arts"),
    ("We'll keep BI in house.", "Keep BI in house"),
])
def test_decisions_in_other_words(text: str, summary: str) -> None:
    assert [d.summary for d in run(text).decisions] == [summary]


@pytest.mark.parametrize("text", [
    "We are not able to attend this time.",
    "We won't be sending it again.",
    "If we go without the pre-sub, the timeline moves.",
    "Our client has not decided yet.",
    "We'll keep Sam in the loop.",
])
def test_what_is_not_a_decision(text: str) -> None:
    assert run(text).decisions == []


# ---- an answer owed by a date


@pytest.mark.parametrize(("text", "title", "due"), [
    ("So that we can brief the caterers, could you let us know the expected number of delegates by Friday 13 November?",
     "Let us know the expected number of delegates", date(2026, 11, 13)),
    ("Could you confirm us by Friday that the invoice is registered in your system?",
     "Confirm us that the invoice is registered in your system", date(2026, 11, 6)),
    ("Could you tell me by Tuesday which ones you'd like to interview?",
     "Tell me which ones you'd like to interview", date(2026, 11, 3)),
])
def test_an_answer_owed_by_a_date_is_a_task(text: str, title: str, due: date) -> None:
    found = run(text, to=(SAM.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [(title, SAM.email, due)]
    assert found.questions == []


@pytest.mark.parametrize("text", [
    "Could you let me know by Tuesday?",
    "Could you confirm the budget?",
    "Could you let us know which hotel you prefer?",
])
def test_an_answer_without_a_date_or_without_its_subject_stays_a_question(text: str) -> None:
    found = run(text, to=(SAM.email,))
    assert found.tasks == []
    assert len(found.questions) == 1


# ---- closing and naming work


def _closes(text: str, title: str) -> list[str | None]:
    known = (KnownTask(1, title, JANE.email),)
    return [c.status for c in run(text, author=JANE, known=known, thread=(1,), to=(SAM.email,)).changes if c.task_id == 1]


def test_please_find_below_hands_the_work_over() -> None:
    assert _closes("Please find below our office static IPs for whitelisting: 10.1.1.1 and 10.1.1.2.",
                   "Share our office static IPs for whitelisting") == ["done"]


def test_an_acronym_with_its_round_names_the_work() -> None:
    assert _closes("RC1 is up.", "Send the first release candidate") == ["done"]
    assert _closes("RC1 is up.", "Send the floor plan for the lobby") == []


def test_a_clause_on_who_is_waiting_is_not_part_of_the_title() -> None:
    found = run("I will send you the purchase order tomorrow, he is waiting for the last signature of our director.",
                author=JANE)
    assert [(t.title, t.due) for t in found.tasks] == [("Send you the purchase order", date(2026, 11, 3))]


def test_a_finished_state_said_as_a_headline_closes_the_work() -> None:
    assert _closes("Deep clean finished in Remédios and Graça.", "Do the deep clean of the three apartments") == ["done"]
    assert _closes("Deep clean finished the budget off.", "Do the deep clean of the three apartments") == []
    assert _closes("Please find attached the completed budget variation.", "Return the completed budget variation") == ["done"]


def test_a_member_who_has_done_it_said_with_an_apostrophe() -> None:
    known = (KnownTask(1, "Add Jess Alvarado at the Boston Business Journal to tier 2", SAM.email),)
    found = run("Sam's added Jess Alvarado to tier 2.", author=JANE, known=known, thread=(1,), to=(SAM.email,))
    assert [(c.task_id, c.status) for c in found.changes] == [(1, "done")]


@pytest.mark.parametrize(("text", "status", "due"), [
    ("Booking's moved.", "done", None),
    ("I've moved the booking to Monday.", "done", None),
    ("I will move the booking on Monday.", None, date(2026, 11, 9)),
])
def test_moving_what_was_to_be_moved_is_the_work_done(text: str, status: str | None, due: date | None) -> None:
    known = (KnownTask(1, "Move the Frontera booking", JANE.email),)
    found = run(text, author=JANE, known=known, thread=(1,), to=(SAM.email,))
    assert [(c.status, c.new_due) for c in found.changes if c.task_id == 1] == [(status, due)]


def test_moving_other_work_is_still_a_slip() -> None:
    known = (KnownTask(1, "Send the report", JANE.email),)
    found = run("I've moved the report to Monday.", author=JANE, known=known, thread=(1,), to=(SAM.email,))
    assert [(c.status, c.new_due) for c in found.changes if c.task_id == 1] == [(None, date(2026, 11, 9))]


# ---- a booking's deadline, a sentence later


@pytest.mark.parametrize(("text", "title"), [
    ("Could you book the string quartet for the session on Thursday 19.11.? Would be good to have it confirmed by Friday.",
     "Book the string quartet for the session"),
    ("Marco, can you book the Profoto kit from Rent&Light for Monday 23 Nov? They want the confirmation by Friday.",
     "Book the Profoto kit from Rent&Light"),
    ("Ray, can you book a full day on the Indigo for the Haven letters, on Monday 16 November? Let me know by Friday which day you got.",
     "Book a full day on the Indigo for the Haven letters"),
])
def test_a_booking_takes_the_deadline_said_after_it(text: str, title: str) -> None:
    found = run(text, to=(SAM.email,))
    assert [(t.title, t.due) for t in found.tasks] == [(title, date(2026, 11, 6))]
    assert found.questions == []


@pytest.mark.parametrize("text", [
    "Could you send the deck on Thursday? Let me know by Tuesday which version you want to use.",
])
def test_a_deadline_for_something_else_leaves_the_date(text: str) -> None:
    assert [t.due for t in run(text, to=(SAM.email,)).tasks if t.title.startswith(("Send", "Book"))] == [date(2026, 11, 5)]


# ---- "instead of the 13th"


def _moves(text: str, known: tuple[KnownTask, ...]) -> list[tuple[int | None, date | None]]:
    return [(c.task_id, c.new_due) for c in run(text, author=JANE, known=known, to=(SAM.email,)).changes]


def test_instead_of_the_day_moves_the_work_due_that_day() -> None:
    known = (KnownTask(1, "Send you the final guest count", JANE.email, date(2026, 11, 13)),)
    assert _moves("Can we do Tuesday the 17th instead of the 13th?", known) == [(1, date(2026, 11, 17))]


def test_of_two_due_that_day_the_one_the_paragraph_named_moves() -> None:
    known = (KnownTask(1, "Send you the final guest count", JANE.email, date(2026, 11, 13)),
             KnownTask(2, "Send me the list of family groupings for the formal photos", JANE.email, date(2026, 11, 13)))
    text = ("Also, slightly bad news on the guest count. Josh's cousins in El Paso still haven't RSVP'd. "
            "Can we do Tuesday the 17th instead of the 13th?")
    assert _moves(text, known) == [(1, date(2026, 11, 17))]
    assert _moves("Can we do Tuesday the 17th instead of the 13th?", known) == []


def test_the_second_date_of_a_list_needs_no_cue_of_its_own() -> None:
    found = run("Lucía, can you block three 55-seat coaches with Sagalés for 03/12 and 06/12 by Friday?", to=(SAM.email,))
    assert [t.title for t in found.tasks] == ["Block three 55-seat coaches with Sagalés"]
    assert [d.value for d in find_dates("for 03/12 and 06/12", MONDAY, "Europe/London", "DMY")] == [
        date(2026, 12, 3), date(2026, 12, 6)]
    assert find_dates("we run versions 2/1 and 2/3 of the app", MONDAY, "Europe/London", "DMY") == []


# ---- the owner asks to deliver later


def _asked(text: str, title: str, due: date) -> tuple[list[tuple[int | None, date | None]], int]:
    known = (KnownTask(1, title, JANE.email, due), KnownTask(2, "Send us the final inventor list", JANE.email, date(2026, 11, 6)))
    found = run(text, author=JANE, known=known, thread=(1, 2), to=(SAM.email,))
    return [(c.task_id, c.new_due) for c in found.changes], len(found.questions)


@pytest.mark.parametrize(("text", "title", "due", "new"), [
    ("Would it be OK if I sent you the register and the valuations together on Wednesday 18th?",
     "Send us the updated fixed asset register and the investment property valuations", date(2026, 11, 11), date(2026, 11, 18)),
    ("The booth photos and the brochure are with our marketing manager until 11 Nov. Can we send them to you by 12 Nov?",
     "Send us the photos of your booth and the brochure", date(2026, 11, 9), date(2026, 11, 12)),
    ("I am terribly sorry to trouble you, but may I kindly ask for two more days for the storyboards?",
     "Send the storyboards for the three concepts", date(2026, 11, 13), date(2026, 11, 15)),
])
def test_the_owner_asking_to_deliver_later_moves_the_date(text: str, title: str, due: date, new: date) -> None:
    assert _asked(text, title, due) == ([(1, new)], 0)


@pytest.mark.parametrize("text", [
    "Could we have a full design review day with your team in London after the holidays, say on 12 January?",
    "Please could we have print-ready PDFs by Monday 30 November at the latest?",
    "Can we send you the storyboards on Monday 9th?",
    "Can we send them to you by 12 Nov?",
])
def test_what_is_not_the_owner_asking_for_later(text: str) -> None:
    # (an ask for the other side's work, an earlier date, and "them" with two pieces of work open)
    assert _asked(text, "Send the storyboards for the three concepts", date(2026, 11, 13))[0] == []


# ---- a courtesy title before a given name


@pytest.mark.parametrize(("text", "owner"), [
    ("Could you send us the list of all user mailboxes with their current sizes, Sir Sam?", SAM.email),
    ("Ma'am Priya, kindly send us the list of all user mailboxes.", "priya@agency.io"),
    ("Could you send us the list of all user mailboxes, Ms Shah?", "priya@agency.io"),
])
def test_a_courtesy_title_names_the_member(text: str, owner: str) -> None:
    found = run(text, to=(SAM.email, "priya@agency.io"))
    assert [t.owner for t in found.tasks] == [owner]
    assert found.tasks[0].title.startswith("Send us the list of all user mailboxes")
    assert not found.tasks[0].title.endswith(("Sam", "Shah"))


def test_a_greeting_with_a_courtesy_title_addresses_the_member() -> None:
    found = run("Hi Sir Sam,\n\nCould you send us the floor plan?", to=(SAM.email, "priya@agency.io"))
    assert [(t.title, t.owner) for t in found.tasks] == [("Send us the floor plan", SAM.email)]


def test_a_trailing_name_that_is_no_member_stays() -> None:
    assert [t.title for t in run("Could you send us the floor plan, Acme Corp?").tasks] == ["Send us the floor plan, Acme Corp"]


def test_a_date_gone_by_is_no_deadline() -> None:
    found = run("Please also let us know: has the ring been shown publicly anywhere before 27 November 2025?", to=(SAM.email,))
    assert found.tasks == []
    assert len(found.questions) == 1
    assert [t.due for t in run("Could you send us the signed lease from 30 October 2026?", to=(SAM.email,)).tasks] == [None]


@pytest.mark.parametrize(("text", "summary"), [
    ("For the visit, we have decided to do it the 17 of November and not the 10.", "Do the visit the 17 of November and not the 10"),
    ("For the launch, we decided to move it to March.", "Move the launch to March"),
])
def test_a_topic_lead_names_the_it_of_a_decision(text: str, summary: str) -> None:
    assert [d.summary for d in run(text).decisions] == [summary]


def test_a_member_whose_given_name_is_a_title_is_still_found() -> None:
    index = MemberIndex((Person("don.smith@x.com", "Don Smith", "team", "Europe/London", "DMY"),
                         Person("arnel@x.com", "Arnel Bautista", "client", "Europe/London", "DMY")))
    assert [index.lookup(n) for n in ("Don Smith", "Don", "Sir Arnel", "Ma'am Arnel")] == [
        "don.smith@x.com", "don.smith@x.com", "arnel@x.com", "arnel@x.com"]
