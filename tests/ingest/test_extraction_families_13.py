"""recordable() and the date-anchored move: families added on 2026-12-04 (twelfth session) from
per-rule statistics over the 61 read scenario sets and the labelled set.  What is read but not
recorded: a task whose title is a verb and a pronoun ("Arrange it"), a plan with no reason
given, and a question that only proposes a new date ("Can we do Tuesday the 17th instead of the 13th?").  What moves: the writer's one
open task due on the date "instead of" names.  What names a task: an acronym stands for the
title words it abbreviates ("the IB v3.0" is "the final Investigator's Brochure").  Positive probes must fire with the right fields;
negative probes must not."""
from __future__ import annotations

from datetime import date

import pytest
from extraction_probe import JANE, SAM, TOM, run

from ingest.extraction import Extraction, KnownTask, recordable
from ingest.extraction_types import DecisionItem, QuestionItem, TaskItem


def _task(title: str, rule: str = "natural:request", due: date | None = date(2026, 11, 6)) -> TaskItem:
    return TaskItem(title, SAM.email, due, "open", rule, title)


# ---- what is recorded


@pytest.mark.parametrize(("title", "kept"), [
    ("Arrange it", False),
    ("Send them", False),
    ("Chase her", False),
    ("Send them over", False),
    ("Send it to me", False),
    ("Send them to us", False),
    ("Send it over to Aoife", False),
    ("Send them the session running order", True),
    ("Send the floor plan", True),
    ("Fix it properly in the importer", True),
])
def test_a_task_that_names_nothing_but_its_verb_is_not_recorded(title: str, kept: bool) -> None:
    assert bool(recordable(Extraction(tasks=[_task(title)])).tasks) is kept


def test_the_end_to_end_reading_of_a_pronoun_only_ask_records_nothing() -> None:
    found = run("Sam, could you arrange it by Tuesday?", to=(SAM.email,))
    assert [t.title for t in found.tasks] == ["Arrange it"]   # read (parse --explain shows it)
    assert recordable(found).tasks == []


@pytest.mark.parametrize(("rule", "rationale", "kept"), [
    ("natural:plan", None, False),
    ("natural:plan", "the venue is cheaper", True),
    ("natural:as-agreed", None, True),
    ("natural:go-ahead", None, True),
    ("natural:approve", None, True),
    ("natural:change-course", None, True),
    ("natural:decided", None, True),
])
def test_decisions_kept_by_rule_and_reason(rule: str, rationale: str | None, kept: bool) -> None:
    found = Extraction(decisions=[DecisionItem("Run the survey in two waves", rationale, JANE.email, rule, "...")])
    assert bool(recordable(found).decisions) is kept


@pytest.mark.parametrize(("text", "kept"), [
    ("Can we do Tuesday the 17th instead of the 13th?", False),
    ("Could we send you the audit plan on Tuesday, November 10 instead of Friday?", False),
    ("So could the ep 15 edit be tues 24/11 instead?", False),
    ("Could we make the drop-off Thursday 12th instead?", False),
    ("Is it possible to make the launch already in January instead of February?", True),
    ("Also, is it possible to start the ceremony at 5pm instead of 4pm?", True),
    ("If they haven't found them by Friday, would the district pay for a field survey instead?", True),
    ("The 30 seconds version for Instagram, can it be vertical 9:16 instead of square?", True),
])
def test_a_question_that_only_proposes_a_new_date_is_not_an_open_question(text: str, kept: bool) -> None:
    found = Extraction(questions=[QuestionItem(text, SAM.email, "natural:question", text)])
    assert bool(recordable(found).questions) is kept


# ---- a date moved, anchored on the date it replaces


def test_the_writers_task_due_on_the_replaced_date_moves() -> None:
    known = (KnownTask(1, "Send Ben a revised venue budget for the three-day format", TOM.email, date(2026, 11, 18)),
             KnownTask(2, "Send the floor plan", TOM.email, date(2026, 11, 6)))
    found = run("We would therefore like to ask for your kind understanding to send the revised venue budget by "
                "Tuesday 24 November instead of 18 November.", author=TOM, known=known, thread=(1, 2))
    assert [(c.task_id, c.new_due, c.rule) for c in found.changes] == [(1, date(2026, 11, 24), "natural:moved-date")]


def test_a_sentence_opening_with_instead_of_moves_the_task_too() -> None:
    known = (KnownTask(1, "Send Ben a revised venue budget for the three-day format", TOM.email, date(2026, 11, 18)),
             KnownTask(2, "Send the floor plan", TOM.email, date(2026, 11, 6)))
    found = run("Instead of 18 November, we would like to send the revised venue budget on Tuesday 24 November.",
                author=TOM, known=known, thread=(1, 2))
    assert [(c.task_id, c.new_due) for c in found.changes if c.new_due is not None] == [(1, date(2026, 11, 24))]


def test_someone_elses_task_due_on_the_replaced_date_stays() -> None:
    # the builder's "we'll wrap up Monday instead of Friday" does not move the sofa delivery
    known = (KnownTask(1, "Get the sofa upholstered and delivered", SAM.email, date(2026, 11, 6)),)
    found = run("The paint needs 72 hours to cure, so the banquette will be finished on Monday the 9th instead of "
                "Friday the 6th.", author=TOM, known=known, thread=(1,))
    assert [c for c in found.changes if c.task_id == 1 and c.new_due is not None] == []


def test_two_of_the_writers_tasks_due_that_day_leave_it_open_which_moves() -> None:
    known = (KnownTask(1, "Send the floor plan", TOM.email, date(2026, 11, 18)),
             KnownTask(2, "Send the lighting schedule", TOM.email, date(2026, 11, 18)))
    found = run("We would like to ask for your understanding: it will be Tuesday 24 November instead of "
                "18 November.", author=TOM, known=known, thread=(1, 2))
    assert [c for c in found.changes if c.rule == "natural:moved-date"] == []


def test_a_pronoun_only_task_written_in_the_conventions_stays_one() -> None:
    found = run("Task: ship it @sam due Friday", author=JANE)
    assert [(t.title, t.rule) for t in recordable(found).tasks] == [("Ship it", "explicit:task-line")]


def test_a_pronoun_only_ask_above_a_forward_names_the_mail_below_and_stays() -> None:
    found = run("Sam, can you handle this by Friday?", author=TOM, to=(SAM.email,))
    assert recordable(found).tasks == []
    assert [(t.owner, t.due) for t in recordable(found, above_a_forward=True).tasks] == [(SAM.email, date(2026, 11, 6))]


# ---- acronyms


@pytest.mark.parametrize(("text", "task_id"), [
    ("Please find attached the IB v3.0 (final, signed) and the CoA for lot CB-002.", 3),
    ("The SOW is attached.", 4),
    ("Two PDFs: the deck oven invoice and the HP agreement.", 5),
    ("The BHRU budget is attached.", None),
    ("OK, the brochure is attached.", 3),
])
def test_an_acronym_names_the_words_it_stands_for(text: str, task_id: int | None) -> None:
    from ingest.task_matching import match_known_task
    known = (KnownTask(3, "Send us the final Investigator's Brochure", JANE.email),
             KnownTask(4, "Send the revised scope of work", JANE.email),
             KnownTask(5, "Dig out the hire purchase agreement", JANE.email))
    found = match_known_task(text, known)
    assert (found.id if found else None) == task_id


def test_the_writers_file_named_by_its_acronym_closes_the_task() -> None:
    known = (KnownTask(3, "Send us the final Investigator's Brochure", TOM.email, date(2026, 11, 4)),)
    found = run("Hi Sam,\n\nPlease find attached the IB v3.0 (final, signed).", author=TOM, known=known, thread=(3,))
    assert [(c.task_id, c.status) for c in found.changes] == [(3, "done")]


def test_an_acronym_modifying_another_noun_names_that_noun() -> None:
    from ingest.task_matching import match_known_task
    known = (KnownTask(6, "User acceptance testing", JANE.email),)
    assert match_known_task("UAT feedback attached.", known) is None
    assert match_known_task("UAT is done.", known) == known[0]
