"""Date phrases in project mail resolve relative to when, and where, they were written."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from ingest.dates import find_dates, local_today, resolve_date

# Monday 2 November 2026, 09:00 in New York.
MONDAY = datetime(2026, 11, 2, 9, 0, tzinfo=timezone(timedelta(hours=-5)))
NY = "America/New_York"


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("by Friday", date(2026, 11, 6)),
        ("Friday", date(2026, 11, 6)),
        ("this Friday", date(2026, 11, 6)),
        ("next Friday", date(2026, 11, 13)),
        ("EOD tomorrow", date(2026, 11, 3)),
        ("tomorrow morning", date(2026, 11, 3)),
        ("by end of day", date(2026, 11, 2)),
        ("tomorrow", date(2026, 11, 3)),
        ("today", date(2026, 11, 2)),
        ("the day after tomorrow", date(2026, 11, 4)),
        ("end of the week", date(2026, 11, 6)),
        ("by the end of the week", date(2026, 11, 6)),
        ("end of next week", date(2026, 11, 13)),
        ("next week", date(2026, 11, 13)),
        ("early next week", date(2026, 11, 9)),
        ("in 3 days", date(2026, 11, 5)),
        ("in two weeks", date(2026, 11, 16)),
        ("within a week", date(2026, 11, 9)),
        ("in a couple of days", date(2026, 11, 4)),
        ("3 business days from now", date(2026, 11, 5)),
        ("another week", date(2026, 11, 9)),
        ("the 15th", date(2026, 11, 15)),
        ("on the 2nd", date(2026, 11, 2)),
        ("the 31st", date(2026, 12, 31)),      # November has no 31st
        ("Dec 3", date(2026, 12, 3)),
        ("Dec. 3, 2026", date(2026, 12, 3)),
        ("December 3rd", date(2026, 12, 3)),
        ("3 December", date(2026, 12, 3)),
        ("3rd of December", date(2026, 12, 3)),
        ("3-Dec", date(2026, 12, 3)),              # as spreadsheets write it
        ("3-Dec-2026", date(2026, 12, 3)),
        ("3. December", date(2026, 12, 3)),        # as German and Scandinavian writers put it
        ("within the next two weeks", date(2026, 11, 16)),
        ("Friday, Nov 13", date(2026, 11, 13)),
        ("Thursday the 5th", date(2026, 11, 5)),
        ("2026-12-03", date(2026, 12, 3)),
        ("end of month", date(2026, 11, 30)),
        ("end of the month", date(2026, 11, 30)),
        ("end of next month", date(2026, 12, 31)),
        ("mid-December", date(2026, 12, 15)),
        ("end of January", date(2027, 1, 31)),
        ("Monday week", date(2026, 11, 16)),
        ("by tomorrow week", date(2026, 11, 10)),   # a week after tomorrow
        ("next tomorrow", date(2026, 11, 4)),       # Nigerian English: the day after tomorrow
        ("Jan 8", date(2027, 1, 8)),            # already past by months: next year
        ("Oct 20", date(2026, 10, 20)),         # past by less than a month: this year
    ],
)
def test_phrases_on_monday_2_nov_2026(phrase: str, expected: date) -> None:
    assert resolve_date(phrase, MONDAY, NY) == expected


@pytest.mark.parametrize(
    "phrase, order, expected",
    [
        ("3/12", "MDY", date(2027, 3, 12)),     # 12 March 2026 is long past -> 2027
        ("3/12", "DMY", date(2026, 12, 3)),
        ("11/16", "MDY", date(2026, 11, 16)),
        ("20/11", "DMY", date(2026, 11, 20)),
        ("3/12/2026", "DMY", date(2026, 12, 3)),
        ("12/03/26", "MDY", date(2026, 12, 3)),
        ("by 23.12.", "MDY", date(2026, 12, 23)),   # dotted form is day-first everywhere
        ("13/11", "MDY", date(2026, 11, 13)),        # no 13th month: day first, as writers abroad keep it
        ("13/13", "MDY", None),                      # no 13th month either way
    ],
)
def test_numeric_dates_follow_the_authors_order(phrase: str, order: str, expected: date | None) -> None:
    assert resolve_date(phrase, MONDAY, NY, order) == expected


@pytest.mark.parametrize(
    "phrase, order, expected",
    [
        # seven months off in the author's order, four days off in the other: the near one
        ("by Friday 06/11", "MDY", date(2026, 11, 6)),
        ("by 06/11", "MDY", date(2026, 11, 6)),
        ("by 12/06", "DMY", date(2026, 12, 6)),
        # four months off is still a plan: the author's order stands
        ("by 3/12", "MDY", date(2027, 3, 12)),
        # neither near: the author's order
        ("by 5/6", "MDY", date(2027, 5, 6)),
        # a dotted form is day-first whatever its distance
        ("by 06.11.", "MDY", date(2026, 11, 6)),
    ],
)
def test_a_far_numeric_date_whose_other_order_is_days_off_is_read_the_other_way(phrase: str, order: str, expected: date) -> None:
    assert resolve_date(phrase, MONDAY, NY, order) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        # East Asian year-first forms
        ("by 2026/11/13", date(2026, 11, 13)),
        ("by 2026.11.13", date(2026, 11, 13)),
        ("by 11月13日", date(2026, 11, 13)),
        ("by 2026年11月13日", date(2026, 11, 13)),
        # Czech and Slovak writers space the day and month
        ("do 13. 11.", date(2026, 11, 13)),
        ("by 13. 11. 2026", date(2026, 11, 13)),
        # a day's end said after the day
        ("by Thursday COB", date(2026, 11, 5)),
        ("by Thu EOD", date(2026, 11, 5)),
        # no dates: a version, a numbered step
        ("version 2026.1.3 is out", None),
        ("build 2026.11.13.2", None),
        ("Step 1. 2 days later", None),
    ],
)
def test_numeric_dates_as_more_places_write_them(phrase: str, expected: date | None) -> None:
    assert resolve_date(phrase, MONDAY, NY, "MDY") == expected


def test_bare_weekday_on_that_weekday_means_next_week() -> None:
    friday = datetime(2026, 11, 6, 10, 0, tzinfo=UTC)
    assert resolve_date("by Friday", friday, "UTC") == date(2026, 11, 13)
    assert resolve_date("today", friday, "UTC") == date(2026, 11, 6)
    assert resolve_date("end of the week", friday, "UTC") == date(2026, 11, 6)


def test_end_of_week_on_a_weekend_is_the_coming_friday() -> None:
    saturday = datetime(2026, 11, 7, 10, 0, tzinfo=UTC)
    assert resolve_date("end of the week", saturday, "UTC") == date(2026, 11, 13)


def test_day_of_month_already_passed_rolls_to_next_month() -> None:
    nov20 = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    assert resolve_date("the 15th", nov20, "UTC") == date(2026, 12, 15)
    dec20 = datetime(2026, 12, 20, 10, 0, tzinfo=UTC)
    assert resolve_date("8/1", dec20, "UTC", "DMY") == date(2027, 1, 8)


def test_late_evening_in_los_angeles_is_already_tomorrow_in_utc() -> None:
    sent = datetime.fromisoformat("2026-11-02T23:30:00-08:00")   # Monday night in LA, Tuesday 07:30 UTC
    assert local_today(sent, "America/Los_Angeles") == date(2026, 11, 2)
    assert local_today(sent, "UTC") == date(2026, 11, 3)
    assert resolve_date("tomorrow", sent, "America/Los_Angeles") == date(2026, 11, 3)
    assert resolve_date("tomorrow", sent, "UTC") == date(2026, 11, 4)
    assert resolve_date("today", sent, "America/Los_Angeles") == date(2026, 11, 2)
    assert resolve_date("today", sent, "UTC") == date(2026, 11, 3)
    # On Tuesday (UTC) "next Friday" is still the Friday of next week either way,
    # but "Tuesday" means a week later once it is Tuesday.
    assert resolve_date("Tuesday", sent, "America/Los_Angeles") == date(2026, 11, 3)
    assert resolve_date("Tuesday", sent, "UTC") == date(2026, 11, 10)


@pytest.mark.parametrize("phrase", ["asap", "soon", "", "sometime", "in March", "whenever you can", "later",
                                    "we are on v2.1 now", "about 3/4 done"])
def test_unknown_phrases_resolve_to_none(phrase: str) -> None:
    assert resolve_date(phrase, MONDAY, NY) is None


def test_running_text_does_not_read_ratios_versions_or_ordinals_as_dates() -> None:
    text = "usage is under 0.1%, v2.1 ships 24/7 support, the 2nd draft, c'mon, we sat down"
    assert find_dates(text, MONDAY, NY, "DMY") == []


@pytest.mark.parametrize(("text", "found"), [
    ("Send us your label template latest 4/12", [date(2026, 12, 4)]),
    ("at the latest 4/12", [date(2026, 12, 4)]),
    ("not later than 4/12", [date(2026, 12, 4)]),
    ("our latest 2.1 release", []),          # a version
    ("the latest 3/4 of the runs", []),      # a share
])
def test_latest_before_a_slashed_date_is_a_deadline(text: str, found: list[date]) -> None:
    assert [m.value for m in find_dates(text, MONDAY, "Europe/Berlin", "DMY")] == found


def test_running_text_reads_numeric_dates_after_a_cue() -> None:
    found = find_dates("please review by 6/11 and ship on 3/12", MONDAY, NY, "DMY")
    assert [(m.text, m.value) for m in found] == [("6/11", date(2026, 11, 6)), ("3/12", date(2026, 12, 3))]


def test_mentions_are_ordered_and_do_not_overlap() -> None:
    found = find_dates("by Tuesday the 17th or next Friday", MONDAY, NY)
    assert [m.text for m in found] == ["Tuesday the 17th", "next Friday"]
    assert [m.value for m in found] == [date(2026, 11, 17), date(2026, 11, 13)]


def test_unknown_zone_falls_back_to_utc_and_naive_time_is_taken_as_local() -> None:
    assert resolve_date("tomorrow", MONDAY, "Not/AZone") == date(2026, 11, 3)
    assert resolve_date("tomorrow", datetime(2026, 11, 2, 23, 0), "UTC") == date(2026, 11, 3)


def test_far_future_send_time_does_not_overflow() -> None:
    late = datetime(9999, 12, 31, 12, 0, tzinfo=UTC)
    assert resolve_date("in two weeks", late, "UTC") is None
    assert resolve_date("today", late, "UTC") == date(9999, 12, 31)


def test_the_nth_of_a_month_is_one_date() -> None:
    sent = datetime(2026, 11, 5, 9, tzinfo=UTC)
    assert [(m.text, m.value) for m in find_dates("by the 20th of November", sent, "Europe/Paris", "DMY")] == [
        ("the 20th of November", date(2026, 11, 20))]
    assert [m.value for m in find_dates("Friday, the 4th of December", sent, "Europe/Paris", "DMY")] == [date(2026, 12, 4)]


def test_after_tomorrow_is_the_day_after_tomorrow() -> None:
    sent = datetime(2026, 11, 17, 9, tzinfo=UTC)
    assert [m.value for m in find_dates("Mona will send it after tomorrow.", sent, "Africa/Cairo", "DMY")] == [date(2026, 11, 19)]
    assert [m.value for m in find_dates("after tomorrow's meeting", sent, "Africa/Cairo", "DMY")] == [date(2026, 11, 18)]


@pytest.mark.parametrize(("phrase", "expected"), [
    ("ส่งภายใน 13/11/2569", date(2026, 11, 13)),       # the Thai Buddhist era, 543 years ahead
    ("by 11월 13일", date(2026, 11, 13)),                # Korean month and day
    ("2026년 11월 13일까지", date(2026, 11, 13)),
])
def test_dates_in_thai_and_korean_calendars_and_scripts(phrase: str, expected: date) -> None:
    sent = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)
    assert [m.value for m in find_dates(phrase, sent, "Asia/Bangkok", "DMY")] == [expected]


@pytest.mark.parametrize(("phrase", "tz", "expected"), [
    # (where the weekend is Friday and Saturday, the working week ends on Thursday)
    ("before the end of the week", "Asia/Kuwait", date(2026, 11, 19)),
    ("before our weekend", "Africa/Mogadishu", date(2026, 11, 19)),
    ("by the end of next week", "Asia/Qatar", date(2026, 11, 26)),
    ("before the end of the week", "Europe/London", date(2026, 11, 20)),
    ("before our weekend", "Europe/London", date(2026, 11, 20)),
])
def test_the_end_of_the_week_is_its_last_working_day_where_it_was_written(phrase: str, tz: str, expected: date) -> None:
    sent = datetime(2026, 11, 17, 6, 0, tzinfo=UTC)
    assert [m.value for m in find_dates(phrase, sent, tz, "DMY")] == [expected]
