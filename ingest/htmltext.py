"""HTML mail bodies: conversion to plain text and removal of quote containers.

Conversion (``html_to_text``) keeps everything, quotes included, because
forward detection needs the forwarded content.  ``strip_html_quotes`` removes
the containers that mail clients put quoted history in (Gmail, Outlook web,
Apple Mail, Thunderbird, Yahoo) so that what is left is the author's new text.
"""

from __future__ import annotations

import html as html_entities
import re
import textwrap

from inscriptis import Inscriptis
from inscriptis.model.config import ParserConfig
from lxml import etree
from lxml import html as lxml_html

_CONFIG = ParserConfig(display_links=False, display_images=False)

# Clients sometimes paste "Jane <jane@example.com>" into HTML unescaped; a parser
# reads "<jane@example.com>" as an unknown tag and the address vanishes.
_RAW_ADDRESS_RE = re.compile(r"<([^\s<>@\"'=/]{1,64}@[^\s<>@\"'=/]{1,255})>")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.IGNORECASE)
_TAG_RE = re.compile(r"<[^<>]{0,2000}>")
_BLANK_RUN_RE = re.compile(r"\n{3,}")

# XPath for elements that hold quoted history and can simply be dropped.
_QUOTE_CONTAINERS = (
    "//blockquote"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' gmail_quote ')]"
    " | //*[contains(@class, 'gmail_quote_container')]"
    " | //*[contains(@class, 'yahoo_quoted')]"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' moz-cite-prefix ')]"
    " | //*[@id='OLK_SRC_BODY_SECTION']"
)
# Markers after which the rest of the document is history (Outlook web, Zimbra).
_CUT_MARKERS = "//*[@id='divRplyFwdMsg'] | //*[@id='appendonsend'] | //hr[@id='zwchr']"


def _prepare(html: str) -> str:
    html = _XML_DECL_RE.sub("", html)
    html = _CONTROL_RE.sub("", html)
    return _RAW_ADDRESS_RE.sub(r"&lt;\1&gt;", html)


def _parse(html: str) -> lxml_html.HtmlElement | None:
    prepared = _prepare(html)
    if not prepared.strip():
        return None
    try:
        return lxml_html.document_fromstring(prepared)
    except (etree.ParserError, ValueError, TypeError):
        return None


def _tidy(text: str) -> str:
    text = text.replace("\xa0", " ").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    text = textwrap.dedent("\n".join(lines))
    return _BLANK_RUN_RE.sub("\n\n", text).strip("\n")


def _crude_text(html: str) -> str:
    """Last-resort conversion when the HTML cannot be parsed or rendered."""
    text = re.sub(r"(?i)<br\s*/?>|</p\s*>|</div\s*>", "\n", html)
    return _tidy(html_entities.unescape(_TAG_RE.sub("", text)))


def _render(tree: lxml_html.HtmlElement) -> str:
    return Inscriptis(tree, _CONFIG).get_text()


def html_to_text(html: str) -> str:
    """Convert an HTML body to plain text, keeping all of it (quotes too)."""
    if not html or not html.strip():
        return ""
    tree = _parse(html)
    if tree is None:
        return _crude_text(html)
    try:
        return _tidy(_render(tree))
    except RecursionError:
        # Deeply nested markup (hostile or broken) exceeds the renderer's stack.
        return _crude_text(html)


def _cut_after(element: lxml_html.HtmlElement) -> None:
    """Remove ``element`` and everything that follows it in document order."""
    node = element
    while True:
        parent = node.getparent()
        if parent is None or node.tag in ("body", "html"):
            break
        for sibling in list(node.itersiblings()):
            parent.remove(sibling)
        node.tail = None
        node = parent
    previous = element.getprevious()
    if previous is not None and previous.tag == "hr":
        previous.drop_tree()
    if element.getparent() is not None:
        element.drop_tree()


def strip_html_quotes(html: str) -> str:
    """Return ``html`` with quote containers removed, serialised again as HTML."""
    tree = _parse(html)
    if tree is None:
        return html
    try:
        for marker in tree.xpath(_CUT_MARKERS):
            if marker.getparent() is not None and _attached(marker, tree):
                _cut_after(marker)
        for element in tree.xpath(_QUOTE_CONTAINERS):
            if element.getparent() is not None and _attached(element, tree):
                element.drop_tree()
        return lxml_html.tostring(tree, encoding="unicode")
    except (RecursionError, ValueError):
        return html


def _attached(element: lxml_html.HtmlElement, root: lxml_html.HtmlElement) -> bool:
    """False once an ancestor was already removed from the tree."""
    node = element
    depth = 0
    while node is not None and depth < 10_000:
        if node is root:
            return True
        node = node.getparent()
        depth += 1
    return False


def html_reply_text(html: str) -> str:
    """Plain text of ``html`` without its quote containers."""
    return html_to_text(strip_html_quotes(html))
