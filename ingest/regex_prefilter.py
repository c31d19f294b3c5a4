"""A cheap test that a rule's regex cannot match a sentence, so the scan can be skipped.

Most rule patterns fail on most sentences, and a failing search still walks the whole
sentence trying every alternative at every position.  Nearly every pattern, though, has
words it cannot match without ("won't make the date" needs "won't", "will not", "can't",
...).  ``may_match`` reads those words out of the compiled pattern itself, once, and
looks for them with plain substring tests: when none occurs, the pattern cannot match
and the caller skips it (two such sets are kept where a pattern has several: "won't" or
"can't" ..., and "make", "hit" or "meet").  When unsure, it says "may match"; it never
says "cannot" of a text the pattern matches, so skipping changes no result.  Because the
words come from the pattern, a rule edited later keeps a correct filter without anyone
updating a list.

Soundness, in short: only literal runs that every match must contain are used (parts of
optional, negated or repeated-zero-times pieces are not); they are compared lower-cased
against a lower-cased text, and only ASCII characters are taken, so case-insensitive
matching is covered (the three non-ASCII letters Python's ``re`` folds onto ASCII ones,
"İ", "ı" and "ſ", are folded the same way here first).
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["may_match", "search_finds", "top_level_alternatives"]

try:  # (the parser is internal to ``re``; without it every pattern "may match")
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Python versions
    _C = _P = None

_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_NEEDS: dict[int, tuple[re.Pattern[str], tuple[tuple[str, ...], ...]]] = {}
_SETS = 2
_BRANCHES: dict[int, tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]] = {}
_last: tuple[str, str] = ("", "")


def _required(items: Any) -> list[frozenset[str]]:
    """Sets of strings such that every match of the parsed sequence contains at least one
    string of each set (none when nothing is known)."""
    found: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _C.LITERAL and av < 128:
            run += chr(av).lower()
            continue
        if op is _C.AT:
            # (an anchor or \b takes no characters: the literals either side stay adjacent)
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        if op is _C.SUBPATTERN:
            found.extend(_required(av[3]))
        elif op is _C.BRANCH:
            # one of the alternatives matches: the union of what each one needs most
            branches = [_required(branch) for branch in av[1]]
            if all(branches):
                found.append(frozenset().union(*(max(b, key=_selective) for b in branches)))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] >= 1:
            found.extend(_required(av[2]))
        elif op is _C.ASSERT:
            # (a positive lookahead or lookbehind: its text is in the string as well)
            found.extend(_required(av[1]))
        elif op is _C.ATOMIC_GROUP:
            found.extend(_required(av))
    if run:
        found.append(frozenset([run]))
    return found


def _selective(words: frozenset[str]) -> tuple[int, int]:
    # the likelier to rule a text out: longest shortest member, then fewest members
    return min(len(w) for w in words), -len(words)


def _learn(rx: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    needs: tuple[tuple[str, ...], ...] = ()
    if _P is not None:
        try:
            sets = [words for words in _required(_P.parse(rx.pattern, rx.flags)) if "" not in words]
        except (re.error, AttributeError, IndexError, TypeError, ValueError, RecursionError):  # pragma: no cover
            # (a construct this reader does not know: no filter)
            sets = []
        # the two most selective sets (each is required; a third rarely rules out more)
        best = sorted(set(sets), key=_selective, reverse=True)[:_SETS]
        needs = tuple(tuple(sorted(words, key=len, reverse=True)) for words in best)
    # keyed by id (hashing a pattern is slow); the pattern is kept so its id stays its own
    _NEEDS[id(rx)] = (rx, needs)
    return needs


def may_match(rx: re.Pattern[str], text: str) -> bool:
    """False only when ``rx`` cannot match anywhere in ``text`` (search, match, finditer
    from any position); True when it may.  Meant for the module-level patterns of the
    rules: each pattern seen is remembered for good."""
    known = _NEEDS.get(id(rx))
    needs = _learn(rx) if known is None else known[1]
    if not needs:
        return True
    global _last
    last = _last  # (one read: the pair is replaced whole, never half-updated)
    if last[0] is text:
        folded = last[1]
    else:
        folded = text.lower() if text.isascii() else text.translate(_FOLD).lower()
        _last = (text, folded)
    for words in needs:
        for word in words:
            if word in folded:
                break
        else:
            return False
    return True


def top_level_alternatives(source: str) -> list[str]:
    """A pattern's source split at each ``|`` outside groups and character classes."""
    parts: list[str] = []
    depth, start, i, in_class, start_class = 0, 0, 0, False, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]" or i == start_class
        elif c == "[":
            in_class, start_class = True, i + 1 + (source[i + 1:i + 2] == "^")
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


def _top_level_branches(rx: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """The alternatives of a pattern that is one long alternation, each compiled on its own
    (with the pattern's flags); just the pattern when it is not, or when an alternative
    could refer to another (back-references, conditionals)."""
    source = rx.pattern
    if rx.flags & re.VERBOSE or re.search(r"\(\?P=|\(\?\(|\\[1-9]|\(\?[a-zA-Z]*\)", source):
        return (rx,)
    parts = top_level_alternatives(source)
    if len(parts) < 2:
        return (rx,)
    try:
        return tuple(re.compile(part, rx.flags) for part in parts)
    except re.error:  # pragma: no cover - a split this scanner got wrong: no split
        return (rx,)


def search_finds(rx: re.Pattern[str], text: str) -> bool:
    """``rx.search(text) is not None``, sooner for a long alternation of phrases: the whole
    pattern matches somewhere exactly when one of its alternatives does, and each alternative
    alone is ruled out by ``may_match`` or found by the engine's fast literal scan (a search
    of the combined pattern tries every alternative at every position)."""
    known = _BRANCHES.get(id(rx))
    if known is None:
        known = _BRANCHES[id(rx)] = (rx, _top_level_branches(rx))
    return any(may_match(branch, text) and branch.search(text) is not None for branch in known[1])
