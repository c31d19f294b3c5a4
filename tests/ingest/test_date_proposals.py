"""A new day put up for open work is kept as a proposal, and becomes the due date only when
the other side agrees: the hooks directly, then end to end through the CLI on SQLite and
PostgreSQL (the proposal lives in the task's history between the two messages)."""
from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from extraction_probe import JANE, MEMBERS, MONDAY, SAM

from ingest.date_proposals import AGREED_RULE, PROPOSED_RULE, pending_from
from ingest.extraction import DateProposal, Extraction, ExtractionContext, KnownTask, extract
from store.db import open_database
from store.models import Outbox, Person, TaskEvent
from workflows.cli import cli

DECK = KnownTask(1, "Send the case notes for Mrs B", SAM.email, date(2026, 11, 6))
LOGO = KnownTask(2, "Design the logo", SAM.email, date(2026, 11, 13))


def read(text: str, author=JANE, known=(DECK,), thread=(1,), proposals=(), sent_at: datetime = MONDAY) -> Extraction:  # type: ignore[no-untyped-def]
    ctx = ExtractionContext(author=author, sent_at=sent_at, members=MEMBERS, to=(), known_tasks=known,
                            thread_tasks=thread, thread_task_id=thread[0] if len(thread) == 1 else None,
                            proposals=proposals)
    return extract(text, ctx)


@pytest.mark.parametrize("text, author, day", [
    # the owner asks for a later day
    ("I am afraid the case notes will take longer than expected. Would Tuesday 10 November be acceptable?", SAM, date(2026, 11, 10)),
    ("We would propose Monday 9th November for the case notes.", SAM, date(2026, 11, 9)),
    # the one who asked for it asks to move it, giving a reason with a day of its own
    ("Since the board moved to December 1st anyway, can we move the case notes to Wednesday, November 25?", JANE,
     date(2026, 11, 25)),
    # two days: the one the work is done by
    ("Could we start on Monday 9 November and finish the case notes by Tuesday 10 November instead?", SAM,
     date(2026, 11, 10)),
    # put forward without asking, a condition after it
    ("Sorry, the earliest we can manage is Tuesday 10 November.", SAM, date(2026, 11, 10)),
    ("Is possible that we send the case notes on Tuesday 10 November?", SAM, date(2026, 11, 10)),
    ("Realistic is Tuesday 10 November for the case notes, if the scans come in on time.", SAM, date(2026, 11, 10)),
    # the work's own day turned down, the new one waiting on something else
    ("Friday 6 November is not realistic. Realistic is Tuesday 10 November, if we get the scans by Monday.", SAM,
     date(2026, 11, 10)),
    # the owner asks the client to move it, from the old day to the new
    ("Because of this we must ask you to move the case notes from Friday 6.11 to Tuesday 10.11.", SAM, date(2026, 11, 10)),
])
def test_a_day_put_up_is_a_proposal_not_a_new_due_date(text: str, author, day: date) -> None:  # type: ignore[no-untyped-def]
    found = read(text, author=author)
    # (a slip said without a day stays what it was: the slip, with its reason)
    assert all(c.new_due is None for c in found.changes)
    assert [(c.task_id, c.proposed_due) for c in found.changes if c.rule == PROPOSED_RULE] == [(1, day)]


@pytest.mark.parametrize("text", [
    "When will the case notes come?",                          # a question for information
    "Could we have a call on Tuesday 10 November?",            # another thing on another day
    "If the notes slip, would Tuesday 10 November work?",      # a condition
    "Could you also send the floor plan by Tuesday 10 November?",  # a new request
])
def test_what_does_not_put_a_day_up_for_the_work(text: str) -> None:
    assert not [c for c in read(text, author=SAM).changes if c.rule == PROPOSED_RULE]


PENDING = (DateProposal(1, date(2026, 11, 10), SAM.email),)


@pytest.mark.parametrize("text", [
    "Tuesday 10 November is absolutely fine.",
    "Tuesday is fine, no stress.",
    "10/11 ok",
    "No problem for Tuesday 10.",
    "Sounds good.",
    "10/11 it is for the case notes, as long as they are complete.",
    # (the hour after it takes nothing back)
    "Tuesday 10 November is fine for us, at 10:00 Madrid time or at 14:00 if you prefer.",
])
def test_the_other_side_agreeing_sets_the_proposed_day(text: str) -> None:
    found = read(text, author=JANE, proposals=PENDING)
    assert [(c.task_id, c.new_due, c.rule) for c in found.changes] == [(1, date(2026, 11, 10), AGREED_RULE)]


@pytest.mark.parametrize("text, author", [
    ("Tuesday 10 November is fine.", SAM),                        # the proposer's own word agrees to nothing
    ("Wednesday 11 November is fine.", JANE),                     # another day
    ("Tuesday 10 November is not fine, sorry.", JANE),            # refused
    ("Is Tuesday 10 November fine?", JANE),                       # asked back
    ("Tuesday 10 November is fine for the site walk-through.", JANE),  # another thing agreed
])
def test_what_is_not_agreement_to_the_proposal(text: str, author) -> None:  # type: ignore[no-untyped-def]
    assert not [c for c in read(text, author=author, proposals=PENDING).changes if c.rule == AGREED_RULE]


def test_a_proposal_is_pending_until_a_new_due_date_follows() -> None:
    events = [(1, "proposed", "2026-11-10", "sam@agency.io"), (2, "proposed", "2026-11-20", "jane@client.com"),
              (2, "due", "2026-11-20", "sam@agency.io"), (1, "proposed", "not a date", "sam@agency.io")]
    assert pending_from(events) == [DateProposal(1, date(2026, 11, 10), "sam@agency.io")]


# -- end to end ------------------------------------------------------------------------------

PROJECT = "acme@projects.example.com"


def _mail(sender: str, msg_id: str, when: str, body: str, reply_to: str | None = None) -> bytes:
    headers = [f"From: {sender}", f"To: {PROJECT}", f"Subject: {'Re: ' if reply_to else ''}Case notes",
               f"Date: {when}", f"Message-ID: <{msg_id}>", "Content-Type: text/plain; charset=utf-8"]
    if reply_to:
        headers += [f"In-Reply-To: <{reply_to}>", f"References: <{reply_to}>"]
    return ("\r\n".join(headers) + "\r\n\r\n" + body + "\r\n").encode()


def test_proposed_then_agreed_end_to_end(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)

    def run(*args: str, data: bytes | None = None) -> str:
        result = CliRunner().invoke(cli, ["--db", db_url, *args], input=data, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    def tasks() -> list[dict]:  # type: ignore[type-arg]
        return json.loads(run("tasks", "acme", "--json"))

    run("project", "add", "acme", "--name", "ACME", "--client-domain", "acme.com")
    run("member", "add", "acme", "jane@acme.com", "--role", "client", "--name", "Jane Doe", "--tz", "Europe/London")
    run("member", "add", "acme", "sam@agency.io", "--role", "team", "--name", "Sam Lee", "--tz", "Europe/London")
    run("ingest", "-", data=_mail("Jane Doe <jane@acme.com>", "ask@acme.com", "Mon, 02 Nov 2026 09:00:00 +0000",
                                  "Hi Sam,\n\nCould you send us the case notes by Friday 6 November?\n\nJane"))
    assert [t["due"] for t in tasks()] == ["2026-11-06"]
    run("ingest", "-", data=_mail("Sam Lee <sam@agency.io>", "ask@agency.io", "Wed, 04 Nov 2026 09:00:00 +0000",
                                  "Hi Jane,\n\nThe case notes need a second review here. Would Tuesday 10 November "
                                  "be acceptable?\n\nSam", reply_to="ask@acme.com"))
    # put up, not agreed: the due date stays, the history keeps the proposal
    [task] = tasks()
    assert task["due"] == "2026-11-06"
    open_database(db_url, migrate=False)
    [event] = TaskEvent.select().where((TaskEvent.task == task["id"]) & (TaskEvent.kind == "proposed"))
    assert (event.old_value, event.new_value) == ("2026-11-06", "2026-11-10")
    assert Person.get_by_id(event.person_id).email == "sam@agency.io"
    # Sam's confirmation echo says what was recorded: a day proposed, not a new date
    [echo] = [o for o in Outbox.select().where(Outbox.kind == "confirmation") if "sam@agency.io" in o.recipients]
    assert "Date proposed" in echo.text and "2026-11-10 proposed" in echo.text and "New date" not in echo.text

    # Sam saying it again agrees to nothing; Jane's "fine" does
    run("ingest", "-", data=_mail("Sam Lee <sam@agency.io>", "again@agency.io", "Wed, 04 Nov 2026 10:00:00 +0000",
                                  "Tuesday 10 November is fine from our side.", reply_to="ask@agency.io"))
    assert [t["due"] for t in tasks()] == ["2026-11-06"]
    run("ingest", "-", data=_mail("Jane Doe <jane@acme.com>", "ok@acme.com", "Thu, 05 Nov 2026 08:00:00 +0000",
                                  "Hi Sam,\n\nTuesday is fine, no stress.\n\nJane", reply_to="ask@agency.io"))
    assert [t["due"] for t in tasks()] == ["2026-11-10"]
    due = list(TaskEvent.select().where((TaskEvent.task == task["id"]) & (TaskEvent.kind == "due")))
    assert [(e.old_value, e.new_value) for e in due] == [("2026-11-06", "2026-11-10")]

    # agreed once: a later "fine" with that day moves nothing again
    run("ingest", "-", data=_mail("Jane Doe <jane@acme.com>", "ok2@acme.com", "Thu, 05 Nov 2026 09:00:00 +0000",
                                  "Tuesday 10 November is fine.", reply_to="ok@acme.com"))
    assert TaskEvent.select().where((TaskEvent.task == task["id"]) & (TaskEvent.kind == "due")).count() == 1
