"""A day said to replace the day work was due on ("moves from 13 November to Thursday 19
November", "will now be on Wednesday 9th December instead of the 4th"): the old day says
which task it is, so the words may name it loosely, and a colleague may say it for the owner.
Positive probes must move the right task to the right day; negative probes must not."""
from __future__ import annotations

from datetime import date

import pytest
from extraction_probe import JANE, PRIYA, SAM, run

from ingest.extraction import KnownTask

BUILD = KnownTask(1, "Deliver the first TestFlight build", SAM.email, date(2026, 11, 13))
TILL = KnownTask(2, "Have the M-Pesa paybill integration tested on your", SAM.email, date(2026, 11, 20))
DECK = KnownTask(3, "Send the board deck", JANE.email, date(2026, 11, 13))


def moved(text: str, author=SAM, known=(BUILD, TILL, DECK)) -> list[tuple[int | None, date | None]]:  # type: ignore[no-untyped-def]
    return [(c.task_id, c.new_due) for c in run(text, author=author, known=known).changes if c.new_due is not None]


@pytest.mark.parametrize(("text", "author", "expected"), [
    # a colleague of the owner (same mail domain) moves the owner's work off its day
    (("Since the sandbox credentials now only come on Monday, the first TestFlight build will move from "
      "13 November to Thursday 19 November."), PRIYA, [(1, date(2026, 11, 19))]),
    ("The build moves from 13/11 to 19/11.", SAM, [(1, date(2026, 11, 19))]),
    # "test" for "tested": the old day found the task, the word only has to fit it
    ("The test on your till will now be on Monday 23rd November instead of the 20th.", SAM, [(2, date(2026, 11, 23))]),
])
def test_a_day_moved_off_the_day_the_work_was_due(text: str, author, expected) -> None:  # type: ignore[no-untyped-def]
    assert moved(text, author=author) == expected


@pytest.mark.parametrize(("text", "author"), [
    # other work due that day: the words name neither the build nor the client's deck
    ("The review moves from 13 November to 19 November.", PRIYA),
    # no work was due on the day moved from
    ("The workshop moves from 12 November to 19 November.", SAM),
    # the day moved to is not after "to"
    ("We moved from 13 November onwards to the new office.", SAM),
])
def test_what_does_not_move_work_off_its_day(text: str, author) -> None:  # type: ignore[no-untyped-def]
    # (the slip rules may still record a change for the store to place by its words)
    changes = run(text, author=author, known=(BUILD, TILL, DECK)).changes
    assert [c for c in changes if c.rule == "natural:moved-date" or c.task_id is not None and c.new_due is not None] == []
