"""Families added on 2026-12-05 (sixteenth session) from the read scenario sets: the owner
acknowledging an ask and restating it for the same day ("Noted on the wireframes, we will
share them by 13th Nov.") records no second task.  Positive probes must fire with the right
fields; negative probes must not."""
from __future__ import annotations

from datetime import date

import pytest
from extraction_probe import JANE, SAM, run

from ingest.extraction import KnownTask

WIREFRAMES = KnownTask(1, "Send us the wireframes for the product page and the checkout", SAM.email, date(2026, 11, 13))


@pytest.mark.parametrize("text", [
    "Noted on the wireframes, we will share them by 13th Nov.",
    "Sure, I'll share the wireframes by Friday 13 November.",
    "Understood - we will share the wireframes on the 13th.",
])
def test_the_owner_acknowledging_and_restating_an_ask_records_no_second_task(text: str) -> None:
    found = run(text, author=SAM, known=(WIREFRAMES,), thread=(1,), to=(JANE.email,))
    assert found.tasks == []


@pytest.mark.parametrize("text", [
    # another day: a slip or another piece of work, not a restatement
    "Noted on the wireframes, we will share them by 20th Nov.",
    # other work, even on the same day
    "Noted, we will share the sitemap by 13th Nov.",
])
def test_what_is_not_a_restatement(text: str) -> None:
    found = run(text, author=SAM, known=(WIREFRAMES,), thread=(1,), to=(JANE.email,))
    assert found.tasks or any(c.new_due is not None for c in found.changes)
