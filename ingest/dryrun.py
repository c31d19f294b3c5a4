"""``trackfront parse``: run the reading stages over raw bytes without touching the store,
and say what would be recorded and why."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ingest.errors import Discard, Quarantine
from ingest.extraction import ExtractionContext, Person, extract
from ingest.identity import identify
from ingest.pipeline import (
    AuthorStage,
    BudgetStage,
    ClassifyStage,
    Inbound,
    NewTextStage,
    ParseStage,
    Pipeline,
    PipelineOptions,
)


@dataclass
class _Unstored:
    """Just enough of a Message row for the reading stages."""

    raw: bytes
    message_id: str
    forced_project_id: int | None = None
    live: bool = False


READING_STAGES = [BudgetStage(), ParseStage(), AuthorStage(), ClassifyStage(), NewTextStage()]


def dry_run(
    raw: bytes,
    *,
    source: str = "",
    members: Sequence[Person] | None = None,
    explain: bool = False,
) -> dict[str, Any]:
    ident = identify(raw)
    item = Inbound(row=_Unstored(raw=raw, message_id=ident.message_id))  # type: ignore[arg-type]
    pipe = Pipeline(PipelineOptions(), stages=READING_STAGES)
    verdict = "would be processed"
    try:
        for stage in READING_STAGES:
            stage.process(pipe, item)
    except Discard as exc:
        item.kind = exc.kind
        verdict = f"recorded, no items: {exc.reason}"
    except Quarantine as exc:
        verdict = f"quarantined: {exc.reason}"
    result: dict[str, Any] = {
        "message_id": ident.message_id,
        "source": source,
        "author": item.author_email,
        "author_name": item.author_name,
        "sender": item.sender_email,
        "subject": item.subject,
        "date": item.date.isoformat() if item.date else None,
        "kind": item.kind,
        "forwarded": item.forwarded,
        "reply_text": item.newtext.reply_text if item.newtext else "",
        "tasks": [],
        "decisions": [],
        "questions": [],
        "changes": [],
        "verdict": verdict,
    }
    if item.newtext is not None and item.kind == "normal" and verdict == "would be processed":
        people = list(members or [])
        author = next((m for m in people if m.email == item.author_email), None) or Person(
            email=item.author_email or "", name=item.author_name, role="client"
        )
        ctx = ExtractionContext(
            author=author,
            sent_at=item.date or dt.datetime.now(dt.timezone.utc),
            members=people,
            to=item.to,
            cc=item.cc,
        )
        found = extract(item.newtext.reply_text, ctx).to_json()
        for key in ("tasks", "decisions", "questions", "changes"):
            rows = found.get(key, [])
            if not explain:
                for row in rows:
                    row.pop("evidence", None)
            result[key] = rows
    if item.newtext is not None and item.newtext.forwarded is not None:
        result["forwarded_by"] = item.sender_email
    return result
