"""Threading: JWZ-style over References/In-Reply-To, then reply tokens, then a guarded
subject fallback for mail clients that drop the headers."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence

from ingest.records import tasks_changed
from store.db import columns_of, database, insert_model, is_postgres, prepared, quoted, update_model
from store.models import Project, Thread, ThreadRef

_PREFIX = re.compile(
    r"^\s*((re|fw|fwd|aw|wg|sv|vs|antw|rif|r|tr|ref|odp|res|enc|doorst|vb|bls|přep|答复|回复|转发|"
    # (Outlook and webmail in Turkish, Korean, Chinese, Japanese, Vietnamese, Indonesian, Hebrew,
    # Arabic, Greek, Croatian, Hungarian, Norwegian, Baltic, Finnish, Italian, Spanish, Polish)
    r"ynt|yanıt|İlt|ilt|회신|답장|전달|回覆|轉寄|返信|転送|tl|trả lời|balas|השב|תשובה|הועבר|رد|απ|σχετ|πρθ|"
    r"odg|prosl|vá|tov|svar|atb|ats|vast|vl|i|rv|pd)"
    r"\s*(\[\d+\]|\(\d+\))?\s*[:：]\s*|\[[^\]]{1,60}\]\s*)+",
    re.IGNORECASE,
)
SUBJECT_WINDOW = dt.timedelta(days=21)
_REFS_PER_INSERT = 400  # rows per INSERT: far below either engine's limit on parameters


def normalize_subject(subject: str | None) -> str:
    """Strip Re:/Fwd:/AW:/SV: and [tags], fold case, punctuation and whitespace.

    Punctuation goes because people retyping a subject do not retype it: "packaging – next
    steps" comes back as "packaging - next steps", curly quotes as straight ones."""
    return fold_punctuation(bare_subject(subject).casefold())


def fold_punctuation(text: str) -> str:
    """``text`` with every punctuation mark (any dash, quote, colon ...) made a space, in NFKC."""
    text = unicodedata.normalize("NFKC", text)
    return " ".join("".join(" " if unicodedata.category(c).startswith("P") else c for c in text).split())


def bare_subject(subject: str | None) -> str:
    """The subject as written, without Re:/Fwd:/AW:/SV: and [tags] ("Observers for the sessions")."""
    text = subject or ""
    previous = None
    while previous != text:
        previous = text
        text = _PREFIX.sub("", text)
    return " ".join(text.split())


def find_by_references(project: Project, refs: Sequence[str]) -> Thread | None:
    """The thread of the nearest known ancestor: In-Reply-To first, then References newest-first.

    When the ids reveal that several of our threads are one conversation (mail that arrived
    out of order, or a reply whose headers were dropped earlier), they are merged, as JWZ
    joins containers that share an ancestor."""
    if not refs:
        return None
    refs = list(refs)
    found = _threads_citing(project, refs)
    by_id: dict[str, list[int]] = {}
    threads_by_id: dict[int, Thread] = {}
    for message_id, thread in found:
        by_id.setdefault(message_id, []).append(thread.id)
        threads_by_id.setdefault(thread.id, thread)
    ordered: list[int] = []
    for ref in refs:
        for tid in by_id.get(ref, []):
            if tid not in ordered:
                ordered.append(tid)
    if not ordered:
        return None
    target = threads_by_id[ordered[0]]
    if len(ordered) > 1:
        merge(target, [threads_by_id[t] for t in ordered[1:]])
    return target


def _threads_citing(project: Project, refs: list[str]) -> list[tuple[str, Thread]]:
    """(cited id, thread) for every thread of ``project`` that knows one of ``refs``: one
    hand-built query instead of a peewee join plus a fetch per thread.

    CROSS JOIN pins SQLite's join order to the few refs first: left to itself (no ANALYZE
    statistics) it walks every thread of the project and probes each, which grows with the
    archive (0.25 ms a message at 750 threads).  PostgreSQL plans it as an inner join."""
    head = prepared(("threads_citing",), lambda mark: (
        f"SELECT {columns_of(Thread, 't')}, r.{quoted(ThreadRef.message_id.column_name)} "
        f"FROM {quoted(ThreadRef._meta.table_name)} r CROSS JOIN {quoted(Thread._meta.table_name)} t "
        f"WHERE t.{quoted(Thread.id.column_name)} = r.{quoted(ThreadRef.thread.column_name)} "
        f"AND t.{quoted(Thread.project.column_name)} = {mark} "
        f"AND r.{quoted(ThreadRef.message_id.column_name)} IN "
    ))
    mark = "%s" if is_postgres() else "?"
    # (thread order as the index walk gave it before, for a ref several threads know)
    sql = f"{head}({', '.join([mark] * len(refs))}) ORDER BY t.{quoted(Thread.id.column_name)}"
    params = [project.id, *(ThreadRef.message_id.db_value(r) for r in refs)]
    fields = Thread._meta.sorted_fields
    out: list[tuple[str, Thread]] = []
    for row in database.execute_sql(sql, params).fetchall():
        thread = Thread(__no_default__=1)
        thread.__data__.update({f.name: (None if v is None else f.python_value(v)) for f, v in zip(fields, row)})
        out.append((row[-1], thread))
    return out


def merge(target: Thread, others: Sequence[Thread]) -> None:
    """Fold ``others`` into ``target``: messages, items, outbox rows and known ids move over."""
    from store.models import Decision, Message, Outbox, Question, Task

    ids = [t.id for t in others if t.id != target.id]
    if not ids:
        return
    for model in (Message, Task, Decision, Question, Outbox):
        model.update(thread=target.id).where(model.thread.in_(ids)).execute()
    tasks_changed()  # (their thread is part of what a batch keeps of its open tasks)
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
    """Record ids as members of ``thread`` (the message's own id and the ghosts it cites).

    One INSERT that skips the ids the thread already knows (the unique (message_id, thread)
    index), which leaves the same rows as looking them up first and inserting the rest."""
    ids = list(dict.fromkeys(i for i in message_ids if i))
    for start in range(0, len(ids), _REFS_PER_INSERT):
        chunk = ids[start:start + _REFS_PER_INSERT]
        head = prepared(("remember",), lambda mark: (
            f"INSERT INTO {quoted(ThreadRef._meta.table_name)} "
            f"({quoted(ThreadRef.message_id.column_name)}, {quoted(ThreadRef.thread.column_name)}) VALUES "
        ))
        mark = "%s" if is_postgres() else "?"
        sql = head + ", ".join([f"({mark}, {mark})"] * len(chunk)) + " ON CONFLICT DO NOTHING"
        params: list[object] = []
        for i in chunk:
            params += [ThreadRef.message_id.db_value(i), thread.id]
        database.execute_sql(sql, params)


def looks_like_reply(subject: str | None) -> bool:
    """Re:/AW:/SV: ..., not a forward: "Fwd: X" without headers is a new conversation with
    the people it is forwarded to (a team-only forward of the client's thread), while "Re: Fwd:
    X" answers one."""
    if not subject or bare_subject(subject) == " ".join(subject.split()):
        return False
    return _FORWARD_PREFIX.match(subject) is None


_FORWARD_PREFIX = re.compile(r"^\s*(?:\[[^\]]{1,60}\]\s*)*(?:fw|fwd|wg|tr|enc|doorst|vb|rv|转发|轉寄|転送|전달|İlt|ilt|הועבר|πρθ|tov|vl|prosl|pd|i)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]",
                             re.IGNORECASE)


def new_thread(project: Project, subject: str, when: dt.datetime, participants: Iterable[str] = ()) -> Thread:
    """A thread started at ``when``; ``participants`` are stored with it (what a later
    :func:`touch` with the same people would add), so starting a thread is one INSERT."""
    thread: Thread = insert_model(
        Thread,
        project=project,
        subject=(subject or "")[:500],
        normalized_subject=normalize_subject(subject),
        created_at=when,
        last_message_at=when,
        participants=list(dict.fromkeys(participants)),
    )
    return thread


def touch(thread: Thread, participants: Iterable[str], when: dt.datetime) -> None:
    people = list(dict.fromkeys(list(thread.participants or []) + list(participants)))
    changed: list[str] = []
    if people != (thread.participants or []):
        thread.participants = people
        changed.append("participants")
    if when > thread.last_message_at:
        thread.last_message_at = when
        changed.append("last_message_at")
    if when < thread.created_at:
        thread.created_at = when
        changed.append("created_at")
    if changed:
        update_model(thread, changed)
