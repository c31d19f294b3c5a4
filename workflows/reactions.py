"""Reactions to live mail, run inside the message's transaction (so the outbox row commits
with the change that caused it): the confirmation echo to team members, the delay notice to
clients when a client-visible task slips, feedback and clarification replies."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import peewee as pw

from ingest.pipeline import RecordListener
from ingest.records import Recorded, tasks_changed
from outbound import views as v
from store import directory
from store.db import as_aware, database, prepared, quoted, to_naive_utc
from store.models import Decision, Message, Outbox, Person, Project, Question, Task, TaskEvent
from workflows.deadlines import notify_slip
from workflows.engine import RunContext, make_context
from workflows.weekly import shown_as

if TYPE_CHECKING:
    from workflows.app import App


def message_time(message: Message) -> dt.datetime:
    """Reactions happen "as of" the message, so replays with a fixed clock behave the same."""
    return as_aware(message.date or message.received_at)


def confirm(ctx: RunContext, message: Message, author: Person, role: str, now: dt.datetime,
            recorded_now: Recorded | None = None) -> None:
    """Reply once to a team member's mail with what was recorded from it.

    ``recorded_now`` is what the pipeline just recorded from ``message`` (live mail): the
    tasks, decisions and questions that name it as their source are exactly those (a
    reprocess deletes the earlier ones first), so a kind it holds none of is not read back."""
    project = message.project  # the pipeline's own row (a fetch only for a message read back)
    assert project is not None  # reactions run only for routed (processed) messages
    if role != "team" and not (role == "client" and ctx.option(project, "echo_clients", False)):
        return
    tasks, decisions, questions, changes = _recorded_from(message, recorded_now)
    if not (tasks or decisions or questions or changes):
        return
    recorded: list[v.RecordedItemView] = []
    for task_id, title, owner_email, due, visibility in tasks:
        bits = [title]
        if owner_email is not None:
            bits.append(f"owner {owner_email}")
        bits.append(f"due {due.isoformat()}" if due else "no due date")
        recorded.append(v.RecordedItemView(kind="task", summary=", ".join(bits), ref_id=task_id,
                                           visibility=shown_as(visibility)))
    for decision_id, summary, rationale, visibility in decisions:
        why = f" (because {rationale})" if rationale else ""
        recorded.append(v.RecordedItemView(kind="decision", summary=summary + why, ref_id=decision_id,
                                           visibility=shown_as(visibility)))
    for question_id, text, visibility in questions:
        recorded.append(v.RecordedItemView(kind="question", summary=text, ref_id=question_id,
                                           visibility=shown_as(visibility)))
    for kind_, old_value, new_value, reason, task_id, title, visibility in changes:
        if kind_ == "due":
            kind, summary = "new_date", f"#{task_id} {title}: {old_value or 'no date'} -> {new_value}"
        elif kind_ == "proposed":
            kind, summary = "proposed_date", f"#{task_id} {title}: {new_value} proposed (due {old_value or 'no date'} until agreed)"
        elif kind_ == "status" and new_value == "done":
            kind, summary = "done", f"#{task_id} {title}"
        else:
            kind, summary = "task", f"#{task_id} {title}: {kind_} {new_value or ''}".strip()
        if reason:
            summary += f" (because {reason})"
        recorded.append(v.RecordedItemView(kind=kind, summary=summary, ref_id=task_id,
                                           visibility=shown_as(visibility)))
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


def _col(field: pw.Field, alias: str) -> str:
    return f"{alias}.{quoted(field.column_name)}"


def _table(model: type[pw.Model], alias: str) -> str:
    return f"{quoted(model._meta.table_name)} {alias}"


# What a message recorded, read back as four hand-built queries (built once per engine:
# peewee would spend longer building them than the database spends answering), in id
# order, with only the columns the confirmation shows.
_TASKS_SQL = (lambda mark: (
    f"SELECT {_col(Task.id, 't')}, {_col(Task.title, 't')}, {_col(Person.email, 'p')}, {_col(Task.due, 't')}, "
    f"{_col(Task.visibility, 't')} FROM {_table(Task, 't')} LEFT OUTER JOIN {_table(Person, 'p')} "
    f"ON {_col(Person.id, 'p')} = {_col(Task.owner, 't')} "
    f"WHERE {_col(Task.source_message, 't')} = {mark} ORDER BY {_col(Task.id, 't')}"
))
_DECISIONS_SQL = (lambda mark: (
    f"SELECT {_col(Decision.id, 'd')}, {_col(Decision.summary, 'd')}, {_col(Decision.rationale, 'd')}, "
    f"{_col(Decision.visibility, 'd')} FROM {_table(Decision, 'd')} "
    f"WHERE {_col(Decision.source_message, 'd')} = {mark} ORDER BY {_col(Decision.id, 'd')}"
))
_QUESTIONS_SQL = (lambda mark: (
    f"SELECT {_col(Question.id, 'q')}, {_col(Question.text, 'q')}, {_col(Question.visibility, 'q')} "
    f"FROM {_table(Question, 'q')} "
    f"WHERE {_col(Question.source_message, 'q')} = {mark} ORDER BY {_col(Question.id, 'q')}"
))
_CHANGES_SQL = (lambda mark: (
    f"SELECT {_col(TaskEvent.kind, 'e')}, {_col(TaskEvent.old_value, 'e')}, {_col(TaskEvent.new_value, 'e')}, "
    f"{_col(TaskEvent.reason, 'e')}, {_col(Task.id, 't')}, {_col(Task.title, 't')}, {_col(Task.visibility, 't')} "
    f"FROM {_table(TaskEvent, 'e')} JOIN {_table(Task, 't')} ON {_col(Task.id, 't')} = {_col(TaskEvent.task, 'e')} "
    f"WHERE {_col(TaskEvent.source_message, 'e')} = {mark} AND {_col(TaskEvent.kind, 'e')} != {mark} "
    f"ORDER BY {_col(TaskEvent.id, 'e')}"
))


def _recorded_from(
    message: Message, recorded_now: Recorded | None
) -> tuple[list[tuple], list[tuple], list[tuple], list[tuple]]:  # type: ignore[type-arg]
    """(tasks, decisions, questions, changes) whose source is ``message``, as plain rows.
    Changes are read back unless the message is fresh and changed nothing but by creating
    tasks: a reprocess keeps the task events of its first run."""
    def rows(key: str, build: Callable[[str], str], params: list[object], made_now: list[Any]) -> list[tuple]:  # type: ignore[type-arg]
        if recorded_now is not None and not made_now:
            return []  # nothing of this kind names the message as its source
        return list(database.execute_sql(prepared(("confirm", key), build), params).fetchall())

    now = recorded_now or Recorded()
    tasks = [(task_id, title, owner, None if due is None else Task.due.python_value(due), visibility)
             for task_id, title, owner, due, visibility in rows("tasks", _TASKS_SQL, [message.id], now.tasks)]
    # (a fresh message's events are all in ``events``: the query finds none when they are
    # all "created")
    changed = not now.fresh or any(ev.kind != "created" for ev in now.events)
    if now.fresh:
        # the rows just inserted are all the decisions and questions naming the message, in
        # id order: what the queries would read back, without asking
        decisions = [(d.id, _stored(Decision.summary, d.summary), _stored(Decision.rationale, d.rationale),
                      _stored(Decision.visibility, d.visibility)) for d in now.decisions]
        questions = [(q.id, _stored(Question.text, q.text), _stored(Question.visibility, q.visibility))
                     for q in now.questions]
    else:
        decisions = rows("decisions", _DECISIONS_SQL, [message.id], now.decisions)
        questions = rows("questions", _QUESTIONS_SQL, [message.id], now.questions)
    return (tasks, decisions, questions,
            rows("changes", _CHANGES_SQL, [message.id, "created"], [True] if changed else []))


def _stored(column: pw.Field, value: Any) -> Any:
    """``value`` as its column gives it back once written (e.g. cut to the column's length)."""
    return None if value is None else column.python_value(column.db_value(value))


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
        tasks_changed()
        task.save()
    return events


class MailReactions:
    """Confirmations, delay notices, feedback capture and clarification fill-ins for live mail."""

    name = "mail_reactions"
    reports_task_writes = True  # fill_clarification is its one write to a task

    def __init__(self, app: App) -> None:
        self.app = app

    def idle(self, message: Message, author: Person, role: str, recorded: Recorded) -> bool:
        """True when :meth:`on_recorded` would read and write nothing: no task named by the
        reply, no slipped date to announce, and no confirmation to send (none for this
        author's role, or nothing recorded from a fresh message: see ``_recorded_from``)."""
        if message.reply_task_id or any(ev.kind == "due" and ev.old_value for ev in recorded.events):
            return False
        if recorded.fresh and recorded.empty:
            return True
        # (confirm's own first test)
        return role != "team" and not (role == "client" and make_context(self.app).option(
            message.project, "echo_clients", False))

    def on_recorded(self, message: Message, author: Person, role: str, recorded: Recorded) -> None:
        ctx = make_context(self.app)
        now = message_time(message)
        project = message.project  # the pipeline's own row (a fetch only for a message read back)
        assert project is not None  # reactions run only for routed (processed) messages
        task = Task.get_or_none(Task.id == message.reply_task_id) if message.reply_task_id else None
        if task is not None and task.project_id == project.id:
            asked = {o.kind for o in Outbox.select(Outbox.kind).where(Outbox.task == task)}
            if "feedback_request" in asked and role == "client" and (message.reply_text or "").strip():
                # (one of the message's changes: confirm reads it back)
                recorded.events.append(TaskEvent.create(
                    task=task, at=to_naive_utc(now), kind="feedback", person=author,
                    new_value=(message.reply_text or "").strip()[:4000], source_message=message))
            if "clarification" in asked and (task.owner_id is None or task.due is None):
                recorded.events.extend(fill_clarification(message, author, task))
        for ev in recorded.events:
            if ev.kind == "due" and ev.old_value:
                notify_slip(ctx, project, TaskEvent.get_by_id(ev.id), now)
        confirm(ctx, message, author, role, now, recorded)


def default_listeners(app: App) -> Sequence[RecordListener]:
    return [MailReactions(app)]
