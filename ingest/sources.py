"""Where raw mail comes from on the command line: .eml files, mbox files (streamed, so
memory does not grow with the file), Maildir folders, folders of .eml files, and stdin."""
from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ingest.errors import SourceError

# "From sender date" separators; a body line like "From here on..." has no time or year
_MBOX_FROM = re.compile(rb"^From (\S*)[ \t]*(.*\d{4}.*|.*\d:\d\d.*|\S+@\S+.*|)\r?$")
_ESCAPED_FROM = re.compile(rb"^>+From ")


def iter_mbox_stream(stream: BinaryIO, label: str) -> Iterator[tuple[str, bytes]]:
    """Split an mbox on its "From " separator lines, one message in memory at a time.

    A "From " line only starts a message after a blank line (or at the top), which is how
    mboxo/mboxrd writers separate messages; ">From " escapes are undone (mboxrd)."""
    current: list[bytes] = []
    index = 0
    previous_blank = True
    started = False
    for line in stream:
        if line.startswith(b"From ") and ((not started) or (previous_blank and _MBOX_FROM.match(line.rstrip(b"\n")))):
            if started and current:
                yield f"{label}#{index}", _finish(current)
                index += 1
            current = []
            started = True
            previous_blank = False
            continue
        if not started:
            if line.strip():
                raise SourceError(f"{label}: not an mbox file (no 'From ' line at the top)")
            continue
        if _ESCAPED_FROM.match(line):
            line = line[1:]
        current.append(line)
        previous_blank = line in (b"\n", b"\r\n")
    if started and current:
        yield f"{label}#{index}", _finish(current)


def _finish(lines: list[bytes]) -> bytes:
    data = b"".join(lines)
    # the blank line before the next "From " belongs to the mbox format, not the message
    if data.endswith(b"\r\n\r\n"):
        data = data[:-2]
    elif data.endswith(b"\n\n"):
        data = data[:-1]
    return data


def is_maildir(path: Path) -> bool:
    return path.is_dir() and ((path / "cur").is_dir() or (path / "new").is_dir())


def _looks_like_mbox(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(5)
    return head == b"From "


def iter_path(path_text: str, stdin: BinaryIO | None = None) -> Iterator[tuple[str, bytes]]:
    """(source label, raw bytes) for every message under one CLI argument."""
    if path_text == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read()
        if not data.strip():
            raise SourceError("stdin: no message")
        if data.startswith(b"From ") and b"\nFrom " in data:
            import io

            yield from iter_mbox_stream(io.BytesIO(data), "stdin")
        else:
            yield "stdin", data
        return
    path = Path(path_text)
    if not path.exists():
        raise SourceError(f"{path_text}: no such file or folder")
    if is_maildir(path):
        for sub in ("new", "cur"):
            if not (path / sub).is_dir():
                continue
            for entry in sorted(os.scandir(path / sub), key=lambda e: e.name):
                if entry.is_file() and not entry.name.startswith("."):
                    yield f"maildir:{entry.path}", _read(Path(entry.path))
        return
    if path.is_dir():
        found = False
        for child in sorted(path.iterdir()):
            if child.name.startswith("."):
                continue
            if child.is_file() or is_maildir(child):
                found = True
                yield from iter_path(str(child))
        if not found:
            raise SourceError(f"{path_text}: folder holds no mail")
        return
    if _looks_like_mbox(path):
        try:
            with path.open("rb") as fh:
                yield from iter_mbox_stream(fh, f"mbox:{path}")
        except OSError as exc:
            raise SourceError(f"{path_text}: {exc.strerror or exc}") from exc
        return
    data = _read(path)
    if not data.strip():
        raise SourceError(f"{path_text}: empty file")
    yield f"file:{path}", data


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: {exc.strerror or exc}") from exc
