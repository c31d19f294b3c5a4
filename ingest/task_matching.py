"""Find which open task a sentence talks about ("The logo files are done" ->
task "Send over the logo files") by overlap of content words with task titles.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

from ingest.extraction_types import KnownTask

__all__ = ["content_words", "generic_words", "head_word", "hint_fits", "match_known_task", "match_task_hint", "task_by_its_work", "task_named_by"]

_STOPWORDS = frozenset(["a", "an", "the", "and", "or", "but", "of", "for", "to", "on", "in", "at", "by", "with", "from", "into", "onto", "over", "under", "about", "up", "out", "off", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "it's", "this", "that", "these", "those", "there", "here", "our", "your", "my", "their", "his", "her", "we", "you", "i", "they", "he", "she", "them", "us", "me", "new", "final", "all", "some", "any", "each", "every", "just", "now", "still", "already", "also", "then", "than", "so", "as", "if", "not", "no", "yes", "please", "thanks", "done", "will", "would", "can", "could", "should", "shall", "may", "might", "must", "have", "has", "had", "do", "does", "did", "get", "got", "make", "made", "send", "sent", "sending", "review", "reviewed", "update", "updated", "updating", "prepare", "prepared", "finish", "finished", "complete", "completed", "deliver", "delivered", "provide", "provided", "create", "created", "write", "written", "draft", "drafted", "set", "first", "full", "whole", "entire",
    # contractions carry no topic ("I can't verify the domain" is about the domain)
    "can't", "cannot", "won't", "don't", "didn't", "doesn't", "isn't", "aren't", "wasn't", "i'm", "i've", "i'll", "i'd",
    "we're", "we've", "we'll", "we'd", "it'll", "let's", "there's", "that's", "you're", "you'll", "instead"])
_WORD = re.compile(r"[a-z0-9][a-z0-9+'/-]*")


def _stem(word: str) -> str:
    word = word.strip("'/-")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("xes", "ches", "shes", "sses", "zes")):
        # "fixes" -> "fix", "batches" -> "batch", "addresses" -> "address"
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


# Words people use for the same deliverable ("the shoot" is the "Product photography" task):
# each maps to one spelling so the overlap counts it.  Only unambiguous groups.
_SYNONYMS = {
    "photo": "photo", "photography": "photo", "photograph": "photo", "photoshoot": "photo", "shoot": "photo",
    "pic": "photo", "picture": "photo", "headshot": "photo",
    "deck": "deck", "presentation": "deck", "slide": "deck", "slidedeck": "deck",
    "estimate": "estimate", "quote": "estimate", "quotation": "estimate", "costing": "estimate",
    "contract": "contract", "agreement": "contract",
    "mockup": "mockup", "mock-up": "mockup", "mock": "mockup", "comp": "mockup",
    "doc": "doc", "document": "doc", "documentation": "doc",
    "spec": "spec", "specification": "spec",
    "website": "site", "site": "site",
    "invoice": "invoice", "bill": "invoice",
    # ("we'll have the forms back to you" restates "Return the signed compliance forms")
    "back": "return",
    "copywriting": "copy", "copy": "copy",
    "newsletter": "newsletter", "mailer": "newsletter",
    # ("Our comments are in the attached file" is the "send us your feedback" task)
    "feedback": "feedback", "comment": "feedback", "remark": "feedback",
    # abbreviations for the same thing ("PO already sent" is the "purchase order" task)
    "po": "purchase", "nda": "nda", "cred": "credential", "credential": "credential", "login": "credential",
    "repo": "repository", "repository": "repository", "env": "environment", "environment": "environment",
    "ytd": "year-to-date", "year-to-date": "year-to-date",
    # the work and its noun ("move the flight" is the "fly all 14 blocks" task)
    "flight": "fly", "submission": "submit", "installation": "install", "approval": "approve", "signature": "sign",
    "translation": "translate", "shipment": "ship", "payment": "pay", "booking": "book", "recording": "record",
    # ("Koffi has booked the voice actress" is the "Book the voice actor" task)
    "actress": "actor",
}


# one thing written as one word or two ("Proforma Invoice" / "pro forma invoice")
_SPLIT_COMPOUND = re.compile(r"\b(pro[\s-]forma|e-mail)\b")


# two words joined by a hyphen, each of four letters or more ("deck-plan", not "one-page",
# "30-second" or "proof-of-concept")
_TWO_WORDS = re.compile(r"([a-z]{4,})-([a-z]{4,})")


def _pieces(raw: str) -> list[str]:
    """"logo/icons" is two things; "deck-plan" the words "deck plans" say too, unless the
    hyphen makes one word of its own ("mock-up") or a term ("proof-of-concept")."""
    pieces: list[str] = []
    for piece in raw.split("/"):
        pair = _TWO_WORDS.fullmatch(piece)
        if pair is not None and _stem(piece) not in _SYNONYMS and not _STOPWORDS.intersection(pair.groups()):
            pieces.extend(pair.groups())
        else:
            pieces.append(piece)
    return pieces


@lru_cache(maxsize=8192)
def content_words(text: str) -> frozenset[str]:
    """Lower-case, de-pluralised words that carry meaning (no stop words, no generic verbs).
    Cached: the same task titles are compared against every sentence of every message."""
    words = set()
    for raw in _WORD.findall(_SPLIT_COMPOUND.sub(lambda m: re.sub(r"[\s-]", "", m.group(1)), text.lower())):
        for piece in _pieces(raw):
            word = _stem(piece)
            # ("this" must not survive as "thi", nor "kylie's" as "kylie'")
            word = word.rstrip("'")
            if word and word not in _STOPWORDS and piece not in _STOPWORDS and len(word) > 1:
                words.add(_SYNONYMS.get(word, word))
    return frozenset(words)


# the words that say which thing in a title of generic words only ("Deliver the first draft")
_NOT_WHICH = frozenset({"the", "our", "your", "his", "her", "their", "and", "for", "with", "you", "send", "deliver", "prepare", "do"})


def generic_words(text: str) -> frozenset[str]:
    """The plain words of ``text`` (three letters or more, no article or work verb), for a
    title whose :func:`content_words` are none: "Deliver the first draft" -> first, draft."""
    return frozenset(w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _NOT_WHICH)


# (words only: "the 3rd" is a day; "first thing Monday" is when)
_ORDINAL = re.compile(r"\b(?:first(?!\s+thing\b)|second|third|fourth|fifth|sixth)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _ordinals(text: str) -> frozenset[str]:
    return frozenset(o.lower() for o in _ORDINAL.findall(text))


def ordinal_clash(text: str, title: str) -> bool:
    """"The second batch" does not name "Send us the first batch": both say which one, and
    not the same one."""
    said, titled = _ordinals(text), _ordinals(title)
    return bool(said and titled and not said & titled)


def match_known_task(text: str, known_tasks: Sequence[KnownTask], *,
                     min_text_coverage: float = 0.0) -> KnownTask | None:
    """The known task whose title the text names, or None if none or several fit equally.

    A title counts as named when at least half of its content words appear in the text.
    ``min_text_coverage`` additionally asks that much of the text's own content words to
    be in the title: for a short phrase ("the spring collection launch") that must be
    about the task, not merely share one word with it ("Homepage launch").
    """
    words = content_words(text)
    if not words:
        return None
    acronyms = _acronyms(text)
    best: list[tuple[float, int, KnownTask]] = []
    for task in known_tasks:
        title_words = content_words(task.title)
        if not title_words or ordinal_clash(text, task.title):
            continue
        # ("the IB v3.0" names "the final Investigator's Brochure": the words an acronym stands for)
        said = words | _spelled_out(acronyms, task.title) if acronyms else words
        overlap = len(said & title_words)
        if overlap == 0:
            continue
        ratio = overlap / len(title_words)
        if ratio >= 0.5 and overlap / len(words) >= min_text_coverage:
            best.append((ratio, overlap, task))
    if not best:
        return None
    best.sort(key=lambda b: (b[0], b[1]), reverse=True)
    if len(best) > 1 and best[0][:2] == best[1][:2]:
        return None
    return best[0][2]


# ("RC1 is up": an acronym with the number of its round or version)
_ACRONYM = re.compile(r"\b([A-Z][A-Za-z]{1,4})(?:v?\d{1,2})?\b(?:(?=[ \t]+([A-Za-z][\w'’-]*)))?")
_TITLE_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")


@lru_cache(maxsize=8192)
def _acronyms(text: str) -> tuple[tuple[str, str], ...]:
    """Acronyms in a text ("IB", "SOW", "CoA": two to five letters, two or more capitals),
    each with the word after it (lower-case, "" for none).  Cached: a sentence is compared
    with every open task."""
    return tuple((a.lower(), nxt.lower()) for a, nxt in _ACRONYM.findall(text) if sum(c.isupper() for c in a) >= 2)


@lru_cache(maxsize=8192)
def _initials_runs(title: str) -> dict[str, frozenset[str]]:
    """Each run of two to five words of a title by its initials, with the run's content
    words: "Investigator's Brochure" -> {"ib": {"investigator's", "brochure"}}, "scope of
    work" -> {"sow": {"scope", "work"}}."""
    tokens = _TITLE_TOKEN.findall(title)
    runs: dict[str, frozenset[str]] = {}
    for size in range(2, 6):
        for start in range(len(tokens) - size + 1):
            run = tokens[start:start + size]
            if run[0].lower() in _STOPWORDS or run[-1].lower() in _STOPWORDS:
                continue
            runs.setdefault("".join(t[0] for t in run).lower(), content_words(" ".join(run)))
    return runs


def _spelled_out(acronyms: tuple[tuple[str, str], ...], title: str) -> frozenset[str]:
    """The title words the text's acronyms stand for.  An acronym that modifies another noun
    names that noun, not itself ("UAT feedback attached" is the feedback, not the "User
    acceptance testing"), unless the noun is the title's too ("the HP agreement")."""
    runs = _initials_runs(title)
    words: set[str] = set()
    for acronym, after in acronyms:
        spelled = runs.get(acronym)
        if spelled and (not after or after in _STOPWORDS or any(c.isdigit() for c in after)
                        or content_words(after) & content_words(title)):
            words |= spelled
    return frozenset(words)


@lru_cache(maxsize=8192)
def _root(word: str) -> str:
    """"imaging", "imaged" -> "imag"; "migration", "migrated" -> "migrat": one root for the forms of a verb.
    Cached: every title word is rooted again for every phrase compared with it."""
    if len(word) > 5 and word.endswith("ied"):
        # "verified" / "verify": one root
        word = word[:-3] + "y"
    elif len(word) > 7 and word.endswith("ssion"):
        # "submission" / "submit", "permission" / "permit"
        word = word[:-5] + "t"
    for suffix in ("ation", "ing", "ion", "ed", "es", "e", "y"):
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _word_fits(word: str, title_words: AbstractSet[str], *, qualified: bool = False) -> bool:
    """Same word, a short form of it ("notifs" for "notifications", "calc" for "calculator"),
    or another form of the same verb ("the imaging" for "laptops imaged"); with ``qualified``
    (another word of the phrase fits too), a word for the same kind of place ("The staging
    site is up" for "Set up a staging environment"; "the site" alone is no server)."""
    if word in title_words:
        return True
    if len(word) >= 4 and any(t.startswith(word) or len(t) >= 4 and word.startswith(t) for t in title_words):
        return True
    if qualified and word in _WHERE_IT_RUNS and not _WHERE_IT_RUNS.isdisjoint(title_words):
        return True
    root = _root(word)
    return len(root) >= 4 and any(_root(t) == root for t in title_words)


# words for the place a build runs, said one for another
_WHERE_IT_RUNS = frozenset({"site", "environment", "server", "instance"})


def shares_a_stem(words: AbstractSet[str], others: AbstractSet[str]) -> bool:
    """Looser than ``shares_a_word``: the same first five letters ("oppose" / "opposition",
    where the roots differ), for words of five letters or more."""
    return any(a[:5] == b[:5] for a in words for b in others if len(a) >= 5 and len(b) >= 5)


def shares_a_word(words: AbstractSet[str], title_words: AbstractSet[str]) -> bool:
    """One of ``words`` is a word of the title, a clipped form of one, or another form of
    the same verb ("delivery" / "delivered")."""
    return any(_word_fits(word, title_words) for word in words)


def head_word(text: str) -> str | None:
    """The last content word: in English the head of a noun phrase ("MLS import timeline")."""
    words = [w for w in (_stem(p) for raw in _WORD.findall(text.lower()) for p in raw.split("/"))
             if w and w not in _STOPWORDS and len(w) > 1]
    return words[-1] if words else None


def _by_head(hint: str, tasks: list[KnownTask]) -> KnownTask | None:
    """Of equally good candidates, the one whose head noun the phrase shares ("MLS import"
    is the import, not the "MLS import timeline")."""
    head = head_word(hint)
    same = [t for t in tasks if head is not None and head_word(t.title) == head]
    if len(same) > 1:
        # ("the concepts" of "Send us three label concepts", not of "Do the bottle mock-ups for
        # all three concepts": what the work is for is not the work)
        same = [t for t in same if head_word(re.split(r"\s(?:for|with|to|in|on|at|from|by)\s", t.title, maxsplit=1)[0]) == head]
    return same[0] if len(same) == 1 else None


# "Prepare the offline-sync test plan, including the case of 5 days offline": what the work
# is, then what it must cover
_COVERING = re.compile(r",\s+(?:including|incl\.?|covering)\s", re.IGNORECASE)


def _title_and_its_lead(title: str) -> tuple[str, ...]:
    """The title, and the title up to what it must cover, with hyphenated words as two."""
    lead = _COVERING.split(title, maxsplit=1)[0]
    return (title,) if lead == title else (title, lead.replace("-", " "))


def match_task_hint(hint: str, known_tasks: Sequence[KnownTask]) -> KnownTask | None:
    """The known task a short subject phrase names ("the import", "push notifs").

    First the ordinary match (at least half of the title, and half of the phrase, shared);
    failing that, the one task whose title contains every content word of the phrase,
    allowing clipped forms.  Ties go to the title with the same head noun; otherwise two
    candidates mean nobody, since a guess would move the wrong task's date.
    """
    words = content_words(hint)
    if not words:
        return None
    scored: list[tuple[float, int, KnownTask]] = []
    for task in known_tasks:
        for title in _title_and_its_lead(task.title):
            title_words = content_words(title)
            overlap = len(words & title_words)
            if (title_words and overlap and overlap / len(title_words) >= 0.5 and overlap / len(words) >= 0.5
                    and not ordinal_clash(hint, task.title)):
                scored.append((overlap / len(title_words), overlap, task))
                break
    if scored:
        scored.sort(key=lambda b: (b[0], b[1]), reverse=True)
        tied = [t for r, o, t in scored if (r, o) == scored[0][:2]]
        return tied[0] if len(tied) == 1 else _by_head(hint, tied)
    words = frozenset(_hint_words(hint))
    if len(words - _CONTAINERS) >= 1:
        # "census file attached": the file is how it came, the census is what it was
        words -= _CONTAINERS
    if not words or len(words) > 3:
        return _by_identifier(hint, known_tasks)
    fits = [t for t in known_tasks if all(_word_fits(w, content_words(t.title), qualified=len(words) > 1) for w in words)
            and not ordinal_clash(hint, t.title)]
    if len(fits) == 1:
        return fits[0]
    return _by_head(hint, fits) if fits else _by_identifier(hint, known_tasks)


def match_task_hint_in(hint: str, sentence: str, known_tasks: Sequence[KnownTask]) -> KnownTask | None:
    """``match_task_hint``, with the rest of the sentence breaking a tie: "The photos are in
    the Dropbox: Bertha from four angles" is the photos of Bertha, not the bottle photography."""
    task = match_task_hint(hint, known_tasks)
    if task is not None:
        return task
    words = frozenset(_hint_words(hint)) - _CONTAINERS
    if not words or len(words) > 3:
        return None
    fits = [t for t in known_tasks if all(_word_fits(w, content_words(t.title)) for w in words)]
    if len(fits) < 2:
        return None
    context = content_words(sentence) - content_words(hint)
    scored = sorted(((len(context & content_words(t.title)), t) for t in fits), key=lambda p: p[0], reverse=True)
    return scored[0][1] if scored[0][0] > 0 and scored[1][0] < scored[0][0] else None


# Words for the form a piece of work arrives in, not for the work
_CONTAINERS = frozenset({"file", "pdf", "doc", "document", "sheet", "spreadsheet", "xlsx", "csv", "copy", "version", "link",
                         "attachment", "scan", "zip"})


# "IRB", "0.9.412", "412": a name or number that marks one piece of work
_IDENTIFIER = re.compile(r"(?<![\w.])(?:[A-Z]{2,}[A-Z0-9]*|\d{3,}|v?\d+(?:\.\d+)+)(?![\w.]*\w)")


def _by_identifier(hint: str, known_tasks: Sequence[KnownTask]) -> KnownTask | None:
    """"The IRB package went in": the one open task whose title carries the hint's
    acronym or number ("Submit the protocol and the ICF to the central IRB")."""
    # ("The lintels at the BQ were completed": where they are is not which work it was)
    head = re.split(r"\s+(?:at|in|on|by|near|behind|outside|inside)\s+(?:the|our|your|their)\b", hint, maxsplit=1)[0]
    marks = set(_IDENTIFIER.findall(head))
    if not marks:
        return None
    hits = [t for t in known_tasks if any(_mark_pattern(mark).search(t.title) for mark in marks)]
    return hits[0] if len(hits) == 1 else None


@lru_cache(maxsize=1024)
def _mark_pattern(mark: str) -> re.Pattern[str]:
    # (built once per mark, not once per task title it is looked for in)
    return re.compile(rf"(?<![\w])(?:[\w]+\.)*{re.escape(mark)}(?!\w)")


def _hint_words(hint: str) -> set[str]:
    # "20 listings": a count says nothing about which task it is.
    return {w for w in content_words(hint) if not w.isdigit()}


def hint_fits(hint: str, task: KnownTask) -> bool:
    """Every content word of the phrase is (a clipped form of) a word of the task's title."""
    words = frozenset(_hint_words(hint))
    title_words = content_words(task.title)
    return bool(words) and all(_word_fits(w, title_words) for w in words)


_NAMED_WORK = re.compile(r"^(?:the|my|our|your|that|this)?\s*(?P<work>[a-z]{4,})$", re.IGNORECASE)


def task_by_its_work(hint: str, known_tasks: Sequence[KnownTask], owner: str) -> KnownTask | None:
    """"Review done." / "I have completed the review": the work named by its verb's noun is
    the one open task of the writer's whose title starts with that verb ("Review the design
    document"); None when the writer has none or several."""
    m = _NAMED_WORK.match(hint.strip(" .!,;:"))
    if m is None:
        return None
    root = _root(m.group("work").lower())
    if len(root) < 4:
        return None
    fits = [t for t in known_tasks if t.owner == owner and t.title.split()
            and _root(t.title.split()[0].lower()) == root]
    return fits[0] if len(fits) == 1 else None


def task_named_by(what: str, tasks: Sequence[KnownTask], least: float = 0.6) -> KnownTask | None:
    """The one task whose title holds at least ``least`` of what ``what`` names, the best
    when several do ("the hosting proposal" of "Send us also a proposal for the hosting, with
    two options"); None when none does, or two do equally."""
    said = content_words(what.replace("-", " "))
    if not said:
        return None
    scored = []
    for task in tasks:
        title = content_words(task.title.replace("-", " "))
        if title:
            share = len({w for w in said if shares_a_word({w}, title)}) / len(said)
        else:
            # ("Deliver the first draft": a title of generic words only is named by those words)
            plain_said, plain_title = generic_words(what), generic_words(task.title)
            share = len(plain_said & plain_title) / len(plain_said) if plain_said and plain_title else 0.0
        if share >= least:
            scored.append((share, task))
    scored.sort(key=lambda pair: pair[0], reverse=True)
    if not scored or len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    return scored[0][1]
