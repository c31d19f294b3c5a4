"""Request, promise, slip and completion forms: families added on 2026-12-05 (fourteenth
session) from the read scenario sets fresh69-72.  A deadline said as a fragment of its own
("... for Friday 29 Jan. By Thursday."), a number or a name as the object of an order, a
verbless "Final numbers by 20 Nov please", "We need also ...", outstanding work with a
deadline ("We still need to book the crane ... by Thursday"), a pronoun that sends the thing
"we need" in the sentence before, research owed by a day, "One of you, send me ...", a
promise in the plain present ("I send the sheet tomorrow"), a late piece of work dated by the
promise after it, taking on work nobody had, a requester granting a later date, "we can only
confirm final numbers on Wednesday 25th", "longer than Friday", and completions said as "We've
found an MC", "12 jeeps on hold with Fjallasýn", "finally here are the roughs" and a report
with an aside in brackets.  Positive probes must fire with the right fields; negative probes
must not."""
from __future__ import annotations

from datetime import date

import pytest
from extraction_probe import JANE, PRIYA, SAM, TOM, run

from ingest.extraction import KnownTask, Person
from ingest.item_phrasing import split_rationale
from ingest.text_segments import split_sentences

# ---- a deadline as a fragment of its own


def test_a_bare_deadline_fragment_joins_the_sentence_before() -> None:
    assert split_sentences("Hold 12 super-jeeps with Fjallasýn for Friday 29 Jan. By Thursday.") == [
        "Hold 12 super-jeeps with Fjallasýn for Friday 29 Jan, by Thursday."]


@pytest.mark.parametrize("block", [
    "Send the deck. By the way, thanks.",
    "The report is done. Before Friday we meet again.",
])
def test_a_sentence_that_only_starts_with_by_stays_apart(block: str) -> None:
    assert len(split_sentences(block)) == 2


def test_an_order_dated_in_the_fragment_after_it_is_a_task() -> None:
    found = run("Hello Priya,\n\nHold 12 super-jeeps with Fjallasýn for Friday 29 Jan. By Thursday.\n\nS.",
                author=SAM, to=(PRIYA.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [("Hold 12 super-jeeps with Fjallasýn", PRIYA.email, date(2026, 11, 5))]


# ---- what an order or a need may name


@pytest.mark.parametrize(("text", "title", "due"), [
    ("Book 12 rooms with Fjallasýn by Thursday.", "Book 12 rooms with Fjallasýn", date(2026, 11, 5)),
    ("Hello.\n\nPriya, book Dóra for 28 Jan - 1 Feb by Friday.\n\nS.", "Book Dóra", date(2026, 11, 6)),
])
def test_a_number_or_a_name_may_be_what_an_order_asks_for(text: str, title: str, due: date) -> None:
    found = run(text, author=SAM, to=(PRIYA.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [(title, PRIYA.email, due)]


def test_a_name_after_an_order_said_to_nobody_by_name_is_no_task() -> None:
    assert run("Book Dóra by Friday? Maybe.", author=SAM, to=(PRIYA.email,)).tasks == []


def test_a_verbless_deliverable_with_please_is_a_task() -> None:
    found = run("Final numbers by 20 Nov please, to hold the hotel.", author=SAM, to=(JANE.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [("Final numbers", JANE.email, date(2026, 11, 20))]


@pytest.mark.parametrize("text", [
    "Let me know by tomorrow please.",
    "Send it by Friday please.",
])
def test_an_answer_or_a_pronoun_by_a_date_is_no_deliverable(text: str) -> None:
    assert [t.rule for t in run(text, author=SAM, to=(JANE.email,)).tasks if t.rule == "natural:deliverable"] == []


def test_need_also_is_a_need() -> None:
    found = run("We need also the list of room types with the photos for the booking engine, before the 13th.",
                author=SAM, to=(JANE.email,))
    assert [(t.title, t.due) for t in found.tasks] == [
        ("Provide the list of room types with the photos for the booking engine", date(2026, 11, 13))]


def test_work_still_outstanding_with_a_deadline_is_nobodys_task() -> None:
    found = run("We still need to book the 60-ton crane for the 16th, by Thursday the 12th at the latest.",
                author=SAM, to=(PRIYA.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [("Book the 60-ton crane", None, date(2026, 11, 12))]


@pytest.mark.parametrize("text", [
    "We still need to decide on the colour.",
    "We need to book the session by mid-month, so the sooner we know the better.",
])
def test_a_need_without_still_or_without_a_deadline_is_no_task(text: str) -> None:
    assert run(text, author=SAM, to=(PRIYA.email,)).tasks == []


@pytest.mark.parametrize(("text", "title"), [
    (("Before anyone is on site we need a certificate of insurance naming the district as additional insured. "
      "Could you send that over before you mobilize?"), "Send a certificate of insurance before you mobilize"),
    (("Jane, for the vision role we still need the technical must-have criteria. Could you please send them to us "
      "until end of this week?"), "Send the technical must-have criteria for the vision role"),
])
def test_send_that_sends_what_the_sentence_before_needs(text: str, title: str) -> None:
    assert [t.title for t in run(text, author=SAM, to=(JANE.email,)).tasks] == [title]


def test_research_owed_by_a_day_is_a_task_not_a_question() -> None:
    found = run("Priya, can you find out by Thursday whether their MDF sideboards need formaldehyde certification?",
                author=SAM, to=(PRIYA.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [
        ("Find out whether their MDF sideboards need formaldehyde certification", PRIYA.email, date(2026, 11, 5))]
    assert found.questions == []


def test_research_without_a_day_stays_a_question() -> None:
    found = run("Priya, can you find out whether the venue has parking?", author=SAM, to=(PRIYA.email,))
    assert found.tasks == [] and len(found.questions) == 1


def test_one_of_you_asks_nobody_in_particular() -> None:
    found = run("One of you, send me the crane company's insurance certificate by Friday the 13th.", to=(SAM.email, PRIYA.email))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [
        ("Send me the crane company's insurance certificate", None, date(2026, 11, 13))]


def test_a_comma_spliced_reason_is_no_part_of_the_title() -> None:
    found = run("Someone also needs to apply for the temporary liquor licence, the venue's licence doesn't cover our bar.",
                author=SAM, to=(PRIYA.email,))
    assert [(t.title, t.owner) for t in found.tasks] == [("Apply for the temporary liquor licence", None)]


# ---- promises


def test_a_promise_in_the_plain_present_with_a_day_to_come() -> None:
    found = run("I send the dimensions sheet of all products tomorrow.", to=(SAM.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [
        ("Send the dimensions sheet of all products", JANE.email, date(2026, 11, 3))]


@pytest.mark.parametrize("text", ["I send you the file attached.", "I send you attached the plan for Friday."])
def test_the_plain_present_without_a_day_to_come_is_no_promise(text: str) -> None:
    assert run(text, to=(SAM.email,)).tasks == []


def test_a_late_piece_of_work_is_dated_by_the_promise_after_it() -> None:
    known = (KnownTask(1, "Send you the network requirements for the robots", SAM.email, date(2026, 11, 4)),)
    found = run("The network requirements will be a few days late, sorry: the cube vendor still hasn't sent us their "
                "updated firewall port list. I'll send the full document by Monday the 9th.",
                author=SAM, known=known, to=(JANE.email,))
    assert found.tasks == []
    assert [(c.task_id, c.new_due) for c in found.changes] == [(1, date(2026, 11, 9))]


def test_a_promise_of_other_work_after_a_delay_stays_a_task() -> None:
    known = (KnownTask(1, "Send you the network requirements for the robots", SAM.email, date(2026, 11, 4)),)
    found = run("The network requirements will be a few days late, sorry. I'll send the invoice by Monday the 9th.",
                author=SAM, known=known, to=(JANE.email,))
    assert [t.title for t in found.tasks] == ["Send the invoice"]


def test_taking_on_work_nobody_had_is_that_task() -> None:
    known = (KnownTask(1, "Apply for the temporary liquor licence", None),)
    found = run("Generator is booked.\n\nI'll take the liquor licence too, I'll submit the application to the "
                "Gauteng Liquor Board by Wednesday the 11th.", author=PRIYA, known=known, to=(SAM.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [
        ("Apply for the temporary liquor licence", PRIYA.email, date(2026, 11, 11))]


# ---- dates moved


def test_the_requester_grants_a_later_date() -> None:
    known = (KnownTask(1, "Send us the final guest list", JANE.email, date(2026, 11, 6)),)
    found = run("On the guest list, no stress: Priya says the seating software can take it later, so Monday the 16th "
                "is fine instead of Friday.", author=SAM, known=known, to=(JANE.email,))
    assert [(c.task_id, c.new_due) for c in found.changes] == [(1, date(2026, 11, 16))]


def test_a_later_date_someone_else_wants_moves_nothing() -> None:
    known = (KnownTask(1, "Send us the final guest list", JANE.email, date(2026, 11, 6)),)
    found = run("We'd like Monday the 16th instead of Friday for the site visit.", author=SAM, known=known, to=(JANE.email,))
    assert [c.new_due for c in found.changes] == []


def test_the_owner_asks_for_a_date_instead_of_the_old_one() -> None:
    known = (KnownTask(1, "Send us pencil roughs for the first eight spreads", JANE.email, date(2026, 11, 13)),)
    found = run("I am sorry but I need some more days for the roughs. Is it ok if I send them within Wednesday 18 "
                "November, instead of Friday 13?", known=known, thread=(1,), to=(SAM.email,))
    assert [(c.task_id, c.new_due) for c in found.changes] == [(1, date(2026, 11, 18))]
    assert found.questions == []


def test_the_owner_says_the_soonest_it_can_come() -> None:
    known = (KnownTask(1, "Final numbers", JANE.email, date(2026, 11, 20)),)
    found = run("A small wrinkle on numbers: the board only signs off the final list on the 23rd, so we can only "
                "confirm final numbers on Wednesday 25th.", known=known, thread=(1,), to=(SAM.email,))
    assert [(c.task_id, c.new_due) for c in found.changes] == [(1, date(2026, 11, 25))]


def test_longer_than_its_day_is_a_slip_to_the_date_promised() -> None:
    known = (KnownTask(1, "Get quotes for 3,000 and 5,000 copies from Grafiche Lupo", SAM.email, date(2026, 11, 13)),)
    found = run("The quotes will take a bit longer than Friday: Grafiche Lupo are at a trade fair until the 16th, "
                "so I'll have them to you on Thursday the 19th.", author=SAM, known=known, to=(JANE.email,))
    assert [(c.task_id, c.new_due) for c in found.changes] == [(1, date(2026, 11, 19))]


def test_a_restated_promise_well_before_its_date_is_the_same_task() -> None:
    known = (KnownTask(1, "Return the signed compliance forms to me", SAM.email, date(2026, 11, 20)),)
    found = run("Thanks Jane for the spec and the pack, we'll have the forms back to you well before the 20th.",
                author=SAM, known=known, to=(JANE.email,))
    assert found.tasks == []


# ---- completions


@pytest.mark.parametrize(("text", "title", "owner"), [
    ("We've found an MC: Sipho Ndlovu from Jozi Sound FM.", "Find us an MC for the evening", SAM.email),
    ("12 jeeps on hold with Fjallasýn for 29 Jan, written confirmation tomorrow.", "Hold 12 super-jeeps with Fjallasýn",
     SAM.email),
    ("Dear Tom,\n\nfinally here are the roughs for the first eight spreads! The PDF is attached.",
     "Send us pencil roughs for the first eight spreads", SAM.email),
    ("The 4x4 pickup (Hilux, from Mitta Antofagasta) and six coolers are booked, from Sunday 15 to Thursday 19.",
     "Book the 4x4 pickup and the coolers in Antofagasta", SAM.email),
])
def test_work_reported_done(text: str, title: str, owner: str) -> None:
    known = (KnownTask(1, title, owner, date(2026, 11, 13)),)
    found = run(text, author=SAM, known=known, thread=(1,), to=(TOM.email,))
    assert [(c.task_id, c.status) for c in found.changes] == [(1, "done")]


@pytest.mark.parametrize("text", [
    "The jeeps are on hold until the permit comes through.",
    "We found a problem with the MC's contract.",
])
def test_work_not_reported_done(text: str) -> None:
    known = (KnownTask(1, "Hold 12 super-jeeps with Fjallasýn", SAM.email), KnownTask(2, "Find us an MC for the evening", SAM.email))
    assert [c.status for c in run(text, author=SAM, known=known, thread=(1, 2), to=(TOM.email,)).changes if c.status == "done"] == []


# ---- a later day said in plain words


@pytest.mark.parametrize(("text", "title", "due"), [
    ("Sorry, the IT guy is sick. I can send it to you on Thursday 12.", "Send us the export of the guest profiles",
     date(2026, 11, 12)),
    ("INPI certificate only next wednesday", "Send us your INPI trademark registration certificate", date(2026, 11, 11)),
    (("I'm afraid I'll need until Wednesday 25th for the final numbers and dietary requirements – the consent forms "
      "don't come back until after parents' night on the 24th."), "Send me the final pupil numbers and any dietary requirements",
     date(2026, 11, 25)),
])
def test_the_owner_says_a_later_day(text: str, title: str, due: date) -> None:
    known = (KnownTask(1, "Send me the draft itinerary", SAM.email, date(2026, 11, 6)), KnownTask(2, title, JANE.email, date(2026, 11, 6)))
    found = run(text, known=known, thread=(1, 2) if "it to you" not in text else (2,), to=(SAM.email,))
    assert [(c.task_id, c.new_due) for c in found.changes] == [(2, due)]
    assert found.tasks == []


def test_someone_else_grants_a_later_day_for_work_named() -> None:
    known = (KnownTask(1, "Get the concept plan to us", SAM.email, date(2026, 11, 6)),)
    found = run("Friday the 20th for the concept plan would actually suit us better.", known=known, thread=(1,), to=(SAM.email,))
    assert [(c.task_id, c.new_due) for c in found.changes] == [(1, date(2026, 11, 20))]


@pytest.mark.parametrize(("text", "author"), [
    ("1.12. is fine for us.", JANE),                                 # granted, but for what?
    ("I will be in Madrid on Thursday 12.", SAM),                    # not the owner's
    ("Can I send it to you on Thursday 12?", SAM),
    ("If needed I can send it on Thursday 12.", JANE),
    ("I can't send it on Thursday 12.", JANE),
])
def test_no_later_day_for_the_work(text: str, author: Person) -> None:
    known = (KnownTask(1, "Send us the export of the guest profiles", JANE.email, date(2026, 11, 6)),)
    found = run(text, author=author, known=known, thread=(1,), to=(TOM.email,))
    assert [c.new_due for c in found.changes if c.new_due is not None] == []


# ---- decisions


def test_a_body_named_with_its_kind_decides() -> None:
    found = run("Our management board decided to add the Kalisz store to phase 1.", to=(SAM.email,))
    assert [(d.summary, d.decided_by) for d in found.decisions] == [("Add the Kalisz store to phase 1", JANE.email)]


@pytest.mark.parametrize(("body", "summary", "why"), [
    ("We have decided on a silent auction, the live one dragged last year and half the room left before dessert",
     "We have decided on a silent auction", "the live one dragged last year and half the room left before dessert"),
    ("Drop the 1987 storm footage altogether, the archive house wants four grand for forty seconds",
     "Drop the 1987 storm footage altogether", "the archive house wants four grand for forty seconds"),
])
def test_what_went_or_goes_wrong_after_a_comma_is_the_reason(body: str, summary: str, why: str) -> None:
    assert split_rationale(body) == (summary, why)


@pytest.mark.parametrize("body", [
    "Use the new template, the team will start on Monday",
    "Go with the Toronto fabric, the one in stock",
    "Keep the launch on the 14th, the day the shop opens",
])
def test_a_comma_clause_that_is_no_reason_stays(body: str) -> None:
    assert split_rationale(body) == (body, None)
