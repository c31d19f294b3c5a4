"""Signed reply addresses: ``<slug>+<token>@<reply-domain>``.

Outgoing mail carries a Reply-To whose token names the thread (and task) a
reply belongs to, who it was sent to and until when it is honoured.  Ingest
verifies the token of an incoming reply with :func:`verify_token`.

Token layout (20 bytes, base32 lower-case without padding = 32 characters)::

    thread_id  uint32 big-endian
    task_id    uint32 big-endian (0 = no task)
    expires    uint16 big-endian, days since 2000-01-01
    rcpt_tag   2 bytes  HMAC(secret, fields + recipient)[:2]
    mac        8 bytes  HMAC(secret, fields + rcpt_tag)[:8]

Why two MAC parts: the recipient is not in the token, so a single MAC could
not tell a forged token from a genuine one replied to by someone else.  The
outer `mac` covers every byte of the token (including `rcpt_tag`), so any
alteration is a "bad signature"; `rcpt_tag` only then distinguishes "wrong
sender".  64 bits of outer MAC is ample for an attacker who must send one
email per guess.  The 16-bit recipient tag is a hint, not a defence: a From
header is trivially forged by whoever holds the token anyway.

Fixed width keeps the bound easy to prove: 30-char slug + "+" + 32 = 63 <= 64.
Base32's alphabet (a-z, 2-7) survives mail systems that change case.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import struct
from dataclasses import dataclass
from datetime import date

from outbound.errors import InvalidToken

TOKEN_LENGTH = 32
MAX_SLUG_LENGTH = 30
_EPOCH = date(2000, 1, 1)
_MAX_ID = 2**32 - 1
_LAYOUT = struct.Struct(">IIH")
_TAG_LEN = 2
_MAC_LEN = 8


@dataclass(frozen=True)
class ReplyClaims:
    """What a verified token asserts."""

    project: str
    thread_id: int
    task_id: int | None
    recipient: str
    expires: date


def _mac(secret: bytes, purpose: str, fields: list[object]) -> bytes:
    # JSON gives an unambiguous encoding of the field list (no separator games);
    # `purpose` keeps the two MACs from ever being interchangeable.
    message = json.dumps(["trackfront-reply-v1", purpose, *fields], separators=(",", ":"))
    return hmac.new(secret, message.encode("utf-8"), hashlib.sha256).digest()


def _fields(project: str, thread_id: int, task_id: int, expires_days: int) -> list[object]:
    return [project.lower(), thread_id, task_id, expires_days]


def make_token(
    secret: bytes,
    project: str,
    thread_id: int,
    task_id: int | None,
    recipient: str,
    expires: date,
) -> str:
    """Return the token for a reply to `thread_id` (and `task_id`) sent to `recipient`."""
    if not secret:
        raise ValueError("reply-token secret must not be empty")
    if not 0 < thread_id <= _MAX_ID:
        raise ValueError(f"thread_id out of range: {thread_id}")
    if task_id is not None and not 0 < task_id <= _MAX_ID:
        raise ValueError(f"task_id out of range: {task_id}")
    task = task_id or 0
    days = (expires - _EPOCH).days
    if not 0 <= days <= 0xFFFF:
        raise ValueError(f"expiry out of range: {expires}")
    fields = _fields(project, thread_id, task, days)
    payload = _LAYOUT.pack(thread_id, task, days)
    tag = _mac(secret, "recipient", [*fields, recipient.strip().lower()])[:_TAG_LEN]
    mac = _mac(secret, "token", [*fields, tag.hex()])[:_MAC_LEN]
    return base64.b32encode(payload + tag + mac).decode("ascii").lower()


def reply_address(project: str, token: str, domain: str) -> str:
    """Build ``slug+token@domain``; refuses slugs that would break the 64-char local part."""
    slug = project.lower()
    if not slug or len(slug) > MAX_SLUG_LENGTH or "+" in slug or "@" in slug:
        raise ValueError(f"unusable project slug for a reply address: {project!r}")
    local = f"{slug}+{token}"
    if len(local) > 64:
        raise ValueError(f"reply local part too long ({len(local)} > 64)")
    return f"{local}@{domain.lower()}"


def split_reply_address(address: str) -> tuple[str, str] | None:
    """Return (slug, token) from ``slug+token@domain``, lower-cased; None when there is no token."""
    addr = address.strip().strip("<>").strip()
    local, at, domain = addr.rpartition("@")
    if not at or not local or not domain:
        return None
    slug, plus, token = local.partition("+")
    if not plus or not slug or not token:
        return None
    return slug.lower(), token.lower()


def verify_token(secret: bytes, project: str, token: str, sender: str, today: date) -> ReplyClaims:
    """Check `token` for `project` as sent back by `sender` on `today`; raise InvalidToken if not valid."""
    text = token.strip().lower()
    if len(text) != TOKEN_LENGTH:
        raise InvalidToken("malformed", f"length {len(text)} != {TOKEN_LENGTH}")
    try:
        raw = base64.b32decode(text.upper(), casefold=False)
    except (binascii.Error, ValueError) as exc:
        raise InvalidToken("malformed", str(exc)) from None
    payload, tag, mac = raw[: _LAYOUT.size], raw[_LAYOUT.size : -_MAC_LEN], raw[-_MAC_LEN:]
    thread_id, task, days = _LAYOUT.unpack(payload)
    fields = _fields(project, thread_id, task, days)
    expected = _mac(secret, "token", [*fields, tag.hex()])[:_MAC_LEN]
    if not hmac.compare_digest(mac, expected):
        raise InvalidToken("bad signature")
    if thread_id == 0:
        # Only reachable with a leaked secret or a bug in make_token; refuse anyway.
        raise InvalidToken("malformed", "thread id 0")
    expires = date.fromordinal(_EPOCH.toordinal() + days)
    if today > expires:
        raise InvalidToken("expired", f"expired on {expires.isoformat()}")
    recipient = sender.strip().lower()
    expected_tag = _mac(secret, "recipient", [*fields, recipient])[:_TAG_LEN]
    if not hmac.compare_digest(tag, expected_tag):
        raise InvalidToken("wrong sender")
    return ReplyClaims(
        project=project.lower(),
        thread_id=thread_id,
        task_id=task or None,
        recipient=recipient,
        expires=expires,
    )
