"""Render mail kinds (weekly update, delay notice, ...) to subject, text and HTML.

Templates live in the ``templates`` package as
``<kind>/<audience>.subject.txt``, ``.txt`` and ``.html``; an override
directory with the same layout wins file by file (a deployment can restyle
``base.html`` alone).  Contexts are the view dataclasses of
:mod:`outbound.views`.

Two Jinja environments: HTML with autoescape on, text and subject with
autoescape off; both use StrictUndefined so a missing value fails loudly
instead of mailing an empty gap.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import operator
import re
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from outbound.errors import RenderError
from outbound.views import AUDIENCES, KIND_CONTEXTS, VISIBILITY_SHARED

# Searched in the lower-cased HTML (one C pass) instead of with IGNORECASE,
# which defeats the regex engine's literal-prefix scan.  The remote-resource
# check, \b(src|background)\s*=\s*["']?\s*(https?:)?// inside a tag, is
# matched from its "=" (a literal) and the attribute name is checked
# backwards: the same language, at a seventh of the cost.  Only markup can
# match: user text is escaped, so it holds no "<".
_SCRIPT_TAG = re.compile(r"<\s*script")
_REMOTE_URL_VALUE = re.compile(r"=\s*[\"']?\s*(?:https?:)?//")
_URL_ATTRIBUTE_NAME = re.compile(r"(?<!\w)(?:src|background)\s*\Z")
_DOUBLE_SLASH = re.compile("//")


def _has_forbidden_markup(html: str) -> bool:
    """A <script> tag, or a src/background attribute loading a remote (http, https, //) URL."""
    lowered = html.lower()
    # Both patterns need a literal ("script", "//"): one C substring scan rules a pattern
    # out, as it does for every package template, before the regex engine runs.
    if "script" in lowered and _SCRIPT_TAG.search(lowered):
        return True
    # (A compiled literal: str's own search for a two-character needle such as "//"
    # takes four times as long on a page full of "</".)
    if _DOUBLE_SLASH.search(lowered) is None:
        return False
    for match in _REMOTE_URL_VALUE.finditer(lowered):
        equals = match.start()
        name_end = equals
        while name_end and lowered[name_end - 1].isspace():
            name_end -= 1
        if not _URL_ATTRIBUTE_NAME.search(lowered, max(0, name_end - 11), equals):
            continue
        # Inside a tag: the last "<" before the attribute comes after the last ">".
        if lowered.rfind("<", 0, equals) > lowered.rfind(">", 0, equals):
            return True
    return False


@dataclass(frozen=True)
class Rendered:
    """A rendered mail: one-line subject, plain text and HTML bodies."""

    subject: str
    text: str
    html: str


@functools.lru_cache(maxsize=4096)
def _short_date(value: dt.date | None) -> str:
    """'Fri 14 Mar 2025' - unambiguous across locales, unlike 03/14."""
    if value is None:
        return "no date"
    return f"{value:%a} {value.day} {value:%b %Y}"


def _iso_date(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else ""


def _days_between(later: dt.date, earlier: dt.date | None) -> int:
    return (later - earlier).days if earlier is not None else 0


def _plural(count: int, singular: str, plural: str | None = None) -> str:
    word = singular if count == 1 else (plural or singular + "s")
    return f"{count} {word}"


def _first_name(name: str | None) -> str:
    """Informal greeting name: 'Alice' from 'Alice Jensen'; the whole value if one word."""
    parts = (name or "").split()
    return parts[0] if parts else "there"


_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|fw|fwd|wg)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)


def _reply_subject(subject: str) -> str:
    """'Re: <subject>' without piling up Re:/AW:/Fwd: prefixes."""
    return "Re: " + _REPLY_PREFIX.sub("", subject).strip()


def _package_template_dir() -> Path:
    return Path(str(resources.files("templates")))


# Jinja marks Macro.__call__ with pass_eval_context: Context.call then looks that mark up on
# every call (twice) before it passes the eval context first.  Compared with what the public
# decorator sets, so a Jinja release that changes this only turns the short path off.
_EVAL_CONTEXT_MARK = getattr(jinja2.pass_eval_context(lambda: None), "jinja_pass_arg", None)
_MACROS_TAKE_EVAL_CONTEXT = _EVAL_CONTEXT_MARK is not None and (
    getattr(jinja2.runtime.Macro.__call__, "jinja_pass_arg", None) is _EVAL_CONTEXT_MARK
)


class _MacroCallContext(jinja2.runtime.Context):
    """Jinja's Context, with a short path for calls of template macros.

    A digest calls about forty macros per mail, and Context.call's lookups were a third
    of each call's cost.  This passes a Macro what Context.call would pass it (the eval
    context first, without the _block_vars/_loop_vars bookkeeping), and hands everything
    else to Context.call.
    """

    def call(self, obj: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        if type(obj) is not jinja2.runtime.Macro:
            return super().call(obj, *args, **kwargs)
        kwargs.pop("_block_vars", None)
        kwargs.pop("_loop_vars", None)
        try:
            return obj(self.eval_ctx, *args, **kwargs)
        except StopIteration:
            return self.environment.undefined(
                "value was undefined because a callable raised a StopIteration exception"
            )


class _Environment(jinja2.Environment):
    """An Environment whose templates keep their globals in a plain dict.

    Jinja's default is a ChainMap over the environment's globals, so that later changes
    to those still show; every render copies it into the template's context, and a
    ChainMap walks its maps in Python: a tenth of a digest's rendering.  The globals here
    are all set before the first template loads (see _environment) and never change, as
    Jinja's documentation asks anyway.
    """

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        return dict(super().make_globals(d))


def _environment(loader: jinja2.BaseLoader, *, html: bool) -> jinja2.Environment:
    env = _Environment(
        loader=loader,
        autoescape=html,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # A Renderer is built per run: no need to stat every template file
        # (extends/import look them up again on each render) to catch edits.
        auto_reload=False,
    )
    env.filters["short_date"] = _short_date
    env.filters["iso_date"] = _iso_date
    env.filters["plural"] = _plural
    env.filters["first_name"] = _first_name
    env.filters["reply_subject"] = _reply_subject
    env.globals["days_between"] = _days_between
    if _MACROS_TAKE_EVAL_CONTEXT:
        env.context_class = _MacroCallContext
    return env


# Values that hold no items: the walk stops here without any introspection.
_LEAF_TYPES = (str, int, float, bool, type(None), dt.date)
# The same types matched exactly: one set lookup skips a leaf field without a
# call.  Subclasses (a str subclass, datetime) still reach the isinstance check.
_EXACT_LEAF_TYPES = frozenset(_LEAF_TYPES)
_COLLECTION_TYPES = (list, tuple, set, frozenset)


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(item.name for item in dataclasses.fields(cls))


@functools.cache
def _field_reader(cls: type) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]:
    """Field names of a dataclass and one C-level call reading all their values, in order."""
    names = _field_names(cls)
    if not names:
        return names, lambda value: ()
    if len(names) == 1:
        read_one = operator.attrgetter(names[0])
        return names, lambda value: (read_one(value),)
    return names, operator.attrgetter(*names)


# Dataclasses the walk has met, with their field readers, for the inline check of list items.
_VIEW_READERS: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


def _find_unshared(value: Any, path: str) -> str | None:
    """Path of the first item whose visibility is not shared, or None.

    Walks dataclasses, mappings and collections all the way down; the path is
    only built once something is found.
    """
    if isinstance(value, _LEAF_TYPES):
        return None
    trail = _unshared_trail(value)
    if trail is None:
        return None
    return path + "".join(trail)


def _unshared_trail(value: Any) -> list[str] | None:
    """Path steps (".field", "[index]", then the reason) to the first non-shared item, or None.

    Every field, mapping value and element is visited whatever its declared
    type: annotations are not enforced, so a "str" field may hold a view.
    Leaves of an exact leaf type are skipped inline rather than by a call.
    """
    cls = type(value)
    if cls in _EXACT_LEAF_TYPES or isinstance(value, _LEAF_TYPES):
        return None
    if hasattr(cls, "__dataclass_fields__") and not isinstance(value, type):
        visibility = getattr(value, "visibility", VISIBILITY_SHARED)
        if visibility != VISIBILITY_SHARED:
            return [f" ({cls.__name__}, visibility={visibility!r})"]
        names, read_fields = _field_reader(cls)  # type: ignore[arg-type]  # typeshed: type[Any] is not Hashable; classes are
        # (cls is no metaclass here - its instance is not a type - so none of its instances is)
        _VIEW_READERS.setdefault(cls, read_fields)
        values = read_fields(value)
        # Usual case, a view of plain values: one C-level pass proves it.
        if _EXACT_LEAF_TYPES.issuperset(map(type, values)):
            return None
        for index, item in enumerate(values):
            item_cls = type(item)
            if item_cls in _EXACT_LEAF_TYPES:
                continue
            # a list or tuple of views (a digest's sections) goes straight to the item loop
            if item_cls is list or item_cls is tuple:
                found = _unshared_item(item)
            else:
                found = _unshared_trail(item)
            if found is not None:
                return [f".{names[index]}", *found]
    elif cls is not list and cls is not tuple and isinstance(value, Mapping):
        # (The exact list/tuple test spares the slow ABC check for the usual sequences.)
        visibility = value.get("visibility", VISIBILITY_SHARED)
        if visibility != VISIBILITY_SHARED:
            return [f" (visibility={visibility!r})"]
        for key, item in value.items():
            if type(item) in _EXACT_LEAF_TYPES:
                continue
            found = _unshared_trail(item)
            if found is not None:
                return [f".{key}", *found]
    elif isinstance(value, _COLLECTION_TYPES):
        return _unshared_item(value)
    return None


def _unshared_item(items: Any) -> list[str] | None:
    """:func:`_unshared_trail` for the elements of a list, tuple or set."""
    for index, item in enumerate(items):
        item_cls = type(item)
        if item_cls in _EXACT_LEAF_TYPES:
            continue
        # Usual case, a shared view of plain values: proven here, without a call per
        # item (the same tests as the dataclass branch of _unshared_trail).
        read_item = _VIEW_READERS.get(item_cls)
        if (
            read_item is not None
            and getattr(item, "visibility", VISIBILITY_SHARED) == VISIBILITY_SHARED
            and _EXACT_LEAF_TYPES.issuperset(map(type, read_item(item)))
        ):
            continue
        found = _unshared_trail(item)
        if found is not None:
            return [f"[{index}]", *found]
    return None


def _variables(kind: str, context: Any) -> dict[str, Any]:
    if dataclasses.is_dataclass(context) and not isinstance(context, type):
        expected = KIND_CONTEXTS[kind]
        if not isinstance(context, expected):
            raise RenderError(f"{kind} needs a {expected.__name__}, got {type(context).__name__}")
        # Shallow on purpose: nested views stay objects, dates stay dates.
        names, read_fields = _field_reader(type(context))  # type: ignore[arg-type]  # as in _unshared_trail
        return dict(zip(names, read_fields(context), strict=True))
    if isinstance(context, Mapping):
        return dict(context)
    raise RenderError(
        f"context must be a view dataclass or a mapping, got {type(context).__name__}"
    )


class Renderer:
    """Renders ``(kind, audience, context)`` with package templates, or overrides first."""

    def __init__(self, override_dir: Path | None = None) -> None:
        search = [jinja2.FileSystemLoader(str(override_dir))] if override_dir is not None else []
        search.append(jinja2.FileSystemLoader(str(_package_template_dir())))
        loader = jinja2.ChoiceLoader(search)
        self._html = _environment(loader, html=True)
        self._text = _environment(loader, html=False)
        # Compiled templates per (kind, audience).  Jinja's own cache would
        # also stat every file (and its parents) on each lookup to notice
        # edits; a Renderer is built per run, so edits show up on the next one.
        self._templates: dict[tuple[str, str], tuple[jinja2.Template, ...]] = {}

    def _templates_for(self, kind: str, audience: str) -> tuple[jinja2.Template, ...]:
        found = self._templates.get((kind, audience))
        if found is None:
            found = self._templates[(kind, audience)] = (
                self._text.get_template(f"{kind}/{audience}.subject.txt"),
                self._text.get_template(f"{kind}/{audience}.txt"),
                self._html.get_template(f"{kind}/{audience}.html"),
            )
        return found

    def render(self, kind: str, audience: str, context: Mapping[str, Any] | Any) -> Rendered:
        """Render one mail; raises RenderError for unknown kinds, bad contexts or template errors."""
        if kind not in KIND_CONTEXTS:
            raise RenderError(f"unknown mail kind {kind!r}")
        if audience not in AUDIENCES:
            raise RenderError(f"unknown audience {audience!r}")
        if audience == "client":
            leak = _find_unshared(context, "context")
            if leak:
                raise RenderError(f"internal item in a client mail: {leak}")
        variables = _variables(kind, context)
        variables.update(kind=kind, audience=audience)
        try:
            subject_template, text_template, html_template = self._templates_for(kind, audience)
            subject = subject_template.render(variables)
            text = text_template.render(variables)
            html = html_template.render(variables)
        except jinja2.TemplateError as exc:
            raise RenderError(f"{kind}/{audience}: {type(exc).__name__}: {exc}") from exc
        if _has_forbidden_markup(html):
            # Package templates never do this; an override template must not either.
            raise RenderError(f"{kind}/{audience}.html contains a script or a remote resource")
        return Rendered(subject=" ".join(subject.split()), text=_tidy_text(text), html=html)


# Spelled \n\n\n+ rather than \n{3,}: the same runs, but a literal prefix the regex
# engine finds with a fast scan (ten times faster on a digest's text).
_BLANK_LINE_RUNS = re.compile(r"\n\n\n+")


def _tidy_text(text: str) -> str:
    # Conditional sections leave runs of blank lines behind; keep at most one.
    return _BLANK_LINE_RUNS.sub("\n\n", text).strip("\n") + "\n"
