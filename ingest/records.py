"""Turning an extraction into rows: tasks (with history), decisions, questions, changes."""
from __future__ import annotations

import datetime as dt
import functools
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from ingest.addresses import organisation_domain
from ingest.answers import answers, answers_clearly, undecided
from ingest.date_proposals import pending_from
from ingest.extraction import DateProposal, Extraction, KnownTask
from ingest.task_matching import content_words
from store.db import (
    columns_of,
    database,
    fetch_models,
    insert_model,
    is_postgres,
    prepared,
    quoted,
    update_model,
)
from store.models import (
    Decision,
    Membership,
    Message,
    Person,
    Project,
    Question,
    Task,
    TaskEvent,
    Thread,
)


@dataclass
class Recorded:
    """What one message changed; listeners (confirmations, delay notices) read this."""

    tasks: list[Task] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    events: list[TaskEvent] = field(default_factory=list)
    answered: list[Question] = field(default_factory=list)
    # the message was stored by this very run: no earlier run recorded anything from it, so
    # the rows above are all the rows that name it as their source
    fresh: bool = False

    @property
    def empty(self) -> bool:
        return not (self.tasks or self.decisions or self.questions or self.events)


# ("We will share the homepage design on or before 13th" restates "Could you send over the
# homepage design by 13th?": one handing over, said two ways)
_HANDING_OVER = {"share": "send", "provide": "send", "deliver": "send", "submit": "send", "forward": "send"}
_PARTICLES = frozenset({"over", "across", "through"})


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    # (cached: every message of an import compares its items with the same open tasks)
    return frozenset(_HANDING_OVER.get(w, w) for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w not in _PARTICLES)


# record() runs for every message: its statements are hand-built once per engine (see
# store.db.prepared) from the models' own names, not rebuilt by peewee each time.
_TASK_COLUMNS_SAVED = tuple(f.name for f in Task._meta.sorted_fields if f is not Task.id)


def _col(field: pw.Field) -> str:
    return quoted(field.column_name)


def known_tasks(project: Project) -> list[KnownTask]:
    cache = _OPEN_TASKS
    kept = _open_tasks(project.id)
    rows: list[tuple[Any, ...]]
    if kept is not None:
        made = cache.known.get(project.id)
        if made is not None:
            return list(made)
        rows = [row[:4] for row in kept[:200]]  # (the query below, read from the batch's copy)
    else:
        sql = prepared(("known_tasks",), lambda mark: (
            f"SELECT t.{_col(Task.id)}, t.{_col(Task.title)}, t.{_col(Task.due)}, p.{_col(Person.email)} "
            f"FROM {quoted(Task._meta.table_name)} t LEFT OUTER JOIN {quoted(Person._meta.table_name)} p "
            f"ON t.{_col(Task.owner)} = p.{_col(Person.id)} "
            f"WHERE t.{_col(Task.project)} = {mark} AND t.{_col(Task.status)} != {mark} "
            f"ORDER BY t.{_col(Task.id)} DESC LIMIT 200"
        ))
        rows = database.execute_sql(sql, [project.id, "done"]).fetchall()
    memo = _KNOWN_TASKS
    if len(memo) > _KNOWN_TASKS_MAX:
        memo.clear()
    out = []
    for row in rows:
        known = memo.get(row)
        if known is None:
            task_id, title, due, owner = row
            known = memo[row] = KnownTask(id=task_id, title=Task.title.python_value(title), owner=owner,
                                          due=None if due is None else Task.due.python_value(due))
        out.append(known)
    if cache.active:
        cache.known[project.id] = list(out)
    return out


# Every message of an import reads the same open tasks again; a KnownTask is immutable and
# made from nothing but its row, so one is built per distinct row (id, title, due, owner).
_KNOWN_TASKS: dict[tuple[Any, ...], KnownTask] = {}
_KNOWN_TASKS_MAX = 20_000


# --- the open tasks of a batch ---------------------------------------------------------
#
# Every message of an import asks for its project's open tasks up to three times (the
# extraction's known tasks, the restated-task check, a change's title hint), and almost
# no message writes a task.  Inside ``cached_open_tasks`` (a batch of the pipeline) they
# are read once per project, in one query, and read again only after ``tasks_changed``:
# every write to a task in ingest calls it (records, merged threads, reactions), and the
# pipeline calls it when a message or a listener is rolled back.  Only on SQLite, where
# the batch holds the write lock (BEGIN IMMEDIATE), so no one else can change a task
# meanwhile; on PostgreSQL another worker may commit one between two messages.

# (id, title, due, owner's email, owner id, thread id) as the database gives them, newest first
_OpenRow = tuple[int, Any, Any, Any, Any, Any]
# Only the newest are kept (what the known tasks and the restated-task check read), so a
# project with thousands of open tasks is not read whole again after each task written; a
# change's title hint, which looks at every open task, reads them itself when there are more.
_KEPT_OPEN = 300


class _OpenTasks(threading.local):
    def __init__(self) -> None:
        self.active = False
        self.rows: dict[int, list[_OpenRow]] = {}
        self.keys: dict[int, list[tuple[int, str, int | None, int | None, Any]]] = {}  # see _open_task_keys
        self.known: dict[int, list[KnownTask]] = {}  # see known_tasks
        self.whole: set[int] = set()  # the projects whose rows are all their open tasks

    def clear(self) -> None:
        self.rows.clear()
        self.keys.clear()
        self.known.clear()
        self.whole.clear()


_OPEN_TASKS = _OpenTasks()


@contextmanager
def cached_open_tasks() -> Iterator[None]:
    """Read each project's open tasks once within the block (see above)."""
    cache = _OPEN_TASKS
    outer = cache.active
    cache.active = not is_postgres()
    cache.clear()
    try:
        yield
    finally:
        cache.active = outer
        cache.clear()


def tasks_changed() -> None:
    """A task was written (or a write rolled back): the open tasks are read again."""
    _OPEN_TASKS.clear()


def _open_tasks(project_id: int) -> list[_OpenRow] | None:
    """The project's newest open tasks (``_KEPT_OPEN``), newest first, inside
    ``cached_open_tasks``; else None."""
    cache = _OPEN_TASKS
    if not cache.active:
        return None
    rows = cache.rows.get(project_id)
    if rows is None:
        sql = prepared(("open_tasks_of_project",), lambda mark: (
            f"SELECT t.{_col(Task.id)}, t.{_col(Task.title)}, t.{_col(Task.due)}, p.{_col(Person.email)}, "
            f"t.{_col(Task.owner)}, t.{_col(Task.thread)} "
            f"FROM {quoted(Task._meta.table_name)} t LEFT OUTER JOIN {quoted(Person._meta.table_name)} p "
            f"ON t.{_col(Task.owner)} = p.{_col(Person.id)} "
            f"WHERE t.{_col(Task.project)} = {mark} AND t.{_col(Task.status)} != {mark} "
            f"ORDER BY t.{_col(Task.id)} DESC LIMIT {_KEPT_OPEN + 1}"
        ))
        rows = database.execute_sql(sql, [project_id, "done"]).fetchall()
        if len(rows) <= _KEPT_OPEN:
            cache.whole.add(project_id)
        rows = cache.rows[project_id] = rows[:_KEPT_OPEN]
    return rows


def _tasks(key: str, where: str, params: list[object]) -> list[Task]:
    """Tasks matching ``where`` (SQL over the task columns, ``{mark}`` for each parameter)."""
    sql = prepared(("tasks", key), lambda mark: (
        f"SELECT {columns_of(Task)} FROM {quoted(Task._meta.table_name)} WHERE " + where.format(mark=mark)
    ))
    return fetch_models(Task, sql, params)


def _task_keys(key: str, where: str, params: list[object]) -> list[tuple[int, str, int | None, int | None]]:
    """(id, title, owner id, thread id) of the tasks matching ``where``: what the matching
    needs, without building a whole Task for each candidate."""
    sql = prepared(("task_keys", key), lambda mark: (
        f"SELECT {_col(Task.id)}, {_col(Task.title)}, {_col(Task.owner)}, {_col(Task.thread)} "
        f"FROM {quoted(Task._meta.table_name)} WHERE " + where.format(mark=mark)
    ))
    return [(task_id, Task.title.python_value(title), owner_id, thread_id)
            for task_id, title, owner_id, thread_id in database.execute_sql(sql, params).fetchall()]


def _open_task_keys(project: Project, *, recent: bool) -> list[tuple[int, str, int | None, int | None, Any]]:
    """(id, title, owner id, thread id, due as stored) of the project's open tasks: the
    newest 300, newest first (``recent``), or all of them, oldest first (the order SQLite's
    walk of the project index gave them before the query said so: a tie keeps the older)."""
    cache = _OPEN_TASKS
    rows = _open_tasks(project.id)
    if rows is not None and (recent or project.id in cache.whole):
        keys = cache.keys.get(project.id)
        if keys is None:
            keys = cache.keys[project.id] = [
                (task_id, Task.title.python_value(title), owner_id, thread_id, due)
                for task_id, title, due, _email, owner_id, thread_id in rows]
        return keys[:300] if recent else keys[::-1]
    where = f"{_col(Task.project)} = {{mark}} AND {_col(Task.status)} != {{mark}} ORDER BY {_col(Task.id)}"
    sql = prepared(("open_task_keys", recent), lambda mark: (
        f"SELECT {_col(Task.id)}, {_col(Task.title)}, {_col(Task.owner)}, {_col(Task.thread)}, {_col(Task.due)} "
        f"FROM {quoted(Task._meta.table_name)} WHERE " + where.format(mark=mark) + (" DESC LIMIT 300" if recent else "")
    ))
    return [(task_id, Task.title.python_value(title), owner_id, thread_id, due)
            for task_id, title, owner_id, thread_id, due in database.execute_sql(sql, [project.id, "done"]).fetchall()]


def _task_by_id(task_id: int) -> Task:
    return _tasks("by_id_only", f"{_col(Task.id)} = {{mark}}", [task_id])[0]


def _find_task(project: Project, task_id: int | None, hint: str | None, thread: Thread | None) -> Task | None:
    if task_id is not None:
        found = _tasks("by_id", f"{_col(Task.id)} = {{mark}} AND {_col(Task.project)} = {{mark}}",
                       [task_id, project.id])
        return found[0] if found else None
    if hint:
        wanted = _words(hint)
        best: tuple[float, int | None] = (0.0, None)
        for candidate, candidate_title, _owner_id, thread_id, _due in _open_task_keys(project, recent=False):
            have = _words(candidate_title)
            if not have or not wanted:
                continue
            score = len(have & wanted) / len(have | wanted)
            if thread is not None and thread_id == thread.id:
                score += 0.2
            if score > best[0]:
                best = (score, candidate)
        if best[0] >= 0.34:
            return _task_by_id(best[1])  # type: ignore[arg-type]
    if thread is not None:
        on_thread = _tasks("open_on_thread",
                           f"{_col(Task.thread)} = {{mark}} AND {_col(Task.status)} != {{mark}} LIMIT 2",
                           [thread.id, "done"])
        if len(on_thread) == 1 and not (hint and _NAMES_AN_EVENT.search(hint) and not _words(hint) & _words(on_thread[0].title)):
            # ("we've moved the launch to March 6" on a thread whose one open task is the
            # blurb: the launch moved, not the blurb)
            return on_thread[0]
    return None


_NAMES_AN_EVENT = re.compile(r"\b(?:launch|party|event|meeting|call|visit|show|opening|premiere|wedding|conference|workshop|"
                             r"reading|signing|shoot|trip|dinner|lunch|webinar|session)\b", re.IGNORECASE)


def open_question_texts(thread: Thread) -> list[str]:
    """The texts of the thread's open questions, oldest first."""
    sql = prepared(("open_question_texts",), lambda mark: (
        f"SELECT {_col(Question.text)} FROM {quoted(Question._meta.table_name)} "
        f"WHERE {_col(Question.thread)} = {mark} AND {_col(Question.status)} = {mark} ORDER BY {_col(Question.id)} LIMIT 20"
    ))
    return [row[0] for row in database.execute_sql(sql, [thread.id, "open"]).fetchall()]


def open_task_ids(thread: Thread) -> list[int]:
    """The ids of the thread's open tasks (at most 20: a thread asks for a few things; the
    extraction needs to know which are the thread's, and whether there is only one)."""
    rows = _task_keys("open_on_thread_all", f"{_col(Task.thread)} = {{mark}} AND {_col(Task.status)} != {{mark}} LIMIT 20",
                      [thread.id, "done"])
    return [row[0] for row in rows]


def pending_proposals(task_ids: list[int]) -> list[DateProposal]:
    """The days put up for these tasks and not yet agreed (see ``ingest.date_proposals``)."""
    if not task_ids:
        return []
    sql = prepared(("pending_proposals", len(task_ids)), lambda mark: (
        f"SELECT e.{_col(TaskEvent.task)}, e.{_col(TaskEvent.kind)}, e.{_col(TaskEvent.new_value)}, p.{_col(Person.email)} "
        f"FROM {quoted(TaskEvent._meta.table_name)} e LEFT JOIN {quoted(Person._meta.table_name)} p "
        f"ON p.{_col(Person.id)} = e.{_col(TaskEvent.person)} "
        f"WHERE e.{_col(TaskEvent.task)} IN ({', '.join([mark] * len(task_ids))}) "
        f"AND e.{_col(TaskEvent.kind)} IN ({mark}, {mark}) ORDER BY e.{_col(TaskEvent.id)}"
    ))
    return pending_from(database.execute_sql(sql, [*task_ids, "proposed", "due"]).fetchall())


def record(
    extraction: Extraction,
    *,
    project: Project,
    thread: Thread | None,
    message: Message,
    author: Person,
    visibility: str,
    when: dt.datetime,
    people: dict[str, Person],
    reply_task_id: int | None,
    author_role: str = "team",
) -> Recorded:
    """Write what ``extraction`` found; caller holds the transaction."""
    out = Recorded()
    for item in extraction.tasks:
        title = item.title.strip()[:500]
        if not title:
            continue
        owner = people.get(item.owner) if item.owner else None
        duplicate = _restated(project, title, owner)
        if duplicate is not None:
            # the same work restated (a client's request, then the team's Task: line):
            # keep one task and let the restatement fill in what it lacked (the whole
            # task is read only then: usually it lacks nothing the restatement names)
            task_id, owner_id, due = duplicate
            if owner is not None and owner_id is None or item.due is not None and due is None:
                out.events.extend(_complete(_task_by_id(task_id), owner, item.due, author, message, when))
            continue
        tasks_changed()
        task = insert_model(
            Task,
            project=project,
            thread=thread,
            title=title,
            owner=owner,
            author=author,
            due=item.due,
            status=item.status,
            visibility=visibility,
            source_message=message,
            rule=item.rule[:100],
            created_at=when,
            updated_at=when,
            done_at=when if item.status == "done" else None,
        )
        out.tasks.append(task)
        out.events.append(
            insert_model(TaskEvent, task=task, at=when, kind="created", person=author,
                         new_value=item.status, source_message=message)
        )
    for d in extraction.decisions:
        decided_by = people.get(d.decided_by, author)
        if (_on_record(Decision, Decision.summary, project, d.summary.strip()[:1000])
                or thread is not None and _decided_before(thread, d.summary, when)):
            continue
        out.decisions.append(
            insert_model(
                Decision,
                project=project, thread=thread, summary=d.summary.strip()[:1000],
                rationale=(d.rationale or None), decided_by=decided_by, decided_at=when,
                visibility=visibility, source_message=message, rule=d.rule[:100],
            )
        )
    for q in extraction.questions:
        if _on_record(Question, Question.text, project, q.text.strip()[:1000]):
            continue
        out.questions.append(
            insert_model(
                Question,
                project=project, thread=thread, text=q.text.strip()[:1000], asked_by=author,
                addressed_to=people.get(q.addressed_to) if q.addressed_to else None,
                visibility=visibility, source_message=message, rule=q.rule[:100], created_at=when,
            )
        )
    for change in extraction.changes:
        target = _find_task(project, change.task_id or reply_task_id, change.task_title_hint, thread)
        if target is None:
            continue
        if (change.task_id is None and reply_task_id is None and change.task_title_hint
                and any(t.id == target.id for t in out.tasks) and not _words(change.task_title_hint) & _words(target.title)):
            # ("Could you send us the legal name ... of your company? ... so the API key is
            # blocked until they have your data": the work just asked for is not what is blocked)
            continue
        if author_role != "team" and target.visibility != "client":
            # clients (and guests) may only move tasks they can see
            continue
        out.events.extend(_apply_change(target, change, author, message, when, people))
    return out


# The way the choice is said, not what was chosen ("Go with the oak frames" / "We have decided
# for the oak frames")
_CHOICE_WORDS = frozenset({"go", "going", "went", "decide", "decided", "choose", "chose", "chosen", "pick", "picked", "keep",
                           "stay", "stick", "prefer", "version", "option", "then", "use", "take", "opt", "opted", "settle"})
_TURNED = re.compile(r"\b(?:not|no|never|against|drop|dropped|instead|rather|cancel\w*|remove\w*|skip|without|n't)\b", re.IGNORECASE)
RESTATED_WITHIN = dt.timedelta(days=14)


def _decided_before(thread: Thread, summary: str, when: dt.datetime) -> bool:
    """The thread holds the same choice, made in the last two weeks: "Great, we go with the
    oak frames then" after the client's "We have decided for the version with the oak frames"
    takes it up, it does not decide again (a choice turned round, "not the oak frames", does)."""
    if _TURNED.search(summary):
        return False
    words = content_words(summary) - _CHOICE_WORDS
    if len(words) < 2:
        return False
    for earlier in Decision.select(Decision.summary).where(Decision.thread == thread, Decision.decided_at >= when - RESTATED_WITHIN):
        said = content_words(earlier.summary) - _CHOICE_WORDS
        shared = len(words & said)
        if not _TURNED.search(earlier.summary) and shared >= 2 and shared >= 0.6 * min(len(words), len(said)):
            return True
    return False


def _on_record(model: type[Decision | Question], column: Any, project: Project, text: str) -> bool:
    """The project already holds this decision or question word for word: an earlier mail
    said it, and this one quotes it under a reply header no rule knows (a mail client in a
    language we do not read), so it is not said again."""
    # (raw SQL: this runs for every decision and question, and building the ORM query cost
    # more than the query)
    sql = prepared(("on_record", model._meta.table_name, column.column_name), lambda mark: (
        f"SELECT 1 FROM {quoted(model._meta.table_name)} "
        f"WHERE {_col(model.project)} = {mark} AND {_col(column)} = {mark} LIMIT 1"
    ))
    return database.execute_sql(sql, [project.id, column.db_value(text)]).fetchone() is not None


def _same_task(project: Project, title: str, owner: Person | None) -> Task | None:
    """The open task ``title`` restates (see :func:`_restated`), read whole."""
    found = _restated(project, title, owner)
    return None if found is None else _task_by_id(found[0])


def _restated(project: Project, title: str, owner: Person | None) -> tuple[int, int | None, Any] | None:
    """(id, owner id, due as stored: None or not) of the newest of the project's 300 newest open tasks whose title
    ``title`` restates (and whose owner, if both have one, is ``owner``)."""
    wanted = _words(title)
    if not wanted:
        return None
    for task_id, task_title, owner_id, _thread_id, due in _open_task_keys(project, recent=True):
        if owner is not None and owner_id is not None and owner_id != owner.id:
            continue
        have = _words(task_title)
        if have and len(have & wanted) / len(have | wanted) >= 0.75:
            return task_id, owner_id, due
    return None


def _complete(task: Task, owner: Person | None, due: dt.date | None, author: Person, message: Message,
              when: dt.datetime) -> list[TaskEvent]:
    events = []
    if owner is not None and task.owner_id is None:
        task.owner = owner
        events.append(insert_model(TaskEvent, task=task, at=when, kind="owner", person=author,
                                   new_value=owner.email, source_message=message))
    if due is not None and task.due is None:
        task.due = due
        events.append(insert_model(TaskEvent, task=task, at=when, kind="due", person=author,
                                   new_value=due.isoformat(), source_message=message))
    if events:
        task.updated_at = when
        tasks_changed()
        update_model(task, _TASK_COLUMNS_SAVED)
    return events


def _apply_change(task: Task, change, author: Person, message: Message, when: dt.datetime,  # type: ignore[no-untyped-def]
                  people: dict[str, Person] | None = None) -> list[TaskEvent]:
    events: list[TaskEvent] = []
    taker = (people or {}).get(change.new_owner) if getattr(change, "new_owner", None) else None
    if taker is not None and taker.id != task.owner_id:
        # the work passes to another member ("Salem takes over the storyboard")
        old = task.owner.email if task.owner_id is not None and task.owner is not None else None
        events.append(insert_model(
            TaskEvent, task=task, at=when, kind="owner", person=author, old_value=old,
            new_value=taker.email, reason=change.reason, source_message=message,
        ))
        task.owner = taker
    if change.status and change.status != task.status:
        events.append(insert_model(
            TaskEvent, task=task, at=when, kind="status", person=author, old_value=task.status,
            new_value=change.status, reason=change.reason, source_message=message,
        ))
        task.status = change.status
        task.done_at = when if change.status == "done" else None
    if change.new_due and change.new_due != task.due:
        events.append(insert_model(
            TaskEvent, task=task, at=when, kind="due", person=author,
            old_value=task.due.isoformat() if task.due else None,
            new_value=change.new_due.isoformat(), reason=change.reason, source_message=message,
        ))
        task.due = change.new_due
        task.confirmed_at = None
    if change.proposed_due and not change.new_due and change.proposed_due != task.due:
        # a day put up, not agreed: the history keeps it until someone agrees (ingest.date_proposals)
        events.append(insert_model(
            TaskEvent, task=task, at=when, kind="proposed", person=author,
            old_value=task.due.isoformat() if task.due else None,
            new_value=change.proposed_due.isoformat(), reason=change.reason, source_message=message,
        ))
        return events
    if change.confirmed and not events:
        events.append(insert_model(
            TaskEvent, task=task, at=when, kind="confirmed", person=author,
            new_value=task.due.isoformat() if task.due else None, source_message=message,
        ))
        task.confirmed_at = when
    if events:
        task.updated_at = when
        tasks_changed()
        update_model(task, _TASK_COLUMNS_SAVED)
    return events


def answer_questions(thread: Thread, author: Person, message: Message, asked_now: int,
                     reply_text: str | None = None) -> list[Question]:
    """A reply on the thread by someone other than the asker answers their open questions,
    those it takes up (``ingest.answers``) when its text is given."""
    if asked_now and reply_text is None:
        # a message that only asks back does not count as an answer
        return []
    sql = prepared(("open_questions",), lambda mark: (
        f"SELECT {columns_of(Question)} FROM {quoted(Question._meta.table_name)} "
        f"WHERE {_col(Question.thread)} = {mark} AND {_col(Question.status)} = {mark} "
        f"AND {_col(Question.asked_by)} != {mark}"
    ))
    rows: list[Question] = fetch_models(Question, sql, [thread.id, "open", author.id])
    on_thread = list(rows)
    if reply_text is None:
        rows = [q for q in rows if q.addressed_to_id in (None, author.id)]
    else:
        # the person asked answers what they take up; anyone else answers what they
        # clearly take up
        taken_up = [q for q in rows if answers(q.text, reply_text)]
        colleagues = _colleagues_of(author, ({q.addressed_to_id for q in rows} | {q.asked_by_id for q in rows}) - {None, author.id},
                                    thread.project_id)
        # (a colleague of the person asked answers for them: "Dave, apologies, I should have
        # come back to you on the vouchers. Yes, £25 each is fine"; a colleague of the one
        # who asked the other side does not)
        rows = [q for q in rows if not _put_to_the_other_side(q, author, colleagues) and (
                q in taken_up and (q.addressed_to_id in (None, author.id) or q.addressed_to_id in colleagues)
                or answers_clearly(q.text, reply_text))]
    if reply_text is not None and (yours := _YOUR_QUESTION.search(reply_text)) is not None and not undecided(yours.group("said")):
        # "Regarding your question, we recommend 600 completed interviews": the one question on
        # the thread that could be put to the author
        theirs = [q for q in on_thread if q.addressed_to_id in (None, author.id) and not _put_to_the_other_side(q, author, colleagues)]
        if len(theirs) == 1 and theirs[0] not in rows:
            rows.append(theirs[0])
    if reply_text is not None:
        rows.extend(_named_elsewhere(thread, author, reply_text))
    for q in rows:
        q.status = "answered"
        q.answer_message = message
        update_model(q, _QUESTION_COLUMNS_SAVED)
    return rows


# "Regarding your question, we recommend 600 completed interviews" / "Murat, to answer your
# question from the kick-off: yes, one common heating base can serve both"
_YOUR_QUESTION = re.compile(r"\b(?:regarding|about|on|to|re|concerning|as for|to answer|answering)\s+your\s+(?:question|query)"
                            r"(?:\s+(?:from|of|at|in)\s+(?:the\s+|last\s+|our\s+)?[\w' -]{2,30}?)?\s*[,:–—-]\s*(?P<said>[^\n]{10,400})", re.IGNORECASE)
# "Georgia, on your Plus question: no, you don't need Plus": an answer that names the
# question it takes up, wherever that was asked
# ("On Katrin's review rounds question: two review rounds per shot are included")
_NAMED_QUESTION = re.compile(r"\b(?:on|re|about|regarding|to|for)\s+(?:your|the|her|his|their|(?-i:[A-Z])[\w-]+'s)\s+(?P<topic>[\w+&.'-]+(?:\s+[\w+&.'-]+){0,3}?)"
                             r"\s+question\b"
                             # "About your question of the indicators: ..."
                             r"|\b(?:on|re|about|regarding|to)\s+(?:your|the|her|his|their)\s+question\s+(?:of|about|on|regarding)\s+(?:the\s+)?"
                             r"(?P<topic2>[\w+&.'-]+(?:\s+[\w+&.'-]+){0,2}?)\s*[:,.–—-]"
                             # "Regarding your question about performance test of login with 500
                             # concurrent users - yes" / "Further to your query on the slab system," /
                             # "About the question of Sam on the storeroom behind the bar:" / "on your
                             # question this morning about TikTok:" / "on your question to Ciarán about ..."
                             r"|\b(?:on|re|about|regarding|concerning|further\s+to|to)\s+(?:your|the|her|his|their)\s+(?:question|query|enquiry|inquiry)"
                             r"(?:\s+(?:to|for|from|of)\s+(?-i:[A-Z])[\w'-]+|\s+(?:this\s+morning|yesterday|earlier|last\s+week|on\s+the\s+call))?"
                             r"\s+(?:of|about|on|regarding|concerning)\s+(?:the\s+)?(?P<topic3>[^:,.;?!–—\n]{2,70}?)\s*(?:[:,.;–—]|\s-\s)"
                             # "Lucía passed me your question about the lyrics permissions." (someone
                             # else passed it on: "I've passed your question ... on to Ciarán" answers nothing)
                             r"|(?<![\w'])(?!(?:I|We)\b)(?-i:[A-Z])[\w'-]+\s+(?:has\s+)?passed\s+(?:on\s+)?(?:me|us)?\s*(?:on\s+)?(?:your|the|her|his|their)\s+"
                             r"question\s+(?:about|on|regarding)\s+(?:the\s+)?(?P<topic4>[^:,.;?!–—\n]{2,60}?)\s*[:,.;–—]", re.IGNORECASE)


_TOPIC_YES_NO = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?(?:[A-Z][\w'-]+,[ \t]+)?(?:on|about|re|regarding|as for|as to)[ \t]+(?:the|your)[ \t]+"
                           r"(?P<topic>[^:\n]{2,40}?)[ \t]*:[ \t]*(?:yes|no|yep|nope)\b", re.IGNORECASE | re.MULTILINE)


def _put_to_the_other_side(q: Question, author: Person, colleagues: set[int]) -> bool:
    """A colleague of the author asked it of someone outside their firm: the author's reply
    is not that answer."""
    # (put to nobody in particular in team-only mail, it is the team's own: a colleague's
    # reply answers it)
    return (q.asked_by_id in colleagues and q.addressed_to_id != author.id and q.addressed_to_id not in colleagues
            and (q.addressed_to_id is not None or q.visibility == "client"))


def names_a_question(reply_text: str | None) -> bool:
    """The reply says which question it answers ("on your Plus question: ...")."""
    return bool(reply_text) and (_NAMED_QUESTION.search(reply_text or "") is not None or _YOUR_QUESTION.search(reply_text or "") is not None
                                 or _TOPIC_YES_NO.search(reply_text or "") is not None
                                 or " confirmed" in (reply_text or "") and _REPORTED_ANSWER.search(reply_text or "") is not None)


def _named_elsewhere(thread: Thread, author: Person, reply_text: str) -> list[Question]:
    """Open questions on the project's other threads that the reply names by their topic."""
    # (every word of the topic: "Plus" is a product here, not a stop word)
    topics = [_question_words(m.group("topic") or m.group("topic2") or m.group("topic3") or m.group("topic4"))
              for m in _NAMED_QUESTION.finditer(reply_text)]
    # ("- On the Book now button: yes, every email has one": the topic, then a yes or a no)
    topics += [_question_words(m.group("topic")) for m in _TOPIC_YES_NO.finditer(reply_text)]
    topics = [t for t in topics if t]
    reported = [(m.group("name").lower(), _question_words(m.group("said")) - _WEAK_TOPIC_WORDS)
                for m in _REPORTED_ANSWER.finditer(reply_text)] if " confirmed" in reply_text else []
    yours = [_question_words(m.group("said")) - _WEAK_TOPIC_WORDS for m in _YOUR_QUESTION.finditer(reply_text) if not undecided(m.group("said"))]
    if not topics and not reported and not yours:
        return []
    rows = list(Question.select().where((Question.project == thread.project_id) & (Question.status == "open")
                                        & (Question.asked_by != author.id) & (Question.thread != thread.id)))
    if not topics and yours:
        # (the answer's own words say which: at least three of the question's, and more than any other's)
        scored = sorted(((max(len(said & _question_words(q.text)) for said in yours), q.id, q) for q in rows), key=lambda t: -t[0])
        if scored and scored[0][0] >= 3 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
            return [scored[0][2]]
        return _reported_answer(rows, reported) if reported else []
    if not topics:
        return _reported_answer(rows, reported)
    named = [q for q in rows if any(topic <= _question_words(q.text) for topic in topics)]
    if not named:
        # ("your question about additional documents for Ibu Lestari as director" for "Is
        # there any additional document needed from Lestari ...?"): most of the topic's words,
        # in one question only
        def shared(q: Question) -> int:
            words = _question_words(q.text)
            return max((len(t & words) for t in (topic - _WEAK_TOPIC_WORDS for topic in topics) if t and 2 * len(t & words) >= len(t)),
                       default=0)
        best = max((shared(q) for q in rows), default=0)
        named = [q for q in rows if best and shared(q) == best]
    return named if len(named) == 1 else []


# "2. Reminder SMS – Priya confirmed that our design can use CRHP's existing Twilio account"
# (minutes of a call): the person asked gave the answer, reported by someone else
_REPORTED_ANSWER = re.compile(r"(?<![\w'])(?P<name>(?-i:[A-Z])[\w'-]+)\s+(?:has\s+|had\s+)?confirmed\s+(?:that\s+)?(?P<said>[^.;\n]{10,200})")


def _reported_answer(rows: list[Question], reported: list[tuple[str, set[str]]]) -> list[Question]:
    """The one open question put to the person named whose words the reported answer shares
    (at least three of them)."""
    asked = {q.addressed_to_id for q in rows if q.addressed_to_id is not None}
    first_names = {p.id: (p.name or p.email).split()[0].lower() for p in Person.select(Person.id, Person.name, Person.email)
                   .where(Person.id.in_(list(asked)))} if asked else {}
    named = [q for q in rows if q.addressed_to_id is not None
             and any(first_names.get(q.addressed_to_id) == name and len(said & _question_words(q.text)) >= 3 for name, said in reported)]
    return named if len(named) == 1 else []


# (words a long topic carries that name nothing: "the question about the design documentation
# for the school's green roofs")
_WEAK_TOPIC_WORDS = frozenset({"for", "as", "to", "with", "in", "at", "from", "by", "and", "or", "this", "that", "our", "your",
                               "their", "his", "her", "it", "is", "are", "we", "you", "can", "do", "does", "any", "all"})


def _question_words(text: str) -> set[str]:
    # ("your sign-off question" names "Do we need Zestly to sign off on the plan?")
    return ({w.rstrip("s") for w in re.findall(r"[a-z0-9+&']+", text.lower().replace("\u2019", "'"))}
            - {"the", "a", "an", "about", "on", "of"})


def _colleagues_of(author: Person, ids: set[int], project_id: int) -> set[int]:
    """Of the people ``ids``, those who write from the author's own mail domain; for an author
    on free mail (a couple, a homeowner and her husband), those on the author's side of the
    project."""
    if not ids:
        return set()
    domain = organisation_domain(author.email)
    if domain is None:
        roles: dict[int, str] = {m.person_id: m.role for m in Membership.select(Membership.person, Membership.role)
                                 .where((Membership.project == project_id) & (Membership.person.in_([*ids, author.id])))}
        side = roles.get(author.id)
        return {pid for pid in ids if side is not None and roles.get(pid) == side}
    wanted = sorted(ids)
    # (raw SQL: this runs for most replies, and building the ORM query cost more than the query)
    sql = prepared(("emails_of", len(wanted)), lambda mark: (
        f"SELECT {_col(Person.id)}, {_col(Person.email)} FROM {quoted(Person._meta.table_name)} "
        f"WHERE {_col(Person.id)} IN ({', '.join([mark] * len(wanted))})"
    ))
    return {pid for pid, email in database.execute_sql(sql, wanted).fetchall() if email.rpartition("@")[2].lower() == domain}


_QUESTION_COLUMNS_SAVED = tuple(f.name for f in Question._meta.sorted_fields if f is not Question.id)
