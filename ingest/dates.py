"""Resolve the date phrases people put in project mail ("by Friday", "EOD tomorrow",
"the 15th", "3/12", "end of next week") to calendar dates.

Everything is relative to the moment the message was sent, seen from the author's time
zone: a mail sent Monday 23:30 in Los Angeles is already Tuesday in UTC, and "tomorrow"
means Tuesday to its author.  The clock is always passed in; nothing here reads it.

Conventions (chosen for deadlines, documented because they are judgement calls):
- a bare weekday ("Friday", "this Friday") is the next such day strictly after today;
- "last Friday" is the most recent Friday before today;
- "next Friday" is the Friday of next (Monday-based) week; "Monday week" is a week after
  the next Monday, "tomorrow week" a week after tomorrow, "next tomorrow" (Nigerian
  English) the day after tomorrow;
- "next week" / "end of next week" mean the Friday of next week, "end of the week" (and
  "before the weekend") the Friday of this week (next Friday once this week's has passed);
- a day-of-month ("the 15th") is the next such day on or after today;
- a day and month without a year take this year, or next year when that date lies more
  than a month in the past ("Jan 8" written in December);
- "another week" / "in two weeks" count from today (the old due date is not known here;
  the slip rules in ``ingest.rules_natural`` add "we need another week" to a task's due
  date when that is still ahead);
- "EOD Tuesday" is that Tuesday, "Wednesday next week" the Wednesday of next week.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ingest.regex_prefilter import may_match

__all__ = ["DateMention", "find_dates", "local_today", "resolve_date"]

_WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "weds": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
# Short weekday forms collide with ordinary words ("sun", "wed", "sat"), so they only
# count when capitalised as a weekday would be.
_SHORT_WEEKDAYS = {k for k in _WEEKDAYS if len(k) <= 5 and not k.endswith("day")}

# ...except after a word that asks for a day, as people who never capitalise write:
# "invite diane + marcus by thu"
_SHORT_WEEKDAY_CUE = re.compile(r"\b(?:by|on|until|till|til|before|due|eod|cob|from|next|this|latest)\s+\Z", re.IGNORECASE)
_WEEK_NUMBER_CUE = re.compile(r"\b(?:by|before|until|till|in|during|due|for|from|latest)\s+(?:the\s+)?\Z", re.IGNORECASE)
_NAMED_DAY = re.compile(r"\b(?:black|cyber|good|ash|holy|super|blue|giving)\s+\Z", re.IGNORECASE)
_ATTRIBUTIVE_THE = re.compile(r"(?<!\bby )(?<!\bon )(?<!\buntil )(?<!\btill )(?<!\bbefore )(?<!\bfor )\bthe\s+\Z", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?!(?:morning|afternoon|evening|night|lunchtime|noon|midday|at|before|after|latest|deadline|or|and|to|the|if|"
                         r"then|is|will|would|works?|please|instead|as|so|we|i|you|it|at|by|in|eod|cob)\b)[a-z][a-z-]+\b")

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fourteen": 14, "couple": 2, "a couple": 2, "a couple of": 2, "couple of": 2,
    "another": 1, "an extra": 1, "one more": 1, "an additional": 1,
}

_WD = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)"
_MON = (r"(?P<mon>january|february|march|april|may|june|july|august|september|october|"
        r"november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?")
_ORD = r"(?:st|nd|rd|th)"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
_COUNT = (r"(?P<n>\d{1,3}|a couple(?: of)?|couple(?: of)?|another|an extra|an additional|"
          r"one more|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen)")
_UNIT = r"(?P<unit>business days?|working days?|days?|weeks?|months?)"
_EOD = r"(?:eod|cob|eob|end of (?:the )?(?:business )?day|close of (?:business|play))"

# Each entry: (kind, pattern).  All patterns are bounded (no nested quantifiers) so a
# scan over a long text stays linear.
_PATTERNS: list[tuple[str, str]] = [
    # ("2026-11-13", and as East Asian writers have it: "2026/11/13", "2026.11.13")
    # (with dots only two-digit parts: "2026.1.3" is a version)
    ("iso", r"(?<![\w.])(?P<y>20\d{2})(?:(?P<isep>[-/])(?P<m>\d{1,2})(?P=isep)(?P<d>\d{1,2})|\.(?P<m2>\d{2})\.(?P<d2>\d{2}))(?![\w.]\d)\b"),
    # "11月13日" / "2026年11月13日" / Korean "11월 13일" / "2026년 11월 13일"
    ("cjk", r"(?:(?P<cy>20\d{2})\s?[年년]\s?)?(?P<cm>\d{1,2})\s?[月월]\s?(?P<cd>\d{1,2})\s?[日일]"),
    # ("13.11." and as Czech and Slovak writers space it: "13. 11." / "13. 11. 2026")
    # ("05-11-2026" with dashes only with its year: "2-3 days" is a range)
    ("numeric", r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.]|\.\s|-(?=\d{1,2}-20\d\d\b))(?P<b>\d{1,2})(?:(?P=sep)(?P<c>\d{4}|\d{2}))?(?P<dot>\.)?(?![\d/])"),
    ("month_day", r"\b(?:" + _WD + r",?\s+(?:the\s+)?)?" + _MON + r"\s+(?P<day>\d{1,2})" + _ORD + r"?\b" + _YEAR),
    # ("20 Nov", "20th of November", and as others write it: "20. November", "20-Nov-2026")
    # ("by the 20th of November": the whole, not "the 20th" of this month)
    ("day_month", r"\b(?:" + _WD + r",?\s+)?(?:the\s+)?(?P<day>\d{1,2})(?:" + _ORD + r"|\.)?(?:\s+(?:of\s+)?|-)" + _MON + r"(?![a-z])"
                  + r"(?:(?:,?\s+|-)(?P<year>\d{4}))?"),
    ("month_part", r"\b(?P<part>end of|mid|mid-|middle of|beginning of|start of|early|late)\s*" + _MON + r"(?![a-z])"),
    # "Friday 20th" / "Friday 20" (not "Friday 10am", "Friday 10:30", "Friday 2 pm")
    ("weekday_ordinal", r"\b" + _WD + r"\s+(?:the\s+)?(?P<day>\d{1,2})(?:" + _ORD + r"\b|(?![\d:/-]|\.\d|\s*(?:am|pm|h)\b))"),
    # ("a 31st laptop", "an 11th seat": a count, not a day)
    ("ordinal", r"(?<!\ba )(?<!\ban )\b(?:the\s+)?(?P<day>\d{1,2})" + _ORD + r"\b(?!\s+(?:draft|round|version|time|floor|"
                r"place|iteration|revision|attempt|quarter|edition|step|phase|item|point|page|"
                r"option|batch|call|meeting|reminder|week|day|month|year|anniversary|birthday)s?\b)"),
    ("tomorrow", r"\b(?:(?:" + _EOD + r")\s+)?(?P<after>(?:the\s+)?day after\s+|next\s+(?=tomorrow)|(?<!\bthe\s)(?<!\buntil\s)(?<!\btill\s)after\s+(?=tomorrow\b(?!['’]s)))?(?:tomorrow|tmrw|tmr|tomoz)\b(?:\s+(?:morning|afternoon|evening|night|eod|cob))?(?P<tweek>\s+week\b)?"),
    # "finished before Christmas" / "ready by Christmas": the 24th. Said of anything else
    # ("they always fill up before Christmas", "to run some ads before Christmas") it is
    # the season, no deadline
    ("christmas", (r"\b(?:finished|done|ready|complete|completed|delivered|sent|live|wrapped up|signed|in place|sorted)\s+"
                   r"(?:before|by|ahead of)\s+(?:the\s+)?(?:christmas|xmas)(?:\s+(?:break|shutdown|holidays?))?\b")),
    # ("today's comments" are from today, not due today)
    ("today", r"\b(?:today(?!['’]s\b)|tonight|this (?:morning|afternoon|evening|arvo)|" + _EOD + r")\b"),
    # "before the end of week 46", "KW 47": the Friday of that ISO week; "start of wk 3" its Monday
    ("week_number", r"\b(?:(?P<endof>(?:the\s+)?end of\s+)|(?P<startof>(?:the\s+)?(?:start|beginning) of\s+))?(?P<wword>week|wk|kw|cw|calendar week)\s?(?P<wn>\d{1,2})\b(?![.:/]\d)"),
    ("week_part", (r"\b(?P<wp>(?:the\s+)?end of (?:the |this )?week|end of next week|eow|this week|"
                   r"next week|early next week|beginning of next week|start of next week|"
                   r"mid(?:dle of|-)? ?next week|later this week|week after next|the week after next|"
                   # "before the weekend" / "by the weekend" / "before our weekend": this week's Friday
                   r"(?:(?<=before )|(?<=by ))(?:the |this |our )weekend)\b")),
    ("month_end", (r"\b(?P<me>(?:the\s+)?end of (?:the |this )?month|end of next month|eom|month[- ]end|"
                   r"(?:the\s+)?end of (?:the |this )?year|year[- ]end)\b")),
    ("relative", r"\b(?P<pre>in|within|another|an extra|one more|an additional|over the next|within the next|in the next|after)\s+" + _COUNT
                 + r"?\s*" + _UNIT + r"\b"),
    ("relative_from_now", r"\b" + _COUNT + r"\s+" + _UNIT + r"\s+from (?:now|today)\b"),
    # "EOD Tuesday" / "end of day Tuesday" is that Tuesday; "Wednesday next week" next week's
    ("weekday", r"\b(?:" + _EOD + r"\s+(?:on\s+)?)?(?:(?P<mod>next|this|coming|this coming|the following|last|past|this past)\s+)?" + _WD
                + r"(?:(?P<nextwk>,?\s+(?:of\s+)?next week)|(?P<wk>\s+week))?"
                # ("Thursday COB" / "Thu EOD": that day's end, not today's)
                + r"(?:\s+" + _EOD + r")?\b"),
]
_COMPILED = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in _PATTERNS]
# Kinds whose pattern cannot match without a digit (a day, month or week number): most
# sentences have none, and these scans are then skipped.  (``\d`` as the patterns mean it.)
_NEEDS_DIGIT = frozenset({"iso", "cjk", "numeric", "month_day", "day_month", "weekday_ordinal", "ordinal", "week_number"})
_DIGIT = re.compile(r"\d")

# Words that, right before a bare numeric date, make "3/12" a date rather than a ratio or
# a version number.  Dotted forms ("2.1") need one of the strong cues.
_STRONG_NUMERIC_CUE = re.compile(
    r"(?:\bby|\bon|\bdue|\buntil|\btill|\bbefore|\bafter|\bfrom|\bdate:?|\bdeadline:?|\bdated|"
    # "Wednesday 11/11", "Fri, 20.11.": a weekday vouches for the number after it
    r"\b(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?)\s*$",
    re.IGNORECASE,
)
# "for 03/12 and 06/12": the second of a list of dates needs no cue of its own
_LISTED_AFTER_A_DATE = re.compile(r"(?:\bby|\bon|\bfor|\buntil|\bfrom|\bbetween)\s+(?:the\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*(?:,|and|or|&)\s*$",
                                  re.IGNORECASE)
# "latest 4/12", "not later than 4/12": a deadline for a slashed date ("our latest 2.1 release"
# is a version)
_LATEST_CUE = re.compile(r"(?:\bat the latest|(?<!\bthe )\blatest|\blater than)\s*$", re.IGNORECASE)
_WEAK_NUMERIC_CUE = re.compile(r"(?:\bis|\bbe|\bfor|\bto|\bof|\bthe|\bwas)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date phrase found in text: where it is and what it resolves to."""

    start: int
    end: int
    text: str
    value: date


def local_today(sent_at: datetime, tz: str) -> date:
    """The calendar day on which the author sent the message, in the author's zone."""
    try:
        zone = ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        zone = ZoneInfo("UTC")
    if sent_at.tzinfo is None:
        # A naive time cannot be placed; treat it as already local rather than guess.
        return sent_at.date()
    try:
        return sent_at.astimezone(zone).date()
    except OverflowError:
        # At the edges of the calendar the shift to the zone does not fit: keep the day.
        return sent_at.date()


def resolve_date(phrase: str, sent_at: datetime, tz: str, date_order: str = "MDY") -> date | None:
    """Resolve a date phrase ("by Friday", "Dec 3", "3/12") written at ``sent_at``.

    The first date found in the phrase wins; ``None`` when there is none.  A bare numeric
    form without a cue word ("3/12") counts only when it is all the phrase says, so a
    line like "we are on v2.1" is not read as a date.
    """
    mentions = find_dates(phrase, sent_at, tz, date_order)
    if mentions:
        return mentions[0].value
    loose = find_dates(phrase, sent_at, tz, date_order, numeric_needs_cue=False)
    if loose:
        rest = phrase[: loose[0].start] + " " + phrase[loose[0].end:]
        if not _FILLER_ONLY.fullmatch(rest):
            return None
        return loose[0].value
    return None


_FILLER_ONLY = re.compile(r"[\s:,.;!?()-]*(?:(?:by|on|due|until|till|before|the|new|date|is|at|latest)[\s:,.;!?()-]*)*",
                          re.IGNORECASE)


def without_dates(text: str, mentions: Sequence[DateMention]) -> str:
    """``text`` with each of the date phrases ``mentions`` found in it replaced by a space:
    what a sentence says besides its days."""
    for mention in sorted(mentions, key=lambda m: m.start, reverse=True):
        text = text[:mention.start] + " " + text[mention.end:]
    return text


def find_dates(text: str, sent_at: datetime, tz: str, date_order: str = "MDY", *,
               numeric_needs_cue: bool = True) -> list[DateMention]:
    """All non-overlapping date phrases in ``text``, in order of appearance.

    ``numeric_needs_cue``: in running text "3/12" or "0.1" is only taken as a date after a
    word such as "by", "due" or "on" (or with a year / trailing dot), so ratios and
    version numbers are not read as dates.
    """
    # (a fresh list each time: callers may change theirs)
    return list(_find_dates(text, sent_at, tz, date_order, numeric_needs_cue))


@lru_cache(maxsize=1024)
def _find_dates(text: str, sent_at: datetime, tz: str, date_order: str, numeric_needs_cue: bool) -> tuple[DateMention, ...]:
    # Cached: the rules ask about the same phrase more than once per message (a verb phrase
    # for its title and again for its due date: about a third of all calls); the answer
    # depends on nothing else.
    today = local_today(sent_at, tz)
    dmy = date_order.upper() == "DMY"
    week_end = _last_working_day(tz)
    found: list[tuple[int, int, date]] = []
    has_digit = _DIGIT.search(text) is not None
    for kind, rx in _COMPILED:
        if not has_digit and kind in _NEEDS_DIGIT or not may_match(rx, text):
            # (sixteen scans of every phrase asked about; most name no date at all)
            continue
        for m in rx.finditer(text):
            try:
                value = _resolve_match(kind, m, today, dmy, text, numeric_needs_cue, week_end)
            except OverflowError:
                # Date arithmetic past year 9999 (a bogus Date header): no date.
                value = None
            if value is not None:
                found.append((m.start(), m.end(), value))
    # Longest match at each position wins, then earliest first without overlaps.
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    chosen: list[DateMention] = []
    last_end = -1
    for start, end, value in found:
        if start >= last_end:
            chosen.append(DateMention(start, end, text[start:end], value))
            last_end = end
        elif (end > last_end and _DIGIT.search(text, last_end, end) and not _DIGIT.search(chosen[-1].text)
              and _WEEKDAY_END.search(chosen[-1].text.lower())):
            # "next Mon, 16 Nov": the date said after the weekday is the one meant
            weekday = chosen.pop()
            chosen.append(DateMention(weekday.start, end, text[weekday.start:end], value))
            last_end = end
    return tuple(_weekday_then_date(chosen, text))


_BETWEEN_WEEKDAY_AND_DATE = re.compile(r",?\s{1,2}(?:the\s+)?")


_WEEKDAY_END = re.compile(r"(?:day|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)$")


def _weekday_then_date(mentions: list[DateMention], text: str) -> list[DateMention]:
    """"until Friday, 20.11.": one date, the numeric one (a weekday alone means the next one)."""
    out: list[DateMention] = []
    for mention in mentions:
        if (out and not any(c.isdigit() for c in out[-1].text) and any(c.isdigit() for c in mention.text)
                and _BETWEEN_WEEKDAY_AND_DATE.fullmatch(text, out[-1].end, mention.start)
                and _WEEKDAY_END.search(out[-1].text.lower().rstrip("s")) and out[-1].text.lower() not in ("today", "yesterday")):
            first = out.pop()
            mention = DateMention(first.start, mention.end, text[first.start:mention.end], mention.value)
        elif (out and any(c.isdigit() for c in out[-1].text) and not any(c.isdigit() for c in mention.text)
              and _OPEN_PAREN.fullmatch(text, out[-1].end, mention.start) and text.startswith(")", mention.end)
              and _WEEKDAY_END.search(mention.text.lower().rstrip("s"))):
            # "on 19th Nov (Thursday)": the weekday in brackets names the date before it
            date_said = out.pop()
            mention = DateMention(date_said.start, mention.end + 1, text[date_said.start:mention.end + 1], date_said.value)
        out.append(mention)
    return out


_OPEN_PAREN = re.compile(r"\s*\(\s*")


# where the working week runs Sunday to Thursday (the weekend is Friday and Saturday): the Gulf,
# Egypt, Iraq, Jordan, Yemen, Algeria, Libya, Sudan, Israel, Bangladesh, Somalia; "end of the
# week" there is Thursday
_WEEK_ENDS_THURSDAY = frozenset({
    "Asia/Kuwait", "Asia/Qatar", "Asia/Riyadh", "Asia/Bahrain", "Asia/Muscat", "Asia/Aden", "Asia/Baghdad", "Asia/Amman",
    "Asia/Damascus", "Africa/Cairo", "Africa/Algiers", "Africa/Tripoli", "Africa/Khartoum", "Asia/Jerusalem", "Asia/Tel_Aviv",
    "Asia/Dhaka", "Africa/Mogadishu",
})


def _last_working_day(tz: str) -> int:
    """The weekday (Monday 0) a working week ends on where ``tz`` is: Thursday or Friday."""
    return 3 if tz in _WEEK_ENDS_THURSDAY else 4


def _resolve_match(kind: str, m: re.Match[str], today: date, dmy: bool, text: str,
                   numeric_needs_cue: bool, week_end: int = 4) -> date | None:
    g = m.groupdict()
    wd = g.get("wd")
    if (wd and wd.lower() in _SHORT_WEEKDAYS and not wd[0].isupper()
            and kind in ("weekday", "weekday_ordinal") and not g.get("mod")
            and not _SHORT_WEEKDAY_CUE.search(text, 0, m.start())):
        return None
    if kind == "weekday" and not g.get("mod") and _NAMED_DAY.search(text, 0, m.start()):
        # "the Black Friday landing page": a sales day's name, not a date
        return None
    if kind == "weekday" and not g.get("mod") and _ATTRIBUTIVE_THE.search(text, 0, m.start()) and _NOUN_AFTER.match(text, m.end()):
        # "the stall plan of the Saturday market": a weekday naming a thing, not a day
        return None
    if kind == "iso":
        return _safe_date(int(g["y"]), int(g["m"] or g["m2"]), int(g["d"] or g["d2"]))
    if kind == "cjk":
        return (_safe_date(int(g["cy"]), int(g["cm"]), int(g["cd"])) if g.get("cy")
                else _roll_year(today, int(g["cm"]), int(g["cd"])))
    if kind == "numeric":
        return _numeric(g, today, dmy, text[: m.start()], numeric_needs_cue)
    if kind in ("month_day", "day_month"):
        month = _MONTHS[g["mon"].lower().rstrip(".")]
        day = int(g["day"])
        if g.get("year"):
            return _safe_date(int(g["year"]), month, day)
        if (g["mon"].lower() == "may" and kind == "month_day" and not g.get("wd")
                and not m.group(0)[0].isupper()):
            # "may 3" is far likelier "may" the verb than the month when lower-case.
            return None
        return _roll_year(today, month, day)
    if kind == "month_part":
        month = _MONTHS[g["mon"].lower().rstrip(".")]
        if g["mon"].lower() == "may" and not g["mon"][0].isupper():
            return None
        part = g["part"].lower().strip("-").strip()
        first = _roll_year(today, month, 1)
        if first is None:
            return None
        last = calendar.monthrange(first.year, month)[1]
        target = {"end of": last, "late": last, "mid": 15, "middle of": 15,
                  "beginning of": 1, "start of": 1, "early": 1}.get(part)
        return first.replace(day=target) if target is not None else None
    if kind in ("ordinal", "weekday_ordinal"):
        return _next_day_of_month(today, int(g["day"]))
    if kind == "tomorrow":
        # "tomorrow week" (Irish and British English): a week after tomorrow
        return today + timedelta(days=(2 if g.get("after") else 1) + (7 if g.get("tweek") else 0))
    if kind == "today":
        return today
    if kind == "christmas":
        eve = date(today.year, 12, 24)
        return eve if eve >= today else date(today.year + 1, 12, 24)
    if kind == "week_number":
        if not (g.get("endof") or g.get("startof") or g["wword"].lower() in ("kw", "cw", "calendar week")
                or _WEEK_NUMBER_CUE.search(text, 0, m.start())):
            # "the 2nd week 3 times" counts; "by week 47" dates
            return None
        week = int(g["wn"])
        year = today.isocalendar().year
        if not 1 <= week <= 53:
            return None
        if week < today.isocalendar().week - 26:
            year += 1
        try:
            return date.fromisocalendar(year, week, 1 if g.get("startof") else 5)
        except ValueError:
            return None
    if kind == "week_part":
        return _week_part(g["wp"].lower(), today, week_end)
    if kind == "month_end":
        return _month_end(g["me"].lower(), today)
    if kind in ("relative", "relative_from_now"):
        return _relative(g, today)
    if kind == "weekday":
        return _weekday(g, today)
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000
    if not 1900 <= year <= 2200:
        # "Tue 17 Nov, 0600-1400": a time of day after the date, not a year
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _roll_year(today: date, month: int, day: int) -> date | None:
    candidate = _safe_date(today.year, month, day)
    if candidate is None:
        # 29 February in a non-leap year: try the next year that has it.
        return _safe_date(today.year + 1, month, day)
    if candidate < today - timedelta(days=31):
        return _safe_date(today.year + 1, month, day)
    return candidate


def _numeric(g: dict[str, str | None], today: date, dmy: bool, before: str,
             needs_cue: bool) -> date | None:
    a, b = int(g["a"] or 0), int(g["b"] or 0)
    year_text = g.get("c")
    if g.get("sep") == ". " and not (year_text or g.get("dot")):
        # ("Step 1. 2 days later": spaced, only "13. 11." with its closing dot is a date)
        return None
    if needs_cue and not year_text and not g.get("dot"):
        tail = before[-16:]
        strong = _STRONG_NUMERIC_CUE.search(tail) is not None or (
            g.get("sep") == "/" and (_LISTED_AFTER_A_DATE.search(before[-24:]) is not None or _LATEST_CUE.search(tail) is not None))
        if not strong and ((g.get("sep") or "").startswith(".") or not _WEAK_NUMERIC_CUE.search(tail)):
            return None
    # A dotted form ("23.12.") is a continental habit: always day first.
    day_first = dmy or (g.get("sep") or "").startswith(".")
    day, month = (a, b) if day_first else (b, a)
    if 12 < month <= 31 and 1 <= day <= 12 and not (g.get("sep") or "").startswith("."):
        # ("Wednesday 18/11" from a member set to month-first: no 18th month, so the other
        # order, which writers abroad keep)
        day, month = month, day
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year_text:
        year = int(year_text)
        # ("13/11/2569": the Thai Buddhist era runs 543 years ahead)
        return _safe_date(year - 543 if year >= 2500 else year, month, day)
    read = _roll_year(today, month, day)
    if not (g.get("sep") or "").startswith(".") and a != b and a <= 12 and b <= 12 and read is not None and (read - today).days > _FAR_OFF_DAYS:
        # "by Friday 06/11" sent on 4 November by a member set to month-first: a date seven
        # months off is the other order's, two days off (writers abroad keep their habit)
        other = _roll_year(today, day, month)
        if other is not None and 0 <= (other - today).days <= _NEAR_DAYS:
            return other
    return read


# (how far off a numeric date may be before the other order, if it falls within the
# next few weeks, is taken instead)
_FAR_OFF_DAYS = 180
_NEAR_DAYS = 45


def _next_day_of_month(today: date, day: int) -> date | None:
    if not 1 <= day <= 31:
        return None
    year, month = today.year, today.month
    if today.day > day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    for _ in range(12):
        candidate = _safe_date(year, month, day)
        if candidate is not None:
            return candidate
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _week_part(wp: str, today: date, week_end: int = 4) -> date:
    """``week_end``: the weekday the working week ends on (Friday, or Thursday where the weekend
    is Friday and Saturday)."""
    wp = wp.removeprefix("the ").strip()
    next_monday = _monday(today) + timedelta(days=7)
    if wp in ("early next week", "beginning of next week", "start of next week"):
        return next_monday
    if wp.startswith("mid"):
        return next_monday + timedelta(days=2)
    if wp in ("week after next",) or wp.endswith("week after next"):
        return next_monday + timedelta(days=11)
    if "next week" in wp:
        return next_monday + timedelta(days=week_end)
    # This week's last working day (Friday); once it has passed, the coming one.
    last = _monday(today) + timedelta(days=week_end)
    return last if last >= today else last + timedelta(days=7)


def _month_end(me: str, today: date) -> date:
    if "year" in me:
        return date(today.year, 12, 31)
    year, month = today.year, today.month
    if "next" in me:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return date(year, month, calendar.monthrange(year, month)[1])


def _count(raw: str | None, pre: str | None) -> int | None:
    if raw is None:
        # "another week", "an extra week": the count sits in the prefix.
        return 1 if pre and pre.lower() in ("another", "an extra", "one more", "an additional") else None
    raw = raw.lower()
    if raw.isdigit():
        return int(raw)
    return _NUMBER_WORDS.get(raw)


def _relative(g: dict[str, str | None], today: date) -> date | None:
    n = _count(g.get("n"), g.get("pre"))
    if n is None or n > 400:
        return None
    unit = (g.get("unit") or "").lower()
    if unit.startswith(("business", "working")):
        d = today
        while n > 0:
            d += timedelta(days=1)
            if d.weekday() < 5:
                n -= 1
        return d
    if unit.startswith("day"):
        return today + timedelta(days=n)
    if unit.startswith("week"):
        return today + timedelta(days=7 * n)
    if unit.startswith("month"):
        month0 = today.month - 1 + n
        year, month = today.year + month0 // 12, month0 % 12 + 1
        return date(year, month, min(today.day, calendar.monthrange(year, month)[1]))
    return None


def _weekday(g: dict[str, str | None], today: date) -> date | None:
    target = _WEEKDAYS[(g.get("wd") or "").lower()]
    mod = (g.get("mod") or "").lower()
    if mod in ("last", "past", "this past"):
        # "rather than last Friday": the most recent one, today excluded
        return today - timedelta(days=(today.weekday() - target) % 7 or 7)
    if mod in ("next", "the following") or g.get("nextwk"):
        result = _monday(today) + timedelta(days=7 + target)
    else:
        ahead = (target - today.weekday()) % 7 or 7
        result = today + timedelta(days=ahead)
    if g.get("wk"):
        # British "Monday week": a week after the coming Monday.
        result += timedelta(days=7)
    return result
