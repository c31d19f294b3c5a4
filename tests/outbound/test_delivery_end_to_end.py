"""Mail enqueued through the CLI reaches a real SMTP server intact, and replies come back.

A team member's mail creates a task (a ``confirmation`` is enqueued in the same
transaction) and ``run weekly_update`` queues the digests; ``deliver --once --smtp``
hands them to an aiosmtpd server, where the exact header set, both MIME parts and the
SMTP envelope are checked.  Replies built from what the server received are ingested
again: the signed Reply-To routes them to their thread (even with no threading headers
at all), while forged or replayed tokens from strangers are quarantined and an expired
token from a member is routed like any member's mail.

The clock follows the real date (last week), because ingest checks token expiry
against today.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from smtp_recorder import Received, recording_server

from outbound.tokens import make_token, verify_token
from workflows.cli import cli

SECRET = "end-to-end-secret"
FROM = "trackfront@projects.example.com"
REPLY_DOMAIN = "reply.example.com"
TODAY = dt.date.today()
MONDAY = dt.datetime.combine(TODAY - dt.timedelta(days=TODAY.weekday() + 7), dt.time(10),
                             tzinfo=dt.UTC)
FRIDAY = MONDAY + dt.timedelta(days=4)
ZONES = {"jane@acme.com": ZoneInfo("America/New_York"), "sam@agency.io": ZoneInfo("Europe/London"),
         "alex@agency.io": ZoneInfo("Europe/London")}
REPLY_TO = re.compile(rf"acme\+([a-z2-7]{{32}})@{re.escape(REPLY_DOMAIN)}")


class Trackfront:
    def __init__(self, db_url: str, tmp: Path) -> None:
        self.db = db_url
        self.config = tmp / "trackfront.toml"
        self.config.write_text(
            "[mail]\n"
            f'from = "{FROM}"\n'
            f'reply_domain = "{REPLY_DOMAIN}"\n'
            'message_id_domain = "projects.example.com"\n'
            'project_domains = ["projects.example.com"]\n'
            f'secret = "{SECRET}"\n'
            "[outbound]\n"
            f'maildir = "{tmp / "sent"}"\n'
        )

    def __call__(self, *args: str, input: bytes | None = None) -> str:
        result = CliRunner().invoke(cli, ["--config", str(self.config), "--db", self.db, *args],
                                    input=input, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    def json(self, *args: str) -> list[dict]:  # type: ignore[type-arg]
        return json.loads(self(*args, "--json"))

    def ingest(self, raw: bytes, outcome: str = "ingested") -> None:
        out = self("ingest", "-", input=raw)
        assert f"{outcome} 1" in out, out

    def thread_of(self, message_id: str) -> dict:  # type: ignore[type-arg]
        (thread,) = [t for t in self.json("threads", "acme") if message_id in t["message_ids"]]
        return thread


def mail(sender: str, to: str, subject: str, body: str, message_id: str, when: dt.datetime,
         headers: str = "") -> bytes:
    return (f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {format_datetime(when)}\r\n"
            f"Message-ID: {message_id}\r\n{headers}Content-Type: text/plain; charset=utf-8\r\n\r\n"
            f"{body}\r\n").encode()


@pytest.fixture
def tf(db_url: str, tmp_path: Path) -> Trackfront:
    tf = Trackfront(db_url, tmp_path)
    tf("project", "add", "acme", "--name", "ACME website", "--client-domain", "acme.com")
    tf("member", "add", "acme", "jane@acme.com", "--role", "client", "--name", "Jane Doe", "--tz", "America/New_York")
    tf("member", "add", "acme", "sam@agency.io", "--role", "team", "--name", "Sam Lee", "--tz", "Europe/London")
    tf("member", "add", "acme", "alex@agency.io", "--role", "team", "--name", "Alex Kim", "--tz", "Europe/London")
    return tf


def wire_header_names(raw: bytes) -> Counter[str]:
    # compat32 decodes nothing: exactly the header lines on the wire
    return Counter(name.lower() for name in message_from_bytes(raw, policy=policy.compat32))


def check_message(got: Received, row: dict, in_reply_to: str | None) -> EmailMessage:  # type: ignore[type-arg]
    """Everything a recipient's mail client relies on, checked on the bytes the server accepted."""
    recipient = row["to"][0]
    assert (got.mail_from, got.rcpt_tos) == (FROM, [recipient])
    msg = got.parsed()
    expected = {"from", "to", "subject", "date", "message-id", "reply-to", "auto-submitted",
                "x-auto-response-suppress", "x-trackfront-kind", "mime-version", "content-type"}
    if in_reply_to:
        expected |= {"in-reply-to", "references"}
    if row["kind"] == "weekly_update":
        expected.add("list-unsubscribe")
    names = wire_header_names(got.data)
    assert set(names) == expected and max(names.values()) == 1

    assert [(a.display_name, a.addr_spec) for a in msg["From"].addresses] == [("Trackfront · ACME website", FROM)]
    assert [a.addr_spec for a in msg["To"].addresses] == [recipient]
    assert msg["Subject"] == row["subject"]
    assert msg["Message-ID"] == row["message_id"]
    assert re.fullmatch(r"<[0-9a-f]{32}@projects\.example\.com>", msg["Message-ID"])
    assert msg["Auto-Submitted"] == "auto-generated" and msg["X-Auto-Response-Suppress"] == "All"
    assert msg["X-Trackfront-Kind"] == row["kind"]
    token = REPLY_TO.fullmatch(msg["Reply-To"])
    assert token, msg["Reply-To"]
    assert len(msg["Reply-To"].split("@")[0]) <= 64
    claims = verify_token(SECRET.encode(), "acme", token.group(1), recipient, TODAY)
    assert claims.recipient == recipient
    if in_reply_to:
        assert msg["In-Reply-To"] == in_reply_to
        assert in_reply_to in msg["References"].split()
    if row["kind"] == "weekly_update":
        assert msg["List-Unsubscribe"] == f"<mailto:{FROM}?subject=unsubscribe%20weekly_update%20acme>"
    # Date in the recipient's own zone
    date = parsedate_to_datetime(msg["Date"])
    assert date.utcoffset() == date.astimezone(ZONES[recipient]).utcoffset()

    assert msg.get_content_type() == "multipart/alternative"
    parts = list(msg.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert all(p.get_content_charset() == "utf-8" for p in parts)
    assert parts[0].get_content().replace("\r\n", "\n") == row["text"]
    html = parts[1].get_content()
    assert "<table" in html and "<script" not in html.lower()
    return msg


def test_cli_mail_reaches_a_real_smtp_server_and_replies_route_back_by_token(tf: Trackfront) -> None:
    tf.ingest(mail("Sam Lee <sam@agency.io>", "acme@projects.example.com, jane@acme.com", "Plan",
                   "Task: Draft the sitemap @alex due in two weeks", "<plan-1@agency.io>", MONDAY))
    (task,) = tf.json("tasks", "acme")
    # the London team at 16:05 UTC, Jane at 16:05 in New York
    tf("run", "weekly_update", "--project", "acme", "--at", (FRIDAY + dt.timedelta(hours=6, minutes=5)).isoformat())
    tf("run", "weekly_update", "--project", "acme", "--at", (FRIDAY + dt.timedelta(hours=11, minutes=5)).isoformat())
    queued = tf.json("outbox")
    assert sorted((r["kind"], r["to"][0]) for r in queued) == [
        ("confirmation", "sam@agency.io"), ("weekly_update", "alex@agency.io"),
        ("weekly_update", "jane@acme.com"), ("weekly_update", "sam@agency.io"),
    ]

    with recording_server() as (server, port):
        out = tf("deliver", "--once", "--smtp", f"smtp://127.0.0.1:{port}",
                 "--at", (FRIDAY + dt.timedelta(hours=11, minutes=10)).isoformat())
    assert "sent 4" in out
    assert all(r["status"] == "sent" for r in tf.json("outbox"))
    by_id = {r.parsed()["Message-ID"]: r for r in server.received}
    assert sorted(by_id) == sorted(r["message_id"] for r in queued) and len(server.received) == 4
    rows = {(r["kind"], r["to"][0]): r for r in queued}
    confirmation = rows[("confirmation", "sam@agency.io")]
    conf_msg = check_message(by_id[confirmation["message_id"]], confirmation, in_reply_to="<plan-1@agency.io>")
    assert "Draft the sitemap" in conf_msg.get_body(("plain",)).get_content()
    for who in ("jane@acme.com", "sam@agency.io", "alex@agency.io"):
        row = rows[("weekly_update", who)]
        check_message(by_id[row["message_id"]], row, in_reply_to=None)
    jane_weekly = by_id[rows[("weekly_update", "jane@acme.com")]["message_id"]].parsed()
    assert parsedate_to_datetime(jane_weekly["Date"]).utcoffset() <= dt.timedelta(hours=-4)

    # Sam answers the confirmation the way a mail client does
    reply_at = FRIDAY + dt.timedelta(hours=12)
    tf.ingest(mail("Sam Lee <sam@agency.io>", conf_msg["Reply-To"], f"Re: {conf_msg['Subject']}",
                   f"#{task['id']} done", "<sam-reply@agency.io>", reply_at,
                   f"In-Reply-To: {conf_msg['Message-ID']}\r\n"
                   f"References: <plan-1@agency.io> {conf_msg['Message-ID']}\r\n"))
    plan_thread = tf.thread_of("<plan-1@agency.io>")
    assert "<sam-reply@agency.io>" in plan_thread["message_ids"]
    assert [t["status"] for t in tf.json("tasks", "acme")] == ["done"]

    # Jane's client dropped every threading header and she changed the subject:
    # the token alone brings her reply to the weekly update's thread
    weekly_subject = rows[("weekly_update", "jane@acme.com")]["subject"]
    tf.ingest(mail("Jane Doe <jane@acme.com>", jane_weekly["Reply-To"], "thoughts",
                   "Thanks, the sitemap can wait until the copy is final.", "<jane-1@acme.com>",
                   reply_at))
    jane_thread = tf.thread_of("<jane-1@acme.com>")
    assert jane_thread["subject"] == weekly_subject and jane_thread["id"] != plan_thread["id"]

    # a stranger with an altered token, and with Sam's genuine one: untrusted, quarantined
    local, domain = conf_msg["Reply-To"].split("@")
    altered = local[:-1] + ("a" if local[-1] != "a" else "b")
    tf.ingest(mail("Mallory <mallory@evil.example>", f"{altered}@{domain}", "Re: Plan", "#1 done",
                   "<forged-1@evil.example>", reply_at), outcome="quarantined")
    tf.ingest(mail("Mallory <mallory@evil.example>", conf_msg["Reply-To"], "Re: Plan", "#1 done",
                   "<replayed-1@evil.example>", reply_at), outcome="quarantined")
    quarantined = {q["message_id"]: q for q in tf.json("quarantine")}
    assert set(quarantined) == {"<forged-1@evil.example>", "<replayed-1@evil.example>"}
    assert all(q["sender"] == "mallory@evil.example" for q in quarantined.values())
    assert all("unknown sender" in q["reason"] for q in quarantined.values())

    # an expired token from a member: no authority from the token, ordinary member routing
    expired = make_token(SECRET.encode(), "acme", plan_thread["id"], None, "jane@acme.com",
                         TODAY - dt.timedelta(days=1))
    tf.ingest(mail("Jane Doe <jane@acme.com>", f"acme+{expired}@{REPLY_DOMAIN}", "Re: Plan",
                   "Sounds good.", "<jane-2@acme.com>", reply_at,
                   "In-Reply-To: <plan-1@agency.io>\r\n"))
    assert "<jane-2@acme.com>" in tf.thread_of("<plan-1@agency.io>")["message_ids"]
    assert "<jane-2@acme.com>" not in {q["message_id"] for q in tf.json("quarantine")}
