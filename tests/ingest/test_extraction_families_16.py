"""Families added on 2026-12-05 (fourteenth session) from the read scenario sets fresh73-76
(construction, SaaS, weddings and fashion, translation and PR; Nigerian, New Zealand,
Mexican, Indian, Swedish, Canadian, Greek, Singaporean, Southern US, Welsh, Turkish and
Argentine writers).  "next tomorrow", "next Mon, 16 Nov", a state wanted by a day said to
someone by name, a location's acronym that names no work, a comma-spliced remark cut from a
title, "after Sunday's rain", "we need to find somebody for restore ...", "we need that you
confirm us ...", "We'll have an answer for you by Friday" (no task), a vocative with "kindly"
in a numbered list, "I'll have SSO configured by tomorrow", "Here comes the proposal", a
fronted object ("The final quote I will send you until Friday"), "send both" after "not able
to send the floor plan and lighting plot", "somebody has to start it" after "we need a list
of ...", a dash item with a deadline, "You'll have the first 200 descriptions by Friday
week", "check with the venue if we can use haze" and "Tucker's going to send ...".  From
fresh77-78 (held out for the first two commits, then read): "I will send them by DHL Express
on 2 December" dating the writer's one task on the thread, "someone'll need to", "it" as what
the writer promised someone, a person's own need that is no requirement, "Done – I phoned ...",
"let me know until 02.12. if ...", and "we'll have the spec to you" for a colleague's late work.
Positive probes must fire with the right fields; negative probes must not."""
from __future__ import annotations

from datetime import date

import pytest
from extraction_probe import JANE, MONDAY, PRIYA, SAM, TOM, run

from ingest.dates import find_dates
from ingest.extraction import KnownTask

# ---- dates


@pytest.mark.parametrize(("text", "value"), [
    ("come next Mon, 16 Nov, sorry.", date(2026, 11, 16)),
    ("by next Wednesday, 25 Nov.", date(2026, 11, 25)),
])
def test_a_weekday_then_its_date_is_the_date(text: str, value: date) -> None:
    assert [m.value for m in find_dates(text, MONDAY, "Europe/London", "DMY")] == [value]


def test_next_weekday_alone_is_still_next_week() -> None:
    assert [m.value for m in find_dates("next Friday", MONDAY, "Europe/London", "DMY")] == [date(2026, 11, 13)]


def test_a_day_that_names_an_event_is_no_deadline() -> None:
    found = run("Somebody needs to look at the drainage at the back of the BQ, water was still standing there yesterday "
                "after Sunday's rain.", author=SAM, to=(PRIYA.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [("Look at the drainage at the back of the BQ", None, None)]


def test_a_days_event_after_by_is_still_a_deadline() -> None:
    found = run("Priya, please send the slides by Friday's meeting.", author=SAM, to=(PRIYA.email,))
    assert [t.due for t in found.tasks] == [date(2026, 11, 6)]


# ---- requests


def test_a_state_wanted_by_a_day_said_to_someone_by_name() -> None:
    found = run("Priya, Tom,\n\nGood morning.\n\n1. Priya, the formwork for the main staircase must be ready by Thursday so "
                "that we can cast on Friday morning.", author=SAM, to=(PRIYA.email, TOM.email))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [
        ("Have the formwork for the main staircase ready", PRIYA.email, date(2026, 11, 5))]


@pytest.mark.parametrize("text", [
    "The formwork must be ready by Thursday.",
    "Priya, the formwork must be ready, I think.",
])
def test_a_state_without_a_name_or_a_day_is_no_task(text: str) -> None:
    assert run(text, author=SAM, to=(PRIYA.email,)).tasks == []


@pytest.mark.parametrize(("text", "title", "owner"), [
    ("Also we need to find somebody for restore the old wooden doors.", "Restore the old wooden doors", None),
    (("3) We need a list of 5-6 micro influencers who drink mate or post about coffee and tea culture, somebody has to "
      "start it."), "Start a list of 5-6 micro influencers", None),
    ("Also, someone needs to check with the venue if we can use haze during the show.",
     "Check with the venue if we can use haze during the show", None),
])
def test_work_nobody_has_yet(text: str, title: str, owner: str | None) -> None:
    assert [(t.title, t.owner) for t in run(text, author=SAM, to=(PRIYA.email,)).tasks] == [(title, owner)]


def test_we_need_that_you_is_a_request() -> None:
    found = run("Sam, we need that you confirm us the model of the stove before Friday 4 of December.", to=(SAM.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [("Confirm us the model of the stove", SAM.email, date(2026, 12, 4))]


def test_a_numbered_item_said_to_someone_kindly() -> None:
    found = run("Dear Jane, Tom,\n\nNext steps:\n1. Tom, kindly share the chart of accounts export and the open AR/AP "
                "balances from Visma by Friday, 6th November.\n2. Priya will send the data migration templates by Wednesday.",
                author=SAM, to=(JANE.email, TOM.email))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [
        ("Share the chart of accounts export and the open AR/AP balances from Visma", TOM.email, date(2026, 11, 6)),
        ("Send the data migration templates", PRIYA.email, date(2026, 11, 4))]


def test_a_dash_item_with_a_deadline_is_the_named_members() -> None:
    found = run("Notes from yesterday's call with Jane:\n\n1) Priya - first draft of the content calendar to me until "
                "Thursday, so I have one day to check it.", author=SAM, to=(PRIYA.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [
        ("First draft of the content calendar to me", PRIYA.email, date(2026, 11, 5))]


def test_a_dash_remark_without_a_deadline_is_no_task() -> None:
    assert run("Priya - great work on the deck.", author=SAM, to=(PRIYA.email,)).tasks == []


# ---- promises


@pytest.mark.parametrize(("text", "title", "owner", "due"), [
    ("I'll have SSO configured on the sandbox by tomorrow.", "Have SSO configured on the sandbox", JANE.email, date(2026, 11, 3)),
    ("The final quote for 112 guests I will send you until Friday, no problem.", "Send the final quote for 112 guests",
     JANE.email, date(2026, 11, 6)),
    ("You'll have the first 200 descriptions by Friday week.", "Send the first 200 descriptions", JANE.email, date(2026, 11, 13)),
    ("Priya's going to send y'all the guest list with the hotel preferences by Wednesday.",
     "Send y'all the guest list with the hotel preferences", PRIYA.email, date(2026, 11, 4)),
])
def test_a_promise(text: str, title: str, owner: str, due: date) -> None:
    assert [(t.title, t.owner, t.due) for t in run(text, to=(SAM.email,)).tasks] == [(title, owner, due)]


@pytest.mark.parametrize("text", [
    "Helen and I are torn between the Bertazzoni and the Mabe. We'll have an answer for you by Friday.",
    "You'll have a great time on Friday.",
])
def test_no_promise_of_work(text: str) -> None:
    assert run(text, to=(SAM.email,)).tasks == []


@pytest.mark.parametrize(("text", "title", "due"), [
    (("Small change from my side: the chef is sick with flu, so the tasting moved to Monday. I will be at the villa on "
      "Monday afternoon anyway, so the photos of the terrace I will send you Monday evening, after the tasting."),
     "Send you photos of the terrace at sunset", date(2026, 11, 9)),
    (("Apologies, I am not able to send the floor plan and lighting plot today as promised. The venue will only confirm "
      "the rigging points on Monday, so I will send both to you by next Wednesday, 25 Nov."),
     "Send you the venue floor plan and the lighting plot", date(2026, 11, 25)),
])
def test_a_promise_of_known_work_with_a_new_date_moves_it(text: str, title: str, due: date) -> None:
    known = (KnownTask(1, title, JANE.email, date(2026, 11, 5)),)
    found = run(text, known=known, thread=(1,), to=(SAM.email,))
    assert found.tasks == []
    assert [(c.task_id, c.new_due) for c in found.changes if c.task_id == 1] == [(1, due)]


# ---- completions and matching


def test_here_comes_hands_the_work_over() -> None:
    known = (KnownTask(1, "Send a proposal for the new categories and request types", JANE.email, date(2026, 11, 13)),)
    found = run("Here comes the proposal for the new categories and request types, see the attached PDF.",
                known=known, thread=(1,), to=(SAM.email,))
    assert [(c.task_id, c.status) for c in found.changes] == [(1, "done")]


def test_an_acronym_that_says_where_names_no_work() -> None:
    known = (KnownTask(1, "Look at the drainage at the back of the BQ", None),)
    found = run("The lintels at the BQ were completed on Monday evening, after you left site.", author=PRIYA, known=known,
                to=(SAM.email,))
    assert [c.status for c in found.changes] == []


# ---- from fresh77-78 (read after they were held out for the first two commits)


@pytest.mark.parametrize(("text", "due"), [
    ("The dummies are delayed because the magnets arrived late. I will send them by DHL Express on 2 December.",
     date(2026, 12, 2)),
    ("I will send to you as your request on Thursday 19.", date(2026, 11, 19)),
])
def test_sending_it_again_dates_the_writers_one_task_on_the_thread(text: str, due: date) -> None:
    known = (KnownTask(1, "Send us two white dummies of the gift box", SAM.email, date(2026, 11, 13)),)
    found = run(text, author=SAM, known=known, thread=(1,), to=(JANE.email,))
    assert found.tasks == []
    assert [c.new_due for c in found.changes if c.task_id == 1][-1:] == [due]


@pytest.mark.parametrize(("text", "title"), [
    ("I'll send you over the price list tomorrow once I get a chance to tidy it up.", "Send you over the price list"),
    ("Giulia and I will present it ourselves at the tenant evening on the 26th.", "Present it ourselves at the tenant evening"),
])
def test_other_work_promised_on_the_thread_is_a_task_of_its_own(text: str, title: str) -> None:
    known = (KnownTask(1, "Make the stand design", SAM.email, date(2026, 11, 13)),)
    found = run(text, author=SAM, known=known, thread=(1,), to=(JANE.email,))
    assert [t.title for t in found.tasks] == [title]
    assert [c.new_due for c in found.changes] == []


def test_someone_will_need_to() -> None:
    found = run("Also, someone'll need to chase the R&D office at Raigmore about the local capacity and capability sign-off "
                "at some point.", author=SAM, to=(PRIYA.email,))
    assert [(t.title, t.owner) for t in found.tasks] == [
        ("Chase the R&D office at Raigmore about the local capacity and capability sign-off", None)]


def test_it_is_what_the_writer_promised_someone() -> None:
    found = run("I promised Dr Said a spec for the no-show report, with the fields and filters. I'll have it to you by Thursday.",
                author=SAM, to=(PRIYA.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [("Send a spec for the no-show report", SAM.email, date(2026, 11, 5))]


def test_a_persons_own_need_is_no_requirement() -> None:
    assert run("Our board meets on 16/11 and I need to present it.", to=(SAM.email,)).tasks == []


def test_done_then_a_dash_closes_the_writers_task_on_the_thread() -> None:
    known = (KnownTask(1, "Check with the three site pharmacies and let me know", JANE.email, date(2026, 11, 12)),)
    found = run("Hi Sam,\n\nDone – I phoned all three pharmacies this afternoon.\n\nNinewells: two freezers.",
                known=known, thread=(1,), to=(SAM.email,))
    assert [(c.task_id, c.status) for c in found.changes] == [(1, "done")]


def test_an_answer_owed_by_a_date_about_whether_is_a_task() -> None:
    found = run("Could you please let me know until 02.12. if you want to order format set B?", to=(SAM.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [("Let me know if you want to order format set B", SAM.email, date(2026, 12, 2))]
    assert found.questions == []


def test_an_answer_about_whether_without_a_date_stays_a_question() -> None:
    found = run("Could you let me know if you want the blue one?", to=(SAM.email,))
    assert found.tasks == [] and len(found.questions) == 1


def test_we_promise_a_colleagues_work() -> None:
    known = (KnownTask(1, "Send us the site electrical specification", TOM.email, date(2026, 11, 4)),)
    found = run("Tom is on site all week, so we'll have the spec to you by Wednesday 11 November.", known=known, thread=(1,),
                to=(SAM.email,))
    assert found.tasks == []
    assert [(c.task_id, c.new_due) for c in found.changes] == [(1, date(2026, 11, 11))]


def test_i_promise_is_not_a_colleagues_work() -> None:
    known = (KnownTask(1, "Send us the site electrical specification", TOM.email, date(2026, 11, 4)),)
    found = run("I'll have the spec to you by Wednesday 11 November.", known=known, thread=(1,), to=(SAM.email,))
    assert [c.new_due for c in found.changes] == []


def test_late_work_passed_on_for_a_colleague_is_dated_by_the_promise() -> None:
    known = (KnownTask(1, "Send us the site electrical specification", TOM.email, date(2026, 11, 4)),)
    found = run("Tom is away at Foodtech this week and asked me to pass on that the electrical spec will be a bit late. "
                "Our contractor can't get on site until next Monday, so we'll have the spec to you by Wednesday 11 November.",
                known=known, thread=(1,), to=(SAM.email,))
    assert found.tasks == []
    assert [(c.task_id, c.new_due) for c in found.changes] == [(1, date(2026, 11, 11))]


# ---- decisions from fresh74-76


@pytest.mark.parametrize(("text", "summary", "why"), [
    (("One thing Gareth and I have decided: we'll give the bedding sizes in cm with inches in brackets, because a lot of "
      "UK shoppers still think of pillows in inches."), "We'll give the bedding sizes in cm with inches in brackets",
     "a lot of UK shoppers still think of pillows in inches"),
    ("We skip the migration of the Cherwell knowledge base. Most of the 900 articles are outdated.",
     "Skip the migration of the Cherwell knowledge base", "Most of the 900 articles are outdated"),
    ("The after-hours phone line stays on the old IVR for now, since our telephony contract with Eastlink runs until next fall.",
     "The after-hours phone line stays on the old IVR for now", "our telephony contract with Eastlink runs until next fall"),
])
def test_a_decision(text: str, summary: str, why: str) -> None:
    assert [(d.summary, d.rationale) for d in run(text, to=(SAM.email,)).decisions] == [(summary, why)]


@pytest.mark.parametrize("text", [
    "The shop stays open until six on Fridays.",
    "If we skip the intro, fine.",
    "One thing I noticed: the logo is blurry.",
])
def test_no_decision(text: str) -> None:
    assert run(text, to=(SAM.email,)).decisions == []


def test_what_stays_as_planned_is_news_not_a_decision() -> None:
    assert run("The go-live stays on 24.11., as planned with the hotel directors.", to=(SAM.email,)).decisions == []


def test_an_ask_acknowledged_and_restated_is_the_same_work() -> None:
    known = (KnownTask(1, "Send me the final quote for Villa Kallisti with the revised headcount", SAM.email, date(2026, 11, 6)),)
    found = run("The final quote for 112 guests I will send you until Friday, no problem.", author=SAM, known=known, thread=(1,),
                to=(JANE.email,))
    assert found.tasks == [] and found.changes == []


def test_other_work_of_the_same_owner_due_the_same_day_stays_a_task() -> None:
    known = (KnownTask(1, "Send me the final quote for Villa Kallisti with the revised headcount", SAM.email, date(2026, 11, 6)),)
    found = run("I will send you the quote for the flowers on Friday.", author=SAM, known=known, thread=(1,), to=(JANE.email,))
    assert [t.title for t in found.tasks] == ["Send you the quote for the flowers"]


# ---- a negation before "be late" (fifteenth session: "n't" has no word boundary before it)


@pytest.mark.parametrize(("text", "slips"), [
    ("The deck won't be late, don't worry.", False),
    ("The deck will not be late.", False),
    ("The deck will be late, sorry.", True),
])
def test_wont_be_late_is_no_delay(text: str, slips: bool) -> None:
    found = run(text, SAM, (KnownTask(1, "Send the deck", SAM.email, date(2026, 11, 6)),))
    assert [c.task_id for c in found.changes if c.rule == "natural:delay"] == ([1] if slips else [])


# ---- a plan stated with its reason is a decision (fifteenth session)


@pytest.mark.parametrize(("text", "summary_word", "reason_word"), [
    ("We're shipping the 14 robots in two batches (8 + 6), because the ferry only gives us one trailer slot per day.",
     "two batches", "ferry"),
    ("We'll move the cut-over to the weekend of 12-13 December, because the year-end peak starts ramping up in the third week.",
     "cut-over", "peak"),
    ("Also, we will skip the printed brochure since nobody at the fair took one last year.", "brochure", "nobody"),
])
def test_a_plan_with_its_reason_is_a_decision(text: str, summary_word: str, reason_word: str) -> None:
    found = run(text, SAM)
    assert [(summary_word in d.summary, reason_word in (d.rationale or "")) for d in found.decisions] == [(True, True)]


@pytest.mark.parametrize("text", [
    "I'm copying Harriet because the board will want to know the match is in better shape than we thought.",
    "We'll send the report on Friday because the data comes on Thursday.",
    "If we ship in two batches, because of the ferry, it costs more.",
    "We're shipping the robots in two batches.",
])
def test_what_is_no_reasoned_plan(text: str) -> None:
    assert [d.rule for d in run(text, SAM).decisions if d.rule == "natural:reasoned-plan"] == []
