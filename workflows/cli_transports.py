"""The inbound transports on the command line (``trackfront poll``, ``trackfront listen``)
and the helper ``serve`` uses to run them in threads until its stop event is set.

Settings become the ingest package's option objects here, at the composition root.
"""
from __future__ import annotations

import json
import signal
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

import click

from ingest.imap_poller import ImapPoller, PollerOptions, SyncReport, redact_url
from ingest.smtp_listener import ListenerOptions, SmtpListener
from workflows.config import Settings

if TYPE_CHECKING:
    from workflows.app import App
    from workflows.cli import Context


def poller_options(settings: Settings, urls: Sequence[str] = (), **overrides: Any) -> list[PollerOptions]:
    """The mailboxes to poll: the given URLs (a URL that is also a config entry keeps that
    entry's settings), else every ``[[imap]]`` entry.  ``overrides``: None means "not given"."""
    given = {k: v for k, v in overrides.items() if v is not None}
    if not urls:
        return [PollerOptions.from_mailbox(box, settings.base_dir, **given) for box in settings.imap]
    out = []
    for url in urls:
        box = next((b for b in settings.imap if b.url == url), None)
        if box is not None:
            out.append(PollerOptions.from_mailbox(box, settings.base_dir, **given))
        else:
            out.append(PollerOptions(url=url, **given))
    return out


def listener_options(settings: Settings, **overrides: Any) -> ListenerOptions:
    return ListenerOptions.from_settings(settings, **{k: v for k, v in overrides.items() if v is not None})


def start_ingest_threads(app: App, stop: threading.Event, *, smtp: bool = True, imap: bool = True,
                         process: bool = True) -> list[threading.Thread]:
    """Start the SMTP listener (now, so a busy port fails here) and one thread per configured
    mailbox; every piece stops when ``stop`` is set.  ``process=False`` leaves the stored
    rows to another processing loop."""
    threads: list[threading.Thread] = []
    boxes = poller_options(app.settings) if imap else []  # a bad entry fails before anything runs
    if smtp:
        listener = SmtpListener(listener_options(app.settings), app.pipeline() if process else None)
        listener.start()

        def stop_listener() -> None:
            stop.wait()
            listener.stop()

        threads.append(_thread("smtp-listener", stop_listener))
    for options in boxes:
        poller = ImapPoller(options, app.pipeline() if process else None)
        threads.append(_thread(f"imap:{poller.mailbox}", poller.run, stop))
    return threads


def _thread(name: str, target: Any, *args: Any) -> threading.Thread:
    thread = threading.Thread(target=target, args=args, name=name, daemon=True)
    thread.start()
    return thread


@contextmanager
def _stop_on_signals() -> Iterator[threading.Event]:
    """A stop event set by SIGTERM / SIGINT, for as long as the command runs."""
    stop = threading.Event()

    def on_signal(_signum: int, _frame: Any) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield stop
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@click.command()
@click.option("--imap", "urls", multiple=True, metavar="URL",
              help="imap://user:pass@host:port/FOLDER or imaps://... (repeatable); default: the config's [[imap]] mailboxes.")
@click.option("--once", is_flag=True, help="Fetch everything new, commit, mark, process, exit.")
@click.option("--start", type=click.Choice(["all", "now"]), default=None,
              help="First sync: import the history quietly (all) or only mail from now on (now).")
@click.option("--mark", type=click.Choice(["keyword", "seen", "move"]), default=None,
              help="How fetched mail is marked on the server (default: the $Trackfront keyword).")
@click.option("--move-to", default=None, help="Folder for --mark move.")
@click.option("--json", "as_json", is_flag=True, help="With --once: print the reports as JSON.")
@click.pass_obj
def poll(obj: Context, urls: tuple[str, ...], once: bool, start: str | None, mark: str | None,
         move_to: str | None, as_json: bool) -> None:
    """Poll IMAP mailboxes: IDLE (or poll) until SIGTERM, or --once."""
    settings = obj.settings
    boxes = poller_options(settings, urls, start=start, mark=mark, move_to=move_to)
    if not boxes:
        raise click.UsageError("no mailbox to poll: give --imap URL or add [[imap]] entries to the config")
    app = obj.app
    if once:
        reports: list[SyncReport] = []
        for options in boxes:
            report = ImapPoller(options, app.pipeline()).sync_once()
            reports.append(report)
            if not as_json:
                click.echo(report.summary())
        if as_json:
            click.echo(json.dumps([asdict(r) for r in reports], indent=2))
        return
    with _stop_on_signals() as stop:
        threads = [
            _thread(f"imap:{i}", ImapPoller(options, app.pipeline()).run, stop)
            for i, options in enumerate(boxes)
        ]
        names = ", ".join(redact_url(b.url) for b in boxes)
        click.echo(f"polling {names}; stop with SIGTERM or Ctrl-C", err=True)
        while not stop.wait(0.5):
            if not any(t.is_alive() for t in threads):
                break
        stop.set()
        for t in threads:
            t.join(timeout=30)


@click.command()
@click.option("--host", default=None, help="Address to listen on (default: the config's, 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port (default: the config's, 2525).")
@click.pass_obj
def listen(obj: Context, host: str | None, port: int | None) -> None:
    """Run only the SMTP listener until SIGTERM."""
    app = obj.app
    options = listener_options(app.settings, host=host, port=port)
    with _stop_on_signals() as stop:
        listener = SmtpListener(options, app.pipeline())
        listener.start()
        try:
            click.echo(f"SMTP listener on {options.host}:{options.port} for "
                       f"{', '.join(options.domains)}; stop with SIGTERM or Ctrl-C", err=True)
            while not stop.wait(0.5):
                pass
        finally:
            listener.stop()


def register(cli: click.Group) -> None:
    cli.add_command(poll)
    cli.add_command(listen)
