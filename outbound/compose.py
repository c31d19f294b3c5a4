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
* those headers use :class:`_VerbatimHeader`, which folds only between
  tokens and never decodes anything, so threading ids are not mangled
  either;
* :func:`_verify_header_block` re-reads the serialised header block and
  refuses to return bytes whose header names differ from what was set."""

from __future__ import annotations

import base64
import re
import secrets
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email import policy as email_policy
from email.headerregistry import Address, HeaderRegistry, UnstructuredHeader
from email.message import EmailMessage, MIMEPart
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
# Bidi embedding/override/isolate controls let a subject display differently
# from what it says; they have no business in a header.
_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_REMOVED_CATEGORIES = {"Cc", "Cs", "Zl", "Zp"}

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


def make_message_id(domain: str) -> str:
    """Return a fresh ``<random@domain>`` Message-ID (128 random bits, no clock needed)."""
    host = validate_address(f"x@{domain}").partition("@")[2]
    return f"<{secrets.token_hex(16)}@{host}>"


_ENCODED_WORD_BYTES = 45  # 45 bytes -> 60 base64 chars -> 72-char encoded word


def _encoded_words(text: str) -> list[str]:
    """RFC 2047 base64 encoded words for `text`, never splitting a character."""
    words, chunk = [], b""
    for char in text:
        encoded = char.encode("utf-8")
        if len(chunk) + len(encoded) > _ENCODED_WORD_BYTES:
            words.append(chunk)
            chunk = b""
        chunk += encoded
    if chunk:
        words.append(chunk)
    return [f"=?utf-8?b?{base64.b64encode(word).decode('ascii')}?=" for word in words]


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
    # Address quotes the phrase when it holds specials (comma, quotes, ...).
    return str(Address(display_name=name, addr_spec=addr)).split()


class _VerbatimHeader(UnstructuredHeader):
    """A header holding whitespace-separated printable-ASCII tokens.

    Nothing is decoded on the way in and the fold only breaks between
    tokens; every token is checked again at fold time, so only what compose
    built can reach the wire.
    """

    @classmethod
    def parse(cls, value: str, kwds: dict) -> None:  # type: ignore[override]
        kwds["parse_tree"] = None
        kwds["decoded"] = " ".join(str(value).split())

    def fold(self, *, policy: email_policy.Policy) -> str:  # type: ignore[override]
        lines = [f"{self.name}:"]  # type: ignore[attr-defined]
        for index, token in enumerate(str(self).split()):
            if not all("\x21" <= char <= "\x7e" for char in token):
                raise ComposeError(f"non-printable token in {self.name}")  # type: ignore[attr-defined]
            # The first token stays on the name's line even when long, so
            # the value never starts with folding whitespace.
            if index and len(lines[-1]) + 1 + len(token) > 78:
                lines.append(token)
            else:
                lines[-1] += " " + token
        return (policy.linesep + " ").join(lines) + policy.linesep


class _CachingHeaderRegistry(HeaderRegistry):
    # The stock registry builds a fresh class with type() on every lookup,
    # about a tenth of compose's time; the mapping is fixed after set-up.
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._classes: dict[str, type] = {}

    def map_to_type(self, name: str, cls: type) -> None:
        super().map_to_type(name, cls)
        self._classes.clear()

    def __getitem__(self, name: str) -> type:
        key = name.lower()
        found = self._classes.get(key)
        if found is None:
            found = self._classes[key] = super().__getitem__(name)
        return found


def _outgoing_policy() -> email_policy.EmailPolicy[EmailMessage]:
    # Unknown names (Auto-Submitted, X-*) default to the verbatim class too;
    # Date and the MIME headers keep their stock classes.
    registry = _CachingHeaderRegistry(default_class=_VerbatimHeader)
    for name in ("from", "to", "reply-to", "subject", "message-id", "in-reply-to", "references"):
        registry.map_to_type(name, _VerbatimHeader)
    return email_policy.SMTP.clone(header_factory=registry, utf8=False)


_POLICY = _outgoing_policy()


def _address(name: str | None, addr: str) -> list[str]:
    display = sanitize_header_value(name, NAME_MAX) if name else ""
    return _address_tokens(display, validate_address(addr))


def _address_list(entries: Sequence[tuple[str | None, str]]) -> str:
    tokens: list[str] = []
    for index, (name, addr) in enumerate(entries):
        if index:
            tokens[-1] += ","
        tokens.extend(_address(name, addr))
    return " ".join(tokens)


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
    if text.isascii() and all(len(line) <= 998 for line in text.splitlines()):
        return "7bit"
    return "quoted-printable"


def _clean_body(text: str) -> str:
    body = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
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

    out = EmailMessage(policy=_POLICY)
    out["From"] = _address_list([(msg.from_name, msg.from_addr)])
    out["To"] = _address_list(msg.to)
    out["Subject"] = " ".join(_text_tokens(sanitize_header_value(msg.subject, SUBJECT_MAX)))
    out["Date"] = format_datetime(msg.date)
    out["Message-ID"] = msg.message_id
    if msg.reply_to:
        out["Reply-To"] = validate_address(msg.reply_to)
    if msg.in_reply_to and _valid_msg_id(msg.in_reply_to.strip()):
        out["In-Reply-To"] = msg.in_reply_to.strip()
    references = _references(msg.references)
    if references:
        out["References"] = " ".join(references)
    if msg.list_unsubscribe:
        url = msg.list_unsubscribe.strip()
        if not _MAILTO_RE.fullmatch(url) or ">" in url or len(url) > 500:
            raise ComposeError(f"List-Unsubscribe must be a mailto: URL: {url[:100]!r}")
        out["List-Unsubscribe"] = f"<{url}>"
    # Keep auto-responders (vacation, Exchange OOF) from answering into threads.
    out["Auto-Submitted"] = "auto-generated"
    out["X-Auto-Response-Suppress"] = "All"
    for name, value in msg.extra.items():
        if not _HEADER_NAME_RE.fullmatch(name) or name.lower() in MANAGED_HEADERS:
            raise ComposeError(f"extra header name not allowed: {name[:80]!r}")
        if name in out:
            raise ComposeError(f"duplicate extra header: {name!r}")
        out[name] = " ".join(_text_tokens(sanitize_header_value(value, EXTRA_VALUE_MAX)))

    text = _clean_body(msg.text)
    out.set_content(text, subtype="plain", charset="utf-8", cte=_body_cte(text))
    if msg.html is not None:
        html = _clean_body(msg.html)
        # A bare MIMEPart, unlike add_alternative's EmailMessage, adds no
        # stray MIME-Version header to the sub-part.
        html_part = MIMEPart(policy=_POLICY)
        html_part.set_content(html, subtype="html", charset="utf-8", cte=_body_cte(html))
        out.make_alternative()
        out.attach(html_part)  # type: ignore[arg-type]
    raw = out.as_bytes(policy=_POLICY)
    _verify_header_block(raw, [key.lower() for key in out])
    return raw


def _verify_header_block(raw: bytes, expected: list[str]) -> None:
    """Last line of defence: the serialised header block holds exactly `expected`.

    Whatever quirk the email package has, a stray CR/LF or an extra header
    line makes compose fail instead of sending.
    """
    head, separator, _ = raw.partition(b"\r\n\r\n")
    if not separator:
        raise ComposeError("serialised message has no header/body separator")
    names = []
    for line in head.split(b"\r\n"):
        if b"\r" in line or b"\n" in line or b"\x00" in line or len(line) > 998:
            raise ComposeError("serialised header contains a stray line break")
        if line[:1] in (b" ", b"\t"):
            continue
        name, colon, _ = line.partition(b":")
        if not colon:
            raise ComposeError("serialised header line without a name")
        names.append(name.decode("ascii", "replace").lower())
    if names != expected:
        raise ComposeError(f"serialised headers {names} differ from {expected}")
