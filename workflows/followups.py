"""Follow-up workflows: feedback requests after delivered work, clarification requests for
vague tasks, and the team's weekly check-in question."""
from __future__ import annotations

import datetime as dt

from outbound import views as v
from store import directory
from store.db import to_naive_utc, write_transaction
from store.models import Event, Person, Task, Thread
from workflows.deadlines import _clients, _live
from workflows.engine import RunContext
from workflows.timing import hhmm, iso_week, next_business_morning, weekly_slot
from workflows.weekly import task_view

LOOKBACK = dt.timedelta(days=21)


class FeedbackRequest:
    """When a client-visible task is done, ask the client contacts for feedback the next morning."""

    name = "feedback_request"
    description = "Ask clients for feedback on delivered work, the next morning their time (once per task)"

    def run(self, ctx: RunContext, now: dt.datetime) -> None:
        since = to_naive_utc(now) - LOOKBACK
        for project in ctx.projects():
            done = Task.select().where(
                (Task.project == project) & (Task.status == "done") & (Task.visibility == "client")
                & (Task.done_at >= since)
            )
            for task in done:
                finished: dt.datetime | None = task.done_at
                if finished is None or not _live(task):
                    continue
                done_at = finished.replace(tzinfo=dt.UTC)
                for client in _clients(project):
                    if now < next_business_morning(done_at, client.tz):
                        continue
                    view = v.FeedbackRequestContext(project_name=project.name,
                                                    recipient_name=client.name or client.email,
                                                    items=[task_view(task)])
                    ctx.send(workflow=self.name, kind="feedback_request", audience="client", project=project,
                             recipient=client, view=view, period=f"task{task.id}", now=now,
                             thread=task.thread, task=task)


class Clarification:
    """A task recorded without an owner or a due date: one email to its author asking for them."""

    name = "clarification"
    description = "Ask the author of a task with no owner or no due date to fill them in (once per task)"

    def run(self, ctx: RunContext, now: dt.datetime) -> None:
        since = to_naive_utc(now) - LOOKBACK
        for project in ctx.projects():
            vague = Task.select().where(
                (Task.project == project) & (Task.status != "done") & Task.author.is_null(False)
                & (Task.owner.is_null() | Task.due.is_null()) & (Task.created_at >= since)
                & (Task.created_at <= to_naive_utc(now))
            )
            for task in vague:
                if not _live(task):
                    continue
                author = Person.get_by_id(task.author_id)
                role = directory.role_in(project, author.email)
                if role not in ("client", "team"):
                    continue
                missing = [m for m, gap in (("owner", task.owner_id is None), ("due date", task.due is None)) if gap]
                view = v.ClarificationContext(
                    project_name=project.name, recipient_name=author.name or author.email,
                    original_subject=task.thread.subject if task.thread_id and task.thread else task.title,
                    items=[v.ClarificationItemView(
                        excerpt=f"#{task.id} {task.title}", missing=missing,
                        example=f"@{author.email.split('@')[0]} by Friday",
                        visibility=v.VISIBILITY_SHARED if task.visibility == "client" else v.VISIBILITY_INTERNAL,
                    )],
                )
                ctx.send(workflow=self.name, kind="clarification", audience="team" if role == "team" else "client",
                         project=project, recipient=author, view=view, period=f"task{task.id}", now=now,
                         thread=task.thread, task=task)


class CheckIn:
    """Ask the team a question on a schedule (default Monday 09:00: what's blocking you?)."""

    name = "check_in"
    description = "Weekly check-in question to the team (default Monday 09:00); answers go into the team update"

    def run(self, ctx: RunContext, now: dt.datetime) -> None:
        for project in ctx.projects():
            if not ctx.option(project, "check_in", True):
                continue
            question = str(ctx.option(project, "check_in_question", "What's blocking you this week?"))
            day = int(ctx.option(project, "check_in_day", 0))
            at = hhmm(str(ctx.option(project, "check_in_time", "09:00")), dt.time(9))
            for person, role in directory.members(project):
                if role != "team":
                    continue
                slot = weekly_slot(now, person.tz, day, at)
                if now - slot > dt.timedelta(days=2) and ctx.preview_for is None:
                    continue
                period = iso_week(slot, person.tz)
                if ctx.already(self.name, project, period, person.email):
                    continue
                mine = Task.select().where((Task.project == project) & (Task.owner == person)
                                           & (Task.status != "done")).order_by(Task.due.asc(nulls="LAST"))
                view = v.CheckInContext(project_name=project.name, recipient_name=person.name or person.email,
                                        question=question, open_tasks=[task_view(t) for t in mine])
                if ctx.preview_for is not None:
                    ctx.send(workflow=self.name, kind="check_in", audience="team", project=project,
                             recipient=person, view=view, period=period, now=now)
                    continue
                # the answers' thread commits with the message, or not at all when another
                # worker sent this check-in first (no stray threads for the weekly summary)
                with write_transaction() as txn:
                    thread = Thread.create(project=project, subject=f"Check-in {period}",
                                           normalized_subject="", created_at=to_naive_utc(now),
                                           last_message_at=to_naive_utc(now), participants=[person.email])
                    Event.create(kind="check_in_thread", project=project, message=period,
                                 data={"thread_id": thread.id, "recipient": person.email})
                    if ctx.send(workflow=self.name, kind="check_in", audience="team", project=project,
                                recipient=person, view=view, period=period, now=now, thread=thread) is None:
                        txn.rollback()
