"""Running workflows: the registry, the run context and the one way a workflow sends.

A workflow decides (which recipients, which period, what content) and calls
``RunContext.send``; sending renders the templates, signs the reply address, applies the
recipient's quiet hours, and enqueues into the outbox under an idempotency key, in one
transaction with the ``WorkflowRun`` ledger row.  A second run, a second worker or a replay
with the same clock finds the key and sends nothing.

During :func:`tick` a workflow's sends for one project share one transaction
(:class:`SendGroup`, at most ``GROUP_SENDS`` sends or ``GROUP_SECONDS`` long): a weekly
run mails every member of a project at once, and a commit per message (a WAL flush on
PostgreSQL) had become the largest cost of a send.  Each send is still all-or-nothing
(a savepoint inside the group), and a crash before the group commits loses the whole
group, ledger rows included, so the next tick redoes it; nothing can be delivered
before it is committed, so nothing is sent twice.
"""
from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import peewee as pw

from outbound.errors import RenderError
from outbound.outbox import Request, SendTransaction, enqueue
from outbound.render import Renderer
from outbound.tokens import make_token, reply_address
from store.db import (
    database,
    open_savepoints,
    prepared,
    quoted,
    to_naive_utc,
    utcnow,
    write_transaction,
)
from store.models import Event, Message, Outbox, Person, Project, Task, Thread, WorkflowRun
from workflows.errors import UnknownWorkflow, WorkflowError
from workflows.timing import hhmm, local, quiet_until

if TYPE_CHECKING:
    from workflows.app import App

log = logging.getLogger("trackfront.workflows")

# A group holds SQLite's write lock (and, on PostgreSQL, its rows' key locks) while the
# workflow builds and renders the next messages: bounded so ingest and the deliverer
# wait at most a fraction of a second.
GROUP_SENDS = 50
GROUP_SECONDS = 0.25


class SendGroup:
    """Consecutive sends for one key (workflow, project) in one write transaction.

    :meth:`send_transaction` gives each send a savepoint inside the group's transaction,
    opening it first, or committing the previous group first when the key changes or the
    group is full or old.  :meth:`close` commits (or rolls back) what is open.  Rows
    reach ``on_commit`` only once their group has committed.
    """

    def __init__(self, on_commit: Callable[[list[Outbox]], None], limit: int | None = None,
                 seconds: float | None = None) -> None:
        self.on_commit = on_commit
        self.limit = GROUP_SENDS if limit is None else limit
        self.seconds = GROUP_SECONDS if seconds is None else seconds
        self._transaction: Any = None
        self._depth = 0
        self._key: object = None
        self._opened = 0.0
        self._rows: list[Outbox] = []

    def settle(self, key: object = None) -> None:
        """Commit the open group if it is full, old, or (given ``key``) for another key.

        Only between sends at the group's own depth, never inside a caller's savepoint
        (peewee does not count savepoints, :func:`store.db.open_savepoints` does);
        the workflow's own writes in between were autocommitted one by one without a
        group, so committing there is never less than before.
        """
        if self._transaction is not None and database.transaction_depth() == self._depth and open_savepoints() == 0 and (
            (key is not None and key != self._key) or len(self._rows) >= self.limit
            or time.monotonic() - self._opened >= self.seconds
        ):
            self.close(commit=True)

    def send_transaction(self, key: object) -> AbstractContextManager[Any]:
        """The transaction one send runs in: a savepoint in the group when one can be used.

        Either way a savepoint of the send's own, which an error inside rolls back: the
        outbox's :class:`SendTransaction`, in which ``enqueue`` needs no savepoint of its own.
        """
        self.settle(key)
        if self._transaction is None and not database.in_transaction():
            self._transaction = write_transaction()
            self._transaction.__enter__()
            self._depth = database.transaction_depth()
            self._key, self._opened = key, time.monotonic()
        if not database.in_transaction():
            # the group's transaction was ended behind its back: a transaction of its own
            return write_transaction()
        # a savepoint in the group, or (a caller's own transaction is open) in the caller's
        # transaction: the send joins it, as without a group
        return SendTransaction()

    def sent(self, row: Outbox) -> None:
        """Record a send that succeeded; reported when its transaction commits."""
        if self._transaction is None or database.transaction_depth() < self._depth:
            self.on_commit([row])
        else:
            self._rows.append(row)

    def close(self, commit: bool) -> None:
        transaction, rows = self._transaction, self._rows
        self._transaction, self._rows, self._key = None, [], None
        if transaction is None:
            return
        if commit:
            transaction.__exit__(None, None, None)  # commits; rolls back and raises if that fails
            self.on_commit(rows)
        else:
            transaction.__exit__(RuntimeError, None, None)  # as if an exception left the block


@dataclass
class Preview:
    kind: str
    audience: str
    to: str
    subject: str
    text: str
    html: str | None
    not_before: dt.datetime


@dataclass
class RunContext:
    app: App
    renderer: Renderer
    project: Project | None = None  # limit to one project
    preview_for: str | None = None  # collect, do not enqueue, only for this address
    previews: list[Preview] = field(default_factory=list)
    sent: list[Outbox] = field(default_factory=list)
    _group: SendGroup | None = None

    @contextmanager
    def grouped_sends(self) -> Iterator[None]:
        """Sends inside share transactions per (workflow, project) (see :class:`SendGroup`).

        Committed when the block ends normally or with an error from the workflow's own
        logic (every send before it was complete); rolled back on a database error, so
        the next tick redoes the group.
        """
        group = self._group = SendGroup(self._committed)
        try:
            yield
        except (pw.OperationalError, pw.InterfaceError):
            group.close(commit=False)
            raise
        except BaseException:
            group.close(commit=True)
            raise
        else:
            group.close(commit=True)
        finally:
            self._group = None

    def _committed(self, rows: list[Outbox]) -> None:
        self.sent.extend(rows)
        for row in rows:
            log.info("queued %s for %s (%s)", row.kind, ", ".join(row.recipients), row.idempotency_key)

    def projects(self) -> list[Project]:
        if self.project is not None:
            return [self.project]
        return list(Project.select().order_by(Project.id))

    def option(self, project: Project | None, name: str, default: Any) -> Any:
        if self._group is not None:
            self._group.settle()  # a workflow asks per project: no lock held across a slow one
        if project is not None and name in (project.options or {}):
            return project.options[name]
        return self.app.settings.workflow_options.get(name, default)

    def unsubscribe_url(self, workflow: str, project: Project) -> str:
        """mailto: link for List-Unsubscribe; a mail to it opts the sender out of ``workflow``."""
        return f"mailto:{self.app.settings.from_address}?subject=unsubscribe%20{workflow}%20{project.slug}"

    def wants(self, person: Person, workflow: str) -> bool:
        return workflow not in (person.opt_outs or [])

    def already(self, workflow: str, project: Project | None, period: str, recipient: str) -> bool:
        if self.preview_for is not None:
            return False
        if self._group is not None:
            # asked before building each message: the group ends with its project, or when
            # it is old, rather than only at the next send
            self._group.settle((workflow, project.id if project else None))
        # hand-built once per engine (store.db.prepared): a confirmation asks this per message
        sql = prepared(("workflow_run_exists",), lambda mark: (
            f"SELECT 1 FROM {quoted(WorkflowRun._meta.table_name)} WHERE "
            + " AND ".join(f"{quoted(f.column_name)} = {mark}" for f in _RUN_KEY) + " LIMIT 1"
        ))
        key = (workflow, project.slug if project else "", period, recipient)
        return database.execute_sql(sql, [f.db_value(v) for f, v in zip(_RUN_KEY, key, strict=True)]).fetchone() is not None

    def send(
        self,
        *,
        workflow: str,
        kind: str,
        audience: str,
        project: Project,
        recipient: Person,
        view: Any,
        period: str,
        now: dt.datetime,
        thread: Thread | None = None,
        task: Task | None = None,
        quiet_hours: bool = True,
        digest: bool = False,
    ) -> Outbox | None:
        """Render and enqueue one message, once per (workflow, project, period, recipient)."""
        if self.preview_for is not None and recipient.email != self.preview_for:
            return None
        if not self.wants(recipient, workflow):
            return None
        if self.already(workflow, project, period, recipient.email):
            return None
        try:
            rendered = self.renderer.render(kind, audience, view)
        except RenderError as exc:
            # fail closed: e.g. internal items in a client's mail are never sent
            log.warning("not sending %s to %s: %s", kind, recipient.email, exc)
            return None
        s = self.app.settings
        not_before = now
        if quiet_hours:
            not_before = quiet_until(
                now, recipient.tz, hhmm(recipient.quiet_start, dt.time(20)), hhmm(recipient.quiet_end, dt.time(8))
            )
        if self.preview_for is not None:
            self.previews.append(Preview(kind, audience, recipient.email, rendered.subject, rendered.text,
                                         rendered.html, not_before))
            return None
        with self._send_transaction((workflow, project.id)) as txn:
            if thread is None:
                thread = Thread.create(
                    project=project, subject=rendered.subject[:500], normalized_subject="",
                    created_at=to_naive_utc(now), last_message_at=to_naive_utc(now), participants=[],
                )
            expires = local(now, recipient.tz).date() + dt.timedelta(days=s.token_days)
            token = make_token(self.app.secret, project.slug, thread.id, task.id if task else None,
                               recipient.email, expires)
            in_reply_to, references = _thread_headers(thread, task)
            req = Request(
                key=f"{workflow}:{project.slug}:{period}:{recipient.email}",
                kind=kind,
                audience=audience,
                to=[(recipient.name, recipient.email)],
                subject=rendered.subject,
                text=rendered.text,
                html=rendered.html,
                from_addr=s.from_address,
                from_name=f"{s.from_name} · {project.name}",
                message_id_domain=s.message_id_domain,
                date=local(not_before, recipient.tz),
                project=project,
                thread=thread,
                task=task,
                reply_to=reply_address(project.slug, token, s.reply_domain),
                in_reply_to=in_reply_to,
                references=references,
                list_unsubscribe=self.unsubscribe_url(workflow, project) if digest else None,
                not_before=not_before,
            )
            row, created = enqueue(req)
            if not created:
                # another worker sent it first: keep nothing of ours (the thread made above)
                txn.rollback()
                return None
            _record_run(workflow, project.slug, period, recipient.email, row)
        if self._group is not None:
            self._group.sent(row)
        else:
            self._committed([row])
        return row

    def _send_transaction(self, group_key: object) -> AbstractContextManager[Any]:
        """The transaction one send runs in (``txn.rollback()`` undoes what it wrote)."""
        if self._group is not None:
            return self._group.send_transaction(group_key)
        if database.in_transaction():
            # inside the caller's transaction (a reaction to a message being ingested): a
            # savepoint of the send's own, in which enqueue needs none (see SendTransaction)
            return SendTransaction()
        return write_transaction()


_RUN_KEY = (WorkflowRun.workflow, WorkflowRun.project, WorkflowRun.period, WorkflowRun.recipient)
_RUN_FIELDS: tuple[Any, ...] = (*_RUN_KEY, WorkflowRun.created_at, WorkflowRun.outbox)


def _record_run(workflow: str, project: str, period: str, recipient: str, row: Outbox) -> None:
    """The ledger row for a send; one that exists already (a concurrent run) is kept.

    One statement: ON CONFLICT DO NOTHING instead of a savepoint around an insert that
    may fail, which cost two more statements (round trips on PostgreSQL) per send.
    """
    sql = prepared(("workflow_run_insert",), lambda mark: (
        f"INSERT INTO {quoted(WorkflowRun._meta.table_name)} "
        f"({', '.join(quoted(f.column_name) for f in _RUN_FIELDS)}) "
        f"VALUES ({', '.join([mark] * len(_RUN_FIELDS))}) ON CONFLICT DO NOTHING"
    ))
    values = (workflow, project, period, recipient, utcnow(), row.id)
    database.execute_sql(sql, [f.db_value(v) for f, v in zip(_RUN_FIELDS, values, strict=True)])


def _thread_headers(thread: Thread, task: Task | None) -> tuple[str | None, list[str]]:
    """In-Reply-To/References so mail clients show our message inside the conversation."""
    sql = prepared(("thread_headers",), lambda mark: (
        f"SELECT {quoted(Message.message_id.column_name)} FROM {quoted(Message._meta.table_name)} "
        f"WHERE {quoted(Message.thread.column_name)} = {mark} AND {quoted(Message.status.column_name)} = {mark} "
        f"ORDER BY {quoted(Message.date.column_name)} DESC, {quoted(Message.id.column_name)} DESC LIMIT 10"
    ))
    ids = [Message.message_id.python_value(r[0]) for r in database.execute_sql(sql, [thread.id, "processed"])]
    if task is not None and task.source_message_id:
        src = Message.get_or_none(Message.id == task.source_message_id)
        if src is not None and src.message_id not in ids:
            ids.insert(0, src.message_id)
    ids = [i for i in ids if not i.startswith("<synthetic.")]
    if not ids:
        return None, []
    return ids[0], list(reversed(ids))


class Workflow(Protocol):
    """A workflow: decides what is due at ``now`` and sends it through the context."""

    name: str
    description: str

    def run(self, ctx: RunContext, now: dt.datetime) -> None: ...


class Registry:
    def __init__(self, workflows: Sequence[Workflow]) -> None:
        names = [w.name for w in workflows]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise WorkflowError(f"duplicate workflow names: {', '.join(dupes)}")
        self._by_name = {w.name: w for w in workflows}
        self.order = names

    def __iter__(self):  # type: ignore[no-untyped-def]
        return (self._by_name[n] for n in self.order)

    def get(self, name: str) -> Workflow:
        try:
            return self._by_name[name]
        except KeyError:
            raise UnknownWorkflow(
                f"unknown workflow {name!r} (known: {', '.join(self.order)})"
            ) from None


def make_context(app: App, project: Project | None = None, preview_for: str | None = None) -> RunContext:
    return RunContext(app=app, renderer=app.renderer, project=project, preview_for=preview_for)


def tick(app: App, registry: Registry, now: dt.datetime, project: Project | None = None) -> list[Outbox]:
    """Run every workflow once at ``now``; returns what was newly queued."""
    ctx = make_context(app, project)
    for wf in registry:
        try:
            with ctx.grouped_sends():
                wf.run(ctx, now)
        except WorkflowError:
            raise
        except (pw.OperationalError, pw.InterfaceError):
            raise  # the database is gone: the caller retries the whole tick
        except Exception as exc:
            log.exception("workflow %s failed at %s", wf.name, now.isoformat())
            Event.create(kind="workflow_failed", project=project,
                         message=f"{wf.name}: {type(exc).__name__}: {exc}"[:2000],
                         data={"at": now.isoformat()})
    return ctx.sent
