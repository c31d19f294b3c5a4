"""Work handed on, days moved off a day that turned out to be off, and things said in ways the
rules missed.  Hand-overs: "so Binta, you take the animated map, same date", "so you take the
product page template instead of him", "please do the wave icons yourself, same date", "so I
will make the icon set myself, same date" (the same date says the work is already someone's),
and the day said after one ("..., so I will send the plantation photos myself, by Wednesday
11/11").  A day off: "Monday 28 December is a bank holiday here ... Please plan go-live for
Tuesday 29 December instead" moves the work due on the 28th.  What is fronted before "I will
translate myself" is the thing translated.  A file handed over in French by a colleague of the
work's owner closes it, and "The staging site is up" closes "Set up a staging environment".
Office banter in the team's language ("¿quién trae la chipa el viernes?") asks nothing.  The
guards keep a promise of help, a day off that is no work's day, a bare site and a question about
who does the work as they were."""
from __future__ import annotations

from datetime import date, datetime

from extraction_probe import JANE, MONDAY, PRIYA, SAM, TOM, run

from ingest.extraction import ExtractionContext, KnownTask, Person, extract

_MAP = KnownTask(5, "Make the animated map of Belize and the Toledo district", SAM.email, date(2026, 11, 25))
_DECEMBER = datetime.fromisoformat("2026-12-01T10:00:00+00:00")


def _owners(text: str, author: Person = SAM, to: tuple[str, ...] = (PRIYA.email,)) -> list[tuple[int | None, str | None]]:
    found = run(text, author=author, to=to, known=(_MAP,), thread=(_MAP.id,))
    assert [t for t in found.tasks if "map" in t.title.lower()] == [], text
    return [(c.task_id, c.new_owner) for c in found.changes if c.new_owner]


def test_work_given_to_you_by_name_or_as_the_one_written_to_changes_hands() -> None:
    assert _owners("Sam is on the mining film until Friday, so Priya, you take the animated map, same date 25/11.") == [
        (5, PRIYA.email)]
    assert _owners("Sam is on leave on Monday for the wedding of his sister, so you take the animated map instead of him, "
                   "same date 25/11.", author=TOM) == [(5, PRIYA.email)]
    assert _owners("Sam is fully on the launch this week, so Priya, please do the animated map yourself, same date.",
                   author=TOM, to=(JANE.email,)) == [(5, PRIYA.email)]
    # (the same date says the work changes hands: the writer takes it)
    assert _owners("Sam goes to Luganville for the show until 04/12, so I will make the animated map myself, same date.",
                   author=PRIYA, to=(JANE.email,)) == [(5, PRIYA.email)]


def test_the_day_said_after_a_hand_over_is_the_work_s_day() -> None:
    photos = KnownTask(6, "Collect photos of the plantations and send them to you", PRIYA.email, date(2026, 11, 9))

    def handed(text: str) -> list[tuple[int | None, str | None, date | None]]:
        found = run(text, author=SAM, to=(JANE.email,), known=(photos,))
        return [(c.task_id, c.new_owner, c.new_due) for c in found.changes if c.new_owner]

    assert handed("About the photos: Priya is sick since Wednesday, so I will send the plantation photos myself, "
                  "by Wednesday 11/11 at the latest.") == [(6, SAM.email, date(2026, 11, 11))]
    # (how long the owner is away is no day of the work's)
    assert handed("Priya is away until Friday 20th, so I will send the plantation photos myself.") == [(6, SAM.email, None)]


def test_help_offered_or_other_work_taken_is_no_hand_over() -> None:
    # (a promise of help, with nothing said of the owner, hands nothing over)
    helped = run("I will make the animated map myself.", author=PRIYA, to=(JANE.email,), known=(_MAP,), thread=(_MAP.id,))
    assert [c for c in helped.changes if c.new_owner] == []
    # (work that is no open task changes no owner)
    other = run("Sam is away, so Priya, you take the hosting, same date.", author=TOM, to=(JANE.email,), known=(_MAP,),
                thread=(_MAP.id,))
    assert [c for c in other.changes if c.new_owner] == []


def _moved(text: str, title: str, author: Person = JANE, to: tuple[str, ...] = (SAM.email,),
           thread: bool = True) -> tuple[list[tuple[int | None, date | None]], list[str]]:
    task = KnownTask(7, title, SAM.email, date(2026, 12, 28))
    found = run(text, author=author, to=to, known=(task,), thread=(task.id,) if thread else (), sent_at=_DECEMBER)
    return [(c.task_id, c.new_due) for c in found.changes if c.new_due], [t.title for t in found.tasks]


def test_work_due_on_a_day_off_moves_to_the_day_put_in_its_place() -> None:
    assert _moved("Please note that Monday 28 December is a bank holiday here. Boxing Day falls on the Saturday this year, "
                  "so the office will be shut. Please plan go-live for Tuesday 29 December instead.",
                  "Have the portal live") == ([(7, date(2026, 12, 29))], [])
    assert _moved("Correction on the print deadline: Monday 28 December is no good after all.\nBoxing Day falls on a "
                  "Saturday this year, so the printer is shut. Tuesday the 29th instead, please.",
                  "Send the press-ready files", thread=False) == ([(7, date(2026, 12, 29))], [])
    assert _moved("One correction from me: I said Monday 28 December for the tooling sign-off, but that's the Boxing Day "
                  "bank holiday here in Jersey. Let's make it Tuesday 29 December instead.",
                  "Have the tooling drawings ready for your sign-off", author=SAM, to=(JANE.email,))[0] == [(7, date(2026, 12, 29))]


def test_a_day_off_that_is_no_work_s_day_moves_nothing() -> None:
    # (the day off is not the day the work is due)
    assert _moved("Thursday 24 December is a holiday here. Let's have the call on Wednesday 23 December instead.",
                  "Have the portal live")[0] == []
    # (nothing says the day is off)
    assert _moved("Monday 28 December is the day we planned. Let's have the call on Tuesday 29 December instead.",
                  "Have the portal live")[0] == []


def test_what_is_fronted_before_i_will_do_it_myself_is_the_thing_done() -> None:
    found = run("The Russian version of the story I will translate myself and send it to you on Friday.")
    assert [(t.title.lower(), t.owner, t.due) for t in found.tasks] == [
        ("translate the russian version of the story", JANE.email, date(2026, 11, 6))]


def test_a_file_handed_over_in_french_by_a_colleague_closes_the_work() -> None:
    logo = KnownTask(9, "Send us your logo in vector format", TOM.email, None)

    def changes(attachments: int) -> list[tuple[int | None, str | None]]:
        ctx = ExtractionContext(author=JANE, sent_at=MONDAY, members=(SAM, PRIYA, JANE, TOM), to=(SAM.email,),
                                known_tasks=(logo,), thread_tasks=(9,), thread_task_id=9, attachments=attachments)
        return [(c.task_id, c.status) for c in extract("Vous trouverez notre logo en pièce jointe, en SVG.", ctx).changes]

    assert changes(1) == [(9, "done")]
    # (nothing attached: the sentence hands nothing over)
    assert changes(0) == []


def test_a_site_said_for_an_environment_closes_the_work() -> None:
    staging = KnownTask(8, "Set up a staging environment where you can follow our progress", SAM.email, None)
    found = run("The staging site is up.", author=SAM, to=(JANE.email,), known=(staging,), thread=(staging.id,))
    assert [(c.task_id, c.status) for c in found.changes] == [(8, "done")]
    # ("the site" alone is no server)
    server = KnownTask(8, "Set up the mail server", SAM.email, None)
    other = run("The site is up.", author=SAM, to=(JANE.email,), known=(server,), thread=(server.id,))
    assert [c for c in other.changes if c.status == "done"] == []


def test_office_banter_in_the_team_s_language_asks_nothing() -> None:
    for said in ("¿Quién se ha terminado el café otra vez?", "Y el viernes hay baleadas en la oficina, ¿quién se apunta?",
                 "¿quién trae la chipa el viernes?"):
        assert run(said, author=SAM, to=(PRIYA.email,)).questions == [], said
    # (who does the work, or a treat the work is about, is still asked)
    for said in ("¿Quién firma el contrato, tú o Marta?", "¿Incluimos café y pastel en el catering del evento?"):
        assert [q.text for q in run(said, author=SAM, to=(PRIYA.email,)).questions] == [said], said
