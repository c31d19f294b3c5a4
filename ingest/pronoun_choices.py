"""A choice said with a pronoun, whose object the sentence before names: "No TikTok for us.
We drop it since our guests live on Facebook." / "Narration: English, with Tigrinya and Arabic
subtitles. We prefer this because the film is mainly for the diaspora."

The choice rules read "We drop it" as a decision about nothing in particular, and "We prefer
this because ..." as none at all.  This pass runs after them and names the thing: the
decision's summary takes the sentence before (of the same paragraph, short and no question),
and a bare "we prefer this (one) because ..." becomes a decision of that sentence, with its
reason.  Without such a sentence nothing changes.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.extraction_types import DecisionItem, Extraction, ExtractionContext
from ingest.item_phrasing import capitalise
from ingest.text_segments import Unit

__all__ = ["RULE", "pronoun_choices"]

RULE = "natural:preference"

_PRONOUN_CHOICE = re.compile(r"(?:(?:so|and|then)\s+)?(?:we|i)\s+(?:drop|skip|cancel|prefer|keep|take|choose|go\s+with|stick\s+with)\s+"
                             r"(?:it|this|that|them|this\s+one|that\s+one)", re.IGNORECASE)
_PREFER_THIS = re.compile(r"^(?:(?:so|and|yes|ok|okay)[,]?\s+)?(?:we|i)\s+(?:(?:also|really|would|'d)\s+)?(?:prefer|chose|choose|picked|pick)\s+"
                          r"(?:it|this|that|this\s+one|that\s+one|this\s+option|this\s+way)\s*,?\s+(?:because|since|as)\s+(?P<why>[^?]{6,}?)\s*[.!]?$",
                          re.IGNORECASE)
_MARKER = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
_MAX_WORDS = 16


def _before(units: Sequence[Unit], at: int) -> str | None:
    """The sentence before ``units[at]`` when it can name the thing chosen."""
    if at == 0:
        return None
    unit, prev = units[at], units[at - 1]
    if prev.paragraph != unit.paragraph or (unit.from_bullet and prev.line_no != unit.line_no):
        return None
    text = _MARKER.sub("", prev.text).strip()
    if not text or text.endswith("?") or len(text.split()) > _MAX_WORDS:
        return None
    return text.rstrip(" .!")


def pronoun_choices(units: Sequence[Unit], result: Extraction, ctx: ExtractionContext) -> Extraction:
    """``result`` with each choice of "it" or "this" named by the sentence before."""
    decisions: list[DecisionItem | None] = list(result.decisions)
    said = {d.evidence.strip() for d in result.decisions}
    changed = False
    for at, unit in enumerate(units):
        text = _MARKER.sub("", unit.text).strip()
        for i, decision in enumerate(decisions):
            if (decision is None or decision.evidence.strip() != unit.text.strip()
                    or not _PRONOUN_CHOICE.fullmatch(decision.summary.strip(" .!"))):
                continue
            named = _before(units, at)
            if named is None:
                continue
            changed = True
            if any(other is not None and other is not decision and units[at - 1].text.strip() in other.evidence for other in decisions):
                # ("No TikTok for us." already read as the choice, with this sentence as why)
                decisions[i] = None
                continue
            summary = decision.summary.strip(" .!")
            decisions[i] = replace(decision, summary=f"{capitalise(named)}: {summary[0].lower()}{summary[1:]}")
        m = _PREFER_THIS.match(text)
        if m is None or unit.text.strip() in said:
            continue
        named = _before(units, at)
        if named is not None and units[at - 1].text.strip() not in said:
            decisions.append(DecisionItem(capitalise(named), m.group("why").strip(), ctx.author.email, RULE, unit.text))
            changed = True
    return replace(result, decisions=[d for d in decisions if d is not None]) if changed else result
