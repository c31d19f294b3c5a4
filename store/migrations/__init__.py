"""Numbered schema migrations.

Each module ``mNNNN_name.py`` defines ``apply(db)``; :func:`migrate` runs the ones not yet
recorded in ``schema_version``, each in its own transaction.  Add new migrations to
``MIGRATIONS`` in order; never edit one that has shipped.
"""
from __future__ import annotations

import importlib
from types import ModuleType

import peewee as pw

from store.db import is_postgres, utcnow

MIGRATIONS: list[str] = [
    "m0001_initial",
    "m0002_outbox_due_index",
    "m0003_outbox_body",
    "m0004_subject_punctuation",
]

_LOCK_KEY = 0x7472_6B66  # "trkf": serialises concurrent migrators on PostgreSQL


class SchemaVersion(pw.Model):
    version = pw.IntegerField(primary_key=True)
    name = pw.CharField(max_length=100)
    applied_at = pw.DateTimeField(default=utcnow)

    class Meta:
        table_name = "schema_version"


def _load(name: str) -> ModuleType:
    return importlib.import_module(f"store.migrations.{name}")


def migrate(db: pw.Database) -> list[str]:
    """Apply pending migrations; returns the names applied.  Safe to run from several workers."""
    applied: list[str] = []
    with db.bind_ctx([SchemaVersion]), db.atomic():
        if is_postgres(db):
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
        db.create_tables([SchemaVersion], safe=True)
        done = {row.version for row in SchemaVersion.select()}
        for number, name in enumerate(MIGRATIONS, start=1):
            if number in done:
                continue
            _load(name).apply(db)
            SchemaVersion.create(version=number, name=name)
            applied.append(name)
    return applied


def current_version(db: pw.Database) -> int:
    with db.bind_ctx([SchemaVersion]):
        if not db.table_exists("schema_version"):
            return 0
        row = SchemaVersion.select(pw.fn.MAX(SchemaVersion.version)).scalar()
        return int(row or 0)
