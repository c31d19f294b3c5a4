"""Days said in the languages teams write to each other in, put into English words for the English
date reader (``ingest.dates``): "do stredy" -> "do Wednesday", "до утре" -> "до tomorrow", "lundi 30
novembre" -> "Monday 30 November", "本星期五（20/11）" -> "本Friday（20/11）".

The words are not written here: weekday and month names and the word for tomorrow come from the
Unicode CLDR, through Babel, for every language in ``LANGUAGES``.  Slavic and Baltic languages bend a
day's name after a preposition ("streda" -> "do stredy", "четверг" -> "до четверга"), so a long
name is matched by its start with a short ending of any kind.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from babel import Locale, localedata

__all__ = ["LANGUAGES", "in_english_days"]

# the languages of the teams Trackfront's users run (English is read by ``ingest.dates`` itself)
LANGUAGES = (
    "af", "ar", "az", "be", "bg", "bs", "ca", "cs", "cy", "da", "de", "el", "es", "et", "eu", "fa", "fi", "fil", "fr", "ga",
    "gl", "he", "hr", "hu", "hy", "id", "is", "it", "ja", "ka", "kk", "ko", "ky", "lt", "lv", "mk", "mn", "ms", "mt", "nb",
    "nl", "nn", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr", "sr_Latn", "sv", "sw", "th", "tr", "uk", "uz", "vi", "zh",
    "zh_Hant", "bn", "hi", "mr", "ne", "ta", "te", "ur", "si", "my",
)
# languages whose short day names are what people write: Chinese "周四之前" (before Thursday),
# "週五" (the names of other languages are too short to tell from other words: Japanese "木")
_SHORT_NAMES = frozenset({"zh", "zh_Hant"})
# languages whose script is matched inside words: a name of theirs shorter than four letters is
# found inside too many other words (Burmese "မေ", May, starts "မေးစရာ", a question; Hindi "कल" is
# yesterday as well as tomorrow), so only longer ones are looked for
_INSIDE_WORDS = frozenset({"bn", "hi", "mr", "ne", "ta", "te", "ur", "si", "my"})
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December")
# languages whose names are not bent at their end: Mongolian puts its endings on the word after
# the name ("Даваа гарагт", on Monday), and the start of "даваа" is the start of Bulgarian
# "даваме" (we give) and Russian "давай" (let's)
_NOT_BENT = frozenset({"mn"})
# words a CLDR name carries before the day itself: Maltese "Il-Ħamis", Albanian "e enjte"
_ARTICLE = re.compile(r"^(?:il|it|is|l|id|ix|iż|in|ir|e)[-\s]", re.IGNORECASE)


def _fold(text: str) -> str:
    """Lower case without accents: "Štvrtok" and "štvrtok", "Πέμπτη" and "πεμπτη" are one word."""
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


def _entries(word: str, *, bent: bool = True) -> list[tuple[str, str]]:
    """How a CLDR name is looked for: ("word", x) for a word as written, ("stem", x) for the start of
    a bent one, ("fleeting", x) for the start of one bent with a vowel falling out, ("script", x)
    for a name in a script without spaces or case (Arabic, Chinese ...)."""
    folded = _fold(_ARTICLE.sub("", word.strip()))
    if not folded or not folded[0].isalpha():
        return []
    if not folded.isalpha() or not all("LATIN" in unicodedata.name(c, "") or "CYRILLIC" in unicodedata.name(c, "")
                                       or "GREEK" in unicodedata.name(c, "") for c in folded):
        if "GEORGIAN" in unicodedata.name(folded[-1], "") and folded.endswith("ი") and len(folded) >= 6:
            # (Georgian drops the "i" of a day's name before its ending: "ხუთშაბათი" -> "ხუთშაბათამდე",
            # by Thursday)
            return [("script", folded), ("script", folded[:-1])]
        return [("script", folded)]
    if len(folded) <= 4 or not bent:
        # (a short name bent is too like other words: Turkish "salı" is not Maltese "sal-")
        return [("word", folded)]
    # (the name as written, and with an ending of a few letters: Hungarian "pénteken", "péntekig",
    # Estonian "neljapäevaks", Finnish "torstaiksi"; the name itself first, so that Romanian
    # "marți" is Tuesday, though the start of "martie" (March))
    whole = [("word", folded), ("stem", folded)]
    if folded.endswith(("ok", "ek", "ak", "ък", "ок", "ек")):
        # (a vowel that falls out when the name is bent: "piatok" -> "do piatku", "štvrtok" -> "do
        # štvrtka", "pátek" -> "do pátku", "petak" -> "do petka"; the "k" after the start is looked for,
        # so "pet-" of "petak" is not "pet" (five))
        return [*whole, ("fleeting", folded[:-2])]
    return [*whole, ("stem", folded[:-1] if len(folded) <= 6 else folded[:-2])]


@functools.cache
def _vocabulary() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str], re.Pattern[str] | None]:
    """Words as written, starts of bent words, starts of words bent with a vowel falling out, and
    names in other scripts, each with its English word, and one pattern for the last."""
    found: dict[str, dict[str, str]] = {"word": {}, "stem": {}, "fleeting": {}, "script": {}}

    def add(entries: list[tuple[str, str]], english: str, shortest: int = 1) -> None:
        for kind, key in entries:
            if len(key) >= shortest:
                found[kind].setdefault(key, english)

    for code in LANGUAGES:
        locale = Locale.parse(code)
        bent = code not in _NOT_BENT
        shortest = 4 if code in _INSIDE_WORDS else 1
        for context in ("format", "stand-alone"):
            for number, name in locale.days[context]["wide"].items():
                add(_entries(name, bent=bent), _DAYS[number], shortest)
                if code in _SHORT_NAMES:
                    add(_entries(locale.days[context]["abbreviated"][number], bent=bent), _DAYS[number])
            for number, name in locale.months[context]["wide"].items():
                add(_entries(name, bent=bent), _MONTHS[number - 1], shortest)
        tomorrow = localedata.load(code).get("date_fields", {}).get("day", {}).get("relative", {}).get(1)
        if tomorrow:
            # (as written: "tomorrow" is not bent, and its start is too like other words, as Maltese
            # "għada" is like "għadha", still)
            add(_entries(tomorrow, bent=False), "tomorrow", shortest)
    script = found["script"]
    pattern = re.compile("|".join(re.escape(w) for w in sorted(script, key=len, reverse=True))) if script else None
    return found["word"], found["stem"], found["fleeting"], script, pattern


# an ending for "by" longer than the endings a bent name is looked for with: Uzbek "payshanbagacha"
# (by Thursday), "jumagacha"
_BY_ENDING = re.compile(r"(?:gacha|гача)$")


def _english_word(word: str, exact: dict[str, str], stems: dict[str, str], fleeting: dict[str, str]) -> str | None:
    if word in exact:
        return exact[word]
    if _BY_ENDING.search(word) and len(word) > 8:
        # ("payshanbagacha", by Thursday: the day's name before the ending)
        return _english_word(_BY_ENDING.sub("", word), exact, stems, fleeting)
    # (a bent name: its start, then at most three letters of ending; or, after a fallen vowel, the
    # "k" of its suffix and its ending: "piat-ku", not "pent-ru" of Romanian "pentru")
    return (next((stems[word[:end]] for end in range(len(word), max(len(word) - 4, 3), -1) if word[:end] in stems), None)
            or next((fleeting[word[:end]] for end in range(len(word) - 1, max(len(word) - 4, 2), -1)
                     if word[:end] in fleeting and word[end] in "kк"), None))


_NEXT_WEEKS = re.compile(r"(?:下个|下個|下|来週の?|來週の?)\s*(?= (?:" + "|".join(_DAYS) + r") )")


def in_english_days(text: str) -> str:
    """``text`` folded to lower case without accents, with each day, month and "tomorrow" of the
    languages in ``LANGUAGES`` replaced by its English word, and "12. 11." written "12.11."."""
    exact, stems, fleeting, script, pattern = _vocabulary()
    folded = re.sub(r"\b(\d{1,2})\.\s(\d{1,2})\.", r"\1.\2.", _fold(text))
    if pattern is not None:
        folded = pattern.sub(lambda m: " " + script[m.group(0)] + " ", folded)
        # ("下星期三（25/11）" is next week's Wednesday, as "来週水曜日" is)
        folded = _NEXT_WEEKS.sub("next ", folded)
    return re.sub(r"[^\W\d_]+", lambda m: (" " + english + " ") if (english := _english_word(m.group(0), exact, stems, fleeting)) else m.group(0),
                  folded)

