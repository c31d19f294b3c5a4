"""The transactional outbox: enqueue in the caller's transaction, claim, send, record.

A row is composed once, at enqueue time, into the exact bytes that will be sent, so a
message retried after a crash (found in ``sending`` past its lease) goes out again with the
same Message-ID.  Claiming uses ``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so several
deliverers on several hosts never send one row twice; SQLite serialises writers itself.
"""
from __future__ import annotations

import datetime as dt
import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass

import peewee as pw

from outbound.compose import Outgoing, compose, make_message_id
from outbound.errors import OutboundError
from outbound.transports import Envelope, SendResult, Transport
from store.db import database, is_postgres, to_naive_utc, write_transaction
from store.models import Outbox, OutboxAttempt, Project, Task, Thread

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


def enqueue(req: Request) -> tuple[Outbox, bool]:
    """Store the message unless one with the same idempotency key exists: (row, created)."""
    existing = Outbox.get_or_none(Outbox.idempotency_key == req.key)
    if existing is not None:
        return existing, False
    message_id = make_message_id(req.message_id_domain)
    raw = compose(
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
    not_before = to_naive_utc(req.not_before or req.date)
    try:
        with database.atomic():
            row = Outbox.create(
                idempotency_key=req.key[:500],
                kind=req.kind,
                audience=req.audience,
                project=req.project,
                thread=req.thread,
                task=req.task,
                recipients=[addr for _name, addr in req.to],
                subject=req.subject,
                text=req.text,
                html=req.html,
                raw=raw,
                message_id=message_id,
                status="queued",
                not_before=not_before,
                created_at=to_naive_utc(req.date),
            )
    except pw.IntegrityError:
        # a concurrent worker enqueued the same key first
        return Outbox.get(Outbox.idempotency_key == req.key[:500]), False
    if req.thread is not None:
        from ingest.threads import remember  # our Message-ID joins the thread (JWZ table)

        remember(req.thread, [message_id])
    return row, True


def claim(now: dt.datetime, worker: str, limit: int = 50, lease: dt.timedelta = dt.timedelta(minutes=5)) -> list[Outbox]:
    """Take up to ``limit`` due rows (queued, or stuck in sending past the lease)."""
    now_n = to_naive_utc(now)
    stale = now_n - lease
    due = ((Outbox.status == "queued") & (Outbox.not_before <= now_n)) | (
        (Outbox.status == "sending") & (Outbox.claimed_at < stale)
    )
    with write_transaction():
        query = Outbox.select(Outbox.id).where(due).order_by(Outbox.not_before, Outbox.id).limit(limit)
        if is_postgres():
            query = query.for_update("FOR UPDATE SKIP LOCKED")
        ids = [r.id for r in query]
        if not ids:
            return []
        Outbox.update(
            status="sending", claimed_by=worker[:200], claimed_at=now_n, attempts=Outbox.attempts + 1
        ).where(Outbox.id.in_(ids) & due).execute()
        rows = list(Outbox.select().where(Outbox.id.in_(ids) & (Outbox.claimed_by == worker[:200]) & (Outbox.claimed_at == now_n)))
    return rows


def backoff(attempts: int, rng: random.Random | None = None) -> dt.timedelta:
    """Exponential backoff with full jitter in its upper half, capped."""
    rng = rng or random.Random()
    base = min(BACKOFF_CAP, BACKOFF_BASE * (2 ** max(0, attempts - 1)))
    return base / 2 + base / 2 * rng.random()


def record_results(
    rows: Sequence[Outbox], results: Sequence[SendResult], now: dt.datetime, max_attempts: int = 8,
    rng: random.Random | None = None,
) -> None:
    by_id = {r.id: r for r in rows}
    now_n = to_naive_utc(now)
    for res in results:
        row = by_id.get(res.key)
        if row is None:
            continue
        with database.atomic():
            OutboxAttempt.create(outbox=row, at=now_n, result=res.status, code=res.code, detail=res.detail[:2000])
            if res.status == "sent":
                Outbox.update(status="sent", sent_at=now_n, last_error=None, claimed_by=None).where(
                    Outbox.id == row.id
                ).execute()
            elif res.status == "retry" and row.attempts < max_attempts:
                Outbox.update(
                    status="queued", not_before=now_n + backoff(row.attempts, rng),
                    last_error=res.detail[:2000], claimed_by=None,
                ).where(Outbox.id == row.id).execute()
            else:
                reason = res.detail if res.status == "failed" else f"gave up after {row.attempts} attempts: {res.detail}"
                Outbox.update(status="failed", last_error=reason[:2000], claimed_by=None).where(
                    Outbox.id == row.id
                ).execute()


def deliver_once(
    transport: Transport,
    now: dt.datetime,
    *,
    envelope_from: str,
    worker: str,
    batch: int = 50,
    max_attempts: int = 8,
    lease: dt.timedelta = dt.timedelta(minutes=5),
) -> dict[str, int]:
    """Drain everything due at ``now``, batch by batch; returns counts per result."""
    counts = {"sent": 0, "retry": 0, "failed": 0}
    seen: set[int] = set()
    while True:
        rows = [r for r in claim(now, worker, batch, lease) if r.id not in seen]
        if not rows:
            break
        seen.update(r.id for r in rows)
        envelopes = [
            Envelope(mail_from=envelope_from, rcpt_to=list(r.recipients or []), data=bytes(r.raw or b""), key=r.id)
            for r in rows
        ]
        results = transport.send_batch(envelopes)
        record_results(rows, results, now, max_attempts)
        for res in results:
            counts[res.status] = counts.get(res.status, 0) + 1
            log.info("outbox %s: %s %s", res.key, res.status, res.detail[:120])
    return counts


def retry(outbox_id: int, now: dt.datetime) -> Outbox:
    row = Outbox.get_or_none(Outbox.id == outbox_id)
    if row is None:
        raise OutboxNotFound(f"no outbox message {outbox_id}")
    if row.status == "sent":
        raise OutboundError(f"outbox message {outbox_id} was already sent")
    Outbox.update(status="queued", not_before=to_naive_utc(now), attempts=0, claimed_by=None).where(
        Outbox.id == outbox_id
    ).execute()
    return Outbox.get_by_id(outbox_id)


def get(outbox_id: int) -> Outbox:
    row = Outbox.get_or_none(Outbox.id == outbox_id)
    if row is None:
        raise OutboxNotFound(f"no outbox message {outbox_id}")
    return row
