"""SMTP listener: receive mail for the project domains and keep the raw bytes durably.

Only RCPT addresses in the configured domains are accepted (550 5.7.1 otherwise: never an
open relay); oversized mail gets 552.  The bytes are committed (``store_raw``, live mail)
before the 250 reply, and any database trouble answers 451 4.3.0 so the sending MTA keeps
the message and retries.  Processing runs in a background thread (``PendingProcessor``), so
a slow pipeline never delays a reply.  STARTTLS is offered when a certificate is configured.

aiosmtpd runs the handler in its own event-loop thread; the blocking database write runs in
a small thread pool so one slow commit does not stall other sessions.  Peewee keeps one
connection per thread, so each of those threads has its own.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
import socket
import ssl
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from email.utils import format_datetime
from pathlib import Path
from typing import Any, Protocol, Self

from aiosmtpd.controller import Controller

from ingest.db_connections import DB_ERRORS, close_thread_connection, reset_thread_connection
from ingest.errors import IngestError
from ingest.pipeline import Pipeline, process_pending, store_raw
from store.db import database, is_postgres

log = logging.getLogger("trackfront.smtp")

REPLY_STORED = "250 2.0.0 OK: message stored"
REPLY_TEMPFAIL = "451 4.3.0 Cannot store the message right now, try again later"
REPLY_RELAY_DENIED = "550 5.7.1 Relay access denied: this server only accepts mail for its project domains"
REPLY_TOO_MANY_RCPT = "452 4.5.3 Too many recipients"


class ListenerError(IngestError):
    """The listener cannot start (port in use, unreadable certificate ...)."""


class ListenerSettings(Protocol):
    """The part of the service settings the listener reads (kept structural: ingest does
    not import the composition root)."""

    @property
    def listen_host(self) -> str: ...
    @property
    def listen_port(self) -> int: ...
    @property
    def project_domains(self) -> tuple[str, ...]: ...
    @property
    def reply_domain(self) -> str: ...
    @property
    def max_message_bytes(self) -> int: ...
    @property
    def tls_cert(self) -> Path | None: ...
    @property
    def tls_key(self) -> Path | None: ...

    def resolve(self, path: Path | None) -> Path | None: ...


@dataclass(frozen=True)
class ListenerOptions:
    host: str = "127.0.0.1"
    port: int = 2525
    domains: tuple[str, ...] = ("localhost",)  # RCPT domains we accept mail for
    max_bytes: int = 25 * 1024 * 1024
    tls_cert: str | None = None
    tls_key: str | None = None
    server_name: str = "trackfront"  # in the banner and Received: (no slow getfqdn())
    store_timeout: float = 20.0  # seconds a store may wait for the database before 451
    max_recipients: int = 100
    store_threads: int = 4
    process_interval: float = 5.0  # the background processor also looks this often

    @classmethod
    def from_settings(cls, settings: ListenerSettings, **overrides: Any) -> ListenerOptions:
        """Project domains plus the reply domain; certificate paths relative to the config."""
        domains = tuple(dict.fromkeys(
            d.lower() for d in (*settings.project_domains, settings.reply_domain) if d
        ))
        cert, key = settings.resolve(settings.tls_cert), settings.resolve(settings.tls_key)
        values: dict[str, Any] = {
            "host": settings.listen_host,
            "port": settings.listen_port,
            "domains": domains,
            "max_bytes": settings.max_message_bytes,
            "tls_cert": str(cert) if cert else None,
            "tls_key": str(key) if key else None,
        }
        values.update(overrides)
        return cls(**values)


class PendingProcessor:
    """Runs the pipeline over stored rows in a background thread; ``kick()`` wakes it."""

    def __init__(self, pipeline: Pipeline, *, interval: float = 5.0, name: str = "trackfront-process") -> None:
        self.pipeline = pipeline
        self.interval = interval
        self.name = name
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.processed = 0

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
        self._thread.start()

    def kick(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _loop(self) -> None:
        delay = 1.0
        try:
            while not self._stop.is_set():
                self._wake.wait(self.interval)
                self._wake.clear()
                try:
                    while not self._stop.is_set():
                        n = process_pending(self.pipeline, limit=50)
                        self.processed += n
                        if n < 50:
                            break
                    delay = 1.0
                except DB_ERRORS as exc:
                    log.warning("processing paused, database unavailable: %s", exc)
                    reset_thread_connection()
                    self._stop.wait(delay)
                    delay = min(60.0, delay * 2)
                except Exception:  # the worker must survive a bug in one row
                    log.exception("background processing failed; retrying")
                    self._stop.wait(delay)
                    delay = min(60.0, delay * 2)
        finally:
            close_thread_connection()


class _Handler:
    """aiosmtpd handler: RCPT policy, then store before 250."""

    def __init__(self, options: ListenerOptions, executor: ThreadPoolExecutor,
                 on_stored: Callable[[], None] | None = None) -> None:
        self.options = options
        self.domains = {d.lower().rstrip(".") for d in options.domains}
        self.executor = executor
        self.on_stored = on_stored
        self._local = threading.local()

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        local, at, domain = address.rpartition("@")
        if not at or not local or domain.lower().rstrip(".") not in self.domains:
            log.info("relay denied for %r from %s", address[:200], session.peer)
            return REPLY_RELAY_DENIED
        if len(envelope.rcpt_tos) >= self.options.max_recipients:
            return REPLY_TOO_MANY_RCPT
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        body = envelope.original_content if envelope.original_content is not None else envelope.content
        if isinstance(body, str):
            body = body.encode("utf-8", "surrogateescape")
        if len(body) > self.options.max_bytes:
            return "552 5.3.4 Message too big"
        raw = self._trace(session, envelope) + body
        loop = asyncio.get_running_loop()
        try:
            created = await loop.run_in_executor(self.executor, self._store, raw)
        except DB_ERRORS as exc:
            log.warning("answering 451, database unavailable: %s", str(exc).strip()[:200])
            return REPLY_TEMPFAIL
        except Exception:  # anything unexpected: the sender keeps the mail and retries
            log.exception("answering 451, could not store a message")
            return REPLY_TEMPFAIL
        if self.on_stored is not None:
            self.on_stored()
        return REPLY_STORED if created else "250 2.0.0 OK: already stored"

    def _trace(self, session: Any, envelope: Any) -> bytes:
        """What a delivering MTA adds: Return-Path (bounce detection), the envelope
        recipients (routing of Bcc'd project addresses) and a Received line.  None of these
        enter the content hash, so the same mail via IMAP still deduplicates."""
        peer = session.peer[0] if isinstance(session.peer, tuple) else str(session.peer)
        helo = _safe(session.host_name or "unknown")
        when = format_datetime(dt.datetime.now(dt.UTC))
        sender = envelope.mail_from or ""
        sender = "" if sender == "<>" else sender
        lines = [f"Return-Path: <{_safe(sender)}>"]
        lines += [f"X-Original-To: {_safe(r)}" for r in envelope.rcpt_tos]
        lines.append(f"Received: from {helo} ([{_safe(peer)}]) by {_safe(self.options.server_name)} "
                     f"with ESMTP; {when}")
        return ("\r\n".join(lines) + "\r\n").encode("utf-8", "replace")

    def _store(self, raw: bytes) -> bool:
        """Runs in a pool thread: commit the bytes, return whether they were new."""
        try:
            self._prepare_connection()
            return store_raw(raw, source="smtp", live=True).created
        except DB_ERRORS:
            reset_thread_connection()  # a broken PostgreSQL connection never heals by itself
            raise

    def _prepare_connection(self) -> None:
        db = database.obj
        if db.is_closed():
            db.connect()
        conn = db.connection()
        if getattr(self._local, "conn", None) is conn:
            return
        ms = max(1, int(self.options.store_timeout * 1000))
        if is_postgres():
            db.execute_sql(f"SET lock_timeout = {ms}")
            db.execute_sql(f"SET statement_timeout = {ms}")
        else:
            db.execute_sql(f"PRAGMA busy_timeout = {ms}")
            # after our 250 the sender deletes its copy: survive a power cut, not just a crash
            db.execute_sql("PRAGMA synchronous = FULL")
        self._local.conn = conn


def _safe(value: str) -> str:
    return "".join(ch for ch in str(value) if ch >= " " and ch != "\x7f")[:300]


class SmtpListener:
    """The listener plus its background processor.  ``start()``/``stop()``, or use ``with``."""

    def __init__(self, options: ListenerOptions, pipeline: Pipeline | None) -> None:
        self.options = options
        self.pipeline = pipeline
        self.processor = (
            PendingProcessor(pipeline, interval=options.process_interval) if pipeline is not None else None
        )
        self._executor: ThreadPoolExecutor | None = None
        self._controller: Controller | None = None

    @property
    def address(self) -> tuple[str, int]:
        return self.options.host, self.options.port

    def _tls_context(self) -> ssl.SSLContext | None:
        cert, key = self.options.tls_cert, self.options.tls_key
        if not cert and not key:
            return None
        if not (cert and key):
            raise ListenerError("STARTTLS needs both tls_cert and tls_key")
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        try:
            ctx.load_cert_chain(cert, key)
        except (OSError, ssl.SSLError) as exc:
            raise ListenerError(f"cannot load the TLS certificate {cert}: {exc}") from exc
        return ctx

    def _check_port(self) -> None:
        """Fail at once on a taken port (aiosmtpd would only say so after its ready timeout)."""
        try:
            infos = socket.getaddrinfo(self.options.host, self.options.port, type=socket.SOCK_STREAM)
            family, kind, proto, _name, address = infos[0]
            with socket.socket(family, kind, proto) as probe:
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                probe.bind(address)
        except OSError as exc:
            raise ListenerError(f"cannot listen on {self.options.host}:{self.options.port}: {exc}") from exc

    def start(self) -> None:
        tls = self._tls_context()
        self._check_port()
        self._executor = ThreadPoolExecutor(
            max_workers=max(1, self.options.store_threads), thread_name_prefix="smtp-store"
        )
        handler = _Handler(self.options, self._executor,
                           on_stored=self.processor.kick if self.processor else None)
        self._controller = Controller(
            handler,
            hostname=self.options.host,
            port=self.options.port,
            server_hostname=self.options.server_name,
            data_size_limit=self.options.max_bytes,
            enable_SMTPUTF8=True,
            tls_context=tls,
            require_starttls=False,
            ready_timeout=10.0,
        )
        try:
            self._controller.start()
        except (OSError, TimeoutError, RuntimeError) as exc:
            self._controller = None
            self._shutdown_executor()
            raise ListenerError(
                f"cannot listen on {self.options.host}:{self.options.port}: {exc}"
            ) from exc
        if self.processor is not None:
            self.processor.start()
            self.processor.kick()  # rows a previous run stored but did not process
        log.info("SMTP listener on %s:%s", self.options.host, self.options.port)

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None
        self._shutdown_executor()
        if self.processor is not None:
            self.processor.stop()

    def _shutdown_executor(self) -> None:
        if self._executor is not None:
            # the pool threads end here; their thread-local connections go with them
            self._executor.shutdown(wait=True)
            self._executor = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def run_listener(
    options: ListenerOptions | ListenerSettings,
    pipeline: Pipeline | Callable[[], Pipeline] | None,
    stop: threading.Event,
) -> None:
    """Listen until ``stop`` is set (``serve`` runs this in a thread and sets it on SIGTERM).

    Takes the listener options or the service settings, and a pipeline or a factory for one
    (``app.pipeline``); with ``None`` the stored rows are left to another processor."""
    if not isinstance(options, ListenerOptions):
        options = ListenerOptions.from_settings(options)
    if pipeline is not None and not isinstance(pipeline, Pipeline):
        pipeline = pipeline()
    listener = SmtpListener(options, pipeline)
    listener.start()
    try:
        stop.wait()
    finally:
        listener.stop()
