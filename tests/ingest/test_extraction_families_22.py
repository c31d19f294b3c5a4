"""Families added on 2026-12-05 (twenty-first session) from the scenario sets fresh105-108,
read once fresh109-112 were written to take their place as the held-out pool: decisions whose
reason comes after a colon, a comma or in the next sentence, "I've made up my mind on X: ...",
"We've decided that internally." after the thing decided, and plans said with their reason
("we drop Qt 5 ..., because ...", "we've taken the donor list out ..., since ...").  Positive
probes must fire with the right fields; negative probes must not."""
from __future__ import annotations

from datetime import date

import pytest
from extraction_probe import JANE, PRIYA, SAM, TOM, run

from ingest.extraction import KnownTask

# ---- where the reason is


@pytest.mark.parametrize(("text", "summary", "why"), [
    # after a colon: what the other way would take
    (("I've decided we leave social engineering out of this engagement: phishing their staff would need approval "
      "from the works council."), "We leave social engineering out of this engagement",
     "phishing their staff would need approval from the works council"),
    # after a comma: how the one chosen compares (non-native English splices the clauses)
    ("We go with the French seam on the dresses, the finish is much more clean for an unlined linen dress.",
     "Go with the French seam on the dresses", "the finish is much more clean for an unlined linen dress"),
    # the next sentence: what would happen otherwise, or what the writers always do
    ("Let's keep the armrests in bare oak. Guests lean on them with coffee cups and fabric would look tired within months.",
     "Keep the armrests in bare oak", "Guests lean on them with coffee cups and fabric would look tired within months"),
    ("Let's not put down a deposit on their behalf. We never carry venue risk before a contract is signed.",
     None, "We never carry venue risk before a contract is signed"),
])
def test_the_reason_is_read_where_it_is_said(text: str, summary: str | None, why: str) -> None:
    found = run(text, author=JANE)
    assert len(found.decisions) == 1
    if summary is not None:
        assert found.decisions[0].summary == summary
    assert found.decisions[0].rationale == why


@pytest.mark.parametrize("text", [
    # a request or a question after the decision is no reason
    "Let's keep the armrests in bare oak. Could you send a photo of the sample?",
    "Let's keep the armrests in bare oak. Would Friday work for the fitting?",
    # a colon that only names the choice
    "I've decided: the blue one.",
])
def test_what_follows_a_decision_is_not_always_its_reason(text: str) -> None:
    found = run(text, author=JANE)
    assert len(found.decisions) == 1
    assert found.decisions[0].rationale is None


# ---- what was decided, said before or after the words that decide


def test_made_up_my_mind_keeps_the_topic() -> None:
    found = run("I've made up my mind on the desk top: solid white oak, not veneer on MDF.", author=SAM, to=(JANE.email,))
    assert [d.summary for d in found.decisions] == ["Desk top: solid white oak, not veneer on MDF"]


@pytest.mark.parametrize(("text", "summary"), [
    ("For your planning: the report will be digital only this year, no print run. We've decided that internally.",
     "The report will be digital only this year, no print run"),
    ("The launch moves to spring. That's been agreed with the board.", "The launch moves to spring"),
])
def test_decided_that_takes_the_sentence_before(text: str, summary: str) -> None:
    assert [d.summary for d in run(text, author=JANE).decisions] == [summary]


@pytest.mark.parametrize("text", [
    # a question before is no decision
    "Should the report be digital only this year? We've decided that internally.",
    # nothing before in the paragraph
    "We've decided that internally.",
])
def test_decided_that_needs_a_statement_before(text: str) -> None:
    assert run(text, author=JANE).decisions == []


# ---- a plan said with its reason


@pytest.mark.parametrize(("text", "summary", "why"), [
    ("yes, we drop Qt 5 and keep only Qt 6, because nobody in the team maintains the Qt 5 build anymore.",
     "We drop Qt 5 and keep only Qt 6", "nobody in the team maintains the Qt 5 build anymore"),
    ("And yes, reefer: we're shipping it in a reefer, not a dry box, because the Pinotage cooked on the last run.",
     "We're shipping it in a reefer, not a dry box", "the Pinotage cooked on the last run"),
    ("And we've taken the donor list out of the back pages, since two of our larger donors have asked to remain anonymous.",
     "We've taken the donor list out of the back pages", "two of our larger donors have asked to remain anonymous"),
    (("One point to flag now: we will not cover partners or guests of the advisors, for the dinner or the hotel, because the "
     "Code doesn't allow hospitality for anyone who isn't a participant."),
     "Not cover partners or guests of the advisors, for the dinner or the hotel",
     "the Code doesn't allow hospitality for anyone who isn't a participant"),
    # the reason may say what the other way would cost
    ("We'll print the back label here, because stickering in the bonded warehouse would cost you RMB 1.20 a bottle.",
     "We'll print the back label here", "stickering in the bonded warehouse would cost you RMB 1.20 a bottle"),
])
def test_a_plan_with_its_reason_is_a_decision(text: str, summary: str, why: str) -> None:
    found = run(text, author=SAM, to=(JANE.email,))
    assert [(d.summary, d.rationale) for d in found.decisions] == [(summary, why)]


@pytest.mark.parametrize("text", [
    # a plan that hangs on a condition or a doubt is not chosen
    "We'll print the back label here if you agree, because stickering costs more.",
    "Maybe we drop Qt 5, because nobody maintains it.",
])
def test_a_hedged_plan_is_no_decision(text: str) -> None:
    assert run(text, author=SAM, to=(JANE.email,)).decisions == []


# ---- tasks: asides, hand-overs, deadlines met, the plain present of another


def test_an_aside_in_brackets_does_not_cut_the_work_off_its_date() -> None:
    found = run("Tom will send over our hospitality guidelines (meal caps, what we can and cannot pay for) by Wednesday.",
                author=JANE)
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [
        ("Send over our hospitality guidelines", TOM.email, date(2026, 11, 4))]


@pytest.mark.parametrize("text", [
    "Please find the certificate in attachment.",
    "Kindly find the signed quote in the attachment.",
    # a deadline met is no work
    "We can still make the Dec 3 lock if the export has no big surprises.",
    "We should still make the print deadline.",
    # how to do the work asked for, naming none
    "Please build everything around them.",
])
def test_no_work_is_asked_for(text: str) -> None:
    assert run(text, author=SAM, to=(JANE.email,)).tasks == []


def test_the_thing_needed_names_the_work_sent() -> None:
    found = run("For the tasting we need 2 cases of samples (6 Chenin + 6 Pinotage). Could you send them by air by 27 Nov?",
                author=JANE)
    assert [(t.title, t.owner) for t in found.tasks] == [("Send 2 cases of samples for the tasting by air", SAM.email)]


@pytest.mark.parametrize(("text", "due"), [
    ("Priya sends you the final tech packs tomorrow, with the grading.", date(2026, 11, 3)),
    ("Priya delivers us the samples on Friday.", date(2026, 11, 6)),
])
def test_another_member_in_the_plain_present_with_a_day_ahead_commits(text: str, due: date) -> None:
    found = run(text, author=SAM, to=(JANE.email,))
    assert [(t.owner, t.due) for t in found.tasks] == [(PRIYA.email, due)]
    assert found.tasks[0].title.startswith(("Send you the final tech packs", "Deliver us the samples"))


@pytest.mark.parametrize("text", [
    # a habit, no day ahead
    "Priya sends you the reports every month.",
    "Priya usually ships the samples by sea.",
])
def test_another_member_in_the_plain_present_without_a_day_is_no_promise(text: str) -> None:
    assert run(text, author=SAM, to=(JANE.email,)).tasks == []


def test_dear_one_dear_all_asks_the_one_named() -> None:
    found = run("Dear Sam, dear all,\n\nCould you let us have a draft table of contents by Friday?", author=JANE,
                to=(SAM.email, PRIYA.email))
    assert [(t.owner, t.due) for t in found.tasks] == [(SAM.email, date(2026, 11, 6))]


# ---- a later day for open work, and work not done


SURVEY = KnownTask(1, "Send us the updated legal survey", JANE.email, date(2026, 11, 6))
CUSTOMERS = KnownTask(1, "Set up the two test customers in staging", JANE.email, date(2026, 11, 9))


@pytest.mark.parametrize("text", ["Survey's not done.", "Survey not done yet.", "The survey isn't done yet."])
def test_work_said_not_done_is_not_closed(text: str) -> None:
    found = run(text, author=JANE, known=(SURVEY,), thread=(1,))
    assert [c for c in found.changes if c.status == "done"] == []


@pytest.mark.parametrize("text", [
    "Survey's not done. The crew got pulled onto a watermain break. Monday latest.",
    "Monday at the latest.",
])
def test_the_owners_latest_day_moves_the_work(text: str) -> None:
    found = run(text, author=JANE, known=(SURVEY,), thread=(1,))
    assert [(c.task_id, c.new_due) for c in found.changes if c.new_due] == [(1, date(2026, 11, 9))]


def test_the_day_the_owner_can_only_do_it_is_the_new_date_not_the_reason() -> None:
    found = run("The test customers will take a bit longer: we have a staging refresh on Tuesday. "
                "So I can only create them on Thursday, 12.11. – I hope this is ok for you.",
                author=JANE, known=(CUSTOMERS,), thread=(1,))
    assert [(c.task_id, c.new_due) for c in found.changes] == [(1, date(2026, 11, 12))]


def test_work_done_in_the_mail_takes_no_later_day() -> None:
    # the day after is someone else's, for their part
    found = run("The updated legal survey is done and sent to Ryan. He says Tuesday at the latest.",
                author=JANE, known=(SURVEY,), thread=(1,))
    assert [(c.task_id, c.status, c.new_due) for c in found.changes] == [(1, "done", None)]


# ---- work reported done in more words


@pytest.mark.parametrize(("text", "title"), [
    ("The sample boards left with DHL Express on Friday.", "Get the oak and walnut sample boards off to New York"),
    ("The two sauge swatches for your showroom are in the same parcel.", "Send us two more swatches of the sauge linen"),
    ("The Portbase test account is active since this morning.", "Arrange the test account for the Portbase API"),
    ("20 twins are on option at Fosshotel, confirmed by their groups desk this morning.", "Put 20 twin rooms on option at Fosshotel"),
    ("The booking screens are finally in Figma.", "Do the booking flow screens in Figma"),
])
def test_a_state_that_means_done_closes_the_work(text: str, title: str) -> None:
    task = KnownTask(1, title, SAM.email, date(2026, 11, 6))
    found = run(text, author=SAM, to=(JANE.email,), known=(task,), thread=(1,))
    assert [(c.task_id, c.status) for c in found.changes] == [(1, "done")]


@pytest.mark.parametrize("text", [
    # someone leaving, a place, a thing not yet done
    "Priya left for Lisbon on Friday.",
    "The sample boards are not in the same parcel.",
    "The designer is in Figma all day.",
])
def test_states_that_do_not_mean_done(text: str) -> None:
    task = KnownTask(1, "Get the oak and walnut sample boards off to New York", SAM.email, date(2026, 11, 6))
    found = run(text, author=SAM, to=(JANE.email,), known=(task,), thread=(1,))
    assert [c for c in found.changes if c.status == "done"] == []


# ---- titles that name no work, and words that are no part of the thing


@pytest.mark.parametrize("text", [
    "I will start today itself so mostly it will be ready before, but Tuesday is safer.",
    "So here's what we'll do: the client files go to an Azure file share, mapped as S: like today.",
])
def test_starting_or_a_plan_announced_names_no_work(text: str) -> None:
    assert run(text, author=SAM, to=(JANE.email,)).tasks == []


def test_starting_and_doing_still_is_work() -> None:
    found = run("We'll start on Monday the 16th and have the new sheeting on by Friday the 20th.", author=SAM, to=(JANE.email,))
    assert [t.due for t in found.tasks] == [date(2026, 11, 20)]


@pytest.mark.parametrize(("text", "title"), [
    # Indian English "today itself" is today
    ("I will send it today itself.", "Send it"),
    ("No news from KasseNet on the keys yet, I'll chase them again today.", "Chase the keys"),
])
def test_words_that_are_no_part_of_the_thing(text: str, title: str) -> None:
    found = run(text, author=SAM, to=(JANE.email,))
    assert [(t.title, t.due) for t in found.tasks] == [(title, date(2026, 11, 2))]


def test_the_owners_later_day_for_both_moves_their_one_open_task() -> None:
    both = KnownTask(1, "Send you the trial balance and the fixed asset register", SAM.email, date(2026, 11, 6))
    found = run("I will send you both on Wednesday 11 November.", author=SAM, to=(JANE.email,), known=(both,), thread=(1,))
    assert [(c.task_id, c.new_due) for c in found.changes] == [(1, date(2026, 11, 11))]


# ---- the writer blocked until something happens


DRAWINGS = KnownTask(1, "Build the SLIDE2 model of the main embankment", SAM.email, date(2026, 11, 13))


@pytest.mark.parametrize(("text", "reason"), [
    ("I'm blocked until the drawings arrive.", "the drawings arrive"),
    ("The lab is on strike. We are stuck until the strike finishes.", "the strike finishes"),
    ("Smile ID still haven't approved our sandbox. I am stuck on that one until they approve.", "that one until they approve"),
])
def test_the_writer_blocked_until_something_blocks_their_one_open_task(text: str, reason: str) -> None:
    found = run(text, author=SAM, to=(PRIYA.email,), known=(DRAWINGS,), thread=(1,))
    assert [(c.task_id, c.status, c.reason) for c in found.changes] == [(1, "blocked", reason)]


@pytest.mark.parametrize("text", [
    # stuck at a step of work that is up: nothing waits on a condition
    "Login is through Microsoft 365 SSO, but we are stuck at one step.",
])
def test_stuck_without_until_blocks_nothing_unnamed(text: str) -> None:
    found = run(text, author=SAM, to=(PRIYA.email,), known=(DRAWINGS,), thread=(1,))
    assert [c for c in found.changes if c.status == "blocked"] == []


def test_the_writer_blocked_with_two_open_tasks_names_neither() -> None:
    other = KnownTask(2, "Send the site visit plan", SAM.email, date(2026, 11, 11))
    found = run("I'm blocked until the drawings arrive.", author=SAM, to=(PRIYA.email,), known=(DRAWINGS, other), thread=(1, 2))
    assert [c.task_id for c in found.changes if c.status == "blocked"] in ([], [None])
