"""The long-running service: SMTP listener, IMAP pollers, processing, scheduler, deliverer.

Each role runs in its own thread with its own database connection; SIGTERM sets one stop
event and every loop finishes the item in hand before it exits.  ``--only`` splits the roles
across processes or hosts sharing one PostgreSQL database."""
from __future__ import annotations

import datetime as dt
import logging
import signal
import threading
from collections.abc import Callable, Sequence
from typing import Any

import peewee as pw
import schedule

from ingest.pipeline import process_pending
from outbound.outbox import deliver_once
from outbound.transports import Transport
from workflows.app import App

log = logging.getLogger("trackfront.service")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def deliver_loop(
    app: App,
    transport: Transport,
    worker: str,
    *,
    once: bool = False,
    at: dt.datetime | None = None,
    interval: float = 5.0,
    lease: dt.timedelta = dt.timedelta(minutes=5),
    stop: threading.Event | None = None,
) -> dict[str, int]:
    totals = {"sent": 0, "retry": 0, "failed": 0}
    stop = stop or threading.Event()
    while True:
        try:
            counts = deliver_once(
                transport, at or _now(), envelope_from=app.settings.from_address, worker=worker,
                max_attempts=app.settings.max_attempts, lease=lease, should_stop=stop.is_set,
            )
            for k, v in counts.items():
                totals[k] = totals.get(k, 0) + v
        except (pw.OperationalError, pw.InterfaceError) as exc:
            if once:
                raise
            log.warning("deliverer: database unavailable (%s); retrying", exc)
        if once or stop.wait(interval):
            return totals


def schedule_loop(app: App, stop: threading.Event, every_seconds: int = 60,
                  clock: Callable[[], dt.datetime] = _now) -> None:
    """The ``schedule`` package drives ``tick``; workflows decide what is due themselves, so a
    tick missed while the service was down is caught up by the next one."""
    from workflows.catalog import default_registry
    from workflows.engine import tick

    registry = default_registry()
    scheduler = schedule.Scheduler()

    def job() -> None:
        try:
            sent = tick(app, registry, clock())
            for row in sent:
                log.info("queued %s #%s to %s", row.kind, row.id, ", ".join(row.recipients))
        except (pw.OperationalError, pw.InterfaceError) as exc:
            log.warning("scheduler: database unavailable (%s)", exc)

    scheduler.every(every_seconds).seconds.do(job)
    job()  # catch up at start-up
    while not stop.is_set():
        scheduler.run_pending()
        stop.wait(1.0)


def processing_loop(app: App, stop: threading.Event, interval: float = 0.2) -> None:
    pipe = app.pipeline()
    while not stop.is_set():
        try:
            n = process_pending(pipe, limit=200)
        except (pw.OperationalError, pw.InterfaceError) as exc:
            log.warning("processing: database unavailable (%s)", exc)
            n = 0
        if n == 0:
            stop.wait(interval)


def _thread(name: str, target: Callable[..., Any], *args: Any) -> threading.Thread:
    t = threading.Thread(target=target, args=args, name=name, daemon=True)
    t.start()
    return t


def serve(app: App, roles: Sequence[str], transport: Transport, worker: str,
          stop: threading.Event | None = None) -> None:
    stop = stop or threading.Event()

    def on_signal(signum: int, _frame: Any) -> None:
        log.warning("signal %s: finishing the work in hand", signum)
        stop.set()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
    threads: list[threading.Thread] = []
    if "ingest" in roles:
        threads.extend(start_ingest(app, stop))
        threads.append(_thread("processing", processing_loop, app, stop))
    if "schedule" in roles:
        threads.append(_thread("scheduler", schedule_loop, app, stop))
    if "deliver" in roles:
        threads.append(_thread("deliverer", lambda: deliver_loop(app, transport, worker, stop=stop)))
    log.warning("trackfront serving: %s", ", ".join(roles))
    while not stop.is_set():
        stop.wait(0.5)
        for t in threads:
            if not t.is_alive() and not stop.is_set():
                log.error("%s stopped unexpectedly; shutting down", t.name)
                stop.set()
    for t in threads:
        t.join(timeout=30)


def start_ingest(app: App, stop: threading.Event) -> list[threading.Thread]:
    """The SMTP listener and the configured IMAP pollers; they only store raw mail, and the
    processing loop runs the pipeline over what they stored."""
    from workflows.cli_transports import start_ingest_threads

    return start_ingest_threads(app, stop, process=False)
