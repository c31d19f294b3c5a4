"""Score ``extract()`` against hand-labelled messages (tests/data/extraction/labelled.json).

Used by the accuracy benchmark and by the threshold test, so both count the same way.

Matching, one-to-one and in label order:
- task: every title keyword appears (case-insensitive) in the title, and owner, due
  and status are equal;
- decision: every summary keyword is in the summary; ``rationale_keywords`` null means
  no rationale is expected (the extracted one must be None), else every keyword is in it;
- question: every keyword is in the text;
- change: task_id, status, new_due and confirmed are equal; ``reason_keywords`` (when
  not null) and ``hint_keywords`` (when present) are contained in reason / hint. A label
  of status "open" on a change that only moves the date or confirms it means the same as
  null (the task stays open); one labeller wrote it that way.
An extracted item that matches no label is a false positive; a label nobody matched is a
false negative (a task with the right title but wrong owner counts as both).
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

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

__all__ = ["KINDS", "Score", "context_for", "load_labelled", "score_messages"]

KINDS = ("tasks", "decisions", "questions", "changes")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[tuple[str, str, Any]] = field(default_factory=list)  # (message id, "missed"/"spurious", item)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_labelled(path: Path) -> list[dict[str, Any]]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _person(raw: dict[str, Any]) -> Person:
    return Person(raw["email"].lower(), raw.get("name"), raw["role"], raw.get("tz", "UTC"),
                  raw.get("date_order", "MDY"))


def context_for(message: dict[str, Any]) -> ExtractionContext:
    return ExtractionContext(
        author=_person(message["author"]),
        sent_at=datetime.fromisoformat(message["sent_at"]),
        members=[_person(p) for p in message["members"]],
        to=[a.lower() for a in message.get("to", [])],
        cc=[a.lower() for a in message.get("cc", [])],
        task_id=message.get("task_id"),
        known_tasks=[KnownTask(t["id"], t["title"], t.get("owner"),
                               date.fromisoformat(t["due"]) if t.get("due") else None)
                     for t in message.get("known_tasks", [])],
    )


def _has_all(keywords: list[str] | None, text: str | None) -> bool:
    if keywords is None:
        return True
    if text is None:
        return False
    low = text.lower()
    return all(k.lower() in low for k in keywords)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _task_ok(exp: dict[str, Any], got: TaskItem) -> bool:
    return (_has_all(exp["title_keywords"], got.title) and exp.get("owner") == got.owner
            and exp.get("due") == _iso(got.due) and exp.get("status", "open") == got.status)


def _decision_ok(exp: dict[str, Any], got: DecisionItem) -> bool:
    if not _has_all(exp["summary_keywords"], got.summary):
        return False
    why = exp.get("rationale_keywords")
    return got.rationale is None if why is None else _has_all(why, got.rationale)


def _question_ok(exp: dict[str, Any], got: QuestionItem) -> bool:
    return _has_all(exp["keywords"], got.text)


def _change_ok(exp: dict[str, Any], got: StatusChange) -> bool:
    status = exp.get("status")
    if status == "open" and got.status is None and (exp.get("new_due") or exp.get("confirmed")):
        status = None
    return (exp.get("task_id") == got.task_id and status == got.status
            and exp.get("new_due") == _iso(got.new_due) and bool(exp.get("confirmed")) == got.confirmed
            and _has_all(exp.get("reason_keywords"), got.reason)
            and _has_all(exp.get("hint_keywords"), got.task_title_hint))


_CHECKS: dict[str, Callable[[dict[str, Any], Any], bool]] = {
    "tasks": _task_ok, "decisions": _decision_ok, "questions": _question_ok, "changes": _change_ok,
}


def score_messages(messages: list[dict[str, Any]], run: Callable[[str, ExtractionContext], Extraction]
                   ) -> dict[str, Score]:
    scores = {kind: Score() for kind in KINDS}
    for message in messages:
        result = run(message["text"], context_for(message))
        for kind in KINDS:
            got = list(getattr(result, kind))
            used = [False] * len(got)
            score = scores[kind]
            for exp in message["expected"].get(kind, []):
                for i, item in enumerate(got):
                    if not used[i] and _CHECKS[kind](exp, item):
                        used[i] = True
                        score.tp += 1
                        break
                else:
                    score.fn += 1
                    score.misses.append((message["id"], "missed", exp))
            for i, item in enumerate(got):
                if not used[i]:
                    score.fp += 1
                    score.misses.append((message["id"], "spurious", item))
    return scores
