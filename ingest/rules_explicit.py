"""Rules for the written conventions Trackfront documents for its users:

    Task: / TODO: / Action: / Action item:  lines, and - [ ] / * [ ] / - [x] checkboxes,
        with @owner and "due <date>" / "by <date>"
    Decision: / Decided:  (rationale from because/since/as, a "(...)" aside, or a
        following Rationale:/Why: line)
    Question:
    status bullets: ✅ done / ⏳ in progress / ❌ blocked, with "(@owner)" and "— <date>"
    #12 done / #12 blocked: reason / #12 new date: <date> because <reason> / #12 on track
    a bare reply to a task: "done", "Done!", "yes", "on track", "new date: ...", "blocked: ..."

Lines matched here are consumed: the natural-language rules do not see them again.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.addressing import NAME_CAPITALS, MemberIndex
from ingest.dates import find_dates
from ingest.extraction_types import (
    DecisionItem,
    ExtractionContext,
    QuestionItem,
    StatusChange,
    TaskItem,
)
from ingest.item_phrasing import (
    ACTION_VERBS,
    clean_summary,
    make_title,
    pick_due,
    reason_from,
    split_rationale,
)
from ingest.regex_prefilter import may_match
from ingest.task_matching import hint_fits, match_known_task, match_task_hint
from ingest.text_segments import LIST_MARKER, split_sentences

__all__ = ["Item", "bare_reply", "explicit_lines"]

Item = TaskItem | DecisionItem | QuestionItem | StatusChange

_MAX_LINE = 1000
_TASK_LINE = re.compile(
    r"^\s{0,8}(?:[-*•+]\s*)?(?:task|to-?do|to do|action items?|action|next steps?|follow[- ]up)\s*(?::|\s-\s)\s*(?P<body>\S.*)$",
    re.IGNORECASE,
)
_CHECKBOX = re.compile(r"^\s{0,8}(?:" + LIST_MARKER + r"\s*)?\[(?P<mark>[ xX✓✔])\]\s*(?P<body>\S.*)$")
# "✅ staging crawl", "⏳ backlinks report — Thurs (@Thando)", "❌ traffic drop audit (@Paolo) —
# blocked on GA access": a status mail's bullets, each mark a status
_STATUS_MARKS = {"✅": "done", "✔": "done", "☑": "done", "⏳": "open", "⌛": "open", "🔄": "open", "🚧": "open",
                 "🟡": "open", "🟠": "open", "🔜": "open", "❌": "blocked", "⛔": "blocked", "🛑": "blocked", "🔴": "blocked",
                 "🚫": "blocked"}
_STATUS_LINE = re.compile(r"^\s{0,8}(?:" + LIST_MARKER + r"\s*)?(?P<mark>[" + "".join(_STATUS_MARKS) + r"])\ufe0f?\s*(?P<body>\S.*)$")
_STATUS_TAIL = re.compile(r"\s+[—–]\s+|\s+-{1,2}\s+|:\s+")
_STATUS_OWNER = re.compile(r"\s*\((?:@?(?P<who>[^()]{1,40}))\)|\s*@(?P<at>[A-Za-z][\w.'-]*)")
_BLOCKED_TAIL = re.compile(r"\b(?:blocked|stuck|waiting)\b(?:\s+(?:on|by|for))?\s*(?P<why>[^,;]*)", re.IGNORECASE)
_DECISION_LINE = re.compile(
    r"^\s{0,8}(?:[-*•+]\s*)?(?:final decision|decision|decided|approved|agreed|resolution|resolved)\s*(?::|\s-\s)\s*(?P<body>\S.*)$",
    re.IGNORECASE,
)
# "Action items:" / "Next steps:" on a line of its own: the bullets below it are tasks.
# "Action points:", "Agreed actions (owner, deadline)", "Next steps for us:"
_TASK_HEADER = re.compile(
    r"^\s{0,8}(?:\d{1,2}[.)]\s*)?(?:(?:agreed|open|next|follow[- ]up|our|your)\s+)?(?:action items?|action points?|actions?(?: list)?|next steps?|to-?dos?|"
    r"to-?do list|tasks|follow[- ]ups?|owners|actions agreed|"
    # (the same headings in a team's own language: "Prochaines étapes :", "Próximos pasos:", "Nächste Schritte:")
    r"prochaines [ée]tapes|actions [àa] mener|[àa] faire|t[âa]ches|pr[óo]ximos pasos|pr[óo]ximos passos|tareas|tarefas|acciones|a[çc][õo]es|"
    r"n[äa]chste schritte|aufgaben|prossimi passi|azioni)(?:\s+(?:for|from)\s+[\w' ]{1,30})?\s*(?:\([^()]{1,40}\))?\s*:?\s*$",
    re.IGNORECASE)
# "Decided today", "Agreed:", "Decisions (from the call):": the bullets below are decisions.
_DECISION_HEADER = re.compile(
    r"^\s{0,8}(?:\d{1,2}[.)]\s*)?(?:(?:key|main|final)\s+)?(?:decisions?(?:\s+(?:made|taken|so far))?|decided|agreed|agreements|what we (?:agreed|decided)(?: on)?|"
    r"we (?:agreed|decided)|d[ée]cisions?|decisiones|decis[õo]es|entscheidungen|decisioni)"
    r"(?:\s+(?:today|yesterday|on the call|in the meeting|at the meeting|this week))?\s*(?:\([^()]{1,40}\))?\s*:?\s*$",
    re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s{0,8}" + LIST_MARKER + r"\s+(?P<body>\S.*)$")
# "Kevin to add the regional filter", "Kevin: add the regional filter"
_NAME_TO = re.compile(r"^(?P<name>[" + NAME_CAPITALS + r"][\w'-]*(?:\s+[" + NAME_CAPITALS + r"][\w'-]*)?)\s*(?:\bto\b|:|[-–—]|\bwill\b|'ll\b|\bis going to\b)\s*(?P<rest>\S.*)$")
_SECTION_NO = re.compile(r"^\s{0,8}(\d{1,2})[.)]\s")
_RATIONALE_LINE = re.compile(r"^\s{0,8}(?:[-*•+]\s*)?(?:rationale|why|reason|because)\s*:\s*(?P<body>\S.*)$", re.IGNORECASE)
# "Question: ..." / "q: ..." / "one q back: ..." / "open q for you: ..."
# ("Une question pour Issouf : est-ce que Stripe fonctionne ...?" / "Nilton, uma dúvida: a nossa
# licença ainda está ativa?": the same in a team's own language, with the one asked named first too)
_QUESTION_LINE = re.compile(r"^\s{0,8}(?:[-*•+]\s*)?(?:(?P<name0>[" + NAME_CAPITALS + r"][\w'-]+),\s+(?=\S+\s+(?:dúvida|duda|pregunta|pergunta)\b))?"
                            r"(?:(?:one|another|open|quick|last|small|une|uma|una|eine|un)\s+(?:petite\s+|pequena\s+|pequeña\s+|kleine\s+)?)?"
                            # ("سؤال: هل نطلب من Longtail دفعة مقدّمة بنسبة 30% أم 50%؟": Arabic "question")
                            r"(?:question|q|dúvida|duda|pregunta|pergunta|frage|domanda|سؤال)"
                            r"(?:\s+(?:back|for you|(?:for|pour|para|an|per) (?P<name>[" + NAME_CAPITALS + r"][\w'-]+)))?\s*:\s*(?P<body>\S.*)$",
                            re.IGNORECASE)
_HASH_CHANGE = re.compile(
    r"(?<![\w&/])#(?P<id>\d{1,9})\b[ \t]*(?:[:\-–—][ \t]*|is[ \t]+(?:now[ \t]+)?|has been[ \t]+|was[ \t]+|are[ \t]+)?"
    r"(?P<what>done|completed?|finished|closed|fixed|shipped|delivered|blocked|stuck|"
    r"on track|on schedule|re-?opened|reopen|new (?:due )?date|due date|pushed(?: back)?|moved|"
    r"delayed|postponed|slipping)\b",
    re.IGNORECASE,
)
_DONE_WORDS = {"done", "complete", "completed", "finished", "closed", "fixed", "shipped", "delivered"}
_BARE_CONFIRM = re.compile(
    r"^(?:(?:yes|yep|yeah|yup|confirmed|correct|affirmative)\b[\s,.!-]*)?(?:(?:still|all|we're|we are|i'm|i am|it's|it is)\s+)?"
    r"(?:on track|on schedule|on target)\b|^(?:yes|yep|yeah|yup|confirmed|correct)\b[\s.!]*$",
    re.IGNORECASE,
)
# what may follow "Done," when the reply goes on with what was done ("Done, I called Xavi
# this morning"), not with what is still missing ("Done, but the invoice is still open")
_DONE_THEN_NEWS = re.compile(r"(?!\s*(?:but|except|apart|although|though|once|when|if|as soon|only|mostly|almost|nearly)\b)"
                             r"(?![^?]*\?)(?![^.]*\b(?:will|'ll|not yet|still)\b)", re.IGNORECASE)
_BARE_DONE = re.compile(
    r"^(?:[" + NAME_CAPITALS + r"][\w'-]+(?:\s+[" + NAME_CAPITALS + r"][\w'-]+)?\s*[–—,:-]\s*)?(?:(?:all|it's|it is|this is|now|we're|we are)\s+)?(?:done|completed?|finished|live|shipped|sent|"
    r"deployed|merged|published|fixed|resolved|sorted|uploaded|delivered|submitted|booked|paid|reviewed|checked|approved|signed off|signed|"
    r"ordered|filed|installed|printed|posted|handled|closed|closing this|closing it)(?:\s+(?:it|that|this|them))?"
    # "All done on my side." / "Done from our end."
    r"(?:\s+(?:on|from|at)\s+(?:my|our)\s+(?:side|end)|\s+here(?=\W*$))?"
    r"(?!\s+with\b)\b[\s!.,:;–—-]*",
    re.IGNORECASE,
)
_BARE_NEW_DATE = re.compile(r"^new (?:due )?date\s*(?:is\s*)?[:\-–]?\s*(?P<rest>\S.*)$", re.IGNORECASE)
_BARE_BLOCKED = re.compile(r"^blocked\b\s*(?:[:\-–]\s*|\s+(?:on|by)\s+)?(?P<reason>.*)$", re.IGNORECASE)


def _owner_and_rest(body: str, index: MemberIndex) -> tuple[str | None, str]:
    owner, span = index.find_mention(body)
    if span:
        body = body[: span[0]] + " " + body[span[1]:]
    return owner, " ".join(body.split())


# ("1. Johan, kindly share the chart of accounts export ... by Friday, 6th November.")
_NAME_ASKED = re.compile(r"^(?P<name>[" + NAME_CAPITALS + r"][\w'-]*(?:\s+[" + NAME_CAPITALS + r"][\w'-]*)?),\s+(?P<rest>(?:(?:can|could|would|will)\s+you|please|kindly|pls)\b.*)$",
                         re.IGNORECASE)
_ASKED = re.compile(r"^(?:(?:can|could|would|will)\s+you\s+(?:please\s+|kindly\s+)?|(?:please|kindly|pls)\s+|(?P<self>i'll|i will|we'll|we will)\s+)(?P<rest>[a-z]\S*\s+\S.*?)\??$",
                    re.IGNORECASE)


def _named_owner(body: str, index: MemberIndex) -> tuple[str | None, str]:
    """Split "Kevin to add X" (or "Graham, could you please provide X") into (kevin's
    address, "add X") when Kevin is a member."""
    asked = _NAME_ASKED.match(body.strip())
    if asked:
        email = index.lookup(asked.group("name")) or index.lookup(asked.group("name").split()[0])
        if email:
            return email, asked.group("rest")
    m = _NAME_TO.match(body.strip())
    if m:
        name = m.group("name")
        email = index.lookup(name) or index.lookup(name.split()[0])
        if email:
            return email, m.group("rest")
    return None, body


# Fields of a minutes-style list item: "VPN access - Owner: Lars - Deadline: 06.11",
# "Brand questionnaire. Owner: Ella · Due: Mon 9 Nov"
_FIELD_KEYS = (r"owners?|responsible|assigned\s+to|assignee|who|lead|action\s+owner|"
               r"deadline|due(?:\s+date)?|target(?:\s+date)?|when|by\s+when")
_FIELD = re.compile(r"(?:^|(?<=[\s.,;(]))(?P<key>" + _FIELD_KEYS + r")\s*:\s*(?P<value>.*?)\s*"
                    r"(?=\s[-–—·|]\s|[·|;]|\s(?:" + _FIELD_KEYS + r")\s*:|\s*$)", re.IGNORECASE)
_DATE_KEYS = ("deadline", "due", "target", "when", "by")
# "(Marcus)", "(me)", "(Tom, Fri 13 Nov)": the item's owner in brackets
_BRACKETED = re.compile(r"\s*[(\[](?P<who>[^()\[\]]{1,60})[)\]]")
# "... – Priya", "... - Priya, Fri 20 Nov": the owner after a dash at the end
# ("14.3 Confirm the crane date – Katrin/Jens – 13.11.": a report's columns, dash-separated)
_DASH_OWNER = re.compile(r"\s[-–—]\s+(?P<who>[" + NAME_CAPITALS + r"][\w'-]+(?:\s+[" + NAME_CAPITALS + r"][\w'-]+)?(?:\s*/\s*[" + NAME_CAPITALS + r"][\w'-]+)*)\s*(?:(?:[,;]|\s[-–—])\s*(?P<after>.*))?$")
# "Pick a route: Jack to confirm by Monday": the job is the label, the person after it
_LABEL_NAME_TO = re.compile(r"^(?P<label>[^:]{3,80}):\s+(?P<name>[" + NAME_CAPITALS + r"][\w'-]+(?:\s+[" + NAME_CAPITALS + r"][\w'-]+)?)\s+to\s+(?P<vp>\w+.*)$")
# "Next step: Priya to send the deck" - a label that names no work
_GENERIC_LABEL = re.compile(r"^(?:(?:next|first|last|final)\s+)?(?:steps?|actions?|to-?dos?|tasks?|items?|points?|updates?|notes?|follow[- ]ups?)$",
                            re.IGNORECASE)
# "still unassigned", "owner TBD", "Sophie or Liam, whoever gets there first": nobody yet
_UNASSIGNED_WORDS = r"(?:unassigned|not\s+(?:yet\s+)?assigned|no owner yet|owner tbd)"
_NOBODY = re.compile(r"\b(?:still\s+)?(?:" + _UNASSIGNED_WORDS + r"|tbd|tbc|to be (?:decided|confirmed|assigned)|"
                     r"nobody(?:\s+yet)?|whoever\b.*|anyone\b.*|open)\b", re.IGNORECASE)
# "Printer quotes: still unassigned, we'll sort it out"
_UNASSIGNED = re.compile(r"[:,]\s*(?:(?:still|currently|as yet)\s+)?" + _UNASSIGNED_WORDS + r"\b.*$", re.IGNORECASE)
_ME = frozenset({"me", "myself", "i"})


def _who(value: str, ctx: ExtractionContext, index: MemberIndex) -> tuple[bool, str | None]:
    """Whether ``value`` names the owner of a list item, and who: ("Jesper/Lars" names two
    people, so it is stated but nobody in particular)."""
    value = value.strip(" .,;:()[]")
    if not value:
        return False, None
    if _NOBODY.match(value):
        return True, None
    parts = [p.strip(" .") for p in re.split(r"\s*(?:/|&|\+|,|\band\b|\bor\b)\s*", value) if p.strip(" .")]
    found: list[str] = []
    for part in parts:
        email = ctx.author.email if part.lower() in _ME else index.lookup(part) or index.lookup(part.split()[0])
        if email is None:
            return False, None
        found.append(email)
    if not found:
        return False, None
    return True, found[0] if len(set(found)) == 1 else None


@dataclass(frozen=True)
class _ItemFields:
    """A list item taken apart: the work, who owns it, and the text that dates it."""

    work: str
    owner_stated: bool      # an owner is written, though perhaps nobody in particular
    owner: str | None
    when: str               # date text found around the work ("by Friday 11/20")
    written_deadline: bool  # ``when`` holds a "Deadline:"/"Due:" field


def _item_fields(body: str, ctx: ExtractionContext, index: MemberIndex) -> _ItemFields:
    """Split a list item into its work, owner and date. Only names that are members count
    as owners; anything else stays in the work."""
    stated, owner, when, deadline = False, None, "", ""
    rest = body
    for m in reversed(list(_FIELD.finditer(body))):
        key = m.group("key").lower()
        value = m.group("value")
        if key.startswith(_DATE_KEYS):
            # a written deadline wins over any date the work itself mentions
            # ("Invitation for the go/no-go meeting on 27.11 - Deadline: 23.11")
            deadline = f"by {value} {deadline}"
        else:
            named, who = _who(value, ctx, index)
            if not named and not re.match(r"^(?:owners?|responsible|assigned|assignee)", key):
                continue
            stated, owner = True, who
        rest = rest[:m.start()] + " " + rest[m.end():]
    if not stated:
        for m in reversed(list(_BRACKETED.finditer(rest))):
            parts = [p.strip() for p in m.group("who").split(",")]
            named, who = _who(parts[0], ctx, index)
            if named and all(find_dates(p, ctx.sent_at, ctx.author.tz, ctx.author.date_order, numeric_needs_cue=False)
                             for p in parts[1:]):
                stated, owner = True, who
                when = " ".join(f"by {p}" for p in parts[1:]) + " " + when
                rest = rest[:m.start()] + rest[m.end():]
                break
    if not stated:
        dash = _DASH_OWNER.search(rest)
        named, who = _who(dash.group("who"), ctx, index) if dash else (False, None)
        if dash and named:
            stated, owner = True, who
            when = f"{dash.group('after') or ''} {when}"
            rest = rest[:dash.start()]
    if not stated:
        label = _LABEL_NAME_TO.match(rest.strip())
        named, who = _who(label.group("name"), ctx, index) if label else (False, None)
        if label and named:
            stated, owner = True, who
            if _GENERIC_LABEL.match(label.group("label").strip()):
                rest = label.group("vp")
            else:
                when = f"{label.group('vp').split(None, 1)[-1]} {when}"
                rest = label.group("label")
    if not stated:
        nobody = _UNASSIGNED.search(rest)
        if nobody:
            stated, owner = True, None
            when = f"{nobody.group(0)} {when}"
            rest = rest[:nobody.start()]
    sentences = split_sentences(" ".join(rest.split()))
    if len(sentences) > 1:
        # "Letter of support from Cooper. We didn't settle who should make the ask. Ideally
        # in hand by Friday 11/20.": the first sentence is the work, the others may date it
        rest = sentences[0]
        when = f"{when} {' '.join(sentences[1:])}"
    return _ItemFields(rest.strip(" .,;:-–—·|"), stated, owner, f"{deadline} {when}".strip(), bool(deadline))


def _task_from_body(body: str, status: str, rule: str, line: str, ctx: ExtractionContext,
                    index: MemberIndex) -> TaskItem | None:
    author = ctx.author
    fields = _item_fields(body, ctx, index)
    rest, stated, owner, when = fields.work, fields.owner_stated, fields.owner, fields.when
    if not stated:
        owner, rest = _owner_and_rest(rest, index)
        if owner is None:
            owner, rest = _named_owner(rest, index)
    # "Mart: can you send the architecture doc by Thu?" / "I'll book the room": the item's
    # work, without the asking or promising around it
    ask = _ASKED.match(rest)
    if ask:
        rest = ask.group("rest")
        if ask.group("self") and not stated:
            owner = owner or author.email
    due = None if fields.written_deadline else pick_due(rest, ctx.sent_at, author.tz, author.date_order)
    if due is None and when:
        found = find_dates(when, ctx.sent_at, author.tz, author.date_order, numeric_needs_cue=False)
        due = found[0].value if found else None
    title = make_title(rest, ctx.sent_at, author.tz, author.date_order)
    if not title:
        return None
    return TaskItem(title, owner, due, status, rule, line.strip())


_NEXT_SENTENCE = re.compile(r"(?<=[.!])\s+(?=[A-Z])")


def _first_sentence(text: str) -> tuple[str, str]:
    parts = _NEXT_SENTENCE.split(text.strip(), maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""


_DONE_PARTICIPLE = re.compile(r"\s+(?:(?:is|are|was|were|has been|have been|now)\s+)*(?:received|sent|delivered|done|uploaded|shared|"
                              r"signed(?:\s+off)?|approved|booked|live|in|finished|completed|submitted|confirmed)\b",
                              re.IGNORECASE)


def _status_line(status: str, body: str, line: str, ctx: ExtractionContext, index: MemberIndex) -> list[Item]:
    """A status bullet: the task it names moves (done, blocked, a new date), or, naming no
    open task, an open or blocked one is recorded (a ✅ for work nobody tracked records
    nothing)."""
    owner: str | None = None
    for m in reversed(list(_STATUS_OWNER.finditer(body))):
        named, who = _who(m.group("who") or m.group("at"), ctx, index)
        if named:
            owner = who
            body = body[:m.start()] + body[m.end():]
            break
    parts = _STATUS_TAIL.split(body.strip(), maxsplit=1)
    work, tail = parts[0].strip(), (parts[1].strip() if len(parts) > 1 else "")
    if status == "open" and re.search(r"\bblocked\b", tail, re.IGNORECASE):
        status = "blocked"
    blocked = _BLOCKED_TAIL.search(tail)
    reason = (blocked.group("why").strip(" .") or None) if blocked and status == "blocked" else None
    found = find_dates(tail, ctx.sent_at, ctx.author.tz, ctx.author.date_order, numeric_needs_cue=False) if tail else []
    due = found[0].value if found else None
    task = match_known_task(work, ctx.known_tasks)
    if task is None and status == "done":
        # "✅ Hero shots received, asset groups built": the work is the subject before what
        # happened to it
        said = _DONE_PARTICIPLE.split(work, maxsplit=1)
        if len(said) > 1:
            subject_task = match_task_hint(said[0], ctx.known_tasks)
            task = subject_task if subject_task is not None and hint_fits(said[0], subject_task) else None
    if task is not None:
        if status == "done":
            return [StatusChange(task.id, None, "done", None, None, False, "explicit:status-line", line.strip())]
        if status == "blocked":
            return [StatusChange(task.id, None, "blocked", None, reason, False, "explicit:status-line", line.strip())]
        if due is not None and due != task.due:
            why = reason_from(tail) if tail else None
            return [StatusChange(task.id, None, None, due, why, False, "explicit:status-line", line.strip())]
        return []
    if status == "done" or owner is None:
        # ("❌ Search Console access — still missing": a state, the ask for it said below)
        return []
    title = make_title(work, ctx.sent_at, ctx.author.tz, ctx.author.date_order)
    if not title:
        return []
    return [TaskItem(title, owner, due, status, "explicit:status-line", line.strip())]


def _decision_from_body(body: str, rule: str, line: str, ctx: ExtractionContext) -> DecisionItem | None:
    first, after = _first_sentence(body)
    summary, why = split_rationale(first if after else body)
    if why is None and after and len(after.split()) <= 45:
        # "Decided: we fly the Mavic 3M, not the fixed wing. The blocks are too steep ...":
        # the sentences after the decision say why
        why = after.strip(" .!")
    summary = clean_summary(summary)
    if not summary:
        return None
    return DecisionItem(summary, why, ctx.author.email, rule, line.strip())


def _hash_changes(line: str, ctx: ExtractionContext) -> list[StatusChange]:
    out: list[StatusChange] = []
    matches = list(_HASH_CHANGE.finditer(line)) if may_match(_HASH_CHANGE, line) else []
    author = ctx.author
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        rest = line[m.end():end].strip(" \t,;")
        what = m.group("what").lower()
        task_id = int(m.group("id"))
        status: str | None = None
        new_due = None
        reason: str | None = None
        confirmed = False
        if what in _DONE_WORDS:
            status = "done"
        elif what in ("blocked", "stuck"):
            status = "blocked"
            # "blocked: waiting for X" / "blocked on X" / "blocked because X" -> "X"
            reason = re.sub(r"^[:\-–—\s]*(?:on|by|until|because(?: of)?|(?:still\s+)?waiting (?:on|for))?\s*",
                            "", rest, flags=re.IGNORECASE).strip(" .") or None
        elif what in ("on track", "on schedule"):
            confirmed = True
        elif what.startswith("re"):
            status = "open"
        else:
            head = re.split(r"\b(?:because|since|as|due to)\b", rest, maxsplit=1, flags=re.IGNORECASE)[0]
            dates = find_dates(head, ctx.sent_at, author.tz, author.date_order, numeric_needs_cue=False)
            new_due = dates[0].value if dates else None
            reason = reason_from(rest)
        out.append(StatusChange(task_id, None, status, new_due, reason, confirmed, "explicit:task-ref",
                                line[m.start():end].strip()))
    return out


def explicit_lines(lines: list[str], ctx: ExtractionContext, index: MemberIndex) -> tuple[list[Item], set[int]]:
    """Items from convention lines, and the numbers of the lines they used.

    A line that holds a "#id done" sentence and other prose keeps only the prose:
    ``lines`` is updated in place so the natural-language rules read the rest.
    """
    items: list[Item] = []
    used: set[int] = set()
    last_decision_line = -2
    last_decision_pos = -1
    prev_nonempty = -1
    in_task_list = in_decision_list = False
    next_section: str | None = None
    for no, line in enumerate(lines):
        if not line.strip():
            continue
        if _TASK_HEADER.match(line) or _DECISION_HEADER.match(line):
            in_task_list = _TASK_HEADER.match(line) is not None
            in_decision_list = not in_task_list
            section = _SECTION_NO.match(line)
            next_section = f"{int(section.group(1)) + 1}" if section else None
            used.add(no)
            prev_nonempty = no
            continue
        if (in_task_list or in_decision_list) and (section := _SECTION_NO.match(line)) and section.group(1) == next_section:
            # "3. Action points" ... "4. Next meeting": the report's next section
            in_task_list = in_decision_list = False
            prev_nonempty = no
            continue
        item_line = _LIST_ITEM.match(line)
        if item_line is None:
            in_task_list = in_decision_list = False
        if len(line) > _MAX_LINE:
            prev_nonempty = no
            continue
        m = _STATUS_LINE.match(line)
        if m:
            items.extend(_status_line(_STATUS_MARKS[m.group("mark")], m.group("body"), line, ctx, index))
            used.add(no)
            prev_nonempty = no
            continue
        m = _CHECKBOX.match(line)
        if m:
            status = "open" if m.group("mark") == " " else "done"
            task = _task_from_body(m.group("body"), status, "explicit:checkbox", line, ctx, index)
            if task:
                items.append(task)
                used.add(no)
        elif item_line is not None and in_decision_list and _states_a_course(item_line.group("body"), index):
            new_decision = _decision_from_body(item_line.group("body"), "explicit:decision-list", line, ctx)
            if new_decision:
                items.append(new_decision)
                used.add(no)
                last_decision_line, last_decision_pos = no, len(items) - 1
        elif item_line is not None and (in_task_list or _is_member_to_verb(item_line.group("body"), index)):
            task = _task_from_body(item_line.group("body"), "open", "explicit:action-list", line, ctx, index)
            if task:
                items.append(task)
                used.add(no)
        elif (m := _TASK_LINE.match(line)) is not None:
            task = _task_from_body(m.group("body"), "open", "explicit:task-line", line, ctx, index)
            if task:
                items.append(task)
                used.add(no)
        elif (m := _DECISION_LINE.match(line)) is not None:
            new_decision = _decision_from_body(m.group("body"), "explicit:decision-line", line, ctx)
            if new_decision:
                items.append(new_decision)
                used.add(no)
                last_decision_line, last_decision_pos = no, len(items) - 1
        elif (m := _RATIONALE_LINE.match(line)) is not None and prev_nonempty == last_decision_line:
            decision = items[last_decision_pos]
            if isinstance(decision, DecisionItem):
                why = m.group("body").strip(" .")
                items[last_decision_pos] = DecisionItem(
                    decision.summary, why, decision.decided_by, decision.rule,
                    decision.evidence + "\n" + line.strip())
                used.add(no)
        elif (m := _QUESTION_LINE.match(line)) is not None:
            text = m.group("body").strip()
            # ("Question for Priya: can the reminder SMS go through ...?": put to her)
            named = m.group("name") or m.group("name0")
            asked = index.lookup(named) if named else None
            items.append(QuestionItem(text, asked, "explicit:question-line", line.strip()))
            used.add(no)
        else:
            changes = _hash_changes(line, ctx)
            if changes:
                items.extend(changes)
                rest = _rest_of_hash_line(line)
                if rest:
                    # "#205 done. Also pushed the .com redirect" - the prose goes on.
                    lines[no] = rest
                else:
                    used.add(no)
        prev_nonempty = no
    return items, used


# What a settled course says: what will (not) happen, what stays, what is used instead
_COURSE_WORDS = re.compile(r"\b(?:will|'ll|shall|stays?|remains?|keeps?|keeping|go(?:es|ing)? with|use|using|instead|rather than|not|no longer|"
                           r"only|drop(?:ped)?|skip(?:ped)?|approved|confirmed|chosen|final)\b|n't\b|\b(?:because|since|as)\s|"
                           # (in a team's own language: "On stocke les captures dans SQLite", "... parce que ...",
                           # "plutôt que", "en vez de", "vamos", "não")
                           r"\b(?:parce\s+que|porque|perché|weil|plutôt\s+que|au\s+lieu\s+de|en\s+(?:lugar|vez)\s+de|em\s+vez\s+de|"
                           r"on\s+\w+e|nous\s+\w+ons|vamos|usamos|não|sans|pas\s+de)\b", re.IGNORECASE)


def _states_a_course(body: str, index: MemberIndex) -> bool:
    """A bullet under "What we agreed" records a decision when it states a course ("Bugs
    will be reported in Jira", "The dental van stays out"), not a description ("Two
    videos: one of 90 seconds") nor someone's promise ("Pieter will share the link"),
    which the sentence rules read as a task."""
    promise = re.match(r"^(?P<who>[" + NAME_CAPITALS + r"][\w'-]+|I)\s+(?:will|'ll|to|is going to)\s", body.strip())
    if promise and (promise.group("who") == "I" or index.lookup(promise.group("who"))):
        return False
    return _COURSE_WORDS.search(body) is not None


def _rest_of_hash_line(line: str) -> str:
    """Sentences of a line that carry no "#id status" change."""
    parts = re.split(r"(?<=[.!?])\s+(?=\S)", line.strip())
    return " ".join(p for p in parts if not _HASH_CHANGE.search(p)).strip()


def _is_member_to_verb(body: str, index: MemberIndex) -> bool:
    """A list item "Kevin to add X" names an owner and a job even without a header."""
    m = _NAME_TO.match(body.strip())
    if not m or not re.match(r"^[" + NAME_CAPITALS + r"][\w'-]*(?:\s+[" + NAME_CAPITALS + r"][\w'-]*)?\s+to\s", body.strip()):
        return False
    name = m.group("name")
    first_word = m.group("rest").split(None, 1)[0].lower()
    return bool(index.lookup(name) or index.lookup(name.split()[0])) and first_word in ACTION_VERBS


def bare_reply(first_sentence: str, ctx: ExtractionContext) -> StatusChange | None:
    """A short reply to a task's check-in mail: "Done!", "yes", "new date: Friday"; and
    "All done!" from its owner on a thread with one open task."""
    text = first_sentence.strip()
    author = ctx.author
    if ctx.task_id is None:
        target = ctx.thread_task_id
        owner = next((t.owner for t in ctx.known_tasks if t.id == target), None)
        if target is None:
            # "Done ✅ Paolo's an Editor on GA4 now": the writer's one open task on the thread
            mine = [t.id for t in ctx.known_tasks if t.id in ctx.thread_tasks and t.owner == author.email]
            target, owner = (mine[0], author.email) if len(mine) == 1 else (None, None)
        bare = _BARE_DONE.match(text)
        # "All done!" / "Checked it: the list matches": the verdict leads the reply
        if (target is not None and owner == author.email and bare is not None
                # ("Done – I phoned all three pharmacies this afternoon." / "Done, I called Xavi
                # this morning: Sonora is confirmed")
                and (re.fullmatch(r"\W*", text[bare.end():]) or re.search(r"[:!.]\s*$|\s[–—-]\s*$", bare.group(0))
                     or bare.group(0).rstrip().endswith(",") and _DONE_THEN_NEWS.match(text[bare.end():]))):
            return StatusChange(target, None, "done", None, None, False, "explicit:bare-done", text)
        return None
    if _BARE_CONFIRM.match(text):
        return StatusChange(ctx.task_id, None, None, None, None, True, "explicit:bare-confirm", text)
    if _BARE_DONE.match(text):
        return StatusChange(ctx.task_id, None, "done", None, None, False, "explicit:bare-done", text)
    m = _BARE_NEW_DATE.match(text)
    if m:
        rest = m.group("rest")
        head = re.split(r"\b(?:because|since|as|due to)\b", rest, maxsplit=1, flags=re.IGNORECASE)[0]
        dates = find_dates(head, ctx.sent_at, author.tz, author.date_order, numeric_needs_cue=False)
        if dates:
            return StatusChange(ctx.task_id, None, None, dates[0].value, reason_from(rest), False,
                                "explicit:bare-new-date", text)
    m = _BARE_BLOCKED.match(text)
    if m:
        reason = m.group("reason").strip(" .!") or None
        return StatusChange(ctx.task_id, None, "blocked", None, reason, False, "explicit:bare-blocked", text)
    return None
