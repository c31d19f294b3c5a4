"""Two real ``trackfront`` processes on one database never send a message twice, never lose one.

(a) ``tick --at X`` started twice at once, at the moments of a week when every workflow has
something to do, over many projects and recipients: each idempotency key is queued once,
each ``WorkflowRun`` exists once, and the keys are exactly those one process alone queues
(a single in-process run on a twin SQLite database is the reference).
(b) two ``serve --only deliver`` processes drain a queue into a real SMTP server (aiosmtpd,
in this process): every message arrives exactly once.  The server holds the first delivery
until both workers have a connection open, so the two really work side by side.
(c) SIGTERM: both ``serve`` processes exit with status 0 within seconds.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import email.parser
import itertools
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from conftest import _PG_REASON, drop_schema, pg_url_for

pytestmark = pytest.mark.timeout(240)

ZONES = ["Europe/London", "America/New_York", "Asia/Tokyo", "America/Los_Angeles", "Europe/Berlin", "UTC"]
# moments of the week of Monday 2026-11-02 at which each workflow has work
CLOCKS = [
    "2026-11-02T12:00:00Z",  # check-ins (Monday 09:00 local, east of New York), clarifications
    "2026-11-04T12:00:00Z",  # at-risk checks for tasks due Friday
    "2026-11-05T16:00:00Z",  # feedback requests the morning after a delivery
    "2026-11-07T03:00:00Z",  # weekly updates: Friday 16:00 has passed everywhere
    "2026-11-10T12:00:00Z",  # overdue alerts, team and (after the grace period) clients
]


def exe() -> str:
    found = shutil.which("trackfront", path=str(Path(sys.executable).parent)) or shutil.which("trackfront")
    if not found:
        pytest.fail("the trackfront console script is not installed (pip install -e .)")
    return found


@pytest.fixture
def pg_url() -> Iterator[str]:
    if _PG_REASON:
        pytest.skip(_PG_REASON)
    schema = "tf_two_" + uuid.uuid4().hex[:10]
    yield pg_url_for(schema)
    from store.db import database

    if database.obj is not None and not database.obj.is_closed():
        database.obj.close()
    drop_schema(schema)


def open_store(url: str, tmp: Path):  # type: ignore[no-untyped-def]
    from workflows.app import App
    from workflows.config import Settings

    return App.open(Settings(db_url=url, base_dir=tmp, secret="two-workers", maildir=tmp / "sent",
                             from_address="trackfront@projects.example.com",
                             project_domains=("projects.example.com",), reply_domain="reply.example.com"))


def populate(projects: int) -> None:
    """Projects with 2 clients and 3 team members each, and tasks for every workflow."""
    from store.directory import add_member, add_project
    from store.models import Person, Project, Task

    created = dt.datetime(2026, 10, 1)
    for p in range(projects):
        project = add_project(f"p{p:02d}", f"Project {p}", [f"client{p}.test"])
        Project.update(created_at=created).where(Project.id == project.id).execute()
        people = []
        for i in range(5):
            role = "client" if i < 2 else "team"
            addr = f"{role}{i}@client{p}.test" if role == "client" else f"team{p}-{i}@agency.test"
            add_member(project, addr, role, f"{role.title()} {p}-{i}", ZONES[(p + i) % len(ZONES)])
            people.append(Person.get(Person.email == addr))
        clients, team = people[:2], people[2:]
        common = {"project": project, "author": team[0], "created_at": dt.datetime(2026, 11, 2, 8),
                  "updated_at": dt.datetime(2026, 11, 2, 8)}
        Task.create(title=f"Launch page {p}", owner=team[1], due=dt.date(2026, 11, 6), visibility="client", **common)
        Task.create(title=f"Rotate keys {p}", owner=team[2], due=dt.date(2026, 11, 6), visibility="internal",
                    **common)
        Task.create(title=f"Logo files {p}", owner=team[0], due=dt.date(2026, 11, 4), visibility="client",
                    status="done", done_at=dt.datetime(2026, 11, 4, 15), **common)
        Task.create(title=f"Privacy policy {p}", visibility="client", **common)  # vague: clarification
        Task.create(title=f"Brief from the client {p}", author=clients[0], owner=None, due=None,
                    visibility="client", project=project, created_at=dt.datetime(2026, 11, 2, 8))


def reference_keys(projects: int, tmp: Path) -> tuple[set[str], set[tuple[str, str, str, str]]]:
    """What one process alone queues at the same clocks (in-process, on SQLite)."""
    from store.models import Outbox, WorkflowRun
    from workflows.catalog import default_registry
    from workflows.engine import tick

    app = open_store(f"sqlite:///{tmp / 'reference.db'}", tmp)
    try:
        populate(projects)
        registry = default_registry()
        for clock in CLOCKS:
            tick(app, registry, dt.datetime.fromisoformat(clock))
        keys = {o.idempotency_key for o in Outbox.select()}
        runs = {(r.workflow, r.project, r.period, r.recipient) for r in WorkflowRun.select()}
    finally:
        app.close()
    return keys, runs


QUEUED_LINE = re.compile(r"^\s+#(\d+) ", re.MULTILINE)


def race(args: list[str], url: str, cwd: Path, n: int = 2) -> list[subprocess.CompletedProcess[str]]:
    """Start ``n`` processes with the same arguments at once; wait for all."""
    procs = [subprocess.Popen([exe(), "--db", url, *args], cwd=cwd, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(n)]
    done = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        done.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return done


def test_concurrent_ticks_queue_each_message_once(pg_url: str, tmp_path: Path) -> None:
    projects = 12
    expected_keys, expected_runs = reference_keys(projects, tmp_path)
    app = open_store(pg_url, tmp_path)
    populate(projects)
    app.close()

    from store.models import Event, Outbox, Thread, WorkflowRun

    claimed: list[int] = []
    per_process: list[int] = []
    for clock in [*CLOCKS, CLOCKS[-1], CLOCKS[3]]:  # and replays: nothing new
        results = race(["tick", "--at", clock], pg_url, tmp_path)
        for res in results:
            assert res.returncode == 0, res.stderr
            assert "Traceback" not in res.stderr, res.stderr
            ids = [int(i) for i in QUEUED_LINE.findall(res.stdout)]
            assert f"queued {len(ids)} message(s)" in res.stdout
            per_process.append(len(ids))
            claimed.extend(ids)

    app = open_store(pg_url, tmp_path)
    try:
        rows = list(Outbox.select())
        keys = [o.idempotency_key for o in rows]
        runs = [(r.workflow, r.project, r.period, r.recipient) for r in WorkflowRun.select()]
        # each message reported as queued by exactly one process, and every queued row reported
        assert sorted(claimed) == sorted(o.id for o in rows)
        assert len(claimed) == len(set(claimed))
        # once per key and per ledger entry, and nothing lost against a single process
        assert len(keys) == len(set(keys)) and set(keys) == expected_keys
        assert len(runs) == len(set(runs)) and set(runs) == expected_runs
        linked = Counter(r.outbox_id for r in WorkflowRun.select())
        assert set(linked) == {o.id for o in rows} and max(linked.values()) == 1
        # the process that lost a race keeps nothing: no stray threads or check-in records
        assert sorted(o.thread_id for o in rows) == sorted(t.id for t in Thread.select())
        check_ins = [e.data["thread_id"] for e in Event.select().where(Event.kind == "check_in_thread")]
        assert sorted(check_ins) == sorted(o.thread_id for o in rows if o.kind == "check_in")
        kinds = Counter(o.kind for o in rows)
        assert {"weekly_update", "at_risk_check", "check_in", "feedback_request", "clarification",
                "overdue_alert"} <= set(kinds), kinds
        assert len(rows) >= 12 * 5  # at least a weekly update per member
    finally:
        app.close()


class Sink:
    """An SMTP server that records each Message-ID it is given, holding the first DATA
    until ``parties`` sessions have begun, so that several senders overlap for sure."""

    def __init__(self, parties: int) -> None:
        self.parties = parties
        self.received: list[str] = []
        self.sessions = itertools.count(1)
        self.started = 0
        self.lock = threading.Lock()

    async def handle_MAIL(self, server, session, envelope, address, mail_options):  # type: ignore[no-untyped-def]
        if not hasattr(session, "tag"):
            session.tag = next(self.sessions)
            self.started = max(self.started, session.tag)
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + 20
        while self.started < self.parties and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        headers = email.parser.BytesHeaderParser().parsebytes(envelope.content)
        with self.lock:
            self.received.append(str(headers["Message-ID"]).strip())
        return "250 Message accepted"


def free_port() -> int:
    # aiosmtpd's Controller cannot start on port 0 (it connects to its own port to check)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def queue_messages(count: int) -> set[str]:
    from outbound.outbox import Request, enqueue

    now = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    ids = set()
    for i in range(count):
        row, created = enqueue(Request(
            key=f"load:{i}", kind="check_in", audience="team", to=[(f"Person {i}", f"r{i}@example.com")],
            subject=f"Message {i}", text=f"Body {i}\n", html=None, from_addr="trackfront@projects.example.com",
            from_name="Trackfront", message_id_domain="projects.example.com", date=now, not_before=now,
        ))
        assert created
        ids.add(row.message_id)
    return ids


def two_deliverers_drain(url: str, tmp: Path, count: int) -> None:
    app = open_store(url, tmp)
    try:
        expected = queue_messages(count)
    finally:
        app.close()
    sink = Sink(parties=2)
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    procs: list[subprocess.Popen[str]] = []
    try:
        logs = [tmp / f"deliver{i}.log" for i in range(2)]
        for log in logs:
            procs.append(subprocess.Popen(
                [exe(), "--db", url, "-v", "serve", "--only", "deliver", "--smtp", f"smtp://127.0.0.1:{port}"],
                cwd=tmp, stdout=subprocess.DEVNULL, stderr=log.open("w"), text=True,
            ))
        deadline = time.monotonic() + 90
        while len(sink.received) < count and time.monotonic() < deadline:
            assert all(p.poll() is None for p in procs), [log.read_text()[-2000:] for log in logs]
            time.sleep(0.1)
        # every message arrived, exactly once
        assert len(sink.received) == count, (len(sink.received), count)
        assert set(sink.received) == expected and len(set(sink.received)) == count

        from store.models import Outbox, OutboxAttempt

        app = open_store(url, tmp)
        try:
            deadline = time.monotonic() + 30
            while Outbox.select().where(Outbox.status != "sent").exists() and time.monotonic() < deadline:
                time.sleep(0.1)
            rows = list(Outbox.select())
            assert Counter(o.status for o in rows) == {"sent": count}
            assert {o.attempts for o in rows} == {1}  # nobody claimed a row twice
            logged = Counter(a.outbox_id for a in OutboxAttempt.select())
            assert set(logged) == {o.id for o in rows} and set(logged.values()) == {1}
        finally:
            app.close()

        # (c) SIGTERM: both finish what they hold and exit cleanly, promptly
        started = time.monotonic()
        for p in procs:
            p.send_signal(signal.SIGTERM)
        for p in procs:
            assert p.wait(timeout=15) == 0
        assert time.monotonic() - started < 10
        for log in logs:
            text = log.read_text()
            assert "Traceback" not in text, text[-3000:]
            assert "trackfront serving: deliver" in text and "signal 15" in text
        sent_per_worker = [len(re.findall(r"outbox \d+: sent", log.read_text())) for log in logs]
        assert sum(sent_per_worker) == count
        assert min(sent_per_worker) > 0, sent_per_worker  # both really took part
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
        controller.stop()


def test_two_deliverers_on_postgres_send_each_message_exactly_once(pg_url: str, tmp_path: Path) -> None:
    two_deliverers_drain(pg_url, tmp_path, 500)


def test_two_deliverers_on_sqlite_send_each_message_exactly_once(tmp_path: Path) -> None:
    two_deliverers_drain(f"sqlite:///{tmp_path / 'trackfront.db'}", tmp_path, 200)
