"""Exception hierarchy of the outbound package.

Everything the outbound code raises on purpose derives from OutboundError so
callers (the outbox, the deliverer, workflows) can catch one base class.
"""

from __future__ import annotations


class OutboundError(Exception):
    """Base class for every deliberate outbound failure."""


class InvalidToken(OutboundError):
    """A reply token did not verify.

    `reason` is one of REASONS so callers can decide what to tell the sender
    (an expired token deserves a friendlier answer than a forged one).
    """

    REASONS = ("malformed", "bad signature", "expired", "wrong sender")

    def __init__(self, reason: str, detail: str = "") -> None:
        if reason not in self.REASONS:
            raise ValueError(f"unknown InvalidToken reason {reason!r}")
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason}: {detail}" if detail else reason)


class ComposeError(OutboundError):
    """An outgoing message could not be built from the given values."""


class RenderError(OutboundError):
    """A template could not be rendered, or the context is unfit for the audience."""


class TransportError(OutboundError):
    """A transport is misconfigured (bad URL, unusable path)."""
