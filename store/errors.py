"""Exceptions raised by the store package."""
from __future__ import annotations


class StoreError(Exception):
    """Base of every error the store raises on purpose."""


class DatabaseUnavailable(StoreError):
    """The database cannot be reached or opened; callers should retry later."""


class BadDatabaseURL(StoreError):
    """The --db / TRACKFRONT_DB value is not a URL we know how to open."""


class NotFound(StoreError):
    """A named row (project, person, outbox message...) does not exist."""
