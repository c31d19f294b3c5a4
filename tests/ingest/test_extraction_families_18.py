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

from datetime import date, datetime

import pytest
from extraction_probe import JANE, MEMBERS, MONDAY, PRIYA, SAM, TOM, run

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


# ---- read from the fresh84-88 sets once they were no longer held out


def test_work_done_takes_no_new_day_in_the_same_message() -> None:
    plan = KnownTask(6, "Send the sprint planning", SAM.email, date(2026, 11, 4))
    text = ("PFA the sprint plan for phase 1 - 4 sprints of 2 weeks each.\n"
            "Does Thursday 14:00 CET work for your team for the sprint demos?")
    found = run(text, author=SAM, known=(plan,), thread=(6,), to=(JANE.email,))
    assert [(c.task_id, c.status, c.new_due) for c in found.changes] == [(6, "done", None)]


def test_other_work_on_the_same_thing_is_a_new_task() -> None:
    batch = KnownTask(7, "Deliver a first batch of 500 French strings", SAM.email, date(2026, 11, 27))
    found = run("Could you please shorten these 14 strings by December 9?", author=JANE, known=(batch,), thread=(7,),
                to=(SAM.email,))
    assert [(t.title, t.due) for t in found.tasks] == [("Shorten these 14 strings", date(2026, 12, 9))]
    assert found.changes == []


@pytest.mark.parametrize("text", [
    "Would it be possible to move the delivery of the AML storyboard to Wednesday 18 November?",
    "Could you please deliver the AML storyboard on November 18 instead of November 13?",
])
def test_asking_to_move_dated_work_is_a_proposal_not_a_task(text: str) -> None:
    storyboard = KnownTask(8, "Send us the storyboard for the AML module", SAM.email, date(2026, 11, 13))
    found = run(text, author=JANE, known=(storyboard,), thread=(8,), to=(SAM.email,))
    assert found.tasks == []
    # (put up, or moved at once when the sentence names the work outright)
    assert [(c.task_id, c.proposed_due or c.new_due) for c in found.changes] == [(8, date(2026, 11, 18))]


def test_the_same_head_noun_told_apart_by_another_word_is_other_work() -> None:
    storyboard = KnownTask(8, "Send us the storyboard for the AML module", SAM.email, date(2026, 11, 13))
    offer = KnownTask(9, "Send us a revised offer", SAM.email, date(2026, 11, 11))
    found = run("The sanctions module has been taken out in line with your decision.", author=SAM, known=(storyboard, offer),
                thread=(8, 9), to=(JANE.email,))
    assert [c for c in found.changes if c.status == "done"] == []


@pytest.mark.parametrize(("vocative", "owner"), [("Anh Sam", SAM.email), ("Pak Sam", SAM.email), ("Sam Bey", SAM.email)])
def test_titles_people_are_addressed_with(vocative: str, owner: str) -> None:
    found = run(f"{vocative}, please book the kiln-dried rubberwood by Friday.", author=JANE, to=(SAM.email, TOM.email))
    assert [(t.owner, t.due) for t in found.tasks] == [(owner, date(2026, 11, 6))]


@pytest.mark.parametrize(("text", "title", "due"), [
    ("The final video we need latest on 11.12.2026, because on 15.12. we present it to the board.", "Provide the final video",
     date(2026, 12, 11)),
    ("Please kindly help to confirm the packaging artwork before Friday.", "Confirm the packaging artwork", date(2026, 11, 6)),
    ("Could your writers confirm the three Sage names by Wednesday?", "Confirm the three Sage names", date(2026, 11, 4)),
    ("Could your call centre team whitelist our outbound numbers by Friday?", "Whitelist our outbound numbers", date(2026, 11, 6)),
    ("We would like to receive the glossary draft (names, places, skills) by 13 November.", "Provide the glossary draft",
     date(2026, 11, 13)),
])
def test_asked_as_writers_of_other_languages_ask(text: str, title: str, due: date) -> None:
    found = run(text, author=JANE, to=(SAM.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [(title, SAM.email, due)]


@pytest.mark.parametrize(("text", "owner", "due"), [
    ("Tomorrow I will send you two sample spreads with the proposed typography.", JANE.email, date(2026, 11, 3)),
    ("My colleague, Tom Ward, will send you the character bible tomorrow.", TOM.email, date(2026, 11, 3)),
])
def test_promises_with_the_day_or_the_person_first(text: str, owner: str, due: date) -> None:
    found = run(text, author=JANE, to=(SAM.email,))
    assert [(t.owner, t.due) for t in found.tasks] == [(owner, due)]


@pytest.mark.parametrize("text", ["We would like to see the venue on Friday.", "We'd like to have the meeting on Friday.",
                                  "The meeting we need is on Friday."])
def test_what_is_not_asked_for(text: str) -> None:
    assert run(text, author=JANE, to=(SAM.email,)).tasks == []


def test_a_hand_over_after_a_lead_in_closes_the_work() -> None:
    drawing = KnownTask(10, "Issue A-512 rev D with the corrected coping detail", SAM.email, date(2026, 11, 6))
    text = "Second attempt, this morning's mail went to a wrong address: A-512 rev D with the clamp-fixed coping detail is attached."
    found = run(text, author=SAM, known=(drawing,), thread=(10,), to=(JANE.email,))
    assert [(c.task_id, c.status) for c in found.changes] == [(10, "done")]


def test_asking_for_a_thing_by_a_day_is_a_request() -> None:
    found = run("Could we ask for your consolidated comments, including Legal's, by Wednesday 25 November?", author=JANE,
                to=(SAM.email,))
    assert [(t.title, t.due) for t in found.tasks] == [("Send your consolidated comments, including Legal's", date(2026, 11, 25))]
    assert run("Could we ask for your patience?", author=JANE, to=(SAM.email,)).tasks == []


@pytest.mark.parametrize(("text", "summary", "rationale"), [
    ('Our team leader decided the title of the video: "One Year in Georgia".', 'The title of the video: "One Year in Georgia"',
     None),
    ("Let us record the VO here in Lagos, because the brand wants the same voice as on the radio.", "Record the VO here in Lagos",
     "the brand wants the same voice as on the radio"),
    ("For the inner frames I decide we use rubberwood instead of acacia, because acacia went up 15% this month.",
     "We use rubberwood instead of acacia", "acacia went up 15% this month"),
    ("English only in the screens, no Dutch version.", "English only in the screens", None),
    ("We're following the Netflix timed text style guide because the sales agent needs Netflix-ready files.",
     "We're following the Netflix timed text style guide", "the sales agent needs Netflix-ready files"),
])
def test_decisions_as_people_state_them(text: str, summary: str, rationale: str | None) -> None:
    found = run(text, author=JANE, to=(SAM.email,))
    assert [(d.summary, d.rationale) for d in found.decisions] == [(summary, rationale)]


def test_one_way_over_another_with_a_reason_is_a_decision_not_a_promise() -> None:
    text = "We will run the DVT build on Line 3, not Line 1, because Line 1 is full until mid-December."
    found = run(text, author=SAM, to=(JANE.email,))
    assert [(d.summary, d.rationale) for d in found.decisions] == [
        ("Run the DVT build on Line 3, not Line 1", "Line 1 is full until mid-December")]
    assert found.tasks == []


@pytest.mark.parametrize("text", ["Let us know if you need anything, because we are here to help.",
                                  "We're following up with the venue because they haven't replied."])
def test_what_is_not_a_decision_stated(text: str) -> None:
    assert run(text, author=JANE, to=(SAM.email,)).decisions == []


def test_a_greeting_by_initial_leaves_the_request_to_the_one_recipient() -> None:
    found = run("Morning S,\nCould you book a voice-over artist by Friday the 6th?", author=PRIYA, to=(SAM.email,))
    assert [(t.owner, t.due) for t in found.tasks] == [(SAM.email, date(2026, 11, 6))]


def test_bringing_a_thing_into_shape_is_work_even_undated() -> None:
    found = run("Could you bring the piping on the bedheads down to 5mm?", author=JANE, to=(SAM.email,))
    assert [t.title for t in found.tasks] == ["Bring the piping on the bedheads down to 5mm"]


def test_he_after_a_possessive_name_is_that_member() -> None:
    found = run("Tom's back and he'll confirm the January printing slot with the printer by Friday.", author=JANE, to=(SAM.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [
        ("Confirm the January printing slot with the printer", TOM.email, date(2026, 11, 6))]


def test_other_work_for_the_same_event_does_not_move_the_first() -> None:
    invitations = KnownTask(11, "Prepare the draft of invitation list for the soft opening", SAM.email, date(2026, 11, 30))
    found = run("We'll send you the run sheet for the soft opening by Friday 4 December.", author=SAM, known=(invitations,),
                thread=(11,), to=(JANE.email,))
    assert found.changes == []
    assert [(t.title, t.due) for t in found.tasks] == [("Send you the run sheet for the soft opening", date(2026, 12, 4))]


# ---- read from fresh89-90 once fresh94-96 were written to take their place as held-out


@pytest.mark.parametrize(("text", "title", "due"), [
    ("We would like to ask you to prepare the clickable prototype of the booking flow until 4.12.",
     "Prepare the clickable prototype of the booking flow", date(2026, 12, 4)),
    ("Could you confirm us the final guest count until Friday 13?", "Confirm us the final guest count", date(2026, 11, 13)),
])
def test_requests_with_until_for_by(text: str, title: str, due: date) -> None:
    found = run(text, author=JANE, to=(SAM.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [(title, SAM.email, due)]


@pytest.mark.parametrize("text", ["Segue attached the brand guidelines, the logo files are inside.",
                                  "in attach you have the brand guidelines"])
def test_hand_overs_as_portuguese_writers_say_them(text: str) -> None:
    guidelines = KnownTask(12, "Send you the brand guidelines", JANE.email, date(2026, 11, 6))
    found = run(text, author=JANE, known=(guidelines,), thread=(12,), to=(SAM.email,))
    assert [(c.task_id, c.status) for c in found.changes] == [(12, "done")]


def test_a_day_put_in_place_of_the_works_own_moves_it() -> None:
    kits = KnownTask(13, "Ship the 120 product kits with your courier", JANE.email, date(2026, 12, 1))
    found = run("The kits are with the courier. They arrive in Lisbon on December 3rd, not on the 1st.", author=JANE,
                known=(kits,), thread=(13,), to=(SAM.email,), sent_at=datetime.fromisoformat("2026-11-25T09:00:00+00:00"))
    assert [(c.task_id, c.new_due) for c in found.changes] == [(13, date(2026, 12, 3))]


def test_a_submission_names_the_work_to_submit() -> None:
    dossier = KnownTask(14, "Submit the dossier in CTIS", SAM.email, date(2026, 11, 20))
    found = run("We have to postpone the CTIS submission to Wednesday 25th November, instead of the 20th.", author=SAM,
                known=(dossier,), thread=(14,), to=(JANE.email,))
    assert [(c.task_id, c.new_due) for c in found.changes if c.new_due] == [(14, date(2026, 11, 25))]


def test_needed_from_you_within_a_day() -> None:
    found = run("Sam, we need from you the revised layout of the bar within Friday 6/11.", author=JANE, to=(SAM.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [("Provide the revised layout of the bar", SAM.email, date(2026, 11, 6))]


def test_a_link_handed_over_as_told_closes_the_work() -> None:
    export = KnownTask(15, "Send us the donor segments export from your CRM", JANE.email, date(2026, 11, 18))
    text = "As I told you, here is the link to download the donor segments export: https://example.com/s/EbX7 (38 MB)."
    found = run(text, author=JANE, known=(export,), to=(SAM.email,))
    assert [(c.task_id, c.status) for c in found.changes] == [(15, "done")]


def test_a_condition_is_not_part_of_the_work() -> None:
    found = run("On our side we will submit the dossier in CTIS by the 20th of November, on condition that we receive the "
                "protocol v2.1 as planned.", author=SAM, to=(JANE.email,))
    assert [(t.title, t.due) for t in found.tasks] == [("Submit the dossier in CTIS", date(2026, 11, 20))]


def test_work_named_in_words_off_the_thread_gets_its_task() -> None:
    dossier = KnownTask(16, "Submit the dossier in CTIS", SAM.email, date(2026, 11, 20))
    grid = KnownTask(17, "Provide the per-patient budget grid", SAM.email, date(2026, 11, 18))
    text = "I have also a less good news: we have to postpone the CTIS submission to Wednesday 25th November, instead of the 20th."
    found = run(text, author=SAM, known=(dossier, grid), thread=(17,), to=(JANE.email,),
                sent_at=datetime.fromisoformat("2026-11-17T15:00:00+00:00"))
    assert [(c.task_id, c.new_due) for c in found.changes if c.new_due] == [(16, date(2026, 11, 25))]


@pytest.mark.parametrize("text", ["In case of any questions, please contact me.", "If anything is unclear, please call us.",
                                  "Otherwise we can forget the 10th."])
def test_courtesies_and_consequences_are_not_work(text: str) -> None:
    assert run(text, author=JANE, to=(SAM.email,)).tasks == []
    assert run(text, author=SAM, to=(JANE.email,)).tasks == []
