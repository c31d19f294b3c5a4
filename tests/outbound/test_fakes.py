"""Tests for outbound.fakes.RecordingTransport (other packages' tests rely on it)."""

from __future__ import annotations

from outbound.fakes import RecordingTransport
from outbound.transports import Envelope, Transport

RAW = b"From: a@b.example\r\nTo: c@d.example\r\nSubject: hi\r\nMessage-ID: <1@b.example>\r\n\r\nbody\r\n"


def _envelope(key: int, rcpt: str = "c@d.example") -> Envelope:
    return Envelope(mail_from="a@b.example", rcpt_to=[rcpt], data=RAW, key=key)


def test_records_and_answers_sent_by_default() -> None:
    transport: Transport = RecordingTransport()
    results = transport.send_batch([_envelope(1), _envelope(2)])
    assert [(r.key, r.status, r.code) for r in results] == [(1, "sent", 250), (2, "sent", 250)]
    assert isinstance(transport, RecordingTransport)
    assert [e.key for e in transport.envelopes] == [1, 2]
    assert len(transport.batches) == 1
    assert transport.messages()[0]["Subject"] == "hi"


def test_queued_outcomes_then_decide_callback() -> None:
    transport = RecordingTransport(
        decide=lambda envelope: (
            ("failed", 550, "no such user") if "bad" in envelope.rcpt_to[0] else None
        )
    )
    transport.queue_outcome("retry", 451, "greylisted")
    first = transport.send_batch([_envelope(1), _envelope(2, "bad@d.example")])
    second = transport.send_batch([_envelope(3)])
    assert [(r.key, r.status, r.code, r.detail) for r in first + second] == [
        (1, "retry", 451, "greylisted"),
        (2, "failed", 550, "no such user"),
        (3, "sent", 250, "recorded"),
    ]
    assert len(transport.batches) == 2
