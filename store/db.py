"""Opening the database: URL parsing, engine settings, and the shared proxy.

Models bind to ``database`` (a peewee ``DatabaseProxy``); the composition root calls
:func:`open_database` once at start-up, which initialises the proxy.  SQLite runs in WAL
mode; PostgreSQL is the engine for several workers sharing one database.
"""
from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import peewee

from store.errors import BadDatabaseURL, DatabaseUnavailable

database = peewee.DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "normal",
    "foreign_keys": 1,
    "busy_timeout": 30000,
}


def make_database(url: str) -> peewee.Database:
    """Build (but do not connect) a peewee database for a ``sqlite:///`` or ``postgresql://`` URL."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "sqlite":
        raw_path = unquote(url[len("sqlite://"):])
        # sqlite:///rel.db -> "rel.db"; sqlite:////abs.db -> "/abs.db"
        path = raw_path.removeprefix("/")
        if path in ("", ":memory:"):
            path = ":memory:"
        else:
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        return peewee.SqliteDatabase(path, pragmas=SQLITE_PRAGMAS, timeout=30)
    if scheme in ("postgresql", "postgres"):
        name = parts.path.lstrip("/")
        if not name:
            raise BadDatabaseURL(f"{url!r}: a PostgreSQL URL needs a database name")
        kwargs: dict[str, object] = dict(parse_qsl(parts.query))
        if parts.username:
            kwargs["user"] = unquote(parts.username)
        if parts.password:
            kwargs["password"] = unquote(parts.password)
        if parts.hostname:
            kwargs["host"] = parts.hostname
        if parts.port:
            kwargs["port"] = parts.port
        kwargs.setdefault("connect_timeout", 5)
        return peewee.PostgresqlDatabase(name, **kwargs)  # type: ignore[arg-type]
    raise BadDatabaseURL(
        f"unsupported database URL {url!r}: use sqlite:///path.db or postgresql://user@host:port/db"
    )


def open_database(url: str, migrate: bool = True) -> peewee.Database:
    """Open the database at ``url``, bind the models to it and bring the schema up to date."""
    db = make_database(url)
    try:
        db.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        raise DatabaseUnavailable(f"cannot open database {redact(url)}: {exc}".strip()) from exc
    database.initialize(db)
    schema = _search_path_schema(url)
    if schema and is_postgres(db):
        # a URL that names its own schema (?options=-csearch_path=NAME) gets it created
        db.execute_sql(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
    if migrate:
        from store.migrations import migrate as run_migrations

        try:
            run_migrations(db)
        except peewee.OperationalError as exc:
            raise DatabaseUnavailable(f"database {redact(url)} is unavailable: {exc}") from exc
    return db


def _search_path_schema(url: str) -> str | None:
    options = dict(parse_qsl(urlsplit(url).query)).get("options", "")
    for token in options.split():
        if token.startswith("-csearch_path="):
            name = token.split("=", 1)[1].split(",")[0].strip()
            if name.replace("_", "").isalnum():
                return name
    return None


def is_postgres(db: peewee.Database | None = None) -> bool:
    target = db if db is not None else database.obj
    return isinstance(target, peewee.PostgresqlDatabase)


def redact(url: str) -> str:
    parts = urlsplit(url)
    if parts.password:
        return url.replace(f":{parts.password}@", ":***@")
    return url


def utcnow() -> dt.datetime:
    """Naive UTC: every DateTimeField in the store holds naive UTC."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def to_naive_utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        return value
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def as_aware(value: dt.datetime) -> dt.datetime:
    """Read a stored naive-UTC datetime back as an aware one."""
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def write_transaction() -> AbstractContextManager[Any]:
    """A transaction that takes the write lock up front on SQLite (BEGIN IMMEDIATE), so a
    read-then-write never fails with a busy snapshot under concurrent writers."""
    db = database.obj
    if isinstance(db, peewee.SqliteDatabase):
        return db.atomic(lock_type="IMMEDIATE")
    return database.atomic()
