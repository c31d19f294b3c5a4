"""The ``trackfront`` command line: the admin surface of ../shared/CONTRACT.md.

Expected errors (bad input, unknown names, unreachable database) print one line on stderr
and exit non-zero; 75 (EX_TEMPFAIL) when the database is unavailable, so an MTA piping
into ``trackfront ingest -`` retries later.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click
import peewee as pw

from ingest.errors import IngestError
from store.errors import DatabaseUnavailable, StoreError
from workflows.app import App
from workflows.config import Settings, load_settings
from workflows.errors import WorkflowError

EX_TEMPFAIL = 75
EX_USAGE = 2
EX_FAIL = 1


class Context:
    """Holds the global options until a command needs settings or the database."""

    def __init__(self, config: str | None, db: str | None) -> None:
        self.config = config
        self.db = db
        self._settings: Settings | None = None
        self._app: App | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(self.config, db_url=self.db)
        return self._settings

    @property
    def app(self) -> App:
        if self._app is None:
            self._app = App.open(self.settings)
        return self._app

    def open(self) -> App:
        """Open the database (and migrate) for a command that only uses the models."""
        return self.app


def _out(rows: list[dict[str, Any]], as_json: bool, columns: Sequence[str]) -> None:
    if as_json:
        click.echo(json.dumps(rows, indent=2, default=str, ensure_ascii=False))
        return
    if not rows:
        click.echo("(none)")
        return
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [min(60, max(len(c), *(len(row[i]) for row in cells))) for i, c in enumerate(columns)]
    click.echo("  ".join(c.upper().ljust(w) for c, w in zip(columns, widths)).rstrip())
    for row in cells:
        click.echo("  ".join(v[:w].ljust(w) for v, w in zip(row, widths)).rstrip())


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) if value else "-"
    return " ".join(str(value).split())


def parse_at(value: str | None) -> dt.datetime | None:
    """--at ISO_DATETIME: naive values are UTC."""
    if value is None:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise click.BadParameter(f"not an ISO date/time: {value!r} (e.g. 2026-11-06T16:00)") from exc
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed


def now_or(at: str | None) -> dt.datetime:
    return parse_at(at) or dt.datetime.now(dt.UTC)


json_option = click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config", envvar="TRACKFRONT_CONFIG", type=click.Path(dir_okay=False),
              help="TOML config file (default ./trackfront.toml when present).")
@click.option("--db", "db", envvar="TRACKFRONT_DB", help="sqlite:///path.db or postgresql://user@host:port/db")
@click.option("-v", "--verbose", is_flag=True, help="Log what happens.")
@click.pass_context
def cli(ctx: click.Context, config: str | None, db: str | None, verbose: bool) -> None:
    """Trackfront: email-native project collaboration."""
    import logging

    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
        stream=sys.stderr,
    )
    ctx.obj = Context(config, db)


@cli.command()
@click.pass_obj
def init(obj: Context) -> None:
    """Create the config file (if none) and the database, and run migrations."""
    import secrets

    from store.migrations import current_version
    from workflows.config import DEFAULT_CONFIG_NAME, default_config_text

    created = None
    if obj.config is None and not Path(DEFAULT_CONFIG_NAME).exists():
        db_url = obj.db or "sqlite:///trackfront.db"
        Path(DEFAULT_CONFIG_NAME).write_text(default_config_text(secrets.token_hex(32), db_url))
        created = DEFAULT_CONFIG_NAME
    app = obj.app
    if created:
        click.echo(f"wrote {created}")
    click.echo(f"database ready at schema version {current_version(app.db)}")


@cli.group()
def project() -> None:
    """Projects."""


@project.command("add")
@click.argument("slug")
@click.option("--name", required=True)
@click.option("--client-domain", "domains", multiple=True, help="Mail domain of the client (repeatable).")
@click.pass_obj
def project_add(obj: Context, slug: str, name: str, domains: tuple[str, ...]) -> None:
    """Add a project; mail to <slug>@<project domain> belongs to it."""
    from store.directory import add_project

    obj.open()
    p = add_project(slug, name, list(domains))
    click.echo(f"project {p.slug} added")


@project.command("list")
@json_option
@click.pass_obj
def project_list(obj: Context, as_json: bool) -> None:
    from store.directory import client_domains, list_projects, members

    obj.open()
    rows = [
        {"slug": p.slug, "name": p.name, "client_domains": client_domains(p), "members": len(members(p))}
        for p in list_projects()
    ]
    _out(rows, as_json, ["slug", "name", "client_domains", "members"])


@cli.group()
def member() -> None:
    """People in a project."""


@member.command("add")
@click.argument("slug")
@click.argument("email")
@click.option("--role", type=click.Choice(["client", "team"]), required=True)
@click.option("--name")
@click.option("--tz", help="IANA time zone, e.g. Europe/Paris")
@click.pass_obj
def member_add(obj: Context, slug: str, email: str, role: str, name: str | None, tz: str | None) -> None:
    """Add (or update) a member of a project."""
    from store.directory import add_member, get_project

    obj.open()
    m = add_member(get_project(slug), email, role, name, tz)
    click.echo(f"{m.person.email} is {m.role} in {slug}")


@member.command("list")
@click.argument("slug")
@json_option
@click.pass_obj
def member_list(obj: Context, slug: str, as_json: bool) -> None:
    from store.directory import get_project, members

    obj.open()
    rows = [
        {"email": p.email, "name": p.name, "role": r, "tz": p.tz}
        for p, r in members(get_project(slug))
    ]
    _out(rows, as_json, ["email", "name", "role", "tz"])


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--project", "slug", help="File every message into this project (archive import).")
@click.option("--accept-unknown", is_flag=True, help="With --project: record non-members as guests.")
@click.option("--history/--live", "history", default=None,
              help="Imported history never triggers mail (default: --history with --project, else --live).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_obj
def ingest(obj: Context, paths: tuple[str, ...], slug: str | None, accept_unknown: bool,
           history: bool | None, as_json: bool) -> None:
    """Ingest .eml files, mbox files, Maildir folders, or - for stdin."""
    from ingest.sources import iter_path
    from store.directory import get_project

    if accept_unknown and not slug:
        raise click.UsageError("--accept-unknown needs --project")
    app = obj.app
    target = get_project(slug) if slug else None
    live = not (history if history is not None else bool(slug))
    pipe = app.pipeline()
    bar = _progress() if sys.stderr.isatty() and not as_json else None

    def sources() -> Any:
        for path in paths:
            yield from iter_path(path)

    counts = pipe.ingest_many(sources(), live=live, project=target, accept_unknown=accept_unknown,
                              progress=bar)
    if bar is not None:
        click.echo("", err=True)
    if as_json:
        click.echo(json.dumps(counts))
    else:
        click.echo(", ".join(f"{k} {v}" for k, v in counts.items()))
    if counts["failed"]:
        click.echo(f"{counts['failed']} message(s) failed: see `trackfront failed`, then `trackfront reprocess --failed`", err=True)


def _progress() -> Callable[[Any], None]:
    seen = [0]

    def tick(_outcome: Any) -> None:
        seen[0] += 1
        if seen[0] % 100 == 0:
            click.echo(f"\r{seen[0]} messages", nl=False, err=True)

    return tick


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="JSON output (the default).")
@click.option("--explain", is_flag=True, help="Name the rule or phrase that fired for each item.")
@click.option("--project", "slug", help="Resolve people against this project's members (read-only).")
@click.pass_obj
def parse(obj: Context, paths: tuple[str, ...], as_json: bool, explain: bool, slug: str | None) -> None:
    """Dry run: what would be recorded for each message, and why.  No database writes."""
    from ingest.dryrun import dry_run
    from ingest.sources import iter_path

    members, known = None, None
    if slug:
        members, known = _read_only_project(obj, slug)
    rows = []
    for path in paths:
        for source, raw in iter_path(path):
            rows.append(dry_run(raw, source=source, members=members, known_tasks=known, explain=explain))
    click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))


def _read_only_project(obj: Context, slug: str) -> tuple[list[Any], list[Any]]:
    """The project's members and open tasks, so that a dry run names owners and sees the
    work a "done" or "pushed to Friday" would change."""
    from ingest.extraction import Person as XPerson
    from ingest.records import known_tasks
    from store.db import open_database
    from store.directory import get_project, members

    open_database(obj.settings.db_url, migrate=False)
    try:
        project = get_project(slug)
        people = [
            XPerson(email=p.email, name=p.name, role=r, tz=p.tz, date_order=p.date_order)
            for p, r in members(project)
        ]
        return people, known_tasks(project)
    except pw.DatabaseError as exc:
        raise DatabaseUnavailable(f"cannot read the project: {exc}") from exc


@cli.command()
@click.argument("message_id", required=False)
@click.option("--failed", is_flag=True, help="Every message whose processing failed.")
@click.option("--quarantined", is_flag=True, help="Every quarantined message (e.g. after adding a member).")
@click.pass_obj
def reprocess(obj: Context, message_id: str | None, failed: bool, quarantined: bool) -> None:
    """Run stored raw mail through the pipeline again."""
    from ingest.pipeline import reprocess as run
    from store.models import Message

    app = obj.app
    if not (message_id or failed or quarantined):
        raise click.UsageError("give a MESSAGE_ID, --failed or --quarantined")
    query = Message.select()
    if message_id:
        mid = message_id if message_id.startswith("<") else f"<{message_id}>"
        query = query.where(Message.message_id == mid)
    else:
        statuses = [s for s, on in (("failed", failed), ("quarantined", quarantined)) if on]
        query = query.where(Message.status.in_(statuses))
    rows = list(query.order_by(Message.id))
    if message_id and not rows:
        raise click.ClickException(f"no stored message {message_id}")
    counts = run(app.pipeline(), rows)
    click.echo(", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "nothing to reprocess")


@cli.command()
@json_option
@click.pass_obj
def failed(obj: Context, as_json: bool) -> None:
    """Messages whose processing failed (re-run with reprocess --failed)."""
    from workflows.listings import failed_rows

    obj.open()
    _out(failed_rows(), as_json, ["message_id", "source", "error"])


@cli.command()
@click.argument("slug")
@json_option
@click.pass_obj
def threads(obj: Context, slug: str, as_json: bool) -> None:
    """Threads of a project."""
    from store.directory import get_project
    from workflows.listings import thread_rows

    obj.open()
    rows = thread_rows(get_project(slug))
    if as_json:
        for r in rows:
            r.pop("last_message_at", None)
    _out(rows, as_json, ["id", "subject", "message_ids"])


@cli.command()
@click.argument("slug")
@json_option
@click.option("--status", type=click.Choice(["open", "done", "blocked", "all"]), default="all")
@click.pass_obj
def tasks(obj: Context, slug: str, as_json: bool, status: str) -> None:
    """Tasks of a project."""
    from store.directory import get_project
    from workflows.listings import task_rows

    obj.open()
    _out(task_rows(get_project(slug), status), as_json,
         ["id", "title", "owner", "due", "status", "visibility"])


@cli.command()
@click.argument("slug")
@json_option
@click.pass_obj
def decisions(obj: Context, slug: str, as_json: bool) -> None:
    """Decisions of a project, with their rationale."""
    from store.directory import get_project
    from workflows.listings import decision_rows

    obj.open()
    _out(decision_rows(get_project(slug)), as_json, ["id", "summary", "rationale", "decided_by", "date"])


@cli.command()
@click.argument("slug")
@json_option
@click.pass_obj
def questions(obj: Context, slug: str, as_json: bool) -> None:
    """Questions of a project."""
    from store.directory import get_project
    from workflows.listings import question_rows

    obj.open()
    _out(question_rows(get_project(slug)), as_json, ["id", "text", "asked_by", "status"])


@cli.command()
@json_option
@click.pass_obj
def quarantine(obj: Context, as_json: bool) -> None:
    """Mail kept aside: unknown senders, unroutable or hostile messages."""
    from workflows.listings import quarantine_rows

    obj.open()
    _out(quarantine_rows(), as_json, ["message_id", "sender", "reason"])


@cli.group(invoke_without_command=True)
@json_option
@click.option("--status", type=click.Choice(["queued", "sending", "sent", "failed", "all"]), default="all")
@click.pass_context
def outbox(ctx: click.Context, as_json: bool, status: str) -> None:
    """The outbound queue (show ID, retry ID)."""
    if ctx.invoked_subcommand is not None:
        return
    from workflows.listings import outbox_rows

    ctx.obj.open()
    rows = outbox_rows(status)
    if not as_json:
        for r in rows:
            r["to"] = ", ".join(r["to"])
    _out(rows, as_json, ["id", "kind", "project", "to", "status", "subject"])


@outbox.command("show")
@click.argument("outbox_id", type=int)
@click.option("--raw", is_flag=True, help="Print the exact bytes as sent.")
@click.pass_obj
def outbox_show(obj: Context, outbox_id: int, raw: bool) -> None:
    """Print a message as it is (or was) sent."""
    from outbound.outbox import get, raw_bytes

    obj.open()
    row = get(outbox_id)
    data = raw_bytes(row)
    if raw:
        sys.stdout.buffer.write(data)
        return
    import email
    from email import policy

    msg = email.message_from_bytes(data, policy=policy.default)
    for name in ("From", "To", "Reply-To", "Subject", "Date", "Message-ID", "In-Reply-To", "Auto-Submitted"):
        if msg.get(name):
            click.echo(f"{name}: {msg.get(name)}")
    click.echo(f"X-Status: {row.status} (attempts {row.attempts}{', ' + row.last_error if row.last_error else ''})")
    click.echo("")
    click.echo(row.text)


@outbox.command("retry")
@click.argument("outbox_id", type=int)
@click.option("--at", "at", help="Clock to use (ISO date/time).")
@click.pass_obj
def outbox_retry(obj: Context, outbox_id: int, at: str | None) -> None:
    """Queue a failed message again."""
    from outbound.outbox import retry

    obj.open()
    row = retry(outbox_id, now_or(at))
    click.echo(f"outbox {row.id} queued again")


def make_transport(settings: Settings, smtp: str | None) -> Any:
    from outbound.transports import MaildirTransport, SmtpTransport

    url = smtp or settings.relay_url
    if url:
        return SmtpTransport(url)
    return MaildirTransport(settings.maildir_path)


def worker_id() -> str:
    import os
    import secrets
    import socket

    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


@cli.command()
@click.option("--once", is_flag=True, help="One pass over what is due, then exit.")
@click.option("--smtp", help="smtp://[user:pass@]host[:port][?starttls=1] or smtps://... (default: config relay, else Maildir)")
@click.option("--at", "at", help="Clock to use (ISO date/time), for replays.")
@click.option("--interval", default=5.0, show_default=True, help="Seconds between passes without --once.")
@click.option("--lease", default=300.0, show_default=True, help="Seconds before a message stuck in 'sending' is retried.")
@click.pass_obj
def deliver(obj: Context, once: bool, smtp: str | None, at: str | None, interval: float, lease: float) -> None:
    """Send what is due from the outbox."""
    from workflows.service import deliver_loop

    app = obj.app
    transport = make_transport(app.settings, smtp)
    fixed = parse_at(at)
    counts = deliver_loop(app, transport, worker_id(), once=once, at=fixed, interval=interval,
                          lease=dt.timedelta(seconds=lease))
    click.echo(", ".join(f"{k} {v}" for k, v in counts.items()))


@cli.command()
@click.option("--at", "at", help="Clock to use (ISO date/time).")
@click.option("--project", "slug")
@click.pass_obj
def tick(obj: Context, at: str | None, slug: str | None) -> None:
    """Run every workflow that is due."""
    from store.directory import get_project
    from workflows.catalog import default_registry
    from workflows.engine import tick as run_tick

    app = obj.app
    sent = run_tick(app, default_registry(), now_or(at), get_project(slug) if slug else None)
    click.echo(f"queued {len(sent)} message(s)")
    for row in sent:
        click.echo(f"  #{row.id} {row.kind} -> {', '.join(row.recipients)}: {row.subject}")


@cli.command("run")
@click.argument("workflow")
@click.option("--project", "slug")
@click.option("--at", "at", help="Clock to use (ISO date/time).")
@click.pass_obj
def run_workflow(obj: Context, workflow: str, slug: str | None, at: str | None) -> None:
    """Run one workflow as if it were --at."""
    from store.directory import get_project
    from workflows.catalog import default_registry
    from workflows.engine import make_context

    registry = default_registry()
    wf = registry.get(workflow)
    app = obj.app
    ctx = make_context(app, get_project(slug) if slug else None)
    wf.run(ctx, now_or(at))
    click.echo(f"queued {len(ctx.sent)} message(s)")
    for row in ctx.sent:
        click.echo(f"  #{row.id} {row.kind} -> {', '.join(row.recipients)}: {row.subject}")


@cli.command()
@click.argument("workflow")
@click.option("--project", "slug", required=True)
@click.option("--to", "to", required=True, help="Recipient address.")
@click.option("--at", "at", help="Clock to use (ISO date/time).")
@click.option("--html", "show_html", is_flag=True, help="Print the HTML part too.")
@click.pass_obj
def preview(obj: Context, workflow: str, slug: str, to: str, at: str | None, show_html: bool) -> None:
    """Print what a workflow would send to one recipient, without sending."""
    from store.directory import get_project, normalize_email
    from workflows.catalog import default_registry
    from workflows.engine import make_context

    wf = default_registry().get(workflow)
    app = obj.app
    ctx = make_context(app, get_project(slug), preview_for=normalize_email(to))
    wf.run(ctx, now_or(at))
    if not ctx.previews:
        click.echo(f"{workflow} has nothing for {to} at that time")
        return
    for p in ctx.previews:
        click.echo(f"To: {p.to}\nSubject: {p.subject}\nKind: {p.kind} ({p.audience}), not before {p.not_before.isoformat()}\n")
        click.echo(p.text)
        if show_html and p.html:
            click.echo(p.html)


@cli.command("workflows")
@json_option
def list_workflows(as_json: bool) -> None:
    """List the workflows."""
    from workflows.catalog import default_registry

    rows = [{"name": w.name, "description": w.description} for w in default_registry()]
    _out(rows, as_json, ["name", "description"])


@cli.command()
@click.option("--only", type=click.Choice(["ingest", "schedule", "deliver"]), help="Run one role only.")
@click.option("--smtp", help="Relay URL for delivery (default: config relay, else Maildir).")
@click.pass_obj
def serve(obj: Context, only: str | None, smtp: str | None) -> None:
    """SMTP listener + IMAP pollers + scheduler + deliverer, until SIGTERM."""
    from workflows.service import serve as run_service

    run_service(obj.app, roles=[only] if only else ["ingest", "schedule", "deliver"],
                transport=make_transport(obj.app.settings, smtp), worker=worker_id())


@cli.command()
@click.option("--dir", "directory", type=click.Path(file_okay=False), help="Where to work (default: a new temp folder).")
def demo(directory: str | None) -> None:
    """The whole loop on a fresh machine: sample project, a week of mail, the workflows."""
    from workflows.demo import run_demo

    run_demo(Path(directory) if directory else None, echo=click.echo)


def _register_extensions() -> None:
    from workflows.cli_transports import register

    register(cli)


_register_extensions()


def main(argv: Sequence[str] | None = None) -> None:
    """Console entry point: map expected errors to one line and an exit code."""
    from outbound.errors import OutboundError

    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="trackfront",
                 standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(EX_FAIL)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except DatabaseUnavailable as exc:
        click.echo(f"trackfront: {exc}", err=True)
        sys.exit(EX_TEMPFAIL)
    except (pw.OperationalError, pw.InterfaceError) as exc:
        click.echo(f"trackfront: database unavailable: {str(exc).strip().splitlines()[0] if str(exc).strip() else exc}", err=True)
        sys.exit(EX_TEMPFAIL)
    except (StoreError, IngestError, WorkflowError, OutboundError) as exc:
        click.echo(f"trackfront: {exc}", err=True)
        sys.exit(EX_FAIL)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(EX_FAIL)


if __name__ == "__main__":
    main()
