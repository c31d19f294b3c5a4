"""The workflow registry and tick boundary, called directly."""
from __future__ import annotations

import datetime as dt

import pytest

from store.models import Event
from workflows.engine import Registry, RunContext, tick
from workflows.errors import UnknownWorkflow, WorkflowError


class _Broken:
    name = "broken"
    description = "always fails"

    def run(self, ctx: RunContext, now: dt.datetime) -> None:
        raise RuntimeError("boom at run")


class _Counter:
    name = "counter"
    description = "counts its runs"

    def __init__(self) -> None:
        self.runs = 0

    def run(self, ctx: RunContext, now: dt.datetime) -> None:
        self.runs += 1


def test_duplicate_names_fail_at_start_and_unknown_names_are_clear() -> None:
    with pytest.raises(WorkflowError, match="duplicate workflow names: counter"):
        Registry([_Counter(), _Counter()])
    with pytest.raises(UnknownWorkflow, match="known: counter"):
        Registry([_Counter()]).get("nope")


def test_a_failing_workflow_is_recorded_and_the_others_still_run(app) -> None:  # type: ignore[no-untyped-def]
    counter = _Counter()
    sent = tick(app, Registry([_Broken(), counter]), dt.datetime(2026, 11, 6, 16, tzinfo=dt.UTC))
    assert sent == [] and counter.runs == 1
    event = Event.get(Event.kind == "workflow_failed")
    assert "broken: RuntimeError: boom at run" in event.message
    assert event.data["at"].startswith("2026-11-06T16:00")
