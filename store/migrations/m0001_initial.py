"""Initial schema: every table of store.models as first shipped."""
from __future__ import annotations

import peewee as pw


def apply(db: pw.Database) -> None:
    from store.models import ALL_MODELS

    with db.bind_ctx(ALL_MODELS):
        db.create_tables(ALL_MODELS, safe=True)
