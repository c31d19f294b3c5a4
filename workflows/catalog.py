"""The registry of workflows, in the order ``tick`` runs them (a duplicate name fails here)."""
from __future__ import annotations

import datetime as dt

from store.db import to_naive_utc
from store.models import Message, Person
from workflows.deadlines import AtRiskCheck, DelayNotice, OverdueAlert
from workflows.engine import Registry, RunContext
from workflows.followups import CheckIn, Clarification, FeedbackRequest
from workflows.weekly import WeeklyUpdate


class Confirmation:
    """Echo to a team member what their mail recorded (normally sent as the mail arrives)."""

    name = "confirmation"
    description = "Reply once to a team member's mail with the items it created or changed"

    def run(self, ctx: RunContext, now: dt.datetime) -> None:
        from store import directory
        from workflows.reactions import confirm

        since = to_naive_utc(now) - dt.timedelta(days=2)
        rows = Message.select().where(
            (Message.status == "processed") & (Message.live == True)
            & (Message.processed_at >= since) & Message.project.is_null(False)
        )
        if ctx.project is not None:
            rows = rows.where(Message.project == ctx.project)
        for message in rows:
            author = Person.get_or_none(Person.email == message.author_email)
            if author is None or message.project is None:
                continue
            role = directory.role_in(message.project, author.email) or "guest"
            confirm(ctx, message, author, role, now)


def default_registry() -> Registry:
    return Registry([
        WeeklyUpdate(),
        AtRiskCheck(),
        DelayNotice(),
        OverdueAlert(),
        FeedbackRequest(),
        Clarification(),
        CheckIn(),
        Confirmation(),
    ])
