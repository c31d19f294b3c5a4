"""Open work reported finished in words no completion rule knows.

The completion rules (``ingest.rules_natural``) read a report by its phrasing first and look
for the task it names after.  This pass goes the other way round, as a back-off once they
are done: for each open task the writer's side owes (the writer's own, or a colleague's on
the same mail domain), a sentence that names it and says the work is finished closes it.
"Names it": most of its title, or the head noun of the report's subject when that is a
thing of this title alone ("Coach is held - Highland Heritage have us ..." for "Get a
53-seater coach held with Highland Heritage").  "Says it is finished": a finished state
("is live", "is done", "'s in", "is on the SFTP now"), work handed over ("please find
attached", "here is", "..., attached"), put somewhere ("now lives in the shared folder"),
or, for the writer's own task, the title's own verb in the past done to a thing of the title
("Got the Katy FD incident report").  Anyone's work but the writer's may also be said to
have come ("The cracked lids turned up yesterday"), and anyone's work said done by its owner,
named ("Omer has finished all eleven deck plans").  Anything that says it is not finished
yet (a future, a negation, a condition, a question, "in progress", "80%") keeps it open: a
wrong "done" hides work still owed, so the pass asks for both signals in one sentence.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from ingest.addresses import organisation_domain
from ingest.addressing import NAME_CAPITALS, MemberIndex, member_index
from ingest.dates import find_dates, local_today
from ingest.extraction_types import Extraction, ExtractionContext, KnownTask, StatusChange
from ingest.regex_prefilter import may_match
from ingest.task_matching import (
    content_words,
    generic_words,
    head_word,
    shares_a_word,
    task_named_by,
)
from ingest.text_segments import Unit

__all__ = ["own_work_done"]

RULE = "natural:own-work-done"

_STATE = (r"done|ready|finished|complete|completed|live|in(?=\s*(?:[.!,;:(–—-]|$))|up|booked|held|reserved|confirmed|sorted|sent|"
          r"uploaded|signed|approved|submitted|delivered|shared|saved|filed|posted|published|fixed|installed|"
          r"deployed|ordered|paid|arranged|set up|in place")
# "Quote's in" / "Coach is held" / "The mailing file is on the SFTP now"
_FINISHED_STATE = re.compile(
    rf"^(?P<subj>[^,;:]{{2,60}}?)(?:\s+(?:is|are|has\s+been|have\s+been|was|were)|'s|'re)\s+(?:now\s+|all\s+|finally\s+|already\s+)?"
    rf"(?:(?P<state>{_STATE})\b(?!\s+(?:progress|hand|touch|the works|the pipeline|review|draft)\b)"
    r"|(?P<place>(?:on|in|at|into)\s+(?:the|our|your|their)\s+[\w'-]+(?:\s+[\w'-]+)?\s+now\b|in\s+(?:the\s+)?(?:attached|enclosed|attachment)\b"
    # ("The list of payment providers is on page 4" of the plan attached)
    r"|on\s+(?:page|slide|sheet|tab)\s+\d+\b"
    r"|(?:in|on)\s+(?:staging|production|prod|uat)\b))",
    re.IGNORECASE)
# "please find attached the list ..." / "Attached you find our specification ..." / "here is the inventory list"
_HANDED_OVER = re.compile(
    r"\b(?:(?:please\s+|kindly\s+)?find\s+(?:here\s+)?attached|(?:(?<=^)|(?<=[:,]\s))attached\s+(?:you\s+(?:will\s+)?find|please\s+find|is|are|herewith)"
    r"|here\s+(?:is|are|comes|come)|here's|enclosed\s+(?:is|are|please\s+find))\b", re.IGNORECASE)
# "Jasmine asked me to send you Ms Tan's measurements, attached."
_ATTACHED_LAST = re.compile(r"^(?P<subj>.{2,120}?)(?:,\s*|\s+(?:is|are)\s+)(?:now\s+)?attached\s*[.!]*$", re.IGNORECASE)
_CLAUSE = re.compile(r"\b(?:you|me|us|them|him|her|is|are|was|were|to)\s+", re.IGNORECASE)
# the thing handed over, up to where the sentence goes on ("the list of spare parts (CT-400.xlsx). The parts ...")
_THING = re.compile(r"[^,;:.()!?–—]*")
# "The redirect map now lives in the shared folder" / "i put in folder BLATTWERK/..."
_PUT_SOMEWHERE = re.compile(
    r"\b(?:now\s+(?:lives|sits)\s+(?:in|on)|(?:i|we)\s+(?:have\s+|'ve\s+)?(?:put|saved|uploaded|placed|dropped|filed)\s+"
    r"(?:it\s+|them\s+)?(?:in|on|into|to)\b)", re.IGNORECASE)
# "call sheet and usage details sent to Sara at Brera this morning" / "Signed venue contract attached."
_SENT_OFF = re.compile(
    r"^(?P<subj>(?!(?:i|we|you|they|he|she|it|please|kindly)\b)[^,;:]{2,60}?)\s+(?:sent|shared|uploaded|submitted|delivered|emailed|"
    r"posted|forwarded|booked|done|finished|fixed|signed|confirmed|attached)\b(?=\s*(?:$|[.!,;:(–—-]|to\b|over\b|this\b|today\b|"
    r"yesterday\b|and\b|with\b|at\b|on\b|in\b))", re.IGNORECASE)
# "The cracked lids turned up yesterday" / "the signed contract has arrived"
_CAME = re.compile(r"(?P<subj>(?!(?:i|we|you|they|he|she|it|this|that|everything|everyone|nothing)\b)[^,;:]{2,60}?)\s+"
                   r"(?:has\s+|have\s+)?(?:just\s+|finally\s+|now\s+|safely\s+)?(?:arrived|turned\s+up|came\s+(?:in|through)|"
                   r"come\s+(?:in|through)|landed|got\s+here)\b"
                   # "we received Rindra's demo recordings yesterday": the same, said by who got it
                   r"|(?:we|i)(?:'ve|\s+have)?\s+(?:just\s+|finally\s+|now\s+|already\s+)?(?:received|got)\s+(?P<obj>[^,;:]{2,60}?)"
                   r"(?=\s*(?:$|[.!,;:(–—-]|\s(?:yesterday|today|this|last|from|by|on|in|at|and|thanks)\b))", re.IGNORECASE)
# "... is now a deeper red" / "... are now on the front panel" / "the logo now sits higher"
_NOW_CHANGED = re.compile(r"\b(?:is|are|has\s+been|have\s+been|'s|'re)\s+now\b(?!\s+(?:due|planned|scheduled|expected|set\s+for|on\s+hold|late|delayed|"
                          r"waiting|with|at|in\s+(?:review|progress)|ready\s+for|being)\b)|\bnow\s+(?:sits|reads|shows|says|appears|comes)\b"
                          # ("The certificate scan screen is lighter in this build", "... is on the
                          # back panel now")
                          r"|\b(?:is|are)\s+(?:a\s+bit\s+|much\s+|a\s+lot\s+)?[a-z]+er\s+(?:now\s+)?(?:in|with)\s+(?:this|the\s+new|the\s+latest)\s+"
                          r"(?:build|version|draft|cut|release|update|proof)\b"
                          r"|\b(?:is|are)\s+(?:on|in)\s+(?:the\s+)?[\w -]{2,30}\s+now\s*[.!]?$", re.IGNORECASE)
# a task that asks for a change to a thing ("Make the label a deeper red", "Add the French name
# to the front panel", "Move the Reorder button to the top")
_CHANGE_ASKED = re.compile(r"(?:make|put|add|move|change|replace|remove|use|increase|reduce|enlarge|darken|lighten|shorten|lengthen|swap|switch|"
                           r"update|correct|fix|rename|resize|align|centre|center|raise|lower|drop)\b", re.IGNORECASE)
# What says the work is not finished yet, or not said as a fact
_NOT_FINISHED = re.compile(
    r"\?|n't\b|\b(?:not|never|no longer|almost|nearly|once|when|if|unless|until|should|will|'ll|would|could|might|going to|"
    r"yet|still|soon|later|tomorrow|next|hope|hopefully|plan|planning|expect|expected|trying|try|progress|partly|"
    r"partially|half|halfway|mostly|largely|some of|part of|first part|waiting|wait|need|needs|must|have to|has to|please send|"
    r"can you|could you|wrong|incorrect|by mistake)\b|\d\s*(?:%|per\s*cent)"
    # ("The first API documentation pages are up": a first part of the work, as the subject)
    r"|^(?:the\s+)?first\s+(?:\w+\s+){0,2}?(?:pages|part|parts|batch|few|half|section|sections|chapter|chapters|round)\b",
    re.IGNORECASE)


# "Omer has finished all eleven deck plans, they look great." / "Marcia wired the deposit last
# Tuesday like she said": the one who owes the work, named, did it (the clause that says so; what
# follows ", so" or ", but" is another clause)
_THEY_DID = re.compile(
    r"^(?:(?:and|also|so|good news|great news|update)[,:!]?\s+)?(?P<who>(?-i:[" + NAME_CAPITALS + r"])[\w'-]+(?:\s+(?-i:[" + NAME_CAPITALS + r"])[\w'-]+)?)\s+"
    r"(?:has\s+|have\s+)?(?:already\s+|just\s+|finally\s+|now\s+)?"
    r"(?P<verb>finished|completed|delivered|sent|uploaded|wired|paid|submitted|shared|published|fixed|installed)\s+"
    r"(?P<obj>(?:all\s+|both\s+)?(?:the|our|your|his|her|their|all|both)\s+[^,;:.!?()]{2,60}?)"
    r"(?=\s*(?:$|[.,;:!(]|\s(?:yesterday|today|this|last|on|at|in|like|as|to|for|and|over|via|by)\b))",
    re.IGNORECASE)
_ANOTHER_CLAUSE = re.compile(r",\s*(?:so|but|although|though|and\s+(?:i|we|you|he|she|they))\b|;|\s[—–]\s", re.IGNORECASE)


_READY_ON_A_DAY = re.compile(r"\b(?:is|are|'s|'re)\s+(?:all\s+)?(?:ready|done|finished|available|live|online|up)\s+(?:on|by|from)\s+(?=\S)",
                             re.IGNORECASE)


def _said_for_a_day_ahead(text: str, ctx: ExtractionContext) -> bool:
    """"Then the storyboard is ready on Friday 13.11. as planned": ready on a day still to come."""
    cue = _READY_ON_A_DAY.search(text)
    return cue is not None and any(d.value > local_today(ctx.sent_at, ctx.author.tz)
                                   for d in find_dates(text[cue.start():], ctx.sent_at, ctx.author.tz, ctx.author.date_order))


def own_work_done(units: Sequence[Unit], result: Extraction, ctx: ExtractionContext,
                  index: MemberIndex | None = None) -> Extraction:
    """``result`` with each open task that a sentence reports finished closed, when no
    rule has said anything of that task or sentence yet."""
    if not ctx.known_tasks:
        return result
    used = {i.evidence for group in (result.tasks, result.decisions, result.questions, result.changes) for i in group}
    spoken = {c.task_id for c in result.changes}
    # (first the work its owner, named, is said to have done: "..., so it should be with you by
    # now" is another clause, which the reports below would refuse whole)
    closed: list[StatusChange] = []
    index = index or member_index(tuple(ctx.members))
    for unit in units:
        text = unit.text.strip()
        task = _done_by_its_owner(text, ctx.known_tasks, spoken, index) if text not in used else None
        if task is not None:
            closed.append(StatusChange(task.id, task.title, "done", None, None, False, RULE, unit.text))
            spoken.add(task.id)
            used.add(text)
    # (most sentences say something is not finished, or is no report at all: the tasks are
    # sorted only for a message with one that might be)
    reports = [unit for unit in units if (text := unit.text.strip()) and not _NOT_FINISHED.search(text)
               and text not in used and not any(text in e or e in text for e in used if e) and not _said_for_a_day_ahead(text, ctx)]
    if not reports:
        return replace(result, changes=[*result.changes, *closed]) if closed else result
    author = ctx.author.email
    side = organisation_domain(author)
    # the writer's work, and their colleagues' ("Jasmine asked me to send you Ms Tan's
    # measurements, attached"): what the writer's side owes, it can say is finished
    ours = [t for t in ctx.known_tasks if t.id not in spoken and t.owner is not None
            and (t.owner == author or side is not None and organisation_domain(t.owner) == side)]
    # anyone's but the writer's can be said to have come ("The cracked lids turned up yesterday")
    theirs = [t for t in ctx.known_tasks if t.id not in spoken and t.owner is not None and t.owner != author]
    for unit in reports:
        text = unit.text.strip()
        task = _finished_task(text, ours, author) or _arrived(text, theirs)
        if task is not None:
            # (the title as the hint: a request in the same mail to approve the thing withholds it)
            closed.append(StatusChange(task.id, task.title, "done", None, None, False, RULE, unit.text))
            ours = [t for t in ours if t.id != task.id]
            theirs = [t for t in theirs if t.id != task.id]
    return replace(result, changes=[*result.changes, *closed]) if closed else result


def _done_by_its_owner(text: str, tasks: Sequence[KnownTask], spoken: set[int | None], index: MemberIndex) -> KnownTask | None:
    """The one task of ``tasks`` (none of ``spoken``) that the sentence says its owner, named,
    has done ("Omer has finished all eleven deck plans" of Omer's "Deck-plan illustrations for
    all twelve boats")."""
    m = _THEY_DID.match(text) if may_match(_THEY_DID, text) else None
    if m is None:
        return None
    clause = _ANOTHER_CLAUSE.split(text, maxsplit=1)[0]
    if len(clause) < m.end("obj") or _NOT_FINISHED.search(clause):
        return None
    who = index.lookup(m.group("who"))
    return task_named_by(m.group("obj"), [t for t in tasks if t.id not in spoken and (t.owner or "").lower() == who.lower()]) if who else None


def _arrived(text: str, tasks: Sequence[KnownTask]) -> KnownTask | None:
    """The one task of ``tasks`` whose thing the sentence says has come ("The cracked lids
    turned up yesterday arvo, cheers for sending them")."""
    if not tasks or _NOT_FINISHED.search(text):
        return None
    # (after what leads it: "Fanja, thank you, we received Rindra's demo recordings yesterday")
    starts = [0, *(m.end() for m in re.finditer(r"[,:;]\s+", text[:80]))]
    came = next((c for c in (_CAME.match(text, at) for at in starts) if c is not None), None)
    if came is None:
        return None
    thing = came.group("subj") or came.group("obj")
    heads = _heads(thing)
    numbered = _numbered(text)
    fits = [t for t in tasks if heads & content_words(t.title) and _names_the_thing(heads, t.title)
            and _modifiers_fit(thing, t.title) and not _other_number(numbered, _numbered(t.title))]
    return fits[0] if len(fits) == 1 else None


def _finished_task(text: str, tasks: Sequence[KnownTask], author: str) -> KnownTask | None:
    """The one task of ``tasks`` the sentence reports finished, or None."""
    if not tasks or _NOT_FINISHED.search(text):
        return None
    lead = _LEAD.match(text)
    state = None
    for body in (text, text[lead.end():]) if lead else (text,):
        state = _FINISHED_STATE.match(body) or _SENT_OFF.match(body)
        if state is not None:
            break
    said = content_words(text)
    thing = state.group("subj") if state else ""
    heads = _heads(thing) if state else frozenset()
    handed = _HANDED_OVER.search(text)
    attached = _ATTACHED_LAST.match(text) if handed is None else None
    if state is None and (handed is not None or attached is not None):
        # what was handed over: "please find attached the list of spare parts", "Ms Tan's
        # measurements, attached" (the noun that ends it as well as the one that heads it)
        thing = attached.group("subj") if attached is not None else text[handed.end():] if handed is not None else ""
        thing = _THING.match(thing).group(0)  # type: ignore[union-attr]  # (matches any text)
        # (the thing, not the clause before it: "Jasmine asked me to send you Ms Tan's measurements")
        thing = _CLAUSE.split(thing)[-1]
        heads = _heads(thing) | content_words(head_word(thing) or "")
    if state is None and handed is None and attached is None and _NOW_CHANGED.search(text):
        # "The Scotch Bonnet label is now a deeper red, and 'Product of Guyana' is bigger": the
        # change asked for, said as the way the thing is now (most of the title in it)
        changed = [t for t in tasks if _CHANGE_ASKED.match(t.title) and _share(said, t.title) >= 0.5]
        return changed[0] if len(changed) == 1 else None
    if state is None and handed is None and attached is None and not _PUT_SOMEWHERE.search(text):
        # "Checked with the venue this morning": the title's own verb, in the past, and a
        # thing of the title (one task only)
        # (a colleague's verb is theirs to report: "Booked the room" is the writer's doing)
        did = [t for t in tasks if t.owner == author and _did_the_work(text, lead.end() if lead else 0, t.title, said)]
        return did[0] if len(did) == 1 else None
    numbered = _numbered(text)
    scored: list[tuple[float, KnownTask]] = []
    for task in tasks:
        title = content_words(task.title)
        if not title:
            # ("please find attached the first draft of the annual report" for "Deliver the first
            # draft": a title of generic words only, every one of them said of the thing handed over)
            plain = generic_words(task.title)
            if thing and plain and plain <= generic_words(thing) and not _NOT_FINISHED.search(thing):
                scored.append((1.0, task))
            continue
        if _other_number(numbered, _numbered(task.title)):
            # "final ep 14 master is in /final" is not "Have the ep 15 edit done"
            continue
        shared = {w for w in said if shares_a_word({w}, title)}
        share = len(shared) / len(title)
        if share >= 0.5 or len(shared) >= 2 and share >= 0.34:
            scored.append((share, task))
        elif (heads & title and _names_the_thing(heads, task.title) and _modifiers_fit(thing, task.title)
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


def _share(said: frozenset[str], title: str) -> float:
    """How much of the title's content words the sentence has (0 for a title without any)."""
    words = content_words(title)
    return len({w for w in said if shares_a_word({w}, words)}) / len(words) if words else 0.0


def _heads(subject: str) -> frozenset[str]:
    """The head noun of each noun phrase of a subject, as title words are spelt ("Revised
    budget and budget justification" -> budget, justification; "Volumes for 2027" -> volume)."""
    heads: set[str] = set()
    for phrase in _CONJUNCTS.split(subject):
        head = head_word(_AFTER_HEAD.split(phrase, maxsplit=1)[0])
        if head is not None:
            heads |= content_words(head)
    return frozenset(heads)


def _modifiers_fit(thing: str, title: str) -> bool:
    """The words before the head noun ("weekly status" report) fit the title too, when there
    are any: "our weekly status report" is not the "Load test report", "the cracked lids"
    are the "cracked lids" (a possessor, "Ms Tan's", says whose, not which)."""
    title_words = content_words(title)
    for phrase in _CONJUNCTS.split(thing):
        tokens = _TITLE_WORD.findall(_AFTER_HEAD.split(phrase, maxsplit=1)[0])
        # (what comes after the possessor: "Ms Tan's measurements" are measurements)
        owned = [at for at, w in enumerate(tokens) if w.lower().endswith(("'s", "’s"))]
        words = [w for w in tokens[owned[-1] + 1 if owned else 0:] if content_words(w)]
        modifiers = content_words(" ".join(words[:-1]))
        if modifiers and not shares_a_word(modifiers, title_words):
            return False
    return True


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


@lru_cache(maxsize=4096)
def _numbered(text: str) -> dict[str, frozenset[str]]:
    """The numbers each word carries ("ep 15", "chapter 3", "v2"), by the word.  Cached (not
    to be changed by callers): each open task's title is asked about for every sentence."""
    found: dict[str, set[str]] = {}
    for word, number in _WORD_NUMBER.findall(text):
        found.setdefault(word.lower(), set()).add(number)
    return {word: frozenset(numbers) for word, numbers in found.items()}


def _other_number(said: dict[str, frozenset[str]], title: dict[str, frozenset[str]]) -> bool:
    """The sentence gives a word of the title another number than the title does."""
    return any(word in said and not numbers & said[word] for word, numbers in title.items())


_WORD_NUMBER = re.compile(r"\b([A-Za-z]{1,12})[\s#.-]?(\d+(?:\.\d+)*)\b")
# "Fatto: call sheet ... sent" / "Ray, here is ..." / "As promised by Stefan, please find attached ...":
# a short lead before the report
_LEAD = re.compile(r"^(?:[^,:;]{1,40}[:,]\s+)(?=\S)")
