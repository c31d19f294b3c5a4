"""Rules for items written in ordinary prose, one sentence at a time.

Precision comes first (a false task costs the team more than a missed one), so every
rule needs a clear trigger: a request form ("could you", "please") or a commitment
("I'll", "Tom will") followed by a verb from a closed list of work verbs; a decision
phrase ("we've decided", "let's go with", "approved:"); a real question; a delay or
block wording; a completion that names an open task.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from ingest.addressing import MemberIndex, sentence_vocative
from ingest.dates import find_dates, local_today
from ingest.extraction_types import (
    DecisionItem,
    ExtractionContext,
    QuestionItem,
    StatusChange,
    TaskItem,
)
from ingest.item_phrasing import (
    ACTION_VERBS,
    INFO_VERBS,
    capitalise,
    clean_summary,
    make_title,
    pick_due,
    reason_from,
    split_rationale,
)
from ingest.rules_explicit import Item
from ingest.task_matching import match_known_task

__all__ = ["Frame", "sentence_items"]


@dataclass(frozen=True)
class Frame:
    """What the sentence rules need to know about the whole message."""

    ctx: ExtractionContext
    index: MemberIndex
    task_owner_fallback: str | None   # who "you" is for a request, when nobody is named
    question_fallback: str | None     # who a question is put to, when nobody is named


# ---------------------------------------------------------------- tasks

_WHO_GROUP = (r"(?:you(?:\s+(?:both|two|guys|all))?|u|one of you|either of you|someone|somebody|anyone|anybody|y'all)"
              r"(?:\s+(?:on|from|at)\s+(?:your|their)\s+(?:side|end|team))?")
_REQ_ABLE = re.compile(
    r"\b(?:would|could|will|can)\s+(?P<who>" + _WHO_GROUP + r")\s+(?:please\s+)?(?:be able to|mind|be so kind as to)\s+(?:please\s+)?(?P<vp>\S.*)",
    re.IGNORECASE,
)
_REQ_MODAL = re.compile(
    r"\b(?:could|can|would|will)\s+(?P<who>" + _WHO_GROUP + r")\s+(?:(?:please|also|kindly|just|possibly|quickly|maybe|perhaps|still)\s+)*(?P<vp>\S.*)",
    re.IGNORECASE,
)
_REQ_PHRASE = re.compile(
    r"\b(?:any chance (?P<who>you|someone|one of you|anyone) could|is it possible for (?:you|someone) to|"
    r"(?:would|will) it be possible (?:for you )?to|is it possible to|(?:i was|i'm|i am|we were|we're|we are) wondering if (?P<who2>you|someone|one of you) could|"
    r"(?:could|can|may) (?:i|we) ask (?:you )?to|(?:i|we)(?:'d| would) like you to|(?:i|we) need you to|(?:i|we)(?:'d| would) appreciate (?:it )?if you could|"
    r"it would be (?:great|helpful|good|ideal|nice|amazing) if (?:you|someone) could|are you able to|"
    r"(?:do|would) you mind)\s+(?:please\s+|also\s+)?(?P<vp>\S.*)",
    re.IGNORECASE,
)
_REQ_PLEASE = re.compile(
    r"(?:^|[,;:—–]\s*|\b(?:also|and|then|so|but|yes|ok|okay|sure)[,!]?\s+)(?:please|pls|plz|kindly)[,!]?\s+(?:also\s+|just\s+)?(?P<vp>\S.*)",
    re.IGNORECASE,
)
_COMMIT = re.compile(
    r"(?:^|(?<=[\s,;:—–(]))(?P<subj>i|we)\s*(?P<modal>'ll| will| shall| am going to|'m going to| are going to|'re going to| plan to| intend to| can| expect to| hope to| aim to)\s+"
    r"(?:(?:also|then|just|now|personally|definitely|first|quickly|still|go ahead and|try to|make sure to|aim to)\s+)*(?P<vp>\S.*)",
    re.IGNORECASE,
)
_THIRD = re.compile(
    r"(?:^|(?<=[\s,;:—–(]))(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:will|'ll|is going to)\s+(?:(?:also|then|now)\s+)?(?P<vp>\S.*)"
)
_NEED = re.compile(
    r"^(?:(?:and|also|so|but|now),?\s+)?(?:i|we)\s+(?:(?:really|still|will|'ll|would|'d|urgently|definitely|also)\s+)?(?:need|require)\s+"
    r"(?P<vp>(?:the|a|an|your|our|all|some|those|these|that)\b.+)",
    re.IGNORECASE,
)
_IMPERATIVE_OBJECT = re.compile(
    r"^(?:the|a|an|our|your|my|this|these|those|me|us|him|her|them|it|over|out|up|in|on|off|back|down|some|all|any|\d)\b",
    re.IGNORECASE,
)
_PRONOUN_OBJECT = re.compile(r"^(?:(?:over|up|out|back|in|on|off|down|into)\s+)?(?:it|this|that|them|these|those|one|something|anything|things?)\b", re.IGNORECASE)
_VAGUE_AFTER_GET = re.compile(r"^(?:back|in touch|started|going|on it|around|together|a chance|to it)\b", re.IGNORECASE)
_HAVE_READY = re.compile(r"^have\s+(?P<obj>.{1,100}?)\s+(?:ready|done|finished|sorted|completed|wrapped up|over)\b", re.IGNORECASE)
_HAVE_MEMBER = re.compile(r"^(?:have|get)\s+(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:to\s+)?(?P<vp>\S.*)")
_GROUP_WHO = re.compile(r"\b(?:both|two|guys|all|one of you|either of you|someone|somebody|anyone|anybody|y'all)\b", re.IGNORECASE)
_INFO_LEAD = re.compile(r"^(?:check|see|find out|look)\s+(?:if|whether|when|what|how|who|which)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Trigger:
    start: int
    vp_start: int
    kind: str          # request | commitment | offer | third | need
    owner_hint: str | None
    group: bool


def _base_verb(word: str) -> str | None:
    """Base form of a verb from the work list ("sending" -> "send"), or None."""
    w = word.lower().strip(",.;:!?\"'")
    if w in ACTION_VERBS:
        return w
    if w.startswith("re") and w[2:] in ACTION_VERBS and len(w) > 5:
        # "resend", "reupload", "reassign": redoing a piece of work is work too.
        return w
    if w.endswith("ing") and len(w) > 5:
        stem = w[:-3]
        for cand in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
            if cand in ACTION_VERBS:
                return cand
    return None


def _verb_phrase(vp: str, *, has_date: bool) -> tuple[str | None, bool]:
    """Check that ``vp`` starts with a work verb; return (phrase for the title, is_info).

    ``is_info`` marks "confirm ..." / "let me know ..." / "check if ..." (a question).
    """
    words = vp.split(None, 1)
    if not words:
        return None, False
    first = words[0].lower().strip(",.;:!?")
    rest = words[1] if len(words) > 1 else ""
    if first in INFO_VERBS or _INFO_LEAD.match(vp):
        return None, True
    m = _HAVE_READY.match(vp)
    if m:
        return vp, False
    if first == "have" and has_date and re.match(r"(?:the|a|an|our|your|my|all|both)\b", rest, re.IGNORECASE):
        # "I'll have a signed contract by the 22nd"
        return vp, False
    base = _base_verb(first)
    if base is None or re.match(r"(?:not|n't)\b", rest, re.IGNORECASE) or first.endswith("n't"):
        return None, False
    if base == "get" and _VAGUE_AFTER_GET.match(rest):
        return None, False
    if _PRONOUN_OBJECT.match(rest) and not has_date:
        return None, False
    if not rest.strip(" .!?,"):
        return None, False
    return base + " " + rest if base != first else vp, False


def _triggers(sentence: str, frame: Frame, question: bool) -> list[_Trigger]:
    found: list[_Trigger] = []
    for rx in (_REQ_ABLE, _REQ_PHRASE, _REQ_MODAL, _REQ_PLEASE):
        for req in rx.finditer(sentence):
            who = req.groupdict().get("who") or req.groupdict().get("who2") or "you"
            group = bool(_GROUP_WHO.search(who))
            found.append(_Trigger(req.start(), req.start("vp"), "request", None, group))
    if not question:
        for m in _COMMIT.finditer(sentence):
            soft = m.group("modal").strip().lower() in ("can", "expect to", "hope to", "aim to")
            kind = "offer" if soft else "commitment"
            found.append(_Trigger(m.start(), m.start("vp"), kind, frame.ctx.author.email, False))
        for m in _THIRD.finditer(sentence):
            name = m.group("name")
            email = frame.index.lookup(name) or frame.index.lookup(name.split()[0])
            if email:
                found.append(_Trigger(m.start(), m.start("vp"), "third", email, False))
        need = _NEED.match(sentence)
        if need:
            found.append(_Trigger(need.start(), need.start("vp"), "need", None, False))
    found.sort(key=lambda t: (t.start, t.vp_start))
    kept: list[_Trigger] = []
    for trig in found:
        if kept and trig.start < kept[-1].vp_start:
            continue
        kept.append(trig)
    return kept


def _request_owner(sentence: str, frame: Frame, group: bool) -> str | None:
    mention, _ = frame.index.find_mention(sentence)
    if mention:
        return mention
    if group:
        return None
    vocative, _ = sentence_vocative(sentence, frame.index)
    if vocative and vocative != frame.ctx.author.email:
        return vocative
    return frame.task_owner_fallback


def _tasks(sentence: str, frame: Frame, question: bool) -> tuple[list[TaskItem], bool]:
    """Tasks in a sentence, and whether it was a request for information instead."""
    ctx = frame.ctx
    author = ctx.author
    triggers = _triggers(sentence, frame, question)
    tasks: list[TaskItem] = []
    info = False
    for i, trig in enumerate(triggers):
        end = triggers[i + 1].start if i + 1 < len(triggers) else len(sentence)
        clause = sentence[trig.vp_start:end]
        # A trailing vocative ("..., Beth?") is not part of the work.
        clause = re.sub(r",\s*[A-Z][\w'-]*\s*([?.!]*)\s*$", r"\1", clause)
        due = pick_due(clause, ctx.sent_at, author.tz, author.date_order)
        owner = trig.owner_hint
        vp: str | None
        if trig.kind == "need":
            if due is None:
                continue
            vp, is_info = "provide " + clause, False
            owner = _request_owner(sentence, frame, False)
        else:
            hm = _HAVE_MEMBER.match(clause) if trig.kind in ("commitment", "offer") else None
            if hm and frame.index.lookup(hm.group("name")):
                owner = frame.index.lookup(hm.group("name"))
                clause = hm.group("vp")
            vp, is_info = _verb_phrase(clause, has_date=due is not None or trig.kind == "request")
            if is_info and trig.kind == "request":
                info = True
                continue
            if vp is None:
                continue
            if trig.kind in ("third", "offer") and due is None:
                continue
            if trig.kind == "request":
                owner = _request_owner(sentence, frame, trig.group)
        title = make_title(vp, ctx.sent_at, author.tz, author.date_order)
        if len(title) < 3:
            continue
        rule = {"request": "natural:request", "commitment": "natural:commitment", "offer": "natural:offer",
                "third": "natural:commitment-other", "need": "natural:need"}[trig.kind]
        tasks.append(TaskItem(title, owner, due, "open", rule, sentence))
    if not tasks and not info and not question and not triggers:
        imperative = _imperative(sentence, frame)
        if imperative:
            tasks.append(imperative)
    return tasks, info


def _imperative(sentence: str, frame: Frame) -> TaskItem | None:
    """"Send me the final deck by Friday." - a bare command with a deadline."""
    ctx = frame.ctx
    author = ctx.author
    _, skip = sentence_vocative(sentence, frame.index)
    body = re.sub(r"^(?:(?:also|and|then|so|ok|okay)[,]?\s+)+", "", sentence[skip:], flags=re.IGNORECASE)
    words = body.split(None, 1)
    if len(words) < 2 or words[0].lower() not in ACTION_VERBS or not words[0][0].isupper() and skip == 0:
        return None
    if not _IMPERATIVE_OBJECT.match(words[1]):
        return None
    due = pick_due(body, ctx.sent_at, author.tz, author.date_order)
    if due is None and not re.search(r"\bplease\b", body, re.IGNORECASE):
        return None
    title = make_title(body, ctx.sent_at, author.tz, author.date_order)
    if len(title) < 3:
        return None
    owner = _request_owner(sentence, frame, False)
    return TaskItem(title, owner, due, "open", "natural:imperative", sentence)


# ---------------------------------------------------------------- decisions

_DEC_DECIDED = re.compile(
    r"\b(?P<subj>(?i:we|i|they|the client|the team|the board|management|everyone)|[A-Z][a-z]+)\s*(?:'ve|'d|(?i: have| has| had))?\s+"
    r"(?i:(?:just|finally|now|all|jointly|already)\s+)?(?P<verb>(?i:decided|agreed|chosen|chose|opted|settled))\s+"
    r"(?i:(?:internally|together|between us|with \w+)\s+)?(?P<prep>(?i:to|on|that|against|for|upon))?\s*(?P<body>\S.*)"
)
_DEC_LETS = re.compile(
    r"(?:^|[,;:—–]\s*|\b(?:so|ok|okay|then|great|perfect|fine|alright|good)[,!.]?\s+)let'?s\s+"
    r"(?P<body>(?:go (?:ahead )?with|go for|use|stick with|keep|proceed with|move forward with|move ahead with|"
    r"switch to|drop|choose|pick|opt for|launch|ship|lock in|finali[sz]e|settle on|cancel|skip|scrap|ditch|"
    r"hold off on|freeze|approve|go live)\b.*)",
    re.IGNORECASE,
)
_DEC_GOING = re.compile(
    r"\b(?:we|i)(?:'re| are|'ll| will|'ve| have|'m| am|'d like to| would like to| want to| prefer to)\s+(?:now\s+|officially\s+|definitely\s+)?"
    r"(?:going to go|going|gone|go|sticking|stick|proceeding|proceed|moving forward|move forward|moving ahead|move ahead|opting|opt|settling|settle)\s+(?:ahead\s+)?(?:with|for|on)\s+(?P<body>\S.*)",
    re.IGNORECASE,
)
_DEC_LABEL = re.compile(
    r"^(?:final decision|decision|decided|approved|verdict|conclusion|resolution|sign-?off|signed off)\s*(?::|\s[-–—])\s*(?P<body>\S.*)",
    re.IGNORECASE,
)
_DEC_AGREED = re.compile(r"^(?:(?:ok(?:ay)?|yes|great|fine)[,!]?\s+)?agreed\b[\s,:;.!—–-]*(?:(?:on|to|that|with)\s+)?(?P<body>\S.*)", re.IGNORECASE)
_DEC_GO_AHEAD = re.compile(r"(?:^|[,;:—–]\s*|\bplease\s+|\byou can\s+|\bfeel free to\s+)go ahead (?P<how>with|and)\s+(?P<body>\S.*)", re.IGNORECASE)
_DEC_APPROVE = re.compile(
    r"\b(?:we|i)\s+(?:(?:have|'ve|hereby|officially|formally|now)\s+)?(?:approve|approved|sign off on|signed off on|green-?light|green-?lit)\s+(?P<body>\S.*)",
    re.IGNORECASE,
)
_DEC_IS_APPROVED = re.compile(
    r"^(?P<subj>(?:the|our|your|this)\s+[\w /&'-]{2,60}?)\s+(?:is|are|has been|have been)\s+(?:now\s+|officially\s+|formally\s+)?"
    r"(?:approved|signed off|green-?lit)\b|"
    # "Menu approved!" - a short verdict line
    r"^(?P<subj2>[A-Z][\w/&'-]*(?:\s+[\w/&'-]+){0,3})\s+(?:approved|signed off|green-?lit)\s*[.!]*$",
    re.IGNORECASE,
)
_DEC_GO_FOR_IT = re.compile(r"^(?:(?:yes|ok|okay|sure|great)[,!]?\s+)?go for it\b[\s,.!;—–-]*(?P<body>.*)$", re.IGNORECASE)
_DEC_AS_AGREED = re.compile(
    r"^as (?:we )?(?:agreed|discussed|decided)(?:\s+[^,]{1,40})?,\s*(?P<body>\S.*)", re.IGNORECASE)
_CONDITIONAL_START = re.compile(r"^(?:if|once|when|whenever|unless|until|after|before|as soon as|should)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|n't|never|yet to|no one|nobody)\b", re.IGNORECASE)
_TRIVIAL_BODY = re.compile(r"^(?:thanks|thank you|sounds good|cheers|great|perfect|100%|totally|absolutely|completely)\b", re.IGNORECASE)


def _decision(sentence: str, frame: Frame) -> DecisionItem | None:
    ctx = frame.ctx
    author = ctx.author.email
    text = sentence.strip()
    _, skip = sentence_vocative(text, frame.index)
    text = text[skip:]
    if _CONDITIONAL_START.match(text):
        return None

    def make(summary_body: str, rule: str, prefix: str = "", by: str | None = None) -> DecisionItem | None:
        body, why = split_rationale(summary_body)
        # "we decided against SMS; email is enough" - the decision ends at the semicolon.
        body = body.split(";", 1)[0]
        summary = clean_summary(prefix + body if prefix else body)
        if len(summary) < 3 or _TRIVIAL_BODY.match(body):
            return None
        return DecisionItem(summary, why, by or author, rule, sentence)

    m = _DEC_LABEL.match(text)
    if m:
        return make(m.group("body"), "natural:decision-label")
    m = _DEC_DECIDED.search(text)
    if m and not _NEGATED.search(text[: m.start("verb")]):
        subj = m.group("subj")
        by = None
        if subj[0].isupper() and subj.lower() not in ("we", "i", "they", "everyone"):
            by = frame.index.lookup(subj)
            if by is None and not subj.lower().startswith(("the ", "management")):
                m = None
        if m is not None:
            prep = (m.group("prep") or "").lower()
            prefix = "Decided against " if prep == "against" else ""
            return make(m.group("body"), "natural:decided", prefix, by)
    m = _DEC_LETS.search(text)
    if m:
        return make(m.group("body"), "natural:lets")
    m = _DEC_GOING.search(text)
    if m:
        return make(m.group("body"), "natural:going-with", "Go with ")
    m = _DEC_AGREED.match(text)
    if m and len(m.group("body").split()) >= 2:
        return make(m.group("body"), "natural:agreed")
    m = _DEC_GO_AHEAD.search(text)
    if m:
        return make(m.group("body"), "natural:go-ahead", f"Go ahead {m.group('how').lower()} ")
    m = _DEC_APPROVE.search(text)
    if m and not _NEGATED.search(text[: m.start()]):
        return make(m.group("body"), "natural:approve", "Approve ")
    m = _DEC_IS_APPROVED.match(text)
    if m:
        return make((m.group("subj") or m.group("subj2")) + " approved", "natural:approved")
    m = _DEC_GO_FOR_IT.match(text)
    if m:
        return make("Go for it" + (", " + m.group("body") if m.group("body") else ""), "natural:go-ahead")
    m = _DEC_AS_AGREED.match(text)
    if m and not _triggers(m.group("body"), frame, question=False):
        return make(m.group("body"), "natural:as-agreed")
    return None


# ---------------------------------------------------------------- status changes

_BLOCKED = re.compile(
    r"(?:\b(?:is|are|am|was|were|been|being|currently|still|now|get|got|getting)\s+|'m\s+|'re\s+|'s\s+|:\s*|^)"
    r"(?:still\s+|currently\s+|completely\s+)?(?P<kw>blocked|stuck|held up)\b\s*(?P<rest>.*)",
    re.IGNORECASE,
)
_WAITING = re.compile(
    r"\b(?:i'm|i am|we're|we are|still|currently)\s+(?:still\s+)?waiting (?:on|for)\s+(?P<obj>[^,;.—–]{2,100})", re.IGNORECASE)
_BLOCK_OBJECT = re.compile(r"^(?:[:\-–]\s*)?(?:on|by|until|till|pending|waiting (?:on|for)|because(?: of)?|due to)?\s*(?P<obj>.*)$", re.IGNORECASE)
_SLIP_PASSIVE = re.compile(
    r"\b(?:(?:is|are|has been|have been|'s|was|were|got|been|being|will be|gets?|'ll be)\s+(?:now\s+|officially\s+|being\s+)?"
    r"(?:pushed(?:\s+(?:back|out))?|moved|postponed|delayed|rescheduled|bumped|shifted|deferred|slipping|slipped|sliding)|"
    r"(?:has\s+|have\s+)?(?:slipped|slid))\b",
    re.IGNORECASE,
)
_SLIP_ACTIVE = re.compile(
    r"\b(?:we(?:'re| are| have|'ve| will|'ll)?|i(?:'m| am| have|'ve| will|'ll)?|they(?:'re| are| have|'ve)?|let's|need to|have to|had to)\s+"
    r"(?:to\s+)?(?:push|pushing|pushed|move|moving|moved|postpone|postponing|postponed|delay|delaying|delayed|"
    r"reschedule|rescheduling|rescheduled|bump|bumping|bumped|shift|shifting|shifted)\s+(?:back\s+)?"
    r"(?P<obj>[^,;.]{2,80}?)\s+(?:back\s+)?(?:to|until|till|into)\s+(?P<target>[^,;]{1,40})",
    re.IGNORECASE,
)
_TIME_TARGET = re.compile(
    r"^(?:the\s+)?(?:later|next|the following|another|after|early|mid|late|end of|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|q[1-4]|spring|summer|autumn|fall|winter)\b",
    re.IGNORECASE,
)
_NEW_DATE = re.compile(r"\bnew (?:due )?date\b\s*(?:is|will be|would be|:|-|–)?\s*", re.IGNORECASE)
_NEED_MORE = re.compile(
    r"\b(?:need|needs|needed|require|requires|asking for|ask for|take|takes)\s+(?P<n>another|an extra|an additional|one more|a few more|a couple more|a couple of extra|"
    r"\d+ (?:more|extra|additional)|(?:two|three|four|five|six) (?:more|extra|additional))\s+(?P<unit>days?|weeks?)\b(?:\s+(?:for|on|to finish|to complete)\s+(?P<obj>[^,;.—–]{2,80}))?",
    re.IGNORECASE,
)
_LATE = re.compile(
    r"\b(?:will be|'ll be|are|'re|is|'s|am|'m|running|be|be running)\s+(?:(?:a\s+(?:few|couple(?:\s+of)?)\s+days?|a\s+(?:bit|little|week|day)|"
    r"(?:\d+|one|two|three|four|five)\s+(?:days?|weeks?)|slightly|very|quite)\s+)?(?:late|behind(?:\s+schedule)?|overdue)\b"
    r"(?:\s+(?:on|with)\s+(?P<obj>[^,;.—–]{2,80}))?",
    re.IGNORECASE,
)
_WONT_MAKE = re.compile(r"\b(?:won't|will not|can't|cannot|not going to)\s+(?:make|hit|meet)\s+(?:the\s+)?(?:deadline|date|\w+day)\b", re.IGNORECASE)
_WILL_LAND = re.compile(
    r"^(?P<subj>[^,;]{3,80}?)\s+(?:will|'ll|is going to|are going to)\s+(?:now\s+|only\s+|instead\s+)?"
    r"(?:land|be ready|be done|be finished|be delivered|be complete|ship|arrive|go live|launch|be live|be available|be out|"
    r"be final|be finali[sz]ed|be confirmed|be signed|be sent|be submitted)\b",
    re.IGNORECASE,
)
_SLIP_WORDS = re.compile(r"\b(?:now|instead of|rather than|delay|delayed|slip|slipped|late|postponed|pushed)\b", re.IGNORECASE)
_COMPLETE_STATE = re.compile(
    r"^(?P<subj>[^,;:]{2,80}?)(?:(?:\s+(?:is|are|has been|have been|was|were)|'s|'re)\s+(?:now\s+|all\s+|finally\s+|already\s+|officially\s+)?"
    r"(?P<state>done|finished|complete|completed|live|ready|sent|delivered|uploaded|deployed|published|shipped|merged|fixed|signed|launched|wrapped up|loaded|in place)|"
    r"\s+(?:has\s+|have\s+)?(?P<event>arrived|landed|gone live|went live|gone out|went out|been received|been delivered))\b",
    re.IGNORECASE,
)
_COMPLETE_ACTION = re.compile(
    r"\b(?:i|we)(?:'ve| have)?\s+(?:just\s+|now\s+|finally\s+|already\s+)?(?P<verb>sent over|sent|uploaded|pushed|delivered|published|deployed|finished|completed|fixed|"
    r"shared|submitted|merged|launched|shipped|emailed|signed|paid|filed|posted|released|wrapped up)\s+(?P<obj>.+)",
    re.IGNORECASE,
)
_COMPLETE_LABEL = re.compile(r"^(?P<subj>[^:]{2,60}):\s*(?:done|finished|complete|completed|live|sent|delivered|shipped)\b", re.IGNORECASE)
_NOT_YET = re.compile(r"\b(?:not|n't|never|almost|nearly|once|when|if|until|should|will|would|could|might)\b", re.IGNORECASE)
_LABEL_PREFIX = re.compile(r"^[^:]{1,40}:\s+(?=\S)")
_SUBJECT_NOISE = re.compile(r"^(?:(?:also|and|but|so|update|fyi|heads[- ]up|quick update|small delay)[,:]?\s+)+", re.IGNORECASE)
_PERSON_SUBJECT = re.compile(r"^(?:i|i'm|i am|we|we're|we are|you|they|it|it's|this|that)$", re.IGNORECASE)


def _resolve_task(hint: str | None, sentence: str, frame: Frame, *, hint_first: bool = True) -> int | None:
    known = frame.ctx.known_tasks
    if hint_first and hint:
        task = match_known_task(hint, known, min_text_coverage=0.5)
        if task:
            return task.id
    if frame.ctx.task_id is not None:
        return frame.ctx.task_id
    if hint_first and hint:
        # The sentence says what slipped; another task sharing a word is not it.
        return None
    task = match_known_task(sentence, known)
    return task.id if task else None


def _clean_hint(text: str | None) -> str | None:
    if not text:
        return None
    text = _SUBJECT_NOISE.sub("", text.strip(" ,;:-—–"))
    text = re.sub(r"^(?:the|our|my|your)\s+", "", text, flags=re.IGNORECASE) if len(text.split()) > 1 else text
    text = re.sub(r"\s+(?:is|are|was|were|has|have|will|'s|'re)$", "", text, flags=re.IGNORECASE)
    if not text or _PERSON_SUBJECT.match(text):
        return None
    return text


def _label_before(text: str, end: int) -> str | None:
    """"Analytics tags: blocked until ..." - the label names the task."""
    head = text[:end]
    if ":" in head and not head.rsplit(":", 1)[1].strip(" ,-"):
        return _clean_hint(head.rsplit(":", 1)[0])
    return None


def _subject_before(text: str, end: int) -> str | None:
    """The grammatical subject before a status word, ignoring a "Heads-up:" preamble."""
    head = text[:end]
    if ":" in head:
        after = head.rsplit(":", 1)[1]
        if after.strip(" ,-"):
            return _clean_hint(after)
        return _clean_hint(head.rsplit(":", 1)[0])
    return _clean_hint(head)


def _slip_due(sentence: str, after: int, frame: Frame):
    author = frame.ctx.author
    head = re.split(r"\b(?:because|since|due to)\b|\s[—–]\s", sentence[after:], maxsplit=1)[0]
    dates = find_dates(head, frame.ctx.sent_at, author.tz, author.date_order)
    return dates[0].value if dates else None


def _changes(sentence: str, frame: Frame) -> list[StatusChange]:
    text = sentence.strip()
    ctx = frame.ctx
    author = ctx.author

    m = _BLOCKED.search(text)
    if m and not re.search(r"\b(?:not|no longer|n't|un)\s*$", text[: m.start("kw")], re.IGNORECASE):
        subject = _subject_before(text, m.start("kw"))
        rest = m.group("rest")
        obj = _BLOCK_OBJECT.match(rest)
        blocker = obj.group("obj").strip(" .!") if obj else rest.strip(" .!")
        reason = reason_from(rest) or (re.split(r"\s+because\b", blocker, maxsplit=1, flags=re.IGNORECASE)[0] or None)
        block_hint = subject
        task_id = _resolve_task(subject, text, frame)
        if subject is None and task_id is not None:
            # "I'm blocked on the newsletter signup because ..." - the object is the task.
            named = match_known_task(blocker, ctx.known_tasks)
            if named is not None and named.id == task_id and reason_from(rest):
                block_hint = re.split(r"\s+because\b", blocker, maxsplit=1, flags=re.IGNORECASE)[0]
        return [StatusChange(task_id, block_hint, "blocked", None, reason, False, "natural:blocked", sentence)]

    m = _WAITING.search(text)
    if m:
        task_id = _resolve_task(None, text, frame, hint_first=False)
        if task_id is not None:
            reason = m.group("obj").strip()
            return [StatusChange(task_id, None, "blocked", None, reason, False, "natural:waiting", sentence)]

    slip_at = None
    hint: str | None = None
    for rx in (_SLIP_PASSIVE, _SLIP_ACTIVE, _NEW_DATE, _NEED_MORE, _LATE, _WONT_MAKE):
        m = rx.search(text)
        if m is None:
            continue
        if rx is _SLIP_ACTIVE and not (_TIME_TARGET.match(m.group("target")) or find_dates(
                m.group("target"), ctx.sent_at, author.tz, author.date_order)):
            continue
        if rx is _LATE and re.search(r"\b(?:not|n't|never|no longer)\s*(?:be\s+)?$", text[: m.start() + 8], re.IGNORECASE):
            continue
        slip_at = m
        if rx is _SLIP_PASSIVE:
            hint = _subject_before(text, m.start())
        elif rx in (_SLIP_ACTIVE, _NEED_MORE, _LATE):
            hint = _clean_hint(m.groupdict().get("obj"))
        if hint is None:
            hint = _label_before(text, m.start())
        break
    if slip_at is not None:
        new_due = None
        nd = _NEW_DATE.search(text)
        if nd:
            new_due = _slip_due(text, nd.end(), frame)
        if new_due is None and slip_at.re is _NEED_MORE:
            count = slip_at.group("n").lower()
            n = 1 if count in ("another", "an extra", "an additional", "one more") else None
            if n is None:
                digits = re.match(r"\d+", count)
                words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
                n = int(digits.group(0)) if digits else words.get(count.split()[0])
            if n is not None and n < 100:
                days = n * (7 if slip_at.group("unit").lower().startswith("week") else 1)
                new_due = local_today(ctx.sent_at, author.tz) + timedelta(days=days)
        if new_due is None:
            new_due = _slip_due(text, slip_at.start(), frame)
        reason = reason_from(text[slip_at.start():])
        task_id = _resolve_task(hint, text, frame)
        return [StatusChange(task_id, hint, None, new_due, reason, False, "natural:delay", sentence)]

    m = _WILL_LAND.match(_SUBJECT_NOISE.sub("", _LABEL_PREFIX.sub("", text)))
    if m:
        subject = _clean_hint(m.group("subj"))
        known = match_known_task(subject, ctx.known_tasks, min_text_coverage=0.5) if subject else None
        new_due = pick_due(text, ctx.sent_at, author.tz, author.date_order)
        if subject and new_due and (known or _SLIP_WORDS.search(text)) and not frame.index.lookup(subject):
            reason = reason_from(text)
            task_id = known.id if known else _resolve_task(subject, text, frame)
            return [StatusChange(task_id, subject, None, new_due, reason, False, "natural:new-date", sentence)]

    return _completion(text, sentence, frame)


def _completion(text: str, sentence: str, frame: Frame) -> list[StatusChange]:
    ctx = frame.ctx
    if not ctx.known_tasks and ctx.task_id is None:
        return []
    if _CONDITIONAL_START.match(text):
        return []
    body = _SUBJECT_NOISE.sub("", text)
    hint: str | None = None
    m = _COMPLETE_LABEL.match(body)
    if m:
        hint = m.group("subj")
    else:
        m = _COMPLETE_STATE.match(body)
        if m and not _NOT_YET.search(m.group(0)[len(m.group("subj")):]) and not _NOT_YET.search(m.group("subj")):
            hint = m.group("subj")
        else:
            m = _COMPLETE_ACTION.search(body)
            if m and not _NOT_YET.search(body[: m.start()]):
                hint = m.group("obj")
            else:
                return []
    task = match_known_task(hint, ctx.known_tasks)
    task_id = task.id if task else ctx.task_id
    if task_id is None:
        return []
    return [StatusChange(task_id, _clean_hint(hint), "done", None, None, False, "natural:completion", sentence)]


# ---------------------------------------------------------------- questions

_QUESTION_START = re.compile(
    r"^(?:what|what's|whats|when|when's|where|where's|who|who's|whom|which|why|how|how's|whose|is|isn't|are|aren't|"
    r"was|wasn't|were|do|does|doesn't|don't|did|didn't|have|has|hasn't|haven't|had|can|can't|could|would|will|won't|"
    r"shall|should|may|might|any|anything|am)\b",
    re.IGNORECASE,
)
_QUESTION_PREFIX = re.compile(
    r"^(?:(?:also|and|but|so|oh|btw|by the way|quick question|one more thing|one question|another question|question|"
    r"just checking(?: in)?|just wondering|out of curiosity|finally|lastly|plus|ps|p\.s\.|sorry|hmm|ok|okay|one last thing)\b[\s,:;—–-]*)+",
    re.IGNORECASE,
)
_PLEASANTRY = re.compile(
    r"\bhow (?:are|r) (?:you|u|things|you all|you both)\b|\bhow(?:'s| is) (?:it going|everything|life|your|the family|things)\b|"
    r"\bhow was (?:your|the|ur)\b|\bhow have you been\b|\bhope (?:you|all|everything)\b|\bany (?:big |fun )?plans\b|"
    r"\bany (?:other |more |further )?questions\b|\b(?:does|did) (?:that|this|it) (?:make sense|help|work for you)\b|"
    r"^(?:make sense|sound good|sounds good|thoughts|right|ok|okay|yes|no|really|why not|agreed)\W*$|"
    r"\bwhat do you think\W*$|\b(?:can|could) you (?:believe|imagine)\b|\bwho knew\b|\bwho doesn't\b|\bisn't it\W*$|"
    r"\bright\W*$|\bhow cool\b|\bwhat could go wrong\b|\banything else (?:you need|i can|we can)\b|"
    r"\bneed anything else\b|\bready for the (?:weekend|holidays)\b|\byou know\W*$|\bguess what\b|\bhow (?:exciting|great|cool)\b|"
    r"\b(?:did|do) you (?:have|enjoy) a (?:good|nice|great|lovely)\b|\bwhat's up\b|\bhow's it hanging\b",
    re.IGNORECASE,
)
_INFO_STATEMENT = re.compile(
    r"^(?:please\s+|pls\s+|kindly\s+)?(?:confirm\b|let (?:me|us) know (?:when|what|which|whether|who|how|where)\b|"
    r"tell me (?:when|what|which|whether|who|how|where)\b|advise (?:when|what|which|whether|who|how|where)\b|"
    r"let (?:me|us) know (?:if|whether) (?!you\b|you'd\b|you're\b|there's anything|anything|i can|we can|there is anything|any)\S)",
    re.IGNORECASE,
)


def _question(sentence: str, frame: Frame, *, info_request: bool) -> QuestionItem | None:
    text = sentence.strip()
    vocative, skip = sentence_vocative(text, frame.index)
    body = text[skip:].strip()
    asked = body.rstrip(" )\"'").endswith("?")
    candidate = _QUESTION_PREFIX.sub("", body)
    if asked and not info_request and not _QUESTION_START.match(candidate):
        # "Just checking in - any update on X?" / "Quick one: do you ...?"
        parts = re.split(r"\s[—–-]\s|:\s", candidate)
        candidate = _QUESTION_PREFIX.sub("", parts[-1].strip())
    if _PLEASANTRY.search(candidate) or _PLEASANTRY.search(body):
        return None
    if len(candidate.split()) < 3:
        return None
    if asked and (info_request or _QUESTION_START.match(candidate)):
        rule = "natural:info-request" if info_request else "natural:question"
    elif not asked and _INFO_STATEMENT.match(_QUESTION_PREFIX.sub("", body)):
        rule = "natural:info-request"
    else:
        return None
    addressed = vocative if vocative and vocative != frame.ctx.author.email else frame.question_fallback
    return QuestionItem(capitalise(body), addressed, rule, sentence)


# ---------------------------------------------------------------- entry point

def sentence_items(sentence: str, frame: Frame) -> list[Item]:
    """Items in one sentence; at most one kind per sentence (several tasks are allowed)."""
    text = sentence.strip()
    if len(text) < 3:
        return []
    asked = text.rstrip(" )\"'").endswith("?")
    if asked:
        tasks, info = _tasks(text, frame, question=True)
        if tasks:
            return list(tasks)
        question = _question(text, frame, info_request=info)
        return [question] if question else []
    changes = _changes(text, frame)
    if changes:
        return list(changes)
    decision = _decision(text, frame)
    if decision:
        return [decision]
    tasks, info = _tasks(text, frame, question=False)
    if tasks:
        return list(tasks)
    question = _question(text, frame, info_request=False)
    return [question] if question else []
