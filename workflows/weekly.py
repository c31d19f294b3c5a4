"""The weekly update: per project and recipient, at the recipient's day and local time.

Clients get the formal version with client-visible items only; the team gets everything,
plus overdue and vague tasks, quarantine, check-in answers and client feedback."""
from __future__ import annotations

import datetime as dt

from outbound import views as v
from store import directory
from store.db import to_naive_utc
from store.models import (
    Decision,
    Event,
    Message,
    Person,
    Project,
    Quarantine,
    Question,
    Task,
    TaskEvent,
)
from workflows.engine import RunContext
from workflows.timing import hhmm, iso_week, local, weekly_slot


def person_name(person_id: int | None) -> str | None:
    if person_id is None:
        return None
    p = Person.get_or_none(Person.id == person_id)
    return (p.name or p.email) if p else None


def shown_as(visibility: str) -> str:
    """Store visibility ("client"/"internal") as the renderer's ("shared"/"internal")."""
    return v.VISIBILITY_SHARED if visibility == "client" else v.VISIBILITY_INTERNAL


def task_view(t: Task, old_due: dt.date | None = None, reason: str | None = None) -> v.TaskView:
    owner = Person.get_or_none(Person.id == t.owner_id) if t.owner_id else None
    return v.TaskView(
        id=t.id,
        title=t.title,
        owner_name=(owner.name or owner.email) if owner else None,
        owner_email=owner.email if owner else None,
        due=t.due,
        status=t.status,
        visibility=shown_as(t.visibility),
        old_due=old_due,
        new_due=t.due if old_due else None,
        reason=reason,
    )


def decision_view(d: Decision) -> v.DecisionView:
    return v.DecisionView(
        summary=d.summary,
        rationale=d.rationale,
        decided_by_name=person_name(d.decided_by_id) or "",
        date=d.decided_at.date(),
        visibility=shown_as(d.visibility),
    )


def question_view(q: Question) -> v.QuestionView:
    return v.QuestionView(id=q.id, text=q.text, asked_by_name=person_name(q.asked_by_id) or "",
                          visibility=shown_as(q.visibility))


def build_weekly(
    project: Project, recipient: Person, audience: str, start: dt.datetime, end: dt.datetime, today: dt.date,
    unsubscribe_url: str | None = None,
) -> v.WeeklyUpdateContext:
    s, e = to_naive_utc(start), to_naive_utc(end)
    client = audience == "client"

    def visible(q):  # type: ignore[no-untyped-def]
        return q.where(Task.visibility == "client") if client else q

    tasks = Task.select().where(Task.project == project)
    done = list(visible(tasks.where((Task.status == "done") & (Task.done_at >= s) & (Task.done_at < e))))
    open_tasks = list(visible(tasks.where(Task.status != "done")).order_by(Task.due.asc(nulls="LAST"), Task.id))
    in_progress = [t for t in open_tasks if t.owner_id is not None]
    horizon = today + dt.timedelta(days=14)
    coming_up = [t for t in open_tasks if t.due is not None and today <= t.due <= horizon]
    decisions = Decision.select().where(
        (Decision.project == project) & (Decision.decided_at >= s) & (Decision.decided_at < e)
    )
    if client:
        decisions = decisions.where(Decision.visibility == "client")
    questions = Question.select().where((Question.project == project) & (Question.status == "open"))
    if client:
        questions = questions.where(Question.visibility == "client")
    waiting_q = [q for q in questions if q.addressed_to_id == recipient.id
                 or (q.addressed_to_id is None and q.asked_by_id != recipient.id and _other_side(project, q, recipient))]
    waiting_t = [t for t in open_tasks if t.owner_id == recipient.id]
    delay_events = (
        TaskEvent.select(TaskEvent, Task)
        .join(Task)
        .where((Task.project == project) & (TaskEvent.kind == "due") & (TaskEvent.at >= s) & (TaskEvent.at < e))
        .order_by(TaskEvent.at)
    )
    delays = []
    for ev in delay_events:
        if client and ev.task.visibility != "client":
            continue
        if ev.old_value is None:
            continue
        view = task_view(ev.task, dt.date.fromisoformat(ev.old_value), ev.reason)
        delays.append(view)
    overdue, vague, feedback, answers = [], [], [], []
    quarantine_count = 0
    if not client:
        overdue = [task_view(t) for t in open_tasks if t.due is not None and t.due < today]
        vague = [task_view(t) for t in open_tasks if t.owner_id is None or t.due is None]
        quarantine_count = (
            Quarantine.select().join(Message)
            .where((Quarantine.released == False) & ((Message.project == project) | (Message.project.is_null())))
            .count()
        )
        feedback = [
            v.FeedbackView(from_name=person_name(ev.person_id) or "", text=f"{ev.task.title}: {ev.new_value or ''}",
                           date=ev.at.date(), visibility=v.VISIBILITY_INTERNAL)
            for ev in TaskEvent.select(TaskEvent, Task).join(Task).where(
                (Task.project == project) & (TaskEvent.kind == "feedback") & (TaskEvent.at >= s) & (TaskEvent.at < e)
            )
        ]
        answers = check_in_answers(project, s, e)
    quiet = not (done or decisions.exists() or delays or any(t.created_at >= s for t in open_tasks))
    return v.WeeklyUpdateContext(
        project_name=project.name,
        recipient_name=recipient.name or recipient.email,
        unsubscribe_url=unsubscribe_url,
        period_start=local(start, recipient.tz).date(),
        period_end=local(end, recipient.tz).date(),
        done=[task_view(t) for t in done],
        in_progress=[task_view(t) for t in in_progress],
        coming_up=[task_view(t) for t in coming_up],
        decisions=[decision_view(d) for d in decisions],
        waiting_on_you=[question_view(q) for q in waiting_q],
        waiting_tasks=[task_view(t) for t in waiting_t],
        delays=delays,
        overdue=overdue,
        vague=vague,
        quarantine_count=quarantine_count,
        check_in_answers=answers,
        feedback=feedback,
        quiet=quiet,
    )


def _other_side(project: Project, q: Question, recipient: Person) -> bool:
    """An unaddressed question waits on the other side: the team's on clients, and back."""
    asker_role = directory.role_in(project, Person.get_by_id(q.asked_by_id).email) if q.asked_by_id else None
    mine = directory.role_in(project, recipient.email)
    return asker_role is not None and mine is not None and asker_role != mine


def check_in_answers(project: Project, s: dt.datetime, e: dt.datetime) -> list[v.CheckInAnswerView]:
    thread_ids = [
        ev.data.get("thread_id")
        for ev in Event.select().where((Event.project == project) & (Event.kind == "check_in_thread"))
    ]
    if not thread_ids:
        return []
    rows = Message.select().where(
        (Message.thread.in_(thread_ids)) & (Message.status == "processed") & (Message.date >= s) & (Message.date < e)
    ).order_by(Message.date)
    return [
        v.CheckInAnswerView(person_name=m.author_name or m.author_email or "", text=(m.reply_text or "").strip()[:1000],
                            date=m.date.date() if m.date else None, visibility=v.VISIBILITY_INTERNAL)
        for m in rows if (m.reply_text or "").strip()
    ]


def project_epoch(project: Project) -> dt.datetime:
    """When the project's record starts: its first message, else its creation.  Weekly slots
    before it have nothing to report (and a replay with an old clock still works)."""
    first = (
        Message.select(Message.date).where((Message.project == project) & Message.date.is_null(False))
        .order_by(Message.date).first()
    )
    start = project.created_at
    if first is not None and first.date < start:
        start = first.date
    return start.replace(tzinfo=dt.UTC)


class WeeklyUpdate:
    """Weekly update per project and recipient at their weekly day and time (default Friday 16:00)."""

    name = "weekly_update"
    description = "Weekly update: formal client version, informal team version, at each recipient's local time"

    def run(self, ctx: RunContext, now: dt.datetime) -> None:
        for project in ctx.projects():
            send_quiet = bool(ctx.option(project, "quiet_week_note", True))
            epoch = project_epoch(project)
            for person, role in directory.members(project):
                if role not in ("client", "team"):
                    continue
                slot = weekly_slot(now, person.tz, person.weekly_day, hhmm(person.weekly_time, dt.time(16)))
                if ctx.preview_for is None and (now - slot > dt.timedelta(days=6, hours=12) or slot <= epoch):
                    continue
                period = iso_week(slot, person.tz)
                if ctx.already(self.name, project, period, person.email):
                    continue
                audience = "client" if role == "client" else "team"
                view = build_weekly(project, person, audience, slot - dt.timedelta(days=7), slot,
                                    local(now, person.tz).date(), ctx.unsubscribe_url(self.name, project))
                if view.quiet and not send_quiet:
                    continue
                ctx.send(workflow=self.name, kind="weekly_update", audience=audience, project=project,
                         recipient=person, view=view, period=period, now=now, digest=True)
