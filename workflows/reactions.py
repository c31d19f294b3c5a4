"""Reactions to live mail, run inside the message's transaction (so the outbox row commits
with the change that caused it): the confirmation echo to team members, the delay notice to
clients when a client-visible task slips, feedback and clarification replies."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ingest.pipeline import RecordListener
from ingest.records import Recorded
from outbound import views as v
from store import directory
from store.db import as_aware, to_naive_utc
from store.models import Decision, Message, Outbox, Person, Project, Question, Task, TaskEvent
from workflows.deadlines import notify_slip
from workflows.engine import RunContext, make_context
from workflows.weekly import shown_as

if TYPE_CHECKING:
    from workflows.app import App


def message_time(message: Message) -> dt.datetime:
    """Reactions happen "as of" the message, so replays with a fixed clock behave the same."""
    return as_aware(message.date or message.received_at)


def confirm(ctx: RunContext, message: Message, author: Person, role: str, now: dt.datetime) -> None:
    """Reply once to a team member's mail with what was recorded from it."""
    project = Project.get_by_id(message.project_id)
    if role != "team" and not (role == "client" and ctx.option(project, "echo_clients", False)):
        return
    tasks = list(Task.select().where(Task.source_message == message))
    decisions = list(Decision.select().where(Decision.source_message == message))
    questions = list(Question.select().where(Question.source_message == message))
    changes = list(
        TaskEvent.select(TaskEvent, Task).join(Task)
        .where((TaskEvent.source_message == message) & (TaskEvent.kind != "created"))
    )
    if not (tasks or decisions or questions or changes):
        return
    recorded: list[v.RecordedItemView] = []
    for t in tasks:
        bits = [t.title]
        if t.owner_id:
            bits.append(f"owner {Person.get_by_id(t.owner_id).email}")
        bits.append(f"due {t.due.isoformat()}" if t.due else "no due date")
        recorded.append(v.RecordedItemView(kind="task", summary=", ".join(bits), ref_id=t.id,
                                           visibility=shown_as(t.visibility)))
    for d in decisions:
        why = f" (because {d.rationale})" if d.rationale else ""
        recorded.append(v.RecordedItemView(kind="decision", summary=d.summary + why, ref_id=d.id,
                                           visibility=shown_as(d.visibility)))
    for q in questions:
        recorded.append(v.RecordedItemView(kind="question", summary=q.text, ref_id=q.id,
                                           visibility=shown_as(q.visibility)))
    for e in changes:
        if e.kind == "due":
            kind, summary = "new_date", f"#{e.task.id} {e.task.title}: {e.old_value or 'no date'} -> {e.new_value}"
        elif e.kind == "status" and e.new_value == "done":
            kind, summary = "done", f"#{e.task.id} {e.task.title}"
        else:
            kind, summary = "task", f"#{e.task.id} {e.task.title}: {e.kind} {e.new_value or ''}".strip()
        if e.reason:
            summary += f" (because {e.reason})"
        recorded.append(v.RecordedItemView(kind=kind, summary=summary, ref_id=e.task.id,
                                           visibility=shown_as(e.task.visibility)))
    if role != "team":
        # a client may name an internal task by its number: echo only what they may see
        recorded = [r for r in recorded if r.visibility == v.VISIBILITY_SHARED]
        if not recorded:
            return
    view = v.ConfirmationContext(
        project_name=project.name,
        recipient_name=author.name or author.email,
        original_subject=message.subject or "",
        recorded=recorded,
    )
    ctx.send(workflow="confirmation", kind="confirmation", audience="team" if role == "team" else "client",
             project=project, recipient=author, view=view, period=f"msg{message.id}", now=now,
             thread=message.thread, quiet_hours=False)


def _named_member(project: Project, text: str) -> Person | None:
    """The member a short reply names: an @mention first, else a name, first name or address."""
    from ingest.addressing import MemberIndex
    from ingest.extraction import Person as XPerson

    people = {p.email: p for p, role in directory.members(project) if role != "guest"}
    index = MemberIndex([XPerson(email=p.email, name=p.name, role="team") for p in people.values()])
    email, _span = index.find_mention(text)
    if email is None:
        words = re.findall(r"[\w.+'-]+(?:@[\w.-]+)?", text)
        for i in range(len(words)):
            for size in (2, 1):
                email = index.lookup(" ".join(words[i:i + size]))
                if email:
                    break
            if email:
                break
    return people.get(email) if email else None


def fill_clarification(message: Message, author: Person, task: Task) -> list[TaskEvent]:
    """A reply to a clarification request names the owner and/or the date."""
    from ingest.dates import resolve_date

    text = (message.reply_text or "").strip()
    if not text:
        return []
    when = message_time(message)
    events: list[TaskEvent] = []
    project = Project.get_by_id(task.project_id)
    if task.owner_id is None:
        owner = _named_member(project, text)
        if owner is not None:
            task.owner = owner
            events.append(TaskEvent.create(task=task, at=to_naive_utc(when), kind="owner", person=author,
                                           new_value=owner.email, source_message=message))
    if task.due is None:
        due = None
        for line in text.splitlines():
            due = resolve_date(line, when, author.tz, author.date_order)
            if due:
                break
        if due is not None:
            events.append(TaskEvent.create(task=task, at=to_naive_utc(when), kind="due", person=author,
                                           old_value=None, new_value=due.isoformat(), source_message=message))
            task.due = due
    if events:
        task.updated_at = to_naive_utc(when)
        task.save()
    return events


class MailReactions:
    """Confirmations, delay notices, feedback capture and clarification fill-ins for live mail."""

    name = "mail_reactions"

    def __init__(self, app: App) -> None:
        self.app = app

    def on_recorded(self, message: Message, author: Person, role: str, recorded: Recorded) -> None:
        ctx = make_context(self.app)
        now = message_time(message)
        project = Project.get_by_id(message.project_id)
        task = Task.get_or_none(Task.id == message.reply_task_id) if message.reply_task_id else None
        if task is not None and task.project_id == project.id:
            asked = {o.kind for o in Outbox.select(Outbox.kind).where(Outbox.task == task)}
            if "feedback_request" in asked and role == "client" and (message.reply_text or "").strip():
                TaskEvent.create(task=task, at=to_naive_utc(now), kind="feedback", person=author,
                                 new_value=(message.reply_text or "").strip()[:4000], source_message=message)
            if "clarification" in asked and (task.owner_id is None or task.due is None):
                recorded.events.extend(fill_clarification(message, author, task))
        for ev in recorded.events:
            if ev.kind == "due" and ev.old_value:
                notify_slip(ctx, project, TaskEvent.get_by_id(ev.id), now)
        confirm(ctx, message, author, role, now)


def default_listeners(app: App) -> Sequence[RecordListener]:
    return [MailReactions(app)]
