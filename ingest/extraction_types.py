"""Data types exchanged by the extraction stage: what it is told about a message
(ExtractionContext) and what it finds in the text (Extraction and its items).

Kept apart from ``ingest.extraction`` so the rule modules can build items without
importing the orchestrator; ``ingest.extraction`` re-exports all of them.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

__all__ = [
    "DateProposal", "DecisionItem", "Extraction", "ExtractionContext", "KnownTask", "Person", "QuestionItem",
    "StatusChange", "TaskItem",
]


@dataclass(frozen=True)
class Person:
    email: str          # lower-case
    name: str | None    # "Sam Lee"
    role: str           # "client" | "team"
    tz: str = "UTC"     # IANA zone
    date_order: str = "MDY"   # "MDY" (US) or "DMY": how to read 3/12


@dataclass(frozen=True)
class DateProposal:
    """A new due date put up for an open task and not yet agreed (see ``ingest.date_proposals``)."""

    task_id: int
    due: date
    by: str             # who proposed it (email)


@dataclass(frozen=True)
class KnownTask:
    id: int
    title: str
    owner: str | None
    due: date | None = None     # current due date, so "pushed back a week" can move it


@dataclass(frozen=True)
class ExtractionContext:
    author: Person                  # who wrote the text (for a forward: the original author)
    sent_at: datetime               # aware datetime from the Date header
    members: Sequence[Person]       # all project members
    to: Sequence[str] = ()          # addresses in To (lower-case), project addresses removed
    cc: Sequence[str] = ()
    task_id: int | None = None      # the task this message replies to, if any
    known_tasks: Sequence[KnownTask] = ()   # open tasks of the project
    thread_task_id: int | None = None   # the thread's only open task, when it has exactly one
    open_questions: Sequence[str] = ()  # the thread's open questions (an answer to "X or Y?" decides)
    thread_tasks: Sequence[int] = ()    # the thread's open tasks, asked for in earlier messages
    attachments: int = 0                # files attached to the message the author wrote (not a forward's)
    proposals: Sequence[DateProposal] = ()  # days put up for the thread's open tasks, not yet agreed
    subject: str = ""                   # a forward's subject without Re:/Fwd: ("Observers for the sessions")


@dataclass(frozen=True)
class TaskItem:
    title: str
    owner: str | None       # member email or None (never guessed)
    due: date | None
    status: str             # "open" | "done" | "blocked"
    rule: str               # which rule fired, e.g. "explicit:task-line", "natural:request"
    evidence: str           # the sentence/line that fired


@dataclass(frozen=True)
class DecisionItem:
    summary: str
    rationale: str | None
    decided_by: str         # email (the author unless text says otherwise)
    rule: str
    evidence: str


@dataclass(frozen=True)
class QuestionItem:
    text: str
    addressed_to: str | None
    rule: str
    evidence: str


@dataclass(frozen=True)
class StatusChange:
    task_id: int | None     # explicit "#12" or ctx.task_id or a known task named in the text
    task_title_hint: str | None
    status: str | None      # "done" | "blocked" | "open" | None (unchanged)
    new_due: date | None
    reason: str | None
    confirmed: bool         # the owner confirmed it is on track ("yes", "on track")
    rule: str
    evidence: str
    proposed_due: date | None = None    # a day put up for agreement, not set (``ingest.date_proposals``)
    new_owner: str | None = None        # the member the work passes to (``ingest.handovers``)


def _jsonable(item: Any) -> dict[str, Any]:
    out = asdict(item)
    if out.get("proposed_due", False) is None:
        # (said only of a change that puts a day up: the usual change keeps its usual keys)
        del out["proposed_due"]
    if out.get("new_owner", False) is None:
        del out["new_owner"]
    for key, value in out.items():
        if isinstance(value, date):
            out[key] = value.isoformat()
    return out


@dataclass(frozen=True)
class Extraction:
    tasks: list[TaskItem] = field(default_factory=list)
    decisions: list[DecisionItem] = field(default_factory=list)
    questions: list[QuestionItem] = field(default_factory=list)
    changes: list[StatusChange] = field(default_factory=list)

    def to_json(self) -> dict[str, list[dict[str, Any]]]:
        """Plain dict for storage/logging; dates as YYYY-MM-DD."""
        return {
            "tasks": [_jsonable(t) for t in self.tasks],
            "decisions": [_jsonable(d) for d in self.decisions],
            "questions": [_jsonable(q) for q in self.questions],
            "changes": [_jsonable(c) for c in self.changes],
        }
