"""``trackfront parse``: run the reading stages over raw bytes without touching the store,
and say what would be recorded and why."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ingest.classify import automated_sender
from ingest.errors import Discard, Quarantine
from ingest.extraction import (
    ExtractionContext,
    KnownTask,
    Person,
    extract,
    read_under_a_note,
    recordable,
)
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
    Stage,
)


@dataclass
class _Unstored:
    """Just enough of a Message row for the reading stages."""

    raw: bytes
    message_id: str
    forced_project_id: int | None = None
    live: bool = False


READING_STAGES: list[Stage] = [BudgetStage(), ParseStage(), AuthorStage(), ClassifyStage(), NewTextStage()]
BODY_STAGES: list[Stage] = [BudgetStage(), ParseStage(), NewTextStage()]
_HEADER_LINE = re.compile(rb"^(From |[A-Za-z0-9-]{1,76}:[ \t]?)")


def wrap_bare_body(raw: bytes) -> bytes | None:
    """A file that is only a body (a reply-parser fixture, an HTML fragment) gets a minimal
    header so the reading stages can run on it; None when it already is a message."""
    first = raw.lstrip(b"\r\n\t \xef\xbb\xbf").split(b"\n", 1)[0]
    if _HEADER_LINE.match(first):
        return None
    html = first.lstrip().startswith(b"<")
    ctype = b"text/html" if html else b"text/plain"
    return b"Content-Type: " + ctype + b"; charset=utf-8\r\nMIME-Version: 1.0\r\n\r\n" + raw


def dry_run(
    raw: bytes,
    *,
    source: str = "",
    members: Sequence[Person] | None = None,
    known_tasks: Sequence[KnownTask] | None = None,
    explain: bool = False,
) -> dict[str, Any]:
    ident = identify(raw)
    wrapped = wrap_bare_body(raw)
    stages = READING_STAGES if wrapped is None else BODY_STAGES
    item = Inbound(row=_Unstored(raw=wrapped or raw, message_id=ident.message_id))  # type: ignore[arg-type]
    pipe = Pipeline(PipelineOptions(), stages=stages)
    verdict = "would be processed" if wrapped is None else "a bare body (no headers): reading only"
    try:
        for stage in stages:
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
    if item.newtext is not None and item.kind == "normal" and verdict.startswith(("would", "a bare")):
        people = list(members or [])

        def person(email: str | None, name: str | None) -> Person:
            return next((m for m in people if m.email == email), None) or Person(
                email=email or "", name=name, role="client"
            )

        nt = item.newtext
        # as the pipeline does: a forward's note is the forwarder's, the forwarded mail its author's
        parts = [(nt.reply_text, person(item.author_email, item.author_name), item.date)]
        if item.forwarded and nt.forwarded is not None:
            parts = ([] if automated_sender(item.author_email)
                     else [(nt.forwarded.text, person(item.author_email, item.author_name), item.date)])
            if nt.forward_note.strip():
                parts.insert(0, (nt.forward_note, person(item.sender_email, None), item.header_date))
        has_note = item.forwarded and nt.forwarded is not None and bool(nt.forward_note.strip())
        founds = [extract(text, ExtractionContext(author=author, sent_at=when or dt.datetime.now(dt.UTC), members=people,
                                                  to=item.to, cc=item.cc, known_tasks=known_tasks or ()))
                  for text, author, when in parts]
        if has_note and len(founds) == 2:
            # (as the pipeline does: one piece of work said in the note and in the mail below)
            founds = list(read_under_a_note(founds[0], founds[1]))
        for position, extracted in enumerate(founds):
            found_items = recordable(extracted, above_a_forward=has_note and position == 0)
            found = found_items.to_json()
            for key in ("tasks", "decisions", "questions", "changes"):
                rows = found.get(key, [])
                if not explain:
                    for row in rows:
                        row.pop("evidence", None)
                result[key].extend(rows)
    if item.newtext is not None and item.newtext.forwarded is not None:
        result["forwarded_by"] = item.sender_email
    return result
