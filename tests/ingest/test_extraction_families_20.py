"""Families added on 2026-12-05 (nineteenth session) from the scenario sets fresh97-100, read
once fresh101-104 were written to take their place as the held-out pool: work asked of two
people or of someone outside the project ("Could you and Joy send ...", "Could Lærke go
through ..."), asked for by a day whatever the verb ("Could you work it into ... by
Wednesday?", "Can I see a first version ... Thursday EOD?"), what "it" and "them" point back
to ("... we need your current tour list: ... Could you send it over?"); hand-overs said in
more ways ("Attached are the budget and our invoice for the first 50%", "The photos are on
WeTransfer: <link>", a file attached whose words match the work); reasons said in more ways
(", so it matches the school colours", "If the Aaton gets stuck in customs we have no shoot",
"after last summer's no-shows", ", 'cause DHL wants ..."); questions that point back ("Can we
keep those ...?") or are answered by a topic ("- Jessica, about the reviews: yes"); and
courtesy that asks nothing ("Kindly confirm receipt.").
Positive probes must fire with the right fields; negative probes must not."""
from __future__ import annotations

from datetime import date

import pytest
from extraction_probe import JANE, MEMBERS, MONDAY, PRIYA, SAM, run

from ingest.answers import answers
from ingest.extraction import Extraction, ExtractionContext, KnownTask, extract
from ingest.item_phrasing import split_rationale


def _done(found: Extraction) -> list[int | None]:
    return [c.task_id for c in found.changes if c.status == "done"]


def _mail(body: str, greeting: str = "Hi Sam,", closing: str = "Thanks,\nJane") -> str:
    return f"{greeting}\n\n{body}\n\n{closing}"


# ---- requests


@pytest.mark.parametrize(("text", "title", "owner", "due"), [
    # two people asked: nobody owns it alone
    ("Could you and Tom send your comments on the draft by Tuesday, November 24?", "Send your comments on the draft", None,
     date(2026, 11, 24)),
    ("Could you or Tom sign off on it by Friday?", "Sign off on it", None, date(2026, 11, 6)),
    # the one addressed, helped by someone outside the project
    ("Could you and your dad pick one direction by Friday the 13th?", "Pick one direction", SAM.email, date(2026, 11, 13)),
    # someone outside the project, by a day: the work, with no owner
    ("Could Lærke go through the red rows by Wednesday?", "Go through the red rows", None, date(2026, 11, 4)),
    # a day asked for makes any verb work
    ("Could you work it into the two deletion screens by Wednesday?", "Work it into the two deletion screens", SAM.email,
     date(2026, 11, 4)),
    ("Could you show sold-out slots greyed out instead, by Tuesday 24th?", "Show sold-out slots greyed out", SAM.email,
     date(2026, 11, 24)),
    # to see it by a day is to be sent it
    ("Can I see a first version of the media list Thursday EOD?", "Send a first version of the media list", SAM.email,
     date(2026, 11, 5)),
    # to confirm a booking today is to make it
    ("Please confirm the Hapag booking with Gustavo today, so he doesn't release the slot.",
     "Confirm the Hapag booking with Gustavo", SAM.email, date(2026, 11, 2)),
])
def test_requests_asked_as_people_ask(text: str, title: str, owner: str | None, due: date) -> None:
    found = run(_mail(text))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [(title, owner, due)]
    assert found.questions == []


@pytest.mark.parametrize("text", [
    "Which vessel can you get us on, and what would be the ETA in Singapore?",
    "What time could you send the deck?",
    "Can I see the venue?",
    "Could Monday work for you?",
])
def test_questions_about_work_are_no_request(text: str) -> None:
    found = run(_mail(text))
    assert found.tasks == []
    assert [q.text for q in found.questions] == [text]


def test_a_request_after_a_comma_is_still_one() -> None:
    found = run(_mail("When you get a chance, could you send the deck?"))
    assert [t.title for t in found.tasks] == ["Send the deck"]


@pytest.mark.parametrize(("text", "title", "due"), [
    (("To get going we need your current tour list: names, durations, prices and the days each tour runs. "
     "Jane, would you be able to send it over by Friday?"), "Send your current tour list", date(2026, 11, 6)),
    (("It would help us a lot to have your comments, and those of the front-desk team, by Tuesday 17th. "
     "Jane, would you be able to collect them and send them over in one mail?"),
     "Collect your comments and send them over in one mail", date(2026, 11, 17)),
])
def test_what_it_and_them_point_back_to(text: str, title: str, due: date) -> None:
    found = run(_mail(text, greeting="Dear Jane,", closing="Best,\nSam"), author=SAM, to=(JANE.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [(title, JANE.email, due)]


def test_please_is_no_name_before_a_request() -> None:
    found = run(_mail("For this we'll need the keys of the three apartments until Friday 13, because the deep clean is "
                      "in the week after. Please, can you send us also the AL licence numbers of the three apartments?",
                      greeting="Dear Jane,", closing="Best,\nSam"), author=SAM, to=(JANE.email,))
    assert any("licence numbers" in t.title and "keys" not in t.title for t in found.tasks)


def test_a_clause_opening_with_whether_is_no_work() -> None:
    found = run(_mail("Please find attached the data dictionary for the additional fields (one page, 14 fields), e.g. ED "
                      "visits in the prior 6 months, and whether a follow-up appointment was booked before discharge.",
                      greeting="Hi Jane,", closing="Best,\nSam"), author=SAM, to=(JANE.email,),
                known=(KnownTask(1, "Send us a one-page data dictionary of the fields you need", SAM.email),), thread=(1,))
    assert found.tasks == []
    assert _done(found) == [1]


# ---- hand-overs


@pytest.mark.parametrize(("text", "title"), [
    # a first something of the other thing handed over is no stage of this one
    ("Attached are the production budget broken down by line (xlsx) and our invoice for the first 50%, USD 19,000.",
     "Send us the production budget broken down line by line"),
    # late, but here
    ("Attached are the shot list and the mood board, sorry they're a few days late.", "Send you the shot list and a mood board"),
    # where it is, then the link or the path
    ("The photos are on WeTransfer: https://we.tl/t-Gb7xK2mQ9a (the link is valid for a week).",
     "Send us some high-resolution photos of the stillhouse"),
    ("The extract is on your SFTP: /inbound/lakeshore/readmit_extract.csv.gpg (412 MB).",
     "Send the de-identified extract to your SFTP"),
])
def test_hand_overs_said_in_more_ways(text: str, title: str) -> None:
    found = run(_mail(text, greeting="Hi Jane,", closing="Best,\nSam"), author=SAM, to=(JANE.email,),
                known=(KnownTask(1, title, SAM.email),), thread=(1,))
    assert _done(found) == [1]
    assert [c.new_due for c in found.changes] == [None]


def _with_file(text: str, known: tuple[KnownTask, ...]) -> Extraction:
    """``text`` from Sam to Jane on the thread of ``known``, with one file attached."""
    ctx = ExtractionContext(author=SAM, sent_at=MONDAY, members=MEMBERS, to=(JANE.email,),
                            known_tasks=known, thread_tasks=tuple(k.id for k in known),
                            thread_task_id=known[0].id if len(known) == 1 else None, attachments=1)
    return extract(_mail(text, greeting="Hi Jane,", closing="Best,\nSam"), ctx)


def test_a_file_attached_whose_words_match_the_work_delivers_it() -> None:
    found = _with_file("Revised release attached (DRAFT2). Could you look it over by Thursday?",
                       (KnownTask(1, "Share the revised draft", SAM.email),))
    assert _done(found) == [1]


@pytest.mark.parametrize("text", [
    # a file about something else
    "Summary of the call attached.",
    # attached, the work itself still promised
    "Minutes of Monday's call attached, the revised draft itself will follow next week.",
])
def test_a_file_attached_about_other_things_delivers_nothing(text: str) -> None:
    found = _with_file(text, (KnownTask(1, "Share the revised draft", SAM.email),))
    assert _done(found) == []


# ---- reasons


@pytest.mark.parametrize(("body", "summary", "why"), [
    ("go with the green shade sail rather than the blue, so it matches the school colours",
     "go with the green shade sail rather than the blue", "it matches the school colours"),
    ("not to take deposits any more after last summer's no-shows - a ten-pound deposit simply didn't stop people",
     "not to take deposits any more", "after last summer's no-shows - a ten-pound deposit simply didn't stop people"),
    ("switch couriers after the recent delays in Lagos", "switch couriers", "after the recent delays in Lagos"),
    ("Go with FedEx instead of DHL, 'cause DHL wants a separate commercial invoice for every gown",
     "Go with FedEx instead of DHL", "DHL wants a separate commercial invoice for every gown"),
    ("Go with Allen-Bradley instead of the Siemens – every other line in the plant is Rockwell",
     "Go with Allen-Bradley instead of the Siemens", "every other line in the plant is Rockwell"),
    ("Prepare the accounts under FRS 102 Section 1A, as full FRS 102 would be overkill for a company of this size",
     "Prepare the accounts under FRS 102 Section 1A", "full FRS 102 would be overkill for a company of this size"),
])
def test_reasons_said_in_more_ways(body: str, summary: str, why: str) -> None:
    assert split_rationale(body) == (summary, why)


@pytest.mark.parametrize("body", [
    "meet after the last session",
    "Send it as soon as possible",
    "Let's do it, as discussed",
])
def test_what_is_no_reason(body: str) -> None:
    assert split_rationale(body)[1] is None


def test_the_risk_avoided_in_the_next_sentence_is_the_reason() -> None:
    found = run(_mail("Let's rent the Arri locally. If the Aaton gets stuck in customs in Memphis we have no shoot at all.",
                      greeting="Hi all,"))
    assert [(d.summary, d.rationale) for d in found.decisions] == [
        ("Rent the Arri locally", "If the Aaton gets stuck in customs in Memphis we have no shoot at all")]


def test_news_of_work_done_is_no_reason() -> None:
    found = run(_mail("We've decided on the Drake's Sky Yard for the launch breakfast. Contract signed this morning.",
                      greeting="Hi all,"))
    assert [d.rationale for d in found.decisions] == [None]


# ---- questions


def test_a_question_that_points_back_keeps_what_it_points_to() -> None:
    found = run(_mail("We have about 3,800 Yotpo reviews on the current site. Can we keep those, or do they go away when "
                      "we move?"))
    assert [q.text for q in found.questions] == [
        "We have about 3,800 Yotpo reviews on the current site. Can we keep those, or do they go away when we move?"]


@pytest.mark.parametrize(("question", "reply"), [
    ("One question from my side: do you already have a local architect of record in Riyadh?",
     "Dear Noura,\n\nNoura, on your architect-of-record question: yes, we work with Bayt Al Omran in Riyadh."),
    ('Can the emails have a "Book now" button that goes straight to our booking page?',
     "Hi,\n\nA few updates:\n- Bea sent the test emails.\n- On the Book now button: yes, every email has one."),
    ("We have about 3,800 Yotpo reviews on the current site. Can we keep those, or do they go away when we move?",
     "Hi all,\n\n- Mike, thanks for the export.\n- Jessica, about the reviews: yes, they come over.\n- Staging is next."),
])
def test_answers_headed_by_their_topic(question: str, reply: str) -> None:
    assert answers(question, reply)


def test_a_topic_the_question_does_not_name_answers_nothing() -> None:
    assert not answers("Can we keep the reviews when we move?",
                       "Hi all,\n\n- Jessica, about the invoices: yes, they are paid.")


@pytest.mark.parametrize("text", ["Kindly confirm receipt.", "Please kindly advise.",
                                  "Please confirm receipt of the documents.", "Can I have till Monday 23rd for the 15?"])
def test_courtesy_and_more_time_are_no_open_question(text: str) -> None:
    assert run(_mail("The files are attached. " + text)).questions == []


# ---- work that waits, and work begun


def test_the_topic_led_with_is_what_they_are() -> None:
    found = run(_mail("Bad news on the renders of A and C: they're blocked until we get the brand standards from the client.",
                      closing="Thanks,\nPriya"), author=PRIYA, to=(SAM.email,),
                known=(KnownTask(1, "Exterior renders of options A and C", PRIYA.email), KnownTask(2, "Update the Revit model", SAM.email)),
                thread=(1, 2))
    assert [(c.task_id, c.status) for c in found.changes] == [(1, "blocked")]


def test_work_begun_that_cannot_be_finished_waits() -> None:
    found = run(_mail("I have started on the visa invitation letter template, but I cannot finish it until I have your "
                      "letterhead and your CAC registration number.", greeting="Hi Jane,", closing="Best,\nSam"),
                author=SAM, to=(JANE.email,), known=(KnownTask(1, "Draft the visa invitation letter template", SAM.email),),
                thread=(1,))
    assert [(c.task_id, c.status) for c in found.changes] == [(1, "blocked")]


def test_begun_is_not_done() -> None:
    found = run(_mail("I have started on the visa invitation letter template.", greeting="Hi Jane,", closing="Best,\nSam"),
                author=SAM, to=(JANE.email,), known=(KnownTask(1, "Draft the visa invitation letter template", SAM.email),),
                thread=(1,))
    assert _done(found) == []


def test_what_the_thing_comes_from_is_not_the_thing() -> None:
    capture = KnownTask(1, "Send us a 60-second gameplay capture from the Switch build", SAM.email)
    found = run(_mail("Thanks, the build is installed on three devkits and the first impressions are very good.",
                      greeting="Hi Sam,", closing="Best,\nJane"), known=(capture,), thread=(1,))
    assert _done(found) == []
    found = run(_mail("The gameplay capture is on the portal.", greeting="Hi Jane,", closing="Best,\nSam"),
                author=SAM, to=(JANE.email,), known=(capture,), thread=(1,))
    assert _done(found) == [1]


# ---- asked whether, and small talk


def test_whether_it_can_be_done_is_a_question() -> None:
    found = run(_mail("Would it be possible to add five cases of the Gran Reserva Malbec to the container, for the launch dinner?"))
    assert found.tasks == []
    assert len(found.questions) == 1


def test_whether_it_can_be_done_by_a_day_is_a_request() -> None:
    found = run(_mail("Would it be possible to send the deck by Friday?"))
    assert [(t.title, t.due) for t in found.tasks] == [("Send the deck", date(2026, 11, 6))]


@pytest.mark.parametrize("text", ["How is the weather in London this week?",
                                  "I realise that is after the board meeting on the 12th; if that is a problem, please tell us."])
def test_small_talk_and_an_open_door_ask_nothing(text: str) -> None:
    assert run(_mail(text)).questions == []


def test_a_question_about_a_weather_station_is_one() -> None:
    assert [q.text for q in run(_mail("Is the weather station installed?")).questions] == ["Is the weather station installed?"]


def test_a_number_of_things_needed_by_a_day_is_asked_for() -> None:
    found = run(_mail("Sam, we need three massing options by Wednesday 11 November, so that the board can choose one."))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [("Provide three massing options", SAM.email, date(2026, 11, 11))]


def test_more_time_needed_is_no_thing_asked_for() -> None:
    found = run(_mail("We need two more weeks for the API."), known=(KnownTask(1, "Build the API", SAM.email),), thread=(1,))
    assert found.tasks == []
    assert [c.new_due for c in found.changes] == [date(2026, 11, 16)]


# ---- which day is the due day


@pytest.mark.parametrize(("text", "due"), [
    # the day of the event the work is for, then the day it is due by
    ("I'll send you a Teams invitation for the board presentation on the 18th by Tuesday.", date(2026, 11, 3)),
    ("I'll book the crane for offloading the containers on Tuesday 24 November, and confirm the booking by Thursday.",
     date(2026, 11, 5)),
    # the day it is done on, then what that day is for
    ("I'll send you the briefing book on Sunday evening so you can read it before Monday.", date(2026, 11, 8)),
])
def test_the_day_it_is_due_by(text: str, due: date) -> None:
    found = run(_mail(text, greeting="Hi Jane,", closing="Best,\nSam"), author=SAM, to=(JANE.email,))
    assert [t.due for t in found.tasks] == [due]
