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

# Month and weekday names dateutil does not know, mapped to English (weekday names map to
# nothing; a leading weekday before a comma is dropped whole, see ``_LEADING_WEEKDAY``).
# fmt: off
_WORDS = {
    # German
    "januar": "January", "jänner": "January", "februar": "February", "märz": "March", "mär": "March", "mrz": "March",
    "mai": "May", "juni": "June", "juli": "July", "oktober": "October", "okt": "October", "dezember": "December",
    "dez": "December",
    "montag": "", "dienstag": "", "mittwoch": "", "donnerstag": "", "freitag": "",
    "samstag": "", "sonntag": "", "um": "", "uhr": "",
    # French
    "janvier": "January", "janv": "January", "février": "February", "févr": "February", "fevrier": "February",
    "mars": "March", "avril": "April", "avr": "April", "juin": "June", "juillet": "July", "juil": "July",
    "août": "August", "aout": "August", "septembre": "September", "octobre": "October", "novembre": "November",
    "décembre": "December", "decembre": "December", "déc": "December", "lundi": "", "mardi": "", "mercredi": "",
    "jeudi": "", "vendredi": "", "samedi": "", "dimanche": "", "à": "",
    # Spanish / Portuguese / Italian / Catalan
    "enero": "January", "ene": "January", "febrero": "February", "marzo": "March", "abril": "April", "abr": "April",
    "mayo": "May", "junio": "June", "julio": "July", "agosto": "August", "ago": "August",
    "septiembre": "September", "setiembre": "September", "octubre": "October",
    "noviembre": "November", "diciembre": "December", "dic": "December", "janeiro": "January",
    "fevereiro": "February", "fev": "February", "março": "March", "maio": "May", "junho": "June",
    "julho": "July", "setembro": "September", "set": "September", "outubro": "October", "out": "October",
    "novembro": "November", "dezembro": "December", "gennaio": "January", "gen": "January",
    "febbraio": "February", "aprile": "April", "maggio": "May", "mag": "May", "giugno": "June", "giu": "June",
    "luglio": "July", "lug": "July", "settembre": "September", "ottobre": "October", "ott": "October",
    "dicembre": "December", "gener": "January", "febrer": "February", "març": "March", "maig": "May",
    "juny": "June", "juliol": "July", "agost": "August", "setembre": "September", "desembre": "December",
    "de": "", "del": "", "às": "", "alle": "",
    # Dutch / Scandinavian / Finnish
    "januari": "January", "februari": "February", "maart": "March", "mrt": "March", "mei": "May",
    "augustus": "August", "maj": "May", "augusti": "August", "kl": "", "klokken": "", "om": "",
    "marts": "March", "desember": "December", "des": "December", "klo": "",
    "lokakuuta": "October", "marraskuuta": "November", "joulukuuta": "December",
    # Polish
    "stycznia": "January", "lutego": "February", "marca": "March", "kwietnia": "April",
    "maja": "May", "czerwca": "June", "lipca": "July", "sierpnia": "August",
    "września": "September", "października": "October", "listopada": "November",
    "grudnia": "December",
    # Czech / Slovak
    "října": "October", "listopadu": "November", "prosince": "December",
    "októbra": "October", "novembra": "November", "decembra": "December",
    # Croatian (Gmail's short forms; "listopada" is Polish November above, Croatian October)
    "sij": "January", "velj": "February", "ožu": "March", "tra": "April", "svi": "May", "lip": "June",
    "srp": "July", "kol": "August", "ruj": "September", "lis": "October", "stu": "November", "pro": "December",
    "studenoga": "November", "prosinca": "December",
    # Romanian
    "ianuarie": "January", "februarie": "February", "martie": "March", "aprilie": "April", "iunie": "June",
    "iulie": "July", "septembrie": "September", "octombrie": "October", "noiembrie": "November",
    "decembrie": "December", "ian": "January", "iun": "June", "iul": "July",
    # Indonesian / Malay / Swahili ("desember" is above)
    "maret": "March", "agustus": "August", "oktoba": "October", "novemba": "November",
    "desemba": "December",
    # Turkish
    "ocak": "January", "şubat": "February", "mart": "March", "nisan": "April", "mayıs": "May",
    "haziran": "June", "temmuz": "July", "ağustos": "August", "eylül": "September", "ekim": "October",
    "kasım": "November", "aralık": "December", "pazartesi": "", "salı": "", "çarşamba": "",
    "perşembe": "", "cuma": "", "cumartesi": "", "pazar": "",
    # Albanian
    "tet": "October", "nën": "November", "nëntor": "November", "dhj": "December", "dhjetor": "December", "në": "",
    # Russian / Bulgarian
    "января": "January", "февраля": "February", "марта": "March", "апреля": "April",
    "мая": "May", "июня": "June", "июля": "July", "августа": "August",
    "сентября": "September", "октября": "October", "ноября": "November",
    "декабря": "December", "г": "", "янв": "January", "февр": "February", "апр": "April", "авг": "August",
    "сент": "September", "окт": "October", "нояб": "November", "дек": "December",
    "октомври": "October", "ноември": "November", "декември": "December",
    # Greek
    "οκτωβρίου": "October", "νοεμβρίου": "November", "δεκεμβρίου": "December",
    # Arabic (the Gregorian names, and the Levantine ones of one word)
    "يناير": "January", "فبراير": "February", "مارس": "March", "أبريل": "April", "ابريل": "April",
    "إبريل": "April", "مايو": "May", "يونيو": "June", "يوليو": "July", "أغسطس": "August", "سبتمبر": "September",
    "أكتوبر": "October", "اكتوبر": "October", "نوفمبر": "November", "ديسمبر": "December", "شباط": "February",
    "آذار": "March", "نيسان": "April", "أيار": "May", "حزيران": "June", "تموز": "July", "آب": "August",
    "أيلول": "September", "في": "", "ص": "AM", "م": "PM",
    # Persian
    "ژانویه": "January", "فوریه": "February", "آوریل": "April", "ژوئن": "June", "ژوئیه": "July",
    "اوت": "August", "سپتامبر": "September", "اکتبر": "October", "نوامبر": "November", "دسامبر": "December",
}
# fmt: on
_WORD_RE = re.compile(r"[^\W\d_]+\.?", re.UNICODE)
_GMT_OFFSET_RE = re.compile(r"\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b", re.IGNORECASE)
_PAREN_RE = re.compile(r"\([^()]{0,60}\)")
_DOTTED_DATE_RE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")
_JA_DATE_RE = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
# "vie, 6 nov 2026", "lun. 7 déc. 2026", "الاثنين، 16 نوفمبر": the weekday before a comma says
# nothing the date does not, and some of its short forms are English months ("mar" is martes)
_LEADING_WEEKDAY = re.compile(r"^(?:[^\W\d_]+\.?|Th\s*\d)\s*[,،]\s*")
# Vietnamese Gmail: "23 thg 11, 2026"
_ENGLISH_WEEKDAYS = frozenset({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday",
                               "wednesday", "thursday", "friday", "saturday", "sunday"})
_VI_DATE_RE = re.compile(r"\b(\d{1,2})\s+thg\s+(\d{1,2}),?\s+(\d{4})\b")
# Arabic, Persian and Arabic-Indic digits
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# what joins the day to the time and is no word of its own to drop ("a las 3:05", "a la(s)
# 18:02" once its bracket is gone, "vào lúc 14:05", "в 23:48"; "à", "om", "klo" ... are in _WORDS)
_BEFORE_TIME = re.compile(r"(?<!\S)(?:a\s+las?|a\s+les|vào\s+lúc|lúc|в|u|o|kello)\s+(?=\d{1,2}[:.]\d{2})", re.IGNORECASE)
# a time written with dots after the year ("18 November 2026 15.42", "at 19.22.10 EET")
_DOTTED_TIME = re.compile(r"(?<![\d.])([01]?\d|2[0-3])\.([0-5]\d)(?:\.([0-5]\d))?(?![\d.]*\d)")
# "a. m." / "p. m." (Spanish), "ق.ظ" / "ب.ظ" (Persian)
_MERIDIEM = (
    (re.compile(r"\b([ap])\.\s?m\.", re.IGNORECASE), lambda m: f" {m.group(1).upper()}M "),
    (re.compile(r"ق\.?\s?ظ"), lambda m: " AM "),
    (re.compile(r"ب\.?\s?ظ"), lambda m: " PM "),
    # (Korean, Chinese, Japanese: the half of the day before the time)
    (re.compile(r"(오전|上午|午前|오후|下午|午後)\s*(\d{1,2}:\d{2}(?::\d{2})?)"),
     lambda m: f" {m.group(2)} {'AM' if m.group(1) in ('오전', '上午', '午前') else 'PM'} "),
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
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


def _translate(value: str) -> tuple[str, bool]:
    """``value`` with the month and weekday names of other languages in English, and whether
    there were any (a date written in another language puts the day first: "6/11/2026")."""
    swapped = False

    def swap(match: re.Match[str]) -> str:
        nonlocal swapped
        word = match.group(0)
        key = word.rstrip(".").lower()
        if key in _WORDS:
            swapped = True
            return _WORDS[key] or " "
        return word

    return _WORD_RE.sub(swap, value), swapped


def _times_with_colons(text: str) -> str:
    """"15.42" -> "15:42" after the year, where a dotted run is the time, not a date."""
    years = list(_YEAR.finditer(text))
    if not years:
        return text
    cut = years[-1].end()
    return text[:cut] + _DOTTED_TIME.sub(lambda m: ":".join(g for g in m.groups() if g), text[cut:])


def parse_date(value: str | None) -> datetime | None:
    """Parse a header date leniently; None when it cannot be read."""
    if not value:
        return None
    text = value.strip()[:200].translate(_DIGITS)
    text = _JA_DATE_RE.sub(r"\1-\2-\3", text)
    text = _VI_DATE_RE.sub(r"\3-\2-\1", text)
    text = re.sub(r"[（(][月火水木金土日][)）]", " ", text)
    text = _GMT_OFFSET_RE.sub(
        lambda m: f" {m.group(1)}{int(m.group(2)):02d}{m.group(3) or '00'}", text
    )
    text = _PAREN_RE.sub(" ", text)
    weekday = _LEADING_WEEKDAY.match(text)
    if weekday is not None:
        text = text[weekday.end():]
    for pattern, meridiem in _MERIDIEM:
        text = pattern.sub(meridiem, text)
    text = _BEFORE_TIME.sub(" ", text)
    text = re.sub(r"\bat\b|\bum\b|\bkl\.?(?=\s)", " ", text)
    text = _times_with_colons(text)
    text, foreign = _translate(text)
    text = " ".join(text.replace("\u200e", "").replace("\u200f", "").replace("،", ",").split())
    if not text:
        return None
    if weekday is not None and weekday.group(0).strip(" ,،.").lower() not in _ENGLISH_WEEKDAYS:
        foreign = True
    dayfirst = foreign or bool(_DOTTED_DATE_RE.search(text))
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
