"""IMAP poller: fetch new mail from a mailbox and keep it durably, never losing or doubling it.

The checkpoint (UIDVALIDITY, last UID) is written in the same transaction as the stored raw
messages, and a message is only marked on the server (keyword, ``\\Seen`` or MOVE) after
that commit; ``BODY.PEEK[]`` never sets ``\\Seen`` on its own.  A poller killed at any moment
therefore re-fetches at most one uncommitted batch, which ``store_raw`` deduplicates, and
re-marks what it committed but had not marked yet (the "marked" watermark).  A changed
UIDVALIDITY re-lists the whole folder, skips what carries our keyword and relies on the
Message-ID + content-hash dedup for the rest.

Mail already in the folder at the first sync is history: imported with ``live=False`` (no
replies or notifications), or not imported at all with ``start = "now"``.  Sizes are checked
with RFC822.SIZE before download; oversized mail is kept as its header block and
quarantined.  Between syncs the poller IDLEs (re-issued every ``idle_timeout``, well under
RFC 2177's 29 minutes) or polls, and reconnects with capped exponential backoff.

Extra per-mailbox state (first-sync time, history boundary, marked watermark) lives in a
``Setting`` row next to the ``ImapCursor``, updated in the same transactions.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import random
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qsl, unquote, urlsplit

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError
from imapclient.response_parser import parse_response
from imapclient.util import to_bytes

from ingest.addresses import parse_person
from ingest.db_connections import DB_ERRORS, close_thread_connection, reset_thread_connection
from ingest.errors import IngestError
from ingest.identity import split_head
from ingest.pipeline import Pipeline, process_pending, store_raw
from store.db import is_postgres, to_naive_utc, write_transaction
from store.models import Event, ImapCursor, Message, Quarantine, Setting

log = logging.getLogger("trackfront.imap")

MARK_MODES = ("keyword", "seen", "move")
START_MODES = ("all", "now")
MAX_IDLE_SECONDS = 29 * 60
HEADER_FETCH_LIMIT = 256 * 1024
SEEN = b"\\Seen"


class ImapError(IngestError):
    """The mailbox cannot be used as configured (bad URL, login refused, missing capability)."""


class ConnectionLost(ImapError):
    """The server said BYE or closed the connection."""


# what a dropped, refused or confused connection raises: reconnect and carry on
CONNECTION_ERRORS = (
    ConnectionLost, IMAPClientError, IMAPClient.AbortError, OSError, socket.timeout, ssl.SSLError, EOFError,
)


@dataclass(frozen=True)
class ImapEndpoint:
    host: str
    port: int
    user: str
    password: str | None
    folder: str
    implicit_tls: bool
    starttls: str  # auto: when offered | require | never

    @property
    def key(self) -> str:
        """The checkpoint's name for this mailbox: user@host:port/FOLDER."""
        return f"{self.user}@{self.host}:{self.port}/{self.folder}"


def parse_imap_url(url: str) -> ImapEndpoint:
    """``imap://user:pass@host:port/FOLDER`` or ``imaps://...``; the user may contain '@'.

    ``imap://`` upgrades with STARTTLS when the server offers it; ``?starttls=require``
    refuses a server that does not, ``?starttls=no`` never upgrades."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("imap", "imaps"):
        raise ImapError(f"not an IMAP URL {redact_url(url)!r}: use imap://user:pass@host:port/FOLDER or imaps://...")
    if not parts.hostname:
        raise ImapError(f"IMAP URL {redact_url(url)!r} has no host")
    if not parts.username:
        raise ImapError(f"IMAP URL {redact_url(url)!r} has no user name")
    try:
        port = parts.port
    except ValueError as exc:
        raise ImapError(f"IMAP URL {redact_url(url)!r}: bad port") from exc
    implicit = scheme == "imaps"
    query = {k.lower(): v.lower() for k, v in parse_qsl(parts.query)}
    starttls = {"": "auto", "auto": "auto", "1": "require", "yes": "require", "require": "require",
                "0": "never", "no": "never", "never": "never"}.get(query.get("starttls", ""))
    if starttls is None:
        raise ImapError(f"IMAP URL {redact_url(url)!r}: starttls must be auto, require or no")
    folder = unquote(parts.path.lstrip("/")) or "INBOX"
    return ImapEndpoint(
        host=parts.hostname,
        port=port or (993 if implicit else 143),
        user=unquote(parts.username),
        password=unquote(parts.password) if parts.password is not None else None,
        folder=folder,
        implicit_tls=implicit,
        starttls="never" if implicit else starttls,
    )


def redact_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.password:
        return url.replace(f":{parts.password}@", ":***@", 1)
    return url


class MailboxSettings(Protocol):
    """An ``[[imap]]`` config entry as the poller reads it (structural: ingest does not
    import the composition root)."""

    @property
    def url(self) -> str: ...
    @property
    def ca_file(self) -> str | None: ...
    @property
    def verify_tls(self) -> bool: ...
    @property
    def mark(self) -> str: ...
    @property
    def keyword(self) -> str: ...
    @property
    def move_to(self) -> str | None: ...
    @property
    def start(self) -> str: ...
    @property
    def poll_interval(self) -> float: ...
    @property
    def idle_timeout(self) -> float: ...
    @property
    def max_bytes(self) -> int: ...

    def password(self) -> str | None: ...


@dataclass(frozen=True)
class PollerOptions:
    """One mailbox to poll; mirrors an ``[[imap]]`` config entry."""

    url: str
    password: str | None = None  # from password_env / password_file; else the URL's
    ca_file: str | None = None
    verify_tls: bool = True
    mark: str = "keyword"
    keyword: str = "$Trackfront"
    move_to: str | None = None
    start: str = "all"
    poll_interval: float = 60.0
    idle_timeout: float = 20 * 60.0
    max_bytes: int = 25 * 1024 * 1024
    socket_timeout: float = 60.0
    batch_messages: int = 50
    batch_bytes: int = 16 * 1024 * 1024
    backoff_min: float = 1.0
    backoff_max: float = 60.0

    def __post_init__(self) -> None:
        if self.mark not in MARK_MODES:
            raise ImapError(f"imap mark must be one of {', '.join(MARK_MODES)}, got {self.mark!r}")
        if self.mark == "move" and not self.move_to:
            raise ImapError("imap mark = \"move\" needs move_to (the processed folder)")
        if self.start not in START_MODES:
            raise ImapError(f"imap start must be \"all\" or \"now\", got {self.start!r}")
        if not (0 < self.idle_timeout < MAX_IDLE_SECONDS):
            raise ImapError("imap idle_timeout must be between 0 and 29 minutes (RFC 2177)")
        if self.poll_interval <= 0 or self.socket_timeout <= 0:
            raise ImapError("imap poll_interval and socket timeout must be positive")
        if self.max_bytes <= 0 or self.batch_messages <= 0:
            raise ImapError("imap max_bytes and batch size must be positive")
        if self.mark == "keyword" and not _valid_keyword(self.keyword):
            raise ImapError(f"imap keyword {self.keyword!r} is not a valid IMAP keyword")
        parse_imap_url(self.url)  # fail on a bad URL at configuration time

    @classmethod
    def from_mailbox(cls, box: MailboxSettings, base_dir: Path | None = None, **overrides: Any) -> PollerOptions:
        """Options for a config entry; a relative ca_file is relative to the config file."""
        ca_file = box.ca_file
        if ca_file and base_dir is not None and not Path(ca_file).is_absolute():
            ca_file = str(base_dir / ca_file)
        values: dict[str, Any] = {
            "url": box.url, "password": box.password(), "ca_file": ca_file,
            "verify_tls": box.verify_tls, "mark": box.mark, "keyword": box.keyword,
            "move_to": box.move_to, "start": box.start, "poll_interval": float(box.poll_interval),
            "idle_timeout": float(box.idle_timeout), "max_bytes": int(box.max_bytes),
        }
        values.update(overrides)
        return cls(**values)

    def endpoint(self) -> ImapEndpoint:
        ep = parse_imap_url(self.url)
        if self.password is not None:
            ep = ImapEndpoint(ep.host, ep.port, ep.user, self.password, ep.folder, ep.implicit_tls, ep.starttls)
        return ep


def _valid_keyword(word: str) -> bool:
    # atom characters minus the ones RFC 3501 reserves; a leading "\" would be a system flag
    return bool(word) and not word.startswith("\\") and all(
        33 <= ord(c) < 127 and c not in '(){ %*"\\]' for c in word
    )


@dataclass
class SyncReport:
    mailbox: str
    uidvalidity: int = 0
    stored: int = 0
    duplicates: int = 0
    quarantined: int = 0
    skipped: int = 0  # already ours (keyword), history left alone (start=now), vanished
    marked: int = 0
    processed: int = 0
    uidvalidity_changed: bool = False
    last_uid: int = 0
    listed: int = 0  # UIDs above the checkpoint this sync looked at

    def summary(self) -> str:
        return (f"{self.mailbox}: stored {self.stored}, duplicates {self.duplicates}, "
                f"quarantined {self.quarantined}, skipped {self.skipped}, marked {self.marked}, "
                f"processed {self.processed}")


@dataclass
class _MailboxState:
    """Checkpoint + the extras kept in the Setting row (see the module docstring)."""

    uidvalidity: int
    last_uid: int
    marked_uid: int
    since: dt.datetime
    history_uidvalidity: int
    history_until: int


@dataclass
class _Folder:
    uidvalidity: int
    uidnext: int
    keywords_allowed: bool


@dataclass
class _Fetched:
    uid: int
    decision: str  # live | history | oversized | skip | vanished
    size: int = 0
    raw: bytes | None = None


Clock = Callable[[], dt.datetime]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class ImapPoller:
    """Polls one mailbox.  ``sync_once()`` for ``--once``; ``run(stop)`` until ``stop`` is set.

    Thread-safe to run beside other pollers and the SMTP listener: every thread uses its own
    database connection (peewee keeps them per thread)."""

    def __init__(
        self,
        options: PollerOptions,
        pipeline: Pipeline | None,
        *,
        now: Clock = _utc_now,
        on_commit: Callable[[Sequence[int]], None] | None = None,
    ) -> None:
        self.options = options
        self.pipeline = pipeline
        self.endpoint = options.endpoint()
        self.now = now
        self.on_commit = on_commit  # called with the UIDs of each committed batch (benchmarks)
        self._warned_keywords = False

    @property
    def mailbox(self) -> str:
        return self.endpoint.key

    # --- public entry points --------------------------------------------------------------

    def sync_once(self, stop: threading.Event | None = None) -> SyncReport:
        """Connect, store and mark everything new, disconnect, then process what was stored."""
        stop = stop or threading.Event()
        try:
            client = self._connect()
            try:
                folder = self._select(client)
                report = self._sync(client, folder, stop)
            finally:
                self._disconnect(client)
        except ImapError:
            raise
        except CONNECTION_ERRORS as exc:
            ep = self.endpoint
            raise ImapError(f"IMAP {ep.host}:{ep.port}: {_text(exc) or type(exc).__name__}") from exc
        report.processed = self.process(stop)
        log.info("%s", report.summary())
        return report

    def run(self, stop: threading.Event, on_sync: Callable[[SyncReport], None] | None = None) -> None:
        """Keep the mailbox synced until ``stop`` is set: IDLE when offered, else poll.
        Connection and database failures are retried with capped exponential backoff."""
        delay = self.options.backoff_min
        try:
            while not stop.is_set():
                client = None
                try:
                    client = self._connect()
                    folder = self._select(client)
                    idle = b"IDLE" in client.capabilities()
                    while not stop.is_set():
                        report = self._sync(client, folder, stop)
                        report.processed = self.process(stop)
                        if report.listed or report.marked:
                            log.info("%s", report.summary())
                        delay = self.options.backoff_min
                        if on_sync is not None:
                            on_sync(report)
                        if stop.is_set():
                            break
                        if report.listed:
                            # mail may have come in meanwhile, and a server does not announce
                            # what arrived before IDLE began: look again until nothing is new
                            continue
                        if idle:
                            self._idle(client, stop)
                        else:
                            stop.wait(self.options.poll_interval)
                            if not stop.is_set():
                                client.noop()
                except DB_ERRORS as exc:
                    log.warning("%s: database unavailable, retrying in %.0fs: %s", self.mailbox, delay, exc)
                    reset_thread_connection()
                except CONNECTION_ERRORS as exc:
                    log.warning("%s: connection problem, reconnecting in %.0fs: %s", self.mailbox, delay, exc)
                except ImapError as exc:
                    log.error("%s: %s (retrying in %.0fs)", self.mailbox, exc, delay)
                except Exception:  # a poller thread must outlive a bug in one sync
                    log.exception("%s: unexpected error, retrying in %.0fs", self.mailbox, delay)
                finally:
                    if client is not None:
                        self._disconnect(client)
                if stop.wait(delay * random.uniform(0.8, 1.0)):
                    break
                delay = min(self.options.backoff_max, delay * 2)
        finally:
            close_thread_connection()

    def process(self, stop: threading.Event | None = None) -> int:
        """Run the pipeline over stored rows still waiting; errors never lose a stored row."""
        if self.pipeline is None:
            return 0
        done = 0
        try:
            while stop is None or not stop.is_set():
                n = process_pending(self.pipeline, limit=100)
                done += n
                if n < 100:
                    break
        except DB_ERRORS as exc:
            log.warning("%s: processing paused, database unavailable: %s", self.mailbox, exc)
            reset_thread_connection()
        return done

    # --- connection -------------------------------------------------------------------------

    def _tls_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self.options.ca_file)
        if not self.options.verify_tls:
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
        return ctx

    def _connect(self) -> IMAPClient:
        ep = self.endpoint
        timeout = self.options.socket_timeout
        client = IMAPClient(
            ep.host,
            port=ep.port,
            ssl=ep.implicit_tls,
            ssl_context=self._tls_context() if ep.implicit_tls else None,
            timeout=timeout,
        )
        client.normalise_times = False  # aware INTERNALDATEs, compared with the first-sync time
        try:
            if ep.starttls != "never":
                if b"STARTTLS" in client.capabilities():
                    client.starttls(self._tls_context())
                elif ep.starttls == "require":
                    raise ImapError(f"{ep.host}:{ep.port} does not offer STARTTLS")
            if ep.password is None:
                raise ImapError(f"no password for {ep.key}: put it in the URL, password_env or password_file")
            try:
                client.login(ep.user, ep.password)
            except IMAPClient.Error as exc:
                if isinstance(exc, IMAPClient.AbortError):
                    raise
                raise ImapError(f"login to {ep.host}:{ep.port} as {ep.user} refused: {_text(exc)}") from exc
        except BaseException:
            _shutdown(client)
            raise
        return client

    def _disconnect(self, client: IMAPClient) -> None:
        try:
            client.logout()
        except Exception:  # noqa: BLE001 - the connection may already be gone
            _shutdown(client)

    def _select(self, client: IMAPClient) -> _Folder:
        folder = self.endpoint.folder
        if self.options.mark == "move":
            target = self.options.move_to or ""
            if not client.folder_exists(target):
                try:
                    client.create_folder(target)
                except IMAPClient.Error as exc:
                    if not client.folder_exists(target):
                        raise ImapError(f"cannot create folder {target!r}: {_text(exc)}") from exc
        try:
            info = client.select_folder(folder)
        except IMAPClient.Error as exc:
            if isinstance(exc, IMAPClient.AbortError):
                raise
            raise ImapError(f"cannot open folder {folder!r} on {self.endpoint.host}: {_text(exc)}") from exc
        uidvalidity = int(info.get(b"UIDVALIDITY", 0) or 0)
        if not uidvalidity:
            raise ImapError(f"{self.mailbox}: the server reported no UIDVALIDITY")
        uidnext = int(info.get(b"UIDNEXT", 0) or 0)
        if not uidnext:
            uids = client.search(["ALL"])
            uidnext = (max(uids) + 1) if uids else 1
        permanent = [bytes(f) for f in info.get(b"PERMANENTFLAGS", ())]
        keyword = to_bytes(self.options.keyword)
        allowed = b"\\*" in permanent or keyword in permanent
        if self.options.mark == "keyword" and not allowed and not self._warned_keywords:
            self._warned_keywords = True
            log.warning("%s: the server does not keep keywords here; messages will not be marked "
                        "(the checkpoint alone prevents re-imports)", self.mailbox)
        return _Folder(uidvalidity, uidnext, allowed)

    # --- one sync ---------------------------------------------------------------------------

    def _sync(self, client: IMAPClient, folder: _Folder, stop: threading.Event) -> SyncReport:
        report = SyncReport(self.mailbox, uidvalidity=folder.uidvalidity)
        state = self._load_or_init_state(folder)
        if state.uidvalidity != folder.uidvalidity:
            # the server renumbered the folder: look at everything again (dedup protects us)
            log.warning("%s: UIDVALIDITY changed %s -> %s; re-listing the folder",
                        self.mailbox, state.uidvalidity, folder.uidvalidity)
            report.uidvalidity_changed = True
            self._restart_checkpoint(folder, state)
            after = 0
        else:
            after = state.last_uid
            if state.marked_uid < state.last_uid:
                report.marked += self._repair_marks(client, folder, state)
        # every UID at or below marked_through that needed a mark has one
        marked_through = state.marked_uid
        client.noop()  # bring the session's view up to date: SEARCH only sees what it knows
        uids = sorted(u for u in client.search(["UID", f"{after + 1}:*"]) if u > after)
        report.listed = len(uids)
        committed_any = False
        for start in range(0, len(uids), 500):
            if stop.is_set():
                break
            metas = self._metadata(client, uids[start:start + 500], folder, state)
            for batch in self._batches(metas):
                if stop.is_set():
                    break
                self._download(client, batch)
                to_mark = self._commit_safely(batch, folder, state, marked_through, report)
                committed_any = True
                if self.on_commit is not None:
                    self.on_commit([f.uid for f in batch])
                report.marked += self._mark(client, folder, to_mark)
                marked_through = max(marked_through, batch[-1].uid)
        if committed_any:
            self._save_marked(folder.uidvalidity, marked_through)
        report.last_uid = state.last_uid
        return report

    def _metadata(self, client: IMAPClient, uids: list[int], folder: _Folder,
                  state: _MailboxState) -> list[_Fetched]:
        data = client.fetch(uids, ["RFC822.SIZE", "INTERNALDATE", "FLAGS"])
        keyword = to_bytes(self.options.keyword)
        out: list[_Fetched] = []
        for uid in uids:
            item = data.get(uid)
            if item is None or b"RFC822.SIZE" not in item:
                out.append(_Fetched(uid, "vanished"))  # expunged since the SEARCH
                continue
            size = int(item[b"RFC822.SIZE"])
            flags = {bytes(f) for f in item.get(b"FLAGS", ())}
            ours = self.options.mark == "keyword" and keyword in flags
            decision = self._decide(uid, item.get(b"INTERNALDATE"), folder, state)
            if ours:
                decision = "skip"  # committed by us (or another poller) before it was marked
            elif decision != "skip" and size > self.options.max_bytes:
                decision = "oversized"
            out.append(_Fetched(uid, decision, size=size))
        return out

    def _decide(self, uid: int, internaldate: object, folder: _Folder, state: _MailboxState) -> str:
        """live, history (stored with live=False) or skip (start="now": never imported)."""
        if folder.uidvalidity == state.history_uidvalidity:
            history = uid <= state.history_until
        else:
            # UIDs from before a renumbering mean nothing: the arrival time tells history apart
            history = isinstance(internaldate, dt.datetime) and _aware(internaldate) < state.since
        if not history:
            return "live"
        return "skip" if self.options.start == "now" else "history"

    def _batches(self, metas: list[_Fetched]) -> Iterable[list[_Fetched]]:
        batch: list[_Fetched] = []
        size = 0
        for meta in metas:
            weight = meta.size if meta.decision in ("live", "history") else 0
            if batch and (len(batch) >= self.options.batch_messages or size + weight > self.options.batch_bytes):
                yield batch
                batch, size = [], 0
            batch.append(meta)
            size += weight
        if batch:
            yield batch

    def _download(self, client: IMAPClient, batch: list[_Fetched]) -> None:
        # explicit UID lists only: imapclient 4.1 mishandles "1:*" ranges in FETCH
        whole = [f.uid for f in batch if f.decision in ("live", "history")]
        if whole:
            data = client.fetch(whole, ["BODY.PEEK[]"])
            for f in batch:
                if f.decision in ("live", "history"):
                    body = data.get(f.uid, {}).get(b"BODY[]")
                    if body is None:
                        f.decision = "vanished"
                    else:
                        f.raw = bytes(body)
        heads = [f.uid for f in batch if f.decision == "oversized"]
        if heads:
            data = client.fetch(heads, [f"BODY.PEEK[HEADER]<0.{HEADER_FETCH_LIMIT}>"])
            for f in batch:
                if f.decision == "oversized":
                    item = data.get(f.uid, {})
                    head = next((v for k, v in item.items() if bytes(k).startswith(b"BODY[HEADER]")), None)
                    f.raw = bytes(head) if head else b""

    def _commit_safely(self, batch: list[_Fetched], folder: _Folder, state: _MailboxState,
                       marked_through: int, report: SyncReport) -> list[int]:
        """``_commit``; a batch that fails for a reason other than an unavailable database is
        retried message by message, and a message that cannot be stored is quarantined as its
        header block (or, failing that, skipped with an event): it never blocks the rest."""
        try:
            return self._commit(batch, folder, state, marked_through, report)
        except DB_ERRORS:
            raise
        except Exception as exc:  # noqa: BLE001 - isolate the message that breaks the store
            if len(batch) > 1:
                log.warning("%s: storing a batch failed (%s); storing its messages one by one",
                            self.mailbox, exc)
                out: list[int] = []
                for f in batch:
                    out += self._commit_safely([f], folder, state, marked_through, report)
                return out
            problem = f"could not be stored: {type(exc).__name__}: {exc}"[:500]
        log.error("%s: UID %s %s; quarantining its header block", self.mailbox, batch[0].uid, problem)
        try:
            return self._commit(batch, folder, state, marked_through, report, problem=problem)
        except DB_ERRORS:
            raise
        except Exception:  # even the header block cannot be stored
            log.exception("%s: UID %s skipped, nothing of it could be stored", self.mailbox, batch[0].uid)
            self._commit(batch, folder, state, marked_through, report, problem=problem, skip=True)
            return []

    def _commit(self, batch: list[_Fetched], folder: _Folder, state: _MailboxState,
                marked_through: int, report: SyncReport, *, problem: str | None = None,
                skip: bool = False) -> list[int]:
        """Store the batch and move the checkpoint in one transaction; return the UIDs to mark.
        ``problem``: quarantine the messages' header blocks with that reason; ``skip``: store
        nothing, leave an event for the operator."""
        top = max(f.uid for f in batch)
        source_base = f"imap:{self.mailbox}#{folder.uidvalidity}/"
        counts: dict[str, int] = {"stored": 0, "duplicates": 0, "quarantined": 0, "skipped": 0}
        with write_transaction():
            cursor = self._locked_cursor()
            extra = _read_extra(self.mailbox)
            same = cursor.uidvalidity == folder.uidvalidity
            done_elsewhere = same and cursor.last_uid >= top
            keep: list[int] = []
            for f in batch:
                if f.decision in ("skip", "vanished") or skip:
                    counts["skipped"] += 1
                    if skip and f.decision not in ("skip", "vanished"):
                        self._record_event("imap_unstorable", {
                            "mailbox": self.mailbox, "uid": f.uid, "reason": problem or ""})
                    continue
                keep.append(f.uid)
                if done_elsewhere:
                    # another poller committed this batch while we were downloading it
                    counts["duplicates"] += 1
                    continue
                assert f.raw is not None
                if f.decision == "oversized" or problem is not None:
                    reason = problem or f"too large ({f.size} bytes; limit {self.options.max_bytes})"
                    created = self._quarantine_head(f, source_base, reason, scrub=problem is not None)
                    counts["quarantined" if created else "duplicates"] += 1
                else:
                    stored = store_raw(f.raw, source=source_base + str(f.uid), live=f.decision == "live")
                    counts["stored" if stored.created else "duplicates"] += 1
            if not same:
                cursor.uidvalidity = folder.uidvalidity
                cursor.last_uid = 0
                extra["marked_uid"] = 0
            cursor.last_uid = max(cursor.last_uid, top)
            cursor.updated_at = to_naive_utc(self.now())
            cursor.save()
            extra["uidvalidity"] = folder.uidvalidity
            extra["marked_uid"] = max(int(extra.get("marked_uid", 0)), marked_through if same else 0)
            _write_extra(self.mailbox, extra)
        for key, value in counts.items():
            setattr(report, key, getattr(report, key) + value)
        state.uidvalidity, state.last_uid = folder.uidvalidity, max(state.last_uid if same else 0, top)
        return keep

    def _quarantine_head(self, f: _Fetched, source_base: str, reason: str, *, scrub: bool) -> bool:
        """Keep the header block only, quarantined with ``reason`` (the body was never
        downloaded, or cannot be stored); ``scrub`` replaces control bytes first."""
        head, _body = split_head(f.raw or b"")
        if scrub:
            head = bytes(b if b >= 32 or b in (9, 10, 13) else 63 for b in head if b != 127)
        stored = store_raw(head + b"\r\n\r\n", source=source_base + str(f.uid), live=False)
        if not stored.created:
            return False
        Message.update(status="quarantined", error=reason, size=f.size or len(f.raw or b"")).where(
            Message.id == stored.row.id
        ).execute()
        Quarantine.insert(message=stored.row, sender=_sender_of(head), reason=reason).on_conflict_ignore().execute()
        return True

    def _mark(self, client: IMAPClient, folder: _Folder, uids: list[int]) -> int:
        if not uids:
            return 0
        mode = self.options.mark
        if mode == "keyword":
            if not folder.keywords_allowed:
                return 0
            client.add_flags(uids, [self.options.keyword], silent=True)
        elif mode == "seen":
            client.add_flags(uids, [SEEN], silent=True)
        else:
            target = self.options.move_to or ""
            caps = client.capabilities()
            if b"MOVE" in caps:
                client.move(uids, target)
            elif b"UIDPLUS" in caps:
                client.copy(uids, target)
                client.add_flags(uids, [b"\\Deleted"], silent=True)
                client.uid_expunge(uids)
            else:
                raise ImapError(f"{self.endpoint.host} supports neither MOVE nor UIDPLUS: "
                                "use mark = \"keyword\" or \"seen\"")
        return len(uids)

    def _repair_marks(self, client: IMAPClient, folder: _Folder, state: _MailboxState) -> int:
        """Mark what an earlier run committed but did not live to mark."""
        lo, hi = state.marked_uid + 1, state.last_uid
        criteria: list[object] = ["UID", f"{lo}:{hi}"]
        if self.options.mark == "keyword":
            criteria += ["UNKEYWORD", self.options.keyword]
        elif self.options.mark == "seen":
            criteria += ["UNSEEN"]
        uids = sorted(u for u in client.search(criteria) if lo <= u <= hi)
        if uids and self.options.start == "now" and folder.uidvalidity != state.history_uidvalidity:
            # after a renumbering, history we left alone may sit in this range: not ours to mark
            dates = client.fetch(uids, ["INTERNALDATE"])
            uids = [u for u in uids if self._decide(u, dates.get(u, {}).get(b"INTERNALDATE"), folder, state) != "skip"]
        marked = 0
        for start in range(0, len(uids), 500):
            marked += self._mark(client, folder, uids[start:start + 500])
        self._save_marked(folder.uidvalidity, hi)
        state.marked_uid = hi
        return marked

    # --- checkpoint storage -----------------------------------------------------------------

    def _locked_cursor(self) -> ImapCursor:
        query = ImapCursor.select().where(ImapCursor.mailbox == self.mailbox)
        if is_postgres():
            # two pollers on one mailbox take turns per batch instead of racing
            query = query.for_update()
        return query.get()

    def _load_or_init_state(self, folder: _Folder) -> _MailboxState:
        cursor = ImapCursor.get_or_none(ImapCursor.mailbox == self.mailbox)
        if cursor is None:
            now = self.now()
            with write_transaction():
                last = folder.uidnext - 1 if self.options.start == "now" else 0
                inserted = None
                if ImapCursor.get_or_none(ImapCursor.mailbox == self.mailbox) is None:
                    inserted = ImapCursor.insert(
                        mailbox=self.mailbox, uidvalidity=folder.uidvalidity, last_uid=last,
                        updated_at=to_naive_utc(now),
                    ).on_conflict_ignore().execute()
                if inserted:  # (PostgreSQL: None when another poller created it first)
                    _write_extra(self.mailbox, {
                        "mailbox": self.mailbox,
                        "since": _aware(now).isoformat(),
                        "history_uidvalidity": folder.uidvalidity,
                        "history_until": folder.uidnext - 1,
                        "uidvalidity": folder.uidvalidity,
                        "marked_uid": last,
                    })
            cursor = ImapCursor.get(ImapCursor.mailbox == self.mailbox)
        extra = _read_extra(self.mailbox)
        since = extra.get("since")
        marked = int(extra.get("marked_uid", 0)) if extra.get("uidvalidity") == cursor.uidvalidity else 0
        return _MailboxState(
            uidvalidity=int(cursor.uidvalidity),
            last_uid=int(cursor.last_uid),
            marked_uid=min(marked, int(cursor.last_uid)),
            since=dt.datetime.fromisoformat(since) if since else _aware(cursor.updated_at),
            history_uidvalidity=int(extra.get("history_uidvalidity", cursor.uidvalidity)),
            history_until=int(extra.get("history_until", 0)),
        )

    def _save_marked(self, uidvalidity: int, through: int) -> None:
        with write_transaction():
            extra = _read_extra(self.mailbox)
            cursor = ImapCursor.get_or_none(ImapCursor.mailbox == self.mailbox)
            if cursor is None or cursor.uidvalidity != uidvalidity:
                return
            if extra.get("uidvalidity") != uidvalidity:
                extra["uidvalidity"], extra["marked_uid"] = uidvalidity, 0
            extra["marked_uid"] = min(max(int(extra.get("marked_uid", 0)), through), int(cursor.last_uid))
            _write_extra(self.mailbox, extra)

    def _restart_checkpoint(self, folder: _Folder, state: _MailboxState) -> None:
        """A new UIDVALIDITY: the checkpoint starts again from UID 0 under it."""
        with write_transaction():
            cursor = self._locked_cursor()
            if cursor.uidvalidity != folder.uidvalidity:
                self._record_event("imap_uidvalidity", {
                    "mailbox": self.mailbox, "old": cursor.uidvalidity, "new": folder.uidvalidity})
                cursor.uidvalidity, cursor.last_uid = folder.uidvalidity, 0
                cursor.updated_at = to_naive_utc(self.now())
                cursor.save()
                extra = _read_extra(self.mailbox)
                extra["uidvalidity"], extra["marked_uid"] = folder.uidvalidity, 0
                _write_extra(self.mailbox, extra)
        state.uidvalidity, state.last_uid, state.marked_uid = folder.uidvalidity, 0, 0

    def _record_event(self, kind: str, data: dict[str, object]) -> None:
        Event.create(kind=kind, message=f"{self.mailbox}: {kind}", data=data, at=to_naive_utc(self.now()))

    # --- IDLE -------------------------------------------------------------------------------

    def _idle(self, client: IMAPClient, stop: threading.Event) -> None:
        """Wait for the server to announce mail; re-issue IDLE every idle_timeout."""
        deadline = time.monotonic() + self.options.idle_timeout
        log.debug("%s: IDLE", self.mailbox)
        client.idle()
        quick_empty = 0
        while not stop.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            wait = min(remaining, 1.0)  # wake up now and then to notice ``stop``
            started = time.monotonic()
            responses = _already_read(client) or client.idle_check(timeout=wait)
            if any(_is_bye(r) for r in responses):
                raise ConnectionLost(f"{self.mailbox}: server closed the connection")
            if any(_announces_mail(r) for r in responses):
                log.debug("%s: IDLE woken by %s", self.mailbox, responses)
                break
            if not responses and time.monotonic() - started < wait / 2:
                # poll() said readable but no line came: the peer closed the socket
                quick_empty += 1
                if quick_empty >= 3:
                    raise ConnectionLost(f"{self.mailbox}: connection closed during IDLE")
            else:
                quick_empty = 0
        client.idle_done()


def _already_read(client: IMAPClient) -> list[Any]:
    """Untagged lines imaplib has already pulled off the socket but nobody has parsed.

    ``idle_check`` polls the socket, which cannot see lines sitting in imaplib's read buffer.
    Dovecot announces mail that came in between our SEARCH and the IDLE right after its
    "+ idling", often in the same packet, so ``idle()`` buffers that EXISTS with the
    continuation line and it would wait there until the next keepalive or the IDLE timeout.
    """
    imap = client._imap  # imapclient keeps the imaplib connection private; its buffer is the point
    reader = imap.file
    sock = client.socket()
    previous = sock.gettimeout()
    lines: list[Any] = []
    sock.setblocking(False)  # an empty buffer must not turn peek() into a blocking read
    try:
        while b"\n" in reader.peek(1):
            lines.append(_parse_pushed(imap._get_line()))
    except (BlockingIOError, ssl.SSLWantReadError):
        pass
    finally:
        sock.settimeout(previous)
    return lines


def _parse_pushed(line: bytes) -> Any:
    """One untagged line pushed during IDLE, in the shape ``idle_check`` returns."""
    text = line[2:] if line.startswith(b"* ") else line
    if text.startswith((b"OK ", b"NO ", b"BYE")):
        return tuple(text.split(b" ", 1))
    return parse_response([text])


def _announces_mail(response: object) -> bool:
    return isinstance(response, tuple) and len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT")


def _is_bye(response: object) -> bool:
    return isinstance(response, tuple) and bool(response) and response[0] == b"BYE"


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _sender_of(head: bytes) -> str | None:
    from ingest.identity import header_fields

    for name, value in header_fields(head):
        if name == b"from":
            return parse_person(value.decode("utf-8", "replace"))[1]
    return None


def _text(exc: BaseException) -> str:
    text = str(exc)
    if text.startswith(("b'", 'b"')):
        text = text[2:-1]
    return text.strip()[:300]


def _shutdown(client: IMAPClient) -> None:
    with contextlib.suppress(Exception):  # closing a dead socket
        client.shutdown()


def _extra_key(mailbox: str) -> str:
    return "imap_state:" + hashlib.sha256(mailbox.encode()).hexdigest()[:40]


def _read_extra(mailbox: str) -> dict[str, Any]:
    row = Setting.get_or_none(Setting.key == _extra_key(mailbox))
    if row is None:
        return {}
    try:
        value = json.loads(row.value)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _write_extra(mailbox: str, extra: dict[str, Any]) -> None:
    Setting.insert(key=_extra_key(mailbox), value=json.dumps(extra, sort_keys=True)).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: json.dumps(extra, sort_keys=True)}
    ).execute()


def run_pollers(app: Any, box: MailboxSettings, stop: threading.Event) -> None:
    """Poll one configured mailbox until ``stop`` is set; ``app`` gives ``pipeline()`` and
    ``settings.base_dir`` (the service's composition root)."""
    try:
        options = PollerOptions.from_mailbox(box, getattr(app.settings, "base_dir", None))
    except Exception as exc:  # a bad entry or a missing password variable: say which mailbox
        log.error("IMAP mailbox %s not polled: %s", redact_url(box.url), exc)
        raise
    ImapPoller(options, app.pipeline()).run(stop)


__all__ = [
    "ImapEndpoint",
    "ImapError",
    "ImapPoller",
    "MailboxSettings",
    "PollerOptions",
    "SyncReport",
    "parse_imap_url",
    "redact_url",
    "run_pollers",
]
