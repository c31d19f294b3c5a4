"""Turning an extraction into rows: tasks (with history), decisions, questions, changes."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import peewee as pw

from ingest.extraction import Extraction, KnownTask
from store.models import Decision, Message, Person, Project, Question, Task, TaskEvent, Thread


@dataclass
class Recorded:
    """What one message changed; listeners (confirmations, delay notices) read this."""

    tasks: list[Task] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    events: list[TaskEvent] = field(default_factory=list)
    answered: list[Question] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.tasks or self.decisions or self.questions or self.events)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2}


def known_tasks(project: Project) -> list[KnownTask]:
    query = (
        Task.select(Task.id, Task.title, Person.email.alias("owner_email"))
        .join(Person, pw.JOIN.LEFT_OUTER, on=(Task.owner == Person.id))
        .where((Task.project == project) & (Task.status != "done"))
        .order_by(Task.id.desc())
        .limit(200)
        .objects()
    )
    return [KnownTask(id=t.id, title=t.title, owner=getattr(t, "owner_email", None)) for t in query]


def _find_task(project: Project, task_id: int | None, hint: str | None, thread: Thread | None) -> Task | None:
    if task_id is not None:
        return Task.get_or_none((Task.id == task_id) & (Task.project == project))
    if hint:
        wanted = _words(hint)
        best: tuple[float, Task | None] = (0.0, None)
        for task in Task.select().where((Task.project == project) & (Task.status != "done")):
            have = _words(task.title)
            if not have or not wanted:
                continue
            score = len(have & wanted) / len(have | wanted)
            if thread is not None and task.thread_id == thread.id:
                score += 0.2
            if score > best[0]:
                best = (score, task)
        if best[0] >= 0.34:
            return best[1]
    if thread is not None:
        on_thread = list(
            Task.select().where((Task.thread == thread) & (Task.status != "done")).limit(2)
        )
        if len(on_thread) == 1:
            return on_thread[0]
    return None


def record(
    extraction: Extraction,
    *,
    project: Project,
    thread: Thread | None,
    message: Message,
    author: Person,
    visibility: str,
    when: dt.datetime,
    people: dict[str, Person],
    reply_task_id: int | None,
    author_role: str = "team",
) -> Recorded:
    """Write what ``extraction`` found; caller holds the transaction."""
    out = Recorded()
    for item in extraction.tasks:
        title = item.title.strip()[:500]
        if not title:
            continue
        owner = people.get(item.owner) if item.owner else None
        duplicate = _same_task(project, title, owner)
        if duplicate is not None:
            # the same work restated (a client's request, then the team's Task: line):
            # keep one task and let the restatement fill in what it lacked
            out.events.extend(_complete(duplicate, owner, item.due, author, message, when))
            continue
        task = Task.create(
            project=project,
            thread=thread,
            title=title,
            owner=owner,
            author=author,
            due=item.due,
            status=item.status,
            visibility=visibility,
            source_message=message,
            rule=item.rule[:100],
            created_at=when,
            updated_at=when,
            done_at=when if item.status == "done" else None,
        )
        out.tasks.append(task)
        out.events.append(
            TaskEvent.create(task=task, at=when, kind="created", person=author,
                             new_value=item.status, source_message=message)
        )
    for d in extraction.decisions:
        decided_by = people.get(d.decided_by, author)
        out.decisions.append(
            Decision.create(
                project=project, thread=thread, summary=d.summary.strip()[:1000],
                rationale=(d.rationale or None), decided_by=decided_by, decided_at=when,
                visibility=visibility, source_message=message, rule=d.rule[:100],
            )
        )
    for q in extraction.questions:
        out.questions.append(
            Question.create(
                project=project, thread=thread, text=q.text.strip()[:1000], asked_by=author,
                addressed_to=people.get(q.addressed_to) if q.addressed_to else None,
                visibility=visibility, source_message=message, rule=q.rule[:100], created_at=when,
            )
        )
    for change in extraction.changes:
        target = _find_task(project, change.task_id or reply_task_id, change.task_title_hint, thread)
        if target is None:
            continue
        if author_role != "team" and target.visibility != "client":
            # clients (and guests) may only move tasks they can see
            continue
        out.events.extend(_apply_change(target, change, author, message, when))
    return out


def _same_task(project: Project, title: str, owner: Person | None) -> Task | None:
    wanted = _words(title)
    if not wanted:
        return None
    for task in Task.select().where((Task.project == project) & (Task.status != "done")).order_by(Task.id.desc()).limit(300):
        if owner is not None and task.owner_id is not None and task.owner_id != owner.id:
            continue
        have = _words(task.title)
        if have and len(have & wanted) / len(have | wanted) >= 0.75:
            return task
    return None


def _complete(task: Task, owner: Person | None, due: dt.date | None, author: Person, message: Message,
              when: dt.datetime) -> list[TaskEvent]:
    events = []
    if owner is not None and task.owner_id is None:
        task.owner = owner
        events.append(TaskEvent.create(task=task, at=when, kind="owner", person=author, new_value=owner.email,
                                       source_message=message))
    if due is not None and task.due is None:
        task.due = due
        events.append(TaskEvent.create(task=task, at=when, kind="due", person=author, new_value=due.isoformat(),
                                       source_message=message))
    if events:
        task.updated_at = when
        task.save()
    return events


def _apply_change(task: Task, change, author: Person, message: Message, when: dt.datetime) -> list[TaskEvent]:  # type: ignore[no-untyped-def]
    events: list[TaskEvent] = []
    if change.status and change.status != task.status:
        events.append(TaskEvent.create(
            task=task, at=when, kind="status", person=author, old_value=task.status,
            new_value=change.status, reason=change.reason, source_message=message,
        ))
        task.status = change.status
        task.done_at = when if change.status == "done" else None
    if change.new_due and change.new_due != task.due:
        events.append(TaskEvent.create(
            task=task, at=when, kind="due", person=author,
            old_value=task.due.isoformat() if task.due else None,
            new_value=change.new_due.isoformat(), reason=change.reason, source_message=message,
        ))
        task.due = change.new_due
        task.confirmed_at = None
    if change.confirmed and not events:
        events.append(TaskEvent.create(
            task=task, at=when, kind="confirmed", person=author,
            new_value=task.due.isoformat() if task.due else None, source_message=message,
        ))
        task.confirmed_at = when
    if events:
        task.updated_at = when
        task.save()
    return events


def answer_questions(thread: Thread, author: Person, message: Message, asked_now: int) -> list[Question]:
    """A reply on the thread by someone other than the asker answers their open questions."""
    if asked_now:
        # a message that only asks back does not count as an answer
        return []
    rows = list(
        Question.select().where(
            (Question.thread == thread)
            & (Question.status == "open")
            & (Question.asked_by != author)
            & ((Question.addressed_to.is_null()) | (Question.addressed_to == author))
        )
    )
    for q in rows:
        q.status = "answered"
        q.answer_message = message
        q.save()
    return rows
