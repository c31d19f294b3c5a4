"""Damage test: SIGKILL the deliverer again and again while it drains 1,000 messages.

The receiving MTA (``flaky_smtp_server.py``, aiosmtpd in its own process) tempfails
about 10% of transactions at random (451 at RCPT, 421/451 after DATA), refuses every
``reject*`` recipient with 550, and fsyncs the Message-ID of each message it accepts
before answering 250.  ``trackfront deliver`` runs as a real subprocess with a one-second
lease and is killed with SIGKILL at random moments while it is sending, then restarted.
A final clean run with a clock days ahead (so backoff does not make the test wait)
drains what is left.

Counted at the server afterwards: every message not refused with 550 arrived; a message
that arrived twice is a resend from the crash window between the server's 250 and our
commit (same Message-ID, same bytes), and there are no more such resends than kills;
every 550 ended ``failed``; nothing is left queued or sending.
"""
from __future__ import annotations

import datetime as dt
import os
import random
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from smtp_recorder import free_port

from outbound.outbox import Request, enqueue
from store.db import database, open_database
from store.models import Outbox, OutboxAttempt

HERE = Path(__file__).resolve().parent
MESSAGES = 1000
KILLS = 30
REJECT_EVERY = 25  # every 25th recipient is refused with 550
SEED = int(os.environ.get("TRACKFRONT_CRASH_SEED", "6"))
FROM = "trackfront@projects.example.com"
DELIVER = [sys.executable, "-c", "from workflows.cli import main; main()"]


def recipient(n: int) -> str:
    return f"reject{n}@client.example" if n % REJECT_EVERY == 0 else f"user{n}@client.example"


def request(n: int, now: dt.datetime) -> Request:
    return Request(
        key=f"crash-test:{n}",
        kind="weekly_update",
        audience="team",
        to=[(f"User {n}", recipient(n))],
        subject=f"Weekly update {n}",
        text=f"Message {n}.\n" + "Some text to make it a realistic size.\n" * 40,
        html=f"<p>Message {n}.</p>" + "<p>Some text to make it a realistic size.</p>\n" * 40,
        from_addr=FROM,
        from_name="Trackfront",
        message_id_domain="projects.example.com",
        date=now,
    )


@pytest.fixture
def mta(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    port, log = free_port(), tmp_path / "accepted.log"
    server = subprocess.Popen(
        [sys.executable, str(HERE / "flaky_smtp_server.py"), "--port", str(port), "--log", str(log),
         "--seed", str(SEED), "--tempfail", "0.1", "--delay", "0.008"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 15
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as conn:
                if conn.recv(3) == b"220":
                    break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail(f"test MTA did not start: {server.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
            time.sleep(0.05)
    yield port, log
    server.terminate()
    server.wait(timeout=10)


def accepted(log: Path) -> list[tuple[str, str, str]]:
    if not log.exists():
        return []
    return [tuple(line.split(" ")) for line in log.read_text().splitlines()]  # type: ignore[misc]


def wait_for_growth(log: Path, seen: int, proc: subprocess.Popen[bytes], timeout: float) -> None:
    """Until the server has accepted something new (the deliverer is mid-drain) or timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if len(accepted(log)) > seen:
            return
        time.sleep(0.01)


def test_sigkilled_deliverer_loses_nothing_and_resends_only_the_crash_window(
    db_url: str, tmp_path: Path, mta: tuple[int, Path]
) -> None:
    port, log = mta
    rng = random.Random(SEED)
    config = tmp_path / "trackfront.toml"
    # Every kill costs the rows of the batch in flight one attempt; the attempt budget is
    # test_outbox's business, here it must not turn a deliverable message into "failed".
    config.write_text(f'[mail]\nfrom = "{FROM}"\nsecret = "crash"\n[outbound]\nmax_attempts = 20\n')
    base = [*DELIVER, "--config", str(config), "--db", db_url, "deliver", "--smtp", f"smtp://127.0.0.1:{port}"]

    open_database(db_url)
    start = dt.datetime.now(dt.UTC)
    with database.atomic():
        rows = [enqueue(request(n, start))[0] for n in range(MESSAGES)]
    expected = {row.message_id: recipient(n) for n, row in enumerate(rows)}
    database.close()

    kills = 0
    stderr_log = tmp_path / "deliverer.err"
    with stderr_log.open("ab") as errors:
        while kills < KILLS:
            proc = subprocess.Popen([*base, "--lease", "1", "--interval", "0.05"],
                                    stdout=subprocess.DEVNULL, stderr=errors)
            wait_for_growth(log, len(accepted(log)), proc, timeout=5)
            time.sleep(rng.uniform(0.05, 0.6))
            assert proc.poll() is None, f"the deliverer exited by itself: {stderr_log.read_text()[-3000:]}"
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
            kills += 1

    # clean up: one pass per simulated day until nothing is queued or stuck in sending
    open_database(db_url)
    passes = 0
    while Outbox.select().where(Outbox.status.in_(["queued", "sending"])).exists():
        database.close()
        passes += 1
        assert passes <= 15, "the outbox does not drain"
        at = start + dt.timedelta(days=30 + passes)
        done = subprocess.run([*base, "--once", "--at", at.isoformat()], capture_output=True, timeout=120,
                              check=False)
        assert done.returncode == 0, done.stderr.decode()[-3000:]
        open_database(db_url)

    log_lines = accepted(log)
    arrivals = Counter(message_id for message_id, _digest, _rcpt in log_lines)
    duplicates = sum(count - 1 for count in arrivals.values())
    statuses = {row.message_id: row.status for row in Outbox.select(Outbox.message_id, Outbox.status)}
    rejected = {mid for mid, rcpt in expected.items() if rcpt.startswith("reject")}
    print(f"\n[{db_url.split(':')[0]}] kills {kills}, arrivals {len(log_lines)} of {len(expected) - len(rejected)} "
          f"deliverable, duplicates {duplicates}, 550-failed {len(rejected)}, clean-up passes {passes}, "
          f"max attempts {Outbox.select(Outbox.attempts).order_by(Outbox.attempts.desc()).first().attempts}, "
          f"retries logged {OutboxAttempt.select().where(OutboxAttempt.result == 'retry').count()}")

    assert set(arrivals) <= set(expected)
    # every deliverable message arrived, to the right recipient, and ended sent
    assert set(arrivals) == set(expected) - rejected
    assert all(rcpt == expected[mid] for mid, _digest, rcpt in log_lines)
    assert all(statuses[mid] == "sent" for mid in arrivals)
    # resends are the same message (same Message-ID, same bytes), at most one per kill
    digests: dict[str, set[str]] = {}
    for mid, digest, _rcpt in log_lines:
        digests.setdefault(mid, set()).add(digest)
    assert all(len(found) == 1 for found in digests.values())
    assert duplicates <= kills
    # every 550 ended failed, with the server's answer on record
    failed = list(Outbox.select().where(Outbox.message_id.in_(list(rejected))))
    assert len(failed) == len(rejected) and all(r.status == "failed" and "550" in r.last_error for r in failed)
    assert Counter(statuses.values()) == {"sent": len(expected) - len(rejected), "failed": len(rejected)}
    database.close()
