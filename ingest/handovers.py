"""Open work handed from one person to another: "Salem takes over the storyboard of video 1",
"Daler will prepare the hosting proposal instead of me", "the payment providers list moves to
Karma", "I will do the list of payment providers myself instead of Sonam".

Said of work already on the record, this is a change of that task's owner, not new work: the
request rules would read "Daler will prepare the hosting proposal" as a second task.  This pass
runs after them: a sentence that hands work over and names exactly one open task (most of its
title) becomes a :class:`StatusChange` with ``new_owner`` set, and the task the sentence would
otherwise have added is dropped.  The new owner must be a member (named, or the writer for "I",
"me" or "myself") other than the task's present owner; a hand-over that names no known task,
or one with a condition ("if Salem takes over ..."), or a question, changes nothing.

The writer's own open work (or work nobody has yet) needs less: a colleague of the writer said to
do all of it is its new owner ("Nelson Mendes, our editor, is in copy; he will cut the film and he
will be the one sending it to you", "Priya, the homepage mockup is yours"), as an agency's lead
answers a client's request by naming who on the team will do it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.addresses import organisation_domain
from ingest.addressing import NAME_CAPITALS, MemberIndex
from ingest.dates import find_dates
from ingest.extraction_types import Extraction, ExtractionContext, KnownTask, StatusChange, TaskItem
from ingest.item_phrasing import ACTION_VERBS
from ingest.regex_prefilter import may_match
from ingest.task_matching import match_known_task, match_task_hint, task_named_by
from ingest.text_segments import ASIDE_IN_BRACKETS, Unit

__all__ = ["RULE", "handovers"]

RULE = "natural:owner-change"

# (a person's name: not a day or a month, "instead of Thursday 12" moves a date)
_NOT_A_NAME = (r"(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
               r"september|october|november|december|today|tomorrow)\b)")
_NAME = _NOT_A_NAME + r"(?-i:[" + NAME_CAPITALS + r"][\w'-]+)(?:\s+(?-i:[" + NAME_CAPITALS + r"][\w'-]+))?"
_LEAD = r"(?:^|(?<=[\s:;,(]))"
_END = r"(?=\s*(?:[,;:.!)–—]|\s-\s|\s(?:so|and|because|since|as|while|until|for|from|still|by|on|with)\b|$))"
# "Salem takes over the storyboard of video 1 (from Tarek)" / "from now I take over the yarn bands"
_TAKES_OVER = re.compile(
    _LEAD + r"(?P<who>" + _NAME + r"|I|we)\s+(?:will\s+|'ll\s+|is\s+going\s+to\s+|am\s+going\s+to\s+|now\s+|can\s+)?"
    r"(?:take|takes|taking|is\s+taking|am\s+taking)\s+(?:over\s+(?:from\s+(?P<from0>" + _NAME + r"|me|us|him|her|you)\s+(?:for|on|with)\s+)?"
    # ("Priya is taking over from Sam for the storyboard" / "Priya will take the storyboard over"
    # / "Priya is taking the hosting proposal off Sam's plate")
    r"(?P<what>(?:the|our|your|his|her|their)\s+[^,;:.!?()]{2,80}?)|(?P<what0>(?:the|our|your)\s+[^,;:.!?()]{2,80}?)\s+(?:over|off\s+"
    + _NAME + r"['’]s\s+plate))"
    r"(?:\s+from\s+(?P<from>" + _NAME + r"|me|us|him|her|you))?" + _END, re.IGNORECASE)
# "Esther, can you take over the German and French versions of the questionnaire?": asked of a
# colleague by name
_ASKED_TO_TAKE_OVER = re.compile(
    r"^(?:(?P<who>" + _NAME + r")\s*,\s+)?(?:(?:can|could|would)\s+you\s+(?:please\s+)?|please\s+)take\s+over\s+"
    r"(?P<what>(?:the|our|your|his|her|their)\s+[^,;:.!?()]{2,80}?)(?:\s+from\s+(?P<from>" + _NAME + r"|me|us|him|her))?" + _END,
    re.IGNORECASE)
# "Daler will prepare the hosting proposal instead of me" / "so I will install the Dawn theme
# instead of him" / "I will do the lower-thirds and the end card myself"
_INSTEAD_OF_SAID = (
    # ("Bwalya, our Sales Manager, will send you the pilot dealer list instead of me")
    # ("Fatou agreed to set up the staging server in my place")
    _LEAD + r"(?P<who>" + _NAME + r"|I|we)(?:,\s+(?:our|my|the|their)\s+[^,;:.!?]{2,40},)?\s+(?:will\s+|'ll\s+|is\s+going\s+to\s+|am\s+going\s+to\s+|can\s+|now\s+|(?:has\s+)?agreed\s+to\s+)+"
    r"(?P<verb>[a-z]+)\s+(?:(?:up|out|together|through)\s+)?(?:care\s+of\s+|with\s+)?(?:(?:you|us|me|them|him|her)\s+)?(?P<what>(?:the|our|your|his|her|their|a|an|this|that|these|those)\s+[^,;:.!?()]{2,80}?|it|them)"
    # ("Keisha will send you the pre-order terms, not me" / "... in my place")
    r"(?:\s+(?:myself|ourselves)(?:\s+instead\s+of\s+(?P<from2>" + _NAME + r"|him|her))?|\s+instead\s+of\s+(?P<from>" + _NAME + r"|me|us|him|her)"
    r"|\s+in\s+(?P<mine>my|our)\s+place|,\s+not\s+(?P<mine2>me|us))"
)
_INSTEAD_OF = re.compile(_INSTEAD_OF_SAID + "?" + _END, re.IGNORECASE)
# ("Pere will send you the logo and the brand guide instead of her": the whole of what is handed
# over, not "the logo" alone, when whom it is taken from is said)
_INSTEAD_OF_WHOM = re.compile(_INSTEAD_OF_SAID + _END, re.IGNORECASE)
# "Priya is now responsible for the storyboard" / "Priya will look after the hosting proposal
# from now on" / "I'm handing the storyboard over to Priya" / "the storyboard is now with Priya"
_NOW_THEIRS = re.compile(
    _LEAD + r"(?:(?P<who>" + _NAME + r")\s+(?:is\s+(?:now\s+)?(?:responsible\s+for|in\s+charge\s+of|taking\s+care\s+of|looking\s+after)"
    r"|(?:will|'ll)\s+(?:now\s+)?(?:be\s+(?:responsible\s+for|in\s+charge\s+of)|look\s+after|take\s+care\s+of|handle)"
    r"|replaces\s+" + _NAME + r"\s+(?:on|for))\s+(?P<what>(?:the|our|your)\s+[^,;:.!?()]{2,80}?)"
    r"|(?:i'm|i\s+am|we're|we\s+are|i'll|i\s+will|we'll|we\s+will)\s+handing\s+(?P<what2>(?:the|our|your)\s+[^,;:.!?()]{2,80}?)\s+(?:over\s+)?to\s+(?P<who2>" + _NAME + r")"
    r"|(?P<what3>(?:the|our|your)\s+[^,;:.!?()]{2,80}?)\s+is\s+now\s+(?:with\s+(?P<who3>" + _NAME + r")|(?P<who4>" + _NAME + r")['’]s\s+(?:job|task|baby|responsibility))"
    # ("Priya is covering the storyboard while Sam is away" / "Reassigning the storyboard to Priya" /
    # "I've asked Priya to take care of the hosting proposal instead")
    r"|(?P<who5>" + _NAME + r")\s+(?:is|will\s+be)\s+covering\s+(?P<what5>(?:the|our|your)\s+[^,;:.!?()]{2,80}?)"
    r"|(?:(?:i|we)(?:'ve|\s+have|'m|\s+am|'re|\s+are)?\s+)?(?:reassign(?:ing|ed)?|moving)\s+(?P<what6>(?:the|our|your)\s+[^,;:.!?()]{2,80}?)\s+to\s+(?P<who6>" + _NAME + r")"
    r"|(?:i|we)(?:'ve|\s+have)?\s+asked\s+(?P<who7>" + _NAME + r")\s+to\s+(?:take\s+care\s+of|do|handle|prepare|finish|take\s+over)\s+(?P<what7>(?:the|our|your)\s+[^,;:.!?()]{2,80}?)(?:\s+instead)?"
    # ("Declan has asked me to take care of the deposit": the writer has it now)
    r"|(?P<from9>" + _NAME + r")\s+(?:has\s+|had\s+)?asked\s+(?P<who9>me|us)\s+to\s+(?:take\s+care\s+of|handle|deal\s+with|look\s+after|take\s+over)\s+"
    r"(?P<what9>(?:the|our|your)\s+[^,;:.!?()]{2,80}?)"
    # ("Armel (in copy) is our UI designer and he will own the prototype from now")
    r"|(?P<who8>" + _NAME + r")\b[^.;?!]{0,60}?\band\s+(?:he|she)\s+(?:will|'ll)\s+(?:now\s+)?(?:own|handle|take\s+care\s+of|look\s+after|be\s+responsible\s+for|"
    # ("Nomvula (copied) is our lead developer and she will build the entry form, so from today she's your contact")
    r"build|do|make|prepare|write|design|deliver|send\s+you|edit|shoot|record|translate|set\s+up)\s+"
    r"(?P<what8>(?:the|our|your)\s+[^,;:.!?()]{2,80}?))"
    + _END, re.IGNORECASE)
# "For the homepage concept, Ines Trabelsi, our lead designer, will take it over from here" /
# "The home page design: Lilit, our designer, is already working on it" / "Chaminda is handling
# the collection centres list, not me": the work said first, then who has it now
_TOPIC_THEN_WHO = re.compile(
    r"^(?:(?:for|about|regarding|as\s+for|as\s+to|concerning)\s+)?(?P<what>(?:the|our|your)\s+[^,;:.!?()]{2,60}?)\s*[:,]\s+"
    r"(?P<who>" + _NAME + r")(?:,\s+(?:our|my|the|their)\s+[^,;:.!?]{2,40},)?\s+(?:will\s+|'ll\s+|is\s+|'s\s+)?(?:already\s+|now\s+)?"
    r"(?:take|taking|work(?:ing)?\s+on|handl(?:e|ing)|tak(?:e|ing)\s+care\s+of|do(?:ing)?|look(?:ing)?\s+after)\s+(?:it|them)\b"
    r"|" + _LEAD + r"(?P<who2>" + _NAME + r")\s+is\s+(?:handling|doing|preparing|taking\s+care\s+of|looking\s+after|in\s+charge\s+of)\s+"
    r"(?P<what2>(?:the|our|your)\s+[^,;:.!?()]{2,80}?),\s+not\s+(?P<mine2>me|us)\b", re.IGNORECASE)
# what tells that the one named takes the work on, not that they help with it
_HANDED = re.compile(r"\b(?:same\s+(?:date|day|deadline)|sick|ill|away|(?:is|are|'s|'re)\s+off|on\s+leave|(?:has|have)\s+left|left\s+the|can't|cannot|can\s+not|covering|reassign\w*|asked|job|on\s+holiday|holidays|vacation|out\s+of\s+(?:the\s+)?office|from\s+now\s+on|"
                     r"takes?\s+over|responsible|in\s+charge|replaces?|handing|now\s+with|from\s+today)\b", re.IGNORECASE)
# the writer, who owns the work, says they will be away: "tomorrow I go to Benguela for the shoot
# until Friday, so Osvaldo will do the moodboards" / "I will be in Nouadhibou from 12 to 18/11,
# so Aminetou will send you the first draft"
_WRITER_AWAY = re.compile(r"\b(?:i|we)(?:'ll|\s+will|'m|\s+am|'re|\s+are)?\s+(?:be\s+)?(?:go|going|travel\w*|fly|flying|in|away|out|off|on\s+leave)\b"
                          r"(?=.*\bso\b)", re.IGNORECASE)
# "The storyboard of video 1 moves to Salem" / "the list of importers will be sent by José Roberto
# instead of me"
_MOVES_TO = re.compile(
    _LEAD + r"(?P<what>(?:the|our|your)\s+[^,;:.!?()]{2,80}?)\s+(?:now\s+)?(?:(?:moves|goes|passes|is\s+moving|is\s+going)\s+(?:over\s+)?to"
    r"|will\s+be\s+(?:[a-z]+ed|sent|done|made|written|drawn|taken\s+care\s+of|shot|run|built)\s+by)\s+(?P<who>" + _NAME + r")"
    r"(?:\s+instead\s+of\s+(?P<from>" + _NAME + r"|me|us|him|her))?" + _END, re.IGNORECASE)
# "Nelson Mendes, our editor, is in copy; he will cut the film and he will be the one sending it
# to you" / "For the homepage mock-up: our designer Rasmata Kaboré (in copy) will take it in
# charge" / "Nikola from our team will prepare the sitemap": the writer's own open work, given to
# a colleague said by name (or as "he"/"she" after the name) in the writer's reply
_IN_COPY = r"\((?:also\s+)?(?:in\s+copy|in\s+cc|cc['’]?d|copied|on\s+copy)\)"
_APPOSITION = (r"(?:,\s+(?:our|my|the|their)\s+[^,;:.!?()]{2,40}?(?:\s+" + _IN_COPY + r")?,|\s+" + _IN_COPY + r",?"
               r"|\s+from\s+(?:our|my)\s+(?:team|side|studio|office),?"
               # ("Mateus our lead developer will prepare it")
               r"|\s+(?:our|my)\s+(?:[a-z-]+\s+){0,2}[a-z-]+(?=\s+will\b))?")
_ROLE_FIRST = r"(?:(?:our|my)\s+(?:[a-z-]+\s+){1,3}(?=(?-i:[" + NAME_CAPITALS + r"])))?"
_GIVES_IT = (r"(?:take\s+over|take\s+care\s+of|handle|lead|send|deliver|prepare|do|make|write|design|draft|cut|edit"
             r"|present|build|create|finish|shoot|record|translate|set\s+up|draw|produce|sketch|develop|bring)")
_THE_WORK = r"(?:(?:the|our|your|his|her|their|these|those|this|that)\s+[^,;:.!?()]{2,80}?|it|them)"
_COLLEAGUE_TAKES_IT = re.compile(
    _LEAD + r"(?:" + _ROLE_FIRST + r"(?P<who>" + _NAME + r")" + _APPOSITION + r"|(?P<pron>he|she))\s*"
    r"(?:(?:will|'ll|is\s+going\s+to|is\s+the\s+one\s+who\s+will)\s+(?:now\s+|also\s+|then\s+)?"
    r"(?:" + _GIVES_IT + r"\s+(?:(?:you|us)\s+)?(?P<what>" + _THE_WORK + r")|take\s+(?P<what2>it|them)\s+in\s+charge"
    r"|be\s+the\s+one\s+(?:sending|delivering|doing|making|preparing|presenting)\s+(?:(?:you|us)\s+)?(?P<what3>" + _THE_WORK + r"))"
    r"|(?:takes|is\s+taking)\s+over\s+(?P<what4>" + _THE_WORK + r"))(?:\s+(?:directly\s+)?to\s+(?:you|us))?" + _END, re.IGNORECASE)
# "Ruben, I'm handing the mockups over to you" / "Nkosana, you're taking the concepts over from
# me" / "Tasha, the homepage mockup for the 13th is yours": said to the colleague, by name
_YOURS_NOW = re.compile(
    r"^(?P<who>" + _NAME + r")\s*,\s+(?:(?:i'm|i\s+am|we're|we\s+are|i'll|i\s+will)\s+(?:handing|passing|giving)\s+(?P<what>(?:the|our)\s+[^,;:.!?()]{2,80}?)\s+(?:over\s+)?to\s+you"
    r"|you(?:'re|\s+are|'ll|\s+will)\s+(?:be\s+)?taking\s+(?P<what2>(?:the|our)\s+[^,;:.!?()]{2,80}?)\s+over(?:\s+from\s+(?:me|us))?"
    r"|(?P<what3>(?:the|our)\s+[^,;:.!?()]{2,80}?)\s+(?:is|are)\s+(?:now\s+)?yours)" + _END, re.IGNORECASE)
# "so Binta, you take the animated map, same date 25/11" / "so you take the product page template
# instead of him" / "Kondwani, please do the wave icons yourself, same date": given to the one
# called by name, or to the one the mail is sent to
_YOU_TAKE = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\bso\s))(?:(?P<who>" + _NAME + r")\s*,\s+)?(?:"
    r"you(?:'ll|\s+will|\s+can)?\s+take\s+(?:over\s+)?(?P<what>(?:the|our|his|her|their)\s+[^,;:.!?()]{2,80}?)(?:\s+over)?"
    r"(?:\s+instead\s+of\s+(?P<from>" + _NAME + r"|him|her|me))?"
    r"|(?:please\s+)?(?:you(?:'ll|\s+will)\s+)?(?P<verb>[a-z]+)\s+(?P<what2>(?:the|our|his|her|their)\s+[^,;:.!?()]{2,80}?)\s+yourself)"
    + _END, re.IGNORECASE)
_DEMONSTRATIVE = re.compile(r"(?:this|that|these|those)\s", re.IGNORECASE)
# (not "he" or "she": "... will be prepared by Nurlan, he will send it to you by Friday 23" is the
# new owner, still on the work)
_NEW_CLAUSE = re.compile(r",\s+(?:i|we|you)(?:'re|'m|'s|\s+am|\s+are|\s+is|\s+will|'ll)\b", re.IGNORECASE)
# "He says he'll have them to you by Friday 20th": the new owner's day for the work handed over
# / "You will have it on Thursday 12/11"
_THEIR_DAY = re.compile(r"^(?:(?:he|she|they)\s+(?:says|said|promised|promises)\s+(?:that\s+)?)?(?:he|she|they)(?:'ll|\s+will|\s+can)\s+"
                        r"(?:have|send|get|deliver|bring|finish|do)\s+(?:it|them|this|that|these|those)\b"
                        # ("He promised them to me for Friday (13/11).")
                        r"|^(?:he|she|they)\s+(?:has\s+|have\s+)?promised\s+(?:it|them|this|that|these|those)\s+(?:to\s+(?:me|us|you)\s+)?(?:for|by|on)\b"
                        r"|^you(?:'ll|\s+will)\s+(?:have|get|receive)\s+(?:it|them)\b", re.IGNORECASE)
# ... or the work named again: "She will send you the shortlist by Thursday 19th"
_THEIR_DAY_NAMED = re.compile(r"^(?:he|she|they)(?:'ll|\s+will|\s+can)\s+(?:have|send|get|deliver|bring|finish|do)\s+(?:you\s+|us\s+)?"
                              r"(?P<what>(?:the|a|an|her|his|their)\s+[^,;:()]{2,60}?)\s+(?:to\s+(?:you|us)\s+)?(?:by|on|before)\b",
                              re.IGNORECASE)
# "I'll wire it first thing Tuesday the 10th": the writer's day for the work handed to them
_MY_DAY = re.compile(r"\b(?:i|we)(?:'ll|\s+will)\s+(?:\w+\s+)?(?:it|them)\b", re.IGNORECASE)
# "Please have them ready by Thursday 12th": the day asked of the one the work is handed to
_YOUR_DAY = re.compile(r"^(?:please\s+|and\s+)?(?:have|send|get|deliver|finish|do)\s+(?:it|them|this|these)\b", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless|whether|in case|could|would|might|maybe|perhaps)\b", re.IGNORECASE)
_BY_THE_DAY = re.compile(r"\b(?:by|on|for|before)\s+(?:the\s+)?$", re.IGNORECASE)


def _same_side(one: str, other: str, ctx: ExtractionContext) -> bool:
    """Both members on the same side ("Aputsiaq will give you the approval instead of me": a
    client on a personal address, taking over from a client on the company's)."""
    roles = {p.email.lower(): p.role for p in ctx.members}
    return roles.get(one.lower()) is not None and roles.get(one.lower()) == roles.get(other.lower())


def _writers_only_task_on_the_thread(ctx: ExtractionContext, author: str) -> KnownTask | None:
    own = [t for t in ctx.known_tasks if (t.owner or "").lower() == author and t.id in ctx.thread_tasks]
    return own[0] if len(own) == 1 else None


def _member(said: str, index: MemberIndex, author: str) -> str | None:
    if said.lower().replace("’", "'") in ("i", "me", "we", "us", "i'll", "we'll", "i'm", "we're"):
        return author
    # ("José Roberto": a double first name, or a first name and a family name)
    return index.lookup(said) or next((index.lookup(first) for first in said.split()[:1]), None)


def _member_called(text: str, index: MemberIndex) -> str | None:
    """The member a sentence opens by calling ("Esther, can you ...")."""
    m = re.match(r"\s*(" + _NAME + r")\s*,", text)
    return index.lookup(m.group(1)) if m else None


def _named_before(text: str, index: MemberIndex, new_owner: str) -> str | None:
    """The one member other than the new owner named in ``text`` (whom "from her" means)."""
    named = {e.lower() for e in (index.lookup(m.group(0)) for m in re.finditer(_NAME, text)) if e}
    named.discard(new_owner.lower())
    return named.pop() if len(named) == 1 else None


def _handed_over(text: str, ctx: ExtractionContext, index: MemberIndex) -> tuple[KnownTask, str, int] | None:
    """The open task ``text`` hands over, its new owner and where the hand-over ends, if it hands one over."""
    asked = _ASKED_TO_TAKE_OVER.match(text.strip())
    if text.rstrip().endswith("?") and asked is None:
        return None
    author = ctx.author.email.lower()
    for rx in (_ASKED_TO_TAKE_OVER, _TAKES_OVER, _INSTEAD_OF_WHOM, _INSTEAD_OF, _MOVES_TO, _NOW_THEIRS, _TOPIC_THEN_WHO, _YOU_TAKE):
        m = (asked if rx is _ASKED_TO_TAKE_OVER else rx.search(text) if may_match(rx, text) else None)
        if m is None or _CONDITION.search(text[: m.start()]):
            continue
        if m.groupdict().get("verb") and m.group("verb").lower() not in (*ACTION_VERBS, "continue"):
            continue
        groups = m.groupdict()
        who = next((groups[g] for g in ("who", "who2", "who3", "who4", "who5", "who6", "who7", "who8", "who9") if groups.get(g)), "")
        what = next((groups[g] for g in ("what", "what0", "what2", "what3", "what5", "what6", "what7", "what8", "what9") if groups.get(g)), "")
        # (the one it is sent to, when the name opened the mail: "Esther, can you take over ...")
        new_owner = (_member(who, index, author) if who or rx not in (_ASKED_TO_TAKE_OVER, _YOU_TAKE)
                     else ctx.to[0].lower() if len(ctx.to) == 1 else None)
        if new_owner is None or rx is _NOW_THEIRS and not _HANDED.search(text) and "now" not in text.lower():
            continue
        given = (groups.get("from") or groups.get("from0") or groups.get("from2") or groups.get("from9")
                 or ("me" if groups.get("mine") or groups.get("mine2") else None))
        from_writer = (given or "").lower() in ("me", "us")
        if what.lower() in ("it", "them") or _DEMONSTRATIVE.match(what):
            # ("Sam can't do the storyboard this week, so Priya will do it": the work named before)
            task = match_known_task(text[: m.start()], ctx.known_tasks) if m.start() > 0 else None
            if task is None and from_writer:
                # ("Noted for the net weight. Moussa will do this change instead of me": the
                # writer's one piece of open work on the thread)
                task = _writers_only_task_on_the_thread(ctx, author)
        else:
            # ("Shernell will take over the staff testing from me": from the writer, the writer's
            # work, though another's "Write the test checklist for your staff" names it better)
            own = [t for t in ctx.known_tasks if (t.owner or "").lower() == author] if from_writer else []
            task = task_named_by(what, own, least=0.5) if own else None
            task = task or task_named_by(what, ctx.known_tasks)
            giver_said = _named_before(text[: m.start()], index, new_owner) if (given or "").lower() in ("him", "her") else None
            if task is None and giver_said is not None:
                # ("Shanice is off island until mid-December, so Dwayne is taking the crew bios
                # over from her": told apart among her open work)
                task = task_named_by(what, [t for t in ctx.known_tasks if (t.owner or "").lower() == giver_said], least=0.5)
        if task is None or (task.owner or "").lower() == new_owner.lower():
            continue
        if task.owner is not None and organisation_domain(task.owner) != organisation_domain(new_owner) and not _same_side(task.owner, new_owner, ctx):
            # ("before the CAD goes to Jess on Friday": work delivered to the other side, which
            # does not take it over)
            continue
        if rx is _MOVES_TO and re.search(r"\b(?:before|after|once|when|until|till|as soon as)\s*$", text[: m.start("what")], re.IGNORECASE):
            continue
        mine = groups.get("mine") or groups.get("mine2")
        writer_away = (task.owner or "").lower() == author and _WRITER_AWAY.search(text[: m.start()]) is not None
        if groups.get("verb") and not (groups.get("from") or groups.get("from2") or mine or writer_away) and not _HANDED.search(text):
            # ("I will do the lower-thirds myself" hands over only when the owner cannot: "Sreyneang
            # is sick this week, so ..."; otherwise it is a promise of help)
            continue
        if given and given.lower() not in ("him", "her", "you"):
            giver = _member(given, index, author)
            if giver is not None and task.owner is not None and giver.lower() != task.owner.lower():
                # ("Salem takes over the storyboard from Tarek" of a storyboard Tarek does not own)
                continue
        return task, new_owner, m.end()
    return None


def _given_to_a_colleague(text: str, before: str, ctx: ExtractionContext, index: MemberIndex) -> tuple[KnownTask, str, int] | None:
    """The writer's open task (or one nobody has yet) that ``text`` gives to a colleague of the
    writer, its new owner and where that is said ("Nelson Mendes, our editor, is in copy; he will
    cut the film and he will be the one sending it to you" after "A rough cut on 20/11 works")."""
    if text.rstrip().endswith("?"):
        return None
    author = ctx.author.email.lower()
    # (another colleague's work needs more than this: see _HANDED)
    mine = [t for t in ctx.known_tasks if t.owner is None or t.owner.lower() == author]
    yours = _YOURS_NOW.match(text.strip()) if may_match(_YOURS_NOW, text) else None
    if yours is not None:
        new_owner = index.lookup(yours.group("who"))
        task = task_named_by(next(g for g in yours.group("what", "what2", "what3") if g), mine)
        if new_owner is not None and new_owner.lower() != author and task is not None:
            return task, new_owner, yours.end() + len(text) - len(text.lstrip())
    if not may_match(_COLLEAGUE_TAKES_IT, text):
        return None
    for m in _COLLEAGUE_TAKES_IT.finditer(text):
        if _CONDITION.search(text[: m.start()]):
            return None
        new_owner = (_member(m.group("who"), index, author) if m.group("who")
                     else _named_before(text[: m.start()], index, author))
        if new_owner is None or new_owner.lower() == author or not (
                organisation_domain(new_owner) == organisation_domain(author) or _same_side(new_owner, author, ctx)):
            continue
        what = next(g for g in m.group("what", "what2", "what3", "what4") if g)
        if what.lower() in ("it", "them") or _DEMONSTRATIVE.match(what):
            # (the work said before: "For the homepage mock-up: ... will take it in charge", or in
            # the sentence before, "A rough cut on 20/11 works. ... sending it to you")
            task = (match_known_task(text[: m.start()], mine) if m.start() > 0 else None) or (
                match_known_task(before, mine) if before else None)
        else:
            # (all of it: "Isatu will deliver the final mix of the three spots" is new work, not
            # "the scripts for the three radio spots")
            task = task_named_by(what, mine, least=1.0)
        if task is not None:
            return task, new_owner, m.end()
    return None


def _same_sentence(evidence: str, sentence: str) -> bool:
    evidence, sentence = evidence.strip(), sentence.strip()
    return bool(evidence) and (evidence in sentence or sentence in evidence)


def handovers(units: Sequence[Unit], result: Extraction, ctx: ExtractionContext, index: MemberIndex) -> Extraction:
    """``result`` with each sentence that hands an open task to someone else read as that
    task's change of owner, and of its day when the sentence gives one (and without the new task
    or the choice the other rules would otherwise add)."""
    if not ctx.known_tasks:
        return result
    changes: list[StatusChange] = []
    said: set[str] = set()
    for at, unit in enumerate(units):
        before = units[at - 1].text if at > 0 and units[at - 1].paragraph == unit.paragraph else ""
        found = _handed_over(unit.text, ctx, index)
        to_a_colleague = found is None
        found = found or _given_to_a_colleague(unit.text, before, ctx, index)
        if found is None or any(c.task_id == found[0].id for c in changes):
            continue
        task, new_owner, end = found
        # (a day said in the hand-over's own sentence is the work's new day: "so I will send you
        # the rates myself, on Tuesday 10 November"; "Keisha will send you the terms, not me. I'm
        # in Miami till the 20th." says when the writer is away, not the work's day, and so does
        # a clause of its own after it: "Moussa will do this change instead of me, I am at the
        # fair on Wednesday and Thursday")
        own = _NEW_CLAUSE.search(unit.text, end)
        # ("so from today she's your contact": since when, not by when)
        head = unit.text[: own.start() if own else len(unit.text)]
        said_dates = [d for d in find_dates(head, ctx.sent_at, ctx.author.tz, ctx.author.date_order)
                      if not re.search(r"\b(?:from|since|starting)\s+$", head[: d.start], re.IGNORECASE)]
        said_days = {d.value for d in said_dates}
        dated = [t.due for t in result.tasks if t.due is not None and t.evidence.strip() and t.evidence.strip() in unit.text
                 and t.due in said_days]
        if to_a_colleague and not dated and len(said_days) == 1:
            # ("Tasha, our lead designer, will take over the homepage mockup; she'll have it with
            # you by Friday 13 November")
            dated = list(said_days)
        elif not dated and len(said_dates) == 1 and said_dates[0].start >= end and _BY_THE_DAY.search(head[: said_dates[0].start]):
            # ("Mele is sick since Wednesday, so I will send the plantation photos myself, by
            # Wednesday 11/11 at the latest": the day said after the hand-over is the work's)
            dated = [said_dates[0].value]
        new_due = dated[0] if dated and dated[0] != task.due else None
        after = units[at + 1] if at + 1 < len(units) and units[at + 1].paragraph == unit.paragraph else None
        mine = _MY_DAY.search(after.text) if after is not None and new_owner.lower() == ctx.author.email.lower() else None
        # ("Priya, can you take over the German and French versions? ... Please have them ready
        # by Thursday 12th.": asked of her, by name or as the one it is sent to)
        asked = (_ASKED_TO_TAKE_OVER.match(unit.text.strip()) is not None
                 and (bool(_member_called(unit.text, index)) or [e.lower() for e in ctx.to] == [new_owner.lower()]))
        later = [u for u in units[at + 1: at + 3] if u.paragraph == unit.paragraph]
        yours = next((u for u in later if _YOUR_DAY.match(u.text.strip())), None) if asked and not dated else None
        after = yours or after
        named = _THEIR_DAY_NAMED.match(after.text.strip()) if after is not None and yours is None else None
        if named is not None and match_task_hint(named.group("what"), [task]) is None:
            named = None
        if not dated and after is not None and (_THEIR_DAY.match(after.text.strip()) or named is not None or mine is not None
                                                or yours is not None):
            # "... so Dwayne is taking the crew bios over from her. He says he'll have them to
            # you by Friday 20th." / "Declan has asked me to take care of the deposit. Monday is
            # a holiday here – I'll wire it first thing Tuesday the 10th": the new owner's day,
            # a sentence later (and no new work)
            # ("by Thursday 19th (Wednesday the 18th is our Independence Day)": an aside's day is not it)
            days = find_dates(ASIDE_IN_BRACKETS.sub("", after.text[mine.start():] if mine is not None else after.text), ctx.sent_at, ctx.author.tz,
                              ctx.author.date_order)
            new_due = days[0].value if len(days) == 1 and days[0].value != task.due else new_due
            if mine is not None or yours is not None or named is not None:
                said.add(after.text.strip())
        changes.append(StatusChange(task.id, task.title, None, new_due, None, False, RULE, unit.text, new_owner=new_owner))
        said.add(unit.text.strip())
    if not changes:
        return result

    def said_there(evidence: str) -> bool:
        return any(_same_sentence(evidence, s) for s in said)

    # (the request rules read "Daler will prepare the hosting proposal" as new work, the choice
    # rules "Stella will do the carton instead of Marios" as a choice: it is neither)
    tasks = [t for t in result.tasks if not (isinstance(t, TaskItem) and said_there(t.evidence))]
    decisions = [d for d in result.decisions if not said_there(d.evidence)]
    return replace(result, tasks=tasks, decisions=decisions, changes=[*result.changes, *changes])

