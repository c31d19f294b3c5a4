"""Test doubles for code that sends mail through an outbound Transport.

``RecordingTransport`` keeps every envelope it is given and answers "sent"
unless told otherwise, so outbox/deliverer/workflow tests can run without an
SMTP server and still assert on the exact bytes that would have gone out.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from email import message_from_bytes, policy
from email.message import EmailMessage

from outbound.transports import Envelope, ResultCallback, SendResult, SendStatus

Outcome = tuple[SendStatus, int | None, str]


class RecordingTransport:
    """Records batches; outcomes come from a queue, then a `decide` callback, then "sent".

    Example: after ``queue_outcome("retry", 451, "greylisted")`` the next
    envelope is answered "retry" and the ones after it "sent".
    """

    name = "recording"

    def __init__(self, decide: Callable[[Envelope], Outcome | None] | None = None) -> None:
        self.batches: list[list[Envelope]] = []
        self._queued: deque[Outcome] = deque()
        self._decide = decide

    def queue_outcome(self, status: SendStatus, code: int | None = None, detail: str = "") -> None:
        """The next envelope (across batches) gets this outcome instead of "sent"."""
        self._queued.append((status, code, detail or status))

    def send_batch(
        self, items: Sequence[Envelope], on_result: ResultCallback | None = None
    ) -> list[SendResult]:
        batch = list(items)
        self.batches.append(batch)
        results = []
        for item in batch:
            outcome = self._queued.popleft() if self._queued else None
            if outcome is None and self._decide is not None:
                outcome = self._decide(item)
            status, code, detail = outcome if outcome is not None else ("sent", 250, "recorded")
            results.append(SendResult(item.key, status, code, detail))
            if on_result is not None:
                on_result(results[-1])
        return results

    @property
    def envelopes(self) -> list[Envelope]:
        """Every envelope handed over, in order, whatever its outcome."""
        return [item for batch in self.batches for item in batch]

    def messages(self) -> list[EmailMessage]:
        """The recorded message bytes, parsed (policy.default) for header/body assertions."""
        return [message_from_bytes(item.data, policy=policy.default) for item in self.envelopes]  # type: ignore[misc]
