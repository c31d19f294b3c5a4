"""Decode text parts whose bytes a parser left undecoded.

mail-parser hands back a 7bit part in a stateful 7-bit charset (ISO-2022-JP, as Becky! and
Japanese Outlook send it) as it came: ASCII with escape sequences, so "お疲れ様です" reads
"\\x1b$B$*Hh$l...". Such text matches no quote header and no rule. A part in a charset
Python knows by another name only (Thai Outlook's "windows-874") comes back misread the same
way. The part is decoded again from its bytes with its declared charset (by the name Python
knows it under), then utf-8, then cp1252.
"""
from __future__ import annotations

import codecs
from email.message import Message

__all__ = ["decoded_texts", "undecoded", "unknown_charset"]

_ESCAPE = "\x1b"
_FALLBACKS = ("utf-8", "cp1252")
# Names mail clients declare that Python's codec registry does not know (WHATWG's labels)
_ALIASES = {
    "windows-874": "cp874", "x-windows-874": "cp874", "x-sjis": "shift_jis", "windows-31j": "cp932",
    "x-euc-jp": "euc_jp", "windows-949": "cp949", "x-gbk": "gbk", "x-mac-roman": "mac_roman", "macintosh": "mac_roman",
    "iso-8859-8-i": "iso-8859-8", "iso-8859-6-i": "iso-8859-6", "x-cp1250": "cp1250", "x-cp1251": "cp1251",
}


def undecoded(texts: list[str]) -> bool:
    """True when a text still carries the escape sequences of a 7-bit charset."""
    return any(_ESCAPE in text for text in texts)


def _codec(charset: str) -> str | None:
    name = _ALIASES.get(charset.lower(), charset)
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):
        # (ValueError: a name with a null character in it, from damaged mail)
        return None


def unknown_charset(msg: Message) -> bool:
    """True when a text part declares a charset Python knows only by another name."""
    for part in msg.walk():
        charset = part.get_content_charset() if part.get_content_maintype() == "text" else None
        if charset and charset.lower() in _ALIASES:
            try:
                codecs.lookup(charset)
            except (LookupError, ValueError):
                return True
    return False


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
        known = _codec(declared) if declared else None
        for charset in (known, *_FALLBACKS) if known else _FALLBACKS:
            try:
                out.append(payload.decode(charset))
                break
            except (LookupError, UnicodeDecodeError):
                continue
        else:
            out.append(payload.decode("latin-1"))
    return out
