"""A send inside the caller's transaction (a reaction to mail being ingested) runs in one
savepoint of its own: all of it or none of it, and undone when the key was taken first;
and a confirmation of a fresh message shows its decisions and questions as stored."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from ingest.extraction import DecisionItem, Extraction, QuestionItem
from ingest.pipeline import store_raw
from ingest.records import Recorded, record
from outbound.samples import sample_context
from store import directory
from store.db import database, write_transaction
from store.models import Outbox, OutboxBody, Person, Project, Thread, WorkflowRun
from workflows.engine import make_context
from workflows.reactions import _recorded_from

NOW = dt.datetime(2026, 11, 6, 16, tzinfo=dt.UTC)


@pytest.fixture
def project(app) -> Project:  # type: ignore[no-untyped-def]
    p = directory.add_project("acme", "ACME", ["acme.com"])
    directory.add_member(p, "sam@agency.io", "team", "Sam Lee")
    return p


@pytest.fixture
def statements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    db = database.obj
    real = db.execute_sql

    def counting(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        seen.append(sql)
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", counting)
    return seen


def send(app: Any, project: Project, period: str = "w45") -> Outbox | None:
    sam = Person.get(email="sam@agency.io")
    view = dataclasses.replace(sample_context("weekly_update"), recipient_name=sam.name)
    return make_context(app).send(workflow="mailer", kind="weekly_update", audience="team", project=project,
                                  recipient=sam, view=view, period=period, now=NOW, quiet_hours=False)


def test_a_send_in_the_callers_transaction_takes_one_savepoint(app, project: Project, statements: list[str]) -> None:  # type: ignore[no-untyped-def]
    with write_transaction():
        row = send(app, project)
    assert row is not None and bytes(OutboxBody.get_by_id(row.id).raw).startswith(b"From:")
    assert WorkflowRun.get().outbox_id == row.id
    savepoints = [sql for sql in statements if sql.startswith("SAVEPOINT")]
    assert savepoints == ['SAVEPOINT "trackfront_send"']


def test_a_send_whose_key_was_taken_first_leaves_nothing_behind(app, project: Project) -> None:  # type: ignore[no-untyped-def]
    with write_transaction():
        first = send(app, project)
    assert first is not None
    # another worker sent it, and its ledger row is not visible yet: the outbox key says so
    WorkflowRun.delete().execute()
    threads = Thread.select().count()
    with write_transaction():
        again = send(app, project)  # (starts a thread of its own, then finds the key taken)
        assert database.in_transaction()
    assert again is None
    assert Thread.select().count() == threads and Outbox.select().count() == 1
    assert WorkflowRun.select().count() == 0


def test_a_fresh_confirmation_shows_what_the_database_holds(app, project: Project) -> None:  # type: ignore[no-untyped-def]
    sam = Person.get(email="sam@agency.io")
    raw = b"From: sam@agency.io\r\nSubject: x\r\nMessage-ID: <r1@x>\r\n\r\nbody"
    message = store_raw(raw, source="test").row
    found = Extraction(
        decisions=[DecisionItem(summary="Go with blue\x00 \ud800 after all", rationale="it is\x00 cheaper",
                                decided_by=None, rule="test", evidence=""),
                   DecisionItem(summary="Keep the logo", rationale=None, decided_by=None, rule="test",
                                evidence="")],
        questions=[QuestionItem(text="Which \x00font?", addressed_to=None, rule="test", evidence="")],
    )
    got = record(found, project=project, thread=None, message=message, author=sam, visibility="client",
                 when=dt.datetime(2026, 11, 2, 10), people={sam.email: sam}, reply_task_id=None)
    fresh = Recorded(decisions=got.decisions, questions=got.questions, fresh=True)
    read_back = Recorded(decisions=got.decisions, questions=got.questions, fresh=False)
    shown = _recorded_from(message, fresh)
    assert shown == _recorded_from(message, read_back)
    assert shown[1][0][1] == "Go with blue\ufffd ? after all" and shown[2][0][1] == "Which \ufffdfont?"
