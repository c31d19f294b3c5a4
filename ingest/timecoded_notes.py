"""Feedback notes at timecodes, as video, audio and animation clients write them: "0:12 –
the balance looks silly, can we use €1,240.50?" is one task per note that asks for a change,
titled by the note; a later "0:12 – ..." line from the side that makes the cut, asking
nothing ("What's changed since v1:"), closes it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ingest.extraction_types import (
    DecisionItem,
    ExtractionContext,
    QuestionItem,
    StatusChange,
    TaskItem,
)
from ingest.rules_explicit import Item
from ingest.text_segments import Unit

__all__ = ["timecoded_notes", "timecodes_done"]

# "0:12 – the balance on the phone screen says €999,999. Can we use something realistic?":
# a note on a cut, at its timecode (video, audio, animation feedback)
_TIMECODE = re.compile(r"^(?:at\s+|@\s*)?(?P<tc>\d{1,2}:\d{2}(?::\d{2})?(?:\s*[-–]\s*\d{1,2}:\d{2}(?::\d{2})?)?)"
                       r"\s*(?:[-–—:]\s+|\s+(?=[a-z]))(?P<note>\S.*)$")
_NOTE_ASKS = re.compile(r"(?:^|[,;:–—-]\s*|[.!]\s+)(?:please\s+)?(?:can|could|would|will)\s+(?!i\b)\S|\bplease\b|\bany chance\b|"
                        r"\bis it possible\b", re.IGNORECASE)
# "1:20 – the end card still shows the old URL, it should be wellspringaid.org.uk/everydrop":
# a correction asks for the change as plainly as a request
_NOTE_CORRECTS = re.compile(r"\b(?:should|needs? to|must)\s+(?:be|read|say|show)\b(?!\s+(?:fine|ok|okay|good|great|enough))|"
                            r"\bstill\s+(?:shows|says|reads|has)\s+the\s+old\b|\btypo\b|\bmisspel", re.IGNORECASE)
_WH_START = re.compile(r"^(?:what|when|where|who|why|how|which|is|are|do|does|did)\b", re.IGNORECASE)


def timecoded_notes(items: list[Item], by_line: dict[int, list[tuple[Unit, list[Item]]]], lines: list[str],
                    fallback_owner: str | None, is_order: Callable[[str], bool] = lambda _text: False) -> list[Item]:
    """A feedback note at a timecode that asks for a change is one task for whoever makes
    the cut, titled by the note itself ("0:40 – the VO is a bit too fast here, can Róisín's
    line breathe a little more"); its request is no open question.  A note that asks for
    nothing ("0:52 – end card is grand as is") records nothing new."""
    replaced: list[Item] = []
    notes: list[tuple[Item, TaskItem]] = []
    unasked: list[TaskItem] = []
    for line_no, parts in by_line.items():
        m = _TIMECODE.match(lines[line_no].strip().lstrip("-•*– ").strip())
        if m is None:
            continue
        asking = [(unit, found) for unit, found in parts
                  if any(isinstance(item, TaskItem) for item in found)
                  or any(isinstance(item, QuestionItem) for item in found) and _NOTE_ASKS.search(unit.text)
                  and not _WH_START.match(_TIMECODE.sub(r"\g<note>", unit.text))
                  or _gives_an_order(_TIMECODE.sub(r"\g<note>", unit.text), is_order)
                  or _NOTE_CORRECTS.search(unit.text) is not None]
        if not asking:
            # "01:11:03 – love the sunrise here, leave it exactly as it is": a note that asks
            # for no change settles nothing either
            replaced.extend(item for _unit, found in parts for item in found if isinstance(item, DecisionItem))
            continue
        last = max(parts.index(pair) for pair in asking)
        said = " ".join(unit.text for unit, _found in parts[:last + 1])
        note = _TIMECODE.sub(r"\g<note>", said).strip()
        note = re.sub(r"^please\s+", "", note, flags=re.IGNORECASE)
        note = re.sub(r"[\s?.!\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f\u200d]+$", "", note)
        task = next((item for _unit, found in asking for item in found if isinstance(item, TaskItem)), None)
        title = f"{m.group('tc')} – {note}"
        if len(title) > 160:
            title = title[:160].rsplit(" ", 1)[0] + "…"
        made = TaskItem(title, task.owner if task is not None else fallback_owner, task.due if task is not None else None,
                        "open", "natural:timecoded-note", lines[line_no].strip())
        first = True
        for _unit, found in parts[:last + 1]:
            for item in found:
                if isinstance(item, (TaskItem, QuestionItem)):
                    replaced.append(item)
                    if first:
                        notes.append((item, made))
                        first = False
        if first:
            # (a bare order, "17:40 – cut the tangent", that no sentence rule read as an ask)
            unasked.append(made)
    if not replaced and not unasked:
        return items
    out: list[Item] = []
    for item in items:
        swap = next((made for old, made in notes if old is item), None)
        if swap is not None:
            out.append(swap)
        elif not any(item is old for old in replaced):
            out.append(item)
    out.extend(unasked)
    return _dated_by_the_new_cut(out)


# "Can you send us the new version with these changes by Friday 13th?" after the notes
_NEW_CUT = re.compile(r"\b(?:new|next|revised|updated|corrected|second|final)\s+(?:version|cut|edit|export|master)\b|\bv\d\b",
                      re.IGNORECASE)


def _dated_by_the_new_cut(items: list[Item]) -> list[Item]:
    """The one request for the next cut, with a day, asked of whoever makes the notes' changes,
    is when the notes are due: each undated note takes its day, and the cut is no task of its
    own ("0:14 – ... can you hold it 2 seconds more? ... Can you send us the new version with
    these changes by Friday 13th?").  A cut the writer promises ("What's changed: ... I'll send
    you the final master on Wednesday") is work of its own."""
    notes = [item for item in items if isinstance(item, TaskItem) and item.rule == "natural:timecoded-note"]
    cuts = [item for item in items if isinstance(item, TaskItem) and item.rule == "natural:request"
            and item.due is not None and _NEW_CUT.search(item.title)]
    if not notes or len(cuts) != 1 or any(note.owner not in (None, cuts[0].owner) for note in notes):
        return items
    cut = cuts[0]
    dated: dict[int, Item] = {id(note): replace(note, due=note.due or cut.due, owner=note.owner or cut.owner) for note in notes}
    return [dated.get(id(item), item) for item in items if item is not cut]


def _gives_an_order(note: str, is_order: Callable[[str], bool]) -> bool:
    """"17:40 – cut the tangent about the In-N-Out order, it goes nowhere" / "31:05 – the bed
    is too hot, pull it down a few dB?": a clause in the imperative asks for the change
    ("44:20 – perfect ending, don't touch it" asks for none)."""
    clauses = [c.strip() for c in re.split(r"[,;]\s+|\s[–—-]\s|[.!]\s+", note) if c.strip()]
    return any(is_order(c) and not _NO_CHANGE.match(c) and not _CHANGE_MADE.match(c) for c in clauses)


_NO_CHANGE = re.compile(r"(?:don't|do not|never|no need|leave|keep|love|like)\b", re.IGNORECASE)
# "0:52 – price corrected to "from US$ 195 per night"", "0:45 – subtitle corrected to ...": a
# thing and what was done to it, as the side that makes the cut lists its changes (the thing
# is no verb)
_CHANGE_MADE = re.compile(r"[\w'-]+\s+(?:(?!(?:speed|feed|seed|need|bleed|breed)\b)[a-z]{3,}ed|made|cut|set|put|redone|done|swapped|gone)\s+(?:to|from|in|into|on|out|at|as|by|and|with|for|now)\b",
                          re.IGNORECASE)


def _tc_key(tc: str) -> str:
    return ":".join(str(int(part)) for part in re.split(r"\s*[-–]\s*", tc)[0].split(":"))


def timecodes_done(by_line: dict[int, list[tuple[Unit, list[Item]]]], lines: list[str], items: list[Item],
                   ctx: ExtractionContext) -> list[StatusChange]:
    """"What's changed since v1: / 0:12 – the balance now reads €1,240.50": a timecoded line
    that asks nothing, from the side that makes the cut, closes the open note at that
    timecode."""
    if not ctx.known_tasks:
        return []
    roles = {m.email.lower(): m.role for m in ctx.members}
    mine = roles.get(ctx.author.email.lower(), ctx.author.role)
    touched = {item.task_id for item in items if isinstance(item, StatusChange)}
    out: list[StatusChange] = []
    for line_no in by_line:
        line = lines[line_no].strip().lstrip("-•*– ").strip()
        m = _TIMECODE.match(line)
        if m is None or "?" in line or _NOTE_ASKS.search(m.group("note")):
            continue
        key = _tc_key(m.group("tc"))
        for task in ctx.known_tasks:
            head = _TIMECODE.match(task.title)
            if (head is not None and _tc_key(head.group("tc")) == key and task.id not in touched
                    and roles.get((task.owner or "").lower()) == mine):
                out.append(StatusChange(task.id, m.group("tc"), "done", None, None, False, "natural:timecode-done", line))
                touched.add(task.id)
    return out
