"""Families added on 2026-12-05 (sixteenth session) from the read scenario sets: the owner
acknowledging an ask and restating it for the same day ("Noted on the wireframes, we will
share them by 13th Nov.") records no second task; the owner owning up to being late and
promising the thread's one piece of their work for a later day moves it; so do "wont be ready
til Wed 11/18" and "will come Friday, not Wednesday" from the owner.  Names as people write
them: "Yilmaz" for "Yılmaz", "Haruto san", "Ms. Park" for "Park Ji-won".  Positive probes must fire with the right
fields; negative probes must not."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from extraction_probe import JANE, MONDAY, SAM, run

from ingest.extraction import ExtractionContext, KnownTask, Person, extract

FRIDAY = datetime.fromisoformat("2026-11-13T16:00:00+00:00")
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


# ---- owning up to being late, then promising the work for a later day

MLS = KnownTask(2, "Pull the October MLS numbers for the three areas and get them to me", SAM.email, date(2026, 11, 13))
LATE = ("Apologies, I owe you the October numbers today and I don't have them. The listings service was down most of "
        "Wednesday. I can have all three areas to you by Tuesday the 17th, median as discussed.")


def test_owning_up_to_being_late_and_promising_a_later_day_moves_the_work() -> None:
    found = run(LATE, author=SAM, known=(MLS,), thread=(2,), to=(JANE.email,), sent_at=FRIDAY)
    assert found.tasks == []
    assert [(c.task_id, c.new_due) for c in found.changes if c.new_due is not None] == [(2, date(2026, 11, 17))]


@pytest.mark.parametrize(("text", "known"), [
    # no word of being late: a promise of more work
    ("I can have all three areas to you by Tuesday the 17th, median as discussed.", (MLS,)),
    # owning up, but the promise names nothing of the work on the thread
    ("Apologies for the radio silence. I can have the signage drawings to you by Tuesday the 17th.", (MLS,)),
    # two pieces of the writer's work on the thread: which one is not said
    (LATE, (MLS, KnownTask(3, "Send the areas map", SAM.email, date(2026, 11, 13)))),
])
def test_what_is_not_a_late_promise_for_the_work(text: str, known: tuple[KnownTask, ...]) -> None:
    found = run(text, author=SAM, known=known, thread=tuple(k.id for k in known), to=(JANE.email,), sent_at=FRIDAY)
    assert not [c for c in found.changes if c.new_due is not None]


# ---- the owner saying the work comes later in other words

P_AND_LS = KnownTask(1, "Send 12 months of P&Ls", SAM.email, date(2026, 11, 13))
BIO = KnownTask(3, "Send your keynote session title and a short bio", SAM.email, date(2026, 11, 11))
TUESDAY = datetime.fromisoformat("2026-11-10T16:00:00+00:00")


@pytest.mark.parametrize(("text", "expected"), [
    # not ready until a day, with the reason spliced on after a comma (and its own "year end")
    ("CPA says P&Ls wont be ready til Wed 18/11, hes slammed with year end stuff. sorry", [(1, date(2026, 11, 18))]),
    # the day said no to is the old one
    ("Title and bio will come Friday, not Wednesday, sorry.", [(3, date(2026, 11, 13))]),
])
def test_the_owner_saying_the_work_comes_later(text: str, expected: list[tuple[int, date]]) -> None:
    found = run(text, author=SAM, known=(P_AND_LS, BIO), thread=(1, 3), to=(JANE.email,), sent_at=TUESDAY)
    assert [(c.task_id, c.new_due) for c in found.changes if c.new_due is not None] == expected


@pytest.mark.parametrize("text", [
    "Title and bio will not come Friday.",        # a refusal names no new day
    "The bio is not ready until we hear from legal.",  # no day
    "Title and bio will come Friday, not Wednesday, sorry.",  # (from someone who does not owe them: below)
])
def test_what_is_not_the_owner_saying_the_work_comes_later(text: str) -> None:
    author = JANE if text.startswith("Title and bio will come") else SAM
    found = run(text, author=author, known=(P_AND_LS, BIO), thread=(1, 3), to=(SAM.email,), sent_at=TUESDAY)
    assert not [c for c in found.changes if c.new_due is not None]


# ---- names as people write them

MEHMET = Person("mehmet@acme.com.tr", "Mehmet Yılmaz", "client", "Europe/Istanbul", "DMY")
HARUTO = Person("haruto@game.jp", "Haruto Sato", "client", "Asia/Tokyo", "DMY")
JIWON = Person("jiwon@maker.kr", "Park Ji-won", "client", "Asia/Seoul", "DMY")
ROSTER = (SAM, MEHMET, HARUTO, JIWON)


@pytest.mark.parametrize(("text", "owner"), [
    ("Mr. Yilmaz, could you send us the drawings by Friday?", MEHMET.email),    # dotless ı typed as i
    ("Haruto san, please send the script by Friday.", HARUTO.email),           # an honorific after a space
    ("Ms. Park, could you send the deck by Friday?", JIWON.email),              # the family name written first
])
def test_a_member_addressed_as_people_write_their_names(text: str, owner: str) -> None:
    ctx = ExtractionContext(author=SAM, sent_at=MONDAY, members=ROSTER, to=())
    assert [t.owner for t in extract(text, ctx).tasks] == [owner]


def test_a_family_name_written_last_is_read_before_one_written_first() -> None:
    # ("Ms. Park" with "Lee Park" on the roster as well as "Park Ji-won": the usual order first)
    roster = (*ROSTER, Person("lee@agency.io", "Lee Park", "team", "Europe/London", "DMY"))
    ctx = ExtractionContext(author=SAM, sent_at=MONDAY, members=roster, to=())
    assert [t.owner for t in extract("Ms. Park, could you send the deck by Friday?", ctx).tasks] == ["lee@agency.io"]
