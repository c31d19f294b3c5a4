"""IMAP IDLE latency: how long from a message landing in the mailbox to its committed row.

A real Dovecot (tests/ingest/dovecot.py) serves one mailbox; the poller runs the way
``trackfront serve`` runs it (IDLE, processing inline) while this script APPENDs 200
messages on another connection at random intervals.  Printed side by side: SQLite and
PostgreSQL (when reachable) with IDLE, and SQLite polling once a second for comparison.
Latency ends at the commit of the row (target p95 < 1 s) and, second, at its processing.

Run: .venv/bin/python benchmarks/idle_latency.py [--messages 200]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "ingest")]

from dovecot import SKIP_REASON, DovecotServer

from ingest.imap_poller import ImapPoller, PollerOptions
from store.models import Message

_APPENDUID = re.compile(rb"APPENDUID \d+ (\d+)")
PG_BASE = os.environ.get("TRACKFRONT_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def raw_message(i: int, tag: str) -> bytes:
    return (
        f"From: Ann Client <ann@client.example>\r\nTo: demo@localhost\r\nSubject: latency {i}\r\n"
        f"Message-ID: <lat{i}.{tag}@client.example>\r\nDate: Mon, 02 Mar 2026 10:00:00 +0000\r\n\r\n"
        f"Ben will send the revised estimate by Friday. ({i})\r\n"
    ).encode()


def measure(server: DovecotServer, db_url: str, messages: int, *, seed: int) -> dict[str, float]:
    from store.directory import add_member, add_project
    from workflows.app import App
    from workflows.config import Settings

    app = App.open(Settings(db_url=db_url, base_dir=Path(tempfile.gettempdir())))
    add_member(add_project("demo", "Demo", []), "ann@client.example", "client")
    server.use_new_user()
    committed: dict[int, float] = {}

    def on_commit(uids: object) -> None:
        now = time.monotonic()
        for uid in uids:  # type: ignore[attr-defined]
            committed.setdefault(uid, now)

    options = PollerOptions(url=server.url, poll_interval=1.0, idle_timeout=600)
    poller = ImapPoller(options, app.pipeline(), on_commit=on_commit)
    stop = threading.Event()
    thread = threading.Thread(target=poller.run, args=(stop,), daemon=True)
    thread.start()
    rng = random.Random(seed)
    appended: dict[int, tuple[float, dt.datetime]] = {}
    tag = uuid.uuid4().hex[:8]
    try:
        with server.client() as client:
            client.select_folder("INBOX")
            time.sleep(1.0)  # the poller's first sync is done and it is waiting
            for i in range(messages):
                time.sleep(rng.uniform(0.02, 0.15))
                response = client.append("INBOX", raw_message(i, tag))
                match = _APPENDUID.search(response)
                assert match, response
                appended[int(match.group(1))] = (time.monotonic(), dt.datetime.now(dt.UTC))
        deadline = time.monotonic() + 30
        while len(committed) < messages and time.monotonic() < deadline:
            time.sleep(0.05)
        done = lambda: Message.select().where(Message.status != "received").count()
        while done() < messages and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.set()
        thread.join(10)
    commit_lat = [committed[uid] - t for uid, (t, _w) in appended.items() if uid in committed]
    processed_at = {
        m.message_id: m.processed_at for m in Message.select(Message.message_id, Message.processed_at)
    }
    proc_lat = []
    for i, (uid, (_t, wall)) in enumerate(sorted(appended.items())):
        at = processed_at.get(f"<lat{i}.{tag}@client.example>")
        if at is not None:
            proc_lat.append((at.replace(tzinfo=dt.UTC) - wall).total_seconds())
    app.close()
    return {
        "messages": len(appended),
        "committed": len(commit_lat),
        "p50": statistics.median(commit_lat),
        "p95": percentile(commit_lat, 0.95),
        "max": max(commit_lat),
        "proc_p50": statistics.median(proc_lat) if proc_lat else float("nan"),
        "proc_p95": percentile(proc_lat, 0.95) if proc_lat else float("nan"),
    }


def pg_url() -> str | None:
    try:
        import psycopg2

        conn = psycopg2.connect(PG_BASE, connect_timeout=3)
        conn.close()
    except Exception:  # noqa: BLE001 - no server: SQLite only
        return None
    schema = "bench_" + uuid.uuid4().hex[:10]
    sep = "&" if "?" in PG_BASE else "?"
    return f"{PG_BASE}{sep}options=-csearch_path%3D{schema}"


def drop_pg_schema(url: str) -> None:
    import psycopg2

    schema = url.rsplit("%3D", 1)[1]
    conn = psycopg2.connect(PG_BASE, connect_timeout=3)
    conn.autocommit = True
    conn.cursor().execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    if SKIP_REASON:
        print(f"idle_latency: skipped: {SKIP_REASON}")
        return
    import logging

    logging.basicConfig(level=logging.ERROR)
    server = DovecotServer()
    # the same server without IDLE in its CAPABILITY: the poller falls back to polling
    no_idle = DovecotServer(extra_config="imap_capability = IMAP4rev1 UIDPLUS MOVE")
    server.start()
    no_idle.start()
    tmp = Path(tempfile.mkdtemp(prefix="tf-bench-"))
    runs: list[tuple[str, dict[str, float]]] = []
    try:
        runs.append(("SQLite, IDLE", measure(server, f"sqlite:///{tmp / 'idle.db'}", args.messages,
                                             seed=args.seed)))
        url = pg_url()
        if url is not None:
            try:
                runs.append(("PostgreSQL, IDLE", measure(server, url, args.messages, seed=args.seed)))
            finally:
                drop_pg_schema(url)
        runs.append(("SQLite, polling 1 s", measure(no_idle, f"sqlite:///{tmp / 'poll.db'}", args.messages,
                                                    seed=args.seed)))
    finally:
        server.cleanup()
        no_idle.cleanup()
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"IMAP arrival -> committed row, {args.messages} messages APPENDed 20-150 ms apart "
          f"(Dovecot {server_version()}); target p95 < 1 s")
    print(f"{'':22} {'p50':>8} {'p95':>8} {'max':>8}   {'processed p50':>13} {'p95':>8}")
    for name, r in runs:
        print(f"{name:22} {r['p50']:8.3f} {r['p95']:8.3f} {r['max']:8.3f}   "
              f"{r['proc_p50']:13.3f} {r['proc_p95']:8.3f}   ({r['committed']}/{r['messages']} committed)")


def server_version() -> str:
    import subprocess

    from dovecot import DOVECOT

    out = subprocess.run([str(DOVECOT), "--version"], capture_output=True, text=True, check=False).stdout
    return out.split()[0] if out else "?"


if __name__ == "__main__":
    main()
