"""Families added on 2026-12-05 (seventeenth session) from the read scenario sets: work
verbs of conversations, fetching and choosing ("talk to", "bring", "track down", "roll
forward", "select"); requests without a subject as Indian English writes them ("Request you
to kindly whitelist ...", "Appreciate if you could ..."); a named member who "has agreed to"
do something; a thing and its day asked for in a question ("New template by Wednesday if you
can?"); work done by someone outside the project in the title's own verb ("IT have set up
your deployment account"); a check that "passed"; and what is not a task or a reason: "Demo
on the 23rd works for us.", "Thx for today.", a hand-over sentence after a decision.
Positive probes must fire with the right fields; negative probes must not."""
from __future__ import annotations

from datetime import date

import pytest
from extraction_probe import JANE, MEMBERS, MONDAY, SAM, TOM, run

from ingest.extraction import ExtractionContext, KnownTask, extract


@pytest.mark.parametrize(("text", "title", "due"), [
    ("I'll talk to the shop steward about the rollout before the end of next week.",
     "Talk to the shop steward about the rollout", date(2026, 11, 13)),
    ("I'll track down the original logo files and get them to you by Wednesday.",
     "Track down the original logo files and get them to you", date(2026, 11, 4)),
    ("I'll bring the finish samples on Thursday.", "Bring the finish samples", date(2026, 11, 5)),
])
def test_the_new_work_verbs_make_a_promise(text: str, title: str, due: date) -> None:
    found = run(text, author=SAM, to=(JANE.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [(title, SAM.email, due)]


@pytest.mark.parametrize(("text", "title", "due"), [
    ("Can you roll forward the depreciation schedule by Thursday?", "Roll forward the depreciation schedule", date(2026, 11, 5)),
    ("Could you select the tile finish by Friday?", "Select the tile finish", date(2026, 11, 6)),
    ("Request you to kindly whitelist our two VPN egress IPs by Friday.", "Whitelist our two VPN egress IPs", date(2026, 11, 6)),
    ("Appreciate if you could send us the revised project plan by this Thursday.", "Send us the revised project plan",
     date(2026, 11, 5)),
    ("New template by Wednesday if you can?", "New template", date(2026, 11, 4)),
])
def test_requests_as_people_write_them(text: str, title: str, due: date) -> None:
    found = run(text, author=JANE, to=(SAM.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [(title, SAM.email, due)]


@pytest.mark.parametrize(("text", "title", "due"), [
    ("We would welcome your comments by Wednesday 25 November.", "Provide your comments", date(2026, 11, 25)),
    ("I'd love you to put together three Reel concepts, end of next week is grand.", "Put together three Reel concepts",
     date(2026, 11, 13)),
])
def test_asked_in_passing(text: str, title: str, due: date) -> None:
    found = run(text, author=JANE, to=(SAM.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [(title, SAM.email, due)]


def test_a_thing_promised_to_be_confirmed_by_a_day_is_work() -> None:
    found = run("I'll confirm the coach with Hopbilar by Thursday.", author=SAM, to=(JANE.email,))
    assert [(t.title, t.due) for t in found.tasks] == [("Confirm the coach with Hopbilar", date(2026, 11, 5))]
    assert run("We'll confirm by Friday.", author=SAM, to=(JANE.email,)).tasks == []
    assert run("We appreciate your patience.", author=JANE, to=(SAM.email,)).tasks == []


def test_a_named_member_who_has_agreed_to_do_something_owns_it() -> None:
    found = run("Tom has kindly offered to draft the covering letter by Friday.", author=JANE, to=(SAM.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [("Draft the covering letter", TOM.email, date(2026, 11, 6))]


@pytest.mark.parametrize("text", [
    "Demo on the 23rd works for us.",
    "Workshop on Thursday is fine.",
    "Talk soon!",
    "Tom agreed to the proposal.",
    "Lunch by noon please",
])
def test_what_is_not_a_request(text: str) -> None:
    assert run(text, author=JANE, to=(SAM.email,)).tasks == []


@pytest.mark.parametrize("text", ["Thx for today.", "Dates: Thursday Dec 3 and Friday Dec 4, arrivals Wednesday Dec 2"])
def test_what_is_not_a_terse_promise(text: str) -> None:
    assert run(text, author=SAM, to=(JANE.email,)).tasks == []


# ---- work done


DEPLOY = KnownTask(1, "Set us up with a deployment account on that tenancy", JANE.email, date(2026, 11, 13))
SMOKE = KnownTask(2, "Do the smoke test", SAM.email, date(2026, 11, 9))
CONTRACT = KnownTask(3, "Sign the contract and return it", JANE.email, date(2026, 11, 20))


def test_someone_outside_the_project_doing_the_titles_own_work_closes_it() -> None:
    found = run("IT have set up your deployment account, details below.", author=JANE, known=(DEPLOY,), thread=(1,),
                to=(SAM.email,))
    assert [(c.task_id, c.status) for c in found.changes] == [(1, "done")]


def test_other_work_by_someone_outside_the_project_closes_nothing() -> None:
    found = run("IT have set up the new printer on the third floor.", author=JANE, known=(DEPLOY,), thread=(1,), to=(SAM.email,))
    assert [c for c in found.changes if c.status == "done"] == []


def test_a_test_that_passed_is_done() -> None:
    found = run("Smoke test passed on Tuesday morning.", author=SAM, known=(SMOKE,), thread=(2,), to=(JANE.email,))
    assert [(c.task_id, c.status) for c in found.changes] == [(2, "done")]


def test_a_deadline_that_passed_is_not_work_done() -> None:
    found = run("The deadline passed on Tuesday.", author=SAM, known=(SMOKE,), thread=(2,), to=(JANE.email,))
    assert [c for c in found.changes if c.status == "done"] == []


def test_a_hand_over_after_a_decision_closes_the_work_and_is_not_the_decisions_reason() -> None:
    text = ("Good news: the board approved the budget and the venue deposit last night.\n"
            "Signed venue contract attached. I've sent a copy straight to the Pavilion as well.")
    ctx = ExtractionContext(author=JANE, sent_at=MONDAY, members=MEMBERS, to=(SAM.email,), known_tasks=(CONTRACT,),
                            thread_tasks=(3,), thread_task_id=3)
    found = extract(text, ctx)
    assert [(c.task_id, c.status) for c in found.changes] == [(3, "done")]
    assert all(d.rationale is None or "attached" not in d.rationale for d in found.decisions)


# ---- which one


FIRST_BATCH = KnownTask(4, "Send us the first batch", SAM.email, date(2026, 11, 13))


def test_the_second_batch_is_not_the_first() -> None:
    text = ("I propose to send the first batch on 17.11. instead of 13.11.\n"
            "The second batch we will send on 24.11., this date we can keep.")
    found = run(text, author=SAM, known=(FIRST_BATCH,), thread=(4,), to=(JANE.email,))
    assert [(c.task_id, c.new_due) for c in found.changes if c.new_due is not None] == [(4, date(2026, 11, 17))]
    assert [(t.title, t.due) for t in found.tasks] == [("Send the second batch", date(2026, 11, 24))]


def test_a_visit_instruction_is_not_work() -> None:
    assert run("Please bring your ID card and your safety boots.", author=JANE, to=(SAM.email,)).tasks == []
    assert [t.title for t in run("Could you bring the samples on Thursday?", author=JANE, to=(SAM.email,)).tasks] == [
        "Bring the samples"]


# ---- decisions said as plans


@pytest.mark.parametrize(("text", "summary", "rationale"), [
    ("We're not using Rio Valley Transport on this account, because they lost two pallets last month.",
     "Not using Rio Valley Transport on this account", "they lost two pallets last month"),
    ("We'll use Abstellzone throughout – it's the word the Vienna regulation uses.", "Use Abstellzone throughout",
     "it's the word the Vienna regulation uses"),
    ("We're moving go-live to Tue 1 Dec — launching into Black Friday with 600 URLs unmapped isn't worth the risk.",
     "Move go-live to Tue 1 Dec", "launching into Black Friday with 600 URLs unmapped isn't worth the risk"),
])
def test_a_plan_that_settles_something_is_a_decision(text: str, summary: str, rationale: str) -> None:
    found = run(text, author=JANE, to=(SAM.email,))
    assert [(d.summary, d.rationale) for d in found.decisions] == [(summary, rationale)]
    assert found.tasks == []


@pytest.mark.parametrize("text", ["We're not using the staging server yet.", "I'm not using it anymore."])
def test_what_is_not_a_plan_settled(text: str) -> None:
    assert run(text, author=JANE, to=(SAM.email,)).decisions == []


def test_moving_a_milestone_that_is_open_work_is_a_slip_not_a_decision() -> None:
    launch = KnownTask(5, "Launch the booking site", SAM.email, date(2026, 11, 20))
    found = run("We're moving the launch to 1 Dec.", author=SAM, known=(launch,), thread=(5,), to=(JANE.email,))
    assert found.decisions == []
    assert [(c.task_id, c.new_due) for c in found.changes] == [(5, date(2026, 12, 1))]
