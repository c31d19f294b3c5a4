"""Families added on 2026-12-06 (thirty-second session) from the scenario sets fresh140-156, read
once newer blind sets were written to take their place as the held-out pool: a deliverable
wanted in a long sentence ("it would help us a great deal to have X by D", "it would save us time
if you could ..."), "you and the team" asked together, a second promise after "and you'll have",
a wish said after a topic ("For the budget we would like to receive ..."), what "it" is when the
sentence leads with "About the X:", a decision's "it" named by its lead, the reason after
"because" rather than an "as" that says how, a reviewer's verdict ("good to go") closing the
review asked of them, small talk about the season over there, and what is said for a colleague
("Tom will send it on Friday 13th", "the new one", "he is the one who knows"); and from fresh157-160,
decisions said plainly ("No drone, then: we'd rather ...", "Because X, we moved Y", "we stay online
only, no TV spot for now — ..."), what a thing is kept as, taking photos, "if all goes well", and
a team writing Russian to itself (requests, a decision, a question; colleagues named in Cyrillic).
Positive probes must fire with the right fields; negative probes must not."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from extraction_probe import JANE, MONDAY, PRIYA, SAM, TOM, run

from ingest.extraction import KnownTask, recordable
from ingest.extraction_types import Person

# ---- a deliverable wanted, in a long sentence


@pytest.mark.parametrize(("text", "word", "due"), [
    (("High season starts mid-December and I'm meeting the cruise people on Friday the 20th, so it would help us a great deal "
     "to have the first homepage mock-ups by Thursday the 19th, so I have something to show them."), "homepage mock-ups", date(2026, 11, 19)),
    ("It would help us to have a written plan with the milestones by Thursday, so that I can take it to the board.",
     "milestones", date(2026, 11, 5)),
    ("Sam, it would save us time if you could start the Vipps merchant application by Friday 13 November.",
     "Vipps merchant application", date(2026, 11, 13)),
    ("Could you and the team send us your feedback by Monday 9 November?", "feedback", date(2026, 11, 9)),
    ("For the budget we would also like to receive a separate quote for the Android version, by Friday if possible.",
     "quote for the Android version", date(2026, 11, 6)),
])
def test_a_deliverable_wanted_by_a_day_is_the_addressees(text: str, word: str, due: date) -> None:
    extraction = recordable(run(f"Hi Sam,\n\n{text}", author=JANE, to=(SAM.email,)))
    assert [(word in t.title, t.owner, t.due) for t in extraction.tasks] == [(True, SAM.email, due)]


def test_help_without_a_day_asks_for_nothing() -> None:
    extraction = recordable(run("Hi Sam,\n\nIt would help to have a bigger budget, to be honest.", author=JANE, to=(SAM.email,)))
    assert extraction.tasks == []


def test_whose_time_the_day_is_on_is_not_part_of_the_title() -> None:
    extraction = recordable(run("Hi Sam,\n\nSam, it would help us a lot to have a list of the pieces for the first collection "
                                "by Friday 13/11, your time.", author=JANE, to=(SAM.email,)))
    assert [(t.title, t.due) for t in extraction.tasks] == [("Have a list of the pieces for the first collection", date(2026, 11, 13))]


def test_wanted_of_nobody_then_asked_of_one_is_one_task() -> None:
    extraction = recordable(run("Dear Jane, dear Tom,\n\nIt would help us a lot to have your comments, and those of the front-desk "
                                "team, by Tuesday 17th. Tom, would you be able to collect them and send them over in one mail?",
                                author=SAM, to=(JANE.email, TOM.email)))
    [task] = extraction.tasks
    assert "comments" in task.title and (task.owner, task.due) == (TOM.email, date(2026, 11, 17))


def test_an_address_in_brackets_does_not_end_the_title() -> None:
    extraction = recordable(run("Hi Jane,\n\nOne thing we need from your side: please add Priya (priya@agency.io) as a user on your "
                                "domain registrar account, so she can point the domain to the new server.", author=SAM, to=(JANE.email,)))
    assert [(t.title, t.owner) for t in extraction.tasks] == [("Add Priya as a user on your domain registrar account", JANE.email)]


def test_even_if_is_not_part_of_the_work() -> None:
    extraction = recordable(run("Hi Sam,\n\nCould you send us the first homepage designs by Friday 6 November, even if they are "
                                "still rough?", author=JANE, to=(SAM.email,)))
    assert [t.title for t in extraction.tasks] == ["Send us the first homepage designs"]


# ---- two promises in one sentence; what "it" is after a topic lead


def test_and_youll_have_is_a_second_promise_with_its_own_day() -> None:
    extraction = recordable(run("Dear Jane,\n\nI'll send you our proposal for the grid, the paper and the fonts by Wednesday, and "
                                "you'll have the final print-ready PDFs on Tuesday 8 December.", author=SAM, to=(JANE.email,)))
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [
        ("Send you our proposal for the grid, the paper and the fonts", SAM.email, date(2026, 11, 4)),
        ("Send the final print-ready PDFs", SAM.email, date(2026, 12, 8))]


def test_it_is_the_topic_the_sentence_leads_with() -> None:
    known = (KnownTask(4, "Provide a separate quote for the Android version", SAM.email, date(2026, 11, 6)),)
    extraction = run("Dear Jane,\n\nAbout the Android quote: Friday and Saturday are the weekend here, so I will send it to you on "
                     "Sunday 8 November.", author=SAM, to=(JANE.email,), known=known)
    assert [(c.task_id, c.new_due) for c in extraction.changes] == [(4, date(2026, 11, 8))]
    assert extraction.tasks == []


# ---- decisions


@pytest.mark.parametrize(("text", "summary", "why"), [
    ("On Vipps: we have decided to add it in a second phase, because the merchant agreement has to be signed with BankID.",
     "Add Vipps in a second phase", "BankID"),
    (("Vipps: yes, guests will be able to pay with it, but we have decided to add it in a second phase, shortly after go-live, "
     "because the merchant agreement has to be signed with BankID."), "Add Vipps in a second phase", "BankID"),
    ("About the newsletter: we decided to drop it, nobody reads it.", "Drop the newsletter", "nobody reads it"),
])
def test_what_it_is_in_a_decision_the_lead_says(text: str, summary: str, why: str) -> None:
    [decision] = recordable(run(f"Hi Sam,\n\n{text}", author=JANE, to=(SAM.email,))).decisions
    assert decision.summary.startswith(summary) and why in (decision.rationale or "")


def test_the_reason_is_after_because_not_after_an_as_saying_how() -> None:
    [decision] = recordable(run("Dear Jane,\n\nWe're going to lay out the French and English editions as two separate files rather "
                                "than one bilingual booklet, because the French text runs about 20% longer.", author=SAM,
                                to=(JANE.email,))).decisions
    assert "two separate files" in decision.summary and decision.rationale == "the French text runs about 20% longer"


def test_a_quoted_name_kept_with_why() -> None:
    [decision] = recordable(run('Hi Sam,\n\nWe keep "Lagoon Spice", it is easier to say for our English buyers.', author=JANE,
                                to=(SAM.email,))).decisions
    assert "Lagoon Spice" in decision.summary and decision.rationale == "it is easier to say for our English buyers"


def test_a_plan_with_where_else_it_holds_said_in_between() -> None:
    [decision] = recordable(run("Hi Sam,\n\nWe're going to keep prices in Australian dollars only, on the French pages as well, because "
                                "our booking desk can't take francs Pacifique at the till anyway.", author=JANE, to=(SAM.email,))).decisions
    assert "Australian dollars" in decision.summary and "till" in (decision.rationale or "")


# ---- a reviewer's verdict


@pytest.mark.parametrize(("title", "text"), [
    ("Have a look and approve the sitemap", "Sitemap is good to go, no changes from us."),
    ("Check the interview questions", "The interview questions are fine, approved."),
])
def test_the_reviewers_verdict_closes_the_review(title: str, text: str) -> None:
    known = (KnownTask(6, title, JANE.email, date(2026, 11, 6)),)
    extraction = run(f"Hi Sam,\n\n{text}", author=JANE, to=(SAM.email,), known=known, thread=(6,))
    assert [(c.task_id, c.status) for c in extraction.changes] == [(6, "done")]


@pytest.mark.parametrize(("owner", "text"), [
    (PRIYA.email, "Sitemap is good to go, no changes from us."),  # someone else's review
    (JANE.email, "The weather is fine, thanks."),  # not the thing reviewed
])
def test_a_verdict_closes_only_the_writers_review_of_that_thing(owner: str, text: str) -> None:
    known = (KnownTask(6, "Have a look and approve the sitemap", owner, date(2026, 11, 6)),)
    extraction = run(f"Hi Sam,\n\n{text}", author=JANE, to=(SAM.email,), known=known)
    assert not [c for c in extraction.changes if c.status == "done"]


# ---- small talk about the other's season


@pytest.mark.parametrize("text", ["Is it already winter in Malta?", "By the way, have you ever experienced the polar night?"])
def test_the_season_over_there_is_small_talk(text: str) -> None:
    assert recordable(run(f"Hi Sam,\n\n{text}", author=JANE, to=(SAM.email,))).questions == []


def test_a_season_named_in_a_real_question_is_still_asked() -> None:
    [question] = recordable(run("Hi Sam,\n\nIs it summer pricing yet for the rooms?", author=JANE, to=(SAM.email,))).questions
    assert question.addressed_to == SAM.email


# ---- said for a colleague: why them, which one, and when


def test_why_that_colleague_is_not_part_of_the_title() -> None:
    extraction = recordable(run("Hi Sam,\n\nTom will send you the price, he is the one who knows how long that cut takes.",
                                author=JANE, to=(SAM.email,)))
    assert [(t.title, t.owner) for t in extraction.tasks] == [("Send you the price", TOM.email)]


def test_the_new_one_is_the_new_version_of_what_the_sentence_before_calls_the_old_one() -> None:
    extraction = recordable(run("Sam, Priya,\n\n2. The logo on the mock-ups is the old one. Tom will send you the new one on Monday, "
                                "he's back from Provo that day.", author=JANE, to=(SAM.email, PRIYA.email)))
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [("Send you the new logo", TOM.email, date(2026, 11, 9))]


def test_it_said_for_the_colleague_whose_task_it_is_moves_that_task() -> None:
    known = (KnownTask(8, "Send you the winter rate sheet", TOM.email, date(2026, 11, 9)),)
    extraction = run("Hi Sam,\n\nTom will send it on Friday 13th.", author=JANE, to=(SAM.email,), known=known, thread=(8,),
                     sent_at=MONDAY)
    assert [(c.task_id, c.new_due) for c in extraction.changes] == [(8, date(2026, 11, 13))]
    assert extraction.tasks == []


# ---- from fresh157-160 (read once fresh161-164 took their place): decisions said plainly


@pytest.mark.parametrize(("text", "summary", "why"), [
    ("No drone, then: we'd rather put the money into the dinner.", "No drone", "money into the dinner"),
    ("No Klarna – we've decided against buy-now-pay-later altogether, as we don't think it sits well with selling alcohol.",
     "No Klarna", "alcohol"),
    ("Because the sea-cans stay on the east side, we moved the main entrance to the south side, facing the road.",
     "Moved the main entrance to the south side", "sea-cans stay on the east side"),
    (("About the TV: we talked with Tom yesterday and we stay online only, no TV spot for now — between the licence and the "
     "airtime it is too expensive for this year."), "Stay online only, no TV spot", "too expensive"),
])
def test_a_plain_decision_with_its_reason(text: str, summary: str, why: str) -> None:
    [decision] = recordable(run(f"Hi Sam,\n\n{text}", author=JANE, to=(SAM.email,))).decisions
    assert decision.summary.startswith(summary) and why in (decision.rationale or "")


@pytest.mark.parametrize("text", ["No problem: we can send it Monday.", "Because of the holiday, we moved the call to Tuesday."])
def test_no_decision_in_a_courtesy_or_a_day_moved(text: str) -> None:
    assert recordable(run(f"Hi Sam,\n\n{text}", author=JANE, to=(SAM.email,))).decisions == []


def test_what_a_thing_is_kept_as_is_no_reason() -> None:
    [decision] = recordable(run("Hi Sam,\n\nWe're keeping it as a backup rather than scrapping it.", author=JANE,
                                to=(SAM.email,))).decisions
    assert "backup" in decision.summary and decision.rationale is None


def test_taking_photos_is_work_not_a_pick() -> None:
    extraction = recordable(run("Hi Jane,\n\nRooms 3 and 4 are being painted. I will take new photos of them when the painter is "
                                "finished, I think by 18/11.", author=SAM, to=(JANE.email,)))
    assert extraction.decisions == []
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [("Take new photos of them", SAM.email, date(2026, 11, 18))]


def test_if_all_goes_well_is_no_condition() -> None:
    extraction = recordable(run("Hi Jane,\n\nIf all goes well we can have the final logo with all the files by 27 November.",
                                author=SAM, to=(JANE.email,)))
    assert [(t.owner, t.due) for t in extraction.tasks] == [(SAM.email, date(2026, 11, 27))]
    assert recordable(run("Hi Jane,\n\nIf you sign off before 18/11, we can ship on 20/11.", author=SAM, to=(JANE.email,))).tasks == []


# ---- a team writing Russian to itself


_RU_MEMBERS = (Person("aigerim@shynlabs.kz", "Aigerim Nurlanovna", "team", "Asia/Almaty", "DMY"),
               Person("ruslan@shynlabs.kz", "Ruslan Akhmetov", "team", "Asia/Almaty", "DMY"),
               Person("daniyar@shynlabs.kz", "Daniyar Seitkali", "team", "Asia/Almaty", "DMY"))
_RU_MONDAY = datetime.fromisoformat("2026-11-02T10:05:12+05:00")


def test_a_request_to_a_colleague_in_russian_names_them_in_cyrillic() -> None:
    extraction = recordable(run("Ребята, привет!\n\nРуслан, сделай, пожалуйста, 3 варианта app icon до 20.11. Стиль - их старая "
                                "этикетка.", author=_RU_MEMBERS[0], to=(_RU_MEMBERS[1].email,), members=_RU_MEMBERS, sent_at=_RU_MONDAY))
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [
        ("Сделай 3 варианта app icon", "ruslan@shynlabs.kz", date(2026, 11, 20))]


def test_can_you_in_russian_by_a_weekday() -> None:
    extraction = recordable(run("Привет.\n\nРуслан, можешь подготовить splash screen до четверга?", author=_RU_MEMBERS[2],
                                to=(_RU_MEMBERS[1].email,), members=_RU_MEMBERS, sent_at=_RU_MONDAY))
    assert [(t.owner, t.due) for t in extraction.tasks] == [("ruslan@shynlabs.kz", date(2026, 11, 5))]
    assert extraction.questions == []


def test_a_decision_and_a_question_in_russian() -> None:
    extraction = recordable(run("Ребята, привет!\n\nРешили делать на Flutter, а не нативно, потому что у клиента нет бюджета на две "
                                "платформы.\n\nВопрос: кто знает, какой платежный провайдер работает на Кюрасао?",
                                author=_RU_MEMBERS[0], to=(_RU_MEMBERS[1].email,), members=_RU_MEMBERS, sent_at=_RU_MONDAY))
    [decision] = extraction.decisions
    assert "Flutter" in decision.summary and "бюджета" in (decision.rationale or "")
    assert [q.text for q in extraction.questions] == ["Кто знает, какой платежный провайдер работает на Кюрасао?"]


def test_a_russian_request_without_a_day_is_left_alone() -> None:
    extraction = recordable(run("Привет.\n\nРуслан, сделай, пожалуйста, app icon.", author=_RU_MEMBERS[0],
                                to=(_RU_MEMBERS[1].email,), members=_RU_MEMBERS, sent_at=_RU_MONDAY))
    assert extraction.tasks == []
