"""Grouped sends during a tick: one transaction per workflow and project, all or nothing."""
from __future__ import annotations

import dataclasses
import datetime as dt

import peewee as pw
import pytest

from outbound.samples import sample_context
from store import directory
from store.db import database
from store.models import Outbox, Person, Project, Thread, WorkflowRun
from workflows import engine
from workflows.engine import Registry, RunContext, tick

NOW = dt.datetime(2026, 11, 6, 16, tzinfo=dt.UTC)


class _Mailer:
    """Sends a weekly update to every member of every project, then fails as told."""

    name = "mailer"
    description = "test sender"

    def __init__(self, fail_with: BaseException | None = None, observe=None) -> None:  # type: ignore[no-untyped-def]
        self.fail_with = fail_with
        self.observe = observe

    def run(self, ctx: RunContext, now: dt.datetime) -> None:
        base = sample_context("weekly_update")
        for project in ctx.projects():
            for person, _role in directory.members(project):
                view = dataclasses.replace(base, recipient_name=person.name)
                ctx.send(workflow=self.name, kind="weekly_update", audience="team", project=project,
                         recipient=person, view=view, period="w45", now=now, quiet_hours=False)
                if self.observe is not None:
                    self.observe()
        if self.fail_with is not None:
            raise self.fail_with


def _members(slug: str, count: int) -> Project:
    project = directory.add_project(slug, f"Project {slug}")
    for n in range(count):
        directory.add_member(project, f"member{n}@{slug}.example", "team", name=f"Member {n}")
    return project


def _keys() -> set[str]:
    return {o.idempotency_key for o in Outbox.select()}


def test_a_tick_commits_every_send_once_and_reports_them_after_commit(app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(engine, "GROUP_SENDS", 2)
    _members("alpha", 5)
    _members("beta", 2)
    depths: list[int] = []
    sent = tick(app, Registry([_Mailer(observe=lambda: depths.append(database.transaction_depth()))]), NOW)
    assert len(sent) == 7 and {o.id for o in sent} == {o.id for o in Outbox.select()}
    assert len(_keys()) == 7 and WorkflowRun.select().count() == 7
    # sends ran inside an open group transaction, not each committed on its own
    assert depths == [1] * 7
    # a second tick finds the ledger and sends nothing
    assert tick(app, Registry([_Mailer()]), NOW) == []
    assert Outbox.select().count() == 7


def test_a_database_error_rolls_back_the_open_group_and_the_next_tick_redoes_it(app) -> None:  # type: ignore[no-untyped-def]
    _members("alpha", 3)
    with pytest.raises(pw.OperationalError):
        tick(app, Registry([_Mailer(fail_with=pw.OperationalError("connection lost"))]), NOW)
    # nothing of the group survived: no message, no ledger row, no thread
    assert Outbox.select().count() == 0 and WorkflowRun.select().count() == 0
    assert Thread.select().count() == 0
    sent = tick(app, Registry([_Mailer()]), NOW)
    assert len(sent) == 3 and Outbox.select().count() == 3


def test_a_failing_workflow_keeps_the_sends_it_completed(app) -> None:  # type: ignore[no-untyped-def]
    _members("alpha", 3)
    sent = tick(app, Registry([_Mailer(fail_with=RuntimeError("late failure"))]), NOW)
    assert len(sent) == 3 and Outbox.select().count() == 3 and WorkflowRun.select().count() == 3


def test_a_send_inside_the_callers_transaction_joins_it(app) -> None:  # type: ignore[no-untyped-def]
    """Outside a group (a CLI run, a reaction), a send runs in the caller's transaction."""
    project = _members("alpha", 1)
    person = Person.get(Person.email == "member0@alpha.example")
    ctx = engine.make_context(app)
    view = dataclasses.replace(sample_context("weekly_update"), recipient_name="Member 0")
    with database.atomic() as txn:
        row = ctx.send(workflow="mailer", kind="weekly_update", audience="team", project=project,
                       recipient=person, view=view, period="w45", now=NOW, quiet_hours=False)
        assert row is not None
        txn.rollback()
    assert Outbox.select().count() == 0 and WorkflowRun.select().count() == 0


class _OneThenLook:
    """Sends in the first project, then only looks at the second one."""

    name = "looker"
    description = "test sender"

    def __init__(self) -> None:
        self.depths: list[int] = []

    def run(self, ctx: RunContext, now: dt.datetime) -> None:
        first, second = ctx.projects()
        person, _role = directory.members(first)[0]
        view = dataclasses.replace(sample_context("weekly_update"), recipient_name=person.name)
        ctx.send(workflow=self.name, kind="weekly_update", audience="team", project=first,
                 recipient=person, view=view, period="w45", now=now, quiet_hours=False)
        self.depths.append(database.transaction_depth())
        ctx.already(self.name, second, "w45", "someone@beta.example")
        self.depths.append(database.transaction_depth())


def test_the_group_commits_when_the_workflow_moves_on_to_another_project(app) -> None:  # type: ignore[no-untyped-def]
    _members("alpha", 1)
    _members("beta", 1)
    looker = _OneThenLook()
    sent = tick(app, Registry([looker]), NOW)
    # open after the send, committed as soon as the workflow asks about the next project
    assert looker.depths == [1, 0] and len(sent) == 1


def test_a_group_never_commits_inside_a_workflows_own_savepoint(app) -> None:  # type: ignore[no-untyped-def]
    from store.db import open_savepoints, write_transaction

    project = _members("gamma", 1)
    committed: list[list[Outbox]] = []
    group = engine.SendGroup(on_commit=committed.append, seconds=0.0)  # every group is "old"
    with group.send_transaction(("w", project.id)):
        Thread.create(project=project, subject="first")
    # the workflow opens its own savepoint and asks the group to settle inside it
    with write_transaction():
        assert open_savepoints() == 1
        Thread.create(project=project, subject="inside the workflow's savepoint")
        group.settle(("w", project.id))
        assert database.in_transaction() and committed == []
    assert open_savepoints() == 0
    group.settle(("w", project.id))  # between sends: the old group commits now
    assert committed == [[]] and not database.in_transaction()
    assert {t.subject for t in Thread.select()} >= {"first", "inside the workflow's savepoint"}
