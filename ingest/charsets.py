"""Decode text parts whose bytes a parser left undecoded.

mail-parser hands back a 7bit part in a stateful 7-bit charset (ISO-2022-JP, as Becky! and
Japanese Outlook send it) as it came: ASCII with escape sequences, so "お疲れ様です" reads
"\\x1b$B$*Hh$l...". Such text matches no quote header and no rule. The part is decoded
again from its bytes with its declared charset, then utf-8, then cp1252.
"""
from __future__ import annotations

from email.message import Message

__all__ = ["decoded_texts", "undecoded"]

_ESCAPE = "\x1b"
_FALLBACKS = ("utf-8", "cp1252")


def undecoded(texts: list[str]) -> bool:
    """True when a text still carries the escape sequences of a 7-bit charset."""
    return any(_ESCAPE in text for text in texts)


def decoded_texts(msg: Message, subtype: str) -> list[str]:
    """Every non-attachment ``text/<subtype>`` part of ``msg``, decoded from its bytes."""
    out: list[str] = []
    for part in msg.walk():
        if part.get_content_type() != f"text/{subtype}" or part.get_content_disposition() == "attachment":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        declared = part.get_content_charset()
        for charset in (declared, *_FALLBACKS) if declared else _FALLBACKS:
            try:
                out.append(payload.decode(charset))
                break
            except (LookupError, UnicodeDecodeError):
                continue
        else:
            out.append(payload.decode("latin-1"))
    return out
