"""The ingest pipeline: every source hands raw bytes here.

``store_raw`` keeps the bytes first (deduplicating on Message-ID + content hash); then
``Pipeline.process`` runs the explicit list of stages over the stored row.  ``Discard`` and
``Quarantine`` are caught at one boundary; any other error parks the row as ``failed`` with
its error recorded, so ``trackfront reprocess`` can run it again.  Nothing is dropped.
"""
from __future__ import annotations

import collections
import contextlib
import datetime as dt
import itertools
import logging
import multiprocessing
import os
import queue
import re
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from email.message import Message as EmailMessage
from email.utils import parsedate_to_datetime
from typing import Any, Protocol, TypeVar

import mailparser
import peewee as pw

from ingest import threads
from ingest.addresses import decode_words, parse_address_list, parse_person, raw_headers
from ingest.charsets import decoded_texts, undecoded, unknown_charset
from ingest.classify import (
    AUTO_REPLY,
    BOUNCE,
    LIST,
    NORMAL,
    automated_sender,
    classify,
    header_value,
)
from ingest.errors import Discard, IngestError, Quarantine
from ingest.extraction import Extraction, ExtractionContext, extract, read_under_a_note, recordable
from ingest.extraction import Person as XPerson
from ingest.identity import RawIdentity, identify
from ingest.newtext import NewText, extract_new_text
from ingest.records import (
    Recorded,
    answer_questions,
    cached_open_tasks,
    known_tasks,
    names_a_question,
    open_question_texts,
    open_task_ids,
    pending_proposals,
    record,
    tasks_changed,
)
from ingest.roster import ProjectCache, ProjectRoster, RosterCache
from store import directory
from store.db import (
    atomic,
    columns_of,
    database,
    fetch_models,
    is_postgres,
    prepared,
    quoted,
    to_naive_utc,
    update_model,
    utcnow,
    write_transaction,
)
from store.models import Event, Message, Person, Project, Thread
from store.models import Quarantine as QuarantineRow
from store.models import Question as QuestionRow

_T = TypeVar("_T")
log = logging.getLogger("trackfront.ingest")
logging.getLogger("mailparser").setLevel(logging.CRITICAL)

MAX_HEADER_BYTES = 256 * 1024
MAX_HEADER_FIELD = 64 * 1024
MAX_MULTIPARTS = 100
_SUBJECT_TAG = re.compile(r"\[([a-z0-9][a-z0-9-]{0,39})(?:\s*#(\d+))?\]", re.IGNORECASE)
_MULTIPART = re.compile(rb"content-type:\s*multipart/", re.IGNORECASE)


class ReplyClaims(Protocol):
    project: str
    thread_id: int
    task_id: int | None
    recipient: str


TokenVerifier = Callable[[str, str, str, dt.date], "ReplyClaims | None"]
"""(project slug, token, sender, today) -> claims, or None when forged/expired/not the sender's."""


class RecordListener(Protocol):
    """Called inside the message's transaction after its items were recorded (live mail only).

    A listener may also have ``idle(message, author, role, recorded) -> bool``: True when
    ``on_recorded`` would do nothing at all for this message, which is then not called
    (a savepoint and a call saved for most messages); and ``reports_task_writes = True``
    when it calls ``ingest.records.tasks_changed()`` after any write to a task (otherwise
    the batch's open tasks are read again after each of its calls)."""

    name: str

    def on_recorded(self, message: Message, author: Person, role: str, recorded: Recorded) -> None: ...


@dataclass(frozen=True)
class PipelineOptions:
    project_domains: tuple[str, ...] = ("localhost",)
    own_addresses: tuple[str, ...] = ()
    verify_token: TokenVerifier | None = None
    listeners: Sequence[RecordListener] = ()
    today: Callable[[], dt.date] = lambda: dt.date.today()


@dataclass
class Inbound:
    """What the stages learn about one stored message."""

    row: Message
    identity: RawIdentity | None = None  # from store_raw, when it just stored these bytes
    parsed: Any = None
    msg: EmailMessage | None = None
    kind: str = NORMAL
    author_email: str | None = None
    author_name: str | None = None
    sender_email: str | None = None
    date: dt.datetime | None = None
    header_date: dt.datetime | None = None  # the Date of the message itself (not a forward's)
    subject: str = ""
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    body_text: str = ""
    html: str | None = None
    newtext: NewText | None = None
    forwarded: bool = False
    project: Project | None = None
    route_reason: str = ""
    claims: ReplyClaims | None = None
    task_tag: int | None = None
    role: str | None = None
    person: Person | None = None
    thread: Thread | None = None
    thread_is_new: bool = False  # the thread stage started it for this message
    extraction: Extraction | None = None
    recorded: Recorded | None = None
    accepted_as_guest: bool = False
    recipients: list[str] | None = None  # _recipients, once worked out
    fresh: bool = False  # the row was stored by this very call (see Recorded.fresh)
    attachments: int = 0  # files attached (not inline images such as a signature's logo)
    read_ahead: ReadAhead | None = None  # the reading stages' results, from the helper process


@dataclass
class StoreResult:
    row: Message
    created: bool
    identity: RawIdentity | None = None


def store_raw(
    raw: bytes,
    *,
    source: str,
    live: bool = True,
    project: Project | None = None,
    accept_unknown: bool = False,
    identity: RawIdentity | None = None,
) -> StoreResult:
    """Keep the bytes durably before anything else; a second copy of a message is not stored.
    ``identity``: ``identify(raw)``, when the caller has it already (the read-ahead helper)."""
    ident = identity if identity is not None else identify(raw)
    postgres = is_postgres()
    if postgres:
        # look first: on PostgreSQL an insert that meets the copy still takes a sequence value
        found = _stored(ident.message_id, ident.content_hash)
        if found is not None:
            return StoreResult(found, False)
    row = Message(
        message_id=ident.message_id,
        content_hash=ident.content_hash,
        raw=raw,
        size=len(raw),
        source=source[:500],
        live=live,
        forced_project=project,
        accept_unknown=accept_unknown,
        status="received",
        received_at=utcnow(),
    )
    if postgres:
        # in a caller's transaction a failed statement would abort it: keep it to a savepoint
        with atomic():
            new_id = _insert_unless_stored(row)
    else:
        # one statement, atomic by itself; a copy already stored is skipped by the unique
        # index, so the insert is also the check (one query a message instead of two)
        new_id = _insert_unless_stored(row)
    if new_id is None:
        # stored already (on PostgreSQL: by a concurrent worker between our check and insert)
        return StoreResult(_stored(ident.message_id, ident.content_hash), False)  # type: ignore[arg-type]
    stored: Any = row  # peewee's private instance state is untyped
    stored._pk = new_id
    stored._dirty.clear()  # as after Message.create: nothing left to save
    return StoreResult(row, True, ident)


# store_raw runs once per message: its two statements are built once per engine (see
# store.db.prepared) from the model's own names; the insert writes what Message.create would
# (the given fields and every default) and skips a copy already stored, as the unique
# (message_id, content_hash) index decides.
def _stored(message_id: str, content_hash: str) -> Message | None:
    sql = prepared(("message_stored",), lambda mark: (
        f"SELECT {columns_of(Message)} FROM {quoted(Message._meta.table_name)} "
        f"WHERE {quoted(Message.message_id.column_name)} = {mark} "
        f"AND {quoted(Message.content_hash.column_name)} = {mark}"
    ))
    rows = fetch_models(Message, sql, [Message.message_id.db_value(message_id),
                                       Message.content_hash.db_value(content_hash)])
    return rows[0] if rows else None


def _insert_unless_stored(row: Message) -> int | None:
    """Insert ``row``; its new id, or None when the same message is there already."""
    postgres = is_postgres()
    data = row.__data__
    fields = [Message._meta.fields[name] for name in data if name != Message.id.name]
    sql = prepared(("message_insert", *(f.name for f in fields)), lambda mark: (
        f"INSERT INTO {quoted(Message._meta.table_name)} "
        f"({', '.join(quoted(f.column_name) for f in fields)}) "
        f"VALUES ({', '.join([mark] * len(fields))}) "
        f"ON CONFLICT ({quoted(Message.message_id.column_name)}, {quoted(Message.content_hash.column_name)}) "
        "DO NOTHING" + (f" RETURNING {quoted(Message.id.column_name)}" if postgres else "")
    ))
    cursor = database.execute_sql(sql, [f.db_value(data[f.name]) for f in fields])
    if postgres:
        inserted = cursor.fetchone()
        return int(inserted[0]) if inserted else None
    return int(cursor.lastrowid) if cursor.rowcount == 1 else None


class Stage(Protocol):
    name: str

    def process(self, pipe: Pipeline, item: Inbound) -> None: ...


class BudgetStage:
    """Refuse mail that would exhaust the parser (deep MIME nesting, giant headers)."""

    name = "budget"

    def process(self, pipe: Pipeline, item: Inbound) -> None:
        raw = bytes(item.row.raw)
        ident = item.identity if item.identity is not None else identify(raw)
        if ident.header_bytes > MAX_HEADER_BYTES:
            raise Quarantine(f"header block too large ({ident.header_bytes} bytes)")
        if ident.longest_header > MAX_HEADER_FIELD:
            raise Quarantine(f"header field too large ({ident.longest_header} bytes)")
        parts = len(_MULTIPART.findall(raw))
        if parts > MAX_MULTIPARTS:
            raise Quarantine(f"MIME structure too complex ({parts} multipart parts)")


class ParseStage:
    """Parse with mail-parser; read the header fields the later stages need."""

    name = "parse"

    def process(self, pipe: Pipeline, item: Inbound) -> None:
        raw = bytes(item.row.raw)
        try:
            parsed = mailparser.parse_from_bytes(raw)
        except RecursionError as exc:
            raise Quarantine("MIME structure too deeply nested") from exc
        except (ValueError, LookupError, TypeError, AttributeError, IndexError) as exc:
            raise Quarantine(f"unparseable message: {type(exc).__name__}: {exc}") from exc
        msg = parsed.message
        item.parsed, item.msg = parsed, msg
        item.attachments = _attachment_count(msg)
        item.subject = decode_words(" ".join(raw_headers(msg, "Subject")[:1]))[:998]
        item.to = parse_address_list(raw_headers(msg, "To"))
        item.cc = parse_address_list(raw_headers(msg, "Cc"))
        item.date = item.header_date = _header_date(msg)
        ids = re.findall(r"<[^<>\s]{1,900}>", str(msg.get("In-Reply-To") or ""))
        item.in_reply_to = ids[-1] if ids else None
        refs = re.findall(r"<[^<>\s]{1,900}>", " ".join(str(v) for v in msg.get_all("References", [])))
        item.references = list(dict.fromkeys(refs))
        try:
            plain, html = parsed.text_plain or [], parsed.text_html or []
            if undecoded(plain) or undecoded(html) or unknown_charset(msg):
                plain, html = decoded_texts(msg, "plain"), decoded_texts(msg, "html")
            item.body_text = "\n".join(plain)
            item.html = "\n".join(html) if html else None
        except (LookupError, UnicodeError, ValueError) as exc:
            raise Quarantine(f"undecodable body: {exc}") from exc


class AuthorStage:
    """A clear author from From (or Sender), or a quarantine reason."""

    name = "author"

    def process(self, pipe: Pipeline, item: Inbound) -> None:
        assert item.msg is not None
        froms = raw_headers(item.msg, "From")
        people = {parse_person(v) for v in froms}
        addresses = {a for _n, a in people if a}
        if len(addresses) > 1:
            raise Quarantine(f"ambiguous author: {len(froms)} From headers")
        if not addresses:
            name, addr = parse_person(" ".join(raw_headers(item.msg, "Sender")[:1]))
            if addr is None:
                if not froms:
                    raise Quarantine("no From header")
                raise Quarantine(f"unreadable From header {froms[0][:80]!r}")
            people = {(name, addr)}
        name, addr = next(iter(sorted(people, key=lambda p: (p[1] is None, p[0] or ""))))
        item.author_email = item.sender_email = addr
        item.author_name = name


class ClassifyStage:
    """Auto-replies and bounces are recorded but create nothing; foreign list mail too."""

    name = "classify"

    def process(self, pipe: Pipeline, item: Inbound) -> None:
        assert item.msg is not None
        verdict = classify(item.msg, item.author_email or "", subject=item.subject)
        item.kind = verdict.kind
        if verdict.kind in (AUTO_REPLY, BOUNCE):
            raise Discard(verdict.kind, verdict.reason)
        if verdict.kind == LIST and item.row.forced_project_id is None and header_value(item.msg, "List-Id"):
            raise Discard(verdict.kind, verdict.reason)
        # bulk mail without a List-Id (a vendor's List-Unsubscribe): the sender stage
        # ignores it from a member and quarantines it from a stranger
        if item.author_email and item.author_email in pipe.options.own_addresses:
            raise Discard(AUTO_REPLY, "our own message came back")


class UnsubscribeStage:
    """A mail to our own address saying "unsubscribe <workflow> [project]" (the
    List-Unsubscribe link of our digests) opts the sender out of that workflow."""

    name = "unsubscribe"
    _REQUEST = re.compile(r"^\s*unsubscribe\s+([a-z_]{2,40})(?:\s+[a-z0-9-]+)?\s*$", re.IGNORECASE)

    def process(self, pipe: Pipeline, item: Inbound) -> None:
        if not set(_recipients(item)) & set(pipe.options.own_addresses):
            return
        match = self._REQUEST.match(item.subject or "")
        if match is None:
            return
        workflow = match.group(1).lower()
        person = Person.get_or_none(Person.email == (item.sender_email or ""))
        if person is not None and workflow not in (person.opt_outs or []):
            person.opt_outs = [*(person.opt_outs or []), workflow]
            person.save()
        raise Discard(NORMAL, f"unsubscribe request: {item.sender_email} opted out of {workflow}")


class NewTextStage:
    """New text without quotes or signature; forwards credit the original author."""

    name = "newtext"

    def process(self, pipe: Pipeline, item: Inbound) -> None:
        ahead = item.read_ahead
        if ahead is not None and ahead.newtext is not None:
            nt = ahead.newtext  # the same call on the same fields, made in the helper process
        else:
            nt = extract_new_text(item.body_text or None, item.html, subject=item.subject)
        item.newtext = nt
        fwd = nt.forwarded
        if fwd is not None and fwd.author_email:
            item.forwarded = True
            item.author_email = fwd.author_email
            item.author_name = fwd.author_name or item.author_name
            if fwd.date is not None:
                item.date = fwd.date if fwd.date.tzinfo else fwd.date.replace(tzinfo=dt.UTC)


class RouteStage:
    """Find the project: reply token, project address, subject tag, thread, sender's only project."""

    name = "route"

    def process(self, pipe: Pipeline, item: Inbound) -> None:
        forced = pipe.projects.by_id(item.row.forced_project_id) if item.row.forced_project_id is not None else None
        recipients = _recipients(item)
        sender = item.sender_email or ""
        if pipe.options.verify_token is not None:
            for addr in recipients:
                local, _, _domain = addr.partition("@")
                if "+" not in local:
                    continue
                slug, token = local.split("+", 1)
                if not token:
                    continue
                claims = pipe.options.verify_token(slug, token, sender, pipe.options.today())
                if claims is not None:
                    project = pipe.projects.by_slug(claims.project)
                    if project is not None and (forced is None or forced.id == project.id):
                        item.project, item.claims = project, claims
                        item.route_reason = "signed reply address"
                        return
        if forced is not None:
            item.project, item.route_reason = forced, "import --project"
            return
        for addr in recipients:
            local, _, domain = addr.partition("@")
            if domain not in pipe.options.project_domains and pipe.options.project_domains:
                continue
            # slug@, you+slug@, and slug+<token>@ whose token did not verify (ordinary routing)
            for candidate in (local, *local.split("+")[1:2], local.split("+")[0]):
                project = pipe.projects.by_slug(candidate.lower())
                if project is not None:
                    item.project, item.route_reason = project, f"project address {addr}"
                    return
        for match in _SUBJECT_TAG.finditer(item.subject or ""):
            project = pipe.projects.by_slug(match.group(1).lower())
            if project is not None:
                item.project, item.route_reason = project, f"subject tag [{match.group(1)}]"
                if match.group(2):
                    item.task_tag = int(match.group(2))
                return
        refs = _thread_refs(item)
        if refs:
            project_id = _project_of_newest_ref(refs)
            if project_id is not None:
                item.project, item.route_reason = pipe.projects.by_id(project_id), "reply to a known thread"
                return
        mine = directory.projects_of(sender) if sender else []
        if len(mine) == 1:
            item.project, item.route_reason = mine[0], "sender's only project"
            return
        if not mine:
            raise Quarantine(f"unknown sender {sender or '(none)'}: not a member of any project")
        raise Quarantine(
            f"cannot tell the project: {sender} is in {len(mine)} projects and the message "
            "names none (write to <slug>@ or tag the subject [slug])"
        )


class SenderStage:
    """Only members (or client-domain senders) may write; others are quarantined, never answered."""

    name = "sender"

    def process(self, pipe: Pipeline, item: Inbound) -> None:
        assert item.project is not None
        sender = item.sender_email or ""
        roster = pipe.rosters.get(item.project)
        sender_role = roster.role(sender)
        if item.claims is not None:
            sender_role = sender_role or "client"
        bulk = item.kind == LIST and item.row.forced_project_id is None
        if sender_role is None:
            if item.row.accept_unknown:
                sender_role = "guest"
            else:
                raise Quarantine(f"unknown sender {sender}: not a member of {item.project.slug}"
                                 + (" (bulk mail)" if bulk else ""))
        if bulk:
            raise Discard(LIST, "bulk mail (List-Unsubscribe) from a member")
        author = item.author_email or sender
        role = roster.role(author) if author != sender else sender_role
        outsider = role is None
        if role is None:
            # a member forwarded a non-member's mail: the author is a client contact or a guest
            # (a supplier's quote passed round the team only, with no client among the
            # recipients, makes its author no client: the thread stays internal)
            recipients = [a for a in (*item.to, *item.cc) if a.partition("@")[2] not in pipe.options.project_domains]
            team_only = sender_role == "team" and bool(recipients) and all(roster.role(a) == "team" for a in recipients)
            role = "guest" if sender_role == "guest" or team_only else "client"
        item.role = role
        known = roster.people.get(author)
        if known is not None:
            item.person = known[0]
        elif outsider:
            # the author of forwarded mail who is no member and not of the client's domain (the
            # client's ERP vendor, a supplier): credited with what they wrote, but not made a
            # member, who could then write in unquarantined and be sent the client's updates
            item.person = directory.get_or_create_person(author, item.author_name)
        else:
            item.person = pipe.rosters.add_member(item.project, author, role, item.author_name)


class ThreadStage:
    """JWZ ids first, then the reply token's thread, then a guarded subject match."""

    name = "thread"

    def process(self, pipe: Pipeline, item: Inbound) -> None:
        assert item.project is not None
        when = to_naive_utc(item.date) if item.date else utcnow()
        refs = _thread_refs(item)
        # our own id may be known already: a reply that arrived first cited us as a ghost
        thread = threads.find_by_references(item.project, [*refs, item.row.message_id])
        if thread is None and item.claims is not None:
            thread = Thread.get_or_none(
                (Thread.id == item.claims.thread_id) & (Thread.project == item.project)
            )
        participants = [a for a in [item.sender_email, item.author_email, *item.to, *item.cc] if a]
        if thread is None and threads.looks_like_reply(item.subject):
            thread = threads.find_by_subject(item.project, item.subject, participants, when)
        people = _people_only(pipe, participants)
        if thread is None:
            thread = threads.new_thread(item.project, item.subject, when, people)
            item.thread_is_new = True
        threads.remember(thread, [item.row.message_id, *refs])
        threads.touch(thread, people, when)  # nothing to write for a thread started just now
        item.thread = thread


class ExtractStage:
    """Mine the new text for tasks, decisions, questions and changes, and record them."""

    name = "extract"

    def process(self, pipe: Pipeline, item: Inbound) -> None:
        assert item.project is not None and item.person is not None and item.newtext is not None
        nt = item.newtext
        roster = pipe.rosters.get(item.project)
        people = {p.email: p for p, _r in roster.members()}
        # a forward: the forwarded mail speaks for its author, the note above it for the forwarder
        visibility = _visibility(item, roster)
        parts: list[tuple[str, Person, str, dt.datetime | None, str]] = []
        if item.forwarded and nt.forwarded is not None:
            forwarder = people.get(item.sender_email or "")
            if nt.forward_note.strip() and forwarder is not None:
                forwarder_role = roster.role(forwarder.email) or "team"
                parts.append((nt.forward_note, forwarder, forwarder_role, item.header_date,
                              _note_visibility(item, roster, forwarder_role)))
            if not automated_sender(item.person.email) and not _forwarded_before(item, nt.forwarded.text):
                # (a forwarded notification from no-reply@... asks nobody on the project)
                parts.append((nt.forwarded.text, item.person, item.role or "client", item.date, visibility))
        else:
            parts.append((nt.reply_text, item.person, item.role or "client", item.date, visibility))
        item.recorded = Recorded(fresh=item.fresh)
        asked = 0
        last_open: Sequence[str] | None = None  # the thread's open questions, as the last part saw them
        last_asked: list[QuestionRow] = []  # the questions that part asked
        # every part is read before any is recorded: a forward's note and the mail it
        # forwards may be one piece of work said twice (ingest.extraction.read_under_a_note)
        read = [(build_context(pipe, item, roster.members(), author=author, role=role, sent_at=when_sent), text, author, role,
                 when_sent, visibility) for text, author, role, when_sent, visibility in parts if text.strip()]
        founds = [extract(text, ctx) for ctx, text, *_rest in read]
        if len(parts) == 2 and len(founds) == 2:
            founds = list(read_under_a_note(founds[0], founds[1]))
        # (a forward's note speaks of the mail below it: "can you handle this by Friday?")
        founds = [recordable(found, above_a_forward=item.forwarded and nt.forwarded is not None and text is nt.forward_note)
                  for found, (_ctx, text, *_rest) in zip(founds, read, strict=True)]
        for found, (ctx, _text, author, role, when_sent, visibility) in zip(founds, read, strict=True):
            item.extraction = found if item.extraction is None else _merge(item.extraction, found)
            asked += len(found.questions)
            got = record(
                found,
                project=item.project,
                thread=item.thread,
                message=item.row,
                author=author,
                visibility=visibility,
                when=to_naive_utc(when_sent) if when_sent else utcnow(),
                people=people,
                reply_task_id=ctx.task_id,
                author_role=role,
            )
            for name in ("tasks", "decisions", "questions", "events"):
                getattr(item.recorded, name).extend(getattr(got, name))
            last_open, last_asked = ctx.open_questions, got.questions
        reply = nt.forward_note if item.forwarded and nt.forwarded is not None else nt.reply_text
        if item.thread is not None and item.thread_is_new and names_a_question(reply):
            # "Georgia, on your Plus question: ..." in a new thread answers where it was asked
            item.recorded.answered = answer_questions(item.thread, item.person, item.row, asked, reply)
        elif item.thread is not None and not item.thread_is_new:
            # (a thread this message started holds no question but the ones it asked itself)
            if (last_open is not None and not last_open and all(q.asked_by_id == item.person.id for q in last_asked)
                    and not names_a_question(reply)):
                # none was open when the last part was read, and the author's own questions
                # are not theirs to answer: the query would find nothing
                item.recorded.answered = []
            else:
                item.recorded.answered = answer_questions(item.thread, item.person, item.row, asked, reply)


def _attachment_count(msg: Any) -> int:
    """Files attached to the message: parts with a file name that are not inline images (a
    signature's logo, a pasted screenshot) nor a bounce's report."""
    count = 0
    try:
        for part in msg.walk():
            if part.is_multipart():
                continue
            disposition = (part.get_content_disposition() or "").lower()
            ctype = part.get_content_type()
            if ctype.startswith(("message/delivery-status", "message/disposition-notification", "text/rfc822-headers")):
                continue
            if disposition == "attachment" or part.get_filename() and not (
                    disposition == "inline" and ctype.startswith("image/")) and not part.get("Content-ID"):
                count += 1
    except RecursionError:  # (the parse stage has budgeted the nesting; a count is not worth a crash)
        return count
    return count


def _forwarded_before(item: Inbound, text: str) -> bool:
    """The forwarded mail is one the project already holds from its author (a team member
    passing the client's kickoff on to colleagues): what it says was recorded when it came,
    and recording it again would double every task, decision and question in it."""
    words = re.findall(r"\w+", text.lower())[:30]
    if len(words) < 8 or item.project is None or item.person is None:
        return False
    needle = " ".join(words)
    earlier = (Message.select(Message.reply_text)
               .where((Message.project == item.project) & (Message.author_email == item.person.email)
                      & (Message.status == "processed") & (Message.forwarded == False)
                      & (Message.id != item.row.id))
               .order_by(Message.id.desc()).limit(50))
    return any(needle in " ".join(re.findall(r"\w+", (row.reply_text or "").lower())) for row in earlier)


def _merge(a: Extraction, b: Extraction) -> Extraction:
    return Extraction(
        tasks=[*a.tasks, *b.tasks],
        decisions=[*a.decisions, *b.decisions],
        questions=[*a.questions, *b.questions],
        changes=[*a.changes, *b.changes],
    )


def build_context(
    pipe: Pipeline | None,
    item: Inbound,
    roster: list[tuple[Person, str]] | None = None,
    *,
    author: Person | None = None,
    role: str | None = None,
    sent_at: dt.datetime | None = None,
) -> ExtractionContext:
    members: list[XPerson] = []
    if item.project is not None:
        roster = roster if roster is not None else directory.members(item.project)
        members = [_member(p.email, p.name, r, p.tz, p.date_order) for p, r in roster]
    email = author.email if author is not None else item.author_email
    who = next((m for m in members if m.email == email), None)
    if who is None:
        who = XPerson(email=email or "", name=author.name if author else item.author_name,
                      role=role or item.role or "client")
    domains = pipe.options.project_domains if pipe else ()
    to = [a for a in item.to if not _is_project_address(a, domains, item.project)]
    cc = [a for a in item.cc if not _is_project_address(a, domains, item.project)]
    task_id = item.claims.task_id if item.claims is not None else item.task_tag
    on_thread = open_task_ids(item.thread) if item.thread is not None and not item.thread_is_new else []
    return ExtractionContext(
        author=who,
        sent_at=sent_at or item.date or dt.datetime.now(dt.UTC),
        members=members,
        to=to,
        cc=cc,
        task_id=task_id,
        known_tasks=known_tasks(item.project) if item.project is not None else [],
        thread_task_id=on_thread[0] if task_id is None and len(on_thread) == 1 else None,
        open_questions=(open_question_texts(item.thread)
                        if item.thread is not None and not item.thread_is_new else ()),
        thread_tasks=on_thread,
        proposals=pending_proposals(on_thread),
        # (a forward's files belong to the forwarded mail, not to what its note says)
        attachments=0 if item.forwarded else item.attachments,
        # (what "this one" above a forward is: the subject it came with)
        subject=threads.bare_subject(item.subject) if item.forwarded else "",
    )


def _member(email: str, name: str | None, role: str, tz: str, date_order: str) -> XPerson:
    """The extraction's view of a member, made once per distinct member (it is immutable,
    and every message of an import lists the same members)."""
    key = (email, name, role, tz, date_order)
    found = _MEMBERS.get(key)
    if found is None:
        if len(_MEMBERS) > 20_000:
            _MEMBERS.clear()
        found = _MEMBERS[key] = XPerson(email=email, name=name, role=role, tz=tz, date_order=date_order)
    return found


_MEMBERS: dict[tuple[str, str | None, str, str, str], XPerson] = {}


READING_STAGES = (BudgetStage, ParseStage, AuthorStage, ClassifyStage)
"""The stages that only read the message's bytes (no database): a bulk import runs them in a
helper process (see read_ahead_of)."""

DEFAULT_STAGES: list[Stage] = [
    BudgetStage(),
    ParseStage(),
    AuthorStage(),
    ClassifyStage(),
    UnsubscribeStage(),
    NewTextStage(),
    RouteStage(),
    SenderStage(),
    ThreadStage(),
    ExtractStage(),
]


_OWN_STAGES = frozenset(type(stage) for stage in DEFAULT_STAGES)

_SAVED_FIELDS = (
    "status", "error", "kind", "project", "thread", "author_email", "author_name", "sender_email", "subject",
    "date", "in_reply_to", "references", "to_addrs", "cc_addrs", "body_text", "reply_text", "forwarded",
    "reply_task_id", "processed_at",
)


@dataclass
class Outcome:
    status: str  # processed | quarantined | ignored | failed | duplicate
    reason: str = ""
    row: Message | None = None


class Pipeline:
    def __init__(self, options: PipelineOptions, stages: Sequence[Stage] | None = None) -> None:
        self.options = options
        self.rosters = RosterCache()
        self.projects = ProjectCache()
        self._batched = False
        self.stages = list(stages if stages is not None else DEFAULT_STAGES)
        names = [s.name for s in self.stages]
        dupes = {n for n in names if names.count(n) > 1}
        if dupes:
            raise IngestError(f"duplicate pipeline stage names: {', '.join(sorted(dupes))}")
        listener_names = [ln.name for ln in options.listeners]
        if len(set(listener_names)) != len(listener_names):
            raise IngestError("duplicate listener names")

    def receive(
        self,
        raw: bytes,
        *,
        source: str,
        live: bool = True,
        project: Project | None = None,
        accept_unknown: bool = False,
        ahead: ReadAhead | None = None,
    ) -> Outcome:
        """Store then process one message (``ahead``: its reading stages, already run)."""
        stored = store_raw(raw, source=source, live=live, project=project, accept_unknown=accept_unknown,
                           identity=ahead.identity if ahead is not None else None)
        if not stored.created:
            return Outcome("duplicate", "already stored", stored.row)
        return self.process(stored.row, identity=stored.identity, ahead=ahead)

    def process(self, row: Message, identity: RawIdentity | None = None, ahead: ReadAhead | None = None) -> Outcome:
        """Run the stages over a stored row; one transaction, one boundary for control flow.
        ``identity`` is what store_raw computed from the same bytes when it stored them just
        now (else None: computed again, and the row may have been processed before);
        ``ahead`` what the reading stages found in them, in the read-ahead process."""
        if not self._batched:
            # memberships (and projects) may have changed since the last message
            self.rosters.clear()
            self.projects.clear()
        item = Inbound(row=row, identity=identity, fresh=identity is not None)
        stages = self.stages
        if ahead is not None and self._reads_ahead():
            ahead.apply(item)
            stages = stages[len(READING_STAGES):]
        try:
            with write_transaction():
                try:
                    stopped = item.read_ahead.stopped() if item.read_ahead is not None else None
                    if stopped is not None:
                        raise stopped  # a reading stage stopped it in the helper: as it would here
                    for stage in stages:
                        stage.process(self, item)
                except Discard as exc:
                    self._save(item, "ignored", exc.reason, kind=exc.kind)
                    return Outcome("ignored", exc.reason, row)
                except Quarantine as exc:
                    self._save(item, "quarantined", exc.reason)
                    QuarantineRow.insert(
                        message=row, sender=item.sender_email, reason=exc.reason[:2000]
                    ).on_conflict_ignore().execute()
                    return Outcome("quarantined", exc.reason, row)
                self._save(item, "processed", None)
                if row.live and item.recorded is not None and item.person is not None:
                    for listener in self.options.listeners:
                        self._notify(listener, item)
                return Outcome("processed", item.route_reason, row)
        except (pw.OperationalError, pw.InterfaceError):
            raise  # the database itself is gone: let the caller retry (EX_TEMPFAIL / SMTP 451)
        except Exception as exc:  # noqa: BLE001 - park anything unexpected, never drop it
            detail = f"{type(exc).__name__}: {exc}"
            log.warning("message %s failed: %s", row.message_id, detail)
            tb = traceback.format_exc(limit=6)
            tasks_changed()  # whatever the message wrote was rolled back
            Message.update(status="failed", error=f"{detail}\n{tb}"[:10000], processed_at=utcnow()).where(
                Message.id == row.id
            ).execute()
            return Outcome("failed", detail, row)

    def _reads_ahead(self) -> bool:
        """The reading stages may run in a helper process only when they are ours, first."""
        return [type(s) for s in self.stages[:len(READING_STAGES)]] == list(READING_STAGES)

    def _batches(self, raws: Iterable[_T], size: int) -> Iterable[_T]:
        """Yield messages inside batch transactions.  A source that fails (an unreadable file
        halfway through the arguments) first lets the batch so far commit, then raises."""
        iterator = iter(raws)
        failure: BaseException | None = None
        done = False
        # (the open tasks are kept only when every stage is ours: they write tasks only
        # through ingest.records, which says when)
        keep_tasks = all(type(stage) in _OWN_STAGES for stage in self.stages)
        while not done:
            with write_transaction(), cached_open_tasks() if keep_tasks else contextlib.nullcontext():
                self._batched = True
                self.rosters.clear()
                self.projects.clear()
                try:
                    for _ in range(size):
                        try:
                            item = next(iterator)
                        except StopIteration:
                            done = True
                            break
                        except Exception as exc:  # noqa: BLE001 - re-raised after the commit
                            failure, done = exc, True
                            break
                        yield item
                finally:
                    self._batched = False
            if failure is not None:
                raise failure

    def _notify(self, listener: RecordListener, item: Inbound) -> None:
        """A failing reaction (a reply we could not compose) must not undo the record: it is
        rolled back alone and logged as an event for the operator."""
        assert item.person is not None and item.recorded is not None
        idle = getattr(listener, "idle", None)
        if idle is not None and idle(item.row, item.person, item.role or "client", item.recorded):
            return  # nothing to do: no call, and no savepoint around it
        try:
            with atomic():
                listener.on_recorded(item.row, item.person, item.role or "client", item.recorded)
        except (pw.OperationalError, pw.InterfaceError):
            raise
        except Exception as exc:
            tasks_changed()  # what it wrote was rolled back
            log.exception("listener %s failed on %s", listener.name, item.row.message_id)
            Event.create(kind="listener_failed", project=item.project,
                         message=f"{listener.name}: {type(exc).__name__}: {exc}"[:2000],
                         data={"message_id": item.row.message_id})
        else:
            if not getattr(listener, "reports_task_writes", False):
                tasks_changed()  # it may have written a task without saying so

    def _save(self, item: Inbound, status: str, error: str | None, kind: str | None = None) -> None:
        row = item.row
        row.status = status
        row.error = error
        row.kind = kind or item.kind
        row.project = item.project
        row.thread = item.thread
        row.author_email = item.author_email
        row.author_name = (item.author_name or None) and item.author_name[:300]
        row.sender_email = item.sender_email
        row.subject = item.subject
        row.date = to_naive_utc(item.date) if item.date else None
        row.in_reply_to = item.in_reply_to
        row.references = item.references[-50:]
        row.to_addrs = item.to[:100]
        row.cc_addrs = item.cc[:100]
        row.body_text = item.body_text if item.body_text else None
        row.reply_text = item.newtext.reply_text if item.newtext else None
        row.forwarded = item.forwarded
        row.reply_task_id = item.claims.task_id if item.claims is not None else item.task_tag
        row.processed_at = utcnow()
        # one UPDATE of what the pipeline learned; the stored bytes are not written again
        update_model(row, _SAVED_FIELDS)

    def ingest_many(
        self,
        raws: Iterable[tuple[str, bytes]],
        *,
        live: bool = True,
        project: Project | None = None,
        accept_unknown: bool = False,
        progress: Callable[[Outcome], None] | None = None,
        batch_size: int = 200,
        read_ahead: bool = True,
    ) -> dict[str, int]:
        """Store and process many messages, ``batch_size`` to a transaction (each message in
        its own savepoint), so a large import commits in chunks and survives a crash.

        With ``read_ahead`` (and a second CPU), a large import parses its messages and splits
        their new text in a helper process while this one writes the database: the same
        stage code on the same bytes, so the same rows."""
        counts = {"ingested": 0, "duplicates": 0, "quarantined": 0, "ignored": 0, "failed": 0}
        messages: Iterable[tuple[str, bytes, ReadAhead | None]]
        if read_ahead and self._reads_ahead():
            messages = read_ahead_of(raws, forced=project is not None, own_addresses=self.options.own_addresses)
        else:
            messages = ((source, raw, None) for source, raw in raws)
        for source, raw, ahead in self._batches(messages, batch_size):
            outcome = self.receive(raw, source=source, live=live, project=project, accept_unknown=accept_unknown,
                                   ahead=ahead)
            key = {
                "processed": "ingested",
                "duplicate": "duplicates",
                "quarantined": "quarantined",
                "ignored": "ignored",
                "failed": "failed",
            }[outcome.status]
            counts[key] += 1
            if progress is not None:
                progress(outcome)
        return counts


def reprocess(pipe: Pipeline, rows: Iterable[Message]) -> dict[str, int]:
    """Run stored mail through the pipeline again, replacing what it recorded before."""
    from store.models import Decision, Question, Task

    counts: dict[str, int] = {}
    for row in rows:
        with database.atomic():
            Task.delete().where(Task.source_message == row).execute()
            Decision.delete().where(Decision.source_message == row).execute()
            Question.delete().where(Question.source_message == row).execute()
            QuarantineRow.delete().where(QuarantineRow.message == row).execute()
        tasks_changed()
        row = Message.get_by_id(row.id)
        outcome = pipe.process(row)
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
    return counts


def _header_date(msg: EmailMessage) -> dt.datetime | None:
    value = msg.get("Date")
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    if not (1980 <= parsed.year <= 2200):
        return None
    return parsed


def _recipients(item: Inbound) -> list[str]:
    """To, Cc and the envelope recipients the receiving servers recorded (worked out once:
    unsubscribe and routing both ask, and the helper process answers it ahead)."""
    if item.recipients is None:
        extra: list[str] = []
        if item.msg is not None:
            for name in ("Delivered-To", "X-Original-To", "Envelope-To"):
                extra.extend(parse_address_list(raw_headers(item.msg, name)))
        item.recipients = list(dict.fromkeys([*item.to, *item.cc, *extra]))
    return item.recipients


def _thread_refs(item: Inbound) -> list[str]:
    """Nearest ancestor first: In-Reply-To, then References from the newest back."""
    refs = list(reversed(item.references))
    if item.in_reply_to:
        refs.insert(0, item.in_reply_to)
    return list(dict.fromkeys(refs))


def _project_of_newest_ref(refs: list[str]) -> int | None:
    """The project of the thread that most recently learned one of ``refs``."""
    from store.models import ThreadRef

    head = prepared(("project_of_ref",), lambda mark: (
        f"SELECT t.{quoted(Thread.project.column_name)} FROM {quoted(ThreadRef._meta.table_name)} r "
        f"JOIN {quoted(Thread._meta.table_name)} t ON t.{quoted(Thread.id.column_name)} = "
        f"r.{quoted(ThreadRef.thread.column_name)} WHERE r.{quoted(ThreadRef.message_id.column_name)} IN "
    ))
    mark = "%s" if is_postgres() else "?"
    sql = f"{head}({', '.join([mark] * len(refs))}) ORDER BY r.{quoted(ThreadRef.id.column_name)} DESC LIMIT 1"
    row = database.execute_sql(sql, [ThreadRef.message_id.db_value(r) for r in refs]).fetchone()
    return None if row is None else int(row[0])


def _is_project_address(addr: str, domains: Sequence[str], project: Project | None) -> bool:
    local, _, _domain = addr.partition("@")
    if project is None:
        return False
    slug = project.slug
    return local == slug or local.startswith(slug + "+") or local.endswith("+" + slug)


def _people_only(pipe: Pipeline, addrs: list[str]) -> list[str]:
    domains = pipe.options.project_domains
    return [a for a in addrs if a.partition("@")[2] not in domains]


def _note_visibility(item: Inbound, roster: ProjectRoster, forwarder_role: str) -> str:
    """A forwarder's note above a client's mail is seen by whom the forward went to: a team
    member passing a client's mail to colleagues writes an internal note."""
    if forwarder_role == "client":
        return "client"
    recipients = set(item.to) | set(item.cc)
    return "client" if any(roster.role(addr) == "client" for addr in recipients) else "internal"


def _visibility(item: Inbound, roster: ProjectRoster) -> str:
    """Client-visible when a client wrote it or is on the thread; internal otherwise."""
    if item.role == "client":
        return "client"
    on_thread = set(item.to) | set(item.cc)
    if item.thread is not None:
        on_thread |= set(item.thread.participants or [])
    return "client" if any(roster.role(addr) == "client" for addr in on_thread) else "internal"


def process_pending(pipe: Pipeline, limit: int = 1000) -> int:
    """Process stored rows still in ``received`` (from the SMTP listener, the IMAP poller,
    or a crash between storing and processing).  Safe with several workers: on PostgreSQL
    each row is claimed with FOR UPDATE SKIP LOCKED for the length of its processing."""
    from store.db import is_postgres

    done = 0
    while done < limit:
        with write_transaction():
            query = Message.select().where(Message.status == "received").order_by(Message.id).limit(1)
            if is_postgres():
                query = query.for_update("FOR UPDATE SKIP LOCKED")  # type: ignore[arg-type]
            row = query.first()
            if row is None:
                break
            pipe.process(row)
        done += 1
    return done


# --- read-ahead: the reading stages of a bulk import in a helper process -----------------
#
# Parsing and the new-text split are a third of a message's cost and need no database, so a
# large import hands them to one helper process and writes the database meanwhile.  The
# helper runs the same stage code on the same bytes.  A reading stage that stops the
# message (a quarantine, a discard: an auto-reply, a bounce) is reported back with the
# fields read so far, and stops it here the same way; anything unexpected (an error) is not
# reported back but read again here, so its traceback is exactly what the in-process path
# records.

_AHEAD_FIELDS = (
    "kind", "author_email", "author_name", "sender_email", "date", "header_date", "subject", "to", "cc",
    "in_reply_to", "references", "body_text", "html", "attachments",
)
READ_AHEAD_MIN = 64  # a smaller import is read here: the helper would not pay for itself
_AHEAD_CHUNK = 16  # messages per hand-over (fewer round trips)
_AHEAD_IN_FLIGHT = 4  # chunks handed over and not yet consumed: bounds memory on any mbox
_AHEAD_TIMEOUT = 300.0  # seconds without a reply before the helper is given up on


@dataclass
class ReadAhead:
    """The Inbound fields the reading stages set, the recipients, the new text, and the
    message's identity (for store_raw); or, when a reading stage stopped the message, the
    fields it had set by then and why it stopped (``stop``: ``("discard", kind, reason)`` or
    ``("quarantine", reason)``, rebuilt by :meth:`stopped`: Discard and Quarantine do not
    survive pickling, their arguments do)."""

    fields: dict[str, Any]
    recipients: list[str] | None
    newtext: NewText | None
    identity: RawIdentity
    stop: tuple[str, ...] | None = None

    def apply(self, item: Inbound) -> None:
        for name in _AHEAD_FIELDS:
            setattr(item, name, self.fields[name])
        item.recipients = self.recipients
        item.read_ahead = self

    def stopped(self) -> Discard | Quarantine | None:
        """The signal a reading stage raised in the helper, to raise again here."""
        if self.stop is None:
            return None
        if self.stop[0] == "discard":
            return Discard(self.stop[1], self.stop[2])
        return Quarantine(self.stop[1])


@dataclass
class _Bytes:
    """As much of a Message row as the reading stages look at."""

    raw: bytes
    forced_project_id: int | None


def read_message(raw: bytes, forced: bool, own_addresses: tuple[str, ...]) -> ReadAhead | None:
    """The reading stages and the new-text split over ``raw``, and its identity (which
    store_raw then need not compute); with ``stop`` set when a stage stops the message; None
    when anything fails unexpectedly (it is then read again in the writing process, which
    records the error as it happens there)."""
    pipe = Pipeline(PipelineOptions(own_addresses=own_addresses), stages=[])
    item = Inbound(row=_Bytes(raw, 0 if forced else None))  # type: ignore[arg-type]
    try:
        identity = item.identity = identify(raw)  # (the budget stage reads it too)
    except Exception:  # noqa: BLE001 - read again in the writing process, which records it
        return None
    stop: tuple[str, ...] | None = None
    try:
        for stage_type in READING_STAGES:
            stage_type().process(pipe, item)
    except Discard as exc:
        stop = ("discard", exc.kind, exc.reason)
    except Quarantine as exc:
        stop = ("quarantine", exc.reason)
    except Exception:  # noqa: BLE001 - read again in the writing process, which records it
        return None
    if stop is not None:
        # the fields as the stages left them when one stopped: what the writing process saves
        return ReadAhead({name: getattr(item, name) for name in _AHEAD_FIELDS}, None, None, identity, stop)
    try:
        # (later stages work these out in the writing process: a failure here is read again)
        recipients = _recipients(item)
        newtext = extract_new_text(item.body_text or None, item.html, subject=item.subject)
    except Exception:  # noqa: BLE001 - read again in the writing process, which records it
        return None
    return ReadAhead({name: getattr(item, name) for name in _AHEAD_FIELDS}, recipients, newtext, identity)


def _read_ahead_worker(tasks: Any, results: Any, forced: bool, own_addresses: tuple[str, ...]) -> None:
    logging.getLogger("mailparser").setLevel(logging.CRITICAL)
    while True:
        chunk = tasks.get()
        if chunk is None:
            return
        results.put([read_message(raw, forced, own_addresses) for raw in chunk])


def _helper_possible() -> bool:
    """A second CPU, and a process that may fork: the helper is forked (a spawned one would
    re-run the caller's main script), which is only safe while no other thread could hold
    a lock the child inherits."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return (cpus >= 2 and "fork" in multiprocessing.get_all_start_methods()
            and threading.active_count() == 1)


def read_ahead_of(
    raws: Iterable[tuple[str, bytes]], *, forced: bool, own_addresses: tuple[str, ...]
) -> Iterator[tuple[str, bytes, ReadAhead | None]]:
    """(source, raw, read-ahead or None) for each message, in order.

    A source that fails (an unreadable file) fails here only after every message read before
    it was handed on, as without read-ahead.  A helper that dies or hangs only costs speed:
    the messages it did not answer for are read in the writing process."""
    iterator = iter(raws)
    head: list[tuple[str, bytes]] = []
    failure: BaseException | None = None
    try:
        for _ in range(READ_AHEAD_MIN):
            head.append(next(iterator))
    except StopIteration:
        iterator = iter(())
    except Exception as exc:  # noqa: BLE001 - re-raised once what came before is handed on
        failure, iterator = exc, iter(())
    if len(head) < READ_AHEAD_MIN or not _helper_possible():
        for source, raw in head:
            yield source, raw, None
        if failure is not None:
            raise failure
        for source, raw in iterator:
            yield source, raw, None
        return

    # the child never touches the parent's database connection, and leaves by os._exit
    ctx = multiprocessing.get_context("fork")
    tasks, results = ctx.Queue(), ctx.Queue()
    helper = ctx.Process(target=_read_ahead_worker, args=(tasks, results, forced, own_addresses),
                         name="trackfront-read-ahead", daemon=True)
    helper.start()
    pending: collections.deque[list[tuple[str, bytes]]] = collections.deque()
    source_iter = itertools.chain(head, iterator)
    exhausted, healthy = False, True
    try:
        while True:
            while not exhausted and len(pending) < _AHEAD_IN_FLIGHT:
                chunk: list[tuple[str, bytes]] = []
                try:
                    for message in source_iter:
                        chunk.append(message)
                        if len(chunk) == _AHEAD_CHUNK:
                            break
                    else:
                        exhausted = True
                except Exception as exc:  # noqa: BLE001 - raised after the chunks before it
                    failure, exhausted = exc, True
                if chunk:
                    if healthy:
                        tasks.put([raw for _source, raw in chunk])
                    pending.append(chunk)
            if not pending:
                break
            chunk = pending.popleft()
            answers: list[ReadAhead | None] = [None] * len(chunk)
            if healthy:
                try:
                    answers = _answer(results, helper)
                except Exception as exc:  # noqa: BLE001 - gone, hung, or garbled: read here
                    log.warning("read-ahead helper gave up (%s): reading in this process", exc)
                    healthy = False
            for (source, raw), ahead in zip(chunk, answers):
                yield source, raw, ahead
        if failure is not None:
            raise failure
    finally:
        # a consumer that stopped early leaves answers nobody will read: no clean goodbye then
        _stop(helper, tasks, results, clean=healthy and not pending)


def _answer(results: Any, helper: Any) -> list[ReadAhead | None]:
    waited = 0.0
    while True:
        try:
            return results.get(timeout=1.0)  # type: ignore[no-any-return]
        except queue.Empty:
            waited += 1.0
            if not helper.is_alive() or waited >= _AHEAD_TIMEOUT:
                raise


def _stop(helper: Any, tasks: Any, results: Any, clean: bool) -> None:
    try:
        if clean and helper.is_alive():
            tasks.put(None)
            helper.join(timeout=5)
    finally:
        if helper.is_alive():
            helper.terminate()
            helper.join(timeout=5)
        for q in (tasks, results):
            if not clean:
                q.cancel_join_thread()  # never wait on a helper that is gone
            q.close()
            if clean:
                q.join_thread()  # so the next import starts with no thread left behind
