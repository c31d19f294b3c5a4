"""Deadline workflows: ask owners ahead of a due date, tell clients about slips at once,
alert on overdue tasks with no news (the team first, the client after a grace period)."""
from __future__ import annotations

import datetime as dt

from outbound import views as v
from store import directory
from store.db import to_naive_utc
from store.models import Person, Project, Task, TaskEvent
from workflows.engine import RunContext
from workflows.timing import (
    add_business_days,
    at_local,
    business_days_between,
    local,
    next_business_morning,
)
from workflows.weekly import task_view


def _clients(project: Project) -> list[Person]:
    return [p for p, role in directory.members(project) if role == "client"]


def _team(project: Project) -> list[Person]:
    return [p for p, role in directory.members(project) if role == "team"]


def _live(task: Task) -> bool:
    """Tasks from imported history never trigger mail."""
    from store.models import Message

    if task.source_message_id is None:
        return True
    src = Message.get_or_none(Message.id == task.source_message_id)
    return src is None or bool(src.live)


class AtRiskCheck:
    """Ask a task's owner 'is this still on track?' when it is due within N business days."""

    name = "at_risk_check"
    description = "Ask owners whether tasks due within N business days (default 2) are on track"

    def run(self, ctx: RunContext, now: dt.datetime) -> None:
        for project in ctx.projects():
            days = int(ctx.option(project, "at_risk_business_days", 2))
            query = Task.select().where(
                (Task.project == project) & (Task.status != "done") & Task.due.is_null(False)
                & Task.owner.is_null(False) & Task.confirmed_at.is_null()
            )
            for task in query:
                due: dt.date | None = task.due
                if due is None:  # the query excludes it; narrows the type
                    continue
                owner = Person.get_by_id(task.owner_id)
                today = local(now, owner.tz).date()
                if due < today or business_days_between(today, due) > days or not _live(task):
                    continue
                audience = "team" if _role(project, owner) == "team" else "client"
                if audience == "client" and task.visibility != "client":
                    # a client owning a task recorded in team-only mail: asking them would
                    # show them the internal task (the renderer would refuse at every tick)
                    continue
                left = business_days_between(today, due)
                view = v.AtRiskCheckContext(
                    project_name=project.name, recipient_name=owner.name or owner.email, task=task_view(task),
                    risk_reason="due today" if left == 0 else f"due in {left} business day{'s' if left != 1 else ''}",
                    last_update=task.updated_at.date() if task.updated_at else None,
                )
                ctx.send(workflow=self.name, kind="at_risk_check", audience=audience, project=project,
                         recipient=owner, view=view, period=f"task{task.id}:{task.due}",
                         now=now, thread=task.thread, task=task)


def _role(project: Project, person: Person) -> str:
    return directory.role_in(project, person.email) or "client"


class DelayNotice:
    """Tell the clients at once when a client-visible task's date moves, before the old date passes."""

    name = "delay_notice"
    description = "Delay notice to clients when a client-visible task slips (old date, new date, reason)"

    def run(self, ctx: RunContext, now: dt.datetime) -> None:
        since = to_naive_utc(now) - dt.timedelta(days=14)
        for project in ctx.projects():
            events = (
                TaskEvent.select(TaskEvent, Task).join(Task)
                .where((Task.project == project) & (TaskEvent.kind == "due") & (TaskEvent.at >= since)
                       & TaskEvent.old_value.is_null(False) & (TaskEvent.at <= to_naive_utc(now)))
                .order_by(TaskEvent.id)
            )
            for ev in events:
                notify_slip(ctx, project, ev, now)


def notify_slip(ctx: RunContext, project: Project, ev: TaskEvent, now: dt.datetime) -> None:
    task = ev.task
    if task.visibility != "client" or ev.new_value is None or not _live(task):
        return
    old, new = dt.date.fromisoformat(ev.old_value), dt.date.fromisoformat(ev.new_value)
    if new <= old:
        return
    for client in _clients(project):
        view = v.DelayNoticeContext(project_name=project.name, recipient_name=client.name or client.email,
                                    task=task_view(task, old, ev.reason))
        ctx.send(workflow="delay_notice", kind="delay_notice", audience="client", project=project,
                 recipient=client, view=view, period=f"task{task.id}:event{ev.id}", now=now,
                 thread=task.thread, task=task)


class OverdueAlert:
    """An overdue task with no news: the team the next business morning, the client after a grace period."""

    name = "overdue_alert"
    description = "Overdue tasks with no news: alert the team next business morning, clients after a grace period"

    def run(self, ctx: RunContext, now: dt.datetime) -> None:
        for project in ctx.projects():
            grace = int(ctx.option(project, "overdue_client_grace_days", 2))
            query = Task.select().where(
                (Task.project == project) & (Task.status != "done") & Task.due.is_null(False)
            )
            for task in query:
                due: dt.date | None = task.due
                if due is None or not _live(task):
                    continue
                tz = "UTC"
                if task.owner_id:
                    tz = Person.get_by_id(task.owner_id).tz
                morning = next_business_morning(at_local(due, dt.time(12), tz), tz)
                if now < morning:
                    continue
                news = TaskEvent.select().where(
                    (TaskEvent.task == task) & (TaskEvent.kind.in_(["status", "due", "confirmed"]))
                    & (TaskEvent.at >= to_naive_utc(at_local(due, dt.time(0), tz)))
                ).exists()
                if news:
                    continue
                period = f"task{task.id}:{task.due}"
                for member in _team(project):
                    view = v.OverdueAlertContext(project_name=project.name, recipient_name=member.name or member.email,
                                                 tasks=[task_view(task)], today=local(now, member.tz).date())
                    ctx.send(workflow=self.name, kind="overdue_alert", audience="team", project=project,
                             recipient=member, view=view, period=period, now=now, thread=task.thread, task=task)
                client_day = add_business_days(local(morning, tz).date(), grace)
                if task.visibility == "client" and local(now, tz).date() >= client_day:
                    for client in _clients(project):
                        view = v.OverdueAlertContext(project_name=project.name,
                                                     recipient_name=client.name or client.email,
                                                     tasks=[task_view(task)], today=local(now, client.tz).date())
                        ctx.send(workflow=self.name, kind="overdue_alert", audience="client", project=project,
                                 recipient=client, view=view, period=period + ":client", now=now,
                                 thread=task.thread, task=task)
