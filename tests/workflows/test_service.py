"""``trackfront serve --only schedule`` as a real process, on both engines.

The scheduler ticks once at start-up (catching up whatever fell due while it was down),
logs what it queued, and stops cleanly on SIGTERM; started again, it queues only what is
new.  The service runs on the machine's clock, so the configuration makes a check-in due
today: ``check_in_day`` is today's weekday and ``check_in_time`` midnight (UTC members).
"""
from __future__ import annotations

import datetime as dt
import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from workflows.cli import cli

pytestmark = pytest.mark.timeout(120)


def exe() -> str:
    found = shutil.which("trackfront", path=str(Path(sys.executable).parent)) or shutil.which("trackfront")
    if not found:
        pytest.fail("the trackfront console script is not installed (pip install -e .)")
    return found


def write_config(tmp: Path) -> Path:
    today = dt.datetime.now(dt.UTC).weekday()
    cfg = tmp / "trackfront.toml"
    cfg.write_text(
        "[mail]\n"
        'from = "trackfront@projects.example.com"\n'
        'reply_domain = "projects.example.com"\n'
        'project_domains = ["projects.example.com"]\n'
        'secret = "service-secret"\n'
        "[outbound]\n"
        f'maildir = "{tmp / "sent"}"\n'
        "[workflows]\n"
        f"check_in_day = {today}\n"
        'check_in_time = "00:00"\n'
        'check_in_question = "Anything in your way today?"\n'
    )
    return cfg


class Cli:
    def __init__(self, cfg: Path, db_url: str) -> None:
        self.base = ["--config", str(cfg), "--db", db_url]

    def __call__(self, *args: str) -> str:
        res = CliRunner().invoke(cli, [*self.base, *args], catch_exceptions=False)
        assert res.exit_code == 0, res.output
        return res.output

    def outbox(self) -> list[dict]:  # type: ignore[type-arg]
        return json.loads(self("outbox", "--json"))


def serve_until(base: list[str], cwd: Path, log: Path, wanted: list[str],
                timeout: float = 30) -> tuple[int, str, float]:
    """Run ``serve --only schedule`` until all of ``wanted`` show in its log, then SIGTERM it:
    (exit status, log, seconds from SIGTERM to exit)."""
    with log.open("w") as err:
        proc = subprocess.Popen([exe(), *base, "-v", "serve", "--only", "schedule"], cwd=cwd,
                                stdout=subprocess.DEVNULL, stderr=err)
        try:
            deadline = time.monotonic() + timeout
            while not all(w in log.read_text() for w in wanted) and time.monotonic() < deadline:
                assert proc.poll() is None, log.read_text()
                time.sleep(0.1)
            assert all(w in log.read_text() for w in wanted), log.read_text()
            stopped = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=15)
            return code, log.read_text(), time.monotonic() - stopped
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def test_schedule_role_catches_up_at_start_logs_and_stops_on_sigterm(db_url: str, tmp_path: Path) -> None:
    cfg = write_config(tmp_path)
    tf = Cli(cfg, db_url)
    tf("project", "add", "acme", "--name", "ACME website", "--client-domain", "acme.com")
    tf("member", "add", "acme", "sam@agency.io", "--role", "team", "--name", "Sam Lee", "--tz", "UTC")
    tf("member", "add", "acme", "alex@agency.io", "--role", "team", "--name", "Alex Kim", "--tz", "UTC")
    tf("member", "add", "acme", "jane@acme.com", "--role", "client", "--name", "Jane Doe", "--tz", "UTC")
    assert tf.outbox() == []

    code, log, took = serve_until(tf.base, tmp_path, tmp_path / "serve1.log",
                                  ["to sam@agency.io", "to alex@agency.io"])
    assert code == 0, log
    assert took < 10
    assert "Traceback" not in log
    assert "trackfront serving: schedule" in log and "finishing the work in hand" in log
    rows = tf.outbox()
    assert sorted((r["kind"], r["to"][0]) for r in rows) == [("check_in", "alex@agency.io"),
                                                             ("check_in", "sam@agency.io")]
    for r in rows:  # the log names each message queued
        assert f"queued check_in #{r['id']} to {r['to'][0]}" in log
    assert "Anything in your way today?" in rows[0]["text"]

    # a restart catches up once: only the new member's check-in, nothing twice
    tf("member", "add", "acme", "kim@agency.io", "--role", "team", "--name", "Kim Park", "--tz", "UTC")
    code, log, _took = serve_until(tf.base, tmp_path, tmp_path / "serve2.log", ["to kim@agency.io"])
    assert code == 0, log
    rows = tf.outbox()
    assert sorted(r["to"][0] for r in rows) == ["alex@agency.io", "kim@agency.io", "sam@agency.io"]
    assert "to sam@agency.io" not in log and "to alex@agency.io" not in log
