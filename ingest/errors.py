"""Exceptions of the ingest package, including the pipeline's control-flow signals."""
from __future__ import annotations


class IngestError(Exception):
    """Base of every error the ingest package raises on purpose."""


class SourceError(IngestError):
    """A path or stream given to import cannot be read as mail."""


class Discard(IngestError):
    """Control flow: record the message, create nothing, answer nothing (auto-replies, bounces)."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


class Quarantine(IngestError):
    """Control flow: keep the message aside for an operator, with a reason; never reply."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
