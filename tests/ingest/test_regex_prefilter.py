"""``may_match`` may only say "cannot match" of texts a pattern really cannot match."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ingest import dates, extraction, rules_explicit, rules_natural
from ingest.regex_prefilter import may_match, search_finds

DATA = Path(__file__).resolve().parents[1] / "data" / "extraction"


def _rule_patterns() -> list[re.Pattern[str]]:
    found: list[re.Pattern[str]] = []
    for value in [*vars(rules_natural).values(), *vars(rules_explicit).values(), *vars(extraction).values(),
                  *vars(dates).values()]:
        values = value if isinstance(value, (tuple, list)) else (value,)
        for item in values:
            for part in item if isinstance(item, tuple) else (item,):
                if isinstance(part, re.Pattern) and isinstance(part.pattern, str):
                    found.append(part)
    return found


def _sentences() -> list[str]:
    texts: set[str] = set()
    for path in sorted(DATA.glob("*.json")):
        for message in json.loads(path.read_text(encoding="utf-8")):
            for line in message["text"].split("\n"):
                for sentence in re.split(r"(?<=[.!?])\s+", line):
                    texts.update((sentence, sentence.upper()))
    return sorted(texts)


def test_never_rules_out_a_match_of_the_rule_patterns() -> None:
    sentences = _sentences()
    for rx in _rule_patterns():
        for text in sentences:
            if rx.search(text) is not None:
                assert may_match(rx, text), (rx.pattern[:80], text)


def test_search_finds_is_search_of_the_rule_patterns() -> None:
    sentences = _sentences()
    for rx in _rule_patterns():
        for text in sentences:
            assert search_finds(rx, text) is (rx.search(text) is not None), (rx.pattern[:80], text)


@pytest.mark.parametrize(("pattern", "text"), [
    (r"a|b[|)]c|(?:d|e)f", "b)c"),
    (r"a|b[|)]c|(?:d|e)f", "ef"),
    (r"a|b[|)]c|(?:d|e)f", "xyz"),
    (r"(?P<x>a)|(?P=x)b", "ab"),
    (r"^(?:ok|no)\W*$|\bright\W*$", "ok!"),
    (r"^(?:ok|no)\W*$|\bright\W*$", "all right?"),
    (r"^(?:ok|no)\W*$|\bright\W*$", "not ok"),
])
def test_search_finds_cases(pattern: str, text: str) -> None:
    rx = re.compile(pattern, re.IGNORECASE)
    assert search_finds(rx, text) is (rx.search(text) is not None)


@pytest.mark.parametrize(("pattern", "flags", "text", "expected"), [
    (r"\bwon't\s+make\b", re.IGNORECASE, "We WON'T make it", True),
    (r"\bwon't\s+make\b", re.IGNORECASE, "We will make it", False),
    # optional, negated and zero-or-more parts are not required
    (r"(?:please\s+)?send\b", 0, "send it", True),
    (r"(?!never)send", 0, "send", True),
    (r"x*send", 0, "send", True),
    # one of the branches' words is enough
    (r"\b(?:cannot|can't)\s+do", re.IGNORECASE, "I can't do it", True),
    (r"\b(?:cannot|can't)\s+do", re.IGNORECASE, "I will do it", False),
    # the non-ASCII letters re folds onto ASCII ones under IGNORECASE
    (r"\bis\b", re.IGNORECASE, "\u0130S", True),
    (r"\bis\b", re.IGNORECASE, "i\u017f", True),
    # a case-sensitive pattern is still caught in any case
    (r"Mr\s+Halden", 0, "Mr Halden agreed", True),
])
def test_cases(pattern: str, flags: int, text: str, expected: bool) -> None:
    rx = re.compile(pattern, flags)
    assert may_match(rx, text) is expected
    if rx.search(text) is not None:
        assert may_match(rx, text)
