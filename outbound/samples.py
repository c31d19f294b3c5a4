"""Realistic example contexts for every mail kind.

For tests, the HTML screenshot, benchmarks and anyone editing templates
(``sample_context("weekly_update")`` shows what a filled view looks like).
All items are shared, so every sample is valid for both audiences.
"""

from __future__ import annotations

import datetime as dt

from outbound.views import (
    AtRiskCheckContext,
    CheckInAnswerView,
    CheckInContext,
    ClarificationContext,
    ClarificationItemView,
    ConfirmationContext,
    DecisionView,
    DelayNoticeContext,
    FeedbackRequestContext,
    FeedbackView,
    MailContext,
    OverdueAlertContext,
    QuestionView,
    RecordedItemView,
    TaskView,
    WeeklyUpdateContext,
)

TODAY = dt.date(2025, 3, 14)
_PROJECT = {"project_name": "Acme website relaunch", "recipient_name": "Alice Jensen"}


def _task(
    id: int, title: str, owner: str, due: dt.date | None, status: str = "open", **extra: object
) -> TaskView:
    email = owner.split()[0].lower() + "@studio.example" if owner else None
    return TaskView(
        id=id,
        title=title,
        owner_name=owner or None,
        owner_email=email,
        due=due,
        status=status,
        **extra,  # type: ignore[arg-type]
    )


def sample_context(kind: str, unsubscribe_url: str | None = None) -> MailContext:
    """A filled context for `kind` (a key of outbound.views.KIND_CONTEXTS)."""
    day = dt.timedelta(days=1)
    moved = _task(
        31,
        "Product page copy",
        "Bruno Keller",
        TODAY + 10 * day,
        old_due=TODAY + 3 * day,
        new_due=TODAY + 10 * day,
        reason="waiting for the final price list",
    )
    if kind == "weekly_update":
        return WeeklyUpdateContext(
            **_PROJECT,
            unsubscribe_url=unsubscribe_url,
            period_start=TODAY - 6 * day,
            period_end=TODAY,
            done=[
                _task(12, "Homepage wireframes approved", "Dana Ortiz", TODAY - 2 * day, "done"),
                _task(17, "Hosting contract signed", "Bruno Keller", TODAY - 1 * day, "done"),
            ],
            in_progress=[
                _task(
                    21,
                    "Visual design for the product pages",
                    "Dana Ortiz",
                    TODAY + 5 * day,
                    "in_progress",
                ),
                _task(
                    24, "Migrate blog posts <2019", "Evan Brooks", TODAY + 8 * day, "in_progress"
                ),
            ],
            coming_up=[_task(27, "Cookie banner wording", "Bruno Keller", TODAY + 6 * day)],
            decisions=[
                DecisionView(
                    summary="Launch in two languages (EN, DE)",
                    rationale="most orders come from Germany",
                    decided_by_name="Alice Jensen",
                    date=TODAY - 3 * day,
                )
            ],
            waiting_on_you=[
                QuestionView(
                    id=8, text="Can we reuse the 2023 product photos?", asked_by_name="Dana Ortiz"
                )
            ],
            waiting_tasks=[_task(26, "Send the final price list", "Alice Jensen", TODAY + 3 * day)],
            delays=[moved],
            overdue=[_task(19, "Send logo files in SVG", "Alice Jensen", TODAY - 4 * day)],
            vague=[_task(33, "Improve SEO", "", None, reason="no owner and no due date")],
            quarantine_count=2,
            check_in_answers=[
                CheckInAnswerView(
                    person_name="Evan Brooks",
                    text="Blog import script works, 40 of 120 posts done.",
                )
            ],
            feedback=[
                FeedbackView(
                    from_name="Alice Jensen", text="Love the new colour palette!", date=TODAY - day
                )
            ],
            quiet=False,
        )
    if kind == "delay_notice":
        return DelayNoticeContext(**_PROJECT, unsubscribe_url=unsubscribe_url, task=moved)
    if kind == "at_risk_check":
        return AtRiskCheckContext(
            **_PROJECT,
            unsubscribe_url=unsubscribe_url,
            task=_task(
                21,
                "Visual design for the product pages",
                "Dana Ortiz",
                TODAY + 2 * day,
                "in_progress",
            ),
            risk_reason="due in 2 days and no update for 9 days",
            last_update=TODAY - 9 * day,
        )
    if kind == "overdue_alert":
        return OverdueAlertContext(
            **_PROJECT,
            unsubscribe_url=unsubscribe_url,
            tasks=[
                _task(19, "Send logo files in SVG", "Alice Jensen", TODAY - 4 * day),
                _task(22, "Approve colour palette", "Alice Jensen", TODAY - 1 * day),
            ],
            today=TODAY,
        )
    if kind == "feedback_request":
        return FeedbackRequestContext(
            **_PROJECT,
            unsubscribe_url=unsubscribe_url,
            items=[_task(12, "Homepage wireframes", "Dana Ortiz", TODAY - 2 * day, "done")],
            question=None,
            respond_by=TODAY + 7 * day,
        )
    if kind == "clarification":
        return ClarificationContext(
            **_PROJECT,
            unsubscribe_url=unsubscribe_url,
            original_subject="Re: next steps",
            items=[
                ClarificationItemView(
                    excerpt="Task: update the team page",
                    missing=["owner", "due date"],
                    example="Task: update the team page @evan due 2025-03-28",
                )
            ],
        )
    if kind == "check_in":
        return CheckInContext(
            **_PROJECT,
            unsubscribe_url=unsubscribe_url,
            open_tasks=[
                _task(24, "Migrate blog posts", "Evan Brooks", TODAY + 8 * day, "in_progress")
            ],
            question=None,
            respond_by=TODAY + 2 * day,
        )
    if kind == "confirmation":
        return ConfirmationContext(
            **_PROJECT,
            unsubscribe_url=unsubscribe_url,
            original_subject="Re: next steps",
            recorded=[
                RecordedItemView(
                    kind="task",
                    summary="Cookie banner wording (Bruno, due Thu 20 Mar 2025)",
                    ref_id=27,
                ),
                RecordedItemView(kind="done", summary="Hosting contract signed", ref_id=17),
                RecordedItemView(
                    kind="decision", summary="Launch in EN and DE, because most orders come from DE"
                ),
            ],
            not_understood=["Task: the thing we talked about"],
        )
    raise KeyError(kind)
