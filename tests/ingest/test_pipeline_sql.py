"""The pipeline's hand-built statements on both engines: the same rows as the peewee models
would write, the store race, and per-batch caches that never go stale between messages."""
from __future__ import annotations

import datetime as dt

import pytest

import ingest.pipeline as pipeline_module
from ingest.pipeline import store_raw
from store import directory
from store.db import (
    database,
    fetch_models,
    insert_model,
    is_postgres,
    prepared,
    quoted,
    update_model,
)
from store.models import Message, Project, Thread


def mail(to: str, subject: str, mid: str, frm: str = "Sam <sam@agency.io>") -> bytes:
    return (f"From: {frm}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: Mon, 02 Nov 2026 10:00:00 +0000\r\n"
            f"Message-ID: {mid}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello.\r\n").encode()


@pytest.fixture
def project(app) -> Project:  # type: ignore[no-untyped-def]
    p = directory.add_project("acme", "ACME", ["acme.com"])
    directory.add_member(p, "sam@agency.io", "team", "Sam Lee")
    return p


def columns(table: str, row_id: int) -> dict[str, object]:
    cursor = database.execute_sql(f'SELECT * FROM "{table}" WHERE "id" = {int(row_id)}')
    names = [c[0] for c in cursor.description]
    row = dict(zip(names, cursor.fetchone(), strict=True))
    row.pop("id")
    return row


def test_insert_update_and_fetch_match_peewee(project: Project) -> None:
    when = dt.datetime(2026, 11, 2, 10, 0, 5, 123000)
    values = {"project": project, "subject": "Launch\x00 plan", "normalized_subject": "launch plan",
              "created_at": when, "last_message_at": when, "participants": ["b@x", "a@x"]}
    ours = insert_model(Thread, **values)
    theirs = Thread.create(**values)
    assert ours.id != theirs.id and not ours.is_dirty()
    assert columns("thread", ours.id) == columns("thread", theirs.id)
    for row in (ours, theirs):
        row.participants = ["c@x"]
        row.last_message_at = when + dt.timedelta(days=1)
    update_model(ours, ["participants", "last_message_at"])
    theirs.save()
    assert columns("thread", ours.id) == columns("thread", theirs.id)
    sql = prepared(("test_fetch_thread",), lambda mark: (
        f'SELECT {", ".join(quoted(f.column_name) for f in Thread._meta.sorted_fields)} FROM "thread" '
        f'WHERE "id" = {mark}'))
    (fetched,) = fetch_models(Thread, sql, [ours.id])
    assert fetched.__data__ == Thread.get_by_id(ours.id).__data__
    assert fetched.project.slug == "acme" and not fetched.is_dirty()


def test_store_raw_keeps_one_copy_when_a_concurrent_worker_stored_it_first(project: Project, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    raw = mail("acme@projects.example.com", "Race", "<race@x>")
    first = store_raw(raw, source="worker-1")
    assert first.created and first.row.status == "received"
    stored = Message.get_by_id(first.row.id).__data__
    assert {k: v for k, v in first.row.__data__.items() if k != "raw"} == {
        k: stored[k] for k in first.row.__data__ if k != "raw"}
    assert bytes(stored["raw"]) == raw
    real = pipeline_module._stored
    calls: list[str] = []

    def missed_once(message_id: str, content_hash: str) -> Message | None:
        # PostgreSQL looks first: the second worker's lookup ran just before the first
        # worker's insert committed.  (SQLite inserts first; the unique index is the check.)
        calls.append(message_id)
        return None if len(calls) == 1 and is_postgres() else real(message_id, content_hash)

    monkeypatch.setattr(pipeline_module, "_stored", missed_once)
    second = store_raw(raw, source="worker-2")
    assert (second.created, second.row.id, second.row.source) == (False, first.row.id, "worker-1")
    assert Message.select().where(Message.message_id == "<race@x>").count() == 1


def test_routing_sees_a_project_created_between_two_messages(app, project: Project) -> None:  # type: ignore[no-untyped-def]
    pipe = app.pipeline(listeners=[])
    early = pipe.receive(mail("beta@projects.example.com", "Kickoff", "<k1@x>"), source="t")
    assert early.status == "processed" and early.row.project_id == project.id  # the sender's only project
    beta = directory.add_project("beta", "Beta")
    directory.add_member(beta, "sam@agency.io", "team")
    later = pipe.receive(mail("beta@projects.example.com", "Kickoff again", "<k2@x>"), source="t")
    assert later.status == "processed" and Message.get_by_id(later.row.id).project_id == beta.id


def test_a_batch_routes_by_address_tag_and_known_thread(app, project: Project) -> None:  # type: ignore[no-untyped-def]
    beta = directory.add_project("beta", "Beta")
    directory.add_member(beta, "sam@agency.io", "team")
    raws = [
        mail("acme@projects.example.com", "One", "<b1@x>"),
        mail("someone@else.org", "[beta] Two", "<b2@x>"),
        mail("acme@projects.example.com", "Three", "<b3@x>"),
        mail("someone@else.org", "Re: One", "<b4@x>").replace(b"Message-ID:", b"In-Reply-To: <b1@x>\r\nMessage-ID:"),
    ]
    counts = app.pipeline(listeners=[]).ingest_many((f"t{i}", raw) for i, raw in enumerate(raws))
    assert counts["ingested"] == 4
    rows = {m.message_id: m for m in Message.select()}
    assert [rows[f"<b{i}@x>"].project_id for i in range(1, 5)] == [project.id, beta.id, project.id, project.id]
    assert rows["<b4@x>"].thread_id == rows["<b1@x>"].thread_id
    assert Thread.get_by_id(rows["<b1@x>"].thread_id).participants == ["sam@agency.io", "someone@else.org"]
