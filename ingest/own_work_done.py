"""The writer's own open work, reported finished in words no completion rule knows.

The completion rules (``ingest.rules_natural``) read a report by its phrasing first and look
for the task it names after.  This pass goes the other way round, as a back-off once they
are done: for each open task the writer owes, a sentence of theirs that names it and says
the work is finished closes it.  "Names it": most of its title, or a word of it that no
other task of the writer's shares as the subject of the report ("Coach is held - Highland
Heritage have us ..." for "Get a 53-seater coach held with Highland Heritage").  "Says it
is finished": a finished state ("is live", "is done", "'s in", "is on the SFTP now"), work
handed over ("please find attached", "here is"), or put somewhere ("now lives in the shared
folder", "i put in folder ...").  Anything that says it is not finished yet (a future, a
negation, a condition, a question, "in progress") keeps it open: a wrong "done" hides work
still owed, so the pass asks for both signals in one sentence.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.extraction_types import Extraction, ExtractionContext, KnownTask, StatusChange
from ingest.task_matching import content_words, head_word, shares_a_word
from ingest.text_segments import Unit

__all__ = ["own_work_done"]

RULE = "natural:own-work-done"

_STATE = (r"done|ready|finished|complete|completed|live|in|up|booked|held|reserved|confirmed|sorted|sent|"
          r"uploaded|signed|approved|submitted|delivered|shared|saved|filed|posted|published|fixed|installed|"
          r"deployed|ordered|paid|arranged|set up|in place")
# "Quote's in" / "Coach is held" / "The mailing file is on the SFTP now"
_FINISHED_STATE = re.compile(
    rf"^(?P<subj>[^,;:]{{2,60}}?)(?:\s+(?:is|are|has\s+been|have\s+been|was|were)|'s|'re)\s+(?:now\s+|all\s+|finally\s+|already\s+)?"
    rf"(?:(?P<state>{_STATE})\b(?!\s+(?:progress|hand|touch|the works|the pipeline|review|draft)\b)"
    r"|(?P<place>(?:on|in|at|into)\s+(?:the|our|your|their)\s+[\w'-]+(?:\s+[\w'-]+)?\s+now\b))",
    re.IGNORECASE)
# "please find attached the list ..." / "Attached you find our specification ..." / "here is the inventory list"
_HANDED_OVER = re.compile(
    r"\b(?:(?:please\s+|kindly\s+)?find\s+(?:here\s+)?attached|attached\s+(?:you\s+(?:will\s+)?find|please\s+find|is|are|herewith)"
    r"|here\s+(?:is|are|comes|come)|here's|enclosed\s+(?:is|are|please\s+find))\b", re.IGNORECASE)
# "The redirect map now lives in the shared folder" / "i put in folder BLATTWERK/..."
_PUT_SOMEWHERE = re.compile(
    r"\b(?:now\s+(?:lives|sits)\s+(?:in|on)|(?:i|we)\s+(?:have\s+|'ve\s+)?(?:put|saved|uploaded|placed|dropped|filed)\s+"
    r"(?:it\s+|them\s+)?(?:in|on|into|to)\b)", re.IGNORECASE)
# "call sheet and usage details sent to Sara at Brera this morning" / "Signed venue contract attached."
_SENT_OFF = re.compile(
    r"^(?P<subj>(?!(?:i|we|you|they|he|she|it|please|kindly)\b)[^,;:]{2,60}?)\s+(?:sent|shared|uploaded|submitted|delivered|emailed|"
    r"posted|forwarded|booked|done|finished|fixed|signed|confirmed|attached)\b(?=\s*(?:$|[.!,;:(–—-]|to\b|over\b|this\b|today\b|"
    r"yesterday\b|and\b|with\b|at\b|on\b|in\b))", re.IGNORECASE)
# What says the work is not finished yet, or not said as a fact
_NOT_FINISHED = re.compile(
    r"\?|\b(?:not|n't|never|no longer|almost|nearly|once|when|if|unless|until|should|will|'ll|would|could|might|going to|"
    r"yet|still|soon|later|tomorrow|next|hope|hopefully|plan|planning|expect|expected|trying|try|progress|partly|"
    r"partially|half|halfway|mostly|largely|some of|part of|first part|waiting|wait|need|needs|must|have to|has to|please send|"
    r"can you|could you)\b|\d\s*(?:%|per\s*cent)",
    re.IGNORECASE)


def own_work_done(units: Sequence[Unit], result: Extraction, ctx: ExtractionContext) -> Extraction:
    """``result`` with each open task of the writer's that a sentence reports finished
    closed, when no rule has said anything of that task or sentence yet."""
    author = ctx.author.email
    mine = [t for t in ctx.known_tasks if t.owner == author]
    if not mine:
        return result
    spoken = {c.task_id for c in result.changes}
    used = {i.evidence for group in (result.tasks, result.decisions, result.questions, result.changes) for i in group}
    open_tasks = [t for t in mine if t.id not in spoken]
    closed: list[StatusChange] = []
    for unit in units:
        text = unit.text.strip()
        if not open_tasks or text in used or any(text in e or e in text for e in used if e):
            continue
        task = _finished_task(text, open_tasks)
        if task is not None:
            # (the title as the hint: a request in the same mail to approve the thing withholds it)
            closed.append(StatusChange(task.id, task.title, "done", None, None, False, RULE, unit.text))
            open_tasks = [t for t in open_tasks if t.id != task.id]
    return replace(result, changes=[*result.changes, *closed]) if closed else result


def _finished_task(text: str, tasks: Sequence[KnownTask]) -> KnownTask | None:
    """The one task of ``tasks`` the sentence reports finished, or None."""
    if _NOT_FINISHED.search(text):
        return None
    lead = _LEAD.match(text)
    state = None
    for body in (text, text[lead.end():]) if lead else (text,):
        state = _FINISHED_STATE.match(body) or _SENT_OFF.match(body)
        if state is not None:
            break
    subject = state.group("subj") if state else None
    said = content_words(text)
    if state is None and not _HANDED_OVER.search(text) and not _PUT_SOMEWHERE.search(text):
        # "Checked with the venue this morning": the title's own verb, in the past, and a
        # thing of the title (one task only)
        did = [t for t in tasks if _did_the_work(text, lead.end() if lead else 0, t.title, said)]
        return did[0] if len(did) == 1 else None
    numbered = _numbered(text)
    scored: list[tuple[float, KnownTask]] = []
    for task in tasks:
        title = content_words(task.title)
        if not title:
            continue
        if _other_number(numbered, _numbered(task.title)):
            # "final ep 14 master is in /final" is not "Have the ep 15 edit done"
            continue
        shared = {w for w in said if shares_a_word({w}, title)}
        share = len(shared) / len(title)
        if share >= 0.5 or len(shared) >= 2 and share >= 0.34:
            scored.append((share, task))
        elif (subject is not None and (heads := _heads(subject)) & title and _names_the_thing(heads, task.title)
              and not any(heads & content_words(other.title) for other in tasks if other is not task)):
            # the report's subject is a thing of this title alone among the writer's tasks
            # (its head noun: "The filing receipt is attached" is not the filing)
            scored.append((0.0, task))
    if not scored:
        return None
    scored.sort(key=lambda pair: pair[0], reverse=True)
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    return scored[0][1]


def _heads(subject: str) -> frozenset[str]:
    """The head noun of each noun phrase of a subject, as title words are spelt ("Revised
    budget and budget justification" -> budget, justification; "Volumes for 2027" -> volume)."""
    heads: set[str] = set()
    for phrase in _CONJUNCTS.split(subject):
        head = head_word(_AFTER_HEAD.split(phrase, maxsplit=1)[0])
        if head is not None:
            heads |= content_words(head)
    return frozenset(heads)


_CONJUNCTS = re.compile(r"\s*(?:,|&|\band\b)\s*", re.IGNORECASE)
_AFTER_HEAD = re.compile(r"\s+(?:for|of|from|with|to|in|on|at|about|by)\s+", re.IGNORECASE)
def _did_the_work(text: str, start: int, title: str, said: frozenset[str]) -> bool:
    """The sentence opens (after its lead) with the writer doing the title's own verb, in the
    past ("Checked with the venue", "We booked Studio 2", "I've sent Fenton the elevations"),
    and names a thing of the title's besides."""
    verb, _, rest = title.partition(" ")
    forms = _past_forms(verb.lower())
    if not forms or not rest:
        return False
    for at in {0, start}:
        m = _DID.match(text, at)
        if m is not None and m.group("verb").lower() in forms:
            # the verb's own object ("Got a call from the Katy FD about the report" got a call)
            obj = _OBJECT.match(text, m.end())
            return obj is not None and bool(content_words(rest) & content_words(obj.group("obj")) & said)
    return False


def _past_forms(verb: str) -> frozenset[str]:
    """The past tense and participle of a base verb ("check" -> checked; "send" -> sent;
    "ship" -> shipped); none for a word that is no verb we know of."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if not verb.isalpha() or len(verb) < 3 or verb in _NOT_VERBS:
        return frozenset()
    if verb.endswith("e"):
        return frozenset({verb + "d"})
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return frozenset({verb[:-1] + "ied"})
    forms = {verb + "ed"}
    if len(verb) <= 4 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        forms.add(verb + verb[-1] + "ed")  # ship -> shipped, plan -> planned
    return frozenset(forms)


_IRREGULAR: dict[str, frozenset[str]] = {
    base: frozenset(forms.split()) for base, forms in {
        "send": "sent", "get": "got gotten", "make": "made", "buy": "bought", "write": "wrote written",
        "do": "did done", "give": "gave given", "take": "took taken", "find": "found", "pay": "paid",
        "put": "put", "run": "ran", "set": "set", "tell": "told", "speak": "spoke spoken", "hold": "held",
        "build": "built", "draw": "drew drawn", "bring": "brought", "meet": "met", "ring": "rang rung",
        "sell": "sold", "shoot": "shot", "choose": "chose chosen", "lead": "led", "pick": "picked",
        "redo": "redid redone", "rewrite": "rewrote rewritten", "resend": "resent", "forward": "forwarded",
        "sign": "signed", "book": "booked", "call": "called", "ask": "asked", "check": "checked",
    }.items()
}
# (title words that open a title without being its verb)
_NOT_VERBS = frozenset({"the", "our", "your", "their", "new", "final", "first", "all", "any", "some", "have", "has", "had",
                        "need", "needs", "must", "should", "will", "can", "please", "pls", "kindly", "let", "make"})
# what the verb was done to: up to the next preposition, clause or sentence break ("with the venue")
_OBJECT = re.compile(r"\s+(?:(?:with|on|in|about|to|for|at)\s+)?(?P<obj>.+?)(?=\s+(?:from|with|about|to|for|at|on|in|by|and|but|so|"
                     r"because|this|today|yesterday|last)\b|[,.;:!?(–—]|$)", re.IGNORECASE)
# "Checked with ..." / "I've booked ..." / "we just sent ..."
_DID = re.compile(r"(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:(?:just|already|also|finally|now)\s+)?(?P<verb>[a-z]+)\b", re.IGNORECASE)


def _names_the_thing(heads: frozenset[str], title: str) -> bool:
    """A head noun of the subject is a thing of the title, not a word describing another
    ("Photos from Sophie are in the shared drive" is not the "Product photography shortlist")."""
    tokens = _TITLE_WORD.findall(title)
    for at, token in enumerate(tokens):
        if not content_words(token) & heads:
            continue
        after = tokens[at + 1] if at + 1 < len(tokens) else ""
        # (followed by nothing, a small word, or a participle: "coach held with ...")
        if not content_words(after) or after.lower().endswith("ed") or _FUNCTION_WORD.fullmatch(after):
            return True
    return False


_TITLE_WORD = re.compile(r"[\w'’-]+")
_FUNCTION_WORD = re.compile(r"per|for|of|from|with|to|in|on|at|about|by|and|or|as|that|which|who|so|before|after|until|when",
                            re.IGNORECASE)


def _numbered(text: str) -> dict[str, set[str]]:
    """The numbers each word carries ("ep 15", "chapter 3", "v2"), by the word."""
    found: dict[str, set[str]] = {}
    for word, number in _WORD_NUMBER.findall(text):
        found.setdefault(word.lower(), set()).add(number)
    return found


def _other_number(said: dict[str, set[str]], title: dict[str, set[str]]) -> bool:
    """The sentence gives a word of the title another number than the title does."""
    return any(word in said and not numbers & said[word] for word, numbers in title.items())


_WORD_NUMBER = re.compile(r"\b([A-Za-z]{1,12})[\s#.-]?(\d+(?:\.\d+)*)\b")
# "Fatto: call sheet ... sent" / "Ray, here is ..." / "As promised by Stefan, please find attached ...":
# a short lead before the report
_LEAD = re.compile(r"^(?:[^,:;]{1,40}[:,]\s+)(?=\S)")
