"""Fold punctuation out of ``thread.normalized_subject``.

The subject fallback of threading compares this key, and a reply whose subject was retyped
("packaging - next steps" for "packaging – next steps") missed its thread.  The key now has
every punctuation mark made a space (``ingest.threads.normalize_subject``); stored keys are
brought to the same form so replies still find threads started before this migration.
"""
from __future__ import annotations

import unicodedata

import peewee as pw

from store.db import is_postgres


def _fold(text: str) -> str:
    # A frozen copy of ingest.threads.fold_punctuation: a shipped migration never changes.
    text = unicodedata.normalize("NFKC", text)
    return " ".join("".join(" " if unicodedata.category(c).startswith("P") else c for c in text).split())


def apply(db: pw.Database) -> None:
    rows = db.execute_sql('SELECT "id", "normalized_subject" FROM "thread"').fetchall()
    mark = "%s" if is_postgres(db) else "?"
    for thread_id, key in rows:
        folded = _fold(key or "")
        if folded != (key or ""):
            db.execute_sql(f'UPDATE "thread" SET "normalized_subject" = {mark} WHERE "id" = {mark}', (folded, thread_id))
