"""ingest.records on both engines: the hand-built statements write and read the same rows
as the peewee models describe (restatements, changes by id and by title, answers)."""
from __future__ import annotations

import datetime as dt

import pytest

from ingest import threads
from ingest.extraction import DecisionItem, Extraction, QuestionItem, StatusChange, TaskItem
from ingest.pipeline import store_raw
from ingest.records import answer_questions, known_tasks, record
from store import directory
from store.models import Decision, Message, Person, Project, Question, Task, TaskEvent, Thread

WHEN = dt.datetime(2026, 11, 2, 10, 0)


@pytest.fixture
def project(app) -> Project:  # type: ignore[no-untyped-def]
    p = directory.add_project("acme", "ACME", ["acme.com"])
    directory.add_member(p, "sam@agency.io", "team", "Sam Lee")
    directory.add_member(p, "alex@agency.io", "team", "Alex Kim")
    directory.add_member(p, "jane@acme.com", "client", "Jane Doe")
    return p


def people() -> dict[str, Person]:
    return {p.email: p for p in Person.select()}


def message(n: int) -> Message:
    raw = f"From: sam@agency.io\r\nSubject: m{n}\r\nMessage-ID: <m{n}@x>\r\n\r\nbody {n}".encode()
    return store_raw(raw, source="test").row


def task(title: str, owner: str | None = None, due: dt.date | None = None, status: str = "open") -> TaskItem:
    return TaskItem(title=title, owner=owner, due=due, status=status, rule="test", evidence=title)


def change(task_id: int | None = None, hint: str | None = None, status: str | None = None,
           new_due: dt.date | None = None, confirmed: bool = False) -> StatusChange:
    return StatusChange(task_id=task_id, task_title_hint=hint, status=status, new_due=new_due, reason="because",
                        confirmed=confirmed, rule="test", evidence="")


def write(project: Project, thread: Thread | None, found: Extraction, n: int, author: str = "sam@agency.io",
          role: str = "team", reply_task_id: int | None = None):  # type: ignore[no-untyped-def]
    who = people()
    return record(found, project=project, thread=thread, message=message(n), author=who[author],
                  visibility="client", when=WHEN + dt.timedelta(hours=n), people=who,
                  reply_task_id=reply_task_id, author_role=role)


def test_record_writes_every_kind_of_item(project: Project) -> None:
    thread = threads.new_thread(project, "Launch", WHEN)
    found = Extraction(
        tasks=[task("Send the logo files", owner="alex@agency.io", due=dt.date(2026, 11, 6)),
               task("Book the photographer", status="done")],
        decisions=[DecisionItem(summary="Go with blue", rationale="cheaper", decided_by="jane@acme.com",
                                rule="test", evidence="")],
        questions=[QuestionItem(text="Who hosts it?", addressed_to="alex@agency.io", rule="test", evidence="")],
    )
    got = write(project, thread, found, 1)
    stored = list(Task.select().order_by(Task.id))
    assert [t.id for t in got.tasks] == [t.id for t in stored]
    logo, photo = stored
    assert (logo.title, logo.owner.email, logo.due, logo.status, logo.thread_id, logo.done_at) == (
        "Send the logo files", "alex@agency.io", dt.date(2026, 11, 6), "open", thread.id, None)
    assert (photo.status, photo.done_at, photo.owner_id) == ("done", WHEN + dt.timedelta(hours=1), None)
    assert [(e.task_id, e.kind, e.new_value) for e in TaskEvent.select().order_by(TaskEvent.id)] == [
        (logo.id, "created", "open"), (photo.id, "created", "done")]
    decision = Decision.get()
    assert (decision.summary, decision.rationale, decision.decided_by.email, decision.id) == (
        "Go with blue", "cheaper", "jane@acme.com", got.decisions[0].id)
    question = Question.get()
    assert (question.text, question.addressed_to.email, question.status, question.id) == (
        "Who hosts it?", "alex@agency.io", "open", got.questions[0].id)
    assert not any(row.is_dirty() for row in [*got.tasks, *got.decisions, *got.questions, *got.events])


def test_a_restated_task_fills_in_what_it_lacked(project: Project) -> None:
    write(project, None, Extraction(tasks=[task("Send over the revised mockups")]), 1)
    again = write(project, None, Extraction(tasks=[task("send over the revised mockups", owner="alex@agency.io",
                                                        due=dt.date(2026, 11, 13))]), 2)
    only = Task.get()
    assert Task.select().count() == 1
    assert (only.owner.email, only.due, only.updated_at) == ("alex@agency.io", dt.date(2026, 11, 13),
                                                             WHEN + dt.timedelta(hours=2))
    assert [(e.kind, e.new_value) for e in again.events] == [("owner", "alex@agency.io"), ("due", "2026-11-13")]
    # someone else's task of the same name is other work
    write(project, None, Extraction(tasks=[task("send over the revised mockups", owner="sam@agency.io")]), 3)
    assert Task.select().count() == 2


def test_changes_find_their_task_by_id_by_title_or_by_thread(project: Project) -> None:
    thread = threads.new_thread(project, "Site", WHEN)
    made = write(project, thread, Extraction(tasks=[task("Homepage mockups for the launch"),
                                                    task("Invoice reminder for October")]), 1)
    mockups, invoice = made.tasks
    by_title = write(project, None, Extraction(changes=[change(hint="the homepage mockups", status="done")]), 2)
    assert [(e.task_id, e.kind, e.old_value, e.new_value) for e in by_title.events] == [
        (mockups.id, "status", "open", "done")]
    assert Task.get_by_id(mockups.id).done_at == WHEN + dt.timedelta(hours=2)
    by_id = write(project, None, Extraction(changes=[change(task_id=invoice.id, new_due=dt.date(2026, 11, 20))]), 3)
    assert [(e.kind, e.old_value, e.new_value) for e in by_id.events] == [("due", None, "2026-11-20")]
    # a reply on the thread whose only open task is the invoice: "on track"
    on_thread = write(project, thread, Extraction(changes=[change(confirmed=True)]), 4)
    assert [(e.task_id, e.kind, e.new_value) for e in on_thread.events] == [(invoice.id, "confirmed", "2026-11-20")]
    assert Task.get_by_id(invoice.id).confirmed_at == WHEN + dt.timedelta(hours=4)
    # a client may not move an internal task
    Task.update(visibility="internal").where(Task.id == invoice.id).execute()
    refused = write(project, None, Extraction(changes=[change(task_id=invoice.id, status="done")]), 5,
                    author="jane@acme.com", role="client")
    assert refused.events == [] and Task.get_by_id(invoice.id).status == "open"


def test_known_tasks_are_the_open_ones_newest_first(project: Project) -> None:
    write(project, None, Extraction(tasks=[task("First thing", owner="alex@agency.io", due=dt.date(2026, 11, 9)),
                                           task("Second thing"), task("Third thing", status="done")]), 1)
    known = known_tasks(project)
    assert [(k.title, k.owner, k.due) for k in known] == [
        ("Second thing", None, None), ("First thing", "alex@agency.io", dt.date(2026, 11, 9))]


def test_a_reply_answers_the_open_questions_of_others(project: Project) -> None:
    thread = threads.new_thread(project, "Hosting", WHEN)
    write(project, thread, Extraction(questions=[
        QuestionItem(text="Who hosts it?", addressed_to=None, rule="test", evidence=""),
        QuestionItem(text="Alex, which CDN?", addressed_to="alex@agency.io", rule="test", evidence="")]), 1,
        author="jane@acme.com", role="client")
    who = people()
    assert answer_questions(thread, who["sam@agency.io"], message(2), asked_now=1) == []
    reply = message(3)
    answered = answer_questions(thread, who["sam@agency.io"], reply, asked_now=0)
    assert [q.text for q in answered] == ["Who hosts it?"]
    assert [(q.text, q.status, q.answer_message_id) for q in Question.select().order_by(Question.id)] == [
        ("Who hosts it?", "answered", reply.id), ("Alex, which CDN?", "open", None)]


def test_with_its_text_a_reply_answers_only_the_questions_it_takes_up(project: Project) -> None:
    thread = threads.new_thread(project, "Launch", WHEN)
    write(project, thread, Extraction(questions=[
        QuestionItem(text="Could you confirm the opening date for the new lobby?", addressed_to=None, rule="t",
                     evidence=""),
        QuestionItem(text="Which hosting provider will you use?", addressed_to=None, rule="t", evidence="")]), 1,
        author="jane@acme.com", role="client")
    who = people()
    assert answer_questions(thread, who["sam@agency.io"], message(2), 0, "Here is the lobby materials board.") == []
    # a reply that asks back but also answers still answers
    answered = answer_questions(thread, who["sam@agency.io"], message(3), 1,
                                "We'll use Netlify as the hosting provider. Do you need staging access?")
    assert [q.text for q in answered] == ["Which hosting provider will you use?"]


def test_a_colleague_of_the_person_asked_answers_for_them(project: Project) -> None:
    thread = threads.new_thread(project, "Workshop", WHEN)
    write(project, thread, Extraction(questions=[
        QuestionItem(text="Will there be vouchers for their time?", addressed_to="alex@agency.io", rule="t",
                     evidence="")]), 1, author="jane@acme.com", role="client")
    who = people()
    answered = answer_questions(thread, who["sam@agency.io"], message(2), 0,
                                "Jane, apologies, I should have come back to you on the vouchers. Yes, £25 each is fine.")
    assert [q.text for q in answered] == ["Will there be vouchers for their time?"]


def test_a_colleague_of_the_one_who_asked_the_other_side_does_not_answer(project: Project) -> None:
    thread = threads.new_thread(project, "Interviews", WHEN)
    write(project, thread, Extraction(questions=[
        QuestionItem(text="Is the Pennine partnership in scope for the interviews?", addressed_to="jane@acme.com",
                     rule="t", evidence="")]), 1)
    who = people()
    reply = "The interviews are going well; the partnership came up twice."
    assert answer_questions(thread, who["alex@agency.io"], message(2), 0, reply) == []
    assert [q.status for q in Question.select()] == ["open"]
    assert [q.text for q in answer_questions(thread, who["jane@acme.com"], message(3), 0, reply)] == [
        "Is the Pennine partnership in scope for the interviews?"]


def test_a_reply_that_names_no_question_answers_none_on_another_thread(project: Project) -> None:
    asked_on = threads.new_thread(project, "Staging feedback", WHEN)
    write(project, asked_on, Extraction(questions=[
        QuestionItem(text="Do we need Shopify Plus for the wholesale side?", addressed_to=None, rule="t",
                     evidence="")]), 1, author="jane@acme.com", role="client")
    status = threads.new_thread(project, "Friday status", WHEN)
    assert answer_questions(status, people()["sam@agency.io"], message(2), 0, "Go-live moves to the 24th.") == []


@pytest.mark.parametrize(("question", "asker", "answerer", "reply"), [
    ("Do we need Shopify Plus for the wholesale side?", "jane@acme.com", "sam@agency.io",
     "Jane, on your Plus question: no, you don't need it at your size."),
    # "your question of the indicators"
    ("Which indicators do the managers really look at?", "sam@agency.io", "jane@acme.com",
     "About your question of the indicators: the managers look at sales per square metre."),
    # "sign-off" names "sign off"
    ("Do we need Acme to sign off on the plan before first article, or is that our call?", "sam@agency.io",
     "jane@acme.com", "Sam, on your sign-off question: yes, we want to see it first."),
    # "Jane's" question, named by whom it came from
    ("Can you tell us already how many review rounds per shot are included in your offer?", "jane@acme.com",
     "sam@agency.io", "On Jane's review rounds question: two review rounds per shot are included."),
])
def test_a_question_named_in_other_words_is_answered_on_another_thread(project: Project, question: str, asker: str,
                                                                        answerer: str, reply: str) -> None:
    asked_on = threads.new_thread(project, "Where it was asked", WHEN)
    role = "team" if asker.endswith("@agency.io") else "client"
    write(project, asked_on, Extraction(questions=[QuestionItem(text=question, addressed_to=None, rule="t", evidence="")]),
          1, author=asker, role=role)
    other = threads.new_thread(project, "Where it is answered", WHEN)
    answered = answer_questions(other, people()[answerer], message(2), 0, reply)
    assert [(q.text, q.thread_id) for q in answered] == [(question, asked_on.id)]


def test_an_event_moved_is_not_the_threads_one_task(project: Project) -> None:
    thread = threads.new_thread(project, "Blurb", WHEN)
    (blurb,) = write(project, thread, Extraction(tasks=[task("Pull the back-cover blurb together", due=dt.date(2026, 11, 13))]), 1).tasks
    # "we've moved the launch to Saturday, March 6": no task is the launch
    moved = write(project, thread, Extraction(changes=[change(hint="launch", new_due=dt.date(2027, 3, 6))]), 2)
    assert moved.events == [] and Task.get_by_id(blurb.id).due == dt.date(2026, 11, 13)
    # a vaguer subject on the same thread still means its one open task
    slipped = write(project, thread, Extraction(changes=[change(hint="it", new_due=dt.date(2026, 11, 16))]), 3)
    assert [(e.task_id, e.kind, e.new_value) for e in slipped.events] == [(blurb.id, "due", "2026-11-16")]


def test_a_change_naming_other_work_leaves_the_task_its_own_message_asks_for(project: Project) -> None:
    thread = threads.new_thread(project, "Reseller", WHEN)
    # "Could you send me the legal name and VAT number of your company? ... so the API key is
    # blocked until they have your data": the new ask is what unblocks, not what is blocked
    asked = write(project, thread, Extraction(tasks=[task("Send me the legal name and VAT number of your company")],
                                              changes=[change(hint="API key", status="blocked")]), 1)
    (legal,) = asked.tasks
    assert [e.kind for e in asked.events] == ["created"] and Task.get_by_id(legal.id).status == "open"
    # (a change that names it, or a later message about the thread's one task, still moves it)
    named = write(project, thread, Extraction(changes=[change(hint="VAT number", status="blocked")]), 2)
    assert [(e.task_id, e.new_value) for e in named.events] == [(legal.id, "blocked")]
    (other,) = write(project, threads.new_thread(project, "Venue", WHEN),
                     Extraction(tasks=[task("Book the venue")], changes=[change(hint="it", status="blocked")]), 3).tasks
    assert Task.get_by_id(other.id).status == "open"
    later = write(project, thread, Extraction(changes=[change(hint="the reseller", new_due=dt.date(2026, 11, 20))]), 4)
    assert [(e.task_id, e.kind) for e in later.events] == [(legal.id, "due")]
