"""The CLI contract end to end (click's runner on both engines, plus a real subprocess)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from workflows.cli import cli

MAIL = Path(__file__).parents[1] / "data" / "mail"


def run(db_url: str, *args: str, input: bytes | None = None):  # type: ignore[no-untyped-def]
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", db_url, *args], input=input, catch_exceptions=False)
    return result


def setup_project(db_url: str) -> None:
    assert run(db_url, "project", "add", "acme", "--name", "ACME website", "--client-domain", "acme.com").exit_code == 0
    assert run(db_url, "member", "add", "acme", "sam@agency.io", "--role", "team", "--name", "Sam Lee",
               "--tz", "Europe/London").exit_code == 0
    assert run(db_url, "member", "add", "acme", "jane@acme.com", "--role", "client", "--name", "Jane Doe",
               "--tz", "America/New_York").exit_code == 0


def test_round_trip_project_member_ingest_threads(db_url: str, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    setup_project(db_url)
    projects = json.loads(run(db_url, "project", "list", "--json").output)
    assert projects[0]["slug"] == "acme" and projects[0]["client_domains"] == ["acme.com"]
    members = json.loads(run(db_url, "member", "list", "acme", "--json").output)
    assert {m["email"]: m["role"] for m in members} == {"sam@agency.io": "team", "jane@acme.com": "client"}

    res = run(db_url, "ingest", str(MAIL / "client_request.eml"), str(MAIL / "team_reply.eml"),
              str(MAIL / "stranger.eml"), str(MAIL / "out_of_office.eml"), str(MAIL / "bounce.eml"))
    assert res.exit_code == 0, res.output
    assert "ingested 2, duplicates 0, quarantined 1, ignored 2, failed 0" in res.output
    again = run(db_url, "ingest", str(MAIL / "client_request.eml"))
    assert "ingested 0, duplicates 1" in again.output

    threads = json.loads(run(db_url, "threads", "acme", "--json").output)
    assert threads == [{"id": threads[0]["id"], "subject": "Homepage refresh",
                        "message_ids": ["<req-1@acme.com>", "<reply-1@agency.io>"]}]
    quarantine = json.loads(run(db_url, "quarantine", "--json").output)
    assert [(q["message_id"], q["sender"]) for q in quarantine] == [("<spam-1@evil.example>", "mallory@evil.example")]
    assert "unknown sender" in quarantine[0]["reason"]

    tasks = json.loads(run(db_url, "tasks", "acme", "--json").output)
    assert len(tasks) == 1
    task = tasks[0]
    assert set(task) >= {"id", "title", "owner", "due", "status", "visibility", "source_message_id"}
    assert "logo files" in task["title"].lower()
    assert task["owner"] == "sam@agency.io" and task["due"] == "2026-11-06"
    assert task["status"] == "open" and task["visibility"] == "client"
    assert task["source_message_id"] == "<req-1@acme.com>"
    decisions = json.loads(run(db_url, "decisions", "acme", "--json").output)
    assert len(decisions) == 1 and "blue palette" in decisions[0]["summary"].lower()
    assert "tested better" in (decisions[0]["rationale"] or "")
    assert decisions[0]["decided_by"] == "sam@agency.io"
    # nothing came from the quoted text, the out-of-office or the bounce
    assert not any("fix it" in t["title"] for t in tasks)


def test_parse_with_project_sees_the_open_tasks_a_reply_would_change(db_url: str, tmp_path: Path) -> None:
    setup_project(db_url)
    assert run(db_url, "ingest", str(MAIL / "client_request.eml")).exit_code == 0
    [task] = json.loads(run(db_url, "tasks", "acme", "--json").output)
    reply = tmp_path / "done.eml"
    reply.write_bytes(b"From: Sam Lee <sam@agency.io>\r\nTo: jane@acme.com, acme@projects.example.com\r\n"
                      b"Subject: Re: Homepage refresh\r\nDate: Thu, 05 Nov 2026 10:00:00 +0000\r\n"
                      b"Message-ID: <done-1@agency.io>\r\n\r\nHi Jane,\r\n\r\nLogo files attached.\r\n\r\nSam\r\n")
    [seen] = json.loads(run(db_url, "parse", "--project", "acme", "--explain", str(reply)).output)
    assert [(c["task_id"], c["status"]) for c in seen["changes"]] == [(task["id"], "done")]
    assert seen["changes"][0]["rule"] == "natural:completion"
    # a dry run: the task is still open
    assert json.loads(run(db_url, "tasks", "acme", "--json").output)[0]["status"] == "open"
    # without a project there is no task to name
    [alone] = json.loads(run(db_url, "parse", str(reply)).output)
    assert all(c["task_id"] is None for c in alone["changes"])


def test_parse_reads_a_forward_under_a_note_as_ingest_records_it(db_url: str, tmp_path: Path) -> None:
    setup_project(db_url)
    fwd = tmp_path / "fwd.eml"
    fwd.write_bytes(b"From: Sam Lee <sam@agency.io>\r\nTo: acme@projects.example.com\r\nSubject: Fwd: Fonts\r\n"
                    b"Date: Tue, 03 Nov 2026 10:00:00 +0000\r\nMessage-ID: <fwd-note-1@agency.io>\r\n\r\n"
                    b"Alex, could you check the font licences by Friday?\r\n\r\n"
                    b"---------- Forwarded message ---------\r\nFrom: Jane Doe <jane@acme.com>\r\n"
                    b"Date: Mon, Nov 2, 2026 at 9:00 AM\r\nSubject: Fonts\r\nTo: Sam Lee <sam@agency.io>\r\n\r\n"
                    b"Sam, could you send us the October invoice by Wednesday? Is the launch still on the 20th? "
                    b"We've decided to go with Inter since it reads better.\r\n")
    [seen] = json.loads(run(db_url, "parse", "--project", "acme", str(fwd)).output)
    assert run(db_url, "ingest", str(fwd)).exit_code == 0
    recorded = json.loads(run(db_url, "tasks", "acme", "--json").output)
    # the note's ask is the task; the forwarded mail's own ask and question were put to the forwarder
    assert [t["title"] for t in seen["tasks"]] == [t["title"] for t in recorded] == ["Check the font licences"]
    assert seen["questions"] == json.loads(run(db_url, "questions", "acme", "--json").output) == []
    assert len(seen["decisions"]) == len(json.loads(run(db_url, "decisions", "acme", "--json").output)) == 1


def test_user_mistakes_give_one_line_and_nonzero_exit(db_url: str, tmp_path: Path) -> None:
    from workflows.cli import main

    def call(*args: str) -> tuple[int, str]:
        proc = subprocess.run(
            [sys.executable, "-c", "from workflows.cli import main; main()", "--db", db_url, *args],
            capture_output=True, text=True, cwd=tmp_path, timeout=60, check=False,
        )
        return proc.returncode, proc.stderr

    code, err = call("tasks", "nope", "--json")
    assert code == 1 and "unknown project 'nope'" in err and "Traceback" not in err
    code, err = call("ingest", str(tmp_path / "missing.eml"))
    assert code == 1 and "no such file" in err and "Traceback" not in err
    code, err = call("member", "add", "nope", "a@b.com", "--role", "team")
    assert code == 1 and "Traceback" not in err
    code, err = call("run", "weekly_update", "--at", "not-a-date")
    assert code == 2 and "not an ISO date" in err
    assert main is not None


def test_ingest_stdin_exits_75_when_database_unavailable(tmp_path: Path) -> None:
    raw = (MAIL / "client_request.eml").read_bytes()
    proc = subprocess.run(
        [sys.executable, "-c", "from workflows.cli import main; main()",
         "--db", "postgresql://nobody@127.0.0.1:1/none", "ingest", "-"],
        input=raw, capture_output=True, cwd=tmp_path, timeout=60, check=False,
    )
    assert proc.returncode == 75, proc.stderr
    assert b"Traceback" not in proc.stderr


def test_installed_console_script_round_trip(tmp_path: Path) -> None:
    exe = shutil.which("trackfront", path=str(Path(sys.executable).parent)) or shutil.which("trackfront")
    if exe is None:
        pytest.fail("the trackfront console script is not installed (pip install -e .)")
    env = {**os.environ, "TRACKFRONT_DB": f"sqlite:///{tmp_path / 'tf.db'}"}

    def call(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([exe, *args], cwd=tmp_path, env=env, capture_output=True, input=input, timeout=120,
                              check=False)

    assert call("init").returncode == 0
    assert (tmp_path / "trackfront.toml").exists()
    assert call("project", "add", "acme", "--name", "ACME", "--client-domain", "acme.com").returncode == 0
    assert call("member", "add", "acme", "sam@agency.io", "--role", "team").returncode == 0
    proc = call("ingest", "-", input=(MAIL / "client_request.eml").read_bytes())
    assert proc.returncode == 0, proc.stderr
    assert b"ingested 1" in proc.stdout
    threads = json.loads(call("threads", "acme", "--json").stdout)
    assert threads[0]["message_ids"] == ["<req-1@acme.com>"]
