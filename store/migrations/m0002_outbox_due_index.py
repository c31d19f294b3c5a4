"""Index the outbox by (status, not_before, id): the deliverer's "what is due" query.

Without it, each claim read every queued row to find the 50 due first, and on SQLite
``status``/``not_before`` sit behind the message blobs in the record, so each of those
reads walked the blob's overflow pages: claiming got slower with every message queued.
With it, the due ids come straight from the index in order, without touching the table.
"""
from __future__ import annotations

import peewee as pw


def apply(db: pw.Database) -> None:
    db.execute_sql('CREATE INDEX IF NOT EXISTS "outbox_status_not_before_id" ON "outbox" ("status", "not_before", "id")')
