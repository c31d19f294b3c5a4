"""The ingest pipeline end to end on both engines, and its stages called directly."""
from __future__ import annotations

import email
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from ingest.classify import classify
from ingest.identity import identify
from ingest.pipeline import Pipeline, PipelineOptions, process_pending, reprocess, store_raw
from ingest.threads import looks_like_reply, normalize_subject
from store import directory
from store.models import Message, Quarantine, Task, Thread

MAIL = Path(__file__).parents[1] / "data" / "mail"


def mail(frm: str, to: str, subject: str, body: str, mid: str, date: str = "Mon, 02 Nov 2026 10:00:00 +0000",
         extra: str = "") -> bytes:
    head = f"From: {frm}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date}\r\nMessage-ID: {mid}\r\n{extra}"
    return (head + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")).encode()


def forwarded(note: str, subject: str, text: str, author: str = "Jane Doe <jane@acme.com>", at: str = "9:00 AM") -> str:
    """A Gmail forward by Sam: his note above the original mail from ``author``."""
    return (f"{note}\n\n---------- Forwarded message ---------\nFrom: {author}\nDate: Mon, Nov 2, 2026 at {at}\n"
            f"Subject: {subject}\nTo: Sam Lee <sam@agency.io>\n\n{text}")


@pytest.fixture
def project(app):  # type: ignore[no-untyped-def]
    p = directory.add_project("acme", "ACME", ["acme.com"])
    directory.add_member(p, "sam@agency.io", "team", "Sam Lee")
    directory.add_member(p, "alex@agency.io", "team", "Alex Kim")
    return p


@pytest.fixture
def pipe(app, project):  # type: ignore[no-untyped-def]
    return app.pipeline(listeners=[])


@pytest.mark.parametrize(("subject", "kind"), [
    ("자동 회신: 촬영 일정", "auto_reply"), ("Otomatik yanıt: Teklif", "auto_reply"), ("Trả lời tự động: Re: Vải", "auto_reply"),
    ("自动答复: 报价", "auto_reply"), ("Αυτόματη απάντηση: Πρόγραμμα", "auto_reply"), ("Onbestelbaar: Offerte", "bounce"),
    ("배달되지 않음: 일정", "bounce"), ("Re: Absent Minded, the plan", "normal"),
])
def test_auto_replies_and_bounces_are_told_by_their_subject_in_more_languages(subject: str, kind: str) -> None:
    msg = email.message_from_bytes(f"From: a@b.com\r\nSubject: {subject}\r\n\r\nhi".encode())
    assert classify(msg, "a@b.com").kind == kind


def test_classification_verdicts() -> None:
    def kind(raw: bytes, sender: str = "a@b.com") -> str:
        return classify(email.message_from_bytes(raw), sender).kind

    base = b"From: a@b.com\r\nSubject: hello\r\n"
    assert kind(base + b"\r\nhi") == "normal"
    assert kind(base + b"Auto-Submitted: auto-replied\r\n\r\nhi") == "auto_reply"
    assert kind(base + b"Auto-Submitted: no\r\n\r\nhi") == "normal"
    assert kind(base + b"X-Autoreply: yes\r\n\r\nhi") == "auto_reply"
    assert kind(base + b"Precedence: bulk\r\n\r\nhi") == "auto_reply"
    assert kind(b"From: a@b.com\r\nSubject: Abwesenheitsnotiz: Projekt\r\n\r\nhi") == "auto_reply"
    assert kind(b"From: a@b.com\r\nSubject: R\xc3\xa9ponse automatique : x\r\n\r\nhi") == "auto_reply"
    assert kind(base + b"List-Id: <dev.lists.example.org>\r\n\r\nhi") == "list"
    assert kind(base + b"Return-Path: <>\r\n\r\nhi") == "bounce"
    assert kind(base + b"\r\nhi", "MAILER-DAEMON@mx.example.com") == "bounce"
    assert kind((MAIL / "bounce.eml").read_bytes()) == "bounce"
    # an auto-reply with no header and the thread's own subject says so in its first words
    reply = b"From: a@b.com\r\nSubject: Re: RE: next steps\r\nIn-Reply-To: <x@y>\r\n\r\n"
    assert kind(reply + b"This is an automatic reply. I'm on-site at a wedding through Sunday.") == "auto_reply"
    assert kind(reply + b"Thank you for your email. I am out of the office until Monday 9 November.") == "auto_reply"
    assert kind(reply + b"Thanks! I'm out of the office today, so I'll send it tomorrow.") == "normal"
    assert kind(reply + b"Sam, I am on holiday next week, can you cover the call?") == "normal"


def test_identity_survives_transport_headers_but_not_content_changes() -> None:
    raw = (MAIL / "client_request.eml").read_bytes()
    via_a = b"Received: from mx1\r\nDelivered-To: a@x\r\n" + raw
    via_b = b"Received: from mx2 by other\r\nX-Spam: 0.1\r\n" + raw
    assert identify(via_a).content_hash == identify(via_b).content_hash
    changed = raw.replace(b"logo files", b"font files")
    assert identify(changed).message_id == identify(raw).message_id
    assert identify(changed).content_hash != identify(raw).content_hash
    no_id = b"From: a@b.com\r\nSubject: x\r\n\r\nbody"
    assert identify(no_id).message_id == identify(no_id).message_id  # stable synthetic id
    assert identify(no_id).synthetic_id


def test_dedup_keeps_reused_message_id_with_other_content(pipe) -> None:  # type: ignore[no-untyped-def]
    a = mail("Sam <sam@agency.io>", "acme@projects.example.com", "One", "First text", "<same@x>")
    b = mail("Sam <sam@agency.io>", "acme@projects.example.com", "Two", "Other text", "<same@x>")
    assert pipe.receive(a, source="t").status == "processed"
    assert pipe.receive(a, source="t").status == "duplicate"
    assert pipe.receive(b"Received: by mx2\r\n" + a, source="t2").status == "duplicate"
    assert pipe.receive(b, source="t").status == "processed"
    assert Message.select().where(Message.message_id == "<same@x>").count() == 2


def test_routing_order(pipe, project) -> None:  # type: ignore[no-untyped-def]
    other = directory.add_project("beta", "Beta")
    directory.add_member(other, "sam@agency.io", "team")
    # project address
    out = pipe.receive(mail("sam@agency.io", "acme@projects.example.com", "a", "hello", "<r1@x>"), source="t")
    assert out.row.project.slug == "acme" and "project address" in out.reason
    # plus address
    out = pipe.receive(mail("sam@agency.io", "inbox+beta@projects.example.com", "b", "hello", "<r2@x>"), source="t")
    assert Message.get_by_id(out.row.id).project.slug == "beta"
    # subject tag
    out = pipe.receive(mail("sam@agency.io", "someone@else.com", "[beta #7] status", "hello", "<r3@x>"), source="t")
    row = Message.get_by_id(out.row.id)
    assert row.project.slug == "beta" and row.reply_task_id == 7
    # replies to a known thread
    out = pipe.receive(mail("sam@agency.io", "x@else.com", "Re: b", "ok", "<r4@x>", extra="In-Reply-To: <r2@x>\r\n"),
                       source="t")
    assert Message.get_by_id(out.row.id).project.slug == "beta"
    # member of two projects, nothing names one: quarantined with a reason
    out = pipe.receive(mail("sam@agency.io", "x@else.com", "hm", "hello", "<r5@x>"), source="t")
    assert out.status == "quarantined" and "2 projects" in out.reason
    # only project
    out = pipe.receive(mail("alex@agency.io", "x@else.com", "hm", "hello", "<r6@x>"), source="t")
    assert Message.get_by_id(out.row.id).project.slug == "acme"
    # client domain counts as client member; strangers are quarantined
    out = pipe.receive(mail("ceo@acme.com", "acme@projects.example.com", "hi", "hello", "<r7@x>"), source="t")
    assert out.status == "processed" and directory.role_in(project, "ceo@acme.com") == "client"
    out = pipe.receive(mail("eve@evil.org", "acme@projects.example.com", "hi", "hello", "<r8@x>"), source="t")
    assert out.status == "quarantined" and Quarantine.select().count() == 2


def test_bulk_mail_without_a_list_id_is_quarantined_from_strangers_and_ignored_from_members(pipe) -> None:  # type: ignore[no-untyped-def]
    unsubscribe = "List-Unsubscribe: <mailto:unsub@vendor.example>\r\n"
    out = pipe.receive(mail("sales@vendor.example", "acme@projects.example.com", "Hosting offer", "Buy now",
                            "<b1@x>", extra=unsubscribe), source="t")
    assert out.status == "quarantined" and "unknown sender" in out.reason and "bulk" in out.reason
    out = pipe.receive(mail("sam@agency.io", "acme@projects.example.com", "Newsletter", "Please send the logo by Friday.",
                            "<b2@x>", extra=unsubscribe), source="t")
    assert out.status == "ignored" and Task.select().count() == 0
    out = pipe.receive(mail("sales@vendor.example", "acme@projects.example.com", "Digest", "news", "<b3@x>",
                            extra="List-Id: <news.vendor.example>\r\n"), source="t")
    assert out.status == "ignored"


def test_threading_headers_and_guarded_subject_fallback(pipe) -> None:  # type: ignore[no-untyped-def]
    pa = "acme@projects.example.com"
    r1 = pipe.receive(mail("sam@agency.io", pa, "Weekly plan", "hello", "<t1@x>"), source="t")
    # References with an unknown ghost first and a known id later still joins
    r2 = pipe.receive(mail("alex@agency.io", pa, "Re: Weekly plan", "hi", "<t2@x>",
                           extra="References: <t1@x> <ghost@x>\r\n"), source="t")
    assert Message.get_by_id(r2.row.id).thread_id == Message.get_by_id(r1.row.id).thread_id
    # Outlook dropped the headers: "AW:" with the same participants, a day later
    r3 = pipe.receive(mail("sam@agency.io", pa, "AW: Weekly plan", "ok", "<t3@x>",
                           date="Tue, 03 Nov 2026 10:00:00 +0000"), source="t")
    assert Message.get_by_id(r3.row.id).thread_id == Message.get_by_id(r1.row.id).thread_id
    # the same subject five weeks later is a new thread
    r4 = pipe.receive(mail("sam@agency.io", pa, "Re: Weekly plan", "new", "<t4@x>",
                           date="Mon, 07 Dec 2026 10:00:00 +0000"), source="t")
    assert Message.get_by_id(r4.row.id).thread_id != Message.get_by_id(r1.row.id).thread_id
    # a message arriving before its parent: the parent joins the child's thread (ghost id)
    c = pipe.receive(mail("sam@agency.io", pa, "Re: Late", "child", "<c1@x>", extra="In-Reply-To: <p1@x>\r\n"),
                     source="t")
    p = pipe.receive(mail("alex@agency.io", pa, "Late", "parent", "<p1@x>"), source="t")
    assert Message.get_by_id(c.row.id).thread_id == Message.get_by_id(p.row.id).thread_id


def test_a_forward_without_headers_starts_a_thread_and_a_reply_to_it_joins_that_one(pipe) -> None:  # type: ignore[no-untyped-def]
    pa = "acme@projects.example.com"
    kickoff = pipe.receive(mail("jane@acme.com", pa, "Editing handoff", "hello", "<k1@x>"), source="t")
    # a team member forwards the client's mail to colleagues: a new, team-only conversation
    forward = pipe.receive(mail("sam@agency.io", pa, "Fwd: Editing handoff", "see below", "<k2@x>",
                                date="Mon, 02 Nov 2026 11:00:00 +0000"), source="t")
    thread_of = {r.row.id: Message.get_by_id(r.row.id).thread_id for r in (kickoff, forward)}
    assert thread_of[forward.row.id] != thread_of[kickoff.row.id]
    # a reply to the forward that lost its headers joins the forward's thread, the newer one
    reply = pipe.receive(mail("sam@agency.io", pa, "Re: Fwd: Editing handoff", "on it", "<k5@x>",
                              date="Mon, 02 Nov 2026 13:00:00 +0000"), source="t")
    assert Message.get_by_id(reply.row.id).thread_id == thread_of[forward.row.id]
    assert [looks_like_reply(s) for s in ("FW: X", "WG: X", "TR: X", "[acme] Fwd: X", "RE: FW: X", "AW: X", "X", "Budget: Q1 \u2013 plan")] == [
        False, False, False, False, True, True, False, False]


def test_normalize_subject() -> None:
    assert normalize_subject("RE: AW: Fwd: [acme] SV:  Launch   plan") == "launch plan"
    assert normalize_subject("Re[2]: Budget") == "budget"
    # a retyped subject: other dashes and quotes, the same words
    assert normalize_subject("Re: Packaging \u2013 \u201cnext\u201d steps!") == normalize_subject("Packaging - \"next\" steps")
    assert normalize_subject("Re: \uff22udget\uff1a Q1") == "budget q1"


def test_a_reply_with_a_retyped_subject_and_no_headers_joins_its_thread(pipe) -> None:  # type: ignore[no-untyped-def]
    pa = "acme@projects.example.com"
    kickoff = pipe.receive(mail("jane@acme.com", pa, "Sambal Roa export packaging \u2013 next steps", "hello", "<d1@x>"),
                           source="t")
    retyped = pipe.receive(mail("sam@agency.io", pa, "RE: Sambal Roa export packaging - next steps", "ok", "<d2@x>",
                                date="Tue, 03 Nov 2026 10:00:00 +0000", extra="Cc: jane@acme.com\r\n"), source="t")
    assert Message.get_by_id(retyped.row.id).thread_id == Message.get_by_id(kickoff.row.id).thread_id


@pytest.mark.parametrize("subject", ["YNT: Launch plan", "회신: Launch plan", "İLT: Launch plan", "השב: Launch plan",
                                     "TL: RE: Launch plan", "Odg: Launch plan", "ΑΠ: Launch plan", "I: Launch plan"])
def test_normalize_subject_knows_localised_prefixes(subject: str) -> None:
    assert normalize_subject(subject) == "launch plan"


def test_forward_credits_original_author(pipe, project) -> None:  # type: ignore[no-untyped-def]
    body = forwarded("FYI, see below.", "Logo", "We've decided to go with the green logo since it prints better.\n")
    out = pipe.receive(mail("Sam Lee <sam@agency.io>", "acme@projects.example.com", "Fwd: Logo", body, "<f1@x>"),
                       source="t")
    row = Message.get_by_id(out.row.id)
    assert row.forwarded and row.author_email == "jane@acme.com" and row.sender_email == "sam@agency.io"
    assert directory.role_in(project, "jane@acme.com") == "client"


def test_the_author_of_forwarded_mail_is_credited_but_not_made_a_member(pipe, project) -> None:  # type: ignore[no-untyped-def]
    # Sam forwards the ERP vendor's mail: the vendor is its author ...
    body = forwarded("FYI, the API docs from their ERP vendor.", "API", "We've decided to open the test API on Monday.\n",
                     author="Rob Vendor <rob@erp-vendor.example>")
    out = pipe.receive(mail("Sam Lee <sam@agency.io>", "acme@projects.example.com", "Fwd: API", body, "<fv1@x>"), source="t")
    assert Message.get_by_id(out.row.id).author_email == "rob@erp-vendor.example"
    # ... but no member: not sent the project's updates, and his own mail to the project is quarantined
    assert "rob@erp-vendor.example" not in {p.email for p, _role in directory.members(project)}
    direct = pipe.receive(mail("Rob Vendor <rob@erp-vendor.example>", "acme@projects.example.com", "Test credentials",
                               "Here are the credentials for the test API.", "<fv2@x>"), source="t")
    assert direct.status == "quarantined"
    assert Quarantine.select().where(Quarantine.sender == "rob@erp-vendor.example").count() == 1


def test_a_forward_of_mail_the_project_already_has_records_nothing_twice(pipe, project) -> None:  # type: ignore[no-untyped-def]
    from store.models import Decision, Question

    original = ("Hi Sam,\n\nWe've decided to go with the green logo since it prints better on kraft paper.\n\n"
                "Could you confirm whether the printer can match Pantone 7741?\n\nJane\n")
    pipe.receive(mail("Jane Doe <jane@acme.com>", "acme@projects.example.com", "Logo", original, "<o1@x>"), source="t")
    assert (Decision.select().count(), Question.select().count()) == (1, 1)
    body = forwarded("Alex, see Jane's mail below. Could you send the printer the logo files by Friday?", "Logo", original,
                     at="10:00 AM")
    out = pipe.receive(mail("Sam Lee <sam@agency.io>", "acme@projects.example.com", "Fwd: Logo", body, "<o2@x>",
                            date="Mon, 02 Nov 2026 11:00:00 +0000"), source="t")
    assert out.status == "processed" and Message.get_by_id(out.row.id).forwarded
    # Jane's decision and question once; the forwarder's own request is recorded
    assert (Decision.select().count(), Question.select().count()) == (1, 1)
    assert [t.title for t in Task.select()] == ["Send the printer the logo files"]


def test_a_decision_or_question_quoted_under_an_unknown_header_is_not_recorded_again(pipe, project) -> None:  # type: ignore[no-untyped-def]
    from store.models import Decision, Question

    original = ("Hi Sam,\n\nWe've decided to go with the green logo since it prints better on kraft paper.\n\n"
                "Could you confirm whether the printer can match Pantone 7741?\n\nJane\n")
    pipe.receive(mail("Jane Doe <jane@acme.com>", "acme@projects.example.com", "Logo", original, "<u1@x>"), source="t")
    # (a mail client whose quote header no rule knows: the quote reads as new text)
    reply = f"Yes, it can: 7741 is on their list.\n\n=== Jane Doe (Mon 2 Nov) ===\n\n{original}"
    out = pipe.receive(mail("Sam Lee <sam@agency.io>", "acme@projects.example.com", "Re: Logo", reply, "<u2@x>",
                            date="Mon, 02 Nov 2026 11:00:00 +0000", extra="In-Reply-To: <u1@x>\r\nReferences: <u1@x>\r\n"),
                       source="t")
    assert out.status == "processed"
    assert [(d.summary, d.decided_by.email) for d in Decision.select()] == [
        ("Go with the green logo", "jane@acme.com")]
    assert [q.asked_by.email for q in Question.select()] == ["jane@acme.com"]


def _with_parts(frm: str, subject: str, text: str, mid: str, date: str, extra: str, parts: list[tuple[str, str]]) -> bytes:
    """A multipart/mixed message: the text, then (headers, body) parts."""
    head = (f"From: {frm}\r\nTo: acme@projects.example.com\r\nSubject: {subject}\r\nDate: {date}\r\n"
            f"Message-ID: {mid}\r\n{extra}MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n")
    body = f"--XX\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
    for headers, payload in parts:
        body += f"--XX\r\n{headers}\r\n\r\n{payload}\r\n"
    return (head + body + "--XX--\r\n").encode()


def test_the_file_that_is_the_work_closes_the_task_and_a_signature_logo_does_not(pipe, project) -> None:  # type: ignore[no-untyped-def]
    from ingest.pipeline import _attachment_count

    pa = "acme@projects.example.com"
    directory.add_member(project, "jane@acme.com", "client", "Jane Doe")
    pipe.receive(mail("Sam Lee <sam@agency.io>", f"{pa}, Jane Doe <jane@acme.com>", "Giveaway", "Hi Jane,\n\nCould you send over the product list for the "
                      "giveaway by Friday?\n\nSam", "<g1@x>"), source="t")
    (task,) = Task.select()
    assert (task.owner.email, task.status, task.visibility) == ("jane@acme.com", "open", "client")
    logo = (("Content-Type: image/png\r\nContent-Disposition: inline; filename=logo.png\r\nContent-ID: <logo@x>\r\n"
            "Content-Transfer-Encoding: base64"), "iVBORw0KGgo=")
    csv = ("Content-Type: text/csv; name=items.csv\r\nContent-Disposition: attachment; filename=items.csv", "sku,msrp\r\n1,2")
    refs = "In-Reply-To: <g1@x>\r\nReferences: <g1@x>\r\n"
    pipe.receive(_with_parts("Jane Doe <jane@acme.com>", "Re: Giveaway", "Thanks! Speaking to the warehouse today.", "<g2@x>",
                             "Tue, 03 Nov 2026 10:00:00 +0000", refs, [logo]), source="t")
    assert Task.get_by_id(task.id).status == "open"
    raw = _with_parts("Jane Doe <jane@acme.com>", "Re: Giveaway", "here we go, 12 items w/ MSRP", "<g3@x>",
                      "Wed, 04 Nov 2026 10:00:00 +0000", refs, [logo, csv])
    assert _attachment_count(email.message_from_bytes(raw)) == 1
    pipe.receive(raw, source="t")
    assert Task.get_by_id(task.id).status == "done"


def test_under_a_forwarders_note_the_forwarded_asks_are_background_and_its_decisions_count(pipe, project) -> None:  # type: ignore[no-untyped-def]
    from store.models import Decision, Question

    directory.add_member(project, "jane@acme.com", "client", "Jane Doe")
    body = forwarded("Alex, can you get the HS codes for the chairs to Jane by Friday?", "Shipment",
                     "Dear Sam,\n\nWe have decided to ship by sea, because air freight doubles the cost.\n\n"
                     "Kindly revert with the revised proforma showing the HS codes at the earliest. "
                     "Could you also confirm whether the crates fit in one container?\n\nJane\n")
    out = pipe.receive(mail("Sam Lee <sam@agency.io>", "acme@projects.example.com", "Fwd: Shipment", body, "<n1@x>"),
                       source="t")
    assert out.status == "processed" and Message.get_by_id(out.row.id).forwarded
    assert [(t.title, t.owner.email) for t in Task.select()] == [("Get the HS codes for the chairs to Jane", "alex@agency.io")]
    assert Question.select().count() == 0
    assert [(d.decided_by.email, d.rationale) for d in Decision.select()] == [("jane@acme.com", "air freight doubles the cost")]


def test_addresses_charsets_and_missing_from(pipe) -> None:  # type: ignore[no-untyped-def]
    pa = "acme@projects.example.com"
    raw = (b"From: =?iso-8859-1?q?Sam_L=E9e?= <SAM@AGENCY.IO>\r\nTo: " + pa.encode() +
           b"\r\nSubject: caf\xe9\r\nMessage-ID: <c1@x>\r\nContent-Type: text/plain\r\n\r\nCaf\xe9 cr\xe8me\r\n")
    out = pipe.receive(raw, source="t")
    row = Message.get_by_id(out.row.id)
    assert out.status == "processed" and row.author_email == "sam@agency.io" and row.author_name == "Sam Lée"
    assert "Caf" in row.body_text
    out = pipe.receive(b"To: " + pa.encode() + b"\r\nSubject: nobody\r\nMessage-ID: <c2@x>\r\n\r\nhi\r\n", source="t")
    assert out.status == "quarantined" and out.reason == "no From header"
    two = b"From: sam@agency.io\r\nFrom: eve@evil.org\r\nTo: acme@projects.example.com\r\nMessage-ID: <c3@x>\r\n\r\nhi"
    out = pipe.receive(two, source="t")
    assert out.status == "quarantined" and "ambiguous author" in out.reason
    obf = b"From: Sam Lee <sam at agency.io>\r\nTo: acme@projects.example.com\r\nMessage-ID: <c4@x>\r\n\r\nhi"
    out = pipe.receive(obf, source="t")
    assert Message.get_by_id(out.row.id).author_email == "sam@agency.io"


def test_poison_mail_is_quarantined_not_crashing(pipe) -> None:  # type: ignore[no-untyped-def]
    nested = b"From: sam@agency.io\r\nTo: acme@projects.example.com\r\nMessage-ID: <deep@x>\r\n"
    body = b""
    for i in range(1000):
        body += f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'.encode()
    out = pipe.receive(nested + body, source="t")
    assert out.status == "quarantined"
    huge_to = b"From: sam@agency.io\r\nTo: " + b", ".join(b"u%d@x.com" % i for i in range(30000)) + \
        b"\r\nMessage-ID: <wide@x>\r\n\r\nhi"
    out = pipe.receive(huge_to, source="t")
    assert out.status == "quarantined" and "too large" in out.reason
    assert pipe.receive(mail("sam@agency.io", "acme@projects.example.com", "fine", "ok", "<after@x>"),
                        source="t").status == "processed"


class _Boom:
    name = "boom"

    def process(self, pipe, item):  # type: ignore[no-untyped-def]
        raise RuntimeError("stage exploded")


def test_unexpected_errors_park_the_message_and_reprocess_runs_it(app, project) -> None:  # type: ignore[no-untyped-def]
    from ingest.pipeline import DEFAULT_STAGES

    broken = Pipeline(PipelineOptions(project_domains=("projects.example.com",)),
                      stages=[*DEFAULT_STAGES[:3], _Boom()])
    raw = mail("sam@agency.io", "acme@projects.example.com", "x", "Task: ship it @alex due Friday", "<boom@x>")
    out = broken.receive(raw, source="t")
    row = Message.get_by_id(out.row.id)
    assert out.status == "failed" and row.status == "failed" and "stage exploded" in row.error
    assert bytes(row.raw) == raw  # nothing lost
    counts = reprocess(app.pipeline(listeners=[]), [row])
    assert counts == {"processed": 1}
    assert Task.select().where(Task.title.contains("hip it")).count() == 1
    # reprocessing again replaces rather than doubles
    reprocess(app.pipeline(listeners=[]), [Message.get_by_id(row.id)])
    assert Task.select().where(Task.title.contains("hip it")).count() == 1


def test_store_first_then_process_pending(app, project) -> None:  # type: ignore[no-untyped-def]
    raw = mail("sam@agency.io", "acme@projects.example.com", "later", "hello", "<pend@x>")
    stored = store_raw(raw, source="smtp")
    assert stored.created and Message.get_by_id(stored.row.id).status == "received"
    assert process_pending(app.pipeline(listeners=[])) == 1
    assert Message.get_by_id(stored.row.id).status == "processed"
    assert Thread.select().count() == 1


def test_duplicate_stage_names_fail_at_start() -> None:
    from ingest.errors import IngestError
    from ingest.pipeline import ParseStage

    with pytest.raises(IngestError):
        Pipeline(PipelineOptions(), stages=[ParseStage(), ParseStage()])


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(0, 2000), junk=st.binary(max_size=200), flip=st.integers(0, 2000))
def test_mutated_messages_never_crash_the_pipeline(pipe, cut: int, junk: bytes, flip: int) -> None:  # type: ignore[no-untyped-def]
    base = (MAIL / "team_reply.eml").read_bytes() + (MAIL / "bounce.eml").read_bytes()
    data = bytearray(base[: max(1, cut)] + junk + base[cut:])
    if data:
        data[flip % len(data)] ^= 0x5A
    out = pipe.receive(bytes(data), source="fuzz")
    assert out.status in {"processed", "quarantined", "ignored", "duplicate"}, out.reason


def test_forward_note_belongs_to_the_forwarder(pipe, project) -> None:  # type: ignore[no-untyped-def]
    body = forwarded("Alex, can you handle this by Friday?", "Logo", "We've decided to go with the green logo since it prints better.\n")
    out = pipe.receive(mail("Sam Lee <sam@agency.io>", "acme@projects.example.com", "Fwd: Logo", body, "<f2@x>",
                            date="Tue, 03 Nov 2026 10:00:00 +0000"), source="t")
    assert out.status == "processed"
    from store.models import Decision, Person

    decision = Decision.get()
    assert Person.get_by_id(decision.decided_by_id).email == "jane@acme.com"
    task = Task.get()
    assert Person.get_by_id(task.author_id).email == "sam@agency.io"
    assert Person.get_by_id(task.owner_id).email == "alex@agency.io"
    assert task.due.isoformat() == "2026-11-06"


def test_this_one_above_a_forward_takes_the_forwards_subject(pipe, project) -> None:  # type: ignore[no-untyped-def]
    body = forwarded("Alex, can you take care of this one by Friday?", "Observers for the sessions",
                     "Two of our product managers would like to observe the sessions.\n")
    out = pipe.receive(mail("Sam Lee <sam@agency.io>", "acme@projects.example.com", "Fwd: Observers for the sessions", body,
                            "<f3@x>", date="Tue, 03 Nov 2026 10:00:00 +0000"), source="t")
    assert out.status == "processed"
    assert [t.title for t in Task.select()] == ["Take care of this one: Observers for the sessions"]


class _BrokenListener:
    name = "broken"

    def on_recorded(self, message, author, role, recorded):  # type: ignore[no-untyped-def]
        raise RuntimeError("template exploded")


def test_a_failing_reaction_keeps_the_record_and_logs_an_event(app, project) -> None:  # type: ignore[no-untyped-def]
    from store.models import Event

    pipe = app.pipeline(listeners=[_BrokenListener()])
    raw = mail("sam@agency.io", "acme@projects.example.com", "x", "Task: Ship it @alex due Friday", "<lf@x>")
    out = pipe.receive(raw, source="t")
    assert out.status == "processed"
    assert Task.select().count() == 1
    event = Event.get(Event.kind == "listener_failed")
    assert "template exploded" in event.message and event.data["message_id"] == "<lf@x>"


def _supplier_forward(to: str, mid: str) -> bytes:
    body = forwarded("Alex, please book the Hapag slot with Gustavo by Friday.", "Reefer quote",
                     "Hapag-Lloyd, ETD 27 Nov, USD 6,850 all-in. I can hold the slot until Monday.\n",
                     author="Gustavo Pereyra <gustavo@freight.example>")
    return mail("Sam Lee <sam@agency.io>", to, "Fwd: Reefer quote", body, mid, date="Tue, 03 Nov 2026 10:00:00 +0000")


def test_a_suppliers_mail_passed_round_the_team_keeps_the_thread_internal(pipe, project) -> None:  # type: ignore[no-untyped-def]
    out = pipe.receive(_supplier_forward("Alex Kim <alex@agency.io>, acme@projects.example.com", "<sup1@x>"), source="t")
    assert out.status == "processed"
    # a supplier is no client (and no member): nothing of the thread may reach the client's updates
    assert directory.role_in(project, "gustavo@freight.example") is None
    assert [(t.title, t.visibility) for t in Task.select()] == [("Book the Hapag slot with Gustavo", "internal")]


def test_a_non_members_mail_forwarded_to_the_client_is_client_visible_but_makes_no_member(pipe, project) -> None:  # type: ignore[no-untyped-def]
    directory.add_member(project, "jane@acme.com", "client", "Jane Doe")
    out = pipe.receive(_supplier_forward("Jane Doe <jane@acme.com>, acme@projects.example.com", "<sup2@x>"), source="t")
    assert out.status == "processed"
    # the client is on the thread; the supplier stays an outsider (his own mail would be quarantined)
    assert [t.visibility for t in Task.select()] == ["client"]
    assert directory.role_in(project, "gustavo@freight.example") is None
