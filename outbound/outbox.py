"""The transactional outbox: enqueue in the caller's transaction, claim, send, record.

A row is composed once, at enqueue time, into the exact bytes that will be sent, so a
message retried after a crash (found in ``sending`` past its lease) goes out again with the
same Message-ID.  The bytes live in ``outbox_body``, apart from the row whose status keeps
changing (see :func:`raw_bytes`).  Claiming uses ``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so several
deliverers on several hosts never send one row twice; SQLite serialises writers itself.

Each result is committed as soon as the server has answered that message, not at the end
of the batch: a crash can then resend at most the one message whose 250 arrived but whose
``sent`` was not committed yet (same bytes, same Message-ID), never a whole batch.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import logging
import random
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

import peewee as pw

from outbound.compose import Outgoing, compose, make_message_id
from outbound.errors import OutboundError
from outbound.transports import Envelope, SendResult, Transport
from store.db import database, is_postgres, to_naive_utc, write_transaction
from store.models import Outbox, OutboxAttempt, OutboxBody, Project, Task, Thread, ThreadRef

log = logging.getLogger("trackfront.outbound")

BACKOFF_BASE = dt.timedelta(minutes=1)
BACKOFF_CAP = dt.timedelta(hours=6)


class OutboxNotFound(OutboundError):
    """No outbox row with that id."""


@dataclass(frozen=True)
class Request:
    """What a workflow asks to send; rendered text/html already produced by the renderer."""

    key: str
    kind: str
    audience: str
    to: Sequence[tuple[str | None, str]]
    subject: str
    text: str
    html: str | None
    from_addr: str
    from_name: str | None
    message_id_domain: str
    date: dt.datetime  # aware, recipient's zone
    project: Project | None = None
    thread: Thread | None = None
    task: Task | None = None
    reply_to: str | None = None
    in_reply_to: str | None = None
    references: Sequence[str] = ()
    list_unsubscribe: str | None = None
    not_before: dt.datetime | None = None


# Hot-path SQL.  Peewee spends ~0.2 ms building each query, longer than SQLite takes to
# run it, and enqueue/record run once per message; so these statements are rendered once
# per engine from the model's own column names, and their values still go through each
# field's db_value (truncation, JSON, NUL removal, blob type) exactly as peewee would.
_INSERT_FIELDS: tuple[pw.Field, ...] = (
    Outbox.idempotency_key, Outbox.kind, Outbox.audience, Outbox.project, Outbox.thread, Outbox.task,
    Outbox.recipients, Outbox.subject, Outbox.text, Outbox.html, Outbox.message_id,
    Outbox.status, Outbox.attempts, Outbox.not_before, Outbox.created_at,
)
_BODY_FIELDS: tuple[pw.Field, ...] = (OutboxBody.outbox, OutboxBody.raw)
_THREAD_REF_FIELDS: tuple[pw.Field, ...] = (ThreadRef.message_id, ThreadRef.thread)
_ATTEMPT_FIELDS: tuple[pw.Field, ...] = (
    OutboxAttempt.outbox, OutboxAttempt.at, OutboxAttempt.result, OutboxAttempt.code, OutboxAttempt.detail,
)
# A result sets status and claimed_by = NULL, then what its outcome needs, and only
# while the row is still held by the claim that sent it.
_RESULT_HEAD: tuple[pw.Field, ...] = (Outbox.status, Outbox.claimed_by)
_CLAIM_GUARD: tuple[pw.Field, ...] = (Outbox.id, Outbox.status, Outbox.claimed_by, Outbox.claimed_at)
_RESULT_FIELDS: dict[str, tuple[pw.Field, ...]] = {
    "sent": (Outbox.sent_at, Outbox.last_error),
    "queued": (Outbox.not_before, Outbox.last_error),
    "failed": (Outbox.last_error,),
}


@dataclass(frozen=True)
class _Statements:
    insert_outbox: str
    insert_body: str
    insert_thread_ref: str
    insert_attempt: str
    result: dict[str, str]
    # PostgreSQL: the outbox row, its bytes and (with_ref) its thread ref in one statement
    insert_all: str
    insert_all_with_ref: str
    # PostgreSQL: a result (attempt row and status change) in one statement, committed
    # without waiting for the WAL flush (see record_result)
    record: dict[str, str]


_STATEMENTS: dict[bool, _Statements] = {}


def _quoted(name: str) -> str:
    return f'"{name}"'  # SQLite and PostgreSQL both quote identifiers with double quotes


def _statements() -> _Statements:
    postgres = is_postgres()
    found = _STATEMENTS.get(postgres)
    if found is not None:
        return found
    mark = "%s" if postgres else "?"

    def insert(model: type[pw.Model], fields: Sequence[pw.Field], tail: str = "") -> str:
        columns = ", ".join(_quoted(f.column_name) for f in fields)
        marks = ", ".join([mark] * len(fields))
        return f"INSERT INTO {_quoted(model._meta.table_name)} ({columns}) VALUES ({marks}){tail}"

    outbox = _quoted(Outbox._meta.table_name)
    key, ident = _quoted(Outbox.idempotency_key.column_name), _quoted(Outbox.id.column_name)
    guard = " AND ".join(f"{_quoted(f.column_name)} = {mark}" for f in _CLAIM_GUARD)
    result = {}
    for status, fields in _RESULT_FIELDS.items():
        sets = ", ".join(f"{_quoted(f.column_name)} = {mark}" for f in (*_RESULT_HEAD, *fields))
        result[status] = f"UPDATE {outbox} SET {sets} WHERE {guard}"
    insert_outbox = insert(Outbox, _INSERT_FIELDS, f" ON CONFLICT ({key}) DO NOTHING"
                           + (f" RETURNING {ident}" if postgres else ""))

    def once_per_new_row(model: type[pw.Model], fields: Sequence[pw.Field], first: str, tail: str = "") -> str:
        columns = ", ".join(_quoted(f.column_name) for f in fields)
        marks = ", ".join([first, *[mark] * (len(fields) - 1)])
        return f"INSERT INTO {_quoted(model._meta.table_name)} ({columns}) SELECT {marks} FROM o{tail}"

    # Data-modifying CTEs: the body and the ref are only written when the row was (the key
    # was new: "o" is empty otherwise), and one statement is atomic without a savepoint.
    body = once_per_new_row(OutboxBody, _BODY_FIELDS, ident)
    ref = once_per_new_row(ThreadRef, _THREAD_REF_FIELDS, mark, " ON CONFLICT DO NOTHING")
    insert_all = f"WITH o AS ({insert_outbox}), b AS ({body}) SELECT {ident} FROM o"
    insert_all_with_ref = f"WITH o AS ({insert_outbox}), b AS ({body}), r AS ({ref}) SELECT {ident} FROM o"
    insert_attempt = insert(OutboxAttempt, _ATTEMPT_FIELDS)
    # set_config(..., true) is SET LOCAL for the statement's own (implicit) transaction;
    # data-modifying CTEs always run, and all of it commits or none of it.
    record = {
        status: (f"WITH s AS (SELECT set_config('synchronous_commit', 'off', true)), "
                 f"a AS ({insert_attempt}), u AS ({update}) SELECT 1 FROM s")
        for status, update in result.items()
    }
    found = _STATEMENTS[postgres] = _Statements(
        insert_outbox=insert_outbox,
        insert_body=insert(OutboxBody, _BODY_FIELDS),
        insert_thread_ref=insert(ThreadRef, _THREAD_REF_FIELDS, " ON CONFLICT DO NOTHING"),
        insert_attempt=insert_attempt,
        result=result,
        insert_all=insert_all,
        insert_all_with_ref=insert_all_with_ref,
        record=record,
    )
    return found


class _SendScopes(threading.local):
    open = 0  # SendTransaction blocks open in this thread


_send_scopes = _SendScopes()


class SendTransaction:
    """A savepoint for one send, inside the caller's open transaction; ``with ... as txn``
    gives it, and ``txn.rollback()`` undoes what the send wrote so far.

    On SQLite a message is three inserts (row, bytes, thread ref), all or none.  Inside
    this block that is already so - an error from :func:`enqueue` leaves the block, which
    rolls back everything the send wrote - so ``enqueue`` skips a savepoint of its own.
    The contract: call ``enqueue`` directly in the block, never inside a ``try`` that
    swallows its errors and carries on (a partly stored message would then commit).
    Anywhere else ``enqueue`` keeps its savepoint.

    One fixed savepoint name (SQLite and PostgreSQL both resolve a repeated name to the
    newest): the statements stay in the connection's statement cache, where peewee's
    savepoint, named after a fresh uuid each time, parsed two new statements per send.
    """

    _NAME = '"trackfront_send"'

    def __enter__(self) -> Self:
        if not database.in_transaction():
            raise OutboundError("SendTransaction needs an open transaction")
        database.execute_sql(f"SAVEPOINT {self._NAME}")
        _send_scopes.open += 1
        return self

    def rollback(self) -> None:
        """Undo the send's writes so far; the savepoint stays open (ROLLBACK TO keeps it)."""
        database.execute_sql(f"ROLLBACK TO SAVEPOINT {self._NAME}")

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        _send_scopes.open -= 1
        if exc_type is None:
            try:
                database.execute_sql(f"RELEASE SAVEPOINT {self._NAME}")
                return
            except Exception:
                self._discard()
                raise
        self._discard()

    def _discard(self) -> None:
        database.execute_sql(f"ROLLBACK TO SAVEPOINT {self._NAME}")
        database.execute_sql(f"RELEASE SAVEPOINT {self._NAME}")


def _run(sql: str, fields: Sequence[pw.Field], values: Sequence[object]) -> Any:
    return database.execute_sql(sql, [f.db_value(v) for f, v in zip(fields, values, strict=True)])


def enqueue(req: Request) -> tuple[Outbox, bool]:
    """Store the message unless one with the same idempotency key exists: (row, created).

    Composes the exact bytes once, here, for a new key only; runs in the caller's
    transaction if there is one.  The bytes go to ``outbox_body`` (read them with
    :func:`raw_bytes`); ``text`` keeps the plain-text part for listings.  The HTML part
    lives only inside the bytes (``html`` stays NULL): on SQLite every status change
    rewrites the whole outbox row, so it holds nothing the deliverer does not need to update.
    """
    key = req.key[:500]
    sql = _statements()
    message_id = make_message_id(req.message_id_domain)
    values = {
        "idempotency_key": key, "kind": req.kind, "audience": req.audience, "project": req.project,
        "thread": req.thread, "task": req.task, "recipients": [addr for _name, addr in req.to],
        "subject": req.subject, "text": req.text, "html": None, "message_id": message_id,
        "status": "queued", "attempts": 0, "not_before": to_naive_utc(req.not_before or req.date),
        "created_at": to_naive_utc(req.date),
    }
    row_values = [f.db_value(values[f.name]) for f in _INSERT_FIELDS]
    # Our Message-ID joins the thread's id table, so a reply citing it threads (JWZ).
    if is_postgres():
        # A repeated key is rare (workflows check their ledger first): the insert finds out.
        params = [*row_values, OutboxBody.raw.db_value(_compose(req, message_id))]
        if req.thread is not None:
            params += [ThreadRef.message_id.db_value(message_id), ThreadRef.thread.db_value(req.thread)]
        inserted = database.execute_sql(sql.insert_all_with_ref if req.thread is not None else sql.insert_all,
                                        params).fetchone()
        new_id = inserted[0] if inserted else None
    else:
        # The row goes first: its insert finds out whether the key is new (no lookup
        # before), and only a new message is composed.  The three inserts are all or none,
        # a failure to compose included: in the send's own transaction (SendTransaction),
        # or else in a savepoint here.
        protected = _send_scopes.open and database.in_transaction()
        with contextlib.nullcontext() if protected else database.atomic():
            cursor = database.execute_sql(sql.insert_outbox, row_values)
            new_id = cursor.lastrowid if cursor.rowcount == 1 else None
            if new_id is not None:
                _run(sql.insert_body, _BODY_FIELDS, (new_id, _compose(req, message_id)))
                if req.thread is not None:
                    _run(sql.insert_thread_ref, _THREAD_REF_FIELDS, (message_id, req.thread))
    if new_id is None:
        # the key exists: enqueued before, or by a concurrent worker
        return Outbox.get(Outbox.idempotency_key == key), False
    row = Outbox(id=new_id, **values)
    row._dirty.clear()  # type: ignore[attr-defined]  # as after Model.create: nothing to save
    return row, True


def _compose(req: Request, message_id: str) -> bytes:
    return compose(
        Outgoing(
            from_addr=req.from_addr,
            from_name=req.from_name,
            to=list(req.to),
            subject=req.subject,
            text=req.text,
            html=req.html,
            message_id=message_id,
            date=req.date,
            reply_to=req.reply_to,
            in_reply_to=req.in_reply_to,
            references=list(req.references),
            list_unsubscribe=req.list_unsubscribe,
            extra={"X-Trackfront-Kind": req.kind},
        )
    )


# What delivering and recording a claimed row reads: not its text, subject or key.
_DELIVERY_FIELDS: tuple[pw.Field, ...] = (
    Outbox.id, Outbox.recipients, Outbox.raw, Outbox.status, Outbox.attempts, Outbox.not_before,
    Outbox.claimed_by, Outbox.claimed_at,
)


def claim(
    now: dt.datetime, worker: str, limit: int = 50, lease: dt.timedelta = dt.timedelta(minutes=5),
    fields: Sequence[pw.Field] = (),
) -> list[Outbox]:
    """Take up to ``limit`` due rows: stuck in sending past the lease first, then queued and due.

    The rows come back marked ``sending`` by ``worker`` at ``now`` with the attempt
    counted, oldest due first, with every column or only ``fields``.  Both lookups are
    range scans of the (status, not_before, id) index, so a claim costs the same with 10
    or 100,000 messages waiting.
    """
    # Hand-built SQL, as for enqueue: peewee spent longer building these four queries
    # than the database took to run them.  Values go through each field's db_value and
    # rows are built as a select builds them (python_value, nothing dirty).
    columns = tuple(fields) or tuple(Outbox._meta.sorted_fields)
    now_n = to_naive_utc(now)
    postgres = is_postgres()
    mark = "%s" if postgres else "?"
    outbox, ident = _quoted(Outbox._meta.table_name), _quoted(Outbox.id.column_name)
    status, not_before = _quoted(Outbox.status.column_name), _quoted(Outbox.not_before.column_name)
    claimed_at = _quoted(Outbox.claimed_at.column_name)
    # rows another deliverer holds are skipped, not waited for (PostgreSQL; on SQLite
    # BEGIN IMMEDIATE holds the write lock: nobody can claim in between)
    lock = " FOR UPDATE SKIP LOCKED" if postgres else ""
    order = f" ORDER BY {not_before}, {ident} LIMIT {mark}{lock}"
    picks = (
        (f"SELECT {ident} FROM {outbox} WHERE {status} = {mark} AND {claimed_at} < {mark}{order}",
         [Outbox.status.db_value("sending"), Outbox.claimed_at.db_value(now_n - lease)]),
        (f"SELECT {ident} FROM {outbox} WHERE {status} = {mark} AND {not_before} <= {mark}{order}",
         [Outbox.status.db_value("queued"), Outbox.not_before.db_value(now_n)]),
    )
    with write_transaction():
        ids: list[int] = []
        for pick, params in picks:
            ids.extend(r[0] for r in database.execute_sql(pick, [*params, limit - len(ids)]).fetchall())
            if len(ids) >= limit:
                break
        if not ids:
            return []
        in_ids = f"{ident} IN ({', '.join([mark] * len(ids))})"
        attempts = _quoted(Outbox.attempts.column_name)
        update = (f"UPDATE {outbox} SET {status} = {mark}, {_quoted(Outbox.claimed_by.column_name)} = {mark}, "
                  f"{claimed_at} = {mark}, {attempts} = {attempts} + 1 WHERE {in_ids}")
        params = [Outbox.status.db_value("sending"), Outbox.claimed_by.db_value(worker[:200]),
                  Outbox.claimed_at.db_value(now_n), *ids]
        selected = ", ".join(_quoted(f.column_name) for f in columns)
        if postgres:
            found = database.execute_sql(f"{update} RETURNING {selected}", params).fetchall()
        else:
            database.execute_sql(update, params)
            found = database.execute_sql(f"SELECT {selected} FROM {outbox} WHERE {in_ids}", ids).fetchall()
    rows = []
    for values in found:
        row = Outbox(__no_default__=1)
        row.__data__.update({f.name: None if v is None else f.python_value(v) for f, v in zip(columns, values)})
        rows.append(row)
    rows.sort(key=lambda r: (r.not_before, r.id))
    return rows


def raw_bytes(row: Outbox) -> bytes:
    """The exact bytes of an outbox message, as sent (and as sent again on a retry)."""
    return _bodies([row]).get(row.id, b"")


def _bodies(rows: Sequence[Outbox]) -> dict[int, bytes]:
    """Bytes for ``rows`` by id, in one query.

    Migration 0003 copied every older row's bytes over; a row enqueued afterwards by a
    worker still running the previous code (during a rollout) only has ``Outbox.raw``,
    which is used when a row has no body.
    """
    ids = [r.id for r in rows]
    found: dict[int, bytes] = {}
    if ids:
        mark = "%s" if is_postgres() else "?"
        key = _quoted(OutboxBody.outbox.column_name)
        pairs = database.execute_sql(
            f"SELECT {key}, {_quoted(OutboxBody.raw.column_name)} FROM {_quoted(OutboxBody._meta.table_name)} "
            f"WHERE {key} IN ({', '.join([mark] * len(ids))})", ids).fetchall()
        found = {outbox_id: bytes(raw) for outbox_id, raw in pairs}
    for r in rows:
        if r.id not in found and r.raw is not None:
            found[r.id] = bytes(r.raw)
    return found


def backoff(attempts: int, rng: random.Random | None = None) -> dt.timedelta:
    """Exponential backoff with full jitter in its upper half, capped."""
    rng = rng or random.Random()
    base = min(BACKOFF_CAP, BACKOFF_BASE * (2 ** max(0, attempts - 1)))
    return base / 2 + base / 2 * rng.random()


def record_result(
    row: Outbox, res: SendResult, now: dt.datetime, max_attempts: int = 8,
    rng: random.Random | None = None,
) -> str:
    """Commit one send result for a claimed row: sent, queued again with backoff, or failed.

    Returns the status written.  The status change only applies while the row is still
    ``sending`` under this claim: if the lease ran out and another deliverer took the row
    over, its outcome stands and this one is only logged as an attempt.
    """
    now_n = to_naive_utc(now)
    detail = (res.detail or "")[:2000]
    changes: tuple[object, ...]
    if res.status == "sent":
        status, changes = "sent", (now_n, None)
    elif res.status == "retry" and row.attempts < max_attempts:
        status, changes = "queued", (now_n + backoff(row.attempts, rng), detail)
    else:
        status = "failed"
        reason = res.detail if res.status == "failed" else f"gave up after {row.attempts} attempts: {res.detail}"
        changes = (reason[:2000],)
    sql = _statements()
    attempt = (row.id, now_n, res.status, res.code, detail)
    update_fields = (*_RESULT_HEAD, *_RESULT_FIELDS[status], *_CLAIM_GUARD)
    update = (status, None, *changes, row.id, "sending", row.claimed_by, row.claimed_at)
    # A result need not wait for the WAL flush on PostgreSQL: if the database server
    # itself crashes before it is durable, the message is merely sent again (same bytes,
    # same Message-ID) - the crash window, never a loss.  Only this transaction.
    if is_postgres() and not database.in_transaction():
        # one round trip instead of five (BEGIN, SET LOCAL, INSERT, UPDATE, COMMIT)
        _run(sql.record[status], (*_ATTEMPT_FIELDS, *update_fields), (*attempt, *update))
        return status
    with database.atomic():
        if is_postgres():
            database.execute_sql("SET LOCAL synchronous_commit TO OFF")
        _run(sql.insert_attempt, _ATTEMPT_FIELDS, attempt)
        _run(sql.result[status], update_fields, update)
    return status


def record_results(
    rows: Sequence[Outbox], results: Sequence[SendResult], now: dt.datetime, max_attempts: int = 8,
    rng: random.Random | None = None,
) -> None:
    """:func:`record_result` for every result whose key is one of ``rows``."""
    by_id = {r.id: r for r in rows}
    for res in results:
        row = by_id.get(res.key)
        if row is not None:
            record_result(row, res, now, max_attempts, rng)


def deliver_once(
    transport: Transport,
    now: dt.datetime,
    *,
    envelope_from: str,
    worker: str,
    batch: int = 50,
    max_attempts: int = 8,
    lease: dt.timedelta = dt.timedelta(minutes=5),
    rng: random.Random | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Drain everything due at ``now``, batch by batch; returns counts per result.

    One connection per batch; each result is committed the moment the transport has it.
    ``should_stop`` is asked between batches, so SIGTERM waits for one batch, not the queue.
    """
    counts = {"sent": 0, "retry": 0, "failed": 0}
    seen: set[int] = set()
    while should_stop is None or not should_stop():
        rows = [r for r in claim(now, worker, batch, lease, _DELIVERY_FIELDS) if r.id not in seen]
        if not rows:
            break
        seen.update(r.id for r in rows)
        bodies = _bodies(rows)
        envelopes = [
            Envelope(mail_from=envelope_from, rcpt_to=list(r.recipients or []),
                     data=bodies.get(r.id, b""), key=r.id)
            for r in rows
        ]
        record = functools.partial(_record, {r.id: r for r in rows}, counts, now, max_attempts, rng)
        transport.send_batch(envelopes, on_result=record)
    return counts


def _record(
    rows: dict[int, Outbox], counts: dict[str, int], now: dt.datetime, max_attempts: int,
    rng: random.Random | None, res: SendResult,
) -> None:
    record_result(rows[res.key], res, now, max_attempts, rng)
    counts[res.status] = counts.get(res.status, 0) + 1
    log.info("outbox %s: %s %s", res.key, res.status, res.detail[:120])


def retry(outbox_id: int, now: dt.datetime) -> Outbox:
    """Queue a failed (or waiting) message again, due at ``now``, with a fresh attempt budget."""
    row = Outbox.get_or_none(Outbox.id == outbox_id)
    if row is None:
        raise OutboxNotFound(f"no outbox message {outbox_id}")
    if row.status == "sent":
        raise OutboundError(f"outbox message {outbox_id} was already sent")
    if row.status == "sending":
        # A deliverer holds it right now; re-queueing could send it twice.  A crashed
        # deliverer's rows come back by themselves when the lease runs out.
        raise OutboundError(f"outbox message {outbox_id} is being sent right now")
    Outbox.update(status="queued", not_before=to_naive_utc(now), attempts=0, claimed_by=None).where(
        (Outbox.id == outbox_id) & (Outbox.status == row.status)
    ).execute()
    return Outbox.get_by_id(outbox_id)


def get(outbox_id: int) -> Outbox:
    row = Outbox.get_or_none(Outbox.id == outbox_id)
    if row is None:
        raise OutboxNotFound(f"no outbox message {outbox_id}")
    return row
