"""Work already on record, followed through a later mail: a new day said apart from the slip
("Friday won't work for the mockups ... Monday 9th latest, first thing", "... won't make Friday.
Let's say Wednesday 25th."), a promise that names the work short ("I will send you the footage on
Monday 16/11 by WeTransfer"), the day of whoever takes it over ("He promised them to me for Friday
(13/11)"), a day for work put first ("For the importers list, it will be more the end of the
month"); a request that only says how dated work should come adds no task; files said to be on
WeTransfer close the writer's one task on the thread.  The positive probes must change exactly
that work; the guards keep other work, other wording and other people's points unchanged."""
from __future__ import annotations

from datetime import date, datetime

from extraction_probe import JANE, PRIYA, SAM, TOM, run

from ingest.extraction import Extraction, KnownTask, Person

MOCKUPS = KnownTask(1, "Have the mockups for the search widget", SAM.email, date(2026, 11, 6))
CALENDAR = KnownTask(2, "Have the availability calendar connected on staging", SAM.email, date(2026, 11, 20))
FOOTAGE = KnownTask(3, "Send you the drone footage of the route", SAM.email, date(2026, 11, 10))
DRAWINGS = KnownTask(4, "Get us the updated GA drawings for the four 30 bbl fermenters", SAM.email, date(2026, 11, 6))
BROCHURE = KnownTask(5, "Send the brochure text", TOM.email, date(2026, 11, 5))
TUESDAY = datetime.fromisoformat("2026-11-10T09:30:00+00:00")


def _run(text: str, author: Person, known: tuple[KnownTask, ...], thread: tuple[int, ...],
         sent_at: datetime | None = None) -> Extraction:
    return run(text, author=author, to=(JANE.email,), known=known, thread=thread,
               **({"sent_at": sent_at} if sent_at is not None else {}))


def _changes(result: Extraction) -> list[tuple[int | None, str | None, date | None]]:
    return sorted((c.task_id, c.status, c.new_due) for c in result.changes)


def test_a_day_that_will_not_work_then_the_day_said_alone_moves_the_work() -> None:
    found = _run("Friday won't work for the mockups, sorry. I'm in Vieux Fort Thursday and Friday with my mum "
                 "(hospital appointments, nothing serious). Monday 9th latest, first thing.", SAM, (MOCKUPS, CALENDAR), (1, 2))
    assert _changes(found) == [(1, None, date(2026, 11, 9))]
    # (the days the writer is away are not the new one, and a day alone with no slip before moves nothing)
    assert _changes(_run("Friday won't work for the mockups, sorry. I'm in Vieux Fort Thursday and Friday.", SAM,
                         (MOCKUPS, CALENDAR), (1, 2))) == [(1, None, None)]
    assert _changes(_run("Thanks for the notes. Monday 9th latest, first thing.", SAM, (MOCKUPS, CALENDAR), (1, 2))) == []


def test_lets_say_a_day_after_a_missed_one_is_the_new_date_not_a_decision() -> None:
    found = _run("MMK gave us a sandbox key on Wednesday, not the production one. So the availability calendar on staging "
                 "won't make Friday. Let's say Wednesday 25th.", SAM, (MOCKUPS, CALENDAR), (1, 2))
    assert _changes(found) == [(2, None, date(2026, 11, 25))]
    assert found.decisions == []
    # (what to say in a text is still a choice)
    wording = _run('Let\'s say "registered with FINTRAC" in the release and keep the word "regulated" out of it.', JANE, (), ())
    assert [d.summary for d in wording.decisions] != []


def test_a_promise_naming_the_work_short_moves_the_writers_task_on_the_thread() -> None:
    found = _run("We fly on Saturday 14th and I will send you the footage on Monday 16/11 by WeTransfer, original 5.1K "
                 "files from the Mavic 3 Pro.", SAM, (FOOTAGE, MOCKUPS), (3, 1))
    assert _changes(found) == [(3, None, date(2026, 11, 16))]
    assert found.tasks == []
    # (the fermenters are what the drawings are for, not the drawings)
    other = _run("About the delivery: we plan to deliver the four fermenters at your brewery on Monday 23rd.", SAM,
                 (DRAWINGS,), (4,))
    assert _changes(other) == []


def test_a_request_that_says_how_dated_work_should_come_adds_no_task() -> None:
    theirs = KnownTask(6, "Send you the drone footage of the route", TOM.email, date(2026, 11, 10))
    how = run("Tom, a small request: please send the drone footage via WeTransfer or Dropbox, in the original files "
              "(not compressed by WhatsApp).", author=SAM, to=(TOM.email, JANE.email), known=(theirs,), thread=(6,))
    assert how.tasks == []
    more = run("Tom, please send us the drone footage also in ProRes, for the colourist.", author=SAM,
               to=(TOM.email, JANE.email), known=(theirs,), thread=(6,))
    assert [t.owner for t in more.tasks] == [TOM.email]


def test_whoever_takes_the_work_over_gives_its_day_a_sentence_later() -> None:
    texts = KnownTask(7, "Send us these descriptions", JANE.email, date(2026, 11, 11))
    found = _run("The descriptions: Tom will write them, he knows the details of the trails much better than me. "
                 "He promised them to me for Friday (13/11).", JANE, (texts,), (7,), TUESDAY)
    assert [(c.task_id, c.new_owner, c.new_due) for c in found.changes] == [(7, TOM.email, date(2026, 11, 13))]
    hotels = KnownTask(8, "Send you a shortlist of hotels in the Medina for your team", SAM.email, date(2026, 11, 9))
    friday = datetime.fromisoformat("2026-11-13T16:50:00+01:00")
    text = ("From now on Priya takes over the hotels and the dinner, she knows them better than me. She will send you the {} "
            "by Thursday 19th (Wednesday the 18th is our Independence Day, the office is closed).")
    handed = _run(text.format("shortlist"), SAM, (hotels,), (8,), friday)
    assert (8, PRIYA.email, date(2026, 11, 19)) in [(c.task_id, c.new_owner, c.new_due) for c in handed.changes]
    assert handed.tasks == []
    # (other work a sentence later gives the hotels no day)
    other = _run(text.format("invoice"), SAM, (hotels,), (8,), friday)
    assert [(c.task_id, c.new_owner, c.new_due) for c in other.changes] == [(8, PRIYA.email, None)]


def test_a_later_day_for_work_put_first_moves_that_work() -> None:
    importers = KnownTask(9, "The list of the ~40 importers who should get an account, with a contact person", JANE.email,
                          date(2026, 11, 13))
    prices = KnownTask(10, "Send the price list", JANE.email, date(2026, 11, 13))
    found = _run("For the importers list, it will be more the end of the month, sorry. I must check first with our "
                 "agents in Helsinki and Stockholm who is still active.", JANE, (importers, prices), (9, 10))
    assert _changes(found) == [(9, None, date(2026, 11, 30))]


def test_the_one_asked_to_choose_saying_others_must_choose_has_not_answered() -> None:
    students = KnownTask(11, "Choose 12 students and send us the list with their availability", JANE.email, date(2026, 11, 11))
    found = _run("Sorry, the list of the students I can only send you on Friday. This week half of the teachers are in "
                 "the Erasmus+ meeting in Porto and I need them to choose the students from their groups.", JANE,
                 (students,), (11,), TUESDAY)
    assert _changes(found) == [(11, None, date(2026, 11, 13))]


def test_files_said_to_be_shared_close_the_writers_one_task_on_a_thread_with_other_work() -> None:
    footage = KnownTask(12, "Upload all the drone and GoPro footage", JANE.email, date(2026, 11, 5))
    assert _changes(_run("All the original files are on WeTransfer now, link below.", JANE, (footage, BROCHURE),
                         (12, 5))) == [(12, "done", None)]
    # (how the work was done, or a point of the discussion, closes nothing there)
    assert _changes(_run("Everything was tested in grams.", JANE, (footage, BROCHURE), (12, 5))) == []
    assert _changes(_run("This is covered in the consent script (section 2).", JANE, (footage, BROCHURE), (12, 5))) == []


def test_work_put_in_a_drive_folder_path_is_done() -> None:
    boards = KnownTask(13, "Provide the moodboards of the three directions", JANE.email, date(2026, 11, 10))
    assert _changes(_run('Moodboards ready: the moodboards are in Drive > CEM > 01_Moodboards (direction A "Minerai", '
                         'B "Lagon", C "Acier").', JANE, (boards,), (13,))) == [(13, "done", None)]


def test_them_asked_for_after_what_we_need_takes_in_both_things_of_the_list() -> None:
    asked = run("To start, we need the current label files (AI or PDF) and the nutrition facts table of the export version. "
                "Jane, could you send them by Thursday?", author=SAM, to=(JANE.email, TOM.email))
    assert [(t.title, t.owner, t.due) for t in asked.tasks] == [
        ("Send the current label files and the nutrition facts table of the export version", JANE.email, date(2026, 11, 5))]
    # (a thing named in the request itself is what is asked for)
    named = run("We need some data of the board (thickness, coating) before we start the dielines. Could you send us their "
                "technical sheet by Wednesday?", author=SAM, to=(JANE.email,))
    assert [t.title for t in named.tasks] == ["Send us their technical sheet"]
