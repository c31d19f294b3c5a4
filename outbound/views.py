"""What each outgoing mail kind needs to be rendered: plain, frozen view objects.

Workflows build these from the store and hand them to
:meth:`outbound.render.Renderer.render`.  Templates print what they are
given and nothing else, so **filtering is the caller's job**: a context for
audience "client" must only contain items whose ``visibility`` is
``VISIBILITY_SHARED``.  The renderer double-checks and raises RenderError
when it finds anything else (fail closed: unknown visibility values count as
internal).

Conventions for every view:

* dates are ``datetime.date`` (templates format them); ``None`` = unknown;
* names are display names ("Alice Smith"); e-mail addresses only where a
  field says ``_email``;
* sequences may be empty; templates leave out empty sections;
* every context has ``project_name``, ``recipient_name`` (how to greet the
  reader) and ``unsubscribe_url`` (a ``mailto:`` URL, only for digests such as
  the weekly update; ``None`` hides the link).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

VISIBILITY_SHARED = "shared"  # may be shown to the client
VISIBILITY_INTERNAL = "internal"  # team only

TASK_STATUSES = ("open", "in_progress", "blocked", "done", "cancelled")


# --- items ---------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class TaskView:
    """One task as a mail shows it.

    ``status`` is one of TASK_STATUSES.  ``old_due``/``new_due``/``reason``
    are filled for a moved due date (delays); ``reason`` also carries why a
    task is listed as vague ("no owner", "no due date").
    """

    id: int
    title: str
    owner_name: str | None = None
    owner_email: str | None = None
    due: dt.date | None = None
    status: str = "open"
    visibility: str = VISIBILITY_SHARED
    old_due: dt.date | None = None
    new_due: dt.date | None = None
    reason: str | None = None


@dataclass(frozen=True, kw_only=True)
class DecisionView:
    """A recorded decision: ``summary`` because ``rationale``."""

    summary: str
    rationale: str | None = None
    decided_by_name: str | None = None
    date: dt.date | None = None
    visibility: str = VISIBILITY_SHARED


@dataclass(frozen=True, kw_only=True)
class QuestionView:
    """An open question; ``id`` lets people answer with ``#<id> ...``."""

    id: int
    text: str
    asked_by_name: str | None = None
    visibility: str = VISIBILITY_SHARED


@dataclass(frozen=True, kw_only=True)
class CheckInAnswerView:
    """One person's answer to the last check-in."""

    person_name: str
    text: str
    date: dt.date | None = None
    visibility: str = VISIBILITY_SHARED


@dataclass(frozen=True, kw_only=True)
class FeedbackView:
    """Feedback received (for example from the client) during the period."""

    from_name: str
    text: str
    date: dt.date | None = None
    visibility: str = VISIBILITY_SHARED


@dataclass(frozen=True, kw_only=True)
class ClarificationItemView:
    """A line of an incoming mail that could not be recorded as it stands.

    ``excerpt`` quotes the line, ``missing`` names what is lacking (e.g.
    "owner", "due date"), ``example`` shows a line that would work
    ("Task: send the logo @dana due 2025-03-14").
    """

    excerpt: str
    missing: Sequence[str] = ()
    example: str | None = None
    visibility: str = VISIBILITY_SHARED


RECORDED_KINDS = ("task", "decision", "question", "done", "new_date", "answer")


@dataclass(frozen=True, kw_only=True)
class RecordedItemView:
    """Something recorded from an incoming mail; ``kind`` is one of RECORDED_KINDS."""

    kind: str
    summary: str
    ref_id: int | None = None
    visibility: str = VISIBILITY_SHARED


# --- contexts, one per mail kind -------------------------------------------


@dataclass(frozen=True, kw_only=True)
class MailContext:
    """Fields every mail kind has."""

    project_name: str
    recipient_name: str
    unsubscribe_url: str | None = None


@dataclass(frozen=True, kw_only=True)
class WeeklyUpdateContext(MailContext):
    """weekly_update: the digest for ``period_start``..``period_end`` (inclusive).

    done            tasks finished in the period
    in_progress     tasks being worked on
    coming_up       open tasks due soon (next ~2 weeks)
    decisions       decisions recorded in the period
    waiting_on_you  open questions addressed to the recipient
    waiting_tasks   open tasks the others are waiting on the recipient for
    delays          tasks whose due date moved (old_due, new_due, reason)
    overdue         open tasks past their due date
    vague           tasks missing an owner or a due date (reason says which)
    quarantine_count  incoming mails held for review (team only; 0 hides it)
    check_in_answers  answers to the last check-in
    feedback        feedback received in the period
    quiet           nothing happened: the mail says so briefly
    """

    period_start: dt.date
    period_end: dt.date
    done: Sequence[TaskView] = ()
    in_progress: Sequence[TaskView] = ()
    coming_up: Sequence[TaskView] = ()
    decisions: Sequence[DecisionView] = ()
    waiting_on_you: Sequence[QuestionView] = ()
    waiting_tasks: Sequence[TaskView] = ()
    delays: Sequence[TaskView] = ()
    overdue: Sequence[TaskView] = ()
    vague: Sequence[TaskView] = ()
    quarantine_count: int = 0
    check_in_answers: Sequence[CheckInAnswerView] = ()
    feedback: Sequence[FeedbackView] = ()
    quiet: bool = False


@dataclass(frozen=True, kw_only=True)
class DelayNoticeContext(MailContext):
    """delay_notice: ``task`` moved from ``task.old_due`` to ``task.new_due`` because ``task.reason``."""

    task: TaskView


@dataclass(frozen=True, kw_only=True)
class AtRiskCheckContext(MailContext):
    """at_risk_check: ask the owner whether ``task`` will make ``task.due``.

    ``risk_reason`` says why it looks at risk ("due in 2 days, no update for
    9 days"); ``last_update`` is the date of the last news, if any.
    """

    task: TaskView
    risk_reason: str
    last_update: dt.date | None = None


@dataclass(frozen=True, kw_only=True)
class OverdueAlertContext(MailContext):
    """overdue_alert: open ``tasks`` past their due date as of ``today``."""

    tasks: Sequence[TaskView]
    today: dt.date


@dataclass(frozen=True, kw_only=True)
class FeedbackRequestContext(MailContext):
    """feedback_request: ask for feedback on the delivered ``items``.

    ``question`` overrides the default "how did it go" wording; ``respond_by``
    is optional.
    """

    items: Sequence[TaskView]
    question: str | None = None
    respond_by: dt.date | None = None


@dataclass(frozen=True, kw_only=True)
class ClarificationContext(MailContext):
    """clarification: the mail ``original_subject`` had ``items`` that need more detail."""

    original_subject: str
    items: Sequence[ClarificationItemView]


@dataclass(frozen=True, kw_only=True)
class CheckInContext(MailContext):
    """check_in: periodic "how is it going" to a person about their ``open_tasks``.

    ``question`` overrides the default prompt; ``respond_by`` is optional.
    """

    open_tasks: Sequence[TaskView] = ()
    question: str | None = None
    respond_by: dt.date | None = None


@dataclass(frozen=True, kw_only=True)
class ConfirmationContext(MailContext):
    """confirmation: what was recorded from the mail ``original_subject``.

    ``not_understood`` quotes lines that matched a convention but could not be
    recorded (a clarification mail may follow).
    """

    original_subject: str
    recorded: Sequence[RecordedItemView] = ()
    not_understood: Sequence[str] = field(default_factory=tuple)


KIND_CONTEXTS: dict[str, type[MailContext]] = {
    "weekly_update": WeeklyUpdateContext,
    "delay_notice": DelayNoticeContext,
    "at_risk_check": AtRiskCheckContext,
    "overdue_alert": OverdueAlertContext,
    "feedback_request": FeedbackRequestContext,
    "clarification": ClarificationContext,
    "check_in": CheckInContext,
    "confirmation": ConfirmationContext,
}
AUDIENCES = ("client", "team")
