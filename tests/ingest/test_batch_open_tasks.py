"""A batch of the pipeline reads its project's open tasks once, and again after any write
to a task: restatements made later in the batch still find the task a message, a listener
(reported or not) created, and never one a rollback took back."""
from __future__ import annotations

from typing import Any

import pytest

import ingest.pipeline as pipeline_module
from ingest.records import _same_task, cached_open_tasks, known_tasks, tasks_changed
from store import directory
from store.db import database, is_postgres
from store.models import Event, Message, Person, Project, Task


def mail(subject: str, body: str, mid: str) -> tuple[str, bytes]:
    raw = (f"From: Sam Lee <sam@agency.io>\r\nTo: acme@projects.example.com\r\nSubject: {subject}\r\n"
           f"Date: Mon, 02 Nov 2026 10:00:00 +0000\r\nMessage-ID: {mid}\r\n"
           f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()
    return mid, raw


@pytest.fixture
def project(app) -> Project:  # type: ignore[no-untyped-def]
    p = directory.add_project("acme", "ACME", ["acme.com"])
    directory.add_member(p, "sam@agency.io", "team", "Sam Lee")
    directory.add_member(p, "alex@agency.io", "team", "Alex Kim")
    return p


def banner_tasks() -> list[Task]:
    return [t for t in Task.select().order_by(Task.id) if "banner" in t.title.lower()]


FIRST = mail("first", "Hello all, nothing new today.", "<first@x>")
RESTATED = mail("second", "Task: order the banners for the fair @alex", "<second@x>")


class WritesATask:
    """On the first message: creates a banner task, as a reaction might, and maybe fails."""

    name = "writes_a_task"

    def __init__(self, *, reports: bool = False, fail: bool = False) -> None:
        self.reports_task_writes = reports
        self.fail = fail

    def on_recorded(self, message: Message, author: Person, role: str, recorded: Any) -> None:
        if message.subject != "first":
            return
        Task.create(project=message.project, title="Order the banners for the fair", author=author,
                    source_message=message)
        if self.reports_task_writes:
            tasks_changed()
            known_tasks(message.project)  # (read again at once: the batch's copy holds it now)
        if self.fail:
            raise RuntimeError("the reaction failed after writing")


def test_a_task_a_listener_wrote_without_saying_so_is_found_by_the_next_message(app, project: Project) -> None:  # type: ignore[no-untyped-def]
    pipe = app.pipeline(listeners=[WritesATask()])
    counts = pipe.ingest_many([FIRST, RESTATED], read_ahead=False)
    assert counts["ingested"] == 2
    # the restatement is known work now: no second task
    [banners] = banner_tasks()
    assert banners.source_message.message_id == "<first@x>"


def test_a_task_a_rolled_back_listener_wrote_is_not_found(app, project: Project) -> None:  # type: ignore[no-untyped-def]
    pipe = app.pipeline(listeners=[WritesATask(reports=True, fail=True)])
    counts = pipe.ingest_many([FIRST, RESTATED], read_ahead=False)
    assert counts == {"ingested": 2, "duplicates": 0, "quarantined": 0, "ignored": 0, "failed": 0}
    assert Event.select().where(Event.kind == "listener_failed").count() == 1
    [banners] = banner_tasks()
    assert banners.source_message.message_id == "<second@x>"


def test_a_task_a_failed_message_wrote_is_not_found(app, project: Project, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    real_save = pipeline_module.Pipeline._save

    def fails_once(self: Any, item: Any, status: str, error: Any, kind: Any = None) -> None:
        if item.row.message_id == "<first@x>":
            known_tasks(project)  # the batch's copy now holds the task this message wrote
            raise RuntimeError("disk full")
        real_save(self, item, status, error, kind)

    monkeypatch.setattr(pipeline_module.Pipeline, "_save", fails_once)
    first = mail("first", "Task: order the banners for the fair", "<first@x>")
    counts = app.pipeline(listeners=[]).ingest_many([first, RESTATED], read_ahead=False)
    assert counts["failed"] == 1 and counts["ingested"] == 1
    [banners] = banner_tasks()
    assert banners.source_message.message_id == "<second@x>"


def test_a_task_written_in_the_batch_is_restated_not_repeated(app, project: Project) -> None:  # type: ignore[no-untyped-def]
    first = mail("first", "Task: order the banners for the fair", "<first@x>")
    pipe = app.pipeline(listeners=[])
    pipe.ingest_many([first, mail("other", "Hello again.", "<other@x>"), RESTATED], read_ahead=False)
    [banners] = banner_tasks()
    assert banners.source_message.message_id == "<first@x>"


def test_a_batch_reads_the_open_tasks_once_while_nobody_writes_one(app, project: Project, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    Task.create(project=project, title="Send the logo files", author=Person.get(email="sam@agency.io"))
    seen: list[str] = []
    db = database.obj
    real = db.execute_sql

    def counting(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        if 'FROM "task"' in sql:
            seen.append(sql)
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", counting)
    quiet = [mail(f"note {i}", f"Hello, note {i}: the logo files look fine.", f"<n{i}@x>") for i in range(5)]
    app.pipeline(listeners=[]).ingest_many(quiet, read_ahead=False)
    project_reads = [sql for sql in seen if '"project_id" =' in sql]
    assert len(project_reads) == (5 if is_postgres() else 1)


def test_the_batch_copy_answers_as_the_queries_do(app, project: Project) -> None:  # type: ignore[no-untyped-def]
    sam, alex = Person.get(email="sam@agency.io"), Person.get(email="alex@agency.io")
    for i in range(8):
        Task.create(project=project, title=f"Review draft {i} of the homepage", author=sam,
                    owner=alex if i % 2 else None, status="done" if i == 3 else "open")
    titles = ["review draft 5 of the homepage", "review draft 3 of the homepage", "nothing alike"]
    plain = (known_tasks(project), [_same_task(project, t, None) for t in titles],
             [_same_task(project, t, sam) for t in titles])
    with database.atomic(), cached_open_tasks():
        for _ in range(2):  # (the second time from the copy)
            cached = (known_tasks(project), [_same_task(project, t, None) for t in titles],
                      [_same_task(project, t, sam) for t in titles])
            assert cached[0] == plain[0]
            for got, want in zip(cached[1:], plain[1:], strict=True):
                assert [t and t.__data__ for t in got] == [t and t.__data__ for t in want]
    # (the newest open one of any owner, the newest without an owner, and none)
    assert plain[1][0].id != plain[2][0].id and plain[1][2] is None


def test_a_project_with_more_open_tasks_than_kept_still_finds_its_oldest(app, project: Project) -> None:  # type: ignore[no-untyped-def]
    from ingest.records import _KEPT_OPEN, _find_task

    sam = Person.get(email="sam@agency.io")
    Task.create(project=project, title="Print the fair banners", author=sam)
    Task.insert_many([{"project": project, "title": f"Routine check number {i}", "author": sam}
                      for i in range(_KEPT_OPEN + 5)]).execute()
    oldest = _find_task(project, None, "the fair banners", None)
    assert oldest is not None and oldest.title == "Print the fair banners"
    with database.atomic(), cached_open_tasks():
        assert len(known_tasks(project)) == 200
        found = _find_task(project, None, "the fair banners", None)
        assert found is not None and found.__data__ == oldest.__data__
