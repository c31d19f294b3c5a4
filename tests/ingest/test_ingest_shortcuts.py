"""The ingest hot path's shortcuts skip work only where the work could not change a thing:
fixed-name savepoints nest like peewee's, prefilters never hide a match, an idle listener
call would have written nothing, and a skipped query would have found nothing."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest import quotes, signatures
from ingest.identity import identify
from ingest.pipeline import read_message, store_raw
from ingest.records import Recorded, _same_task
from ingest.regex_prefilter import top_level_alternatives
from store import directory
from store.db import Savepoint, database, open_savepoints, write_transaction
from store.models import (
    Event,
    JSONField,
    Message,
    Outbox,
    Project,
    Question,
    Task,
    TaskEvent,
    storable_text,
)
from workflows.reactions import MailReactions, _recorded_from

PA = "acme@projects.example.com"


def mail(frm: str, subject: str, body: str, mid: str, to: str = PA, extra: str = "") -> bytes:
    return (f"From: {frm}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: Mon, 02 Nov 2026 10:00:00 +0000\r\n"
            f"Message-ID: {mid}\r\n{extra}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


@pytest.fixture
def project(app) -> Project:  # type: ignore[no-untyped-def]
    p = directory.add_project("acme", "ACME", ["acme.com"])
    directory.add_member(p, "sam@agency.io", "team", "Sam Lee")
    directory.add_member(p, "alex@agency.io", "team", "Alex Kim")
    directory.add_member(p, "jane@acme.com", "client", "Jane Doe")
    return p


def kinds() -> list[str]:
    return [e.kind for e in Event.select().order_by(Event.id)]


# --- savepoints ---------------------------------------------------------------------------

def test_fixed_name_savepoints_nest_and_roll_back_in_order(app) -> None:  # type: ignore[no-untyped-def]
    with write_transaction():
        Event.create(kind="a")
        with write_transaction():
            assert open_savepoints() == 1
            Event.create(kind="b")
            with pytest.raises(RuntimeError), write_transaction():
                assert open_savepoints() == 2
                Event.create(kind="c")
                raise RuntimeError
            Event.create(kind="d")
        with pytest.raises(RuntimeError), write_transaction():
            Event.create(kind="e")
            with pytest.raises(RuntimeError), write_transaction():
                Event.create(kind="f")
                raise RuntimeError
            # the inner one was rolled back and released: this rollback undoes "e" as well
            raise RuntimeError
        with write_transaction() as sp:
            Event.create(kind="g")
            sp.rollback()  # as a send that lost a race does: undone, and going on
            Event.create(kind="h")
        with pytest.raises(RuntimeError), write_transaction():
            Event.create(kind="i")
            with write_transaction() as sp:
                Event.create(kind="j")
                sp.rollback()
            Event.create(kind="k")
            raise RuntimeError
        assert open_savepoints() == 0
        Event.create(kind="l")
    assert kinds() == ["a", "b", "d", "h", "l"]


def test_a_savepoint_outside_a_transaction_is_refused_by_the_engine(app) -> None:  # type: ignore[no-untyped-def]
    # atomic()/write_transaction() only hand out a Savepoint inside a transaction
    assert not database.in_transaction()
    with write_transaction():
        assert isinstance(write_transaction(), Savepoint)
    assert not isinstance(write_transaction(), Savepoint)


# --- text shortcuts -----------------------------------------------------------------------

# the shortest text each alternative of _DISCLAIMER_RE matches (optional parts left out)
DISCLAIMER_SAMPLES = [
    "confidential", "privileged", "intended for", "intended recipient", "disclaimer", "prohibited",
    "unauthorised", "if you received this", "notify the sender", "virus", "malware", "unsubscribe",
    "mailing list", "listinfo", "you are receiving this", "view it on github", "reply to this email directly",
    "legally", "liability", "email communications", "think before you print", "please consider the environment",
    "vertraulich", "confidentiel", "confidencial", "riservat", "vertrouwelijk", "fortrolig", "konfidentiell",
    "poufn", "конфиденциальн",
    "amtsgericht", "registergericht", "sitz der gesellschaft", "handelsregister", "company registration", "registered in england",
    "registered office", "company no. 1",
]


def test_every_disclaimer_alternative_holds_an_anchor() -> None:
    alternatives = top_level_alternatives(signatures._DISCLAIMER_RE.pattern)
    # a new alternative needs a sample here, and an anchor if its sample has none
    assert len(alternatives) == len(DISCLAIMER_SAMPLES)
    for alternative, sample in zip(alternatives, DISCLAIMER_SAMPLES, strict=True):
        assert re.fullmatch(alternative, sample, re.IGNORECASE), (alternative, sample)
        assert not sample.isascii() or any(a in sample for a in signatures._DISCLAIMER_ANCHORS), sample


def _flags_by_search(lines: list[str]) -> list[bool]:
    """What _disclaimer_flags computes, without its prefilter."""
    flags = [False] * len(lines)
    para: list[int] = []
    for idx in [*range(len(lines)), None]:
        if idx is not None and lines[idx].strip():
            para.append(idx)
            continue
        if idx is not None and signatures._runs_on(lines, para, idx):
            # (a sentence that goes on after a blank line: an HTML footer turned to text)
            continue
        if para and signatures._DISCLAIMER_RE.search(" ".join(lines[k] for k in para)):
            for k in para:
                flags[k] = True
        para = []
    return flags


_WORDS = st.sampled_from([*DISCLAIMER_SAMPLES, "Thanks", "Jane", "the", "list", "mailing", "intended", "received",
                          "this", "you", "e-mail", "communications", "VIRUSES", "Unauthorized", "ſ", "K", "é", ""])
_LINE = st.lists(_WORDS, max_size=6).map(" ".join)
_CASE = st.sampled_from([str.lower, str.upper, str.title, str])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_LINE, _CASE), max_size=12))
def test_the_disclaimer_prefilter_never_hides_a_paragraph(lines: list[tuple[str, Any]]) -> None:
    text = [case(line) for line, case in lines]
    assert signatures._disclaimer_flags(text, 0) == _flags_by_search(text)


_QUOTE_LINES = st.sampled_from([
    "On Mon, 2 Nov 2026 at 10:00, Jane Doe <jane@acme.com> wrote:", "On Monday, Bob wrote:", "Jane wrote:",
    "Am So., 1. Jan. 2023 um 10:00 Uhr schrieb", "Hans Meier <hans@x.de>:", "On Mon, 2 Nov 2026,", "Jane", "wrote:",
    "2023年1月1日 10:00 Jane <jane@x.jp>:", "> quoted", "> On Monday, Bob wrote:", "", "   ", "Hello there",
    "From: Jane Doe", "Sent: Monday", "To: sam@agency.io", "Subject: Re: plan", "-----Original Message-----",
    "Le lun. 2 nov. 2026 à 10:00, Jean <jean@x.fr> a écrit :", "El lun, 2 nov 2026, Ana escribió：",
    "---- On Mon, 02 Nov 2026 15:00:17 +0530 Fiona <f@x.org> wrote ---", "---- Notes ----",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_QUOTE_LINES, max_size=14))
def test_an_attribution_ends_on_a_colon_line_within_reach(lines: list[str]) -> None:
    # what find_boundaries relies on when it does not ask attribution_at
    for i in range(len(lines)):
        if quotes.attribution_at(lines, i) is not None:
            assert any(line.rstrip().endswith((":", "：")) or quotes.dash_wrapped_attribution(line) is not None
                       for line in lines[i:i + quotes.MAX_HEADER_LINES])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("FromSentTo:：abc *_\t"), max_size=30) | _QUOTE_LINES)
def test_a_header_line_needs_a_colon(line: str) -> None:
    if quotes._KEY_LINE_RE.match(line.strip()):
        assert ":" in line or "：" in line
    elif ":" not in line and "：" not in line:
        assert quotes.header_key(line) is None


def _phone_by_search(line: str) -> bool:
    """What _has_phone answers, without its digit count."""
    for match in signatures._PHONE_RE.finditer(line):
        candidate = match.group(0)
        if signatures._DATE_LIKE_RE.fullmatch(candidate.strip("() ")):
            continue
        if sum(ch.isdigit() for ch in candidate) >= 7:
            return True
    return False


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789٣²+()-./ @abx\t"), max_size=40))
def test_contact_line_shortcuts_change_no_answer(line: str) -> None:
    assert signatures._has_phone(line) == _phone_by_search(line)
    if "@" not in line:
        assert not signatures._EMAIL_RE.search(line)


def test_store_values_are_written_as_before() -> None:
    for value in ["plain", "", "caf\u00e9", "nul\x00here", "lone \udc80 surrogate", "\x00\udcff"]:
        try:
            value.encode("utf-8")
            want = value.replace("\x00", "\ufffd")
        except UnicodeEncodeError:
            want = value.replace("\x00", "\ufffd").encode("utf-8", "replace").decode("utf-8")
        assert storable_text(value) == want
    field = JSONField()
    for obj in [[], ["b@x", "a@x"], {"b": 1, "a": [1, "é"]}, "s", 1.5, None]:
        want = None if obj is None else json.dumps(obj, sort_keys=True)
        assert field.db_value(obj) == want


# --- read-ahead and records ---------------------------------------------------------------

def test_the_helper_hands_over_the_identity_store_raw_would_compute(project: Project, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    raw = mail("Sam Lee <sam@agency.io>", "Plan", "Hello.", "<id1@x>")
    ahead = read_message(raw, forced=False, own_addresses=())
    assert ahead is not None and ahead.identity == identify(raw)
    import ingest.pipeline as pipeline_module

    def no_second_look(_raw: bytes) -> Any:
        raise AssertionError("identified twice")

    monkeypatch.setattr(pipeline_module, "identify", no_second_look)
    stored = store_raw(raw, source="x", identity=ahead.identity)
    assert stored.created and stored.row.message_id == "<id1@x>"
    assert stored.row.content_hash == ahead.identity.content_hash


def test_a_restated_task_is_found_whole(project: Project) -> None:
    sam = directory.get_or_create_person("sam@agency.io")
    source = store_raw(mail("Sam <sam@agency.io>", "x", "y", "<t1@x>"), source="x").row
    for title in ("Send the logo files", "Review the homepage draft", "Book the photo shoot"):
        Task.create(project=project, title=title, author=sam, source_message=source)
    found = _same_task(project, "review the homepage draft", None)
    assert found is not None and not found.is_dirty()
    assert found.__data__ == Task.get_by_id(found.id).__data__
    assert _same_task(project, "something else entirely", None) is None


# --- listeners and skipped queries --------------------------------------------------------

def table_counts() -> dict[str, int]:
    return {m.__name__: m.select().count() for m in (Outbox, TaskEvent, Task, Question, Event)}


@pytest.fixture
def checked_idle(monkeypatch) -> Iterator[list[bool]]:  # type: ignore[no-untyped-def]
    """Every time MailReactions says it is idle, run it anyway (rolled back) and check that
    it would have written nothing."""
    verdicts: list[bool] = []
    real = MailReactions.idle

    def idle(self: MailReactions, message: Message, author: Any, role: str, recorded: Recorded) -> bool:
        verdict = real(self, message, author, role, recorded)
        if verdict:
            before = table_counts()
            with pytest.raises(_RolledBack), Savepoint():
                self.on_recorded(message, author, role, recorded)
                assert table_counts() == before
                raise _RolledBack
        verdicts.append(verdict)
        return verdict

    monkeypatch.setattr(MailReactions, "idle", idle)
    yield verdicts


class _RolledBack(Exception):
    pass


def test_an_idle_listener_call_would_have_written_nothing(app, project: Project, checked_idle: list[bool]) -> None:  # type: ignore[no-untyped-def]
    pipe = app.pipeline()
    with write_transaction():  # (Savepoint needs a transaction, as in a batch)
        pipe.receive(mail("Jane Doe <jane@acme.com>", "Launch", "Could you send the checklist by Friday?",
                          "<c1@x>"), source="x")
        pipe.receive(mail("Sam Lee <sam@agency.io>", "Re: Launch", "Thanks!", "<c2@x>",
                          extra="In-Reply-To: <c1@x>\r\n"), source="x")
        pipe.receive(mail("Sam Lee <sam@agency.io>", "Logo", "We decided to go with the blue logo.", "<c3@x>"),
                     source="x")
    assert checked_idle == [True, True, False]
    assert [o.kind for o in Outbox.select()] == ["confirmation"]
    project.options = {"echo_clients": True}
    project.save()
    with write_transaction():
        app.pipeline().receive(mail("Jane Doe <jane@acme.com>", "Colours", "We decided to go with green.",
                                    "<c4@x>"), source="x")
    assert checked_idle[-1] is False
    assert [o.kind for o in Outbox.select()] == ["confirmation", "confirmation"]


def test_a_fresh_message_reads_back_no_changes_it_did_not_make(app, project: Project, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[Message, Recorded]] = []
    real = MailReactions.on_recorded

    def spy(self: MailReactions, message: Message, author: Any, role: str, recorded: Recorded) -> None:
        seen.append((message, recorded))
        real(self, message, author, role, recorded)

    monkeypatch.setattr(MailReactions, "on_recorded", spy)
    pipe = app.pipeline()
    pipe.receive(mail("Sam Lee <sam@agency.io>", "Logo", "Task: send the logo files @alex due Friday", "<f1@x>"),
                 source="x")
    task = Task.get()
    pipe.receive(mail("Sam Lee <sam@agency.io>", "Re: Logo", f"#{task.id} new date: next Tuesday", "<f2@x>",
                      extra="In-Reply-To: <f1@x>\r\n"), source="x")
    assert [r.fresh for _m, r in seen] == [True, True]
    for message, recorded in seen:
        # what the shortcut reads back equals what the queries find
        unfresh = Recorded(tasks=recorded.tasks, decisions=recorded.decisions, questions=recorded.questions,
                           events=recorded.events, fresh=False)
        assert _recorded_from(message, recorded) == _recorded_from(message, unfresh)
    assert _recorded_from(seen[1][0], seen[1][1])[3], "the new date is a change"


def test_a_reply_still_answers_the_open_questions_of_others(app, project: Project) -> None:  # type: ignore[no-untyped-def]
    pipe = app.pipeline(listeners=[])
    pipe.receive(mail("Jane Doe <jane@acme.com>", "Fonts", "Which font do we use for the headings?", "<q1@x>"),
                 source="x")
    assert Question.get().status == "open"
    pipe.receive(mail("Sam Lee <sam@agency.io>", "Re: Fonts", "We use Inter for the headings.", "<q2@x>",
                      extra="In-Reply-To: <q1@x>\r\n"), source="x")
    assert Question.get().status == "answered"
    # the asker's own follow-up on a thread with nothing open asks, and answers nothing
    pipe.receive(mail("Jane Doe <jane@acme.com>", "Re: Fonts", "Can we also try Roboto?", "<q3@x>",
                      extra="In-Reply-To: <q2@x>\r\n"), source="x")
    statuses = [q.status for q in Question.select().order_by(Question.id)]
    assert statuses[0] == "answered" and all(s == "open" for s in statuses[1:])

