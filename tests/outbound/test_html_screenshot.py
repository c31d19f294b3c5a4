"""Headless-Chromium smoke test: the weekly update HTML renders to a real picture.

Skipped when no chromium binary is installed (Debian: apt-get install chromium).
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from outbound.render import Renderer
from outbound.samples import sample_context

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def screenshot(
    html_file: Path, png_file: Path, profile_dir: Path, width: int = 800, height: int = 1200
) -> None:
    """Render `html_file` with headless Chromium into `png_file` (no network, throwaway profile)."""
    assert CHROMIUM is not None
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--user-data-dir={profile_dir}",
            f"--screenshot={png_file}",
            f"--window-size={width},{height}",
            html_file.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=90,
    )


@pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (Debian: apt-get install chromium)"
)
@pytest.mark.timeout(120)
def test_weekly_update_html_screenshot(tmp_path: Path) -> None:
    rendered = Renderer().render(
        "weekly_update",
        "client",
        sample_context("weekly_update", unsubscribe_url="mailto:unsub@example.org"),
    )
    html_file = tmp_path / "weekly_update.html"
    html_file.write_text(rendered.html, encoding="utf-8")
    png_file = tmp_path / "weekly_update.png"

    screenshot(html_file, png_file, tmp_path / "profile")

    data = png_file.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    # First chunk must be IHDR: length(4) type(4) width(4) height(4)
    length, chunk_type, width, height = struct.unpack(">I4sII", data[8:24])
    assert chunk_type == b"IHDR" and length == 13
    assert (width, height) == (800, 1200)
    # A blank page compresses to a few KB; real text and colour blocks do not.
    assert len(data) > 10_000
