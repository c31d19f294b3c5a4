"""Extraction stage: find tasks, decisions, questions and status changes in the new
text of one email (quotes and signature already removed by an earlier stage).

Pure functions, no database: the caller passes who wrote the message, when, to whom,
and which tasks are open; ``extract`` returns what the text says about them.

Order of work:
1. the greeting ("Hi Maya,") tells whom the message addresses;
2. convention lines (``Task:``, ``- [ ]``, ``Decision:``, ``#12 done``) are read and
   consumed (``ingest.rules_explicit``);
3. a bare reply to a task's check-in ("Done!", "yes", "new date: Friday");
4. every remaining sentence goes through the prose rules (``ingest.rules_natural``).
"""
from __future__ import annotations

from ingest.addressing import Greeting, MemberIndex, parse_greeting
from ingest.dates import resolve_date
from ingest.extraction_types import (
    DecisionItem,
    Extraction,
    ExtractionContext,
    KnownTask,
    Person,
    QuestionItem,
    StatusChange,
    TaskItem,
)
from ingest.rules_explicit import Item, bare_reply, explicit_lines
from ingest.rules_natural import Frame, sentence_items
from ingest.text_segments import normalise, units_from_lines

__all__ = [
    "DecisionItem", "Extraction", "ExtractionContext", "KnownTask", "Person", "QuestionItem",
    "StatusChange", "TaskItem", "extract", "resolve_date",
]


def extract(text: str, ctx: ExtractionContext) -> Extraction:
    """All items the message text states, each with the rule and evidence that produced it."""
    index = MemberIndex(ctx.members)
    author = ctx.author.email.lower()
    lines = normalise(text or "").split("\n")

    greeting = Greeting(False, (), False, 0)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None:
        greeting = parse_greeting(lines[first], index, author)
        if greeting.found:
            lines[first] = lines[first].strip()[greeting.consumed:]

    items: list[Item] = []
    explicit, used = explicit_lines(lines, ctx, index)
    items.extend(explicit)

    frame = Frame(ctx, index, _task_owner_fallback(ctx, index, greeting),
                  _question_fallback(ctx, index, greeting))
    units = units_from_lines([(no, line) for no, line in enumerate(lines) if no not in used])
    for position, unit in enumerate(units):
        found = sentence_items(unit.text, frame)
        if position == 0:
            bare = bare_reply(unit.text, ctx)
            if bare is not None:
                # The reply itself is the status change; prose rules would only repeat it.
                items.append(bare)
                found = [item for item in found if not isinstance(item, StatusChange)]
        items.extend(found)
    return _assemble(items)


def _single_to_member(ctx: ExtractionContext, index: MemberIndex) -> str | None:
    to = [addr.lower() for addr in ctx.to]
    if len(to) == 1 and to[0] in index.emails and to[0] != ctx.author.email.lower():
        return to[0]
    return None


def _task_owner_fallback(ctx: ExtractionContext, index: MemberIndex, greeting: Greeting) -> str | None:
    """Who "you" is in a request that names nobody.

    A greeting decides when there is one ("Hi Maya," -> Maya; "Hi all," -> nobody).
    Without one, a team member writing to exactly one member means that member; a client
    request that names nobody stays unowned (the team assigns it).
    """
    if greeting.found:
        return greeting.single
    if ctx.author.role == "client":
        return None
    return _single_to_member(ctx, index)


def _question_fallback(ctx: ExtractionContext, index: MemberIndex, greeting: Greeting) -> str | None:
    if greeting.found:
        return greeting.single
    return _single_to_member(ctx, index)


def _assemble(items: list[Item]) -> Extraction:
    tasks: list[TaskItem] = []
    decisions: list[DecisionItem] = []
    questions: list[QuestionItem] = []
    changes: list[StatusChange] = []
    seen: set[tuple[object, ...]] = set()
    for item in items:
        key: tuple[object, ...]
        if isinstance(item, TaskItem):
            key = ("t", item.title.lower(), item.owner)
            bucket: list = tasks
        elif isinstance(item, DecisionItem):
            key = ("d", item.summary.lower())
            bucket = decisions
        elif isinstance(item, QuestionItem):
            key = ("q", item.text.lower())
            bucket = questions
        else:
            key = ("c", item.task_id, item.task_title_hint if item.task_id is None else None,
                   item.status, item.new_due, item.confirmed)
            bucket = changes
        if key in seen:
            continue
        seen.add(key)
        bucket.append(item)
    return Extraction(tasks, decisions, questions, changes)
