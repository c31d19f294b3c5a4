"""Rows as the CLI contract shapes them (JSON dicts), shared by the CLI and the demo."""
from __future__ import annotations

from typing import Any

from store.models import (
    Decision,
    Message,
    Outbox,
    Person,
    Project,
    Quarantine,
    Question,
    Task,
    Thread,
    ThreadRef,
)


def _email(person_id: int | None) -> str | None:
    if person_id is None:
        return None
    person = Person.get_or_none(Person.id == person_id)
    return person.email if person else None


def thread_rows(project: Project) -> list[dict[str, Any]]:
    out = []
    for thread in Thread.select().where(Thread.project == project).order_by(Thread.id):
        ids = [
            m.message_id
            for m in Message.select(Message.message_id)
            .where(Message.thread == thread)
            .order_by(Message.date, Message.id)
        ]
        out.append({
            "id": thread.id,
            "subject": thread.subject,
            "message_ids": list(dict.fromkeys(ids)),
            "last_message_at": thread.last_message_at.isoformat() if thread.last_message_at else None,
        })
    return out


def task_row(t: Task) -> dict[str, Any]:
    src = Message.get_or_none(Message.id == t.source_message_id) if t.source_message_id else None
    return {
        "id": t.id,
        "title": t.title,
        "owner": _email(t.owner_id),
        "due": t.due.isoformat() if t.due else None,
        "status": t.status,
        "visibility": t.visibility,
        "source_message_id": src.message_id if src else None,
        "thread_id": t.thread_id,
        "author": _email(t.author_id),
        "rule": t.rule,
    }


def task_rows(project: Project, status: str = "all") -> list[dict[str, Any]]:
    query = Task.select().where(Task.project == project)
    if status != "all":
        query = query.where(Task.status == status)
    return [task_row(t) for t in query.order_by(Task.id)]


def decision_rows(project: Project) -> list[dict[str, Any]]:
    out = []
    for d in Decision.select().where(Decision.project == project).order_by(Decision.id):
        src = Message.get_or_none(Message.id == d.source_message_id) if d.source_message_id else None
        out.append({
            "id": d.id,
            "summary": d.summary,
            "rationale": d.rationale,
            "decided_by": _email(d.decided_by_id),
            "date": d.decided_at.date().isoformat() if d.decided_at else None,
            "source_message_id": src.message_id if src else None,
            "visibility": d.visibility,
        })
    return out


def question_rows(project: Project) -> list[dict[str, Any]]:
    out = []
    for q in Question.select().where(Question.project == project).order_by(Question.id):
        src = Message.get_or_none(Message.id == q.source_message_id) if q.source_message_id else None
        out.append({
            "id": q.id,
            "text": q.text,
            "asked_by": _email(q.asked_by_id),
            "addressed_to": _email(q.addressed_to_id),
            "status": q.status,
            "source_message_id": src.message_id if src else None,
        })
    return out


def quarantine_rows() -> list[dict[str, Any]]:
    out = []
    query = (
        Quarantine.select(Quarantine, Message)
        .join(Message)
        .where(Quarantine.released == False)
        .order_by(Quarantine.id)
    )
    for q in query:
        out.append({
            "id": q.id,
            "message_id": q.message.message_id,
            "sender": q.sender,
            "reason": q.reason,
            "subject": q.message.subject,
            "received_at": q.created_at.isoformat(),
        })
    return out


def failed_rows() -> list[dict[str, Any]]:
    return [
        {"message_id": m.message_id, "source": m.source, "error": (m.error or "").splitlines()[0:1]}
        for m in Message.select().where(Message.status == "failed").order_by(Message.id)
    ]


def outbox_row(o: Outbox) -> dict[str, Any]:
    project = Project.get_or_none(Project.id == o.project_id) if o.project_id else None
    return {
        "id": o.id,
        "kind": o.kind,
        "project": project.slug if project else None,
        "to": list(o.recipients or []),
        "subject": o.subject,
        "status": o.status,
        "message_id": o.message_id,
        "text": o.text,
        "audience": o.audience,
        "attempts": o.attempts,
        "not_before": o.not_before.isoformat() if o.not_before else None,
        "sent_at": o.sent_at.isoformat() if o.sent_at else None,
        "last_error": o.last_error,
        "idempotency_key": o.idempotency_key,
    }


def outbox_rows(status: str = "all") -> list[dict[str, Any]]:
    query = Outbox.select()
    if status != "all":
        query = query.where(Outbox.status == status)
    return [outbox_row(o) for o in query.order_by(Outbox.id)]


def known_ref(message_id: str) -> bool:
    return ThreadRef.select().where(ThreadRef.message_id == message_id).exists()
