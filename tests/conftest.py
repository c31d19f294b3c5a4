"""Shared fixtures: a fresh database on SQLite and on PostgreSQL for every store test."""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_BASE = os.environ.get("TRACKFRONT_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
DATA = Path(__file__).parent / "data"


def _pg_reason() -> str | None:
    try:
        import psycopg2

        conn = psycopg2.connect(PG_BASE, connect_timeout=3)
        conn.close()
        return None
    except Exception as exc:  # noqa: BLE001 - any failure means "no server here"
        return f"PostgreSQL not reachable at {PG_BASE}: {str(exc).strip()[:120]}"


_PG_REASON = _pg_reason()


def pg_url_for(schema: str) -> str:
    sep = "&" if "?" in PG_BASE else "?"
    return f"{PG_BASE}{sep}options=-csearch_path%3D{schema}"


def drop_schema(schema: str) -> None:
    import psycopg2

    conn = psycopg2.connect(PG_BASE, connect_timeout=3)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    conn.close()


def make_db_url(kind: str, tmp_path: Path) -> tuple[str, str | None]:
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'trackfront.db'}", None
    if _PG_REASON:
        pytest.skip(_PG_REASON)
    schema = "tf_" + uuid.uuid4().hex[:12]
    return pg_url_for(schema), schema


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL for an empty database, once per engine."""
    url, schema = make_db_url(request.param, tmp_path)
    yield url
    if schema:
        from store.db import database

        if database.obj is not None and not database.obj.is_closed():
            database.obj.close()
        drop_schema(schema)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'trackfront.db'}"


@pytest.fixture
def settings(db_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    from workflows.config import Settings

    return Settings(
        db_url=db_url,
        base_dir=tmp_path,
        secret="test-secret-0123456789",
        maildir=tmp_path / "sent-mail",
        project_domains=("projects.example.com", "localhost"),
        reply_domain="reply.example.com",
        from_address="trackfront@projects.example.com",
    )


@pytest.fixture
def app(settings):  # type: ignore[no-untyped-def]
    from workflows.app import App

    application = App.open(settings)
    yield application
    application.close()
