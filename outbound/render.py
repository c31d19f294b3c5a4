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
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from outbound.errors import RenderError
from outbound.views import AUDIENCES, KIND_CONTEXTS, VISIBILITY_SHARED

# Only markup can match (user text is escaped, so it never contains "<").
_SCRIPT_TAG = re.compile(r"<\s*script", re.IGNORECASE)
_URL_ATTRIBUTE = re.compile(r"\b(?:src|background)\s*=", re.IGNORECASE)  # cheap pre-filter
_REMOTE_RESOURCE = re.compile(
    r"<[^>]*\b(?:src|background)\s*=\s*[\"']?\s*(?:https?:)?//", re.IGNORECASE
)


def _has_forbidden_markup(html: str) -> bool:
    if _SCRIPT_TAG.search(html):
        return True
    return bool(_URL_ATTRIBUTE.search(html)) and bool(_REMOTE_RESOURCE.search(html))


@dataclass(frozen=True)
class Rendered:
    """A rendered mail: one-line subject, plain text and HTML bodies."""

    subject: str
    text: str
    html: str


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


def _environment(loader: jinja2.BaseLoader, *, html: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=loader,
        autoescape=html,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["short_date"] = _short_date
    env.filters["iso_date"] = _iso_date
    env.filters["plural"] = _plural
    env.filters["first_name"] = _first_name
    env.filters["reply_subject"] = _reply_subject
    env.globals["days_between"] = _days_between
    return env


def _find_unshared(value: Any, path: str) -> str | None:
    """Path of the first item whose visibility is not shared, or None."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        visibility = getattr(value, "visibility", VISIBILITY_SHARED)
        if visibility != VISIBILITY_SHARED:
            return f"{path} ({type(value).__name__}, visibility={visibility!r})"
        for item in dataclasses.fields(value):
            found = _find_unshared(getattr(value, item.name), f"{path}.{item.name}")
            if found:
                return found
    elif isinstance(value, Mapping):
        visibility = value.get("visibility", VISIBILITY_SHARED)
        if visibility != VISIBILITY_SHARED:
            return f"{path} (visibility={visibility!r})"
        for key, item in value.items():
            found = _find_unshared(item, f"{path}.{key}")
            if found:
                return found
    elif isinstance(value, (list, tuple, set, frozenset)):
        for index, item in enumerate(value):
            found = _find_unshared(item, f"{path}[{index}]")
            if found:
                return found
    return None


def _variables(kind: str, context: Any) -> dict[str, Any]:
    if dataclasses.is_dataclass(context) and not isinstance(context, type):
        expected = KIND_CONTEXTS[kind]
        if not isinstance(context, expected):
            raise RenderError(f"{kind} needs a {expected.__name__}, got {type(context).__name__}")
        # Shallow on purpose: nested views stay objects, dates stay dates.
        return {item.name: getattr(context, item.name) for item in dataclasses.fields(context)}
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
            subject = self._text.get_template(f"{kind}/{audience}.subject.txt").render(variables)
            text = self._text.get_template(f"{kind}/{audience}.txt").render(variables)
            html = self._html.get_template(f"{kind}/{audience}.html").render(variables)
        except jinja2.TemplateError as exc:
            raise RenderError(f"{kind}/{audience}: {type(exc).__name__}: {exc}") from exc
        if _has_forbidden_markup(html):
            # Package templates never do this; an override template must not either.
            raise RenderError(f"{kind}/{audience}.html contains a script or a remote resource")
        return Rendered(subject=" ".join(subject.split()), text=_tidy_text(text), html=html)


def _tidy_text(text: str) -> str:
    # Conditional sections leave runs of blank lines behind; keep at most one.
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
