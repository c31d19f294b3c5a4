"""Cut the new text of an email into lines and sentences for the extraction rules.

Mail bodies are hard-wrapped at ~72 columns, so a sentence may span lines; bullets and
numbered items, on the other hand, are separate statements even without a full stop.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ASIDE_IN_BRACKETS", "LIST_MARKER", "Unit", "normalise", "split_sentences", "strip_bullet", "units_from_lines"]

# Longer "sentences" are not prose a person wrote (pasted logs, base64, minified text);
# skipping them keeps every rule linear in practice and costs no real items.
MAX_SENTENCE_CHARS = 600

# An aside in brackets ("by Thursday 19th (Wednesday the 18th is our Independence Day)"): what
# it says is no part of the sentence's claim
ASIDE_IN_BRACKETS = re.compile(r"\s*\([^()]{3,200}\)")

# "-", "•", "1.", "2)", "14.1" (a report's numbered action points), "1- " (and "١- " in Arabic digits), "a)", "b.", "(c)", "iv)",
# "#1 -" (a reply ticking off a numbered list): a list item's marker
# ("·" is how Outlook writes a Symbol-font bullet in the plain-text part)
LIST_MARKER = r"(?:[-*•+‣◦▪·]|\d{1,2}\.\d{1,2}(?=\s+[A-Z])|\d{1,2}[.)]|\d{1,2}[-–](?=\s)|\(?[a-zA-Z]\)|[a-z]\.|\(\d{1,2}\)|\(?[ivx]{1,4}\)|#\d{1,2}(?:\s*[-–—:.)])?)"
_BULLET = re.compile(r"^\s{0,8}" + LIST_MARKER + r"\s+")
_TRANSLATE = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
})
# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset({
    "e.g", "i.e", "etc", "vs", "approx", "mr", "mrs", "ms", "dr", "prof", "inc", "ltd",
    "co", "corp", "no", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "fig", "cf", "al",
    "a.m", "p.m", "incl", "excl",
    # titles before a name: "the founders agreed that Eng. Karim Nabil will be the sole director"
    "eng", "engr", "arch", "atty", "capt", "gen", "sr", "jr",
    # ("please take the time Fr. Mario needs")
    "fr", "rev", "mgr", "hon", "mme", "mlle", "dott", "sra", "srta", "sgt", "lt", "col",
})
_MONTHS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_DAY_NUMBER = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?$")
# A bullet line shorter than this was not hard-wrapped, so an unindented line after it
# starts a new statement ("- then back on Stripe" / "Marta, could you ...").
_WRAPPED_BULLET_CHARS = 60
_AT_TURN = re.compile(r"@[A-Za-z][\w.'-]*\b")
# "0:12 – the balance ..." / "12:40 - can you cut ...": a note at a timecode of a cut
_TIMECODE_LINE = re.compile(r"(?:at\s+|@\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[-–]\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[-–—:]\s")
# "Permit" / "Open point" / "Next steps": a short capitalised line of its own
_HEADING = re.compile(r"^[A-Z][\w&/'-]*(?:\s+[\w&/'-]+){0,2}$")
# Casual mail uses an emoji as its full stop: "nice one 🙌 lab's booked for fri".
_EMOJI = r"[\U0001F300-\U0001FAFF\u2600-\u27BF][\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f\u200d]*"
# (an emoji after "!!" ends the sentence it follows: "Ok garden roses it is!! 🌹 Paying ...")
_EMOJI_AFTER_STOP = re.compile(r"(?<=[.!?\"')\]])(?:\s*" + _EMOJI + r")+$")
# ("who's buying teh tarik this afternoon ah? 😂": a question asked for a laugh keeps the laugh)
_LAUGH = "[\U0001F602\U0001F923\U0001F605\U0001F606\U0001F604\U0001F601\U0001F61C\U0001F609]"
_LAUGHED_AT = re.compile(r"\?\s*" + _LAUGH + r"[\ufe0f]*\s*$")
_LAUGH_ONLY = re.compile(r"(?:" + _LAUGH + r"[\ufe0f]*\s*)+")
# (the Devanagari and Burmese full stops "।", "။" end a sentence too)
_BOUNDARY = re.compile(r"(?:[.!?।။]+[\"')\]]*(?:\s*" + _EMOJI + r")*|[.!?]*\s*" + _EMOJI + r"(?:\s*" + _EMOJI + r")*)\s+")


@dataclass(frozen=True)
class Unit:
    """One sentence (or bullet item) of prose, with where it came from."""

    text: str
    line_no: int
    paragraph: int
    from_bullet: bool


def normalise(text: str) -> str:
    """Unify line ends, quotes and odd spaces so the rules see one spelling."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_TRANSLATE)
    if " itself" in text:
        text = _DAY_ITSELF.sub(r"\1", text)
    if " po" in text:
        text = _POLITE_PARTICLE.sub("", text)
    return _THAI_PARTICLE.sub("", text) if " k" in text else text


# Indian English: "I will start today itself" is "this very day"; the word adds nothing
_DAY_ITSELF = re.compile(r"\b(today|tomorrow|tonight|now|this (?:morning|afternoon|evening|week))\s+itself\b", re.IGNORECASE)


# Filipino English: "First cut of ep 1 is up po in the Drive" / "Intro bed is up na po" /
# "Yes po, renewed na last week": the courtesy particle carries no meaning for the rules
_POLITE_PARTICLE = re.compile(r"(?<=[a-z0-9'])(?:\s+na)?\s+po\b(?=\s*[,.!?;:()–—-]|\s*$|\s+(?:in|on|at|for|to|from|and|but|sa|the|"
                              r"thank|thanks|salamat|we|i|ma'am|sir|so|if|already|is|are)\b)", re.MULTILINE)

# Thai English: "can I send the photos to you within Friday 6 Nov instead ka?" / "we will
# increase the budget to THB 80,000 krub, because ..." / "Please advise ka."
_THAI_PARTICLE = re.compile(r"(?<=[a-z0-9')])(?:\s+na)?\s+(?:ka|kha|krub|khrub|krab|khrap|krap)\b(?=\s*[,.!?;:]|\s*$)", re.MULTILINE)


def strip_bullet(line: str) -> tuple[str, bool]:
    """Remove a leading list marker; say whether there was one."""
    m = _BULLET.match(line)
    if m:
        return line[m.end():].strip(), True
    return line.strip(), False


def split_sentences(block: str) -> list[str]:
    """Split prose at sentence ends, leaving abbreviations ("e.g.", "Dec.") alone."""
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(block):
        end = m.end()
        punct = m.group(0).strip()
        if punct.startswith("."):
            before = block[start:m.start()].rsplit(None, 1)
            word = before[-1].lower().strip("(") if before else ""
            nxt = block[end:end + 1]
            if word in _MONTHS and nxt.isupper() and len(before) > 1 and _DAY_NUMBER.search(before[0]):
                # "goes out on 24 Nov. We're keeping it ungated": a date ends the sentence
                pass
            elif word == "no" and re.match(r"(?:I|[A-Z][a-z']+)\b(?![\d-])", block[end:]):
                # "Honestly, no. Let's go with ...": the answer, not "No. 5"
                pass
            elif word in _ABBREVIATIONS or len(word) == 1 and word.isalpha() and not _LABELLED_LETTER.search(block[start:m.start()]):
                continue
            elif re.fullmatch(r"\d{1,2}", word) and (re.match(r"\d{1,2}\.", block[end:]) or not nxt.isupper() and re.search(
                    r"(?:^|\s)\d{1,2}\.\s\d{1,2}$", block[start:m.start()])):
                # "do piatku 6. 11. proof of concept": a day and month as Central Europe writes them
                continue
            if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "\"'(@#[*-") and not _terse_boundary(
                    block[start:m.start()], word):
                continue
        elif punct[:1] in "!?" and punct[-1:] in "\"'”’" and block[end:end + 1].islower():
            # ('drop the "Hot!" flash on the front': a quoted exclamation inside the sentence)
            continue
        piece = block[start:end].strip()
        piece = piece if _LAUGHED_AT.search(piece) else _EMOJI_AFTER_STOP.sub("", piece)
        if piece:
            out.append(piece)
        start = end
    tail = block[start:].strip()
    if tail and out and out[-1].endswith("?") and _LAUGH_ONLY.fullmatch(tail):
        out[-1] = f"{out[-1]} {tail}"
    elif tail:
        out.append(tail)
    return _join_bare_deadlines(out)


# "Hold 12 super-jeeps with Fjallasýn for Friday 29 Jan. By Thursday.": a deadline said as a
# fragment of its own belongs to the sentence before it
_BARE_DEADLINE = re.compile(
    r"^(?:by|before|no later than|latest by)\s+(?:(?:this|next|the|coming)\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|end of (?:the )?(?:day|week|month)|eod|cob|"
    r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:[./]\d{1,2}\.?)?(?:\s+[A-Z][a-z]{2,8})?|[A-Z][a-z]{2,8}\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:,?\s+(?:please|pls|latest|at the latest))?\s*[.!]*$",
    re.IGNORECASE)


def _join_bare_deadlines(pieces: list[str]) -> list[str]:
    """The sentences, with each bare deadline fragment joined to the sentence before it."""
    out: list[str] = []
    for piece in pieces:
        if out and _BARE_DEADLINE.match(piece) and out[-1].endswith((".", "!")) and not out[-1].endswith(".."):
            out[-1] = f"{out[-1].rstrip('.!')}, {piece[0].lower()}{piece[1:]}"
        else:
            out.append(piece)
    return out


# "the cold look from mood board B. The client finds ...": a letter that names an option
# ends the sentence ("J. Smith" is an initial)
_LABELLED_LETTER = re.compile(r"\b(?:option|board|plan|version|variant|phase|scenario|room|building|block|wing|gate|zone|stage|"
                              r"level|type|grade|model|size|route|layout|concept|direction|proposal|draft|plot|unit|hall)\s+[A-Z]$",
                              re.IGNORECASE)


def _terse_boundary(piece: str, word: str) -> bool:
    """"creds still not here. blocked until IT sends them." - people who never capitalise
    still end sentences: a full stop after a plain word of a multi-word sentence counts, and
    after a number or a time ("custodian had the hatch open when we pulled in at 530. rails n
    panels all got staged thurs")."""
    plain = word.isalpha() and len(word) >= 2 or re.fullmatch(r"\d{1,4}(?:[/:]\d{1,4})*", word) is not None
    return plain and len(piece.split()) >= 3


def units_from_lines(lines: list[tuple[int, str]]) -> list[Unit]:
    """Turn (line number, line) pairs into sentences.

    Blank lines end a paragraph; a bullet starts a new item; other lines continue the
    current paragraph (undoing hard wrapping).
    """
    units: list[Unit] = []
    paragraph = 0
    buf: list[str] = []
    buf_line = 0
    buf_bullet = False
    prev_no = -2
    prev_raw = ""

    def flush() -> None:
        if buf:
            for sentence in split_sentences(" ".join(buf)):
                if len(sentence) <= MAX_SENTENCE_CHARS:
                    units.append(Unit(sentence, buf_line, paragraph, buf_bullet))
            buf.clear()

    for line_no, raw in lines:
        if not raw.strip() or line_no != prev_no + 1:
            flush()
            paragraph += 1
            prev_no = line_no
            if not raw.strip():
                continue
        body, is_bullet = strip_bullet(raw)
        if is_bullet or (buf_bullet and buf and not raw[:1].isspace()
                         and len(prev_raw.rstrip()) < _WRAPPED_BULLET_CHARS) or (
                len(buf) == 1 and not buf_bullet and _HEADING.match(buf[0]) and body[:1].isupper()) or (
                buf and (_AT_TURN.match(body) or _TIMECODE_LINE.match(body))):
            # ("Open point" over "Tom, do you want ...": a heading is not the sentence's start;
            # "... need it for the redirect map" over "@Thando can you ...": a new turn;
            # each timecoded note its own)
            flush()
        if not buf:
            buf_line, buf_bullet = line_no, is_bullet
        buf.append(body)
        prev_no = line_no
        prev_raw = raw
    flush()
    return units
