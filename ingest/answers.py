"""Whether a reply answers an open question on its thread.

A reply from someone else on the thread does not answer every question asked there: "Could
you confirm the opening date?" stays open when the reply is about the materials board. A
reply answers a question when it takes up what the question is about (a content word of
the question, not a generic one like "confirm"), or when it opens with a yes or a no.
"""
from __future__ import annotations

import re

from ingest.task_matching import content_words

__all__ = ["answers", "answers_clearly"]

# Words every question carries that say nothing about its subject.
_GENERIC = frozenset({
    "confirm", "know", "think", "let", "need", "want", "possible", "sure", "chance", "like", "help", "anything",
    "something", "able", "happy", "ok", "okay", "mind", "quick", "question", "wondering", "wonder", "thought",
    "please", "kindly", "advise", "tell", "share", "us", "me", "one", "way", "thing", "things", "time", "day", "week",
    "what", "when", "where", "who", "which", "why", "how", "whether", "there", "any",
    "prefer", "choose", "suggest", "recommend", "rather", "better", "best", "fine", "good",
})
_YES_OR_NO = re.compile(
    r"^(?:(?:hi|hello|dear|hey)\b[^\n,]*,\s*|[A-Z][\w'-]+,\s*|(?:about|re|on|regarding)\s+[^:,\n]{1,40}[:,]\s*)?(?:yes|yep|yeah|yup|no|nope|sure|correct|indeed|absolutely|definitely|of course|"
    r"unfortunately|not yet|we do|we don't|we can|we can't|it is|it isn't|it will|it won't|that works|confirmed|"
    r"good question|short answer|not necessarily|not really|not at all|it depends|depends)\b",
    re.IGNORECASE,
)
# "Danny, on prices: not necessarily." / "Kerry, yes, once the number comes through ...": a
# paragraph turned to one person answers what it takes up, even mid-reply
_TOPIC = re.compile(r"[A-Z][\w'-]+,\s+(?:on|about|re|regarding|as for|as to)\s+(?P<topic>[^:,\n]{1,40})[:,–—]", re.IGNORECASE)
_TURNED_TO = re.compile(r"(?:^|\n\s*\n)[ \t]*(?P<para>[A-Z][\w'-]+,[ \t]+[^\n]+)")


# "Which venue would you like to go with?" / "Option 2 it is." - a choice answers a "which"
_WHICH = re.compile(r"\bwhich\b[^?]{0,60}\b(?:prefer|like|go with|choose|pick|feels?|best|rather|favou?rite|want)\b", re.IGNORECASE)
_PICKED = re.compile(r"\b(?:let's go (?:with|for)|we(?:'ll| will)? go (?:with|for)|(?:we|i) (?:prefer|choose|pick|like)|"
                     r"(?:the )?(?:first|second|third|last|left|right|top|bottom) one\b|option [a-z0-9]\b|version [a-z0-9]\b)|"
                     r"(?:^|[\n.!,:;]\s*)[\w'-]+(?:\s+[\w'-]+)?\s+it\s+is\s*[.!]", re.IGNORECASE)
_WHO = re.compile(r"^(?:[^?]{0,40}[,:–—-]\s*)?who(?:m|'s)?\b", re.IGNORECASE)
_FULL_NAME = re.compile(r"\b[A-Z][a-z'-]+\s+(?:van\s+|de\s+|von\s+)?[A-Z][a-z'-]+\b")


def _root(word: str) -> str:
    """"fenced", "fence" -> "fenc": a question's word and its answer's often differ in form."""
    for suffix in ("ation", "ing", "ion", "ed", "es", "e", "s"):
        if len(word) - len(suffix) >= 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _key_words(question: str) -> set[str]:
    return {_root(w) for w in content_words(question) if w not in _GENERIC and not w.isdigit()}


def _reply_words(reply: str) -> set[str]:
    return {_root(w) for w in content_words(reply)}


def answers(question: str, reply: str) -> bool:
    """True when ``reply`` (new text only) takes up ``question``."""
    text = reply.strip()
    if not text:
        return False
    if _YES_OR_NO.match(text):
        return True
    if _picks_a_side(question, text) or _WHICH.search(question) and _PICKED.search(text):
        return True
    wanted = _key_words(question)
    for turned in _TURNED_TO.finditer(text):
        para = turned.group("para")
        topic = _TOPIC.match(para)
        if topic and wanted & _reply_words(topic.group("topic")) or _YES_OR_NO.match(para) and wanted & _reply_words(para):
            return True
    if not wanted:
        return False
    shared = wanted & _reply_words(text)
    if shared and _WHO.match(question.strip()) and _FULL_NAME.search(text):
        # "Who on your side will review the German translation?" / "Jonas Weber is the
        # right person for the German review": a person named, about the same thing
        return True
    return len(shared) >= 2 or len(shared) / len(wanted) > 0.5


def _picks_a_side(question: str, reply: str) -> bool:
    """"argo or flux for tillpoint?" / "argo.": the reply opens with one side of the choice."""
    body = question.rsplit(":", 1)[-1]
    if " or " not in body:
        return False
    left, _, right = body.rpartition(" or ")
    left_words, right_words = _key_words(left), _key_words(right)
    sides = [left_words - right_words, right_words - left_words]
    opening = {_root(w) for w in content_words(" ".join(reply.split()[:5]))}
    return sum(1 for side in sides if side & opening) == 1


def answers_clearly(question: str, reply: str) -> bool:
    """True when ``reply`` takes up at least two of the question's own words: an answer even
    from someone the question was not addressed to."""
    wanted = _key_words(question)
    return len(wanted & _reply_words(reply)) >= 2
