"""Every message of the malformed corpora is stored and ends processed, ignored or
quarantined with a reason: none crashes the pipeline, none is lost."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.sources import iter_path
from store import directory
from store.models import Message, Quarantine

CORPUS = Path(__file__).parents[1] / "data" / "malformed"
FILES = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix not in (".md",)
               and p.name not in ("LICENSE", "NOTICE", "SOURCE.md"))


def test_corpus_is_present() -> None:
    assert len(FILES) >= 50


@pytest.mark.parametrize("accept_unknown", [False, True])
def test_every_malformed_message_is_stored_and_settled(app, accept_unknown: bool) -> None:  # type: ignore[no-untyped-def]
    project = directory.add_project("acme", "ACME")
    pipe = app.pipeline(listeners=[])
    raws = [item for path in FILES for item in iter_path(str(path))]
    counts = pipe.ingest_many(raws, live=False, project=project if accept_unknown else None,
                              accept_unknown=accept_unknown)
    assert counts["failed"] == 0, counts
    stored = Message.select().count()
    assert stored + counts["duplicates"] == len(raws)  # nothing lost
    assert Message.select().where(Message.status.not_in(["processed", "ignored", "quarantined"])).count() == 0
    for q in Quarantine.select():
        assert q.reason.strip()
    if accept_unknown:
        assert counts["ingested"] > len(raws) // 2
