"""Bulk imports read ahead (parse + new text) in a helper process: the same rows as reading
in-process, sources that fail halfway, helpers that die, consumers that stop early."""
from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from waiting import wait_for

import ingest.pipeline as pipeline_module
from ingest.errors import Discard
from ingest.errors import Quarantine as QuarantineSignal
from ingest.pipeline import READ_AHEAD_MIN, Pipeline, read_ahead_of, read_message
from store import directory
from store.models import Decision, Message, Project, Quarantine, Question, Task

MULTIPART_BOMB = "".join(f"Content-Type: multipart/mixed; boundary=b{i}\r\n" for i in range(120))


def mail(frm: str, subject: str, body: str, mid: str, extra: str = "", ctype: str = "text/plain") -> bytes:
    head = (f"From: {frm}\r\nTo: Sam Lee <sam@agency.io>, acme@projects.example.com\r\nSubject: {subject}\r\n"
            f"Date: Mon, 02 Nov 2026 10:00:00 +0000\r\nMessage-ID: {mid}\r\n{extra}")
    return (head + f"Content-Type: {ctype}; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")).encode()


def corpus(tag: str, n: int = READ_AHEAD_MIN + 30) -> list[tuple[str, bytes]]:
    """Ordinary mail with items, plus every kind of message the helper hands back unread;
    each tag gets its own Message-IDs, so two runs both store everything."""
    def mid(name: str) -> str:
        return f"<{tag}-{name}@x>"

    odd = [
        mail("Jane <jane@acme.com>", "Out of office", "I am away.", mid("auto"), "Auto-Submitted: auto-replied\r\n"),
        mail("", "No sender", "Who wrote this?", mid("nofrom")),
        mail("Mallory <mallory@evil.example>", "Hello", "Buy now.", mid("stranger")),
        mail("Jane <jane@acme.com>", "Bomb", "x", mid("bomb"), MULTIPART_BOMB),
        mail("Sam Lee <sam@agency.io>", "Fwd: Logo", "FYI\n\n---------- Forwarded message ---------\n"
             "From: Jane Doe <jane@acme.com>\nDate: Mon, 2 Nov 2026 09:00:00 +0000\nSubject: Logo\n\n"
             "Could you send the logo files by Friday?", mid("fwd")),
        mail("Jane <jane@acme.com>", "Html only", "<p>Decision: we go with the <b>blue</b> palette.</p>",
             mid("html"), ctype="text/html"),
        mail("trackfront@projects.example.com", "unsubscribe weekly_update", "", mid("unsub")),
    ]
    out: list[tuple[str, bytes]] = []
    for i in range(n):
        who = ("Jane Doe <jane@acme.com>", "Sam Lee <sam@agency.io>", "Alex Kim <alex@agency.io>")[i % 3]
        body = ("Hi all,\n\nTask: update the staging server @alex due 2026-11-20\n"
                "We've decided to go with option B since it's cheaper.\nCan you confirm the budget?\n\n"
                f"Best,\nSam\n\nOn Sun, 1 Nov 2026, Jane <jane@acme.com> wrote:\n> earlier {i}")
        out.append((f"{tag}#{i}", mail(who, f"Re: Launch plan {i % 7}", body, mid(f"m{i}"))))
    for j, raw in enumerate(odd):
        out.insert(5 + 9 * j, (f"{tag}#odd{j}", raw))
    return out


@pytest.fixture
def projects(app) -> tuple[Project, Project]:  # type: ignore[no-untyped-def]
    pair = []
    for slug in ("acme", "beta"):
        p = directory.add_project(slug, slug.upper(), ["acme.com"])
        directory.add_member(p, "sam@agency.io", "team", "Sam Lee")
        directory.add_member(p, "alex@agency.io", "team", "Alex Kim")
        pair.append(p)
    return pair[0], pair[1]


def rows_of(project: Project) -> list[tuple[Any, ...]]:
    out = []
    for m in Message.select().where(Message.forced_project == project).order_by(Message.id):
        out.append((
            m.source.split("#", 1)[1], m.status, (m.error or "").replace(project.slug, "<slug>"), m.kind,
            m.author_email,
            m.author_name, m.sender_email, m.subject, m.date, m.in_reply_to, m.to_addrs, m.cc_addrs, m.body_text,
            m.reply_text, m.forwarded,
            sorted(t.title for t in Task.select().where(Task.source_message == m)),
            sorted(d.summary for d in Decision.select().where(Decision.source_message == m)),
            sorted(q.text for q in Question.select().where(Question.source_message == m)),
            [q.reason.replace(project.slug, "<slug>") for q in Quarantine.select().where(Quarantine.message == m)],
        ))
    return out


def spy_read_ahead(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    seen: list[bool] = []
    real = Pipeline.process

    def process(self: Pipeline, row: Message, identity: Any = None, ahead: Any = None) -> Any:
        seen.append(ahead is not None)
        return real(self, row, identity, ahead)

    monkeypatch.setattr(Pipeline, "process", process)
    return seen


def test_read_ahead_records_the_same_rows_as_reading_in_process(app, projects, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    if threading.active_count() > 1:
        pytest.skip("another thread is running: the helper is (rightly) not forked")
    acme, beta = projects
    pipe = app.pipeline(listeners=[])
    seen = spy_read_ahead(monkeypatch)
    ahead = pipe.ingest_many(corpus("a"), project=acme, read_ahead=True, batch_size=20)
    assert sum(seen) >= READ_AHEAD_MIN  # the helper read them
    seen.clear()
    here = pipe.ingest_many(corpus("b"), project=beta, read_ahead=False, batch_size=20)
    assert not any(seen)
    assert ahead == here and ahead["quarantined"] == 3 and ahead["ignored"] == 2
    got, want = rows_of(acme), rows_of(beta)
    assert got == want
    # the helper's work really was used: html, forwards and items came through
    by_source = {r[0]: r for r in got}
    assert by_source["odd5"][13] == "Decision: we go with the blue palette."
    assert by_source["odd4"][14] is True and by_source["odd4"][4] == "jane@acme.com"
    assert any(r[15] for r in got) and any(r[16] for r in got)


def test_the_helper_reads_what_the_stages_read() -> None:
    raw = corpus("c")[0][1]
    ahead = read_message(raw, forced=False, own_addresses=())
    assert ahead is not None
    assert ahead.fields["author_email"] == "jane@acme.com" and ahead.fields["subject"] == "Re: Launch plan 0"
    assert ahead.recipients == ["sam@agency.io", "acme@projects.example.com"]
    assert ahead.newtext.reply_text.startswith("Hi all,") and "earlier" not in ahead.newtext.reply_text
    # a stage that stops the message: handed back with why, for the writing process to record
    stopped = read_message(mail("", "x", "y", "<z@x>"), forced=False, own_addresses=())
    assert stopped is not None and stopped.newtext is None and stopped.recipients is None
    quarantine = stopped.stopped()
    assert isinstance(quarantine, QuarantineSignal) and quarantine.reason == "unreadable From header ''"
    away = read_message(corpus("c")[5][1], forced=False, own_addresses=())
    assert away is not None and away.fields["subject"] == "Out of office"
    discard = away.stopped()
    assert isinstance(discard, Discard) and discard.kind == "auto_reply"


def test_only_the_unexpected_is_read_again(app, projects, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    if threading.active_count() > 1:
        pytest.skip("another thread is running: the helper is (rightly) not forked")
    parsed: list[bytes] = []
    real_parse = pipeline_module.ParseStage.process

    def counting(self: Any, pipe: Any, item: Any) -> None:
        parsed.append(bytes(item.row.raw))  # (counted in this process only: the helper has its own list)
        real_parse(self, pipe, item)

    monkeypatch.setattr(pipeline_module.ParseStage, "process", counting)
    real_split = pipeline_module.extract_new_text
    here = os.getpid()

    def fails_on_html_in_the_helper(text: Any, html: Any, **kwargs: Any) -> Any:
        if html is not None and os.getpid() != here:
            raise RuntimeError("unexpected")
        return real_split(text, html, **kwargs)

    monkeypatch.setattr(pipeline_module, "extract_new_text", fails_on_html_in_the_helper)
    acme, _beta = projects
    counts = app.pipeline(listeners=[]).ingest_many(corpus("g"), project=acme, read_ahead=True)
    assert counts["quarantined"] == 3 and counts["ignored"] == 2
    # the auto-reply, the mail without a sender and the bomb were stopped in the helper
    assert parsed == [raw for _label, raw in corpus("g") if b"text/html" in raw]


def test_a_failing_source_first_hands_on_everything_before_it() -> None:
    def source() -> Iterator[tuple[str, bytes]]:
        yield from corpus("d")
        raise OSError("disk gone")

    got: list[str] = []
    with pytest.raises(OSError, match="disk gone"):
        for label, _raw, _ahead in read_ahead_of(source(), forced=False, own_addresses=()):
            got.append(label)
    assert got == [label for label, _raw in corpus("d")]


def test_a_helper_that_dies_only_costs_speed(app, projects, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    real = pipeline_module.read_message

    def dies_on_the_bomb(raw: bytes, forced: bool, own: tuple[str, ...]) -> Any:
        if b"boundary=b1" in raw:
            os._exit(3)  # (runs in the forked helper only)
        return real(raw, forced, own)

    monkeypatch.setattr(pipeline_module, "read_message", dies_on_the_bomb)
    acme, _beta = projects
    counts = app.pipeline(listeners=[]).ingest_many(corpus("e"), project=acme, read_ahead=True)
    assert counts["ingested"] + counts["quarantined"] + counts["ignored"] == len(corpus("e"))
    assert Message.select().where(Message.status == "received").count() == 0


def test_a_consumer_that_stops_early_leaves_no_helper_behind() -> None:
    before = threading.active_count()
    for i, _message in enumerate(read_ahead_of(corpus("f"), forced=False, own_addresses=())):
        if i == 3:
            break
    # the generator's cleanup reaps the helper; under load that can take a moment
    assert wait_for(lambda: not [p for p in multiprocessing.active_children() if p.name == "trackfront-read-ahead"])
    assert wait_for(lambda: threading.active_count() <= before)
