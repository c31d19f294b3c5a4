"""Peewee models: the whole project record.

Conventions: every DateTimeField holds naive UTC (see ``store.db.utcnow``); e-mail
addresses are stored lower-case; JSON-ish lists are stored as JSON text via ``JSONField``.
"""
from __future__ import annotations

import json
import json.encoder
from typing import Any

import peewee as pw

from store.db import database, utcnow


def storable_text(value: str) -> str:
    """Text both engines accept: no NUL (PostgreSQL refuses it), no lone surrogates."""
    if "\x00" in value:
        value = value.replace("\x00", "\ufffd")
    if value.isascii():
        return value  # (no surrogates: skips encoding a whole mail body to find out)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = value.encode("utf-8", "replace").decode("utf-8")
    return value


class SafeTextField(pw.TextField):
    def db_value(self, value: Any) -> Any:
        return storable_text(value) if isinstance(value, str) else super().db_value(value)


class SafeCharField(pw.CharField):
    def db_value(self, value: Any) -> Any:
        if isinstance(value, str):
            # (what the text field's own db_value makes of the str the cut gives: itself)
            return storable_text(value)[: self.max_length]
        return super().db_value(value)


# json.dumps(value, sort_keys=True) builds a new encoder on every call (any keyword but the
# defaults does); one encoder made once writes the same text, and a message saves several
# JSON columns (references, recipients, participants).
_JSON_ENCODER = json.JSONEncoder(sort_keys=True)


def _json_text(value: Any) -> str:
    """``_JSON_ENCODER.encode(value)``.  Most values are lists of str (addresses, message
    ids), often empty: written here with the encoder's own string escaping and separator,
    without building its encoder for each value (a message writes a dozen)."""
    if type(value) is list and all(type(item) is str for item in value):
        return "[" + ", ".join(map(_json_string, value)) + "]"
    return _JSON_ENCODER.encode(value)


_json_string = json.encoder.encode_basestring_ascii  # (the encoder's, as ensure_ascii asks)


class JSONField(pw.TextField):
    """A JSON value in a TEXT column (portable across SQLite and PostgreSQL)."""

    def db_value(self, value: Any) -> str | None:
        return None if value is None else storable_text(_json_text(value))

    def python_value(self, value: str | None) -> Any:
        return None if value is None else json.loads(value)


class BaseModel(pw.Model):
    # for type checkers: peewee adds these at class creation
    id: Any

    class Meta:
        database = database
        legacy_table_names = False


class Setting(BaseModel):
    """Small key/value facts about the installation (e.g. the generated reply secret)."""

    key = SafeCharField(primary_key=True, max_length=100)
    value = SafeTextField()


class Project(BaseModel):
    slug = SafeCharField(unique=True, max_length=64)
    name = SafeCharField(max_length=200)
    # per-project switches: echo_clients, quiet_week_note, overdue_client_grace_days ...
    options = JSONField(default=dict)
    created_at = pw.DateTimeField(default=utcnow)


class ProjectDomain(BaseModel):
    """A client's mail domain: its senders count as client members of the project."""

    project = pw.ForeignKeyField(Project, backref="domains", on_delete="CASCADE")
    project_id: Any
    domain = SafeCharField(max_length=253)

    class Meta:
        indexes = ((("project", "domain"), True),)


class Person(BaseModel):
    email = SafeCharField(unique=True, max_length=320)
    name = SafeCharField(null=True, max_length=200)
    tz = SafeCharField(default="UTC", max_length=64)
    # preferences for the workflows
    weekly_day = pw.IntegerField(default=4)  # Monday=0 ... Friday=4
    weekly_time = SafeCharField(default="16:00", max_length=5)
    quiet_start = SafeCharField(default="20:00", max_length=5)
    quiet_end = SafeCharField(default="08:00", max_length=5)
    date_order = SafeCharField(default="MDY", max_length=3)
    opt_outs = JSONField(default=list)  # workflow names this person does not want
    created_at = pw.DateTimeField(default=utcnow)


class Membership(BaseModel):
    ROLES = ("client", "team", "guest")

    project = pw.ForeignKeyField(Project, backref="memberships", on_delete="CASCADE")
    project_id: Any
    person = pw.ForeignKeyField(Person, backref="memberships", on_delete="CASCADE")
    person_id: Any
    role = SafeCharField(max_length=10)
    created_at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("project", "person"), True),)


class Thread(BaseModel):
    project = pw.ForeignKeyField(Project, backref="threads", on_delete="CASCADE")
    project_id: Any
    subject = SafeTextField(default="")
    normalized_subject = SafeTextField(default="", index=True)
    created_at = pw.DateTimeField(default=utcnow)
    last_message_at = pw.DateTimeField(default=utcnow)
    participants = JSONField(default=list)  # lower-case addresses seen on the thread


class Message(BaseModel):
    """One received message: raw bytes first, parsed fields filled in by the pipeline."""

    STATUSES = ("received", "processed", "quarantined", "failed", "ignored")

    message_id = SafeCharField(max_length=998, index=True)
    content_hash = SafeCharField(max_length=64)
    raw = pw.BlobField()  # type: ignore[assignment]  # shadows Model.raw(), which we never use
    size = pw.IntegerField(default=0)
    source = SafeCharField(default="", max_length=500)  # "file:...", "imap:...", "smtp", "stdin"
    received_at = pw.DateTimeField(default=utcnow)
    live = pw.BooleanField(default=True)  # False for imported history: never triggers mail
    forced_project = pw.ForeignKeyField(Project, null=True, backref="+", on_delete="SET NULL")
    forced_project_id: Any
    accept_unknown = pw.BooleanField(default=False)
    status = SafeCharField(default="received", max_length=12, index=True)
    error = SafeTextField(null=True)
    kind = SafeCharField(null=True, max_length=12)  # normal | auto_reply | bounce | list
    project = pw.ForeignKeyField(Project, null=True, backref="messages", on_delete="SET NULL")
    project_id: Any
    thread = pw.ForeignKeyField(Thread, null=True, backref="messages", on_delete="SET NULL")
    thread_id: Any
    author_email = SafeCharField(null=True, max_length=320)
    author_name = SafeCharField(null=True, max_length=300)
    sender_email = SafeCharField(null=True, max_length=320)  # who sent it (the forwarder, if any)
    subject = SafeTextField(null=True)
    date = pw.DateTimeField(null=True)
    in_reply_to = SafeTextField(null=True)
    references = JSONField(default=list)
    to_addrs = JSONField(default=list)
    cc_addrs = JSONField(default=list)
    body_text = SafeTextField(null=True)
    reply_text = SafeTextField(null=True)
    forwarded = pw.BooleanField(default=False)
    reply_task_id = pw.IntegerField(null=True)  # task named by a verified reply token
    processed_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = ((("message_id", "content_hash"), True),)


class ThreadRef(BaseModel):
    """Every Message-ID known to belong to a thread (ours and theirs): the JWZ id table."""

    message_id = SafeCharField(max_length=998, index=True)
    thread = pw.ForeignKeyField(Thread, backref="refs", on_delete="CASCADE")
    thread_id: Any

    class Meta:
        indexes = ((("message_id", "thread"), True),)


class Task(BaseModel):
    STATUSES = ("open", "done", "blocked")

    project = pw.ForeignKeyField(Project, backref="tasks", on_delete="CASCADE")
    project_id: Any
    thread = pw.ForeignKeyField(Thread, null=True, backref="tasks", on_delete="SET NULL")
    thread_id: Any
    title = SafeTextField()
    owner = pw.ForeignKeyField(Person, null=True, backref="owned_tasks", on_delete="SET NULL")
    owner_id: Any
    author = pw.ForeignKeyField(Person, null=True, backref="authored_tasks", on_delete="SET NULL")
    author_id: Any
    due = pw.DateField(null=True)
    status = SafeCharField(default="open", max_length=10, index=True)
    visibility = SafeCharField(default="internal", max_length=10)  # client | internal
    source_message = pw.ForeignKeyField(Message, null=True, backref="tasks", on_delete="SET NULL")
    source_message_id: Any
    rule = SafeCharField(null=True, max_length=100)
    created_at = pw.DateTimeField(default=utcnow)
    updated_at = pw.DateTimeField(default=utcnow)
    confirmed_at = pw.DateTimeField(null=True)  # owner said "on track" for the current due date
    done_at = pw.DateTimeField(null=True)


class TaskEvent(BaseModel):
    """History of a task: creation, status and due-date changes, confirmations, feedback."""

    task = pw.ForeignKeyField(Task, backref="events", on_delete="CASCADE")
    task_id: Any
    at = pw.DateTimeField(default=utcnow)
    kind = SafeCharField(max_length=20)  # created | status | due | owner | confirmed | feedback
    person = pw.ForeignKeyField(Person, null=True, backref="+", on_delete="SET NULL")
    person_id: Any
    old_value = SafeTextField(null=True)
    new_value = SafeTextField(null=True)
    reason = SafeTextField(null=True)
    source_message = pw.ForeignKeyField(Message, null=True, backref="+", on_delete="SET NULL")
    source_message_id: Any


class Decision(BaseModel):
    project = pw.ForeignKeyField(Project, backref="decisions", on_delete="CASCADE")
    project_id: Any
    thread = pw.ForeignKeyField(Thread, null=True, backref="decisions", on_delete="SET NULL")
    thread_id: Any
    summary = SafeTextField()
    rationale = SafeTextField(null=True)
    decided_by = pw.ForeignKeyField(Person, null=True, backref="decisions", on_delete="SET NULL")
    decided_by_id: Any
    decided_at = pw.DateTimeField(default=utcnow)
    visibility = SafeCharField(default="internal", max_length=10)
    source_message = pw.ForeignKeyField(Message, null=True, backref="decisions", on_delete="SET NULL")
    source_message_id: Any
    rule = SafeCharField(null=True, max_length=100)


class Question(BaseModel):
    project = pw.ForeignKeyField(Project, backref="questions", on_delete="CASCADE")
    project_id: Any
    thread = pw.ForeignKeyField(Thread, null=True, backref="questions", on_delete="SET NULL")
    thread_id: Any
    text = SafeTextField()
    asked_by = pw.ForeignKeyField(Person, null=True, backref="questions", on_delete="SET NULL")
    asked_by_id: Any
    addressed_to = pw.ForeignKeyField(Person, null=True, backref="+", on_delete="SET NULL")
    addressed_to_id: Any
    status = SafeCharField(default="open", max_length=10)  # open | answered
    visibility = SafeCharField(default="internal", max_length=10)
    source_message = pw.ForeignKeyField(Message, null=True, backref="questions", on_delete="SET NULL")
    source_message_id: Any
    answer_message = pw.ForeignKeyField(Message, null=True, backref="+", on_delete="SET NULL")
    answer_message_id: Any
    rule = SafeCharField(null=True, max_length=100)
    created_at = pw.DateTimeField(default=utcnow)


class Quarantine(BaseModel):
    message = pw.ForeignKeyField(Message, unique=True, backref="quarantine", on_delete="CASCADE")
    message_id: Any
    sender = SafeCharField(null=True, max_length=320)
    reason = SafeTextField()
    created_at = pw.DateTimeField(default=utcnow)
    released = pw.BooleanField(default=False)


class Outbox(BaseModel):
    """A message Trackfront will send: enqueued in the transaction that caused it."""

    STATUSES = ("queued", "sending", "sent", "failed", "cancelled")

    idempotency_key = SafeCharField(unique=True, max_length=500)
    kind = SafeCharField(max_length=30)
    audience = SafeCharField(default="team", max_length=10)
    project = pw.ForeignKeyField(Project, null=True, backref="outbox", on_delete="SET NULL")
    project_id: Any
    thread = pw.ForeignKeyField(Thread, null=True, backref="+", on_delete="SET NULL")
    thread_id: Any
    task = pw.ForeignKeyField(Task, null=True, backref="+", on_delete="SET NULL")
    task_id: Any
    recipients = JSONField(default=list)
    subject = SafeTextField(default="")
    text = SafeTextField(default="")
    html = SafeTextField(null=True)
    # Before migration 0003 the exact bytes lived here; now they live in OutboxBody (read
    # them with outbound.outbox.raw_bytes).  Kept, nullable, for older rows and readers.
    raw = pw.BlobField(null=True)  # type: ignore[assignment]
    message_id = SafeCharField(max_length=998)
    status = SafeCharField(default="queued", max_length=10, index=True)
    attempts = pw.IntegerField(default=0)
    not_before = pw.DateTimeField(default=utcnow, index=True)  # quiet hours / backoff
    last_error = SafeTextField(null=True)
    claimed_by = SafeCharField(null=True, max_length=200)
    claimed_at = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField(default=utcnow)
    sent_at = pw.DateTimeField(null=True)


class OutboxBody(BaseModel):
    """The exact bytes of an outbox message, as sent; a resend reuses them (same Message-ID).

    A table of its own because SQLite rewrites a whole row on every UPDATE: with ~19 KB of
    message inside, each status change (claim, result) rewrote it all.  Written once at
    enqueue, never updated.
    """

    outbox = pw.ForeignKeyField(Outbox, primary_key=True, backref="+", on_delete="CASCADE")
    outbox_id: Any
    raw = pw.BlobField()  # type: ignore[assignment]

    class Meta:
        table_name = "outbox_body"


class OutboxAttempt(BaseModel):
    outbox = pw.ForeignKeyField(Outbox, backref="attempt_log", on_delete="CASCADE")
    outbox_id: Any
    at = pw.DateTimeField(default=utcnow)
    result = SafeCharField(max_length=10)  # sent | retry | failed
    code = pw.IntegerField(null=True)
    detail = SafeTextField(null=True)


class WorkflowRun(BaseModel):
    """Idempotency ledger: one row per (workflow, project, period, recipient) that ran."""

    workflow = SafeCharField(max_length=50)
    project = SafeCharField(default="", max_length=64)  # slug; "" for installation-wide runs
    period = SafeCharField(max_length=100)
    recipient = SafeCharField(default="", max_length=320)
    created_at = pw.DateTimeField(default=utcnow)
    outbox = pw.ForeignKeyField(Outbox, null=True, backref="+", on_delete="SET NULL")
    outbox_id: Any

    class Meta:
        indexes = ((("workflow", "project", "period", "recipient"), True),)


class ImapCursor(BaseModel):
    mailbox = SafeCharField(unique=True, max_length=500)  # user@host:port/FOLDER
    uidvalidity = pw.BigIntegerField()
    last_uid = pw.BigIntegerField(default=0)
    updated_at = pw.DateTimeField(default=utcnow)


class Event(BaseModel):
    """Append-only log of what happened, for operators and the weekly digests."""

    at = pw.DateTimeField(default=utcnow, index=True)
    kind = SafeCharField(max_length=50)
    project = pw.ForeignKeyField(Project, null=True, backref="events", on_delete="CASCADE")
    project_id: Any
    message = SafeTextField(default="")
    data = JSONField(default=dict)


ALL_MODELS: list[type[BaseModel]] = [
    Setting,
    Project,
    ProjectDomain,
    Person,
    Membership,
    Thread,
    Message,
    ThreadRef,
    Task,
    TaskEvent,
    Decision,
    Question,
    Quarantine,
    Outbox,
    OutboxBody,
    OutboxAttempt,
    WorkflowRun,
    ImapCursor,
    Event,
]
