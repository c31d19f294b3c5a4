"""Work given to a colleague by name, with its day, in whatever language the team writes: "Matej,
priprav prosím testovacie scenáre do stredy", "Стояне, пусни word count-а ... до утре на обяд",
"Kelvin：網店 product page 的 mock-up ... 請於本星期五（20/11）前給我看", "- Javi: el staging de
WooCommerce, para el jueves 19.", "١- يوسف: أبي الـ moodboard جاهز يوم الأحد 8/11".

Teams write to each other in their own language, and every blind scenario set brings another one.
What the rules for English (and ``ingest.team_languages`` for a few others) read by their verbs,
this reads by the shape that is the same in every language: a line that opens with a colleague's
name and a comma, colon or dash, says something that is not English, and names a day (read by
``ingest.day_words``).  A line without a day is left alone: whether it is work or a passing
thought ("Matej, nevieš, či nám Peťo požičia ten gimbal?"), the shape does not say.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from ingest.dates import find_dates, local_today
from ingest.day_words import in_english_days

__all__ = ["NamedWork", "english", "named_work", "names_the_same_work"]


@dataclass(frozen=True)
class NamedWork:
    """The name a line opens with, the work after it (as written) and its day."""

    name: str
    title: str
    due: date


# "Matej, ...", "- Javi: ...", "Kelvin：...", "١- يوسف: ...", "Тимур - ..."
_NAMED_LINE = re.compile(
    r"^(?:[-*•–]\s*|\(?[\d١-٩]{1,2}\s*[.)\-]\s*)?(?P<name>[^\W\d_][^\W\d_'’-]{1,20})\s*(?:[,:：，،]|\s[-–—])\s*(?P<rest>\S.{5,})$",
    re.DOTALL)
# the English words that tell an English line (which the English rules read) from another language's
_ENGLISH = frozenset({
    # (not "do", "to", "on", "i", "me", "a": Slovak, Polish or Spanish words too)
    "the", "and", "is", "are", "you", "we", "it", "this", "that", "for", "with", "will", "would", "can", "could", "should",
    "have", "has", "please", "by", "your", "our", "us", "my", "what", "when", "how", "if", "from", "about", "before", "until",
    "send", "get", "let", "know", "was", "were", "thanks", "of", "all", "yours", "it's", "i'll", "we'll", "you'll", "i'm",
    "we're", "don't", "can't", "just", "need", "not", "but", "they", "them", "there", "here", "which", "who",
})
# a day said to the hour or more closely: a weekday, "tomorrow", or a number ("16.11.", "30 November")
_A_DAY = re.compile(r"\d|day\b|tomorrow", re.IGNORECASE)


# an English day's name: "Wednesday is ok, no stress" is English however few its function words
_ENGLISH_DAY = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)\b", re.IGNORECASE)


def english(text: str) -> bool:
    """Whether ``text`` is English: two of its words are English function words, or it names a
    day in English."""
    words = re.findall(r"[a-z]+(?:['-][a-z]+)*", text.lower().replace("’", "'"))
    return sum(1 for w in words if w in _ENGLISH) >= 2 or _ENGLISH_DAY.search(text) is not None


def named_work(line: str, sent_at: datetime, tz: str, date_order: str) -> NamedWork | None:
    """The work ``line`` gives to the person it opens with, and its day (the earliest day it
    names from the day it was written on: "do stredy, ... vo štvrtok" is due Wednesday), when the
    line is not in English; else None."""
    m = _NAMED_LINE.match(" ".join(line.split()))
    if m is None or english(m.group("rest")):
        return None
    today = local_today(sent_at, tz)
    days = [d.value for d in find_dates(in_english_days(m.group("rest")), sent_at, tz, date_order)
            if _A_DAY.search(d.text) and d.value >= today]
    if not days:
        return None
    title = m.group("rest").strip().rstrip(".!")
    return NamedWork(m.group("name"), title[:1].upper() + title[1:], min(days))


def names_the_same_work(line: str, title: str) -> bool:
    """Whether ``line`` names the work of ``title`` by one of its words of five letters or more
    ("... il me la faut pour le mercredi 25" and "La traduction FR > EN ...": "traduction"), or
    by a word that starts as one of six letters or more does, in another language or bent
    ("Moodboardlarni ..." for "Send the moodboards", "los tres conceptos" for "three concepts")."""
    def words(text: str) -> set[str]:
        return set(re.findall(r"[^\W\d_]{5,}", text.lower()))
    said, titled = words(line), words(title)
    return bool(said & titled) or any(a[:6] == b[:6] for a in said if len(a) >= 6 for b in titled if len(b) >= 6)
