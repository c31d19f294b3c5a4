"""A receiving MTA that misbehaves on purpose, run in its own process by the crash test.

    python flaky_smtp_server.py --port PORT --log FILE [--seed N] [--tempfail 0.1] [--delay 0.01]

* recipients whose local part starts with ``reject`` get ``550`` (permanent);
* about ``--tempfail`` of the transactions fail temporarily: half of them at RCPT
  (``451``), half after the data was sent (``421`` and the client must reconnect, or
  ``451``);
* every accepted message is appended to ``--log`` as ``<Message-ID> <sha256> <rcpt>``
  and fsync'ed *before* the ``250`` goes out, like a real MTA's queue file, so the log
  is exactly what the server took responsibility for;
* ``--delay`` seconds of "processing" per message keep the drain long enough for the
  test to kill the deliverer many times while it works.

Stops on SIGTERM.
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import random
import re
import signal
import threading
from typing import Any

from aiosmtpd.controller import Controller

_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(<[^>\r\n]+>)", re.IGNORECASE | re.MULTILINE)


class FlakyHandler:
    def __init__(self, log_path: str, rng: random.Random, tempfail: float, delay: float) -> None:
        self.log_fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        self.rng = rng
        self.tempfail = tempfail
        self.delay = delay

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          options: list[str]) -> str:
        if address.split("@")[0].lower().startswith("reject"):
            return "550 5.1.1 No such user here"
        if self.rng.random() < self.tempfail / 2:
            return "451 4.7.1 Greylisted, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.delay:
            await asyncio.sleep(self.rng.uniform(0, 2 * self.delay))
        if self.rng.random() < self.tempfail / 2:
            return self.rng.choice(["421 4.3.2 Shutting down, try later", "451 4.3.0 Queue full, try later"])
        content: bytes = envelope.content
        head = content.split(b"\r\n\r\n", 1)[0]
        found = _MESSAGE_ID.search(head)
        message_id = found.group(1).decode("ascii", "replace") if found else "<none>"
        digest = hashlib.sha256(content).hexdigest()[:16]
        line = f"{message_id} {digest} {','.join(envelope.rcpt_tos)}\n".encode()
        os.write(self.log_fd, line)
        os.fsync(self.log_fd)
        return "250 2.0.0 Queued"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--tempfail", type=float, default=0.1)
    parser.add_argument("--delay", type=float, default=0.0)
    args = parser.parse_args()

    handler = FlakyHandler(args.log, random.Random(args.seed), args.tempfail, args.delay)
    controller = Controller(handler, hostname="127.0.0.1", port=args.port, ready_timeout=10)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    controller.start()
    try:
        stop.wait()
    finally:
        controller.stop()
        os.close(handler.log_fd)


if __name__ == "__main__":
    main()
