"""Damage tests for the inbound transports, against a real Dovecot and a real aiosmtpd:
pollers killed at random moments, poison mail, dropped connections, a database outage under
an SMTP flood, and two pollers racing on one mailbox.  Nothing may be lost or doubled."""
from __future__ import annotations

import os
import random
import signal
import smtplib
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import waiting
from dovecot import (  # noqa: F401 - pytest fixtures
    DovecotServer,
    dovecot_fixture,
    dovecot_server_fixture,
    free_port,
    message,
    setup_project,
    started_server,
)

from ingest.db_connections import reset_thread_connection
from ingest.imap_poller import ImapPoller, PollerOptions, SyncReport
from ingest.smtp_listener import ListenerOptions, SmtpListener
from store.models import Message, Quarantine

KEYWORD = "$Trackfront"
REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def pipeline(app):  # type: ignore[no-untyped-def]
    return app.pipeline()


def poll_command(db_url: str, imap_url: str) -> list[str]:
    """The real command line: ``trackfront --db URL poll --imap URL --once``."""
    return [sys.executable, "-c", "from workflows.cli import main; main()",
            "--db", db_url, "poll", "--imap", imap_url, "--once"]


def subprocess_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKFRONT_")}
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def wait_for(condition: Callable[[], bool], timeout: float = 15.0) -> bool:
    return waiting.wait_for(condition, timeout)


def stored() -> int:
    return Message.select().count()


def distinct_ids() -> int:
    return Message.select(Message.message_id).distinct().count()


def unmarked(server: DovecotServer) -> list[int]:
    with server.client() as client:
        client.select_folder("INBOX", readonly=True)
        return list(client.search(["UNKEYWORD", KEYWORD]))


# --- 1. SIGKILL the poller 50 times, with a UIDVALIDITY reset in the middle -----------------


# SQLite only: a WAL database under SIGKILL is the harder case, and one engine keeps the suite
# within its time budget (the PostgreSQL paths are killed in test_imap_poller.py and raced below)
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_poller_killed_50_times_loses_and_doubles_nothing(app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    total, kills = 1000, 50
    seed = int(os.environ.get("TRACKFRONT_DAMAGE_SEED", "0")) or random.randrange(1 << 30)
    rng = random.Random(seed)
    server = started_server()
    try:
        setup_project()
        server.append_many([message(i) for i in range(total)])
        cmd = poll_command(app.settings.db_url, server.url)
        env = subprocess_env()
        live_kills = torn = 0
        reset_at: int | None = None
        started = time.monotonic()
        for n in range(kills):
            before = stored()
            if reset_at is None and (before >= total // 2 or n == kills // 2):
                # the server renumbers the folder half-way through: a larger UIDVALIDITY
                server.set_uidvalidity(server.mailbox_status()["uidvalidity"] + 1000)
                reset_at = n
            proc = subprocess.Popen(cmd, cwd=tmp_path, env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if before < total and rng.random() < 0.6:
                # right after the next commit (a batch is 50 messages), or a little later
                deadline = time.monotonic() + 20
                while stored() == before and proc.poll() is None and time.monotonic() < deadline:
                    time.sleep(0.001)
                time.sleep(rng.choice([0.0, 0.0, rng.uniform(0, 0.01)]))
            elif before < total:
                time.sleep(rng.uniform(0.0, 0.6))  # start-up, login, mark repair, first batch
            else:
                time.sleep(rng.uniform(0.3, 1.2))  # processing the stored backlog
            live_kills += proc.poll() is None
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            reset_thread_connection()
            # committed but not yet marked on the server when the kill came
            torn += max(0, stored() - (total - len(unmarked(server))))
        killed_phase = time.monotonic() - started
        assert reset_at is not None

        final = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
                               check=False)
        assert final.returncode == 0, final.stderr[-2000:]
        assert stored() == total
        assert distinct_ids() == total  # 0 duplicates
        assert unmarked(server) == []  # every message flagged
        assert Message.select().where(Message.status == "received").count() == 0
        print(f"\nseed {seed}: {live_kills} of {kills} runs SIGKILLed mid-work in {killed_phase:.1f}s, "
              f"UIDVALIDITY reset before run {reset_at}, {torn} stored-but-unmarked after kills; "
              f"final run: {final.stdout.strip()}")
    finally:
        server.cleanup()


# --- 2. a poison message in the middle -------------------------------------------------------


def poison_message() -> bytes:
    depth = 1000
    head = "".join(
        f'Content-Type: multipart/mixed; boundary="b{d}"\r\n\r\n--b{d}\r\n' for d in range(depth)
    )
    tail = "".join(f"\r\n--b{d}--\r\n" for d in reversed(range(depth)))
    to_lines = ",\r\n ".join(
        ", ".join(f"person{i * 10 + j}@example.com" for j in range(10)) for i in range(1400)
    )
    assert len(to_lines) > 300_000
    return (
        "From: Ann Client <ann@client.example>\r\n"
        f"To: demo@localhost, {to_lines}\r\n"
        "Subject: poison\r\nMessage-ID: <poison@client.example>\r\n"
        "Date: Mon, 02 Mar 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        + head + "Content-Type: text/plain\r\n\r\nhello\r\n" + tail
    ).encode()


def test_poison_message_is_quarantined_and_blocks_nothing(app, dovecot: DovecotServer) -> None:  # type: ignore[no-untyped-def]
    setup_project()
    mail = [message(i) for i in range(1, 50)] + [poison_message()] + [message(i) for i in range(51, 101)]
    dovecot.append_many(mail)
    opts = PollerOptions(url=dovecot.url, backoff_min=0.05, backoff_max=0.2)
    report = ImapPoller(opts, pipeline(app)).sync_once()
    assert report.stored == 100 and report.processed == 100
    poison = Message.get(Message.message_id == "<poison@client.example>")
    assert poison.status == "quarantined"
    assert Quarantine.get(Quarantine.message == poison).reason
    assert Message.select().where(Message.status == "processed").count() == 99
    assert unmarked(dovecot) == []

    # no crash loop: a long-running poller settles into IDLE instead of retrying the poison
    reports: list[SyncReport] = []
    stop = threading.Event()
    thread = threading.Thread(target=ImapPoller(opts, pipeline(app)).run, args=(stop, reports.append))
    thread.start()
    try:
        assert wait_for(lambda: len(reports) >= 1)
        time.sleep(1.0)
    finally:
        stop.set()
        thread.join(10)
    assert len(reports) == 1 and reports[0].stored == 0 and reports[0].processed == 0
    assert Message.select().count() == 100


# --- 3. connection kicked during IDLE, server stopped and started ---------------------------


def test_mail_arriving_while_disconnected_is_ingested_after_reconnect(app, caplog) -> None:  # type: ignore[no-untyped-def]
    server = started_server()
    setup_project()
    opts = PollerOptions(url=server.url, backoff_min=0.1, backoff_max=1.0, socket_timeout=5)
    stop = threading.Event()
    thread = threading.Thread(target=ImapPoller(opts, pipeline(app)).run, args=(stop,), daemon=True)
    started = time.monotonic()
    try:
        thread.start()
        server.save(message(1))
        assert wait_for(lambda: stored() == 1)
        time.sleep(0.2)  # back in IDLE
        assert server.kick()
        server.save(message(2))
        assert wait_for(lambda: stored() == 2)

        server.stop()
        server.deliver_to_maildir(message(3))
        server.deliver_to_maildir(message(4))
        time.sleep(1.5)  # a few failed reconnects
        server.start()
        assert wait_for(lambda: stored() == 4, timeout=10)
        assert wait_for(lambda: unmarked(server) == [])
        assert thread.is_alive()
    finally:
        stop.set()
        thread.join(10)
        server.cleanup()
    assert distinct_ids() == 4
    assert any("reconnecting" in r.getMessage() for r in caplog.records)
    print(f"\nkick + stop/start survived in {time.monotonic() - started:.1f}s")


# --- 4. SMTP flood with the database unavailable for part of the run ------------------------


class DatabaseOutage:
    """Makes the database unavailable for a while, the way each engine fails in real life."""

    def __init__(self, db_url: str) -> None:
        self.db_url = db_url

    def hold(self, seconds: float) -> None:
        if self.db_url.startswith("sqlite"):
            # another process holding the write lock: writers time out with "database is locked"
            conn = sqlite3.connect(self.db_url[len("sqlite:///"):], timeout=10, isolation_level=None)
            conn.execute("BEGIN EXCLUSIVE")
            time.sleep(seconds)
            conn.execute("ROLLBACK")
            conn.close()
            return
        import psycopg2

        from store.db import make_database

        base = make_database(self.db_url)
        conn = psycopg2.connect(database=base.database, **{**base.connect_params, "application_name": "tf_outage"})
        conn.autocommit = True
        with conn.cursor() as cur:
            # the listener's connections die (a restart), then the table stays locked
            cur.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE application_name = %s", (self.app_name,))
        conn.autocommit = False
        with conn.cursor() as cur:
            cur.execute("LOCK TABLE message IN ACCESS EXCLUSIVE MODE")
            time.sleep(seconds)
        conn.rollback()
        conn.close()

    @property
    def app_name(self) -> str:
        return "tf_smtp_damage"


def test_smtp_flood_with_database_outage_loses_nothing(db_url, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from workflows.app import App

    total, clients = 1000, 8
    outage = DatabaseOutage(db_url)
    if db_url.startswith("postgres"):
        # name our connections, so the outage terminates ours and no one else's
        settings = settings.with_overrides(db_url=f"{db_url}&application_name={outage.app_name}")
    app = App.open(settings)
    setup_project()
    port = free_port()
    options = ListenerOptions(port=port, domains=("localhost",), store_timeout=0.3, process_interval=0.5)
    counts = {"ok": 0, "tempfail": 0, "disconnects": 0}
    lock = threading.Lock()
    failures: list[str] = []

    def client(k: int) -> None:
        smtp: smtplib.SMTP | None = None
        for i in range(k, total, clients):
            raw = message(i, tag="smtp")
            for _attempt in range(400):
                try:
                    if smtp is None:
                        smtp = smtplib.SMTP("127.0.0.1", port, timeout=30)
                    smtp.sendmail("ann@client.example", ["demo@localhost"], raw)
                    with lock:
                        counts["ok"] += 1
                    break
                except smtplib.SMTPResponseException as exc:
                    if not 400 <= exc.smtp_code < 500:
                        failures.append(f"{i}: {exc.smtp_code} {exc.smtp_error!r}")
                        return
                    with lock:
                        counts["tempfail"] += 1
                    time.sleep(0.05)  # an MTA would wait minutes; the test is impatient
                except (smtplib.SMTPServerDisconnected, OSError):
                    with lock:
                        counts["disconnects"] += 1
                    smtp = None
                    time.sleep(0.05)
            else:
                failures.append(f"{i}: never accepted")
        if smtp is not None:
            smtp.quit()

    started = time.monotonic()
    with SmtpListener(options, pipeline(app)):
        threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
        for t in threads:
            t.start()
        wait_for(lambda: counts["ok"] >= 150, timeout=60)
        outage.hold(1.5)
        wait_for(lambda: counts["ok"] >= 500, timeout=60)
        outage.hold(1.0)
        for t in threads:
            t.join(120)
        elapsed = time.monotonic() - started
    reset_thread_connection()
    assert failures == []
    assert counts["ok"] == total
    assert counts["tempfail"] > 0  # the outage was real and answered with 4xx
    assert stored() == total and distinct_ids() == total
    print(f"\nSMTP {total} messages from {clients} clients in {elapsed:.1f}s: "
          f"{counts['tempfail']} x 4xx, {counts['disconnects']} reconnects, 0 lost, 0 doubled")
    app.close()


# --- 5. two pollers on one mailbox -----------------------------------------------------------


def test_two_pollers_on_one_mailbox_store_each_message_once(app, dovecot: DovecotServer) -> None:  # type: ignore[no-untyped-def]
    total = 300
    setup_project()
    dovecot.append_many([message(i) for i in range(100)])
    stop = threading.Event()
    opts = PollerOptions(url=dovecot.url, batch_messages=10, backoff_min=0.05, backoff_max=0.5)
    threads = [
        threading.Thread(target=ImapPoller(opts, pipeline(app)).run, args=(stop,), daemon=True)
        for _ in range(2)
    ]
    started = time.monotonic()
    for t in threads:
        t.start()
    try:
        with dovecot.client() as appender:
            for i in range(100, total):
                appender.append("INBOX", message(i))
                if i % 20 == 0:
                    time.sleep(0.02)
        assert wait_for(lambda: stored() == total, timeout=60)
        assert wait_for(lambda: unmarked(dovecot) == [])
    finally:
        stop.set()
        for t in threads:
            t.join(10)
    reset_thread_connection()
    assert stored() == total and distinct_ids() == total
    print(f"\ntwo pollers, {total} messages, {time.monotonic() - started:.1f}s, 0 duplicates")
