"""ingest.threads on both engines: the id table, nearest-ancestor lookup, merging, touching."""
from __future__ import annotations

import datetime as dt

import pytest

from ingest import threads
from store import directory
from store.models import Project, Thread, ThreadRef

WHEN = dt.datetime(2026, 11, 2, 10, 0)


@pytest.fixture
def project(app) -> Project:  # type: ignore[no-untyped-def]
    return directory.add_project("acme", "ACME", ["acme.com"])


def refs_of(thread: Thread) -> list[str]:
    return sorted(r.message_id for r in ThreadRef.select().where(ThreadRef.thread == thread))


def test_remember_adds_each_id_once(project: Project) -> None:
    thread = threads.new_thread(project, "Launch", WHEN)
    threads.remember(thread, ["<a@x>", "<b@x>", "<a@x>", ""])
    threads.remember(thread, ["<b@x>", "<c@x>"])
    assert refs_of(thread) == ["<a@x>", "<b@x>", "<c@x>"]
    other = threads.new_thread(project, "Other", WHEN)
    threads.remember(other, ["<a@x>"])  # one id may be known to two threads until they merge
    assert refs_of(other) == ["<a@x>"]


def test_remember_takes_a_thousand_references(project: Project) -> None:
    thread = threads.new_thread(project, "Long", WHEN)
    ids = [f"<ref{i:04d}@x>" for i in range(1000)]
    threads.remember(thread, ids)
    threads.remember(thread, ids[::-1])
    assert refs_of(thread) == ids


def test_the_nearest_known_ancestor_wins_and_the_others_merge_into_it(project: Project) -> None:
    old = threads.new_thread(project, "Budget", WHEN - dt.timedelta(days=2), ["jane@acme.com"])
    new = threads.new_thread(project, "Re: Budget", WHEN, ["sam@agency.io", "jane@acme.com"])
    elsewhere = directory.add_project("beta", "Beta")
    foreign = threads.new_thread(elsewhere, "Budget", WHEN)
    threads.remember(old, ["<root@x>"])
    threads.remember(new, ["<reply@x>"])
    threads.remember(foreign, ["<reply@x>"])
    assert threads.find_by_references(project, []) is None
    assert threads.find_by_references(project, ["<unknown@x>"]) is None
    found = threads.find_by_references(project, ["<reply@x>", "<root@x>"])
    assert found is not None and found.id == new.id
    assert Thread.get_or_none(Thread.id == old.id) is None
    merged = Thread.get_by_id(new.id)
    assert (merged.participants, merged.created_at, merged.last_message_at) == (
        ["sam@agency.io", "jane@acme.com"], WHEN - dt.timedelta(days=2), WHEN)
    assert refs_of(merged) == ["<reply@x>", "<root@x>"]
    assert refs_of(foreign) == ["<reply@x>"]  # another project's thread is left alone


def test_a_thread_starts_with_its_people_and_touch_only_writes_what_changed(project: Project) -> None:
    thread = threads.new_thread(project, "Re: Photos", WHEN, ["sam@agency.io", "jane@acme.com", "sam@agency.io"])
    stored = Thread.get_by_id(thread.id)
    assert (stored.participants, stored.normalized_subject, stored.created_at) == (
        ["sam@agency.io", "jane@acme.com"], "photos", WHEN)
    threads.touch(thread, ["jane@acme.com"], WHEN)
    assert not thread.is_dirty()
    threads.touch(thread, ["omar@acme.com"], WHEN + dt.timedelta(hours=1))
    threads.touch(thread, [], WHEN - dt.timedelta(hours=1))
    stored = Thread.get_by_id(thread.id)
    assert (stored.participants, stored.created_at, stored.last_message_at) == (
        ["sam@agency.io", "jane@acme.com", "omar@acme.com"], WHEN - dt.timedelta(hours=1),
        WHEN + dt.timedelta(hours=1))
