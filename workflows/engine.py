"""Running workflows: the registry, the run context and the one way a workflow sends.

A workflow decides (which recipients, which period, what content) and calls
``RunContext.send``; sending renders the templates, signs the reply address, applies the
recipient's quiet hours, and enqueues into the outbox under an idempotency key, in one
transaction with the ``WorkflowRun`` ledger row.  A second run, a second worker or a replay
with the same clock finds the key and sends nothing.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import peewee as pw

from outbound.errors import RenderError
from outbound.outbox import Request, enqueue
from outbound.render import Renderer
from outbound.tokens import make_token, reply_address
from store.db import database, to_naive_utc, write_transaction
from store.models import Event, Message, Outbox, Person, Project, Task, Thread, WorkflowRun
from workflows.errors import UnknownWorkflow, WorkflowError
from workflows.timing import hhmm, local, quiet_until

if TYPE_CHECKING:
    from workflows.app import App

log = logging.getLogger("trackfront.workflows")


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

    def projects(self) -> list[Project]:
        if self.project is not None:
            return [self.project]
        return list(Project.select().order_by(Project.id))

    def option(self, project: Project | None, name: str, default: Any) -> Any:
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
        return (
            WorkflowRun.select()
            .where(
                (WorkflowRun.workflow == workflow)
                & (WorkflowRun.project == (project.slug if project else ""))
                & (WorkflowRun.period == period)
                & (WorkflowRun.recipient == recipient)
            )
            .exists()
        )

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
        with write_transaction() as txn:
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
            try:
                with database.atomic():
                    WorkflowRun.create(workflow=workflow, project=project.slug, period=period,
                                       recipient=recipient.email, outbox=row)
            except pw.IntegrityError:
                pass
        self.sent.append(row)
        log.info("queued %s for %s (%s)", kind, recipient.email, project.slug)
        return row


def _thread_headers(thread: Thread, task: Task | None) -> tuple[str | None, list[str]]:
    """In-Reply-To/References so mail clients show our message inside the conversation."""
    ids = [
        m.message_id
        for m in Message.select(Message.message_id)
        .where((Message.thread == thread) & (Message.status == "processed"))
        .order_by(Message.date.desc(), Message.id.desc())
        .limit(10)
    ]
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
