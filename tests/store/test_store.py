"""Store behaviour on both engines: migrations, directory, uniqueness, raw mail kept."""
from __future__ import annotations

import peewee as pw
import pytest

from store import directory
from store.db import open_database
from store.errors import BadDatabaseURL, DatabaseUnavailable, NotFound
from store.migrations import MIGRATIONS, current_version, migrate
from store.models import Message, Outbox, WorkflowRun


def test_migrations_are_recorded_and_idempotent(db_url: str) -> None:
    db = open_database(db_url)
    assert current_version(db) == len(MIGRATIONS)
    assert migrate(db) == []  # a second run applies nothing
    db.close()


def test_sqlite_runs_in_wal_mode(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_projects_and_members(db_url: str) -> None:
    db = open_database(db_url)
    p = directory.add_project("acme-site", "ACME website", ["Acme.com"])
    with pytest.raises(directory.InvalidInput):
        directory.add_project("acme-site", "again")
    with pytest.raises(directory.InvalidInput):
        directory.add_project("Bad Slug!", "x")
    directory.add_member(p, "Sam@Agency.io", "team", "Sam Lee", "Europe/Paris")
    directory.add_member(p, "sam@agency.io", "team")  # same person, no duplicate
    assert [(m.email, r) for m, r in directory.members(p)] == [("sam@agency.io", "team")]
    assert directory.role_in(p, "SAM@agency.io") == "team"
    assert directory.role_in(p, "ceo@acme.com") == "client"  # client domain
    assert directory.role_in(p, "stranger@else.org") is None
    assert [x.slug for x in directory.projects_of("someone@acme.com")] == ["acme-site"]
    with pytest.raises(NotFound):
        directory.get_project("nope")
    with pytest.raises(directory.InvalidInput):
        directory.add_member(p, "x@y.com", "team", tz="Mars/Olympus")
    with pytest.raises(directory.InvalidInput):
        directory.add_member(p, "not-an-address", "team")
    db.close()


def test_a_members_time_zone_sets_how_they_write_numeric_dates(db_url: str) -> None:
    db = open_database(db_url)
    p = directory.add_project("dates", "Dates")
    for email, tz, order in (("us@x.com", "America/Chicago", "MDY"), ("ca@x.com", "America/Toronto", "MDY"),
                             ("sg@x.com", "Asia/Singapore", "DMY"), ("uk@x.com", "Europe/London", "DMY"),
                             ("mx@x.com", "America/Mexico_City", "DMY"), ("none@x.com", None, "MDY"),
                             # year-month-day writers: "12/4" is December 4
                             ("tw@x.com", "Asia/Taipei", "MDY"), ("jp@x.com", "Asia/Tokyo", "MDY"),
                             ("hk@x.com", "Asia/Hong_Kong", "DMY"),
                             # US-style writers outside the US: Liberia, the Marshall Islands
                             ("lr@x.com", "Africa/Monrovia", "MDY"), ("mh@x.com", "Pacific/Majuro", "MDY"),
                             ("gh@x.com", "Africa/Accra", "DMY")):
        directory.add_member(p, email, "client", tz=tz)
        person = directory.get_or_create_person(email)
        assert (person.email, person.date_order) == (email, order)
    directory.add_member(p, "us@x.com", "client", tz="Europe/Berlin")  # moved: the order follows
    assert directory.get_or_create_person("us@x.com").date_order == "DMY"
    db.close()


def test_message_identity_is_unique_and_raw_kept(db_url: str) -> None:
    db = open_database(db_url)
    raw = b"From: a@b.com\r\nMessage-ID: <x@y>\r\n\r\n\x00\xff binary-safe\r\n"
    Message.create(message_id="<x@y>", content_hash="h1", raw=raw, size=len(raw))
    Message.create(message_id="<x@y>", content_hash="h2", raw=raw, size=len(raw))  # reused id
    with pytest.raises(pw.IntegrityError), db.atomic():
        Message.create(message_id="<x@y>", content_hash="h1", raw=raw)
    assert bytes(Message.get(Message.content_hash == "h1").raw) == raw
    db.close()


def test_outbox_and_workflow_run_idempotency_keys(db_url: str) -> None:
    db = open_database(db_url)
    Outbox.create(idempotency_key="weekly:p:2026-W45:a@b", kind="weekly_update", message_id="<1@x>")
    with pytest.raises(pw.IntegrityError), db.atomic():
        Outbox.create(idempotency_key="weekly:p:2026-W45:a@b", kind="weekly_update", message_id="<2@x>")
    WorkflowRun.create(workflow="weekly_update", period="2026-W45", recipient="a@b")
    with pytest.raises(pw.IntegrityError), db.atomic():
        WorkflowRun.create(workflow="weekly_update", period="2026-W45", recipient="a@b")
    db.close()


def test_installation_secret_is_stable(db_url: str) -> None:
    db = open_database(db_url)
    first = directory.installation_secret()
    assert len(first) == 32 and directory.installation_secret() == first
    db.close()


def test_bad_urls_give_clear_errors(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BadDatabaseURL):
        open_database("mysql://x/y")
    with pytest.raises(DatabaseUnavailable):
        open_database("postgresql://nobody@127.0.0.1:1/none")


def test_subject_migration_folds_punctuation_out_of_stored_thread_keys(db_url: str,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from store import migrations
    from store.models import Project, Thread

    # a database as it was before m0004: keys with their dashes and quotes
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:3])
    db = open_database(db_url)
    project = Project.create(slug="acme", name="Acme")
    old = Thread.create(project=project, subject="Packaging \u2013 next steps",
                        normalized_subject="packaging \u2013 \u201cnext\u201d steps")
    plain = Thread.create(project=project, subject="Budget", normalized_subject="budget")
    monkeypatch.undo()
    assert migrate(db) == ["m0004_subject_punctuation"]
    assert Thread.get_by_id(old.id).normalized_subject == "packaging next steps"
    assert Thread.get_by_id(plain.id).normalized_subject == "budget"
    db.close()


def test_outbox_body_migration_copies_bytes_stored_on_the_row(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from outbound.outbox import raw_bytes
    from store import migrations
    from store.models import OutboxBody

    # a database as it was before m0003: bytes on the outbox row, no body for them
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:2])
    db = open_database(db_url)
    old = Outbox.create(idempotency_key="old", kind="weekly_update", message_id="<o@x>", raw=b"old bytes")
    monkeypatch.undo()
    assert migrate(db) == migrations.MIGRATIONS[2:]  # m0003 and the ones after it
    assert bytes(OutboxBody.get_by_id(old.id).raw) == b"old bytes"
    assert raw_bytes(Outbox.get_by_id(old.id)) == b"old bytes"
    # a row still written the old way (by a deliverer not yet upgraded) is read from the row
    legacy = Outbox.create(idempotency_key="legacy", kind="weekly_update", message_id="<l@x>", raw=b"legacy")
    assert raw_bytes(legacy) == b"legacy"
    db.close()
