"""Per-thread database connections for the long-running transports.

Peewee keeps one connection per thread.  After PostgreSQL restarts or terminates a backend
that connection stays broken, so a transport thread that hits a database error drops it
and lets the next query reconnect; a thread that ends closes its own.
"""
from __future__ import annotations

import contextlib

import peewee as pw

from store.db import database
from store.errors import DatabaseUnavailable

DB_ERRORS = (pw.OperationalError, pw.InterfaceError, DatabaseUnavailable)
"""Errors meaning "the database is unavailable right now": retry later, lose nothing."""


def reset_thread_connection() -> None:
    """Forget this thread's connection so the next query opens a fresh one."""
    # close() resets the connection state even when closing the dead connection fails
    with contextlib.suppress(Exception):
        database.obj.close()


def close_thread_connection() -> None:
    """Close this thread's connection on the way out of a transport thread."""
    with contextlib.suppress(Exception):  # closing on the way out
        if database.obj is not None and not database.obj.is_closed():
            database.obj.close()
