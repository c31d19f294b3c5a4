"""Threading: JWZ-style over References/In-Reply-To, then reply tokens, then a guarded
subject fallback for mail clients that drop the headers."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

import peewee as pw

from store.models import Project, Thread, ThreadRef

_PREFIX = re.compile(
    r"^\s*((re|fw|fwd|aw|wg|sv|vs|antw|rif|r|tr|ref|odp|res|enc|doorst|vb|bls|přep|答复|回复|转发)"
    r"\s*(\[\d+\]|\(\d+\))?\s*[:：]\s*|\[[^\]]{1,60}\]\s*)+",
    re.IGNORECASE,
)
SUBJECT_WINDOW = dt.timedelta(days=21)


def normalize_subject(subject: str | None) -> str:
    """Strip Re:/Fwd:/AW:/SV: and [tags], fold case and whitespace."""
    text = subject or ""
    previous = None
    while previous != text:
        previous = text
        text = _PREFIX.sub("", text)
    return " ".join(text.split()).casefold()


def find_by_references(project: Project, refs: Sequence[str]) -> Thread | None:
    """The thread of the nearest known ancestor: In-Reply-To first, then References newest-first.

    When the ids reveal that several of our threads are one conversation (mail that arrived
    out of order, or a reply whose headers were dropped earlier), they are merged, as JWZ
    joins containers that share an ancestor."""
    if not refs:
        return None
    rows = (
        ThreadRef.select(ThreadRef.message_id, ThreadRef.thread)
        .join(Thread)
        .where((Thread.project == project) & (ThreadRef.message_id.in_(list(refs))))
    )
    by_id: dict[str, list[int]] = {}
    for row in rows:
        by_id.setdefault(row.message_id, []).append(row.thread_id)
    ordered: list[int] = []
    for ref in refs:
        for tid in by_id.get(ref, []):
            if tid not in ordered:
                ordered.append(tid)
    if not ordered:
        return None
    target = Thread.get_by_id(ordered[0])
    if len(ordered) > 1:
        merge(target, [Thread.get_by_id(t) for t in ordered[1:]])
    return target


def merge(target: Thread, others: Sequence[Thread]) -> None:
    """Fold ``others`` into ``target``: messages, items, outbox rows and known ids move over."""
    from store.models import Decision, Message, Outbox, Question, Task

    ids = [t.id for t in others if t.id != target.id]
    if not ids:
        return
    for model in (Message, Task, Decision, Question, Outbox):
        model.update(thread=target.id).where(model.thread.in_(ids)).execute()
    known = ThreadRef.select(ThreadRef.message_id).where(ThreadRef.thread == target)
    ThreadRef.update(thread=target.id).where(
        ThreadRef.thread.in_(ids) & ThreadRef.message_id.not_in(known)
    ).execute()
    ThreadRef.delete().where(ThreadRef.thread.in_(ids)).execute()
    people = list(target.participants or [])
    first, last = target.created_at, target.last_message_at
    for other in others:
        people.extend(p for p in (other.participants or []) if p not in people)
        first = min(first, other.created_at)
        last = max(last, other.last_message_at)
    Thread.update(participants=people, created_at=first, last_message_at=last).where(
        Thread.id == target.id
    ).execute()
    target.participants, target.created_at, target.last_message_at = people, first, last
    Thread.delete().where(Thread.id.in_(ids)).execute()


def find_by_subject(
    project: Project, subject: str, participants: Iterable[str], when: dt.datetime
) -> Thread | None:
    """Only for replies (Re:) whose headers were dropped: same subject, a shared participant,
    and recent activity, so two unrelated "Update" threads weeks apart do not merge."""
    norm = normalize_subject(subject)
    if not norm or len(norm) < 3:
        return None
    people = set(participants)
    candidates = (
        Thread.select()
        .where(
            (Thread.project == project)
            & (Thread.normalized_subject == norm)
            & (Thread.last_message_at >= when - SUBJECT_WINDOW)
            & (Thread.created_at <= when + SUBJECT_WINDOW)
        )
        .order_by(Thread.last_message_at.desc())
        .limit(5)
    )
    for thread in candidates:
        if people & set(thread.participants or []):
            return thread
    return None


def remember(thread: Thread, message_ids: Iterable[str]) -> None:
    """Record ids as members of ``thread`` (the message's own id and the ghosts it cites)."""
    ids = list(dict.fromkeys(i for i in message_ids if i))
    if not ids:
        return
    known = {
        r.message_id
        for r in ThreadRef.select(ThreadRef.message_id).where(
            (ThreadRef.thread == thread) & (ThreadRef.message_id.in_(ids))
        )
    }
    fresh = [{"message_id": i, "thread": thread.id} for i in ids if i not in known]
    if fresh:
        ThreadRef.insert_many(fresh).on_conflict_ignore().execute()


def looks_like_reply(subject: str | None) -> bool:
    return bool(subject) and normalize_subject(subject) != " ".join((subject or "").split()).casefold()


def new_thread(project: Project, subject: str, when: dt.datetime) -> Thread:
    return Thread.create(
        project=project,
        subject=(subject or "")[:500],
        normalized_subject=normalize_subject(subject),
        created_at=when,
        last_message_at=when,
        participants=[],
    )


def touch(thread: Thread, participants: Iterable[str], when: dt.datetime) -> None:
    people = list(dict.fromkeys(list(thread.participants or []) + list(participants)))
    update: dict[pw.Field, object] = {}
    if people != (thread.participants or []):
        update[Thread.participants] = people
        thread.participants = people
    if when > thread.last_message_at:
        update[Thread.last_message_at] = when
        thread.last_message_at = when
    if when < thread.created_at:
        update[Thread.created_at] = when
        thread.created_at = when
    if update:
        Thread.update(update).where(Thread.id == thread.id).execute()
