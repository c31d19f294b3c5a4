"""A real aiosmtpd server for outbound tests: records what it accepts, refuses on cue.

``RecordingHandler`` answers by recipient local part (``reject*`` 550, ``tempfail*``
451) and keeps each accepted message with its exact SMTP envelope.  ``recording_server``
runs it in a Controller thread on a free 127.0.0.1 port.
"""
from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller


@dataclass(frozen=True)
class Received:
    """One message as the server accepted it."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    def parsed(self) -> EmailMessage:
        return message_from_bytes(self.data, policy=policy.default)  # type: ignore[return-value]


class RecordingHandler:
    def __init__(self) -> None:
        self.received: list[Received] = []
        self.refused: list[tuple[str, int]] = []

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          options: list[str]) -> str:
        local = address.split("@")[0].lower()
        if local.startswith("reject"):
            self.refused.append((address, 550))
            return "550 5.1.1 No such user"
        if local.startswith("tempfail"):
            self.refused.append((address, 451))
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 2.0.0 Queued"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def recording_server() -> Iterator[tuple[RecordingHandler, int]]:
    """Yield (handler, port) of a running server; stops it afterwards."""
    handler = RecordingHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, ready_timeout=5)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()
