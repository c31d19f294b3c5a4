"""Rules for the written conventions Trackfront documents for its users:

    Task: / TODO: / Action: / Action item:  lines, and - [ ] / * [ ] / - [x] checkboxes,
        with @owner and "due <date>" / "by <date>"
    Decision: / Decided:  (rationale from because/since/as, a "(...)" aside, or a
        following Rationale:/Why: line)
    Question:
    #12 done / #12 blocked: reason / #12 new date: <date> because <reason> / #12 on track
    a bare reply to a task: "done", "Done!", "yes", "on track", "new date: ...", "blocked: ..."

Lines matched here are consumed: the natural-language rules do not see them again.
"""
from __future__ import annotations

import re

from ingest.addressing import MemberIndex
from ingest.dates import find_dates
from ingest.extraction_types import (
    DecisionItem,
    ExtractionContext,
    QuestionItem,
    StatusChange,
    TaskItem,
)
from ingest.item_phrasing import (
    ACTION_VERBS,
    clean_summary,
    make_title,
    pick_due,
    reason_from,
    split_rationale,
)

__all__ = ["Item", "bare_reply", "explicit_lines"]

Item = TaskItem | DecisionItem | QuestionItem | StatusChange

_MAX_LINE = 1000
_TASK_LINE = re.compile(
    r"^\s{0,8}(?:[-*•+]\s*)?(?:task|to-?do|to do|action items?|action|next steps?|follow[- ]up)\s*(?::|\s-\s)\s*(?P<body>\S.*)$",
    re.IGNORECASE,
)
_CHECKBOX = re.compile(r"^\s{0,8}(?:[-*•+]\s*|\d{1,2}[.)]\s*)?\[(?P<mark>[ xX✓✔])\]\s*(?P<body>\S.*)$")
_DECISION_LINE = re.compile(
    r"^\s{0,8}(?:[-*•+]\s*)?(?:final decision|decision|decided|approved|agreed|resolution|resolved)\s*(?::|\s-\s)\s*(?P<body>\S.*)$",
    re.IGNORECASE,
)
# "Action items:" / "Next steps:" on a line of its own: the bullets below it are tasks.
_TASK_HEADER = re.compile(
    r"^\s{0,8}(?:action items?|actions|next steps?|to-?dos?|tasks|follow[- ]ups?|owners)\s*:?\s*$", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s{0,8}(?:[-*•+]|\d{1,2}[.)])\s+(?P<body>\S.*)$")
# "Kevin to add the regional filter", "Kevin: add the regional filter"
_NAME_TO = re.compile(r"^(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s*(?:\bto\b|:|[-–—]|\bwill\b|'ll\b|\bis going to\b)\s*(?P<rest>\S.*)$")
_RATIONALE_LINE = re.compile(r"^\s{0,8}(?:[-*•+]\s*)?(?:rationale|why|reason|because)\s*:\s*(?P<body>\S.*)$", re.IGNORECASE)
# "Question: ..." / "q: ..." / "one q back: ..." / "open q for you: ..."
_QUESTION_LINE = re.compile(r"^\s{0,8}(?:[-*•+]\s*)?(?:(?:one|another|open|quick|last|small)\s+)?(?:question|q)"
                            r"(?:\s+(?:back|for you|for [A-Z][\w'-]+))?\s*:\s*(?P<body>\S.*)$", re.IGNORECASE)
_HASH_CHANGE = re.compile(
    r"(?<![\w&/])#(?P<id>\d{1,9})\b[ \t]*(?:[:\-–—][ \t]*|is[ \t]+(?:now[ \t]+)?|has been[ \t]+|was[ \t]+|are[ \t]+)?"
    r"(?P<what>done|completed?|finished|closed|fixed|shipped|delivered|blocked|stuck|"
    r"on track|on schedule|re-?opened|reopen|new (?:due )?date|due date|pushed(?: back)?|moved|"
    r"delayed|postponed|slipping)\b",
    re.IGNORECASE,
)
_DONE_WORDS = {"done", "complete", "completed", "finished", "closed", "fixed", "shipped", "delivered"}
_BARE_CONFIRM = re.compile(
    r"^(?:(?:yes|yep|yeah|yup|confirmed|correct|affirmative)\b[\s,.!-]*)?(?:(?:still|all|we're|we are|i'm|i am|it's|it is)\s+)?"
    r"(?:on track|on schedule|on target)\b|^(?:yes|yep|yeah|yup|confirmed|correct)\b[\s.!]*$",
    re.IGNORECASE,
)
_BARE_DONE = re.compile(
    r"^(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s*[–—,:-]\s*)?(?:(?:all|it's|it is|this is|now|we're|we are)\s+)?(?:done|completed?|finished|live|shipped|sent|"
    r"deployed|merged|published|fixed|resolved|sorted|uploaded|delivered|submitted|booked|paid|reviewed|checked|approved|signed off|signed|"
    r"ordered|filed|installed|printed|posted|handled|closed|closing this|closing it)(?:\s+(?:it|that|this|them))?"
    r"(?!\s+with\b)\b[\s!.,:;-]*",
    re.IGNORECASE,
)
_BARE_NEW_DATE = re.compile(r"^new (?:due )?date\s*(?:is\s*)?[:\-–]?\s*(?P<rest>\S.*)$", re.IGNORECASE)
_BARE_BLOCKED = re.compile(r"^blocked\b\s*(?:[:\-–]\s*|\s+(?:on|by)\s+)?(?P<reason>.*)$", re.IGNORECASE)


def _owner_and_rest(body: str, index: MemberIndex) -> tuple[str | None, str]:
    owner, span = index.find_mention(body)
    if span:
        body = body[: span[0]] + " " + body[span[1]:]
    return owner, " ".join(body.split())


_NAME_ASKED = re.compile(r"^(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?),\s+(?P<rest>(?:(?:can|could|would|will)\s+you|please)\b.*)$", re.IGNORECASE)
_ASKED = re.compile(r"^(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+|(?P<self>i'll|i will|we'll|we will)\s+)(?P<rest>[a-z]\S*\s+\S.*?)\??$",
                    re.IGNORECASE)


def _named_owner(body: str, index: MemberIndex) -> tuple[str | None, str]:
    """Split "Kevin to add X" (or "Graham, could you please provide X") into (kevin's
    address, "add X") when Kevin is a member."""
    asked = _NAME_ASKED.match(body.strip())
    if asked:
        email = index.lookup(asked.group("name")) or index.lookup(asked.group("name").split()[0])
        if email:
            return email, asked.group("rest")
    m = _NAME_TO.match(body.strip())
    if m:
        name = m.group("name")
        email = index.lookup(name) or index.lookup(name.split()[0])
        if email:
            return email, m.group("rest")
    return None, body


def _task_from_body(body: str, status: str, rule: str, line: str, ctx: ExtractionContext,
                    index: MemberIndex) -> TaskItem | None:
    author = ctx.author
    owner, rest = _owner_and_rest(body, index)
    if owner is None:
        owner, rest = _named_owner(rest, index)
    # "Mart: can you send the architecture doc by Thu?" / "I'll book the room": the item's
    # work, without the asking or promising around it
    ask = _ASKED.match(rest)
    if ask:
        rest = ask.group("rest")
        if ask.group("self"):
            owner = owner or author.email
    due = pick_due(rest, ctx.sent_at, author.tz, author.date_order)
    title = make_title(rest, ctx.sent_at, author.tz, author.date_order)
    if not title:
        return None
    return TaskItem(title, owner, due, status, rule, line.strip())


_NEXT_SENTENCE = re.compile(r"(?<=[.!])\s+(?=[A-Z])")


def _first_sentence(text: str) -> tuple[str, str]:
    parts = _NEXT_SENTENCE.split(text.strip(), maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""


def _decision_from_body(body: str, rule: str, line: str, ctx: ExtractionContext) -> DecisionItem | None:
    first, after = _first_sentence(body)
    summary, why = split_rationale(first if after else body)
    if why is None and after and len(after.split()) <= 45:
        # "Decided: we fly the Mavic 3M, not the fixed wing. The blocks are too steep ...":
        # the sentences after the decision say why
        why = after.strip(" .!")
    summary = clean_summary(summary)
    if not summary:
        return None
    return DecisionItem(summary, why, ctx.author.email, rule, line.strip())


def _hash_changes(line: str, ctx: ExtractionContext) -> list[StatusChange]:
    out: list[StatusChange] = []
    matches = list(_HASH_CHANGE.finditer(line))
    author = ctx.author
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        rest = line[m.end():end].strip(" \t,;")
        what = m.group("what").lower()
        task_id = int(m.group("id"))
        status: str | None = None
        new_due = None
        reason: str | None = None
        confirmed = False
        if what in _DONE_WORDS:
            status = "done"
        elif what in ("blocked", "stuck"):
            status = "blocked"
            # "blocked: waiting for X" / "blocked on X" / "blocked because X" -> "X"
            reason = re.sub(r"^[:\-–—\s]*(?:on|by|until|because(?: of)?|(?:still\s+)?waiting (?:on|for))?\s*",
                            "", rest, flags=re.IGNORECASE).strip(" .") or None
        elif what in ("on track", "on schedule"):
            confirmed = True
        elif what.startswith("re"):
            status = "open"
        else:
            head = re.split(r"\b(?:because|since|as|due to)\b", rest, maxsplit=1, flags=re.IGNORECASE)[0]
            dates = find_dates(head, ctx.sent_at, author.tz, author.date_order, numeric_needs_cue=False)
            new_due = dates[0].value if dates else None
            reason = reason_from(rest)
        out.append(StatusChange(task_id, None, status, new_due, reason, confirmed, "explicit:task-ref",
                                line[m.start():end].strip()))
    return out


def explicit_lines(lines: list[str], ctx: ExtractionContext, index: MemberIndex) -> tuple[list[Item], set[int]]:
    """Items from convention lines, and the numbers of the lines they used.

    A line that holds a "#id done" sentence and other prose keeps only the prose:
    ``lines`` is updated in place so the natural-language rules read the rest.
    """
    items: list[Item] = []
    used: set[int] = set()
    last_decision_line = -2
    last_decision_pos = -1
    prev_nonempty = -1
    in_task_list = False
    for no, line in enumerate(lines):
        if not line.strip():
            continue
        if _TASK_HEADER.match(line):
            in_task_list = True
            used.add(no)
            prev_nonempty = no
            continue
        item_line = _LIST_ITEM.match(line)
        if in_task_list and item_line is None:
            in_task_list = False
        if len(line) > _MAX_LINE:
            prev_nonempty = no
            continue
        m = _CHECKBOX.match(line)
        if m:
            status = "open" if m.group("mark") == " " else "done"
            task = _task_from_body(m.group("body"), status, "explicit:checkbox", line, ctx, index)
            if task:
                items.append(task)
                used.add(no)
        elif item_line is not None and (in_task_list or _is_member_to_verb(item_line.group("body"), index)):
            task = _task_from_body(item_line.group("body"), "open", "explicit:action-list", line, ctx, index)
            if task:
                items.append(task)
                used.add(no)
        elif (m := _TASK_LINE.match(line)) is not None:
            task = _task_from_body(m.group("body"), "open", "explicit:task-line", line, ctx, index)
            if task:
                items.append(task)
                used.add(no)
        elif (m := _DECISION_LINE.match(line)) is not None:
            new_decision = _decision_from_body(m.group("body"), "explicit:decision-line", line, ctx)
            if new_decision:
                items.append(new_decision)
                used.add(no)
                last_decision_line, last_decision_pos = no, len(items) - 1
        elif (m := _RATIONALE_LINE.match(line)) is not None and prev_nonempty == last_decision_line:
            decision = items[last_decision_pos]
            if isinstance(decision, DecisionItem):
                why = m.group("body").strip(" .")
                items[last_decision_pos] = DecisionItem(
                    decision.summary, why, decision.decided_by, decision.rule,
                    decision.evidence + "\n" + line.strip())
                used.add(no)
        elif (m := _QUESTION_LINE.match(line)) is not None:
            text = m.group("body").strip()
            items.append(QuestionItem(text, None, "explicit:question-line", line.strip()))
            used.add(no)
        else:
            changes = _hash_changes(line, ctx)
            if changes:
                items.extend(changes)
                rest = _rest_of_hash_line(line)
                if rest:
                    # "#205 done. Also pushed the .com redirect" - the prose goes on.
                    lines[no] = rest
                else:
                    used.add(no)
        prev_nonempty = no
    return items, used


def _rest_of_hash_line(line: str) -> str:
    """Sentences of a line that carry no "#id status" change."""
    parts = re.split(r"(?<=[.!?])\s+(?=\S)", line.strip())
    return " ".join(p for p in parts if not _HASH_CHANGE.search(p)).strip()


def _is_member_to_verb(body: str, index: MemberIndex) -> bool:
    """A list item "Kevin to add X" names an owner and a job even without a header."""
    m = _NAME_TO.match(body.strip())
    if not m or not re.match(r"^[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+to\s", body.strip()):
        return False
    name = m.group("name")
    first_word = m.group("rest").split(None, 1)[0].lower()
    return bool(index.lookup(name) or index.lookup(name.split()[0])) and first_word in ACTION_VERBS


def bare_reply(first_sentence: str, ctx: ExtractionContext) -> StatusChange | None:
    """A short reply to a task's check-in mail: "Done!", "yes", "new date: Friday"; and
    "All done!" from its owner on a thread with one open task."""
    text = first_sentence.strip()
    author = ctx.author
    if ctx.task_id is None:
        owner = next((t.owner for t in ctx.known_tasks if t.id == ctx.thread_task_id), None)
        bare = _BARE_DONE.match(text)
        # "All done!" / "Checked it: the list matches": the verdict leads the reply
        if (ctx.thread_task_id is not None and owner == author.email and bare is not None
                and (bare.end() == len(text) or re.search(r"[:!.]\s*$", bare.group(0)))):
            return StatusChange(ctx.thread_task_id, None, "done", None, None, False, "explicit:bare-done", text)
        return None
    if _BARE_CONFIRM.match(text):
        return StatusChange(ctx.task_id, None, None, None, None, True, "explicit:bare-confirm", text)
    if _BARE_DONE.match(text):
        return StatusChange(ctx.task_id, None, "done", None, None, False, "explicit:bare-done", text)
    m = _BARE_NEW_DATE.match(text)
    if m:
        rest = m.group("rest")
        head = re.split(r"\b(?:because|since|as|due to)\b", rest, maxsplit=1, flags=re.IGNORECASE)[0]
        dates = find_dates(head, ctx.sent_at, author.tz, author.date_order, numeric_needs_cue=False)
        if dates:
            return StatusChange(ctx.task_id, None, None, dates[0].value, reason_from(rest), False,
                                "explicit:bare-new-date", text)
    m = _BARE_BLOCKED.match(text)
    if m:
        reason = m.group("reason").strip(" .!") or None
        return StatusChange(ctx.task_id, None, "blocked", None, reason, False, "explicit:bare-blocked", text)
    return None
