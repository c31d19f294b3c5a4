"""Build outgoing RFC 5322 messages from plain, sanitised values.

Never pass parsed inbound header objects here: on Python 3.11.7
(CVE-2024-6923) the email package re-emits decoded encoded words verbatim,
so ``=?utf-8?q?x=0D=0ABcc:_evil@example.org?=`` becomes a real Bcc header.
The same happens to a *plain str* that merely looks like such an encoded
word, and the 3.11.7 folder also encodes the comma between two addresses
into an encoded word (dropping a recipient) when a display name is
non-ASCII.  So this module does its own header encoding:

* every value goes through :func:`sanitize_header_value` (one line, no
  controls) and is then written as whitespace-separated ASCII tokens:
  plain words when the text is ASCII and holds no ``=?``, otherwise RFC 2047
  base64 encoded words, which decode to exactly the sanitised text;
* :func:`_fold` writes those tokens itself: it folds only between tokens,
  never decodes anything (so threading ids are not mangled either) and
  refuses any token that is not printable ASCII;
* the MIME skeleton (text/plain, or multipart/alternative with text/html)
  is written here too, from constants and a random boundary: the email
  package's generator re-parses every header it emits and cost more than
  rendering the mail;
* :func:`_verify_header_block` re-reads the serialised header block and
  refuses to return bytes whose header names differ from what was set."""

from __future__ import annotations

import base64
import binascii
import functools
import re
import secrets
import time
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import format_datetime

from outbound.errors import ComposeError

SUBJECT_MAX = 250
NAME_MAX = 100
EXTRA_VALUE_MAX = 500
MSG_ID_MAX = 250
REFERENCES_MAX = 20
HEADER_VALUE_MAX = 998

# RFC 5322 atext; quoted local parts and domain literals are refused on purpose.
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]"
_DOT_ATOM = rf"{_ATEXT}+(?:\.{_ATEXT}+)*"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_LOCAL_RE = re.compile(_DOT_ATOM)
_DOMAIN_RE = re.compile(rf"{_LABEL}(?:\.{_LABEL})*")
_MSG_ID_RE = re.compile(rf"<{_DOT_ATOM}@{_DOT_ATOM}>")
_HEADER_NAME_RE = re.compile(r"X-[A-Za-z0-9-]{1,60}", re.IGNORECASE)
_MAILTO_RE = re.compile(r"mailto:[\x21-\x7e]+")
# RFC 5322 specials: a display name holding one is sent as a quoted-string.
_SPECIALS = frozenset('()<>@,:;.\\"[]')
# Bidi embedding/override/isolate controls let a subject display differently
# from what it says; they have no business in a header.
_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_REMOVED_CATEGORIES = {"Cc", "Cs", "Zl", "Zp"}
_ASCII_CONTROLS_TO_SPACE = {code: " " for code in (*range(32), 127)}

MANAGED_HEADERS = frozenset(
    {
        "from",
        "to",
        "cc",
        "bcc",
        "subject",
        "date",
        "message-id",
        "reply-to",
        "in-reply-to",
        "references",
        "list-unsubscribe",
        "auto-submitted",
        "x-auto-response-suppress",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
        "sender",
        "return-path",
    }
)


@dataclass(frozen=True, kw_only=True)
class Outgoing:
    """Everything needed to build one outgoing message; all values are plain str."""

    from_addr: str
    from_name: str | None
    to: Sequence[tuple[str | None, str]]  # (display name, address)
    subject: str
    text: str
    html: str | None
    message_id: str  # "<...@our-domain>"
    date: datetime  # aware, in the recipient's zone
    reply_to: str | None = None
    in_reply_to: str | None = None
    references: Sequence[str] = ()
    list_unsubscribe: str | None = None  # mailto: URL, digests only
    extra: Mapping[str, str] = field(default_factory=dict)  # e.g. X-Trackfront-Kind


def sanitize_header_value(value: str, max_length: int = HEADER_VALUE_MAX) -> str:
    """Make `value` safe for one header line.

    CR, LF, NUL and every other control, line/paragraph separator and lone
    surrogate become a space; bidi override characters are dropped; runs of
    whitespace collapse to one space; the result is stripped and cut to
    `max_length` characters (ending in an ellipsis when cut).
    """
    if value.isascii():
        # The same result without a per-character category lookup: in ASCII
        # the removed categories are exactly the C0 controls and DEL.
        cleaned = " ".join(value.translate(_ASCII_CONTROLS_TO_SPACE).split())
        if len(cleaned) > max_length:
            cleaned = cleaned[: max_length - 1].rstrip() + "\u2026"
        return cleaned
    if value.isprintable():
        # isprintable() is False for every Cc, Cs, Zl and Zp character and for the
        # bidi controls (Cf): none is here, so the loop below would keep every one.
        cleaned = " ".join(value.split())
        if len(cleaned) > max_length:
            cleaned = cleaned[: max_length - 1].rstrip() + "\u2026"
        return cleaned
    chars = []
    for char in value:
        if char in _BIDI_CONTROLS:
            continue
        chars.append(" " if unicodedata.category(char) in _REMOVED_CATEGORIES else char)
    cleaned = " ".join("".join(chars).split())
    if len(cleaned) > max_length:
        cleaned = cleaned[: max_length - 1].rstrip() + "\u2026"
    return cleaned


def validate_address(addr: str) -> str:
    """Return `addr` normalised (domain lower-cased, IDNA-encoded) or raise ComposeError.

    Only plain ``dot-atom@domain`` is accepted: no display name, no quoted
    local part, no comments, no whitespace or control characters.
    """
    if not isinstance(addr, str):
        raise ComposeError(f"address must be str, not {type(addr).__name__}")
    candidate = addr.strip(" ")
    local, at, domain = candidate.rpartition("@")
    if not at or not _LOCAL_RE.fullmatch(local) or len(local) > 64:
        raise ComposeError(f"invalid address: {addr[:100]!r}")
    if "=?" in local:
        # Python decodes encoded words inside atoms; such a local part is never real.
        raise ComposeError(f"invalid address: {addr[:100]!r}")
    if domain.isascii():
        # IDNA leaves ASCII labels as they are and only refuses empty or over-long
        # ones, which the pattern below refuses too.
        ascii_domain = domain.lower()
    else:
        try:
            ascii_domain = domain.encode("idna").decode("ascii").lower()
        except UnicodeError:
            raise ComposeError(f"invalid address domain: {addr[:100]!r}") from None
    if not _DOMAIN_RE.fullmatch(ascii_domain) or len(ascii_domain) > 253:
        raise ComposeError(f"invalid address domain: {addr[:100]!r}")
    normalised = f"{local}@{ascii_domain}"
    if len(normalised) > 254:
        raise ComposeError(f"address too long: {addr[:100]!r}")
    return normalised


def _valid_msg_id(value: str) -> bool:
    return len(value) <= MSG_ID_MAX and bool(_MSG_ID_RE.fullmatch(value))


_MS_MASK = (1 << 48) - 1  # 12 hex digits of milliseconds: until the year 10889


def make_message_id(domain: str) -> str:
    """Return a fresh ``<id@domain>`` Message-ID: 32 hex digits, the time in milliseconds
    (48 bits), then 80 random bits.

    Time first (as in a UUIDv7) so the ids we send sort by when they were made: each one
    joins the thread's id index (ThreadRef), where random ids landed on a page of their
    own, which the group's commit then wrote out; in the outbound benchmark the enqueue
    commit grew from 0.10 to 0.15 ms a message as the index grew, and now stays at 0.08.
    80 random bits keep ids unique and unguessable within a millisecond; a clock set back
    only costs that locality.
    """
    millis = time.time_ns() // 1_000_000 & _MS_MASK
    return f"<{millis:012x}{secrets.token_hex(10)}@{_message_id_host(domain)}>"


@functools.lru_cache(maxsize=64)
def _message_id_host(domain: str) -> str:
    # One deployment has one or two domains; IDNA-encoding them per message is waste.
    return validate_address(f"x@{domain}").partition("@")[2]


_ENCODED_WORD_BYTES = 45  # 45 bytes -> 60 base64 chars -> 72-char encoded word


def _encoded_words(text: str) -> list[str]:
    """RFC 2047 base64 encoded words for `text`, never splitting a character.

    Each word takes as many whole characters as fit in 45 bytes: the UTF-8 bytes are
    cut at the last character start (a byte that is no 10xxxxxx continuation byte)
    at or before 45 bytes on.
    """
    data = text.encode("utf-8")
    words = []
    start, size = 0, len(data)
    while start < size:
        end = start + _ENCODED_WORD_BYTES
        if end >= size:
            end = size
        else:
            while data[end] & 0xC0 == 0x80:
                end -= 1
        words.append(f"=?utf-8?b?{base64.b64encode(data[start:end]).decode('ascii')}?=")
        start = end
    return words


def _needs_encoding(text: str) -> bool:
    # "=?" in plain text would be decoded by the recipient (and by Python's
    # own parser): encode it so it reads back literally.
    return not text.isascii() or "=?" in text


def _text_tokens(text: str) -> list[str]:
    return _encoded_words(text) if _needs_encoding(text) else text.split()


def _address_tokens(name: str, addr: str) -> list[str]:
    if not name:
        return [addr]
    if _needs_encoding(name):
        return [*_encoded_words(name), f"<{addr}>"]
    if not _SPECIALS.isdisjoint(name):
        # Quoted like email.headerregistry.Address does, without its parser.
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return [*name.split(), f"<{addr}>"]


def _fold(name: str, value: str) -> str:
    """One header field as CRLF-terminated wire text, folded only between tokens.

    `value` holds whitespace-separated tokens built by this module; each must
    be printable ASCII (no space, no control), so nothing but what compose
    built can reach the wire and no token is ever split or decoded.
    """
    tokens = value.split()
    if not tokens:
        return f"{name}:\r\n"
    joined = " ".join(tokens)
    # Every token printable ASCII (\x21-\x7e), joined by single spaces, tested in C:
    # split() left no whitespace inside a token, so the only spaces are the joins, and
    # isprintable() refuses every control character and DEL.
    if not (joined.isascii() and joined.isprintable()):
        raise ComposeError(f"non-printable token in {name}")
    single = f"{name}: {joined}"
    if len(single) <= 78:
        return single + "\r\n"  # what the loop below builds when nothing needs folding
    lines = [f"{name}:"]
    for index, token in enumerate(tokens):
        # The first token stays on the name's line even when long, so the
        # value never starts with folding whitespace.
        if index and len(lines[-1]) + 1 + len(token) > 78:
            lines.append(token)
        else:
            lines[-1] += " " + token
    return "\r\n ".join(lines) + "\r\n"


def _address(name: str | None, addr: str) -> list[str]:
    display = sanitize_header_value(name, NAME_MAX) if name else ""
    return _address_tokens(display, validate_address(addr))


@functools.lru_cache(maxsize=64)
def _single_address(name: str | None, addr: str) -> str:
    return " ".join(_address(name, addr))


def _from_value(name: str | None, addr: str) -> str:
    """The From value: the same few for every message, so built once (plain str only)."""
    if type(addr) is str and (name is None or type(name) is str):
        return _single_address(name, addr)
    return _address_list([(name, addr)])


def _address_list(entries: Sequence[tuple[str | None, str]]) -> str:
    tokens: list[str] = []
    for index, (name, addr) in enumerate(entries):
        if index:
            tokens[-1] += ","
        tokens.extend(_address(name, addr))
    return " ".join(tokens)


@functools.lru_cache(maxsize=256)
def _date_value(date: datetime, offset: timedelta | None) -> str:
    # A weekly run stamps many messages with a few dates.  The offset is part of the key:
    # aware datetimes of one instant are equal (and hash alike) whatever their zone, but
    # the header keeps the recipient's zone.
    return format_datetime(date)


def _references(values: Sequence[str]) -> list[str]:
    valid = [
        value.strip() for value in values if isinstance(value, str) and _valid_msg_id(value.strip())
    ]
    # RFC 5322 3.6.4: keep the thread root and the most recent ancestors.
    if len(valid) > REFERENCES_MAX:
        valid = valid[:1] + valid[-(REFERENCES_MAX - 1) :]
    return valid


def _body_cte(text: str) -> str:
    # 7bit when possible; quoted-printable otherwise so the bytes stay 7-bit
    # clean and no relay needs 8BITMIME.
    # split on LF only: splitlines() also breaks at FF/VT, which are no line
    # breaks on the wire, and would let a longer line through as 7bit.
    if text.isascii() and _lines_fit(text):
        return "7bit"
    return "quoted-printable"


_LINE_MAX = 998  # RFC 5322 2.1.1, without the CRLF
_WINDOW = (_LINE_MAX + 2) // 2  # 500: a line of 2 * _WINDOW - 1 or more covers a whole window


def _lines_fit(text: str) -> bool:
    """No line (split on LF) longer than 998 characters.

    A line of 999 or more characters contains a whole aligned 500-character window, so
    when every whole window holds a LF no line is that long: one memchr per window,
    instead of splitting a 12 KB page into its hundreds of lines.  A window without a
    LF only means a line of 500 or more somewhere; then the lines are measured.
    """
    if len(text) <= _LINE_MAX:
        return True
    find = text.find
    for start in range(0, len(text) - _WINDOW + 1, _WINDOW):
        if find("\n", start, start + _WINDOW) < 0:
            return max(map(len, text.split("\n"))) <= _LINE_MAX
    return True


def _clean_body(text: str) -> str:
    body = text
    # Each step only when it has something to do: "\r" and NUL are one-character
    # (memchr) scans, while a search for "\r\n" walks a 12 KB page character by character.
    if "\r" in body:
        body = body.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in body:
        body = body.replace("\x00", "")
    if not body.isascii():
        # Lone surrogates cannot be encoded; replace them instead of failing late.
        body = body.encode("utf-8", "replace").decode("utf-8")
    return body if body.endswith("\n") else body + "\n"


def compose(msg: Outgoing) -> bytes:
    """Serialise `msg` to CRLF-terminated bytes: text/plain, or multipart/alternative with html."""
    if msg.date.tzinfo is None or msg.date.utcoffset() is None:
        raise ComposeError("Outgoing.date must be timezone-aware")
    if not _valid_msg_id(msg.message_id):
        raise ComposeError(f"invalid Message-ID: {msg.message_id[:100]!r}")
    if not msg.to:
        raise ComposeError("no recipients")

    headers: list[tuple[str, str]] = [
        ("From", _from_value(msg.from_name, msg.from_addr)),
        ("To", _address_list(msg.to)),
        ("Subject", " ".join(_text_tokens(sanitize_header_value(msg.subject, SUBJECT_MAX)))),
        ("Date", _date_value(msg.date, msg.date.utcoffset())),
        ("Message-ID", msg.message_id),
    ]
    if msg.reply_to:
        headers.append(("Reply-To", validate_address(msg.reply_to)))
    if msg.in_reply_to and _valid_msg_id(msg.in_reply_to.strip()):
        headers.append(("In-Reply-To", msg.in_reply_to.strip()))
    references = _references(msg.references)
    if references:
        headers.append(("References", " ".join(references)))
    if msg.list_unsubscribe:
        url = msg.list_unsubscribe.strip()
        if not _MAILTO_RE.fullmatch(url) or ">" in url or len(url) > 500:
            raise ComposeError(f"List-Unsubscribe must be a mailto: URL: {url[:100]!r}")
        headers.append(("List-Unsubscribe", f"<{url}>"))
    # Keep auto-responders (vacation, Exchange OOF) from answering into threads.
    headers.append(("Auto-Submitted", "auto-generated"))
    headers.append(("X-Auto-Response-Suppress", "All"))
    seen = {name.lower() for name, _ in headers}
    for name, value in msg.extra.items():
        if not _HEADER_NAME_RE.fullmatch(name) or name.lower() in MANAGED_HEADERS:
            raise ComposeError(f"extra header name not allowed: {name[:80]!r}")
        if name.lower() in seen:
            raise ComposeError(f"duplicate extra header: {name!r}")
        seen.add(name.lower())
        headers.append((name, " ".join(_text_tokens(sanitize_header_value(value, EXTRA_VALUE_MAX)))))

    text = _clean_body(msg.text)
    if msg.html is None:
        cte, body = _encode_body(text)
        headers += [
            ("Content-Type", 'text/plain; charset="utf-8"'),
            ("Content-Transfer-Encoding", cte),
            ("MIME-Version", "1.0"),
        ]
        payload = body
    else:
        parts = [_part("plain", text), _part("html", _clean_body(msg.html))]
        boundary = _boundary(parts)
        headers += [
            ("MIME-Version", "1.0"),
            ("Content-Type", f'multipart/alternative; boundary="{boundary}"'),
        ]
        # Same layout as the email package's generator: each part's own final
        # line break, then the CRLF that belongs to the delimiter (RFC 2046 5.1.1).
        payload = "".join(f"\r\n--{boundary}\r\n{part}" for part in parts) + f"\r\n--{boundary}--\r\n"
    head = "".join(_fold(name, value) for name, value in headers)
    raw = (head + "\r\n" + payload).encode("ascii")
    _verify_header_block(raw, [name.lower() for name, _ in headers])
    return raw


def _encode_body(text: str) -> tuple[str, str]:
    """(Content-Transfer-Encoding, CRLF body): 7bit when possible, else quoted-printable.

    Quoted-printable keeps the bytes 7-bit clean so no relay needs 8BITMIME;
    binascii does it in C, with soft breaks at 76 columns and trailing
    whitespace encoded.
    """
    if _body_cte(text) == "7bit":
        return "7bit", text.replace("\n", "\r\n")
    encoded = binascii.b2a_qp(text.encode("utf-8"), istext=True).decode("ascii")
    return "quoted-printable", encoded.replace("\n", "\r\n")


def _part(subtype: str, text: str) -> str:
    cte, body = _encode_body(text)
    return (
        f'Content-Type: text/{subtype}; charset="utf-8"\r\n'
        f"Content-Transfer-Encoding: {cte}\r\n\r\n{body}"
    )


def _boundary(parts: Sequence[str]) -> str:
    # "=_" never occurs in quoted-printable output; a 7bit body could hold
    # anything, so check anyway (a collision would split a part).
    while True:
        boundary = f"=_{secrets.token_hex(16)}"
        if not any(boundary in part for part in parts):
            return boundary


def _verify_header_block(raw: bytes, expected: list[str]) -> None:
    """Last line of defence: the serialised header block holds exactly `expected`.

    Whatever quirk the email package has, a stray CR/LF or an extra header
    line makes compose fail instead of sending.
    """
    head, separator, _ = raw.partition(b"\r\n\r\n")
    if not separator:
        raise ComposeError("serialised message has no header/body separator")
    lines = head.split(b"\r\n")
    # Whole-block checks, in C: a CR or LF outside a CRLF line break, a NUL, a long line.
    joined = b"".join(lines)
    if b"\r" in joined or b"\n" in joined or b"\x00" in joined or max(map(len, lines)) > 998:
        raise ComposeError("serialised header contains a stray line break")
    names = []
    for line in lines:
        if line[:1] in (b" ", b"\t"):
            continue
        name, colon, _ = line.partition(b":")
        if not colon:
            raise ComposeError("serialised header line without a name")
        names.append(name.decode("ascii", "replace").lower())
    if names != expected:
        raise ComposeError(f"serialised headers {names} differ from {expected}")
