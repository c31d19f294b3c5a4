"""Work asked for or promised in words the rules missed: a need said after what it is for ("To
keep to the Darwin Plus timetable we would be very grateful for the preliminary design report
... by Friday 13 November", "..., so realistically we would need the draft report by Monday 7th
December"), a first cut wished for ("A first homepage concept by Friday week would be ace"), an
answer promised for a day on a named subject ("I'll come back to you about the school concert by
Friday", "He will answer you about the training himself on Monday"), a verb that ends like a past
("Could you embed the widget ..."), and the day of the next cut given to the timecoded notes it
carries.  Given answers close the promise ("As promised, on the GAFI point: ...").  The guards
keep undated, topicless and other people's sentences as they were."""
from __future__ import annotations

from datetime import date, datetime

from extraction_probe import JANE, PRIYA, SAM, TOM, run

from ingest.extraction import Extraction, KnownTask

FRIDAY_13 = datetime.fromisoformat("2026-11-13T09:00:00+00:00")


def _tasks(result: Extraction) -> list[tuple[str, str | None, date | None]]:
    return sorted((t.title, t.owner, t.due) for t in result.tasks)


def test_a_need_said_after_what_it_is_for_is_asked_of_the_reader() -> None:
    found = run("To keep to the Darwin Plus timetable we would be very grateful for the preliminary design report "
                "(panel layout, battery sizing and the rainwater side) by Friday 13 November. I know that is tight.")
    assert _tasks(found) == [("Provide the preliminary design report", SAM.email, date(2026, 11, 13))]
    # (the day it is for, said first, is not the day it is due)
    bat = run("To keep the delivery of 04/12, we need your signed BAT (bon à tirer) by 17/11 at the latest.")
    assert _tasks(bat) == [("Provide your signed BAT", SAM.email, date(2026, 11, 17))]
    # (and a purpose with nobody asked stays a plan)
    assert run("To keep to the timetable the printer starts on Monday.").tasks == []


def test_a_need_after_a_long_lead_and_an_adverb_is_asked_of_the_reader() -> None:
    found = run("As discussed, the research has to feed into our application to the Manx Lottery Trust, which closes on "
                "Friday 18th December, so realistically we would need the draft report by Monday 7th December at the "
                "latest, to give the trustees time to read it.")
    assert _tasks(found) == [("Provide the draft report", SAM.email, date(2026, 12, 7))]


def test_a_first_cut_wished_for_by_a_day_is_asked_of_the_reader() -> None:
    found = run("Could you send through a sitemap by Thursday so Tom can look at it before he heads out on Friday?\n"
                "A first homepage concept by Friday week would be ace.")
    assert _tasks(found) == [("Provide a first homepage concept", SAM.email, date(2026, 11, 13)),
                             ("Send through a sitemap", SAM.email, date(2026, 11, 5))]
    # (a reply wished for is no deliverable)
    assert run("A reply by Friday would be great.").tasks == []


def test_an_answer_promised_for_a_day_on_a_named_subject_is_the_writers_task() -> None:
    found = run("The school: I love the idea, but I have to ask the musicians first. I'll come back to you about the "
                "school concert by Friday.", author=SAM, to=(JANE.email,))
    assert _tasks(found) == [("Come back to you about the school concert", SAM.email, date(2026, 11, 6))]
    # (no day, or no subject: nothing to hold anyone to)
    assert run("I'll come back to you about the school concert.", author=SAM, to=(JANE.email,)).tasks == []
    assert run("I'll come back to you by Wednesday.", author=SAM, to=(JANE.email,)).tasks == []


def test_a_colleague_the_sentence_before_is_about_promises_the_answer() -> None:
    found = run("Priya is at a conference in Vienna until today. She will answer you about the training herself on "
                "Monday (16 November), because it depends on the budget.", author=SAM, to=(JANE.email,), sent_at=FRIDAY_13)
    assert _tasks(found) == [("Answer you about the training", PRIYA.email, date(2026, 11, 16))]
    # (two people named before: whose promise it is, the sentence does not say)
    both = run("Priya and Tom are at a conference in Vienna until today. She will answer you about the training on "
               "Monday (16 November).", author=SAM, to=(JANE.email,), sent_at=FRIDAY_13)
    assert [t.owner for t in both.tasks] != [PRIYA.email]


def test_the_answer_promised_on_a_point_closes_that_promise() -> None:
    gafi = KnownTask(1, "Come back to you on the GAFI point", SAM.email, date(2026, 11, 23))
    documents = KnownTask(2, "Send us the list of documents you need from our side", SAM.email, None)
    found = run("As promised, on the GAFI point: our correspondents in Cairo confirm that GAFI approval is needed before "
                "the share transfer, not after.", author=SAM, to=(JANE.email,), known=(gafi, documents), thread=(1, 2))
    assert [(c.task_id, c.status) for c in found.changes] == [(1, "done")]


def test_a_verb_that_ends_like_a_past_is_asked_for() -> None:
    found = run("Can Priya embed the widget on the landing page by Friday 20th?", to=(TOM.email,))
    assert _tasks(found) == [("Embed the widget on the landing page", PRIYA.email, date(2026, 11, 20))]
    assert found.questions == []


def test_the_next_cut_dates_the_timecoded_notes_it_carries() -> None:
    found = run("We watched the rough cut. His notes:\n\n"
                "0:14 – the shot of the nuraghe is too short, can you hold it 2 seconds more?\n"
                "1:02 – the bottle has the old label! Please replace with the 2022 Riserva\n"
                "1:20 – the music here is perfect, don't touch\n\n"
                "Can you send us the new version with these changes by Friday 13th?")
    assert [(t.title[:4], t.due) for t in found.tasks] == [("0:14", date(2026, 11, 13)), ("1:02", date(2026, 11, 13))]
    # (without notes, the new version is the work)
    alone = run("Can you send us the new version by Friday 13th?")
    assert _tasks(alone) == [("Send us the new version", SAM.email, date(2026, 11, 13))]


def test_a_promise_inside_the_thing_promised_leaves_its_day_to_the_promise() -> None:
    found = run("I will send you the list of the five farmers we will film by Wednesday 18 November.", author=SAM,
                to=(JANE.email,))
    assert [(t.owner, t.due) for t in found.tasks] == [(SAM.email, date(2026, 11, 18))]
    # (a promise of its own, after a comma, is work of its own)
    two = run("I will send you the list of farmers, and we will film them by Wednesday 18 November.", author=SAM,
              to=(JANE.email,))
    assert all(t.title != "Send you the list of farmers" or t.due is None for t in two.tasks)


def test_orders_listed_under_could_you_are_the_readers() -> None:
    found = run('Two small fixes, could you:\n- change "the ferry company" to "SPM Ferries" on page 2, and\n'
                "- correct the crossing time on page 3\n\nAbout the photos: still looking.")
    assert _tasks(found) == [('Change "the ferry company" to "SPM Ferries" on page 2', SAM.email, None),
                             ("Correct the crossing time on page 3", SAM.email, None)]
    # (bullets that are not orders, or a list with no ask over it, give no work)
    assert run("Could you please:\n- the logo on page 2\n- the typo on page 3").tasks == []
    assert run("Our changes so far:\n- update the logo on page 2\n- fix the typo on page 3").tasks == []


def test_both_corrections_made_later_in_the_mail_close_both_of_the_writers_tasks() -> None:
    ferries = KnownTask(1, 'Change "the ferry company" to "SPM Ferries" on page 2', SAM.email, None)
    crossing = KnownTask(2, "Correct the crossing time on page 3", SAM.email, None)
    found = run("Here is version 3 of the leaflet. Both corrections are made.", author=SAM, to=(JANE.email,),
                known=(ferries, crossing), thread=(1, 2))
    assert sorted((c.task_id, c.status) for c in found.changes) == [(1, "done"), (2, "done")]
    # (three open on the thread: which two, "both" does not say)
    third = KnownTask(3, "Send the print files", SAM.email, None)
    three = run("Here is version 3 of the leaflet. Both corrections are made.", author=SAM, to=(JANE.email,),
                known=(ferries, crossing, third), thread=(1, 2, 3))
    assert sorted(c.task_id for c in three.changes if c.status == "done") != [1, 2, 3]
    # (later in a mail, "both" said of anything else closes nothing)
    catalogue = run("Thanks for the list. Both are in our catalogue on page 12.", author=SAM, to=(JANE.email,),
                    known=(ferries, crossing), thread=(1, 2))
    assert catalogue.changes == []
