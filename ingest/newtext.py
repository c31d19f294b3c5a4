"""The "new text" stage of ingestion: what did the author of this mail write?

``extract_new_text`` takes a message's decoded text/plain body (or, when there
is none, its HTML body) and returns the author's new text with quoted history
and signature removed.  When the message is a forward with at most a short
note above it, the forwarded message is unwrapped: its sender, date, subject
and own new text are returned so the pipeline can record the original author.

Pure functions, no I/O.  ``extract_new_text`` never raises: a body it cannot
make sense of is returned stripped, as it came.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass
from datetime import datetime

from ingest.forwards import is_forward_subject, parse_date, parse_sender
from ingest.htmltext import html_reply_text, html_to_text
from ingest.quotes import (
    SEPARATOR_RE,
    Boundary,
    BoundaryKind,
    find_boundaries,
    forward_marker_at,
    header_block_end,
    header_key,
    is_quoted,
    is_snip,
)
from ingest.signatures import split_signature

__all__ = ["ForwardedMessage", "NewText", "extract_new_text", "html_to_text"]


@dataclass(frozen=True)
class ForwardedMessage:
    """The message inside a forward."""

    author_name: str | None
    author_email: str | None  # lower-cased address, None if not parseable
    date: datetime | None  # aware if the forwarded header gave a zone
    subject: str | None
    text: str  # the forwarded body's own new text, quotes/signature stripped


@dataclass(frozen=True)
class NewText:
    """What the author of a message newly wrote."""

    reply_text: str  # new text only: quoted history and signature removed, stripped
    signature: str | None
    forwarded: ForwardedMessage | None  # set when the message is (mostly) a forward
    forward_note: str  # text the forwarder wrote above the forward ("" if none)


# A forward keeps its "forward" reading only under a short note; a long text
# above a forwarded message is the author's own mail with history attached.
FORWARD_NOTE_MAX_CHARS = 1000
FORWARD_NOTE_MAX_LINES = 15
# Forwards of forwards are unwrapped this deep at most.
_MAX_DEPTH = 4

# (with the direction embeddings and isolates Gmail wraps a right-to-left attribution in:
# "\u202bבתאריך ... מאת \u202aDana <dana@...>\u202c:\u202c" hides the colon that ends it)
_INVISIBLE_RE = re.compile("[\ufeff\u200b\u200c\u200d\u200e\u200f\u2060\u00ad\u202a-\u202e\u2066-\u2069]")
_BLANK_RUN_RE = re.compile(r"\n{3,}")
_QP_ESCAPE_RE = re.compile(r"=(?:[89A-F][0-9A-F]|3D|20)")
_FORWARD_SUBJECT_LINE_RE = re.compile(
    r"^\s*(?:fwd?|fw|wg|tr|doorst|rv|enc)\s*:\s*\S", re.IGNORECASE
)
_GREETING_RE = re.compile(
    r"^(?:hi|hello|hey|dear|hej|hallo|hoi|bonjour|salut|hola|ciao|cześć|czesc|witam|olá|ola|"
    r"moin|servus|guten (?:morgen|tag|abend)|good (?:morning|afternoon|evening)|greetings|"
    r"привет|здравствуйте|こんにちは)\b.{0,40}$",
    re.IGNORECASE,
)
_BANNER_START_RE = re.compile(
    r"^\W{0,3}(?:caution|warning|attention|external|notice|\[external\]|\[ext\])\b", re.IGNORECASE
)
_BANNER_HINT_RE = re.compile(
    r"originated (?:from )?outside|external (?:sender|email)|outside (?:of )?(?:the|this|your|our) "
    r"(?:organi[sz]ation|company|network)|do not click links",
    re.IGNORECASE,
)


def extract_new_text(
    text: str | None, html: str | None = None, *, subject: str | None = None
) -> NewText:
    """Return the new text of a message body.

    ``text`` is the decoded text/plain body; ``html`` is used only when
    ``text`` is empty.  ``subject`` (optional) is the message's own Subject:
    a "Fwd:"/"FW:" prefix lets an Outlook-style header block under a note
    count as a forward, which it otherwise only does with no note at all.
    """
    try:
        return _extract(text, html, subject, 0)
    except Exception:  # noqa: BLE001 - one odd body must never stop ingestion
        fallback = text if text and text.strip() else (_html_to_text_safe(html) if html else "")
        return NewText(reply_text=fallback.strip(), signature=None, forwarded=None, forward_note="")


def _html_to_text_safe(html: str) -> str:
    try:
        return html_to_text(html)
    except Exception:  # noqa: BLE001 - fallback path of a never-raising API
        return ""


def _extract(text: str | None, html: str | None, subject: str | None, depth: int) -> NewText:
    if text and text.strip():
        return _from_plain(text, subject, depth)
    if html and html.strip():
        full = _dehtml(html_to_text(html))
        # Forwards live inside the very containers quote removal drops, so
        # look for one in the complete text first.
        forward = _forward_in_plain(full, subject, depth)
        if forward is not None:
            return forward
        reply = _dehtml(html_reply_text(html))
        return _from_plain(reply if reply.strip() else full, subject, depth)
    return NewText(reply_text="", signature=None, forwarded=None, forward_note="")


def _dehtml(text: str) -> str:
    # Indentation in rendered HTML is layout (blockquote padding), not content.
    return "\n".join(line.strip() for line in text.split("\n"))


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE_RE.sub("", text).replace("\xa0", " ")
    text = _undo_stray_quoted_printable(text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _undo_stray_quoted_printable(text: str) -> str:
    """Decode a body that reached us still quoted-printable encoded.

    Only when it has both soft line breaks and escapes of non-ASCII bytes or
    "=" / space, and decodes to valid UTF-8: a stray "=" at a line end alone
    (code, ASCII art) is left alone.
    """
    if "=\n" not in text or not _QP_ESCAPE_RE.search(text):
        return text
    try:
        return quopri.decodestring(text.encode("utf-8")).decode("utf-8")
    except (UnicodeDecodeError, ValueError):
        return text


def _clean(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and (not lines[-1].strip() or SEPARATOR_RE.match(lines[-1])):
        lines.pop()
    return _BLANK_RUN_RE.sub("\n\n", "\n".join(lines)).strip("\n").strip()


def _strip_banner(lines: list[str]) -> list[str]:
    """Drop an "external sender" warning paragraph at the top of a body."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not _BANNER_START_RE.match(lines[first].strip()):
        return lines
    end = first
    while end < len(lines) and lines[end].strip():
        end += 1
    paragraph = " ".join(lines[first:end])
    if len(paragraph) <= 800 and _BANNER_HINT_RE.search(paragraph):
        return lines[:first] + lines[end:]
    return lines


def _is_greeting_only(lines: list[str]) -> bool:
    return 0 < len(lines) <= 2 and all(
        len(line.strip()) <= 50 and _GREETING_RE.match(line.strip()) for line in lines
    )


def _next_nonblank(lines: list[str], index: int, limit: int | None = None) -> int | None:
    stop = len(lines) if limit is None else min(len(lines), index + limit)
    for idx in range(index, stop):
        if lines[idx].strip():
            return idx
    return None


def _unquoted(lines: list[str]) -> list[str]:
    """Drop quoted lines; each removed quote block leaves a paragraph break."""
    out: list[str] = []
    for line in lines:
        if not is_quoted(line):
            out.append(line)
        elif out and out[-1] != "":
            out.append("")
    return out


def _new_lines(lines: list[str], boundaries: list[Boundary]) -> list[str]:
    """The author's lines: unquoted text above the first boundary, or the
    inline answers of a bottom-posted/interleaved reply."""
    if not boundaries:
        return _unquoted(lines)
    first = boundaries[0]
    above = _unquoted(lines[: first.start])
    above_content = [line for line in above if line.strip()]
    if first.kind is BoundaryKind.ATTRIBUTION and (
        not above_content or _is_greeting_only(above_content)
    ):
        nxt = _next_nonblank(lines, first.end)
        while nxt is not None and is_snip(lines[nxt]):
            nxt = _next_nonblank(lines, nxt + 1)
        if nxt is not None and is_quoted(lines[nxt]):
            stop = boundaries[1].start if len(boundaries) > 1 else len(lines)
            after = _unquoted([line for line in lines[first.end : stop] if not is_snip(line)])
            if any(line.strip() for line in after):
                return above + [""] + after
    return above


def _body_text(lines: list[str]) -> tuple[str, str | None]:
    body = _clean("\n".join(_strip_banner(lines)))
    reply, signature = split_signature(body)
    return _clean(reply), signature


def _forward_in_plain(text: str, subject: str | None, depth: int) -> NewText | None:
    lines = _normalise(text).split("\n")
    boundaries = find_boundaries(lines)
    if boundaries and depth < _MAX_DEPTH:
        return _as_forward(lines, boundaries[0], subject, depth)
    return None


def _unquote_forward(lines: list[str], subject: str | None) -> list[str]:
    """A Fwd: whose forwarded part the mail client quoted ("> Begin forwarded message:"):
    the part unquoted one level, so it reads as the forward it is."""
    if not is_forward_subject(subject):
        return lines
    for i, line in enumerate(lines):
        if line.startswith(">") and forward_marker_at([_QUOTE_LEVEL.sub("", line, count=1)], 0):
            return lines[:i] + [_QUOTE_LEVEL.sub("", rest, count=1) for rest in lines[i:]]
    return lines


_QUOTE_LEVEL = re.compile(r"^> ?")
_INLINE_ANNOUNCED = re.compile(
    r"\b(?:comments?|answers?|replies|responses|notes|remarks)\s+(?:are\s+)?(?:in\s+(?:red|blue|green|bold|colou?r)|inline|in[- ]line|"
    r"below\s+in\s+(?:red|blue|green|bold))\b|\b(?:answered|replied|commented)\s+(?:inline|in[- ]line|in\s+(?:red|blue))\b",
    re.IGNORECASE)
# "EJ > Pre-cut in the factory." / "[EJ] Yes, by the 27th."
_INLINE_ANSWER = re.compile(r"^(?:[A-Z]{2,3}\s*>|\[[A-Z]{2,3}\]:?)\s*(?P<said>\S.*)$")


def _from_plain(text: str, subject: str | None, depth: int) -> NewText:
    lines = _unquote_forward(_normalise(text).split("\n"), subject)
    boundaries = find_boundaries(lines)
    if boundaries and depth < _MAX_DEPTH:
        forward = _as_forward(lines, boundaries[0], subject, depth)
        if forward is not None:
            return forward
    reply, signature = _body_text(_new_lines(lines, boundaries))
    if boundaries and _INLINE_ANNOUNCED.search(reply):
        # "See my comments in red below": the answers written into the quoted mail are new
        # text too (their colour is lost in plain text; the writer's initials mark them)
        answers = [m.group("said").strip() for line in lines[boundaries[0].start:]
                   if (m := _INLINE_ANSWER.match(_QUOTE_LEVEL.sub("", line.strip())))]
        if answers:
            reply = reply + "\n\n" + "\n\n".join(answers)
    return NewText(reply_text=reply, signature=signature, forwarded=None, forward_note="")


def _as_forward(
    lines: list[str], first: Boundary, subject: str | None, depth: int
) -> NewText | None:
    if first.kind is BoundaryKind.ATTRIBUTION:
        return None
    note_lines = _unquoted(lines[: first.start])
    first_note = _next_nonblank(note_lines, 0)
    announced = is_forward_subject(subject)
    if first_note is not None and _FORWARD_SUBJECT_LINE_RE.match(note_lines[first_note]):
        # "FW: <subject>" pasted above the header block: an echo, not a note.
        announced = True
        del note_lines[first_note]
    note, signature = _body_text(note_lines)
    short_note = (
        len(note) <= FORWARD_NOTE_MAX_CHARS
        and sum(1 for line in note.split("\n") if line.strip()) <= FORWARD_NOTE_MAX_LINES
    )
    if first.kind is BoundaryKind.FORWARD:
        is_forward = short_note
    else:
        # "Original Message" separators and bare header blocks start replies
        # as often as forwards; only an empty note or a Fwd subject decides.
        is_forward = not note or (announced and short_note)
    if not is_forward:
        return None
    lines = lines[: first.end] + _one_quote_level_off(lines[first.end:])
    fields, body_start = _forward_headers(lines, first)
    inner = _from_plain("\n".join(lines[body_start:]), None, depth + 1)
    author_name, author_email = parse_sender(fields.get("from"))
    forwarded = ForwardedMessage(
        author_name=author_name,
        author_email=author_email,
        date=parse_date(fields.get("date")),
        subject=fields.get("subject") or None,
        text=inner.reply_text,
    )
    if inner.forwarded is not None and not inner.forward_note:
        # A forward of a bare forward: the original author is the inner one.
        forwarded = inner.forwarded
    reply_text = forwarded.text if not note else f"{note}\n\n{forwarded.text}".strip()
    return NewText(
        reply_text=reply_text, signature=signature, forwarded=forwarded, forward_note=note
    )


def _one_quote_level_off(lines: list[str]) -> list[str]:
    """Apple Mail's plain text quotes the whole forwarded message under "Begin forwarded
    message:" ("> From: ...", "> Date: ...", "> body"): read without its ">" it is a
    forward like any other.  Lines not all quoted are left as they are."""
    said = [line for line in lines if line.strip()]
    if not said or not all(line.lstrip().startswith(">") for line in said):
        return lines
    return [re.sub(r"^\s*> ?", "", line) for line in lines]


def _forward_headers(lines: list[str], first: Boundary) -> tuple[dict[str, str], int]:
    """Header fields under a forward marker and the index where the body starts."""
    if first.kind is BoundaryKind.HEADER_BLOCK:
        start = first.start
        if header_key(lines[start]) is None:  # a separator line above the block
            start = _next_nonblank(lines, start + 1) or start
        block = header_block_end(lines, start)
        if block is not None:
            return block[1], block[0]
        return {}, first.end
    nxt = _next_nonblank(lines, first.end, limit=4)
    if nxt is not None and header_key(lines[nxt]) is not None:
        block = header_block_end(lines, nxt)
        if block is not None:
            return block[1], block[0]
    return {}, first.end
