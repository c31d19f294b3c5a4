"""The small cast and the one-call ``extract()`` the extraction probe files share: two team
members and two client members, a message sent on Monday 2 November 2026."""
from __future__ import annotations

from datetime import datetime

from ingest.extraction import Extraction, ExtractionContext, KnownTask, Person, extract

SAM = Person("sam@agency.io", "Sam Lee", "team", "Europe/London", "DMY")
PRIYA = Person("priya@agency.io", "Priya Shah", "team", "Europe/London", "DMY")
JANE = Person("jane@client.com", "Jane Doe", "client", "Europe/London", "DMY")
TOM = Person("tom@client.com", "Tom Ward", "client", "Europe/London", "DMY")
MEMBERS = (SAM, PRIYA, JANE, TOM)
MONDAY = datetime.fromisoformat("2026-11-02T10:00:00+00:00")


def run(text: str, author: Person = JANE, known: tuple[KnownTask, ...] = (), thread: tuple[int, ...] = (),
        to: tuple[str, ...] = (SAM.email,), open_questions: tuple[str, ...] = (),
        sent_at: datetime = MONDAY, members: tuple[Person, ...] = MEMBERS) -> Extraction:
    """``extract(text)`` as ``author`` wrote it to ``to``, with the thread's open tasks and questions
    (``members``: the project's people, the small cast unless given)."""
    ctx = ExtractionContext(author=author, sent_at=sent_at, members=members, to=to, known_tasks=known,
                            thread_tasks=thread, thread_task_id=thread[0] if len(thread) == 1 else None,
                            open_questions=open_questions)
    return extract(text, ctx)


def done_ids(result: Extraction) -> set[int | None]:
    """The tasks ``result`` reports done."""
    return {c.task_id for c in result.changes if c.status == "done"}
