"""A message's identity before parsing: its Message-ID and a content hash.

The hash covers what the author wrote (the originating headers and the body), not what
each receiving server added (Received, Delivered-To ...), so two copies of one message that
arrived through two mailboxes hash the same, while a different message that reuses a
Message-ID does not.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_IDENTITY_HEADERS = (b"from", b"to", b"cc", b"subject", b"date", b"message-id", b"in-reply-to")
_MSGID = re.compile(r"<[^<>\s]{1,900}>")


@dataclass(frozen=True)
class RawIdentity:
    message_id: str
    content_hash: str
    synthetic_id: bool
    header_bytes: int
    longest_header: int


def split_head(raw: bytes) -> tuple[bytes, bytes]:
    match = _HEADER_END.search(raw)
    if match is None:
        return raw, b""
    return raw[: match.start()], raw[match.end():]


def header_fields(head: bytes) -> list[tuple[bytes, bytes]]:
    """Unfolded (lower-case name, value) pairs of a header block; tolerant of junk lines."""
    fields: list[tuple[bytes, bytes]] = []
    for line in re.split(rb"\r?\n", head):
        if not line:
            continue
        if line[:1] in (b" ", b"\t") and fields:
            name, value = fields[-1]
            fields[-1] = (name, value + b" " + line.strip())
            continue
        if b":" in line and not line.startswith(b"From "):
            name, _, value = line.partition(b":")
            fields.append((name.strip().lower(), value.strip()))
    return fields


def identify(raw: bytes) -> RawIdentity:
    head, body = split_head(raw)
    fields = header_fields(head)
    by_name: dict[bytes, list[bytes]] = {}
    for name, value in fields:
        by_name.setdefault(name, []).append(value)
    digest = hashlib.sha256()
    for name in _IDENTITY_HEADERS:
        for value in by_name.get(name, []):
            digest.update(name + b":" + b" ".join(value.split()) + b"\n")
    normalized_body = b"\n".join(line.rstrip() for line in body.splitlines()).rstrip()
    digest.update(b"\n\n" + normalized_body)
    content_hash = digest.hexdigest()
    message_id = None
    for value in by_name.get(b"message-id", []):
        match = _MSGID.search(value.decode("ascii", "replace"))
        if match:
            message_id = match.group(0)
            break
    synthetic = message_id is None
    if message_id is None:
        # stable: the same bytes always get the same id
        message_id = f"<synthetic.{content_hash[:32]}@trackfront.invalid>"
    longest = max((len(n) + len(v) for n, v in fields), default=0)
    return RawIdentity(message_id, content_hash, synthetic, len(head), longest)
