"""Reading people out of headers: RFC 2047 names, obfuscated archive addresses, junk."""
from __future__ import annotations

import re
from email.header import decode_header, make_header
from email.utils import getaddresses, parseaddr
from functools import lru_cache
from typing import Any

_OBFUSCATED = re.compile(
    r"^\s*([A-Za-z0-9._%+'-]+)\s+(?:at|\(at\)|\[at\])\s+([A-Za-z0-9.-]+(?:\s+(?:dot|\.)\s+[A-Za-z0-9-]+)*)\s*$",
    re.IGNORECASE,
)
_ADDR = re.compile(r"^[^@\s<>(),;:\"\[\]\\]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def decode_words(value: str | None) -> str:
    """Decode RFC 2047 encoded words; never raise, never keep control characters."""
    if not value:
        return ""
    text = fix_raw_8bit(str(value))
    if "=?" in text:
        try:
            text = str(make_header(decode_header(text)))
        except (ValueError, LookupError, UnicodeDecodeError, AssertionError):
            pass
    return _CONTROL.sub(" ", text).strip()


def fix_raw_8bit(text: str) -> str:
    """Headers with undeclared 8-bit bytes come back surrogate-escaped: try utf-8, then cp1252."""
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    data = text.encode("utf-8", "surrogateescape")
    for charset in ("utf-8", "cp1252", "latin-1"):
        try:
            return data.decode(charset)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def raw_headers(msg: Any, name: str) -> list[str]:
    """All values of a header as written (8-bit bytes recovered), before any decoding."""
    wanted = name.lower()
    out = []
    for key, value in msg.raw_items():
        if key.lower() == wanted:
            out.append(fix_raw_8bit(value if isinstance(value, str) else str(value)))
    return out


def deobfuscate(text: str) -> str:
    """``jane at example.com`` / ``jane (at) example dot com`` -> ``jane@example.com``."""
    match = _OBFUSCATED.match(text)
    if not match:
        return text
    domain = re.sub(r"\s+(?:dot|\.)\s+", ".", match.group(2), flags=re.IGNORECASE)
    return f"{match.group(1)}@{domain}"


def clean_address(addr: str) -> str | None:
    addr = deobfuscate(addr.strip().strip("<>").strip()).lower()
    if _ADDR.match(addr):
        return addr
    return None


def parse_person(value: str | None) -> tuple[str | None, str | None]:
    """(display name, address) from a From-style header value; address None if unusable."""
    if not value:
        return None, None
    text = decode_words(value)
    name, addr = parseaddr(text)
    address = clean_address(addr) if addr else None
    if address is None:
        # archives write "Jane Doe <jane at example.com>" or "jane at example.com (Jane Doe)"
        inner = re.search(r"<([^<>]+)>", text)
        candidate = inner.group(1) if inner else re.sub(r"\(.*?\)", "", text)
        address = clean_address(candidate)
        if address is not None and not name:
            paren = re.search(r"\(([^()]+)\)", text)
            name = paren.group(1) if paren else text.split("<")[0]
    display = (name or "").strip().strip('"').strip() or None
    return display, address


def parse_address_list(values: list[str]) -> list[str]:
    """All usable addresses from To/Cc-style headers, lower-case, in order, no repeats."""
    out: dict[str, None] = {}
    decoded = [decode_words(v) for v in values if v]
    for _name, addr in getaddresses(decoded):
        cleaned = clean_address(addr) if addr else None
        if cleaned:
            out.setdefault(cleaned, None)
    for value in decoded:
        # getaddresses drops "jane at example.com"; catch those one by one
        for piece in value.split(","):
            if " at " in piece.lower():
                cleaned = clean_address(re.sub(r"^.*<|>.*$", "", piece))
                if cleaned:
                    out.setdefault(cleaned, None)
    return list(out)


# (two people on gmail.com are not colleagues)
FREEMAIL_DOMAINS = frozenset({"gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com",
                              "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com", "gmx.de", "gmx.net", "web.de"})


@lru_cache(maxsize=4096)
def organisation_domain(email: str) -> str | None:
    """The mail domain that says which organisation ``email`` writes for; None for a
    free-mail address, which says nothing of that.  Cached: every open task's owner is
    asked about for every message."""
    domain = email.rpartition("@")[2].lower()
    return domain if domain and domain not in FREEMAIL_DOMAINS else None
