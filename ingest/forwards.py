"""Reading the header block of a forwarded message.

Forward markers are found by ``ingest.quotes``; this module turns the
"From: / Date: / Subject:" lines under them into a sender name and address,
an aware-when-possible datetime and a subject.  Parsing never raises: what
cannot be read becomes None.
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timedelta, timezone

from dateutil import parser as date_parser

_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-']{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63})+")
_MAILTO_BRACKET_RE = re.compile(r"[\[(]\s*mailto:\s*([^\])\s]{1,320})\s*[\])]", re.IGNORECASE)
_AT_WORD_RE = re.compile(
    r"\b([A-Za-z0-9._%+\-]{1,64})\s+(?:at|\[at\]|\(at\))\s+"
    r"([A-Za-z0-9\-]{1,63}(?:\s*(?:\.|\[dot\]|\(dot\)| dot )\s*[A-Za-z0-9\-]{1,63})+)\b",
    re.IGNORECASE,
)
_ON_BEHALF_RE = re.compile(r"\s+on behalf of\s+.*$", re.IGNORECASE)
_NAME_JUNK = " \t\"'“”‘’<>[](),;:*"

# ("VS:" is the Finnish and Estonian reply, "vastaus"/"vastus", not a forward)
FORWARD_SUBJECT_RE = re.compile(
    r"^\s*(?:\[[^\]]{0,40}\]\s*)?(?:fwd?|fw|wg|tr|rv|vb|doorst|pd|enc|rif|"
    # (Arabic Outlook: "إعادة توجيه:")
    r"пересл|переслать|転送|转发|轉寄|전달|İlt|ilt|הועבר|πρθ|tov|vl|prosl|i|إعادة توجيه|توجيه)\s*(?:\[\d+\])?\s*[:：]",
    re.IGNORECASE,
)

# fmt: off
_TZ_ABBREVIATIONS = {
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 3600, "BST": 3600,
    "CET": 3600, "CEST": 7200, "MET": 3600, "MEST": 7200, "EET": 7200, "EEST": 10800,
    "MSK": 10800, "EST": -18000, "EDT": -14400, "CST": -21600, "CDT": -18000,
    "MST": -25200, "MDT": -21600, "PST": -28800, "PDT": -25200, "AKST": -32400,
    "AKDT": -28800, "HST": -36000, "JST": 32400, "KST": 32400, "AEST": 36000,
    "AEDT": 39600, "NZST": 43200, "NZDT": 46800, "IST": 19800, "SGT": 28800,
}
# fmt: on
_TZINFOS = {name: timezone(timedelta(seconds=offset)) for name, offset in _TZ_ABBREVIATIONS.items()}

# Month and weekday names dateutil does not know, mapped to English.
# fmt: off
_WORDS = {
    # German
    "januar": "January", "jänner": "January", "februar": "February", "märz": "March",
    "mai": "May", "juni": "June", "juli": "July", "oktober": "October", "dezember": "December",
    "montag": "", "dienstag": "", "mittwoch": "", "donnerstag": "", "freitag": "",
    "samstag": "", "sonntag": "", "um": "", "uhr": "",
    # French
    "janvier": "January", "février": "February", "fevrier": "February", "mars": "March",
    "avril": "April", "juin": "June", "juillet": "July", "août": "August", "aout": "August",
    "septembre": "September", "octobre": "October", "novembre": "November",
    "décembre": "December", "decembre": "December", "lundi": "", "mardi": "", "mercredi": "",
    "jeudi": "", "vendredi": "", "samedi": "", "dimanche": "", "à": "",
    # Spanish / Portuguese / Italian
    "enero": "January", "febrero": "February", "marzo": "March", "abril": "April",
    "mayo": "May", "junio": "June", "julio": "July", "agosto": "August",
    "septiembre": "September", "setiembre": "September", "octubre": "October",
    "noviembre": "November", "diciembre": "December", "janeiro": "January",
    "fevereiro": "February", "março": "March", "maio": "May", "junho": "June",
    "julho": "July", "setembro": "September", "outubro": "October", "novembro": "November",
    "dezembro": "December", "gennaio": "January", "febbraio": "February", "aprile": "April",
    "maggio": "May", "giugno": "June", "luglio": "July", "settembre": "September",
    "ottobre": "October", "dicembre": "December", "de": "", "del": "", "às": "", "alle": "",
    # Dutch / Scandinavian
    "januari": "January", "februari": "February", "maart": "March", "mei": "May",
    "augustus": "August", "maj": "May", "augusti": "August", "kl": "", "klokken": "", "om": "",
    "marts": "March",
    # Polish
    "stycznia": "January", "lutego": "February", "marca": "March", "kwietnia": "April",
    "maja": "May", "czerwca": "June", "lipca": "July", "sierpnia": "August",
    "września": "September", "października": "October", "listopada": "November",
    "grudnia": "December",
    # Russian
    "января": "January", "февраля": "February", "марта": "March", "апреля": "April",
    "мая": "May", "июня": "June", "июля": "July", "августа": "August",
    "сентября": "September", "октября": "October", "ноября": "November",
    "декабря": "December", "г": "",
}
# fmt: on
_WORD_RE = re.compile(r"[^\W\d_]+\.?", re.UNICODE)
_GMT_OFFSET_RE = re.compile(r"\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b", re.IGNORECASE)
_PAREN_RE = re.compile(r"\([^()]{0,60}\)")
_DOTTED_DATE_RE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")
_JA_DATE_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_SENTINEL = datetime(1, 1, 1)


def parse_sender(value: str | None) -> tuple[str | None, str | None]:
    """Split a From value into (display name, lower-cased address)."""
    if not value:
        return None, None
    text = value.strip()[:500]
    text = _ON_BEHALF_RE.sub("", text)
    text = _MAILTO_BRACKET_RE.sub(r"<\1>", text)
    text = text.replace("mailto:", "")
    match = _EMAIL_RE.search(text)
    if match is None:
        at_match = _AT_WORD_RE.search(text)
        if at_match is not None:
            domain = re.sub(
                r"\s*(?:\.|\[dot\]|\(dot\)| dot )\s*", ".", at_match.group(2), flags=re.IGNORECASE
            )
            address = f"{at_match.group(1)}@{domain}"
            if _EMAIL_RE.fullmatch(address):
                text = text[: at_match.start()] + address + text[at_match.end() :]
                match = _EMAIL_RE.search(text)
    email = match.group(0).lower().strip(".'") if match else None
    name_part = text
    if match is not None:
        # Drop every copy of the address ("a@b [mailto:a@b]") and its brackets.
        name_part = re.sub(re.escape(match.group(0)), " ", text, flags=re.IGNORECASE)
        name_part = re.sub(r"<\s*>|\[\s*\]|\(\s*\)", " ", name_part)
    name = " ".join(name_part.split()).strip(_NAME_JUNK).strip()
    return (name or None), email


def _translate(value: str) -> str:
    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        key = word.rstrip(".").lower()
        if key in _WORDS:
            return _WORDS[key] or " "
        return word

    return _WORD_RE.sub(swap, value)


def parse_date(value: str | None) -> datetime | None:
    """Parse a header date leniently; None when it cannot be read."""
    if not value:
        return None
    text = value.strip()[:200]
    text = _JA_DATE_RE.sub(r"\1-\2-\3", text)
    text = re.sub(r"[（(][月火水木金土日][)）]", " ", text)
    text = _GMT_OFFSET_RE.sub(
        lambda m: f" {m.group(1)}{int(m.group(2)):02d}{m.group(3) or '00'}", text
    )
    text = _PAREN_RE.sub(" ", text)
    text = re.sub(r"\bat\b|\bum\b|\bkl\.?(?=\s)", " ", text)
    text = _translate(text)
    text = " ".join(text.replace("\u200e", "").split())
    if not text:
        return None
    dayfirst = bool(_DOTTED_DATE_RE.search(text))
    for fuzzy in (False, True):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                parsed = date_parser.parse(
                    text, default=_SENTINEL, dayfirst=dayfirst, fuzzy=fuzzy, tzinfos=_TZINFOS
                )
        except (ValueError, OverflowError, TypeError, LookupError, ArithmeticError):
            continue
        if parsed.year == 1:
            return None  # no year in the string: guessing would tie us to a clock
        return parsed
    return None


def is_forward_subject(subject: str | None) -> bool:
    """Does a Subject header announce a forward ("Fwd:", "FW:", "WG:", "TR:" …)?"""
    return bool(subject) and bool(FORWARD_SUBJECT_RE.match(subject or ""))
