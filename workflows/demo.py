"""``trackfront demo``: the whole loop in a temporary folder, with a fixed week and no network.

A sample agency project (one client, two team members) receives a realistic week of mail;
the week's workflows run at the times they would; the deliverer writes every message to a
local Maildir; the client's weekly update is printed at the end."""
from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from workflows.app import App
from workflows.config import Settings

PROJECT = "acme-site"
CLIENT = ("jane@acme.example", "Jane Doe", "America/New_York")
LEAD = ("sam@agency.example", "Sam Lee", "Europe/London")
DEV = ("alex@agency.example", "Alex Kim", "Europe/London")

# (sent at, raw message) -- a week in November 2026; Monday is 2026-11-02.
MAIL: list[tuple[str, str]] = [
    ("2026-11-02T09:15:00-05:00", """From: Jane Doe <jane@acme.example>
To: ACME website <acme-site@projects.localhost>, Sam Lee <sam@agency.example>
Subject: Homepage refresh - next steps
Date: Mon, 02 Nov 2026 09:15:00 -0500
Message-ID: <demo-1@acme.example>

Hi Sam,

Great meeting last week. Could you send over the revised homepage mockups by Thursday?
We'd like to show them to our board on Friday.

Can you confirm the budget for the photo shoot?

Thanks,
Jane
"""),
    ("2026-11-02T15:40:00+00:00", """From: Sam Lee <sam@agency.example>
To: Jane Doe <jane@acme.example>, ACME website <acme-site@projects.localhost>
Cc: Alex Kim <alex@agency.example>
Subject: Re: Homepage refresh - next steps
Date: Mon, 02 Nov 2026 15:40:00 +0000
Message-ID: <demo-2@agency.example>
In-Reply-To: <demo-1@acme.example>
References: <demo-1@acme.example>

Hi Jane,

Yes, the photo shoot budget is confirmed at $4,000 as quoted.

Decision: we'll use the blue palette for the homepage because it tested better with your customers.

Task: Send the revised homepage mockups @sam due Thursday
Task: Set up the staging server @alex due Wednesday

Best,
Sam

On Mon, Nov 2, 2026 at 9:15 AM Jane Doe <jane@acme.example> wrote:
> Hi Sam,
> Could you send over the revised homepage mockups by Thursday?
"""),
    ("2026-11-03T10:05:00+00:00", """From: Alex Kim <alex@agency.example>
To: ACME website <acme-site@projects.localhost>
Subject: API integration
Date: Tue, 03 Nov 2026 10:05:00 +0000
Message-ID: <demo-3@agency.example>

Team,

TODO: write the API integration tests
Question: who has the credentials for the CMS sandbox?

-- 
Alex Kim | Agency
"""),
    ("2026-11-04T11:20:00+00:00", """From: Sam Lee <sam@agency.example>
To: Jane Doe <jane@acme.example>, ACME website <acme-site@projects.localhost>
Subject: Re: Homepage refresh - next steps
Date: Wed, 04 Nov 2026 11:20:00 +0000
Message-ID: <demo-4@agency.example>
In-Reply-To: <demo-2@agency.example>
References: <demo-1@acme.example> <demo-2@agency.example>

Hi Jane,

I'm afraid the mockups will be late: #1 new date: Tuesday because the new product photos only arrived this morning.

Sam
"""),
    ("2026-11-04T16:45:00+00:00", """From: Alex Kim <alex@agency.example>
To: ACME website <acme-site@projects.localhost>
Subject: Re: staging
Date: Wed, 04 Nov 2026 16:45:00 +0000
Message-ID: <demo-5@agency.example>

#2 done - staging is live at the usual address.

Alex
"""),
]

CLOCK = [
    ("Monday 09:00 London: check-ins", "2026-11-02T09:00:00+00:00"),
    ("Wednesday 12:00: delay notices, at-risk checks", "2026-11-04T12:00:00+00:00"),
    ("Thursday 09:30: feedback requests, clarifications", "2026-11-05T09:30:00+00:00"),
    ("Friday 21:30 UTC: weekly updates (16:00 in New York)", "2026-11-06T21:30:00+00:00"),
]


def _reset(root: Path) -> None:
    """Running the demo again in the same folder starts over (only its own files go)."""
    import shutil

    for name in ("trackfront.db", "trackfront.db-wal", "trackfront.db-shm"):
        (root / name).unlink(missing_ok=True)
    shutil.rmtree(root / "sent-mail", ignore_errors=True)


def run_demo(workdir: Path | None, echo: Callable[[str], None] = print) -> Path:
    from email import message_from_bytes, policy

    from outbound.outbox import raw_bytes
    from outbound.transports import MaildirTransport
    from store.directory import add_member, add_project
    from store.models import Outbox
    from workflows.catalog import default_registry
    from workflows.engine import tick
    from workflows.listings import decision_rows, question_rows, task_rows
    from workflows.service import deliver_loop

    root = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="trackfront-demo-"))
    root.mkdir(parents=True, exist_ok=True)
    _reset(root)
    settings = Settings(
        base_dir=root,
        db_url=f"sqlite:///{root / 'trackfront.db'}",
        maildir=root / "sent-mail",
        secret="demo-secret-not-for-production",
        project_domains=("projects.localhost",),
        reply_domain="projects.localhost",
        from_address="trackfront@projects.localhost",
        message_id_domain="projects.localhost",
    )
    app = App.open(settings)
    project = add_project(PROJECT, "ACME website refresh", ["acme.example"])
    add_member(project, CLIENT[0], "client", CLIENT[1], CLIENT[2])
    add_member(project, LEAD[0], "team", LEAD[1], LEAD[2])
    add_member(project, DEV[0], "team", DEV[1], DEV[2])
    echo(f"Trackfront demo in {root}")
    echo(f"project {PROJECT}: client {CLIENT[0]}, team {LEAD[0]}, {DEV[0]}\n")

    pipe = app.pipeline()
    transport = MaildirTransport(settings.maildir_path)
    registry = default_registry()
    events = sorted([(dt.datetime.fromisoformat(t), "mail", raw) for t, raw in MAIL]
                    + [(dt.datetime.fromisoformat(t), "tick", label) for label, t in CLOCK])
    for when, what, payload in events:
        if what == "mail":
            first = next(line for line in payload.splitlines() if line.startswith("Subject:"))
            outcome = pipe.receive(payload.encode(), source="demo")
            echo(f"{when:%a %H:%M}  mail in   {first[9:]!r}: {outcome.status}")
        else:
            sent = tick(app, registry, when)
            echo(f"{when:%a %H:%M}  tick      {payload}: {len(sent)} queued")
        counts = deliver_loop(app, transport, "demo", once=True, at=when)
        if counts.get("sent"):
            echo(f"{'':10} delivered {counts['sent']} message(s) to the Maildir")
    end = dt.datetime.fromisoformat("2026-11-09T09:00:00+00:00")
    deliver_loop(app, transport, "demo", once=True, at=end)

    echo("\nRecorded:")
    for t in task_rows(project):
        echo(f"  task #{t['id']} [{t['status']}] {t['title']} (owner {t['owner'] or '-'}, due {t['due'] or '-'}, {t['visibility']})")
    for d in decision_rows(project):
        echo(f"  decision: {d['summary']} (why: {d['rationale'] or '-'}; by {d['decided_by']})")
    for q in question_rows(project):
        echo(f"  question [{q['status']}]: {q['text']} (asked by {q['asked_by']})")
    echo("\nSent:")
    for row in Outbox.select().order_by(Outbox.id):
        echo(f"  #{row.id} {row.kind:<16} {row.status:<6} to {', '.join(row.recipients)}: {row.subject}")
    weekly = (Outbox.select().where((Outbox.kind == "weekly_update") & (Outbox.audience == "client"))
              .order_by(Outbox.id).first())
    echo(f"\nMaildir with every sent message: {settings.maildir_path}")
    if weekly is not None:
        msg = message_from_bytes(raw_bytes(weekly), policy=policy.default)
        echo(f"\nThe client's weekly update (trackfront --db {settings.db_url} outbox show {weekly.id}):\n")
        echo(f"Subject: {msg['Subject']}\nTo: {msg['To']}\nReply-To: {msg['Reply-To']}\n")
        echo(weekly.text)
    app.close()
    return root
