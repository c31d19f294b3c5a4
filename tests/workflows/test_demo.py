"""``trackfront demo`` as a real process: the README's "run" command.

It must finish in seconds without network, print what happened, where the sent mail is,
and the client's weekly update; the Maildir must hold exactly the messages it reports sent.
"""
from __future__ import annotations

import email
import os
import re
import shutil
import subprocess
import sys
from email import policy
from pathlib import Path

import pytest

pytestmark = pytest.mark.timeout(120)

SENT_LINE = re.compile(r"^\s+#(\d+) (\w+)\s+(\w+)\s+to (\S+): (.*)$", re.MULTILINE)


def exe() -> str:
    found = shutil.which("trackfront", path=str(Path(sys.executable).parent)) or shutil.which("trackfront")
    if not found:
        pytest.fail("the trackfront console script is not installed (pip install -e .)")
    return found


def maildir_messages(root: Path) -> list[email.message.EmailMessage]:
    files = sorted(p for sub in ("new", "cur") for p in (root / sub).iterdir())
    return [email.message_from_bytes(p.read_bytes(), policy=policy.default) for p in files]  # type: ignore[misc]


def run_demo(args: list[str], cwd: Path) -> str:
    # no TRACKFRONT_* settings from the calling shell: the demo brings its own
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKFRONT_")}
    proc = subprocess.run([exe(), "demo", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return proc.stdout


def test_demo_in_a_given_folder(tmp_path: Path) -> None:
    work = tmp_path / "demo"
    out = run_demo(["--dir", str(work)], tmp_path)
    maildir = work / "sent-mail"
    assert f"Maildir with every sent message: {maildir}" in out

    # the week: mail in, workflows queued, a slip noticed on Wednesday
    assert out.count("mail in") == 5 and "processed" in out
    sent = SENT_LINE.findall(out)
    kinds = {kind for _id, kind, _status, _to, _subject in sent}
    assert {"check_in", "confirmation", "delay_notice", "weekly_update", "at_risk_check"} <= kinds
    assert all(status == "sent" for _id, _kind, status, _to, _subject in sent)

    # the client's weekly update, printed in full
    update = out.split("The client's weekly update", 1)[1]
    assert "To: Jane Doe <jane@acme.example>" in update
    assert "Dear Jane" in update
    assert "because the new product photos only arrived this morning" in update  # the slip's reason
    assert "it tested better with your customers" in update  # the decision's rationale
    assert "API integration" not in update  # an internal task stays with the team

    # the Maildir holds exactly what was reported sent
    messages = maildir_messages(maildir)
    assert len(messages) == len(sent)
    by_kind = sorted(str(m["X-Trackfront-Kind"]) for m in messages)
    assert by_kind == sorted(kind for _id, kind, _status, _to, _subject in sent)
    client_weekly = [m for m in messages if m["X-Trackfront-Kind"] == "weekly_update"
                     and "jane@acme.example" in str(m["To"])]
    assert len(client_weekly) == 1
    body = client_weekly[0].get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    assert "because the new product photos only arrived this morning" in body
    assert "API integration" not in body
    assert len({str(m["Message-ID"]) for m in messages}) == len(messages)


def test_demo_without_a_folder_uses_a_new_temporary_one(tmp_path: Path) -> None:
    out = run_demo([], tmp_path)
    where = re.search(r"^Trackfront demo in (.+)$", out, re.MULTILINE)
    assert where is not None
    root = Path(where.group(1))
    try:
        assert root.is_dir() and root != tmp_path and not (tmp_path / "trackfront.db").exists()
        assert len(maildir_messages(root / "sent-mail")) == len(SENT_LINE.findall(out)) > 0
    finally:
        shutil.rmtree(root, ignore_errors=True)
