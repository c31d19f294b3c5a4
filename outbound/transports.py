"""Hand composed messages to a mail system: SMTP relay or a local Maildir.

A transport takes a batch of :class:`Envelope` and answers one
:class:`SendResult` per envelope, in order.  It never raises for delivery
problems; the deliverer decides what to do with "retry" and "failed".

Classification (SmtpTransport):

* 2xx for every recipient            -> "sent"
* 4xx reply, disconnect, socket error, timeout -> "retry"
* 5xx reply                          -> "failed", except 530/534/535/538
  (authentication or TLS required/refused: a relay setting) -> "retry"
* some recipients refused, message accepted for the others:
  any 4xx refusal -> "retry", only 5xx refusals -> "sent"; either way
  ``refused`` lists them so the deliverer can retry just those
* every recipient refused: all 5xx -> "failed", any 4xx -> "retry"
* connection set-up problems (connect, greeting, EHLO, STARTTLS, AUTH)
  -> "retry" for every item: they are about the relay, not the message, and
  a wrong password must not permanently fail the whole outbox.
"""

from __future__ import annotations

import mailbox
import re
import smtplib
import socket
import ssl
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol
from urllib.parse import parse_qs, unquote, urlsplit

from outbound.errors import TransportError

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

SendStatus = Literal["sent", "retry", "failed"]


@dataclass(frozen=True)
class Envelope:
    """One message to deliver: SMTP envelope plus the composed bytes; `key` is the caller's id."""

    mail_from: str
    rcpt_to: list[str]
    data: bytes
    key: int


@dataclass(frozen=True)
class SendResult:
    """Outcome for the envelope with the same `key`.

    `code` is the SMTP reply code that decided the outcome (None when there
    was none, e.g. a socket error).  `refused` maps recipients the server
    refused to (code, message) when others were accepted or all were refused.
    """

    key: int
    status: SendStatus
    code: int | None
    detail: str
    refused: Mapping[str, tuple[int, str]] = field(default_factory=dict)


ResultCallback = Callable[[SendResult], None]


class Transport(Protocol):
    """What the deliverer needs from a transport."""

    name: str

    def send_batch(
        self, items: Sequence[Envelope], on_result: ResultCallback | None = None
    ) -> list[SendResult]:
        """Deliver `items`; one result per item, same order, never raises for delivery problems.

        `on_result` is called with each result, in order, before the next item's message
        data is sent, so the caller can commit it: a crash then resends at most the one
        message the server accepted whose result was not committed yet.  An exception
        from `on_result` stops the batch and propagates.
        """
        ...


# 5xx replies that blame our relay set-up (authentication or TLS required,
# credentials rejected), not the message: failing the message for them would
# let one wrong setting permanently drop the whole outbox.
_CONFIGURATION_CODES = frozenset({530, 534, 535, 538})


def _status_for(code: int | None) -> SendStatus:
    if code is None or code in _CONFIGURATION_CODES:
        return "retry"
    return "failed" if 500 <= code < 600 else "retry"


def _text(message: bytes | str) -> str:
    return message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)


# Errors that mean the connection is gone or unusable.
_CONNECTION_ERRORS = (smtplib.SMTPServerDisconnected, OSError)


class _CallbackFailed(BaseException):
    """Carries an exception from ``on_result`` out of :func:`_send_one`'s handlers untouched."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(error)
        self.error = error


class _OverlapMixin:
    """Runs ``before_reply`` once, after the next command went out and before its reply is read.

    An accepted message's result is committed (``on_result``) while the server works on
    the next transaction's MAIL FROM, instead of while the server sits idle: the commit
    overlaps a round trip.  Nothing of the next message can be accepted before its data
    is sent, which comes after that reply, so the crash window stays one message wide.
    """

    before_reply: Callable[[], None] | None = None

    def getreply(self) -> tuple[int, bytes]:
        hook, self.before_reply = self.before_reply, None
        if hook is not None:
            try:
                hook()
            except BaseException as exc:
                raise _CallbackFailed(exc) from exc
        return super().getreply()  # type: ignore[misc]


# A "." at the start of a line, other than the first: it needs doubling (RFC 5321 4.5.2).
_DOT_AFTER_LF = re.compile(rb"\n\.")


def _stuff_dots(data: bytes) -> bytes:
    r"""Dot-stuffing: what smtplib's ``re.sub(rb"(?m)^\.", b"..", data)`` returns.

    That pattern has no literal to scan for, so the regex engine tries every position
    of a 15 KB message: 50 us a message, a third of what the client spends on sending it.
    "\n." is a literal the engine finds with a fast scan, and our messages rarely hold one.
    """
    if _DOT_AFTER_LF.search(data) is not None:
        data = _DOT_AFTER_LF.sub(b"\n..", data)
    return b"." + data if data.startswith(b".") else data


class _FastDataMixin:
    """smtplib's ``data()`` for bytes, with :func:`_stuff_dots` (the rest as smtplib has it)."""

    def data(self, msg: ReadableBuffer | str) -> tuple[int, bytes]:
        if not isinstance(msg, bytes):
            return super().data(msg)  # type: ignore[misc, no-any-return]
        self.putcmd("data")  # type: ignore[attr-defined]
        code, reply = self.getreply()  # type: ignore[attr-defined]
        if code != 354:
            raise smtplib.SMTPDataError(code, reply)
        stuffed = _stuff_dots(msg)
        if stuffed[-2:] != b"\r\n":
            stuffed += b"\r\n"
        self.send(stuffed + b".\r\n")  # type: ignore[attr-defined]
        return self.getreply()  # type: ignore[attr-defined, no-any-return]


class _Smtp(_OverlapMixin, _FastDataMixin, smtplib.SMTP):
    pass


class _SmtpSsl(_OverlapMixin, _FastDataMixin, smtplib.SMTP_SSL):
    pass


class SmtpTransport:
    """SMTP submission, one connection per batch.

    URL forms: ``smtp://[user:pass@]host[:port][?starttls=1]`` (default port
    25) and ``smtps://[user:pass@]host[:port]`` (implicit TLS, default 465).
    User and password are percent-decoded.  `ssl_context` defaults to the
    system trust store with hostname checking.
    """

    name = "smtp"

    def __init__(
        self,
        url: str,
        timeout: float = 30,
        *,
        ssl_context: ssl.SSLContext | None = None,
        local_hostname: str | None = None,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps"):
            raise TransportError(
                f"SMTP URL must start with smtp:// or smtps://, got {parts.scheme!r}"
            )
        if not parts.hostname:
            raise TransportError("SMTP URL has no host")
        try:
            port = parts.port
        except ValueError as exc:
            raise TransportError(f"bad port in SMTP URL: {exc}") from None
        query = parse_qs(parts.query)
        unknown = set(query) - {"starttls"}
        if unknown:
            raise TransportError(f"unknown SMTP URL parameters: {sorted(unknown)}")
        self.implicit_tls = parts.scheme == "smtps"
        self.starttls = query.get("starttls", ["0"])[-1].lower() in ("1", "true", "yes")
        if self.implicit_tls and self.starttls:
            raise TransportError("smtps:// already uses TLS; drop ?starttls")
        self.host = parts.hostname
        self.port = port or (465 if self.implicit_tls else 25)
        self.username = unquote(parts.username) if parts.username else None
        self.password = unquote(parts.password) if parts.password else None
        if self.username and self.password is None:
            raise TransportError("SMTP URL has a user but no password")
        self.timeout = timeout
        self.local_hostname = local_hostname
        self._ssl_context = ssl_context

    def __repr__(self) -> str:
        # Never show the password.
        scheme = "smtps" if self.implicit_tls else "smtp"
        user = f"{self.username}:***@" if self.username else ""
        tls = "?starttls=1" if self.starttls else ""
        return f"SmtpTransport({scheme}://{user}{self.host}:{self.port}{tls})"

    def _context(self) -> ssl.SSLContext:
        if self._ssl_context is None:
            self._ssl_context = ssl.create_default_context()
        return self._ssl_context

    def _connect(self) -> _Smtp | _SmtpSsl:
        if self.implicit_tls:
            conn: _Smtp | _SmtpSsl = _SmtpSsl(
                self.host,
                self.port,
                self.local_hostname,
                timeout=self.timeout,
                context=self._context(),
            )
        else:
            conn = _Smtp(self.host, self.port, self.local_hostname, timeout=self.timeout)
        try:
            conn.ehlo()
            if self.starttls:
                conn.starttls(context=self._context())
                conn.ehlo()
            if self.username:
                conn.login(self.username, self.password or "")
        except BaseException:
            _close_quietly(conn)
            raise
        return conn

    def send_batch(
        self, items: Sequence[Envelope], on_result: ResultCallback | None = None
    ) -> list[SendResult]:
        """Send `items` over one connection; reconnect once after a connection loss.

        While the connection stays up, a result is held back until the next message's
        MAIL FROM has gone out, and reported while the server answers it (see
        :class:`_OverlapMixin`); the last one, and any before a reconnect, at once.
        """
        results: list[SendResult] = []
        held: list[SendResult] = []  # at most one: accepted, not reported yet

        def report(*found: SendResult) -> None:
            for result in found:
                results.append(result)
                if on_result is not None:
                    on_result(result)

        def release() -> None:
            if held:
                report(held.pop())

        conn: _Smtp | _SmtpSsl | None = None
        connections_left = 2  # the first connection and one reconnect
        try:
            for index, item in enumerate(items):
                if conn is None:
                    release()
                    if connections_left == 0:
                        report(
                            *_all_retry(
                                items[index:], None, "connection lost again; not reconnecting"
                            )
                        )
                        break
                    connections_left -= 1
                    try:
                        conn = self._connect()
                    except (smtplib.SMTPException, OSError) as exc:
                        code = getattr(exc, "smtp_code", None)
                        report(*_all_retry(items[index:], code, f"connect: {_describe(exc)}"))
                        break
                if held:
                    conn.before_reply = release
                result, alive = _send_one(conn, item)
                conn.before_reply = None
                release()  # if no reply was read (the send failed first), still in order
                if alive and index + 1 < len(items):
                    held.append(result)
                else:
                    report(result)
                if not alive:
                    _close_quietly(conn)
                    conn = None
            release()
        except _CallbackFailed as failed:
            raise failed.error from None
        except BaseException:
            # not from on_result (that is _CallbackFailed): an accepted message is still
            # reported, as it would have been before this exception
            release()
            raise
        finally:
            if conn is not None:
                _quit_quietly(conn)
        return results


def _send_one(conn: smtplib.SMTP, item: Envelope) -> tuple[SendResult, bool]:
    """Send one envelope; return its result and whether the connection is still usable."""
    if not item.rcpt_to:
        return SendResult(item.key, "failed", None, "no recipients"), True
    try:
        refused = conn.sendmail(item.mail_from, item.rcpt_to, item.data)
    except smtplib.SMTPRecipientsRefused as exc:
        refusals = _refusals(exc.recipients)
        status: SendStatus = "retry" if _any_temporary(refusals) else "failed"
        detail = f"all recipients refused: {_summary(refusals)}"
        return SendResult(
            item.key, status, _deciding_code(refusals, status), detail, refusals
        ), _alive(conn)
    except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
        stage = "MAIL FROM" if isinstance(exc, smtplib.SMTPSenderRefused) else "DATA"
        detail = f"{stage} {exc.smtp_code} {_text(exc.smtp_error)}"
        return SendResult(item.key, _status_for(exc.smtp_code), exc.smtp_code, detail), _alive(conn)
    except smtplib.SMTPResponseException as exc:
        detail = f"{exc.smtp_code} {_text(exc.smtp_error)}"
        return SendResult(item.key, _status_for(exc.smtp_code), exc.smtp_code, detail), _alive(conn)
    except _CONNECTION_ERRORS as exc:
        # The message may or may not have been accepted; retrying risks a
        # duplicate, not retrying risks a loss.  Mail prefers the duplicate.
        return SendResult(item.key, "retry", None, f"connection: {_describe(exc)}"), False
    except smtplib.SMTPException as exc:
        return SendResult(item.key, "retry", None, _describe(exc)), _alive(conn)
    except (UnicodeError, ValueError) as exc:
        # e.g. a non-ASCII envelope address without SMTPUTF8: resending the
        # same envelope can never work.
        return SendResult(item.key, "failed", None, f"unsendable envelope: {exc}"), _alive(conn)
    if not refused:
        return SendResult(item.key, "sent", 250, "accepted"), True
    refusals = _refusals(refused)
    status = "retry" if _any_temporary(refusals) else "sent"
    accepted = len(item.rcpt_to) - len(refusals)
    detail = f"accepted for {accepted} of {len(item.rcpt_to)}; refused: {_summary(refusals)}"
    return SendResult(item.key, status, _deciding_code(refusals, status), detail, refusals), True


def _refusals(raw: Mapping[str, tuple[int, bytes | str]]) -> dict[str, tuple[int, str]]:
    return {rcpt: (code, _text(message)) for rcpt, (code, message) in raw.items()}


def _any_temporary(refusals: Mapping[str, tuple[int, str]]) -> bool:
    return any(_status_for(code) == "retry" for code, _ in refusals.values())


def _deciding_code(refusals: Mapping[str, tuple[int, str]], status: SendStatus) -> int:
    """The code behind `status`: first temporary code for retry, first refusal for failed, 250 for sent."""
    codes = [code for code, _ in refusals.values()]
    if status == "retry":
        return next(code for code in codes if _status_for(code) == "retry")
    return codes[0] if status == "failed" else 250


def _summary(refusals: Mapping[str, tuple[int, str]]) -> str:
    return "; ".join(f"{rcpt} {code} {msg}" for rcpt, (code, msg) in refusals.items())


def _alive(conn: smtplib.SMTP) -> bool:
    # smtplib closes the socket itself on a 421 reply.
    return getattr(conn, "sock", None) is not None


def _describe(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{exc.smtp_code} {_text(exc.smtp_error)}"
    if isinstance(exc, socket.timeout):
        return "timed out"
    return f"{type(exc).__name__}: {exc}"


def _all_retry(items: Sequence[Envelope], code: int | None, detail: str) -> list[SendResult]:
    return [SendResult(item.key, "retry", code, detail) for item in items]


def _close_quietly(conn: smtplib.SMTP) -> None:
    try:
        conn.close()
    except OSError:
        pass


def _quit_quietly(conn: smtplib.SMTP) -> None:
    try:
        conn.quit()
    except (smtplib.SMTPException, OSError):
        _close_quietly(conn)


class MaildirTransport:
    """Delivers every message into one Maildir (for development, demos and tests)."""

    name = "maildir"

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            self._maildir = mailbox.Maildir(self.path, create=True)
        except OSError as exc:
            raise TransportError(f"cannot use Maildir {self.path}: {exc}") from exc

    def send_batch(
        self, items: Sequence[Envelope], on_result: ResultCallback | None = None
    ) -> list[SendResult]:
        """Write each message to new/; "retry" when the disk refuses."""
        results = []
        for item in items:
            try:
                message_key = self._maildir.add(item.data)
            except OSError as exc:
                result = SendResult(item.key, "retry", None, f"maildir: {exc}")
            else:
                result = SendResult(item.key, "sent", None, f"maildir key {message_key}")
            results.append(result)
            if on_result is not None:
                on_result(result)
        return results
