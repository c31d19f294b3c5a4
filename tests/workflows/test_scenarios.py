"""Workflow scenarios end to end through the CLI, with a fixed clock (--at)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workflows.cli import cli

PA = "acme@projects.example.com"


class Env:
    def __init__(self, db_url: str, tmp: Path) -> None:
        self.db = db_url
        self.tmp = tmp
        cfg = tmp / "trackfront.toml"
        cfg.write_text(
            "[mail]\n"
            'from = "trackfront@projects.example.com"\n'
            'reply_domain = "projects.example.com"\n'
            'project_domains = ["projects.example.com"]\n'
            'secret = "scenario-secret"\n'
            "[outbound]\n"
            f'maildir = "{tmp / "sent"}"\n'
            # replies made from these fixed-date tokens must still verify years from now
            "token_days = 36500\n"
        )
        self.cfg = str(cfg)
        self.n = 0

    def __call__(self, *args: str, input: bytes | None = None) -> str:
        res = CliRunner().invoke(cli, ["--config", self.cfg, "--db", self.db, *args], input=input,
                                 catch_exceptions=False)
        assert res.exit_code == 0, res.output
        return res.output

    def json(self, *args: str) -> list[dict]:  # type: ignore[type-arg]
        return json.loads(self(*args, "--json"))

    def mail(self, frm: str, subject: str, body: str, date: str, to: str = PA, extra: str = "") -> str:
        self.n += 1
        mid = f"<m{self.n}@test>"
        raw = (f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: {date}\nMessage-ID: {mid}\n{extra}"
               f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()
        out = self("ingest", "-", input=raw)
        assert "ingested 1" in out, out
        return mid

    def outbox(self, kind: str | None = None) -> list[dict]:  # type: ignore[type-arg]
        rows = self.json("outbox")
        return [r for r in rows if kind is None or r["kind"] == kind]


@pytest.fixture
def env(db_url: str, tmp_path: Path) -> Env:
    e = Env(db_url, tmp_path)
    e("project", "add", "acme", "--name", "ACME website", "--client-domain", "acme.com")
    e("member", "add", "acme", "jane@acme.com", "--role", "client", "--name", "Jane Doe", "--tz", "America/New_York")
    e("member", "add", "acme", "sam@agency.io", "--role", "team", "--name", "Sam Lee", "--tz", "Europe/London")
    e("member", "add", "acme", "alex@agency.io", "--role", "team", "--name", "Alex Kim", "--tz", "Europe/London")
    return e


def test_wednesday_slip_for_friday_deadline_notifies_client_on_wednesday(env: Env) -> None:
    env.mail("Jane Doe <jane@acme.com>", "Launch", "Hi Sam,\n\nCould you send the launch checklist by Friday?\n\nJane",
             "Mon, 02 Nov 2026 09:00:00 -0500", to=f"{PA}, sam@agency.io")
    task = env.json("tasks", "acme")[0]
    assert task["due"] == "2026-11-06" and task["visibility"] == "client"
    env.mail("Sam Lee <sam@agency.io>", "Re: Launch",
             f"#{task['id']} new date: Tuesday because the client logo files arrived late",
             "Wed, 04 Nov 2026 10:00:00 +0000", to=f"{PA}, jane@acme.com")
    notices = env.outbox("delay_notice")
    assert [n["to"] for n in notices] == [["jane@acme.com"]]
    assert "2026-11-10" in notices[0]["text"] or "Nov 10" in notices[0]["text"] or "10 Nov" in notices[0]["text"]
    assert "logo files arrived late" in notices[0]["text"]
    # delivered on Wednesday (quiet hours permitting), before Friday
    env("deliver", "--once", "--at", "2026-11-04T15:00:00Z")
    assert env.outbox("delay_notice")[0]["status"] == "sent"
    history = next(t for t in env.json("tasks", "acme") if t["id"] == task["id"])
    assert history["due"] == "2026-11-10"
    # ticks later in the week do not repeat it
    env("tick", "--at", "2026-11-05T12:00:00Z")
    env("tick", "--at", "2026-11-06T12:00:00Z")
    assert len(env.outbox("delay_notice")) == 1


def test_weekly_updates_per_recipient_time_and_no_duplicates_on_restart(env: Env) -> None:
    env.mail("Sam Lee <sam@agency.io>", "Plan",
             "Task: Draft the sitemap @alex due Nov 12\nDecision: launch on Dec 1 because marketing needs two weeks",
             "Mon, 02 Nov 2026 10:00:00 +0000", to=f"{PA}, jane@acme.com")
    env.mail("Alex Kim <alex@agency.io>", "internal",
             "TODO: rotate the staging credentials @alex due Nov 20", "Mon, 02 Nov 2026 11:00:00 +0000")
    # Friday 16:00 London = 16:00Z; New York 16:00 = 21:00Z
    env("tick", "--at", "2026-11-06T16:05:00Z")
    weekly = env.outbox("weekly_update")
    assert sorted(w["to"][0] for w in weekly) == ["alex@agency.io", "sam@agency.io"]
    env("tick", "--at", "2026-11-06T21:05:00Z")
    env("tick", "--at", "2026-11-06T21:06:00Z")  # a second worker's tick / a restart
    weekly = env.outbox("weekly_update")
    assert sorted(w["to"][0] for w in weekly) == ["alex@agency.io", "jane@acme.com", "sam@agency.io"]
    client = next(w for w in weekly if w["to"] == ["jane@acme.com"])
    team = next(w for w in weekly if w["to"] == ["sam@agency.io"])
    assert "sitemap" in client["text"].lower() and "marketing needs two weeks" in client["text"]
    assert "staging credentials" not in client["text"].lower()  # internal stays internal
    assert "staging credentials" in team["text"].lower()
    # a restart in the middle of Friday's sends: deliver half, "crash", run again
    env("deliver", "--once", "--at", "2026-11-06T21:10:00Z")
    env("tick", "--at", "2026-11-06T21:30:00Z")
    env("deliver", "--once", "--at", "2026-11-06T21:40:00Z")
    sent = list((env.tmp / "sent" / "new").iterdir()) + list((env.tmp / "sent" / "cur").iterdir())
    weekly_files = [p for p in sent if b"X-Trackfront-Kind: weekly_update" in p.read_bytes()]
    assert len(weekly_files) == 3


def test_at_risk_check_overdue_alert_and_grace(env: Env) -> None:
    env.mail("Sam Lee <sam@agency.io>", "Tasks", "Task: Ship the pricing page @alex due Nov 6",
             "Mon, 02 Nov 2026 10:00:00 +0000", to=f"{PA}, jane@acme.com")
    env("tick", "--at", "2026-11-03T10:00:00Z")
    assert env.outbox("at_risk_check") == []  # 3 business days ahead
    env("tick", "--at", "2026-11-04T10:00:00Z")
    risk = env.outbox("at_risk_check")
    assert [r["to"] for r in risk] == [["alex@agency.io"]]
    env("tick", "--at", "2026-11-06T10:00:00Z")
    assert env.outbox("overdue_alert") == []
    env("tick", "--at", "2026-11-09T09:30:00Z")  # next business morning after Friday
    alerts = env.outbox("overdue_alert")
    assert sorted(a["to"][0] for a in alerts) == ["alex@agency.io", "sam@agency.io"]
    env("tick", "--at", "2026-11-11T15:00:00Z")  # after the 2-business-day grace
    alerts = env.outbox("overdue_alert")
    assert sorted(a["to"][0] for a in alerts) == ["alex@agency.io", "jane@acme.com", "sam@agency.io"]


def test_owner_confirmation_stops_at_risk_check(env: Env) -> None:
    env.mail("Sam Lee <sam@agency.io>", "Tasks", "Task: Fix the footer @alex due Nov 5",
             "Mon, 02 Nov 2026 10:00:00 +0000")
    task = env.json("tasks", "acme")[0]
    env.mail("Alex Kim <alex@agency.io>", "Re: Tasks", f"#{task['id']} on track", "Tue, 03 Nov 2026 09:00:00 +0000")
    env("tick", "--at", "2026-11-04T10:00:00Z")
    assert env.outbox("at_risk_check") == []


def test_feedback_request_next_morning_and_reply_is_stored(env: Env, db_url: str) -> None:
    env.mail("Jane Doe <jane@acme.com>", "Logo", "Hi Sam, could you send the logo files by Friday?",
             "Mon, 02 Nov 2026 09:00:00 -0500", to=f"{PA}, sam@agency.io")
    task = env.json("tasks", "acme")[0]
    env.mail("Sam Lee <sam@agency.io>", "Re: Logo", f"#{task['id']} done", "Wed, 04 Nov 2026 15:00:00 +0000",
             to=f"{PA}, jane@acme.com")
    env("tick", "--at", "2026-11-04T18:00:00Z")
    assert env.outbox("feedback_request") == []  # the next morning, not the same evening
    env("tick", "--at", "2026-11-05T14:30:00Z")  # 09:30 in New York
    fr = env.outbox("feedback_request")
    assert [f["to"] for f in fr] == [["jane@acme.com"]]
    env("tick", "--at", "2026-11-06T14:30:00Z")
    assert len(env.outbox("feedback_request")) == 1  # one request per task
    # the client answers through the signed reply address
    from email import message_from_string

    show = env("outbox", "show", str(fr[0]["id"]))
    reply_to = next(line.split(": ", 1)[1] for line in show.splitlines() if line.startswith("Reply-To: "))
    assert reply_to.startswith("acme+")
    env.mail("Jane Doe <jane@acme.com>", "Re: feedback", "The logo files were perfect, thank you!",
             "Thu, 05 Nov 2026 12:00:00 -0500", to=reply_to)
    from store.models import TaskEvent

    fb = [e for e in TaskEvent.select().where(TaskEvent.kind == "feedback")]
    assert len(fb) == 1 and "perfect" in fb[0].new_value
    env("tick", "--at", "2026-11-06T16:05:00Z")
    team = next(w for w in env.outbox("weekly_update") if w["to"] == ["sam@agency.io"])
    assert "perfect" in team["text"]
    assert message_from_string is not None


def test_clarification_for_vague_task_and_reply_fills_it(env: Env) -> None:
    env.mail("Sam Lee <sam@agency.io>", "Todo", "TODO: update the privacy policy", "Mon, 02 Nov 2026 10:00:00 +0000")
    task = env.json("tasks", "acme")[0]
    assert task["owner"] is None and task["due"] is None
    env("tick", "--at", "2026-11-02T11:00:00Z")
    env("tick", "--at", "2026-11-02T12:00:00Z")
    cl = env.outbox("clarification")
    assert [c["to"] for c in cl] == [["sam@agency.io"]]
    show = env("outbox", "show", str(cl[0]["id"]))
    reply_to = next(line.split(": ", 1)[1] for line in show.splitlines() if line.startswith("Reply-To: "))
    env.mail("Sam Lee <sam@agency.io>", "Re: Todo", "@alex, by Friday", "Mon, 02 Nov 2026 13:00:00 +0000", to=reply_to)
    task = env.json("tasks", "acme")[0]
    assert task["owner"] == "alex@agency.io" and task["due"] == "2026-11-06"


def test_check_in_monday_and_answers_in_team_update(env: Env) -> None:
    env("tick", "--at", "2026-11-02T09:05:00Z")
    ci = env.outbox("check_in")
    assert sorted(c["to"][0] for c in ci) == ["alex@agency.io", "sam@agency.io"]
    assert "blocking" in ci[0]["text"].lower()
    show = env("outbox", "show", str(ci[0]["id"]))
    reply_to = next(line.split(": ", 1)[1] for line in show.splitlines() if line.startswith("Reply-To: "))
    who = ci[0]["to"][0]
    env.mail(f"X <{who}>", "Re: check-in", "Waiting on the DNS change from IT.", "Mon, 02 Nov 2026 11:00:00 +0000",
             to=reply_to)
    env("tick", "--at", "2026-11-06T16:05:00Z")
    team = next(w for w in env.outbox("weekly_update") if w["to"] == ["sam@agency.io"])
    assert "DNS change" in team["text"]
    client = [w for w in env.outbox("weekly_update") if w["to"] == ["jane@acme.com"]]
    assert not client or "DNS change" not in client[0]["text"]


def test_confirmation_echo_for_team_not_clients(env: Env) -> None:
    env.mail("Sam Lee <sam@agency.io>", "x", "Task: Book the venue @sam due Nov 20", "Mon, 02 Nov 2026 10:00:00 +0000")
    env.mail("Jane Doe <jane@acme.com>", "y", "Decision: we'll go with the green theme", "Mon, 02 Nov 2026 11:00:00 -0500")
    conf = env.outbox("confirmation")
    assert [c["to"] for c in conf] == [["sam@agency.io"]]
    assert "venue" in conf[0]["text"].lower()


def test_imported_history_triggers_no_mail(env: Env) -> None:
    raw = (b"From: Sam Lee <sam@agency.io>\nTo: acme@projects.example.com\nSubject: old\n"
           b"Date: Mon, 02 Nov 2026 10:00:00 +0000\nMessage-ID: <old@x>\n\nTask: Old thing without date\n")
    path = env.tmp / "old.eml"
    path.write_bytes(raw)
    env("ingest", "--project", "acme", str(path))
    assert len(env.json("tasks", "acme")) == 1
    env("tick", "--at", "2026-11-03T10:00:00Z")
    assert env.outbox("confirmation") == [] and env.outbox("clarification") == []


def test_preview_and_workflows_listing(env: Env) -> None:
    out = env("preview", "weekly_update", "--project", "acme", "--to", "jane@acme.com", "--at", "2026-11-06T21:05:00Z")
    assert "Subject:" in out and "To: jane@acme.com" in out
    assert env.outbox() == []  # preview sends nothing
    names = [w["name"] for w in env.json("workflows")]
    assert names[:7] == ["weekly_update", "at_risk_check", "delay_notice", "overdue_alert", "feedback_request",
                         "clarification", "check_in"]


def test_quiet_hours_delay_delivery(env: Env) -> None:
    env.mail("Jane Doe <jane@acme.com>", "Launch", "Hi Sam, could you send the deck by Friday?",
             "Mon, 02 Nov 2026 09:00:00 -0500", to=f"{PA}, sam@agency.io")
    task = env.json("tasks", "acme")[0]
    # slip reported at 23:00 London, which is 18:00 New York: fine for Jane
    env.mail("Sam Lee <sam@agency.io>", "Re: Launch", f"#{task['id']} new date: Nov 13 because of the reviews",
             "Wed, 04 Nov 2026 23:30:00 +0000", to=PA)
    env("deliver", "--once", "--at", "2026-11-04T23:31:00Z")
    assert env.outbox("delay_notice")[0]["status"] == "sent"
    # a slip at 02:00 New York waits for 08:00 there
    env.mail("Sam Lee <sam@agency.io>", "Re: Launch", f"#{task['id']} new date: Nov 20 because of more reviews",
             "Thu, 05 Nov 2026 07:00:00 +0000", to=PA)
    env("deliver", "--once", "--at", "2026-11-05T07:01:00Z")
    statuses = [n["status"] for n in env.outbox("delay_notice")]
    assert statuses == ["sent", "queued"]
    env("deliver", "--once", "--at", "2026-11-05T13:01:00Z")
    assert [n["status"] for n in env.outbox("delay_notice")] == ["sent", "sent"]
