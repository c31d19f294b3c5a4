"""The store-backed outbox on SQLite and PostgreSQL, sending to a real aiosmtpd server.

Idempotent enqueue, the queued -> sending -> sent | failed life cycle, backoff with
jitter for 4xx, 5xx failing at once (and listed by the CLI), ``outbox retry``, the lease
that brings back a message stuck in ``sending`` after a crash (same bytes, same
Message-ID), the attempt budget, and claims that never overlap.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner
from smtp_recorder import RecordingHandler, recording_server

from outbound.outbox import (
    BACKOFF_BASE,
    Request,
    claim,
    deliver_once,
    enqueue,
    raw_bytes,
    record_result,
    record_results,
)
from outbound.transports import Envelope, ResultCallback, SendResult, SmtpTransport
from store.db import database, open_database
from store.models import Outbox, OutboxAttempt, OutboxBody, Project, Thread, ThreadRef

T0 = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
LEASE = dt.timedelta(minutes=5)
BOUNCES = "bounces@trackfront.example"


def naive(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def make_request(key: str, to: str = "alice@client.example", subject: str = "Weekly update") -> Request:
    return Request(
        key=key,
        kind="weekly_update",
        audience="team",
        to=[("Alice", to)],
        subject=subject,
        text=f"Hello, this is {key}.\n",
        html=f"<p>Hello, this is {key}.</p>",
        from_addr="trackfront@trackfront.example",
        from_name="Trackfront",
        message_id_domain="trackfront.example",
        date=T0,
    )


def reload(row: Outbox) -> Outbox:
    return Outbox.get_by_id(row.id)


def attempts_of(row: Outbox) -> list[tuple[str, int | None]]:
    return [(a.result, a.code) for a in OutboxAttempt.select().where(OutboxAttempt.outbox == row.id)
            .order_by(OutboxAttempt.id)]


@pytest.fixture
def db(db_url: str) -> Iterator[str]:
    handle = open_database(db_url)
    yield db_url
    if not handle.is_closed():
        handle.close()


@pytest.fixture
def smtp() -> Iterator[tuple[RecordingHandler, SmtpTransport]]:
    with recording_server() as (handler, port):
        yield handler, SmtpTransport(f"smtp://127.0.0.1:{port}", timeout=10)


def deliver(transport: object, now: dt.datetime, **kwargs: object) -> dict[str, int]:
    return deliver_once(transport, now, envelope_from=BOUNCES, worker="test-worker",  # type: ignore[arg-type]
                        lease=LEASE, **kwargs)  # type: ignore[arg-type]


def cli(db_url: str, *args: str) -> str:
    from workflows.cli import cli as trackfront

    result = CliRunner().invoke(trackfront, ["--db", db_url, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_enqueue_twice_with_the_same_key_stores_once(db: str) -> None:
    first, created = enqueue(make_request("weekly:acme:2026-W45:alice@client.example"))
    again, created_again = enqueue(make_request("weekly:acme:2026-W45:alice@client.example", subject="Changed"))
    assert (created, created_again) == (True, False)
    assert again.id == first.id and again.message_id == first.message_id
    assert Outbox.select().count() == 1
    stored = reload(first)
    assert stored.subject == "Weekly update" and raw_bytes(stored) == raw_bytes(first)
    assert stored.status == "queued" and stored.attempts == 0
    assert stored.message_id.endswith("@trackfront.example>")
    assert f"Message-ID: {stored.message_id}".encode() in raw_bytes(stored)
    assert stored.raw is None  # the bytes live in outbox_body, off the row that keeps changing


def test_enqueue_in_a_thread_stores_body_and_thread_ref_once(db: str) -> None:
    """Row, bytes and the thread's id-table entry are written together, and only for a new key."""
    project = Project.create(slug="acme", name="Acme")
    thread = Thread.create(project=project, subject="weekly")
    request = dataclasses.replace(make_request("weekly:acme:w45:alice"), project=project, thread=thread)
    first, created = enqueue(request)
    again, created_again = enqueue(dataclasses.replace(request, subject="Changed"))
    assert (created, created_again) == (True, False) and again.id == first.id
    refs = [(r.message_id, r.thread_id) for r in ThreadRef.select()]
    assert refs == [(first.message_id, thread.id)]
    assert [b.outbox_id for b in OutboxBody.select()] == [first.id]
    assert raw_bytes(reload(first)).count(f"Message-ID: {first.message_id}".encode()) == 1
    # without a thread: a row and its bytes, no ref
    other, _ = enqueue(make_request("weekly:acme:w45:bob", to="bob@client.example"))
    assert ThreadRef.select().count() == 1 and raw_bytes(reload(other)).startswith(b"From: ")


def test_concurrent_enqueues_of_one_key_store_once(db: str) -> None:
    results: list[bool] = []
    barrier = threading.Barrier(4)

    def worker() -> None:
        barrier.wait()
        try:
            results.append(enqueue(make_request("same-key"))[1])
        finally:
            database.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False, False, False, True]
    assert Outbox.select().count() == 1


def test_claim_marks_sending_and_results_move_rows_to_sent_or_failed(
    db: str, smtp: tuple[RecordingHandler, SmtpTransport]
) -> None:
    handler, transport = smtp
    good, _ = enqueue(make_request("a", to="alice@client.example"))
    bad, _ = enqueue(make_request("b", to="reject-me@client.example"))
    later, _ = enqueue(dataclasses.replace(make_request("c"), not_before=T0 + dt.timedelta(hours=1)))

    rows = claim(T0, "worker-1", limit=10, lease=LEASE)
    assert [r.id for r in rows] == [good.id, bad.id]  # not the one due in an hour
    for row in (good, bad):
        stored = reload(row)
        assert (stored.status, stored.attempts, stored.claimed_by) == ("sending", 1, "worker-1")
        assert stored.claimed_at == naive(T0)
    assert reload(later).status == "queued"
    # claimed rows are nobody else's until the lease runs out
    assert claim(T0 + LEASE / 2, "worker-2", lease=LEASE) == []

    envelopes = [Envelope(BOUNCES, list(r.recipients), raw_bytes(r), r.id) for r in rows]
    record_results(rows, transport.send_batch(envelopes), T0)
    sent, failed = reload(good), reload(bad)
    assert (sent.status, sent.sent_at, sent.claimed_by) == ("sent", naive(T0), None)
    assert (failed.status, failed.claimed_by) == ("failed", None)
    assert "550" in failed.last_error
    assert attempts_of(good) == [("sent", 250)] and attempts_of(bad) == [("failed", 550)]
    assert [(r.mail_from, r.rcpt_tos) for r in handler.received] == [(BOUNCES, ["alice@client.example"])]
    assert handler.received[0].parsed()["Message-ID"] == good.message_id


def test_temporary_failures_back_off_exponentially_with_jitter(
    db: str, smtp: tuple[RecordingHandler, SmtpTransport]
) -> None:
    handler, transport = smtp
    rows = [enqueue(make_request(f"t{n}", to=f"tempfail{n}@client.example"))[0] for n in range(6)]

    assert deliver(transport, T0, rng=random.Random(7)) == {"sent": 0, "retry": 6, "failed": 0}
    first = [reload(r) for r in rows]
    assert all(r.status == "queued" and r.attempts == 1 and "451" in r.last_error for r in first)
    waits = [r.not_before - naive(T0) for r in first]
    assert all(BACKOFF_BASE / 2 <= w <= BACKOFF_BASE for w in waits)
    assert len(set(waits)) == 6  # jitter: no two rows come back at the same instant
    assert all(attempts_of(r) == [("retry", 451)] for r in rows)

    # nothing is due before the backoff has passed
    early = min(r.not_before for r in first) - dt.timedelta(seconds=1)
    assert deliver(transport, early.replace(tzinfo=dt.UTC)) == {"sent": 0, "retry": 0, "failed": 0}
    second_try = T0 + BACKOFF_BASE + dt.timedelta(seconds=1)
    assert deliver(transport, second_try, rng=random.Random(8))["retry"] == 6
    second = [reload(r) for r in rows]
    assert all(r.attempts == 2 for r in second)
    # the second wait is about twice the first: between BASE and 2 * BASE
    assert all(BACKOFF_BASE <= r.not_before - naive(second_try) <= 2 * BACKOFF_BASE for r in second)
    assert all(attempts_of(r) == [("retry", 451), ("retry", 451)] for r in rows)
    assert handler.received == []


def test_permanent_failure_is_listed_by_the_cli_and_retry_queues_it_again(
    db: str, smtp: tuple[RecordingHandler, SmtpTransport]
) -> None:
    handler, transport = smtp
    ok, _ = enqueue(make_request("ok", to="alice@client.example"))
    bad, _ = enqueue(make_request("bad", to="reject@client.example"))
    assert deliver(transport, T0) == {"sent": 1, "retry": 0, "failed": 1}

    failed = json.loads(cli(db, "outbox", "--status", "failed", "--json"))
    assert [(r["id"], r["to"], r["status"], r["message_id"]) for r in failed] == [
        (bad.id, ["reject@client.example"], "failed", bad.message_id)
    ]
    assert failed[0]["text"] == "Hello, this is bad.\n"
    assert [r["id"] for r in json.loads(cli(db, "outbox", "--status", "sent", "--json"))] == [ok.id]

    later = T0 + dt.timedelta(hours=2)
    assert f"outbox {bad.id} queued again" in cli(db, "outbox", "retry", str(bad.id), "--at", later.isoformat())
    requeued = reload(bad)
    assert (requeued.status, requeued.attempts, requeued.not_before) == ("queued", 0, naive(later))
    assert json.loads(cli(db, "outbox", "--status", "failed", "--json")) == []
    # still refused by the server: failed again, both attempts on record
    assert deliver(transport, later) == {"sent": 0, "retry": 0, "failed": 1}
    assert reload(bad).status == "failed" and attempts_of(bad) == [("failed", 550), ("failed", 550)]
    assert [r.parsed()["Message-ID"] for r in handler.received] == [ok.message_id]


def test_retry_refuses_sent_and_in_flight_messages(db: str) -> None:
    from workflows.cli import main

    row, _ = enqueue(make_request("x"))
    claim(T0, "worker-1", lease=LEASE)
    with pytest.raises(SystemExit) as stop:
        main(["--db", db, "outbox", "retry", str(row.id)])
    assert stop.value.code == 1
    assert reload(row).status == "sending"


class SimulatedCrash(BaseException):
    """The deliverer dies (SIGKILL) right after the server's 250, before the commit."""


class CrashAfterAccept:
    """Wraps a real transport; the process 'dies' once the server accepted message `victim`."""

    name = "crash-after-accept"

    def __init__(self, inner: SmtpTransport, victim: int) -> None:
        self.inner = inner
        self.victim = victim

    def send_batch(self, items: Sequence[Envelope], on_result: ResultCallback | None = None) -> list[SendResult]:
        def maybe_die(result: SendResult) -> None:
            if result.key == self.victim:
                raise SimulatedCrash
            if on_result is not None:
                on_result(result)

        return self.inner.send_batch(items, on_result=maybe_die)


def test_message_stuck_in_sending_is_resent_after_the_lease_with_the_same_message_id(
    db: str, smtp: tuple[RecordingHandler, SmtpTransport]
) -> None:
    handler, transport = smtp
    rows = [enqueue(make_request(f"k{n}", to=f"user{n}@client.example"))[0] for n in range(4)]
    victim = rows[1]
    with pytest.raises(SimulatedCrash):
        deliver(CrashAfterAccept(transport, victim.id), T0)
    # the first was committed before the crash; the victim reached the server but not the
    # database; the last two were claimed and never sent
    assert [reload(r).status for r in rows] == ["sent", "sending", "sending", "sending"]
    assert [r.parsed()["Message-ID"] for r in handler.received] == [rows[0].message_id, victim.message_id]

    assert deliver(transport, T0 + LEASE - dt.timedelta(seconds=1)) == {"sent": 0, "retry": 0, "failed": 0}
    assert deliver(transport, T0 + LEASE + dt.timedelta(seconds=1)) == {"sent": 3, "retry": 0, "failed": 0}
    assert all(reload(r).status == "sent" for r in rows)
    ids = [r.parsed()["Message-ID"] for r in handler.received]
    assert sorted(ids) == sorted([r.message_id for r in rows] + [victim.message_id])
    # the one resend is the crash window's message, byte for byte
    copies = [r.data for r in handler.received if r.parsed()["Message-ID"] == victim.message_id]
    assert len(copies) == 2 and copies[0] == copies[1]
    assert reload(victim).attempts == 2 and attempts_of(victim) == [("sent", 250)]


def test_results_skip_the_wal_flush_only_for_their_own_transaction(
    db: str, smtp: tuple[RecordingHandler, SmtpTransport]
) -> None:
    """On PostgreSQL a result commits with synchronous_commit off (a crash of the database
    server can only resend it); the session keeps its setting for every other write."""
    _, transport = smtp
    rows = [enqueue(make_request(f"sync{n}", to=f"user{n}@client.example"))[0] for n in range(3)]
    assert deliver(transport, T0) == {"sent": 3, "retry": 0, "failed": 0}
    assert [reload(r).status for r in rows] == ["sent"] * 3
    assert all(attempts_of(r) == [("sent", 250)] for r in rows)
    if database.obj.__class__.__name__ == "PostgresqlDatabase":
        assert database.execute_sql("SHOW synchronous_commit").fetchone()[0] == "on"


def test_attempt_budget_runs_out_into_failed(db: str, smtp: tuple[RecordingHandler, SmtpTransport]) -> None:
    handler, transport = smtp
    row, _ = enqueue(make_request("budget", to="tempfail@client.example"))
    now = T0
    for _ in range(10):
        deliver(transport, now, max_attempts=3)
        if reload(row).status != "queued":
            break
        now += dt.timedelta(days=1)
    final = reload(row)
    assert (final.status, final.attempts) == ("failed", 3)
    assert final.last_error.startswith("gave up after 3 attempts")
    assert attempts_of(row) == [("retry", 451)] * 3
    assert len(handler.refused) == 3


def test_late_result_of_an_expired_claim_does_not_overwrite_the_new_one(db: str) -> None:
    row, _ = enqueue(make_request("late"))
    (first,) = claim(T0, "slow-worker", lease=LEASE)
    (second,) = claim(T0 + LEASE + dt.timedelta(seconds=1), "fast-worker", lease=LEASE)
    assert second.attempts == 2
    record_result(second, SendResult(row.id, "sent", 250, "accepted"), T0 + LEASE)
    record_result(first, SendResult(row.id, "retry", 451, "greylisted"), T0 + LEASE)
    assert reload(row).status == "sent"
    assert attempts_of(row) == [("sent", 250), ("retry", 451)]  # both outcomes on record


def test_concurrent_claims_never_share_a_row(db: str) -> None:
    ids = {enqueue(make_request(f"c{n}"))[0].id for n in range(120)}
    claimed: dict[str, list[int]] = {}
    barrier = threading.Barrier(4)

    def worker(name: str) -> None:
        barrier.wait()
        mine: list[int] = []
        try:
            while batch := claim(T0, name, limit=7, lease=LEASE):
                mine.extend(r.id for r in batch)
        finally:
            database.close()
        claimed[name] = mine

    threads = [threading.Thread(target=worker, args=(f"w{n}",)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    every = [i for mine in claimed.values() for i in mine]
    assert len(every) == len(set(every)) and set(every) == ids
    assert Outbox.select().where(Outbox.status == "sending").count() == 120


def test_maildir_delivery_records_each_message(db: str, tmp_path: Path) -> None:
    from outbound.transports import MaildirTransport

    rows = [enqueue(make_request(f"m{n}"))[0] for n in range(3)]
    assert deliver(MaildirTransport(tmp_path / "sent"), T0) == {"sent": 3, "retry": 0, "failed": 0}
    assert all(reload(r).status == "sent" for r in rows)
    assert len(list((tmp_path / "sent" / "new").iterdir())) == 3


def _stored_keys() -> set[str]:
    return {o.idempotency_key for o in Outbox.select()}


def _threaded(key: str, thread: Thread, to: str = "alice@client.example") -> Request:
    return dataclasses.replace(make_request(key, to=to), project=thread.project, thread=thread)


def _failing_compose(monkeypatch: pytest.MonkeyPatch, key: str) -> None:
    """Composing ``key`` fails (after its row went in: the row is inserted first)."""
    from outbound import outbox
    from outbound.errors import ComposeError

    real = outbox._compose

    def compose_or_fail(req: Request, message_id: str) -> bytes:
        if req.key == key:
            raise ComposeError("refused for the test")
        return real(req, message_id)

    monkeypatch.setattr(outbox, "_compose", compose_or_fail)


def test_a_send_transaction_rolls_back_a_message_that_failed_half_way(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a SendGroup's send transaction enqueue takes no savepoint of its own: the send's
    savepoint undoes the row of a message whose bytes could not be made."""
    from outbound.errors import ComposeError
    from workflows.engine import SendGroup

    thread = Thread.create(project=Project.create(slug="acme", name="Acme"), subject="weekly")
    _failing_compose(monkeypatch, "bad")
    committed: list[Outbox] = []
    group = SendGroup(on_commit=committed.extend)
    for key in ("one", "bad", "two"):
        try:
            with group.send_transaction(("weekly", 1)):
                row, created = enqueue(_threaded(key, thread, to=f"{key}@client.example"))
        except ComposeError:
            assert key == "bad"
            continue
        assert created
        group.sent(row)
    group.close(commit=True)
    assert _stored_keys() == {"one", "two"} == {r.idempotency_key for r in committed}
    assert OutboxBody.select().count() == 2 and ThreadRef.select().count() == 2


def test_a_send_transaction_can_be_undone_and_the_group_goes_on(db: str) -> None:
    """``txn.rollback()`` (another worker sent it first) drops that send's rows only."""
    from workflows.engine import SendGroup

    thread = Thread.create(project=Project.create(slug="acme", name="Acme"), subject="weekly")
    group = SendGroup(on_commit=lambda rows: None)
    with group.send_transaction(("weekly", 1)) as txn:
        enqueue(_threaded("dropped", thread))
        txn.rollback()
    with group.send_transaction(("weekly", 1)):
        kept, _ = enqueue(_threaded("kept", thread, to="bob@client.example"))
    group.close(commit=True)
    assert _stored_keys() == {"kept"}
    assert [r.message_id for r in ThreadRef.select()] == [kept.message_id]


def test_enqueue_outside_a_send_transaction_keeps_its_own_savepoint(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A caller that catches enqueue's error inside its own transaction commits no half message."""
    from outbound.errors import ComposeError

    _failing_compose(monkeypatch, "bad")
    with database.atomic():
        with pytest.raises(ComposeError):
            enqueue(make_request("bad"))
        enqueue(make_request("good", to="bob@client.example"))
    with pytest.raises(ComposeError):
        enqueue(make_request("bad"))  # and without any transaction
    assert _stored_keys() == {"good"} and OutboxBody.select().count() == 1


def test_an_existing_key_is_not_composed_again(db: str) -> None:
    if not db.startswith("sqlite"):
        pytest.skip("PostgreSQL composes first and lets its one insert statement find the key")
    first, _ = enqueue(make_request("weekly:acme:w45:alice"))
    # an address compose would refuse: the stored message answers before that matters
    again, created = enqueue(make_request("weekly:acme:w45:alice", to="not an address"))
    assert (again.id, created) == (first.id, False)


def test_a_send_transaction_needs_an_open_transaction(db: str) -> None:
    from outbound.errors import OutboundError
    from outbound.outbox import SendTransaction

    with pytest.raises(OutboundError, match="open transaction"), SendTransaction():
        pass
