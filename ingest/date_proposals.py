"""New due dates proposed for open work, and the other side agreeing to them.

"Would Tuesday 24 November be acceptable?" from the work's owner, or "can we move the
delivery of chapters 1-4 to Wednesday, November 25?" from the one who asked for it, puts a
date up without setting it: the task's history keeps the proposal (a ``proposed`` event),
the due date stays.  When someone else agrees in a later message of the thread ("Tuesday 24
November is absolutely fine", "27/11 ok", "The 9th is OK with us", "Monday is fine, no
stress"), the proposed date becomes the due date.  The agreement alone names no work ("1.12.
is fine for us" may be about a meeting): only the proposal it answers says which task moves
and to what day, so the store passes the thread's pending proposals in
``ExtractionContext.proposals``.

Pure functions, run as a back-off after the sentence rules: a rule that already set a date
for the task wins.
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import date

from ingest.dates import DateMention, find_dates, local_today, without_dates
from ingest.extraction_types import (
    DateProposal,
    Extraction,
    ExtractionContext,
    KnownTask,
    StatusChange,
)
from ingest.task_matching import content_words, match_known_task, match_task_hint
from ingest.text_segments import Unit

__all__ = ["AGREED_RULE", "PROPOSED_RULE", "date_proposals"]

PROPOSED_RULE = "natural:date-proposed"
AGREED_RULE = "natural:proposal-agreed"

# A day put up for agreement without a question mark: "kindly allow us till Monday 9th
# November", "we would propose 17.11. instead", "Can I have till Monday 23rd for the 15?"
_PROPOSING = re.compile(
    r"\b(?:allow|give|grant)\s+(?:us|me|him|her|them)\s+(?:\w+\s+){0,3}?(?:till|until|up to|to)\b"
    r"|\b(?:i|we|would|'d)\s+(?:like\s+to\s+)?(?:propose|suggest)\b"
    # "I'd like to deliver the hit report on Wednesday the 11th instead"
    r"|\b(?:i|we)(?:'d|\s+would)\s+(?:like|prefer)\s+to\b[^.?!]*\binstead\b"
    r"|\b(?:request|ask\s+for)\s+(?:an?\s+|some\s+)?(?:small\s+|short\s+|slight\s+)?(?:extension|more\s+time)\b"
    # "we must ask you to move the handover of the office from Friday 20.11 to Thursday 26.11"
    r"|\b(?:ask|request)\s+(?:you|your\s+team)\s+(?:kindly\s+)?to\s+(?:move|push|shift|postpone|reschedule)\b"
    # "The earliest we can ship is Wednesday 18 November" / "Realistic is 21.12."
    r"|\bthe\s+earliest\s+(?:we|i)\s+(?:can|could)\b|^realistic(?:ally)?\b",
    re.IGNORECASE)
# (what does not put a day up: a condition, a report of what happened, a refusal)
_CONDITION = re.compile(r"\b(?:if|unless|whether|when)\b", re.IGNORECASE)
_NOT_A_PROPOSAL = re.compile(r"\b(?:was|were|did|had|never|not|cannot)\b|n't\b", re.IGNORECASE)
_BY_CUE = re.compile(r"\b(?:by|until|till|before)\s+(?:the\s+)?$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:)]\s|\s[—–-]\s")

# A proposal from either side says it is one: asked ("can we move ... to", "would ... be
# acceptable", "is ... ok?") or put forward (see _PROPOSING); a question for information
# ("When will the deck come?") is not one
_ASKING = re.compile(
    r"\b(?:can|could|may|might|would|will|shall|is|are|does|do)\s+(?:i|we|you|it|that|this|they|he|she|[A-Z][\w'-]+|the\b[^?]{0,60}?)\b"
    r"|\b(?:ok|okay|possible|acceptable|alright|fine|feasible|work|suit)\s*\?"
    # "Is possible that I send you the segments the Wednesday 18 instead of Friday 13?"
    r"|^(?:\w+,\s+)?is\s+(?:it\s+)?possible\b", re.IGNORECASE)
_QUESTION_WORD = re.compile(r"^(?:\W*\w+\W+){0,3}?(?:what|which|who|whom|why|how|where)\b|\bwhen\s+(?:will|would|can|could|do|does|is|are)\b",
                            re.IGNORECASE)

# An agreement: "is (absolutely) fine", "works for us", "no problem for Thursday 12", "27/11
# ok", "21.12. it is", "np"
_AGREEING = re.compile(
    r"\b(?:is|'s|are|would be|will be|sounds?)\s+(?:absolutely\s+|totally\s+|perfectly\s+|also\s+|just\s+|actually\s+|really\s+|all\s+)?"
    r"(?:fine|ok|okay|alright|all right|grand|perfect|good|great|no problem|np|acceptable|agreed)\b"
    r"|\bno\s+(?:stress|worries|problem|issue|rush)s?\b|\bnp\b|\b(?:works|suits?)\b(?!\s+(?:on|in)\b)|\bit\s+is\b(?=\s*(?:[.!,]|$|for\b))"
    r"|\b(?:ok|okay|agreed|accepted|approved|sure|fine|granted|deal|noted)\b"
    # "We can live with Tuesday." / "Go ahead with Tuesday." / "All good, Tuesday."
    r"|\b(?:can|could)\s+live\s+with\b|^go\s+ahead\s+with\b|^all\s+good\b", re.IGNORECASE)
# (an agreement given to something else, or withheld)
_NOT_AGREEING = re.compile(r"\b(?:not|never|unfortunately|afraid|cannot|too late|rather|instead|if|unless|only if)\b|n't\b|\?",
                           re.IGNORECASE)
# (an agreement holds in its own clause: "Dr. Feldmann is away until Thursday, but I spoke
# with him: the 17.11. is fine for us")
_CLAUSES = re.compile(r"[:;]\s|\s[—–-]\s|,\s+but\s")
# "... suits us fine for the walk-through": what is agreed to, when the clause says
_AGREED_FOR = re.compile(r"\b(?:fine|ok|okay|good|perfect|great|works|suits?(?:\s+us)?|no problem)\s+(?:\w+\s+)?for\s+(?:the\s+|our\s+|your\s+|their\s+)?"
                         r"(?P<thing>(?!(?:us|me|them|you|him|her|everyone|all|both)\b)[\w'’ -]{3,60})", re.IGNORECASE)
# (the words of a short agreement besides its day: "Yes, Monday is fine, no stress")
_AGREEMENT_WORDS = frozenset({"yes", "yeah", "yep", "ok", "okay", "fine", "sure", "agreed", "accepted", "approved", "perfect",
                              "great", "good", "grand", "problem", "np", "stress", "worries", "work", "works", "suit", "suits",
                              "absolutely", "totally", "perfectly", "alright", "sound", "sounds", "thanks", "thank", "noted",
                              "deal", "issue", "rush", "date", "new", "day", "us", "me", "that", "then", "live", "go", "ahead",
                              "all"})
# (what a sentence proposing a day says besides the work: "Would Tuesday 24 November be acceptable?")
_PROPOSAL_WORDS = _AGREEMENT_WORDS | frozenset({
    "possible", "acceptable", "feasible", "instead", "rather", "push", "move", "shift", "later", "earlier", "deadline",
    "extension", "allow", "give", "till", "until", "have", "can", "could", "would", "may", "we'd", "i'd", "like", "propose",
    "suggest", "kindly", "please", "request", "small", "short", "bit", "more", "time", "week", "deliver", "send", "share",
    "submit", "finish", "still", "ask", "able", "possibly", "maybe", "perhaps", "earliest", "latest", "realistic", "realistically", "manage", "sorry",
    "afraid", "unfortunately"})


def date_proposals(units: list[Unit], result: Extraction, ctx: ExtractionContext) -> Extraction:
    """``result`` with the agreement to a pending proposal applied, else with the day a
    sentence proposes for open work on the thread recorded as a proposal."""
    agreed = _agreed(units, result, ctx)
    if agreed is not None:
        return replace(result, changes=[*result.changes, agreed])
    proposed = _proposed(units, result, ctx)
    if proposed is not None:
        return replace(result, changes=[*result.changes, proposed])
    return result


def _dated_already(result: Extraction, task_id: int) -> bool:
    return any(c.task_id == task_id and (c.new_due is not None or c.status is not None) for c in result.changes)


def _agreed(units: list[Unit], result: Extraction, ctx: ExtractionContext) -> StatusChange | None:
    author = ctx.author.email.lower()
    open_ids = {t.id: t for t in ctx.known_tasks}
    today = local_today(ctx.sent_at, ctx.author.tz)
    pending = [p for p in ctx.proposals if p.by.lower() != author and p.task_id in open_ids and p.due > today
               and not _dated_already(result, p.task_id)]
    if not pending:
        return None
    for at, unit in enumerate(units):
        for text in _CLAUSES.split(unit.text):
            agreeing = _AGREEING.search(text)
            if agreeing is None or _NOT_AGREEING.search(text, 0, _agreement_end(text, agreeing.end())):
                continue
            dates = find_dates(text, ctx.sent_at, ctx.author.tz, ctx.author.date_order, numeric_needs_cue=False)
            if len(dates) == 1:
                fits = [p for p in pending if _same_day(dates[0], p.due)]
            elif not dates and at < 3 and len(pending) == 1 and len(unit.text.split()) <= 10:
                # "Sounds good, no problem." at the top of the reply: the one day put up
                fits = pending
            else:
                continue
            if len(fits) != 1:
                continue
            task = open_ids[fits[0].task_id]
            agreed_for = _AGREED_FOR.search(without_dates(text, dates))
            if agreed_for is not None and not content_words(agreed_for.group("thing")) & content_words(task.title):
                # ("Monday the 30th suits us fine for the walk-through": another thing agreed)
                continue
            return StatusChange(task.id, None, None, fits[0].due, None, False, AGREED_RULE, unit.text)
    return None


# "Tuesday 17/11 is fine for us, at 10:00 Madrid time ... or at 14:00 if you prefer": what
# comes after the day's agreement (the hour) does not take it back
_AT_AN_HOUR = re.compile(r",\s+(?:at|from)\s+\d{1,2}(?:[:.]\d{2})?\b")


def _agreement_end(text: str, at: int) -> int:
    hour = _AT_AN_HOUR.search(text, at)
    return hour.start() if hour is not None else len(text)


def _proposed(units: list[Unit], result: Extraction, ctx: ExtractionContext) -> StatusChange | None:
    on_thread = [t for t in ctx.known_tasks if t.due is not None and (t.id in ctx.thread_tasks or t.id == ctx.thread_task_id)]
    if not on_thread:
        return None
    author = ctx.author.email.lower()
    today = local_today(ctx.sent_at, ctx.author.tz)
    # (a sentence the rules read as a request or as a slip with its day is that, not a proposal)
    asked_now = {t.evidence.strip() for t in result.tasks} | {c.evidence.strip() for c in result.changes
                                                           if c.new_due is not None and c.task_id is not None}
    # ("I am afraid the anonymised case notes will take longer than expected. Would Tuesday
    # 24 November be acceptable?": the slip said before names the work)
    slipping = [c.task_id for c in result.changes if c.new_due is None and c.status is None and c.task_id is not None]
    # ("... but 14.12. is not realistic. ... Realistic is 21.12., if we get the openings by
    # 27.11.": the work whose day was just turned down)
    denied = _days_turned_down(units, on_thread, ctx)
    for unit in units:
        text = unit.text
        ask = _ASKING.search(text) if "?" in text and _QUESTION_WORD.search(text) is None else None
        cue = ask or _PROPOSING.search(text)
        if cue is None or any(e and e in text for e in asked_now):
            continue
        if _CONDITION.search(text.split("?")[0], 0, cue.start()) or _NOT_A_PROPOSAL.search(text, _clause_start(text, cue.start()), cue.end() + 80):
            # ("If the notes slip, would Tuesday work?"; "Since the custodians won't be collected
            # until Tuesday, I'd like to deliver the hit report on Wednesday instead": the
            # reason may say no, the proposal may not)
            continue
        dates = find_dates(text, ctx.sent_at, ctx.author.tz, ctx.author.date_order, numeric_needs_cue=False)
        said = without_dates(text, dates)
        asked = without_dates(text, [d for d in dates if d.start >= cue.start()])[cue.start():]
        task = _work_named(said, asked, on_thread, author, slipping, denied)
        if task is None or _dated_already(result, task.id):
            continue
        # ("Can we share the wireframes on Wednesday 18th instead of Friday 13th?": the old day is not the new one)
        # (a day later than the work's: sooner needs nobody's leave, "Can we send you the
        # storyboards on Monday 9th?" for work due on the 13th)
        new = [d for d in dates if d.value != task.due and d.value > today and (task.due is None or d.value > task.due)]
        if len(new) > 1:
            # ("Since the demo build moved to December 1st anyway, can we move the delivery
            # of chapters 1-4 to Wednesday, November 25?": the day asked for, not the reason's)
            new = [d for d in new if d.start > cue.start()]
        condition = _CONDITION.search(text, cue.end())
        if len(new) > 1 and condition is not None:
            # ("Realistic is 21.12., if we get the openings by 27.11.": the condition's day is not the one put up)
            new = [d for d in new if d.start < condition.start()]
        if len(new) > 1:
            # ("Could we start on Monday the 23rd and finish by Friday the 27th instead?": the
            # day the work is done by)
            new = [d for d in new if _BY_CUE.search(text, 0, d.start)]
        if len(new) != 1 or len(dates) - len(new) > 1:
            continue
        return StatusChange(task.id, None, None, None, None, False, PROPOSED_RULE, text, proposed_due=new[0].value)
    return None


_TURNED_DOWN = re.compile(r"\b(?:not|isn't|is not)\s+(?:realistic|possible|feasible|doable|achievable|going to work)\b|"
                          r"\b(?:can't|cannot|won't|will not)\s+(?:make|meet|manage|do)\b|\bimpossible\b|\btoo\s+tight\b",
                          re.IGNORECASE)


def _days_turned_down(units: list[Unit], on_thread: list[KnownTask], ctx: ExtractionContext) -> list[int]:
    """The thread's open tasks whose own due day a sentence of the message names and turns down."""
    denied: list[int] = []
    for unit in units:
        if not _TURNED_DOWN.search(unit.text):
            continue
        days = {d.value for d in find_dates(unit.text, ctx.sent_at, ctx.author.tz, ctx.author.date_order, numeric_needs_cue=False)}
        denied.extend(t.id for t in on_thread if t.due in days and t.id not in denied)
    return denied


def _work_named(said: str, asked: str, on_thread: list[KnownTask], author: str, slipping: list[int],
                denied: list[int]) -> KnownTask | None:
    """The open task on the thread the proposal is for: the one it names (or the one the ask
    itself is mostly about: "can we move the delivery of chapters 1-4 to ..."), else (when it
    says nothing but the day) the work said to slip, the writer's one dated task on the
    thread, or the thread's one dated task."""
    named = match_task_hint(said, on_thread) or match_known_task(said, on_thread)
    if named is not None:
        return named
    words = content_words(asked) - _PROPOSAL_WORDS
    about = [t for t in on_thread if 2 * len(_shared(words, content_words(t.title))) >= len(words)] if words else []
    if len(about) == 1:
        return about[0]
    words = content_words(said) - _PROPOSAL_WORDS
    if words:
        # ("We therefore need a little more time for the longlist and would propose 17.11."):
        # the one piece of work on the thread the sentence shares a word with
        about = [t for t in on_thread if _shared(words, content_words(t.title))]
        if not about and len(denied) == 1:
            # (naming something else the new day waits on: "if we get the openings by 27.11.")
            about = [t for t in on_thread if t.id in denied]
        return about[0] if len(about) == 1 else None
    for pool in ([t for t in on_thread if t.id in slipping], [t for t in on_thread if (t.owner or "").lower() == author],
                 on_thread):
        if len(pool) == 1:
            return pool[0]
        if pool:
            return None
    return None


def _shared(words: AbstractSet[str], title_words: AbstractSet[str]) -> set[str]:
    """The words of ``words`` the title has, or has another form of ("the validation" for
    "Validate the test plan", "the delivery" for "Deliver ...")."""
    stems = {w[:6] for w in title_words if len(w) >= 6}
    return {w for w in words if w in title_words or (len(w) >= 6 and w[:6] in stems)}


# (a weekday said alone: "Tuesday is fine" agrees to the Tuesday put up, even a week out)
_WEEKDAY_ONLY = re.compile(r"^(?:on\s+|next\s+|this\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?$", re.IGNORECASE)


def _same_day(said: DateMention, proposed: date) -> bool:
    if said.value == proposed:
        return True
    return (_WEEKDAY_ONLY.match(said.text.strip()) is not None and said.value.weekday() == proposed.weekday()
            and 0 < (proposed - said.value).days <= 14)


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding position ``at`` begins."""
    ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    return ends[-1] if ends else 0


def pending_from(events: list[tuple[int, str, str | None, str | None]]) -> list[DateProposal]:
    """The pending proposals among task events ``(task_id, kind, new_value, person email)``
    in the order they happened: a task's last ``proposed`` event not followed by a new due
    date."""
    last: dict[int, DateProposal | None] = {}
    for task_id, kind, value, by in events:
        if kind == "proposed" and value:
            try:
                last[task_id] = DateProposal(task_id, date.fromisoformat(value), by or "")
            except ValueError:
                continue
        elif kind == "due":
            last[task_id] = None
    return [p for p in last.values() if p is not None]
