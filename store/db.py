"""Opening the database: URL parsing, engine settings, and the shared proxy.

Models bind to ``database`` (a peewee ``DatabaseProxy``); the composition root calls
:func:`open_database` once at start-up, which initialises the proxy.  SQLite runs in WAL
mode; PostgreSQL is the engine for several workers sharing one database.
"""
from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from types import TracebackType
from typing import Any, Self
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


_savepoints = threading.local()


def open_savepoints() -> int:
    """How many :func:`write_transaction` savepoints this thread has open inside a
    transaction.  Peewee's ``transaction_depth()`` counts only the outer transaction, so a
    caller that must not commit inside someone's savepoint (a send group) asks here."""
    return getattr(_savepoints, "count", 0)


class Savepoint:
    """A savepoint with one fixed name, used like peewee's (``commit``, ``rollback``, and
    ``with ... as sp``).

    Peewee names each savepoint after a fresh uuid, so SQLite parses two new statements
    for every one (a batch import opens two or three per message); one name keeps them in
    the connection's statement cache.  Both engines resolve a repeated name to the newest
    savepoint, so nesting works as long as each one is released in order: unlike peewee's,
    this one is also released after a rollback (rolled back, then popped), so a savepoint
    left open can never catch a later RELEASE or ROLLBACK TO meant for an outer one.
    """

    _BEGIN = 'SAVEPOINT "trackfront_sp"'
    _RELEASE = 'RELEASE SAVEPOINT "trackfront_sp"'
    _ROLLBACK = 'ROLLBACK TO SAVEPOINT "trackfront_sp"'

    def __init__(self, counted: bool = False) -> None:
        self.db = database.obj
        self.counted = counted

    def _begin(self) -> None:
        self.db.execute_sql(self._BEGIN)

    def commit(self, begin: bool = True) -> None:
        self.db.execute_sql(self._RELEASE)
        if begin:
            self._begin()

    def rollback(self, begin: bool = True) -> None:
        self.db.execute_sql(self._ROLLBACK)
        self.db.execute_sql(self._RELEASE)
        if begin:
            self._begin()

    def __enter__(self) -> Self:
        self._begin()
        if self.counted:
            _savepoints.count = open_savepoints() + 1
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if exc_type:
                self.rollback(begin=False)
            else:
                try:
                    self.commit(begin=False)
                except Exception:
                    self.rollback(begin=False)
                    raise
        finally:
            if self.counted:
                _savepoints.count -= 1


def atomic() -> AbstractContextManager[Any]:
    """``database.atomic()``: a transaction, or inside one a :class:`Savepoint`."""
    return Savepoint() if database.in_transaction() else database.atomic()


def write_transaction() -> AbstractContextManager[Any]:
    """A transaction that takes the write lock up front on SQLite (BEGIN IMMEDIATE), so a
    read-then-write never fails with a busy snapshot under concurrent writers; inside an
    open transaction, a savepoint (counted by :func:`open_savepoints`)."""
    if database.in_transaction():
        return Savepoint(counted=True)
    db = database.obj
    return db.atomic(lock_type="IMMEDIATE") if isinstance(db, peewee.SqliteDatabase) else database.atomic()


# Hand-built SQL for the per-message hot paths.  Peewee spends ~0.2 ms building each query
# (longer than SQLite takes to run it), and ingest runs ~20 per message; these helpers render
# a statement once per engine from the model's own table and column names, and still pass
# every value through the field's ``db_value``/``python_value`` exactly as peewee would.
_PREPARED: dict[tuple[object, ...], str] = {}


def quoted(name: str) -> str:
    """An identifier quoted for both engines (SQLite and PostgreSQL use double quotes)."""
    return f'"{name}"'


def prepared(key: tuple[object, ...], build: Callable[[str], str]) -> str:
    """The SQL text for ``key`` on the current engine; ``build(mark)`` makes it once, where
    ``mark`` is the engine's parameter placeholder (``?`` or ``%s``)."""
    postgres = is_postgres()
    full = (postgres, *key)
    sql = _PREPARED.get(full)
    if sql is None:
        sql = _PREPARED[full] = build("%s" if postgres else "?")
    return sql


def columns_of(model: type[peewee.Model], alias: str = "") -> str:
    """Every column of ``model`` in field order, for :func:`fetch_models`."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(prefix + quoted(f.column_name) for f in model._meta.sorted_fields)


def fetch_models(model: type[peewee.Model], sql: str, params: Sequence[object]) -> list[Any]:
    """Run ``sql`` (which selects :func:`columns_of` ``model`` first) and build instances as a
    peewee select would: values through ``python_value``, nothing marked dirty.  Columns
    after the model's own are ignored here (read them with :func:`fetch_rows`)."""
    fields = model._meta.sorted_fields
    out = []
    for row in database.execute_sql(sql, params).fetchall():
        inst = model(__no_default__=1)
        # straight into the row's data, as the field accessors would store it (a foreign
        # key keeps its id; the related row is fetched on first use, as after a select)
        inst.__data__.update({f.name: (None if v is None else f.python_value(v)) for f, v in zip(fields, row)})
        out.append(inst)
    return out


def insert_model(model: type[peewee.Model], **values: Any) -> Any:
    """``model.create(**values)`` without peewee's query building: the same row (defaults
    included), the same instance back (primary key set, nothing dirty)."""
    # peewee's Model and Metadata are untyped at these private attributes: Any on purpose
    inst: Any = model(**values)
    data = inst.__data__
    pk: Any = model._meta.primary_key
    names = tuple(name for name in data if not (name == pk.name and data[name] is None))
    fields = [model._meta.fields[name] for name in names]

    def build(mark: str) -> str:
        columns = ", ".join(quoted(f.column_name) for f in fields)
        returning = f" RETURNING {quoted(pk.column_name)}" if is_postgres() else ""
        return (f"INSERT INTO {quoted(model._meta.table_name)} ({columns}) "
                f"VALUES ({', '.join([mark] * len(fields))}){returning}")

    sql = prepared(("insert", model, names), build)
    cursor = database.execute_sql(sql, [f.db_value(data[f.name]) for f in fields])
    if pk.name not in names:
        inst._pk = cursor.fetchone()[0] if is_postgres() else cursor.lastrowid
    inst._dirty.clear()
    return inst


def update_model(inst: Any, names: Sequence[str]) -> None:
    """``UPDATE`` the columns ``names`` of ``inst`` (a peewee model instance) from its current
    values, by primary key (what ``inst.save(only=...)`` writes)."""
    model = type(inst)
    fields = [model._meta.fields[name] for name in names]
    pk: Any = model._meta.primary_key

    def build(mark: str) -> str:
        sets = ", ".join(f"{quoted(f.column_name)} = {mark}" for f in fields)
        return f"UPDATE {quoted(model._meta.table_name)} SET {sets} WHERE {quoted(pk.column_name)} = {mark}"

    sql = prepared(("update", model, tuple(names)), build)
    data = inst.__data__
    database.execute_sql(sql, [*(f.db_value(data.get(f.name)) for f in fields), pk.db_value(inst._pk)])
    inst._dirty.difference_update(names)
