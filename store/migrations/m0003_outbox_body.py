"""Move outbox message bytes into their own table, ``outbox_body``.

SQLite rewrites a whole row on every UPDATE, and ``outbox.raw`` (~19 KB for a weekly
update) made every status change (claim -> sending, result -> sent) rewrite it too.  The
bytes now sit in ``outbox_body``, written once at enqueue and only read afterwards.
Existing bodies are copied over; ``outbox.raw`` is kept (nullable, no longer written) so
an older reader still finds the bytes of rows enqueued before this migration.
"""
from __future__ import annotations

import peewee as pw


def apply(db: pw.Database) -> None:
    from store.models import Outbox, OutboxBody

    with db.bind_ctx([Outbox, OutboxBody]):
        db.create_tables([OutboxBody], safe=True)
    db.execute_sql(
        'INSERT INTO "outbox_body" ("outbox_id", "raw") '
        'SELECT "id", "raw" FROM "outbox" WHERE "raw" IS NOT NULL '
        'AND "id" NOT IN (SELECT "outbox_id" FROM "outbox_body")'
    )
