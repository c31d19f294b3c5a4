"""Find which open task a sentence talks about ("The logo files are done" ->
task "Send over the logo files") by overlap of content words with task titles.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.extraction_types import KnownTask

__all__ = ["content_words", "match_known_task"]

_STOPWORDS = frozenset("""
a an the and or but of for to on in at by with from into onto over under about up out off
is are was were be been being am it its it's this that these those there here our your my
their his her we you i they he she them us me new final all some any each every just now
still already also then than so as if not no yes please thanks done will would can could
should shall may might must have has had do does did get got make made send sent sending
review reviewed update updated updating prepare prepared finish finished complete completed
deliver delivered provide provided create created write written draft drafted set
""".split())
_WORD = re.compile(r"[a-z0-9][a-z0-9+'/-]*")


def _stem(word: str) -> str:
    word = word.strip("'/-")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def content_words(text: str) -> set[str]:
    """Lower-case, de-pluralised words that carry meaning (no stop words, no generic verbs)."""
    words = set()
    for raw in _WORD.findall(text.lower()):
        for piece in raw.split("/"):
            word = _stem(piece)
            if word and word not in _STOPWORDS and len(word) > 1:
                words.add(word)
    return words


def match_known_task(text: str, known_tasks: Sequence[KnownTask], *,
                     min_text_coverage: float = 0.0) -> KnownTask | None:
    """The known task whose title the text names, or None if none or several fit equally.

    A title counts as named when at least half of its content words appear in the text.
    ``min_text_coverage`` additionally asks that much of the text's own content words to
    be in the title: for a short phrase ("the spring collection launch") that must be
    about the task, not merely share one word with it ("Homepage launch").
    """
    words = content_words(text)
    if not words:
        return None
    best: list[tuple[float, int, KnownTask]] = []
    for task in known_tasks:
        title_words = content_words(task.title)
        if not title_words:
            continue
        overlap = len(words & title_words)
        if overlap == 0:
            continue
        ratio = overlap / len(title_words)
        if ratio >= 0.5 and overlap / len(words) >= min_text_coverage:
            best.append((ratio, overlap, task))
    if not best:
        return None
    best.sort(key=lambda b: (b[0], b[1]), reverse=True)
    if len(best) > 1 and best[0][:2] == best[1][:2]:
        return None
    return best[0][2]
