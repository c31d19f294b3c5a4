"""Rules for items written in ordinary prose, one sentence at a time.

Precision comes first (a false task costs the team more than a missed one), so every
rule needs a clear trigger:
- tasks: a request form ("could you", "please", "I was hoping you could") or a
  commitment ("I'll", "Tom will", "Aisha's putting together ... Friday") followed by a
  verb from a closed list of work verbs; a wish with a spec ("we'd like the form to
  include ..."); a client's requirement ("the pages should show ..."); a hand-over
  ("Aisha, the agent sync is yours");
- decisions: a decision phrase ("we've decided", "let's go with", "Final answer:",
  "going forward we will", "we're planning to use", "we're not doing", "Option B please",
  "Fiona has signed off on");
- questions: a real question, not a pleasantry;
- status changes: a delay ("pushed back to", "moving to", "won't make Friday, aiming for
  Monday", "need a couple more days", "ETA now", "taking longer than expected"), a block
  or unblock, an on-track confirmation, or a completion that names an open task
  ("Allergen list attached.").
Undated third-person work needs a definite object; a conditional ("If it slips ...")
states nothing; a change that names no task is dropped later.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import lru_cache

from ingest.addresses import organisation_domain
from ingest.addressing import HONORIFIC_NAME, NAME_CAPITALS, MemberIndex, sentence_vocative
from ingest.dates import find_dates, local_today
from ingest.day_words import in_english_days
from ingest.extraction_types import (
    DecisionItem,
    ExtractionContext,
    KnownTask,
    QuestionItem,
    StatusChange,
    TaskItem,
)
from ingest.item_phrasing import (
    ACTION_VERBS,
    INFO_VERBS,
    REQUEST_ONLY_VERBS,
    capitalise,
    clean_summary,
    make_title,
    pick_due,
    reason_from,
    split_rationale,
)
from ingest.regex_prefilter import may_match, search_finds
from ingest.rules_explicit import Item
from ingest.task_matching import (
    content_words,
    head_word,
    hint_fits,
    match_known_task,
    match_task_hint,
    match_task_hint_in,
    shares_a_word,
    task_by_its_work,
)
from ingest.team_languages import (
    foreign_choice,
    foreign_decision,
    foreign_own_promise,
    foreign_promise,
    foreign_question,
    foreign_request,
    restated_task,
    work_before_its_day,
)

__all__ = ["Frame", "sentence_items", "task_due_on"]


@dataclass(frozen=True)
class Frame:
    """What the sentence rules need to know about the whole message."""

    ctx: ExtractionContext
    index: MemberIndex
    task_owner_fallback: str | None   # who "you" is for a request, when nobody is named
    question_fallback: str | None     # who a question is put to, when nobody is named
    previous: str | None = None       # the sentence before, in the same paragraph ("it" may point there)
    earlier: tuple[str, ...] = ()     # every sentence before this one in the message, in order
    lead: str | None = None           # the paragraph's first sentence, when this is a later one


# ---------------------------------------------------------------- tasks

_WHO_GROUP = (r"(?:"
              # ("Could you and Joy send your comments ...", "could you or Theo sign off ...": two people asked;
              # "could you and your dad pick one direction": the one addressed, helped)
              # ("Could you and the team send us your feedback by Monday 7 December?")
              r"you\s+(?:and|or|&)\s+(?:(?-i:[" + NAME_CAPITALS + r"])[\w'-]+|your\s+[\w-]+|the\s+(?:team|others))(?=\s)|"
              r"you(?:\s+(?:both|two|guys|all))?|u|one of you|either of you|someone|somebody|anyone|anybody|y'all|"
              # ("Could your IT team set us up with ...": a department's name before the team)
              r"your (?:(?-i:[A-Z]{2,5})\s+|(?:it|hr|legal|finance|accounts|design|dev|tech|marketing|ops|operations|"
              r"procurement|comms|web|digital|product|sales|support|call centre|call center|customer service|field|site|"
              r"engineering|production|editorial|data|qa|security|network)\s+)?(?:team|side|people|developers|designers|colleagues|office|"
              # ("could your writers confirm the three Sage names by Wednesday?")
              r"department|dept|writers|engineers|lawyers|accountants|translators|editors|staff|crew|technicians)(?=\s))"
              r"(?:\s+(?:on|from|at)\s+(?:(?:your|their)\s+(?:side|end|team)|(?-i:[" + NAME_CAPITALS + r"])[\w&'-]+))?")
_REQ_ABLE = re.compile(
    r"\b(?:would|could|will|can)\s+(?P<who>" + _WHO_GROUP + r")\s+(?:please\s+)?(?:be able to|mind|be so kind as to)\s+(?:please\s+)?(?P<vp>\S.*)",
    re.IGNORECASE,
)
_REQ_MODAL = re.compile(
    r"\b(?:could|can|would|will)\s+(?P<who>" + _WHO_GROUP + r")\s+(?:\((?:or|and|&)\s[^()]{1,40}\)\s+)?"
    r"(?:(?:please|also|kindly|just|possibly|quickly|maybe|perhaps|still)\s+)*(?P<vp>\S.*)",
    re.IGNORECASE,
)
# "if you send ...": the plain verb after "if you", when it names work to do
_BARE_ASKED = (r"(?=\s+(?:send|share|prepare|check|confirm|provide|update|make|add|change|upload|book|call|review|sign|forward|deliver|"
               r"give|correct|fix|translate|print|order|arrange|organi[sz]e|write|draft|finish|complete)\b)")
_REQ_PHRASE = re.compile(
    r"\b(?:any chance (?P<who>you|someone|one of you|anyone) could|is it possible for (?:you|someone) to|"
    r"(?:would|will) it be possible (?:for (?P<who4>you|one of you|either of you|someone|somebody|anyone|your team) )?to|"
    r"(?:i was|i'm|i am|we were|we're|we are) wondering if (?P<who2>you|someone|one of you) could|"
    r"(?:i was|i'm|i am|we were|we're|we are) hoping (?:that )?(?P<who3>you|someone|one of you|either of you) (?:could|can|would|might)|"
    r"(?:could|can|may) (?:i|we) (?:kindly |politely )?ask (?:you )?(?:kindly )?to|"
    # "could we ask for your consolidated comments, including Legal's, by Wednesday 25 November?"
    # ("may we request for Zendesk admin access for Rhea by Tuesday, 11/10?")
    r"(?:could|can|may) (?:i|we) (?:please |kindly )?(?:ask|request) (?:you )?for(?=\s+(?:your\s|the\s|(?-i:[A-Z]))[^?]*\b(?:by|before|until)\s)|(?:i|we)(?:'d| would) (?:like|love) (?:for )?you to|(?:i|we) need you to|(?:(?:i|we)(?:'d| would| will)?\s+)?(?:really\s+|highly\s+)?appreciate (?:it )?if you (?:could|can|would)(?:\s+kindly)?|"
    r"it(?: would|'d| will) be (?:much |greatly |very much |highly |really )?(?:great|helpful|good|ideal|nice|amazing|brilliant|fantastic|perfect|"
    # ("It would be great if you can send us the photos by next Wednesday")
    r"super helpful|appreciated) if (?:you|someone|your team)(?:\s+(?:could|can|would)|" + _BARE_ASKED + r")|are you able to|"
    # "it'd be great to have a first stab at a name by 18 December" (to a named person)
    # ("it would be a huge help to have the entry form live by Friday the 20th")
    r"it(?: would|'d) be (?:great|helpful|good|ideal|nice|brilliant|perfect|super helpful|a (?:huge|big|great|real) help) to"
    r"(?=\s+(?:have|get|see)\s+(?:a|an|the|your|some)\s)|"
    # ("so it would help us a great deal to have the first homepage mock-ups by Thursday the 19th")
    r"it(?: would|'d)\s+(?:really\s+)?help(?:\s+us)?(?:\s+(?:a lot|a great deal|greatly|enormously|hugely|massively))?\s+to"
    r"(?=\s+(?:have|get|see)\s+(?:a|an|the|your|some|(?-i:[A-Z])[\w-]+'s)\s[^?]*\b(?:by|before|until)\s)|"
    # the formal letter: "I would be grateful if your team could ...", "I would ask that you provide ..."
    # ("I will be grateful if you send the invoice with our VAT number")
    r"(?:i|we)(?:'d| would| should| will| shall)? be (?:very |most |really )?(?:grateful|obliged|thankful) if (?P<who5>you|your team|someone|one of you)"
    r"(?:\s+(?:could|would|can)|" + _BARE_ASKED + r")|"
    r"(?:i|we)(?:'d| would| must)? (?:also |therefore |kindly )?(?:ask|request) that (?P<who6>you|your team|someone|one of you)(?: please| kindly)?|"
    # "We kindly ask you to prepare the first draft of the project summary until 10.11."
    # ("We would like to ask you to prepare the clickable prototype until 4.12")
    r"(?:i|we)(?:'d| would| must)? (?:also |therefore |kindly |hereby |now |politely )*(?:(?:like|want|wish) to (?:kindly )?)?"
    r"(?:ask|request|urge) (?P<who7>you|your team|one of you)"
    r"(?: please| kindly| also)? to|"
    # Indian English, the subject left out: "Request you to kindly whitelist our two IPs by Friday"
    r"^(?:(?:also|and|further|hence|so)[,]?\s+)?(?:kindly\s+)?request(?:ing)? you(?:r team)?(?: to)?(?: please| kindly)*(?=\s+[a-z])|"
    r"(?:do|would) you mind|"
    # "We would appreciate receiving the signed contract by Friday." / "We count on you for the
    # contract by Friday." / "Could I trouble you for the contract by Friday?" / "Awaiting the
    # contract by Friday." / "Hoping to get the contract by Friday." / "Any chance of getting
    # the contract by Friday?" / "We expect the contract by Friday.": the thing, asked for by a day
    r"(?:(?:(?:we|i)(?:'d|\s+would)?\s+(?:really\s+|greatly\s+|much\s+)?appreciate\s+(?:receiving|getting|having)|"
    r"(?:we|i)(?:'re|\s+are|\s+am|'m)?\s+count(?:ing)?\s+on\s+you\s+for|(?:could|can|may)\s+i\s+trouble\s+you\s+for|"
    r"^(?:(?:we|i)(?:'re|\s+are|\s+am|'m)\s+)?(?:(?:still|now)\s+)?awaiting|^(?:(?:we|i)(?:'re|\s+are|\s+am|'m)\s+)?hoping\s+to\s+(?:get|receive)|"
    r"any\s+chance\s+of\s+(?:getting|receiving)|"
    # ("For us it is important to receive the mockups latest on Thursday 12.")
    # (not "to have both prototypes in Milan before 11 December": where a thing must be by then)
    r"^(?:for\s+us,?\s+)?it(?:'s|\s+is)\s+(?:very\s+|really\s+|quite\s+)?important\s+(?:for\s+us\s+)?to\s+(?:receive|get)|^(?:(?:and|so|also)[,]?\s+)?(?:we|i)\s+(?:will\s+)?expect(?=\s+(?:the|your)\s(?:(?!\bto\b)[^?.])*\b(?:from\s+you\s+)?(?:by|before|until)\s))"
    r"(?=\s+(?:the|your|a|an|all|both)\s(?![^?.]*\b(?:weather|rain|traffic|prices?|delay|delays|market)\b)[^?]*\b(?:by|before|until|no later than|latest)\s))|"
    # "Would you be so kind to send the signed contract?" / "Grateful if you could ..."
    r"would\s+you\s+be\s+so\s+kind\s+(?:as\s+)?to|^(?:(?:we|i)(?:'d|\s+would|\s+will)\s+be\s+)?(?:very\s+|most\s+)?grateful\s+if\s+(?:you|your team)\s+(?:could|would|can)|"
    # "Do send over the signed contract by Friday."
    r"^do(?=\s+(?:send|share|let|forward|upload|get)\b)|"
    # "Also, Hessa asked if you could propose an outdoor seating option": a colleague's request, passed on
    r"(?-i:[" + NAME_CAPITALS + r"])[\w'-]+\s+(?:also\s+)?(?:asked|asks|was asking|is asking|wanted to know|wants to know)\s+"
    r"(?:if|whether)\s+you\s+(?:could|can|would)(?=\s+[a-z])|"
    # "Y'all think you can get us that quote by Friday?" / "Do you think you could ..."
    r"^(?:do\s+)?(?:you|y'all|you guys|you all)\s+think\s+(?:you|y'all|you guys)\s+(?:can|could)(?=\s+[a-z])|"
    # "We kindly ask for the revised offer by Friday." / "Is it possible to receive the catalogue by Friday?"
    # ("... ask for your kind understanding to send the revised budget by ...": an apology)
    r"^(?:we|i)(?:\s+would|'d)?(?:\s+(?:kindly|also|therefore))?\s+(?:like\s+to\s+)?ask\s+for"
    r"(?=\s+(?:the|your|a|an)\s(?![^?]*\b(?:understanding|patience|cooperation|support|help|forgiveness)\b)[^?]*\b(?:by|before|until)\s)|"
    # ("Is it possible to have the app in the App Store before 1 December?" asks whether)
    r"^is\s+it\s+possible\s+to\s+(?:receive|get)(?=\s+(?:the|your|a|an)\s[^?]*\b(?:by|before|until)\s)|"
    # "Can we have the Highpoint shortlist by Friday 20 November?"
    # ("Could we see version 2 on Friday 27.11?")
    r"^(?:can|could|may) (?:we|i)(?: please)?(?=\s+(?:have|get)\s+(?:the|a|an|your|some|those|these)\b[^?]*\b(?:by|before)\s"
    r"|\s+see\s+(?:the|a|an|your|some|those|these|(?-i:v)\d|version\s+\d)[^?]*\b(?:by|before|on)\s+(?:\w+day\s+)?\d)|"
    # "If you could send the floor plan over by Friday that would be great."
    # "If you could get her letter to us by Friday the 20th, that would give Josh time to ..."
    r"(?:^(?:so\s+)?|(?<=,\s)so\s+(?:(?-i:[" + NAME_CAPITALS + r"])[a-z'-]+,?\s+)?)if (?:you|your team) (?:could|can)(?=\s.*\b(?:great|helpful|appreciated|perfect|ideal|brilliant|thanks|thank you|"
    r"(?:that|it|which)(?: would|'d) (?:give|let|allow|help|mean|save))\b"
    # "..., so Aoife if you could send me a short paragraph by Friday, Janine can drop it in"
    r"|\s[^,]{3,120}\b(?:by|before|until)\s[^,(]{2,40}(?:\s*\([^()]*\))?,\s*(?:(?-i:[" + NAME_CAPITALS + r"])[a-z'-]+|we|i|they|she|he)\s+(?:can|could|will|'ll)\s)|"
    # "For the planning it would help us a lot if you could send the updated schedule ..."
    # ("Ingrid, it would save us time if you could start the Vipps merchant application by Friday")
    r"(?:it|that)\s+(?:would|'d)\s+(?:really\s+)?(?:help(?:\s+us)?(?:\s+(?:a lot|a great deal|greatly|enormously|hugely|massively))?|save\s+us\s+(?:a\s+lot\s+of\s+|some\s+)?time)"
    r"\s+if\s+(?:you|your team)\s+(?:could|can|would))"
    r"\s+(?:please\s+|also\s+)?(?P<vp>\S.*)",
    re.IGNORECASE,
)
_REQ_NAMED = re.compile(
    # ("Following a review by our Accessibility Champion, could Tom please make sure ...")
    r"^(?:[^,?]{3,80},\s+)?(?i:(?:and|also|so|ok(?:ay)?)[,]?\s+)?(?i:could|can|would|will)\s+(?P<name>[" + NAME_CAPITALS + r"][a-zß-öø-ÿā-žƀ-ʯḁ-ỿа-џ'-]+(?:(?<=-)[" + NAME_CAPITALS + r"][a-zß-öø-ÿā-žƀ-ʯḁ-ỿа-џ'-]+)?(?:\s+[" + NAME_CAPITALS + r"][a-zß-öø-ÿā-žƀ-ʯḁ-ỿа-џ'-]+)?)\s+"
    r"(?i:(?:please|also|kindly|maybe|perhaps|already)\s+)*(?P<vp>[a-z]\S*\s.*)\?\s*$"
)
# "may we kindly request Liam to set up the Zendesk seats ..." / "We'd like to ask Tom to send
# ...": the work asked of a member by name
_REQ_ASK_NAMED = re.compile(
    # ("Should we ask Dr Agnieszka to ...?" asks whether to ask)
    r"(?<!\bshould )(?<!\bshall )(?<!\bdo )(?<!\bdid )(?<!\bwill )(?<!\bwhy )"
    r"\b(?i:(?:(?:may|can|could)\s+)?(?:i|we)(?:'d| would| must)?\s+(?:also\s+|therefore\s+|kindly\s+|hereby\s+|politely\s+)*"
    r"(?:(?:like|want|wish)\s+to\s+(?:kindly\s+)?)?(?:ask|request))\s+"
    r"(?P<name>[" + NAME_CAPITALS + r"][a-zß-öø-ÿā-žƀ-ʯḁ-ỿа-џ'-]+(?:\s+[" + NAME_CAPITALS + r"][a-zß-öø-ÿā-žƀ-ʯḁ-ỿа-џ'-]+)?)\s+"
    r"(?i:(?:please\s+|kindly\s+|also\s+)*to)\s+(?P<vp>[a-z]\S*\s.*)"
)
# "It would be very kind if Katerina could prepare a first proposal for the texts": a request
# to a named person, put politely
_REQ_IF_NAMED = re.compile(
    r"\b(?i:it(?:\s+would|'d|\s+will)\s+be\s+(?:very\s+|really\s+|most\s+|so\s+)?(?:kind|nice|great|helpful|lovely|good|appreciated|perfect|ideal)\s+if"
    # ("We would appreciate if Marko could check ..." / "We'd be grateful if Ana could ...")
    r"|(?:we|i)(?:'d|\s+would)\s+(?:really\s+|greatly\s+)?(?:appreciate(?:\s+it)?|be\s+(?:very\s+|most\s+)?grateful)\s+if)\s+"
    r"(?P<name>[" + NAME_CAPITALS + r"][a-zß-öø-ÿā-žƀ-ʯḁ-ỿа-џ'-]+(?:\s+[" + NAME_CAPITALS + r"][a-zß-öø-ÿā-žƀ-ʯḁ-ỿа-џ'-]+)?)\s+"
    r"(?i:could|can|would)\s+(?i:(?:please|kindly|also)\s+)*(?P<vp>[a-z]\S*\s.*)"
)
# A title whose object is only a pronoun: "Send it over", "Chase them".
# ("I will share the same with you": Indian English for "it")
_PRONOUN_TITLE = re.compile(r"^\S+\s+(?:(?:me|us)\s+(?=these\b|those\b))?(?:and\s+\S+\s+)?(?:(?:over|up|out|back|in|on|off|down)\s+)?(?:it|them|one|the\s+same|these|those)(?:\s+(?:over|up|out|back|in|on|off|down|across))?"
                            r"(?:\s+(?:ready|done|finished|sorted))?(?:\s+(?:to|for|with)\s+(?:you|us|me|him|her|them|(?-i:[" + NAME_CAPITALS + r"])[\w'-]+))?"
                            # "send them with DHL as you asked"
                            r"(?:\s+(?:by|via)\s+(?-i:[A-Z])[\w-]+)?(?:,?\s+as\s+(?:you\s+asked|requested|agreed|discussed|promised))?\s*$", re.IGNORECASE)
_VERSION_OF = re.compile(r"\b(?:final|latest|updated|revised|signed|new|current|full|complete|clean)\s+(?:version|copy|draft)$", re.IGNORECASE)
_SUBJECT_OF_CLAUSE = re.compile(r"\b(?P<np>(?:the|your|our|their)\s+[\w'-]+(?:\s+[\w'-]+)?)\s+(?:is|are|sits|lies|stays|was|were|has|have|will|"
                                r"needs?|comes?|remains?)\b", re.IGNORECASE)
_IS_THE = re.compile(r"\b(?:is|are)\s+(?P<np>(?:the|your|our)\s+(?!(?:same|best|only|one|first|last|next|main)\b)[^,.;!?]{2,80}?)\s*(?:[.;!?]|$)",
                     re.IGNORECASE)
_THE_ATTACHED = re.compile(r"\bthe (?:attached|enclosed)(?=\s+(?:and|to|by|back|for)\b|\s*$)", re.IGNORECASE)
# "Review it and send us your comments": the object of the first verb is a pronoun
_PRONOUN_HEAD = re.compile(r"^\S+\s+(?:it|them)\s+(?:and|&|then)\s", re.IGNORECASE)
_STATE_SUBJECT = re.compile(r"^\s*(?P<np>(?:(?:the|your|our|their|my)\s+|(?!(?:everything|everyone|it|this|that|all|nothing|something|there|here|which|what|who|"
                            r"we|i|you|they|he|she)\b)(?=(?-i:[" + NAME_CAPITALS + r"])))(?:[\w'&/-]+\s+){0,6}?[\w'&/-]+)\s+(?:is|are|was|were|sits|lies|stays|remains)\s+"
                            r"(?:still\s+|now\s+|currently\s+)?(?!(?:the|a|an|not)\b)\w", re.IGNORECASE)
_A_PERSON = re.compile(r"\b(?:accountant|manager|lawyer|solicitor|designer|engineer|developer|director|team|colleague|client|supplier|boss|"
                       r"partner|assistant|agent|rep|contractor|architect|photographer|husband|wife|father|mother|son|daughter|"
                       r"translator|printer|plumber|electrician|builder|surveyor|consultant|officer|he|she|they)s?\s*$", re.IGNORECASE)
# what an offer hangs on, said after it ("... when it's ready", "... only when the reseller
# activates the module", "..., but not by Friday"), and an offer that follows from something
# else ("..., then we can make the second cut") or is a limit ("The earliest we can ship is")
_OFFER_ON_A_CONDITION = re.compile(r"^(?:[^.;:!?]*?[\s,])?(?:(?:only\s+)?(?:when|once|as\s+soon\s+as)\s+(?:it|they|this|that|the|we|you|i|he|she)\b|only\s+(?:when|once|if|after)\b|"
                                   r"but\s+not\s+(?:by|before|until|this|on)\b)", re.IGNORECASE)
_OFFER_AS_A_CONSEQUENCE = re.compile(r"(?:[,;]\s*(?:and\s+)?then|\b(?:earliest|soonest|latest|best|most)|\bthe\s+(?:first|only)\s+(?:day|date|time)|\bwhat)\s*$",
                                     re.IGNORECASE)
# A title that names no thing at all: "Take care of this one", "Send it to me", "Do these"
_VAGUE_TITLE = re.compile(r"\w+(?:\s+(?:care\s+of|up|over|back|out|on|through))?\s+(?:it|this|that|these|those|them|this\s+one|that\s+one)"
                          r"(?:\s+(?:to\s+(?:me|us|him|her)|over|back|up|our\s+way|by\s+phone|on))?", re.IGNORECASE)
_HAS_THE = re.compile(r"\b(?:has|have|'s\s+got|has\s+got)\s+(?P<np>(?:the|all\s+the|our|your)\s+[^,;]{2,80}?)\s*,?(?:\s+and\s+(?:(?:she|he)(?:'s|\s+has)\s+promised\s+(?:me|us)\s+)?)?$",
                      re.IGNORECASE)
# the thing a clause needs by a day, for "so please have them with us by then" after it
_NEEDS_THE = re.compile(r"\b(?:needs?|needed|requires?)\s+(?P<np>(?:the|all\s+the|our|your)\s+[^,;]{2,60}?)(?:\s+(?:on|by|before)\s+[^,;]{2,40}?)?"
                        r"(?:\s+at\s+the\s+(?:latest|earliest))?\s*,?\s*(?:so|and)?\s*$", re.IGNORECASE)
# the thing a clause welcomes, for "please send them" after it
_WELCOME_THING = re.compile(r"(?P<np>\b(?:the|your|any|some)\s+[^,;:.]{2,60}?)\s+(?:would|will)\s+be\s+(?:very\s+|really\s+|most\s+|so\s+)?"
                            r"(?:welcome|useful|helpful|appreciated|great)\b[^;:.,]{0,20}(?:[;,]\s*(?:and\s+)?(?:please\s+|kindly\s+)?)?$", re.IGNORECASE)
# "Can you get that done by Thursday?": the work named in the sentence before
_GET_THAT_DONE = re.compile(r"^(?:get|have)\s+(?:that|this|it|them)\s+(?:done|sorted|finished)\b|^do\s+(?:that|this)\b", re.IGNORECASE)
_PRONOUN_WORD = re.compile(r"\b(?:it|them|one|the\s+same|these|those)\b", re.IGNORECASE)
_NOUN_PHRASE = re.compile(r"\b(?:your|the|our|my|their|an?)\s+(?P<np>(?:[\w'&/-]+\s+){0,4}?[\w'&/-]+)(?=\s*(?:[,;:.!?]|$))", re.IGNORECASE)


# ("The second batch (level 5 and 6) we will send on 24.11.": an aside after the object)
# ("The letters of support from our partners - the water company and the anglers - we will
# deliver until 20.11.": a dashed aside)
# ("The final quote for 112 guests I will send you until Friday" / "I will be at the villa on
# Monday anyway, so the photos of the terrace I will send you Monday evening")
# A promise to hand something over that does not say what ("Send with DHL", "Send to Mette
# as promised", "Deliver to your office", "Send you both"): the thing was named before
_NO_OBJECT = re.compile(
    r"^(?P<lead>(?:send|deliver|courier|ship|mail|e-?mail|post|forward|share|upload|submit|bring|hand|return|pass)"
    r"(?:\s+(?:over|across|out|back|through|along|on))?(?:\s+(?:you|us|him|her|them(?=\s+to\b)))?)"
    r"(?:\s+(?:both|together|both of them|all of them))?"
    r"(?:\s+(?:to|with|via|by|at|into|from)\s+(?!(?:the|a|an)\s+(?:\w+\s+)?(?:of|for)\b)\S+(?:\s+(?!(?:the|a|an|your|our|their|my|his|her)\b)\S+){0,2}?)?"
    r"(?:\s+(?:as\s+(?:you\s+)?(?:requested|promised|agreed|asked|discussed|planned|usual|mentioned|said)|first|too|also|asap|soon|later|"
    r"tomorrow|today|tonight|latest|then))*\s*[.!]?$",
    re.IGNORECASE)
_FRONTED_OBJECT = re.compile(r"^(?:[^.;:]*?,?\s+so\s+)?\s*(?:the\s+)?(?P<np>(?!(?:so|and|but|then|ok|okay|yes|also|i|we|it|this|that)\b)"
                             r"[A-Za-z][\w-]*(?:\s+[a-z0-9][\w-]*){0,6})"
                             r"(?:\s+\([^()]{1,40}\)|\s+[-–—]\s+[^-–—]{1,100}?\s+[-–—])?\s+$",
                             re.IGNORECASE)
_SUBJECT_NP = re.compile(r"^(?P<np>(?:the|your|our)\s+(?:[\w'&/-]+\s+){0,4}?[\w'&/-]+(?:\.\d+)*)\s+(?:is|are|was|were|has|have)\s+"
                         r"(?:now\s+|all\s+)?(?:attached|ready|done|finished|up|here|uploaded|in|on)\b", re.IGNORECASE)


def _uncap(phrase: str) -> str:
    """"Design document" -> "design document"; "API keys", "Facebook ID" stay as written."""
    first = phrase.split(None, 1)[0] if phrase.split() else ""
    return phrase[0].lower() + phrase[1:] if first[:1].isupper() and first[1:].islower() else phrase


def _subject_phrase(sentence: str) -> str | None:
    """"The design document is attached." -> "the design document": the thing just handed over."""
    m = _SUBJECT_NP.match(sentence.strip())
    if m is None:
        # "Please find attached our engagement letter." / "I attach the invitation."
        m = _HANDED_NP.match(sentence.strip())
        return (m.group("np") or m.group("np2")) if m else None
    return m.group("np")


_HANDED_NP = re.compile(r"^(?:(?:please|kindly)\s+)?(?:also\s+)?(?:find|see)\s+(?:attached|enclosed)\s+(?P<np>(?:the|our|my|your)\s+(?:[\w'&/-]+\s+){0,4}?[\w'&/-]+)\s*[.!]?$|"
                        r"^(?:i|we)\s+(?:also\s+)?(?:attach|enclose)\s+(?P<np2>(?:the|our|my|your)\s+(?:[\w'&/-]+\s+){0,4}?[\w'&/-]+)\s*[.!]?$",
                        re.IGNORECASE)


def _antecedent(before: str) -> str | None:
    """The noun phrase that ends the clause before a pronoun request ("I'll need your
    Business Manager ID, could you send it?" -> "your Business Manager ID")."""
    m = None
    # ("Our printer needs the press-ready files on Monday 28 December at the latest, so please
    # have them with us by then": when is no thing)
    for m in _NOUN_PHRASE.finditer(re.sub(r"\s+at\s+the\s+(?:latest|earliest)\b", "", before.rstrip(), flags=re.IGNORECASE)):
        pass
    if m is None or _PRONOUN_START.match(m.group("np")) or len(m.group(0)) > 60:
        return None
    if re.search(r"\b(?:is|are|was|were|has|have|had|will|be|been|'s)\b", m.group("np"), re.IGNORECASE):
        # "The report is almost done, I'll send it": a clause, not a noun phrase
        return None
    # ("No news on the keys yet, I'll chase them again": the adverb is no part of the thing)
    return re.sub(r"\s+(?:yet|still|either|too|again)$", "", m.group(0), flags=re.IGNORECASE)
_EITHER_OR = re.compile(r",?\s+or\s+(?:will|would|do|does|is|are|should|can|could|shall|must|have|has|did)\s+(?:we|they|it|you|he|she|i|the|this|that)\b"
                        # "can you share the RAW files with us after the shoot, or only the retouched JPEGs?"
                        r"|,\s+or\s+(?:only|just)\s+[^?,;]{2,60}\?\s*$",
                       re.IGNORECASE)
# "Would you prefer the Flat Rate Scheme or standard VAT?" asks for a choice, not for work
_PREFERENCE = re.compile(r"(?:prefer|rather|like\s+(?!to\b))", re.IGNORECASE)
# "is the permit something we sign ourselves, or can you sign it for us?": the request is
# one side of a question
_OR_REQUEST = re.compile(r",?\s+or\s+(?:can|could|would|will|do|should)\s*$|,\s*or\s+\S?$", re.IGNORECASE)
# "Liesl, could we have the preliminary NDVI maps by Friday?": asking to be sent something
# ("Can we get cut 2 by Thursday?": a numbered version of the work needs no article)
_REQ_WE_HAVE = re.compile(r"\b(?:could|can|may)\s+(?:we|i)\s+(?:please\s+)?(?=(?:have|get)\s+(?:the|a|an|your|some|those|these|copies|\d|"
                          r"(?:cut|draft|version|round|mix|edit|pass|proof|revision|v)\s*#?\d{1,3})\b"
                          r"(?![^?]{0,40}\b(?:call|chat|meeting|zoom|catch[- ]?up|coffee|lunch|word|minute|moment|look|go|try|break)\b)|"
                          # "Can I see a first version of the media list Thursday EOD?": to see it by a day is to be sent it
                          r"see\s+(?:the|a|an|your|some|those|these)\s[^?]{2,60}?\b(?:by\s+\w|eod\b|cob\b|(?:mon|tues|wednes|thurs|fri)day\b|tomorrow\b))(?P<vp>\S.*)",
                          re.IGNORECASE)
_REQ_PLEASE = re.compile(
    # (Indonesian and Malay "mohon"/"tolong": "Mohon send us the quotation by Friday ya.")
    # ("Don't forget to send the invoice to our finance team by Friday.")
    # ("Fuseini please check the Android version ...": a name, and no comma, before it)
    r"(?:^|^(?!(?:below|above|attached|enclosed|here|herewith|again|now|also|then|thanks|thank|finally|lastly|meanwhile)\s)"
    r"(?-i:[" + NAME_CAPITALS + r"])[\w'-]+\s+(?=(?:please|pls|kindly)\s+(?!(?:find|see|note|refer)\b))|[,;:—–]\s*|\b(?:also|and|then|so|but|yes|ok|okay|sure)[,!]?\s+)"
    r"(?:please|pls|plz|kindly|mohon|tolong|(?:do\s+not|don't)\s+forget(?=\s+to\s)|"
    r"remember(?=\s+to\s))[,!]?\s+(?:also\s+|just\s+)?(?:to\s+)?"
    # "please kindly help to confirm the packaging artwork before 11/30"
    r"(?:kindly\s+)?(?:help\s+to\s+)?(?P<vp>\S.*)",
    re.IGNORECASE,
)
_COMMIT = re.compile(
    r"(?:(?:^|(?<=[\s,;:—–(]))(?P<subj>i|we|(?:our|my) (?:whole )?team)\s*(?P<modal>'ll| will| shall| am going to|'m going to| are going to|'re going to| plan to| intend to| can| expect to| hope to| aim to|"
    # ("We should be able to send the renders by Thursday.")
    r" should be able to)"
    # terse business English leaves the subject out: "Will send the PO by tomorrow."
    r"|^(?P<modal2>will|shall))\s+"
    r"(?:(?:also|then|just|now|personally|definitely|first|quickly|still|go ahead and|try to|make sure to|aim to)\s+)*(?P<vp>\S.*)",
    re.IGNORECASE,
)
# "I send the dimensions sheet of all products tomorrow": non-native English promises in the
# plain present; a day to come is what makes it a promise, not a note of what is attached
_PRESENT_PROMISE = re.compile(
    r"(?:^|(?<=[\s,;:—–(]))(?-i:I)\s+(?:(?:also|then)\s+)?(?P<vp>(?:send|deliver|share|upload|prepare|finish|complete|submit|forward)\s+"
    r"(?:you\s+|to you\s+)?(?:the|a|an|our|my|all|them|it)\b[^.?!]*?\b(?:tomorrow|tonight|later today|by\s+\S|"
    r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|next\s+week|this\s+(?:afternoon|evening|week))\b.*)",
    re.IGNORECASE)
# what may open a sentence, capitalised, before the name of the one who will do the work
_LINKING_WORDS = frozenset({"then", "so", "and", "also", "next", "afterwards", "meanwhile", "now", "but"})
_THIRD = re.compile(
    # ("My colleague, Yuki Sato, will send you the character bible")
    r"(?:^|(?<=[\s,;:—–(]))(?:(?i:my|our)\s+[a-z]+(?:\s+[a-z]+)?,\s+)?(?P<name>" + HONORIFIC_NAME + r"|[" + NAME_CAPITALS + r"][\w'-]+(?:\s+[" + NAME_CAPITALS + r"][\w'-]+)?)"
    # "Jorge Hernández, our field technician, will do the site survey"
    r"(?:,\s+(?:our|their|your|the|my)\s+[^,;:]{2,40},|"
    # ("Ulla, who is volunteer in our archive, will upload the scanned logbooks")
    r",\s+who\s+(?:is|are|was|works|runs|looks\s+after|manages|handles)\s+[^,;:]{2,60},)?"
    # "Joost from our logistics team will send you our shipping instructions"
    # ("Chiamaka on my team will set up the delegate registration page by Friday 13th")
    # ("Takahashi from our Tokyo CS team will send you the product manual")
    # ("Mrs. Frick from Regulatory Affairs will deliver the IFU")
    r"(?:\s+(?:from|of|at|in|on)\s+(?:(?:our|their|your|the|my)\s+\w|[" + NAME_CAPITALS + r"])[\w&-]*(?:\s+\w[\w&-]*){0,3}(?=\s+(?:will|'ll|is going to)\b))?"
    r"(?<=\S),?"
    # "Dani (cc'd, she's tour managing) will send you the stage plot"
    r"(?:\s+\([^()]{1,60}\))?"
    # ("Tucker's going to send y'all the guest list ... by Wednesday")
    r"(?:\s+(?:will|'ll|is going to)|(?<='s)\s+(?:going to|gonna)"
    # "Geoff has kindly agreed to set up the Stripe account"
    r"|(?:\s+ha(?:s|ve))?\s+(?:(?:kindly|already|also|just)\s+)?(?:agreed|offered|promised|volunteered)\s+to"
    # "Julien sends you the final tech packs tomorrow": non-native English says what will
    # happen in the plain present, a day ahead named
    r"|(?=\s+(?:sends|delivers|ships|shares|brings|uploads|returns)\s+(?:you|us)\s+(?:the|our|his|her|their|all|both)\b[^.?!;]{2,80}?"
    r"\b(?:tomorrow|tonight|later today|this (?:afternoon|evening|week)|next (?:week|mon|tue|wed|thu|fri)\w*|on (?:mon|tue|wed|thu|fri)\w*|"
    r"by (?:mon|tue|wed|thu|fri|the end|end|\d)\w*)\b))"
    r"\s+(?:(?:also|then|now)\s+)?(?P<vp>\S.*)"
)
# Meeting minutes: "Dan to chase the skip hire by Friday." / "Priya to book the inspection."
# ("WICA - Nurul to send headcount and annual wages by category": after the point's label)
_MINUTES_TO = re.compile(r"^(?:[" + NAME_CAPITALS + r"][\w&/'-]*(?:\s+[\w&/'-]+){0,3}\s+[-–—:]\s+)?"
                         r"(?P<name>[" + NAME_CAPITALS + r"][\w'-]+(?:\s+[" + NAME_CAPITALS + r"][\w'-]+)?)\s+to\s+(?P<vp>[a-z][\w-]*\s+\S.*)$")
_PURPOSE_FIRST = r"(?:to|in\s+order\s+to)\s+[a-z]+\s[^,;:?]{2,60}?,?\s+(?=(?:i|we)(?:'d|'ll|\s))"
# a member's (or anyone's) thing: "Jean-Baptiste's translation", "Priya's notes"
_NAMES = r"(?-i:[" + NAME_CAPITALS + r"])[\w-]+['’]s"
_WHOSE_NAME = r"(?P<name>(?-i:[" + NAME_CAPITALS + r"])[\w-]+)['’]s"
_NEED = re.compile(
    # ("Papers go out a week before the meeting, so we would need your draft report by ...")
    r"^(?:[A-Za-z][\w ]{0,18}:\s+)?(?P<lead>[^;:?]{3,160}?,\s+(?=(?:so|but)\s))?(?:(?:and|also|so|but|now|please),?\s+)?"
    # ("..., so realistically we would need the draft report by Monday 7th December")
    r"(?:(?:realistically|ideally|honestly|basically|practically|therefore),?\s+)?"
    # ("As discussed, we would need the clickable prototype by 11/13": asked for politely; "As
    # agreed, we need the annual report and a short video" restates the project's scope)
    r"(?:as\s+(?:discussed|agreed|mentioned|promised)(?:\s+(?:on|in|during|at)\s+[^,]{2,30})?,\s+(?=(?:i|we)(?:'d|\s+would)\s))?"
    # ("For this we need all the texts for the dive pages from you by Friday 4 December")
    r"(?:for\s+(?:this|that|it|these|those|them)\s*,?\s+(?=(?:i|we)\s))?"
    # ("Marcia, for later: when the artwork is final we need a photo of the first printed proof
    # ..., by 25/12 at the latest": when it will be wanted, said first)
    r"(?:(?:when|once|as\s+soon\s+as)\s+(?:the|our|your|it|they|this|that)\b[^,;:?]{3,60}?,?\s+(?=(?:i|we)\s+(?:(?:will|'ll|would|'d|also)\s+)?need\s))?"
    # ("To keep to the Darwin Plus timetable we need ...": what it is for, said first)
    r"(?P<purpose>" + _PURPOSE_FIRST + r")?(?:(?:i|we)(?:'ll|'d)?\s+|(?=need\s))(?:(?:really|still|will|'ll|would|'d|urgently|definitely|also)\s+){0,2}(?:need|require)\s+(?:also\s+)?"
    # ("we need from you the revised layout of the bar within Friday 6/11")
    # ("Sanne, we need three massing options by Wednesday 11 November")
    r"(?:from\s+you\s+)?(?P<vp>(?:the|a|an|your|our|all|some|those|these|that|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    # ("We need Jean-Baptiste's translation of those two pages by Friday 27/11")
    r"\d+(?=\s+[a-z])|" + _NAMES + r"(?=\s))\b.+)|"
    # "Before the full run we'd like a pilot from you: 200 labelled images by Friday"
    r"^(?:(?:before|after|for|in|on)\s[\w ]{2,30}?,?\s+)?(?:(?:and|also|so|but|now),?\s+)?(?:i|we)(?:'d| would)\s+(?:really\s+|also\s+)?like\s+"
    # ("We would also like a short list of importers and distributors in Peru": a thing to hand over)
    r"(?P<vp2>(?:the|a|an|your|all|some|those|these)\b(?=[^.?!]*\bfrom you\b|(?:\s+[\w-]+){0,2}?\s+(?:list|shortlist|overview|quote|quotation|"
    r"proposal|summary|report|estimate|breakdown|schedule|timeline|offer)\s+(?:of|for|on|with)\b).+)|"
    # "Carmen, we would like to receive your first naming proposals by 13/11"
    # ("For the budget we would also like to receive a separate quote for the Android version")
    r"^(?:(?:before|after|for|in|on)\s[\w ]{2,30}?,?\s+(?=(?:i|we)\s))?(?:(?:and|also|so|but|now),?\s+)?(?:i|we)(?:'d| would)\s+(?:really\s+|also\s+)?like\s+to\s+(?:kindly\s+)?"
    # "we would like to receive the glossary draft (character names, places, skills) by November 13"
    r"(?:(?:receive|get|have|see)\s+(?=your\b)|(?:receive|request)\s+(?=(?:the|a|an)\b))(?P<vp3>\S.+)|"
    # "We would welcome your comments by Wednesday 25 November"
    r"^(?:(?:and|also|so|but|now),?\s+)?(?:i|we)(?:'d| would)?\s+(?:really\s+|also\s+|greatly\s+)?(?:welcome|appreciate)\s+"
    # ("We would appreciate a quote for WhatsApp notifications as well")
    r"(?P<vp4>(?:your\b|the\b|(?:a|an)\s+(?:[\w-]+\s+)?(?:quote|quotation|estimate|proposal|cost\s+estimate|price\s+list|breakdown|timeline|"
    r"overview|short\s+list|shortlist|sample|mock-?up|draft)\b).+)",
    re.IGNORECASE,
)
_IMPERATIVE_OBJECT = re.compile(
    r"^(?:the|a|an|our|your|my|their|his|this|these|those|me|us|him|her|them|it|over|out|up|in|on|off|back|down|some|all|any|\d+)\b",
    re.IGNORECASE,
)
_PRONOUN_OBJECT = re.compile(r"^(?:(?:over|up|out|back|in|on|off|down|into)\s+)?(?:it|this|that|them|these|those|one|something|anything|things?)\b", re.IGNORECASE)
_VAGUE_AFTER_GET = re.compile(r"^(?:back|in touch|started|going|on it|around|together|a chance|to it)\b", re.IGNORECASE)
# "Aisha's putting together the timeline" - a named member already on a piece of work.
_THIRD_PROGRESSIVE = re.compile(
    # ("John (our plant manager, cc'd) is shipping you two cases of samples")
    r"(?:^|(?<=[\s,;:—–(]))(?P<name>[" + NAME_CAPITALS + r"][\w-]+)(?:'s|(?:\s+\([^()]{1,60}\))?\s+is)\s+(?:now\s+|currently\s+|already\s+|busy\s+)?(?P<vp>[a-z]+ing\b.*)"
)
# ("Hannah asked me to pick up the ISBN question" is answered in the same mail)
_ASKED_ME_TO = re.compile(r"(?:^|(?<=[\s,;:—–(]))(?:(?-i:[" + NAME_CAPITALS + r"])[\w'-]+|the client|they|she|he)\s+(?:has\s+|had\s+)?(?:asked|wants)\s+me\s+to\s+"
                          # ("Lukas asked me to send you the mandatory text. <the text>": sent with it)
                          r"(?!(?:answer|reply|respond|explain|clarify|help|look into|pick up|take over|handle|field)\b)"
                          r"(?!(?:send|forward|pass on|share)\s+(?:you|this|these|it|on)\b)"
                          # ("Rachel asked me to sort out the logo: the SVG and EPS versions are attached": done with it)
                          r"(?![^:.?!]*:\s[^?]*\b(?:attached|enclosed)\b)(?P<vp>[a-z]\S*\s.*)",
                          re.IGNORECASE)
# ("..., and she's promised me she'll get them over to you on Wednesday")
_SHE_WILL = re.compile(r"(?:,\s*|\s)(?:and|but|so|then)\s+(?:(?:she|he)(?:'s|\s+has)\s+promised\s+(?:me|us)\s+(?:that\s+)?)?(?:she|he)\s*(?:'ll|will|is going to)\s+"
                       r"(?:also\s+|then\s+)?(?P<vp>\S.*)",
                       re.IGNORECASE)
# (the one the sentence before is about: "Aline will share the photos by Friday." / "Martin is at a
# conference in Vienna until today.")
_NAMED_SUBJECT = re.compile(r"^(?:[-*•]\s*)?(?P<name>[" + NAME_CAPITALS + r"][\w'’-]+)\s+(?:will|'ll|is going to|can|is|was|has|had|'s)\s",
                            re.IGNORECASE)
_ON_A_WEEKDAY = re.compile(r"\bon\s+(?:mon|tues|wednes|thurs|fri)day\b", re.IGNORECASE)
_SHE_STARTS = re.compile(r"^(?:[-*•]\s*)?(?:and\s+)?(?:she|he)\s*(?:'ll|will|is going to)\s+(?:also\s+|then\s+)?(?P<vp>\S.*)", re.IGNORECASE)
# "We'd like the contact form to include a phone field" / "we'd prefer the logo smaller".
_WISH = re.compile(
    r"(?:^|(?<=[\s,;:—–(]))(?:i|we)(?:'d| would)?\s+(?:really\s+|also\s+|still\s+|much\s+)?(?:like|love|want|prefer)\s+"
    r"(?P<vp>(?:the|our|your|a|an|this|these|those|all|each|every)\s+.+)",
    re.IGNORECASE,
)
_PEOPLE_TO_DO = re.compile(r"(?:our|the|all|each|every)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:ers|ors|ants|ents|ees|ists|ians|people|public|guests)\s+to\s+(?!be\b)[a-z]+",
                           re.IGNORECASE)
_DET = r"(?:the|our|your|a|an|this|these|those|all|each|every)"
_SPEC = re.compile(
    r"^(?P<np>" + _DET + r"\s+[\w'&/.-]+(?:\s+[\w'&/.-]+){0,6}?)\s+to\s+(?:also\s+|always\s+|only\s+|still\s+)?"
    r"(?P<verb>[a-z]+)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_COMPARATIVES = (r"bigger|smaller|larger|shorter|longer|wider|narrower|taller|lighter|darker|brighter|bolder|"
                 r"cleaner|simpler|clearer|higher|lower|thinner|thicker|softer|warmer|cooler|faster|quicker|"
                 r"slower|closer|louder|quieter|tighter|earlier|sooner|(?:more|less)\s+[a-z]+")
_PREFER_FORM = re.compile(
    r"^(?P<np>" + _DET + r"\s+[\w'&/.-]+(?:\s+[\w'&/.-]+){0,4}?)\s+(?:(?:slightly|a bit|a little|much|even|way|somewhat)\s+)?"
    r"(?:" + _COMPARATIVES + r")\b",
    re.IGNORECASE,
)
# What a thing in a spec does: "the form to include ...", "the pages should show ...".
SPEC_VERBS = frozenset({
    "include", "show", "display", "default", "support", "use", "have", "link", "open", "load", "work",
    "appear", "say", "read", "list", "feature", "match", "allow", "let", "accept", "point", "redirect",
    "stand", "highlight", "mention", "stay", "remain", "mirror", "reflect", "fit", "follow", "respect",
    "capture", "store", "remember", "validate", "hide", "stick", "sort", "filter", "look", "be"
})
_NOT_A_THING = re.compile(
    r"^" + _DET + r"\s+(?:chance|opportunity|time|ability|possibility|permission|right|freedom|flexibility|option|way|pleasure)\b",
    re.IGNORECASE,
)
_BE_WANTED = re.compile(r"^\s*(?:\w+ed|\w+en|" + _COMPARATIVES + r")\b", re.IGNORECASE)
# A client's requirement: "The agent pages should show each agent's licence number."
_REQUIRE = re.compile(
    r"^(?:(?:also|and|but|plus|ideally)[,]?\s+)?(?P<np>(?:the|our|your|this|these|those|each|every|all)\s+[^,;:.?!]{1,60}?)\s+"
    r"(?P<modal>should|needs? to|must|has to|have to)\s+(?:also\s+|always\s+|really\s+|now\s+|only\s+|definitely\s+)?"
    r"(?P<verb>[a-z]+)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
# "The footer needs our ABN" / "each event page needs a capacity note": a client naming
# what a deliverable still lacks. Effort nouns ("needs a bit more thought") ask for nothing.
_REQUIRE_NOUN = re.compile(
    r"^(?:(?:also|and|but|plus|ideally)[,]?\s+)?(?P<np>(?:the|our|your|this|these|each|every)\s+[^,;:.?!]{1,40}?)\s+"
    r"(?:still\s+|also\s+|really\s+|definitely\s+)?(?:needs|need|is missing|are missing|requires|require)\s+"
    r"(?P<obj>(?:our|the|a|an|your|its|their|some|two|three|\d+)\s+[^,;?!]{2,60}?)\s*(?:[.!]|,\s*(?:and|but)\s.*)?$",
    re.IGNORECASE,
)
_PERSON_NEEDS = re.compile(r"^\S+\s+(?:\w+\s+)?(?:engineers?|team|designers?|managers?|developers?|devs|accountants?|lawyers?|architects?|"
                           r"contractors?|colleagues?|boss|director|people|staff|printers?|suppliers?|factory|office|QS|surveyors?|"
                           # "Our president must approve the budget in the management meeting"
                           r"president|vice president|ceo|cfo|coo|cto|md|gm|chairman|chairwoman|chair|board|management|committee|"
                           r"owners?|partners?|directors|legal|compliance|finance|procurement|headquarters|hq|parent company)\b",
                           re.IGNORECASE)
_EFFORT_OBJECT = re.compile(
    r"^(?:a|an|some|more|the|our|your|its|their)?\s*(?:(?:bit|little|lot|couple|few|fair amount|bit more|little more)\s+(?:of\s+)?(?:more\s+)?)?"
    r"(?:more\s+)?(?:time|thought|work|attention|tweaking|love|polish|review|look|while|days?|weeks?|hours?|tlc|testing|fixing|discussion|"
    r"cleanup|clean-up|care|help|input|sign-?off|approval|decision|update|refresh)\b",
    re.IGNORECASE,
)
# "Families should be able to filter events by age group": who uses it and what they can do.
_USERS_ABLE = re.compile(
    r"^(?:(?:also|and|but|plus|ideally)[,]?\s+)?(?P<np>(?:(?:the|our|all|new|returning|logged-in|registered)\s+)?"
    r"(?:users?|families|parents|visitors|customers|members|staff|admins?|administrators|students|guests|patrons|readers|"
    r"people|clients|buyers|editors|managers|volunteers|subscribers|attendees|agents|tenants|patients|donors|teachers))\s+"
    r"(?:should|must|need to|needs to|have to|has to)\s+(?:also\s+)?be\s+able\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
# "Aisha, the agent sync is yours" / "Leo, you own the push notifications" / "Leo owns X".
_ASSIGN_YOURS = re.compile(
    r"(?:^|[;,—–]\s*|\band\s+)(?P<name>[" + NAME_CAPITALS + r"][\w'-]+),\s+(?P<obj>(?:the|this|that)\s+[^,;.!?]{2,60}?)\s+(?:is|are)\s+(?:all\s+)?yours\b"
    r"|(?:^|[;,—–]\s*|\band\s+)(?P<name2>[" + NAME_CAPITALS + r"][\w'-]+),\s+you(?:'re|\s+are)?\s+(?:own(?:ing)?|taking|in charge of|responsible for|on point for)\s+"
    r"(?P<obj2>[^,;.!?]{2,60})"
    r"|(?:^|[;,—–]\s*|\band\s+)(?P<name3>[" + NAME_CAPITALS + r"][\w'-]+)\s+(?:owns|will own|is owning|is responsible for|will be responsible for|is in charge of|"
    r"will take over|is taking over)\s+(?P<obj3>(?:the|our|your)\s+[^,;.!?]{2,60})"
)
_HAVE_READY = re.compile(r"^have\s+(?P<obj>.{1,100}?)\s+(?:ready|done|finished|sorted|completed|wrapped up|over)\b", re.IGNORECASE)
_HAVE_MEMBER = re.compile(r"^(?:have|get)\s+(?P<name>[" + NAME_CAPITALS + r"][\w'-]+(?:\s+[" + NAME_CAPITALS + r"][\w'-]+)?)\s+(?:to\s+)?(?P<vp>\S.*)")
_GROUP_WHO = re.compile(r"\b(?:both|two|guys|all|one of you|either of you|someone|somebody|anyone|anybody|y'all)\b|^you\s+(?:and|or|&)\s+(?!your\b|the\s+(?:team|others)\b)",
                        re.IGNORECASE)
_BOOKING_CONFIRM = re.compile(r"(?:the\s+|our\s+|your\s+)?(?:[\w-]+\s+)?(?:accommodation|hotel|hotels|booking|bookings|reservation|reservations|rooms?|"
                              r"flights?|transport|transfers?|catering|venue)\b[^?]*\b(?:(?:by|before)\s+\w|today\b|tomorrow\b|asap\b|this\s+(?:morning|afternoon|week)\b)",
                              re.IGNORECASE)
_INFO_LEAD = re.compile(r"^(?:check|see|find out|look)\s+(?:if|whether|when|what|how|who|which)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Trigger:
    start: int
    vp_start: int
    kind: str          # request | commitment | offer | third | need
    owner_hint: str | None
    group: bool


_WHAT_WOULD_IT_COST = re.compile(r",?\s+and\s+(?:(?:what|how much)\s+(?:would|will|does|might)\s+(?:that|it|this|they)\s+"
                                 r"(?:add|cost|take|come to|set us back)\b"
                                 # "can you also produce aprons for our pool bar staff, and what is the minimum quantity?"
                                 r"|what(?:'s|\s+is|\s+would\s+be)\s+the\s+(?:minimum|min\.?|moq|lead\s+time|unit\s+price|price|cost)\b)",
                                 re.IGNORECASE)


def _base_verb(word: str, *, request: bool = False) -> str | None:
    """Base form of a verb from the work list ("sending" -> "send"), or None.

    ``request``: the sentence asks someone, so the request-only verbs count too.
    """
    w = word.lower().strip(",.;:!?\"'")
    if w in ACTION_VERBS or request and w in REQUEST_ONLY_VERBS:
        return w
    if "-" in w and w.rsplit("-", 1)[1] in ACTION_VERBS:
        # "spot-check", "double-check", "re-send": the last part carries the work.
        return w
    if w.startswith("re") and w[2:] in ACTION_VERBS and len(w) > 5:
        # "resend", "reupload", "reassign": redoing a piece of work is work too.
        return w
    if w.endswith("ing") and len(w) > 5:
        return next((cand for cand in _ing_stems(w) if cand in ACTION_VERBS), None)
    return None


_LET_ME_HAVE = re.compile(r"^let\s+(?:me|us)\s+(?:have|see|get)\s+(?P<obj>(?:the|a|an|your|our|those|these|all|some|any|copies|\d)\b.*)",
                          re.IGNORECASE)
_IN_WRITING = re.compile(r"\b(?:in writing|by (?:e-?mail|letter)|formally|on paper|in an? (?:e-?mail|letter|memo))\b", re.IGNORECASE)
# Verbs that, even asked of someone, are talk, perception or feeling rather than work.
_NOT_WORK_VERBS = frozenset({
    "be", "been", "being", "is", "are", "was", "were", "think", "know", "let", "tell", "say", "hear", "believe", "feel",
    "mind", "wonder", "imagine", "remember", "forget", "see", "come", "join", "attend", "meet", "talk", "chat", "speak", "stop",
    "tolerate", "live", "stay", "wait", "hold on", "hang", "enjoy", "like", "love", "hate", "want", "need", "afford",
    "guess", "understand", "recall", "explain", "picture", "agree", "disagree", "accept", "forgive", "excuse", "trust",
    "give", "keep", "leave", "also", "please", "kindly", "just", "maybe", "perhaps", "still", "already", "not", "never", "no",
    "then", "now", "do", "does", "did", "have", "has", "had", "get", "go", "make", "take", "put", "let's", "you", "we",
    # instructions about how, not work ("please use the side entrance")
    "use", "show", "park", "enter", "knock", "follow", "wear", "bear", "treat", "consider", "ignore", "disregard",
    "expect", "assume", "reply", "respond", "forward", "visit", "drop", "pop", "swing", "bring", "allow",
    # things that happen to people on a day, not work they deliver ("I'll miss the call on Monday")
    "miss", "skip", "celebrate", "spend", "lose", "watch", "receive", "arrive",
})
# verbs that look like adverbs ("we'll fly all 14 blocks")
_LY_VERBS = frozenset({"fly", "apply", "supply", "multiply", "comply"})
# A deadline said with the work: "by Wednesday", "before the end of week 46", "by 27 November"
_ASKED_BY_A_DAY = re.compile(r"\b(?:by|before|no later than)\s+(?:the\s+)?(?:end|\w+day|tomorrow|\d|next|this|mid)", re.IGNORECASE)
# Words a clause may start with that are no verb ("..., and whether a follow-up was booked")
_NOT_A_VERB = frozenset({"whether", "if", "how", "what", "when", "where", "which", "who", "why", "and", "or", "but", "as", "because",
                         "so", "than", "with", "without", "for", "from", "to", "of", "in", "on", "at", "by", "about", "after",
                         "before", "plus", "both", "either", "neither", "eg", "ie", "etc", "including", "especially"})
# ("please use the side entrance" is how; "could you show the prices with VAT by Friday?" is work)
_DONE_BY_A_DAY = frozenset({"show", "bring", "forward", "drop", "give", "put", "make", "take"})
_NOT_A_PERSON_WORD = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                                "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
                                "this", "that", "it", "we", "they", "the", "our", "your", "next", "tomorrow", "today"})
_OBJECT_START = re.compile(r"(?:the|a|an|your|our|their|his|her|its|this|that|these|those|all|some|any|both|each|\d+)\b\s*\S|"
                           # "can you bump us to a Pro seat?"
                           r"(?:us|me)\s+(?:up\s+)?(?:to|onto|into)\s+(?:the|a|an|our)\s+\S",
                           re.IGNORECASE)
_SOCIAL = re.compile(r"\b(?:call|chat|meeting|zoom|teams|catch[- ]?up|coffee|lunch|dinner|drinks|party|celebration|opening|launch|"
                     r"webinar|demo|presentation|kick-?off|show|event|concert|wedding|reception|along|round|over|back|in)\b", re.IGNORECASE)
_DELEGATED = re.compile(r"^(?:let|have|get)\s+(?:our|my|the|their|your)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:to\s+)?"
                        r"(?P<vp>(?!(?:and|or|but|to|for|with|of|in|on|at|by|from|as)\b)[a-z]+\s+(?:the|a|an|our|your|their|some|all|both)\b.+)",
                        re.IGNORECASE)
_GO_THROUGH = re.compile(r"^go\s+(?:through|over)\s+\S", re.IGNORECASE)
_BARE_PERSON = re.compile(r"^(?:you|me|us|him|her|them|it|this|that)\W*$", re.IGNORECASE)


_LEAD_IN = re.compile(r"^(?:(?:talk|chat|discuss|read|look|think|mull)\s+(?:it|this|that|them|these|things)\s+(?:over|through)|"
                      r"sit down|have a (?:look|read|think|chat|talk))\b[^,.;?]{0,40}?\s+and\s+(?:then\s+)?(?P<vp>\S.*)", re.IGNORECASE)


_BEING_THERE = re.compile(r"(?:both\s+|all\s+)?come\s+(?:over\s+)?(?:and|to)\s+(?:observe|attend|join|watch|see|sit\s+in)\b", re.IGNORECASE)
_TRIP_VERBS = frozenset({"come", "go", "drive", "fly", "travel", "pop", "head", "swing"})
_TRIP_FOR_WORK = re.compile(r"^\S+\s+(?:up|over|down|out|in|round|across|back)?\s*(?:to|into)\s+[^,;]{2,60}?\s+to\s+(?P<work>[a-z]+\s+\S.*)$",
                            re.IGNORECASE)


_BACK_ON = re.compile(r"(?P<verb>(?:get|come)\s+back\s+to\s+(?:you|us)|answer\s+(?:you|us)|revert(?:\s+back)?\s+to\s+(?:you|us))\s+"
                      r"(?:(?:him|her|my|our|them)sel(?:f|ves)\s+)?(?P<on>about|on|regarding|concerning)\s+"
                      r"(?P<obj>(?:the|your|our|this|that|their)\s+(?!(?:same|matter|question|point)\b)[^,;()]{2,60}?)"
                      # (what follows a comma is another clause: "..., and the engagement letter I'll sign")
                      r"(?:\s+(?:him|her|my|our|them)sel(?:f|ves)\b)?(?P<rest>\s[^,;]*|[.!]?)(?:[,;].*)?$", re.IGNORECASE)


def _verb_phrase(vp: str, *, has_date: bool, request: bool = False) -> tuple[str | None, bool]:
    """Check that ``vp`` starts with a work verb; return (phrase for the title, is_info).

    ``is_info`` marks "confirm ..." / "let me know ..." / "check if ..." (a question).
    """
    if re.match(r"do\s+the\s+needful\b|revert(?:\s+back)?\s*(?:(?:on|to|with)\s+(?:the same|this|that|us|me)\b|"
                r"(?:at the earliest|asap|soonest|by return|at your earliest(?: convenience)?)\b|[.!]*$|"
                r"(?:(?:to\s+(?:us|me)\s+)?(?:if|in case|should|whether)\b))", vp, re.IGNORECASE):
        # Indian English "please do the needful" / "kindly revert back on the same" / "Pls
        # revert if any of these fields are not available": whatever the mail asked (already
        # recorded), or a reply to it
        return None, False
    back_with = re.match(r"(?:be\s+in\s+touch|get\s+back\s+to\s+you|come\s+back\s+to\s+you|revert(?:\s+back)?(?:\s+to\s+you)?)\s+with\s+"
                         r"(?P<obj>(?:the|a|an|our|your|my|some|two|three)\s+(?!(?:[\w-]+\s+)?(?:answer|reply|response|decision|update|news|feedback|comments|remarks|input|thoughts)\b).+)", vp, re.IGNORECASE)
    if back_with is not None and has_date and not request:
        # "Priya will be in touch with the revised plan by Friday" / "We will come back to you
        # with a proposal by Monday": what comes back with them is the work
        return "send " + back_with.group("obj"), False
    back_on = _BACK_ON.match(vp)
    if back_on is not None and has_date and not request:
        # "I'll come back to you about the school concert by Friday" / "He will answer you about
        # the training himself on Monday": an answer promised for a day, on a named subject
        return f"{back_on.group('verb')} {back_on.group('on')} {back_on.group('obj')}{back_on.group('rest')}", False
    if re.match(r"take\s+(?:the|your|all\s+the|as\s+much|whatever)\s+time\b", vp, re.IGNORECASE):
        # "please take the time Fr. Mario needs": leave given, no work asked
        return None, False
    if _BEING_THERE.match(vp):
        # "Ingrid and I will both come and observe the sessions on 18 November": being there,
        # an invitation taken up
        return None, False
    if request and (reminded := re.match(r"(?:remember|(?:do\s+not|don't)\s+forget)\s+to\s+(?P<vp>\S.*)", vp, re.IGNORECASE)) is not None:
        # "Please remember to bring the signed forms to the meeting on Friday": the work itself
        return _verb_phrase(reminded.group("vp"), has_date=has_date, request=request)
    lead_in = _LEAD_IN.match(vp) if request else None
    if lead_in is not None and _verb_phrase(lead_in.group("vp"), has_date=has_date, request=request)[0] is not None:
        # "could you talk it over with Cody and let me know which direction you want by
        # Monday?": the talk is on the way to the work asked for
        return vp, False
    words = vp.split(None, 1)
    if not words:
        return None, False
    first = words[0].lower().strip(",.;:!?")
    rest = words[1] if len(words) > 1 else ""
    m = _LET_ME_HAVE.match(vp)
    if m:
        # "let me have an updated programme" asks for a deliverable, not for news.
        return "send " + m.group("obj"), False
    if first == "confirm" and _IN_WRITING.search(rest[:80]):
        # "confirm in writing that ..." asks for a document, not a yes.
        return vp, False
    if first == "let" and re.match(r"(?!me\b|us\b|you\b|u\b)(?:[\w'-]+\s+){1,4}know\s+\S", rest, re.IGNORECASE):
        # "let each store manager know their install date": telling others is work
        return vp, False
    if first == "ask" and re.match(r"(?:[\w'-]+\s+){1,4}?(?:for|about)\s+(?:a|an|the|their|his|her|some)\s+\S", rest, re.IGNORECASE):
        # "I will ask them for a sample menu": getting something from someone
        return vp, False
    delegated = _DELEGATED.match(vp)
    if delegated:
        # "I will let our workshop make the spreading plate": the work is theirs to do
        return _verb_phrase(delegated.group("vp"), has_date=has_date, request=request)
    if (first == "check" and request and re.match(r"(?:whether|if)\s+(?:the|our|your|a|an|this|these|those|it|they)\b", rest, re.IGNORECASE)
            and _ASKED_BY_A_DAY.search(rest)):
        # "please check whether the gallery slabs can carry the extra insulation, before the
        # end of week 46": a check with a deadline is a piece of work
        return vp, False
    if first == "confirm" and request and _BOOKING_CONFIRM.match(rest):
        # "Could you confirm accommodation in Kitui town for four people by Friday?": to
        # confirm a booking is to make it
        return vp, False
    # ("could you confirm us the final guest count until Friday 13?": until is by, as many write it)
    deadline = re.search(r"\b(?:by|before|no later than|until|till)\s+(?:the\s+)?(?:end|\w+day|tomorrow|\d|next|this|mid)[^,;?]{0,25}?"
                         r"(?=\s+(?:which|what|whether|who|how|that|if|the|your|our|all|any)\b|[,;?.!]|$)", rest, re.IGNORECASE)
    if (first in ("confirm", "let", "tell") and request and deadline is not None
            and (first != "let" or re.match(r"(?:me|us)\s+know\b", rest, re.IGNORECASE))
            # (what is owed, not only when: "let me know by Tuesday?" asks for news)
            and len(re.sub(r"^(?:(?:me|us)\s+know|me|us)\b", "", (rest[:deadline.start()] + rest[deadline.end():]).strip(),
                           flags=re.IGNORECASE).split()) >= 2):
        # "Could you please confirm by Monday 9 November which of the two options suits you?" /
        # "could you let us know the expected number of delegates by Friday 13 November?": an
        # answer owed by a date is a piece of work, as "confirm the classes by Friday" is
        return vp, False
    if (first == "confirm" and not request and deadline is not None
            and re.match(r"(?:the|our|your|their|a|an)\s", rest, re.IGNORECASE)):
        # "Declan will confirm the guest list for the first three episodes by Thursday": a
        # thing promised to be settled by a day
        return vp, False
    if (first in ("ring", "call", "phone") and request and re.match(r"(?:the|our|your|their|(?-i:[" + NAME_CAPITALS + r"]))", rest, re.IGNORECASE)
            and re.search(r"\band\s+(?:ask|check|find out|see)\b", rest, re.IGNORECASE)):
        # "Can you ring the quinta tomorrow and ask whether the terrace is free?": the call is work
        return vp, False
    if first in INFO_VERBS or _INFO_LEAD.match(vp):
        return None, True
    if first == "follow" and not re.match(r"(?:up|through|on|along)\b", rest, re.IGNORECASE):
        # "Kindly follow the dates strictly" / "please follow the Oct policy": keeping to
        # something, not a piece of work ("follow up with the printer" is)
        return None, False
    m = _HAVE_READY.match(vp)
    if m:
        return vp, False
    if first == "have" and (request and re.search(r"\b(?:to|with) (?:us|me)\b", rest, re.IGNORECASE)
                            # "I'll have it to you by Tuesday Dec 1 at the latest"
                            # ("Glossary by Friday is fine, I'll have it with you then": the day agreed, acknowledged)
                            or not request and has_date and not re.search(r"\bthen\b", rest, re.IGNORECASE)
                            and re.match(r"(?:it|them|(?:the|our|my)\s+[^,;]{2,60}?)\s+(?:to|with) you\b", rest, re.IGNORECASE)):
        # "would you be able to have first concepts to us by Friday?" / "could you have
        # drafts of the three pages with us by Friday the 13th?"
        return "send " + re.sub(r"\s+(?:to|with) (?:us|me|you)\b", "", rest, count=1, flags=re.IGNORECASE), False
    if (not request and first in ("have", "get", "give") and re.match(r"(?:you\s+)?(?:an?\s+|our\s+)?(?:answer|decision|reply|response)\b"
                                                                    r"(?:\s+(?:for|to)\s+you)?(?:\s+(?:by|on|before|until|tomorrow|today|this|next)\b[^,;]*)?\W*$",
                                                                    rest, re.IGNORECASE)):
        # "Helen and I are torn between the Bertazzoni and the Mabe. We'll have an answer for
        # you by Friday.": the answer to a question still open, not a piece of work
        return None, False
    if first == "have" and has_date and (re.match(r"(?:the|a|an|our|your|my|all|both)\b", rest, re.IGNORECASE)
                                         # ("It would help us to have Jean-Baptiste's translation by Friday")
                                         or request and _WHOSE.match(rest) is not None
                                         # "I'll have SSO configured on the sandbox by tomorrow"
                                         or re.match(r"(?-i:[" + NAME_CAPITALS + r"][A-Za-z0-9]+)(?:\s+[\w-]+)?\s+(?:[a-z]{3,}ed|set up|done|ready|up and running)\b", rest)):
        # "I'll have a signed contract by the 22nd"
        return vp, False
    if _GO_THROUGH.match(vp):
        # "go through the checklist", "go over the contract": reviewing is work ("we'll go
        # through it together" names none)
        if re.match(r"\S+\s+\S+\s+(?:it|them|this|that|everything)\b", vp, re.IGNORECASE) and not has_date:
            return None, False
        return vp, False
    if (first in ("go", "pop", "head") and has_date and not request
            and re.match(r"(?:over\s+|up\s+|down\s+)?and\s+(?:see|visit|meet)\s+(?:the|our|your|their|(?-i:[" + NAME_CAPITALS + r"]))[^,;]{2,60}?\s+"
                         r"and\s+(?:ask|check|confirm|get)\b", rest, re.IGNORECASE)):
        # "I will go and see the turaga ni koro of Nukubalavu after church on Sunday and ask
        # him": a visit made to ask, on a day, is the work
        return re.sub(r"^\S+\s+(?:over\s+|up\s+|down\s+)?and\s+", "", vp, flags=re.IGNORECASE), False
    if first == "pop" and (popped := re.match(r"(?P<obj>(?:the|your|our|a|an|it|them|those|these)\b[^,;]{0,60}?)\s+(?:through|over|across|in the post)\b(?P<rest>.*)",
                                             rest, re.IGNORECASE)) is not None:
        # "Can you pop the updated quote through by Thursday arvo?": sending it
        return f"send {popped.group('obj')}{popped.group('rest')}", False
    trip = _TRIP_FOR_WORK.match(vp) if first in _TRIP_VERBS else None
    if trip is not None and _base_verb(trip.group("work").split(None, 1)[0]) is not None:
        # "Isla will come up to the distillery on Tuesday the 10th to scan the archive
        # photographs": the work the trip is for
        return trip.group("work"), False
    if (first == "bring" and not request and has_date
            and re.match(r"(?:the|my|our|his|her|their|(?-i:[" + NAME_CAPITALS + r"])[\w'-]+'s)\s", rest, re.IGNORECASE)):
        # "I'll bring my grandfather's letters to the meeting on the 10th": a thing handed over
        return vp, False
    if first in ("come", "attend") and request and has_date and not _SOCIAL.search(rest):
        # "could Jonas come to Rotterdam for the lighting test on Thursday 26 November?":
        # being somewhere on a day for a piece of work is work
        return vp, False
    if first in ("talk", "speak", "chat") and re.match(r"(?:with|to)\s+[^,;]{2,40}$", rest.strip(" .!"), re.IGNORECASE) and not request:
        # "I will talk with the guides this week": a word with someone, nothing delivered
        return None, False
    base = _base_verb(first, request=request)
    by_a_day = request and _ASKED_BY_A_DAY.search(rest) is not None
    if (base is None and (request or has_date) and first.isalpha() and first not in _NOT_A_VERB
            and (first not in _NOT_WORK_VERBS or by_a_day and first in _DONE_BY_A_DAY)
            and (not first.endswith(("ly", "ing", "ed")) or first in _LY_VERBS and not request)
            and (_OBJECT_START.match(rest)
                 # "Could you work it into the two deletion screens by Wednesday?" / "could you show
                 # sold-out slots greyed out by Tuesday?": asked for by a day, the work needs no
                 # listed verb and no article
                 or by_a_day and re.match(r"(?:it|them|[a-z][\w-]*\s+[a-z])", rest, re.IGNORECASE))):
        # "Can you lodge the checks for the first 15 candidates by tomorrow?" / "I'll key
        # the SHAPS rates in on Monday": asked of someone or promised for a day, any verb
        # with an object is work, not only the listed ones
        base = first
    if base is None or re.match(r"(?:not|n't)\b", rest, re.IGNORECASE) or first.endswith("n't"):
        return None, False
    if (base == "do" and re.match(r"(?:(?:our|my|their|his|her|your)\s+(?:very\s+)?best|what\s+(?:we|i|you|they)\s+can)\b", rest, re.IGNORECASE)
            or base == "make" and re.match(r"sure\s+(?:it|that|this|they)(?:'s|'re|\s+is|\s+are|\s+will|\s+won't|\s+isn't)\b", rest, re.IGNORECASE)
            or base == "ask" and re.match(r"(?:me|us)\s+(?:first|before)\b", rest, re.IGNORECASE)):
        # "we'll do our best" / "I'll make sure it's something she can't complain about" /
        # "please ask me before you delete anything": a promise of care, not a piece of work
        return None, False
    if base in ("thank", "congratulate") or base in ("pass", "give", "send", "say") and re.match(
            r"(?:on\s+)?(?:(?:my|our|their|his|her|the team's)\s+)?(?:thanks|regards|best wishes|best|love|greetings|congratulations|hi|hello)\b",
            rest, re.IGNORECASE):
        # "please thank your board chair for us too" / "pass on our thanks": courtesy, not work
        return None, False
    if base == "give" and re.match(
            r"(?:me|us|you|him|her|them|it)\s+(?:a\s+)?(?:call|ring|shout|buzz|bell|heads[- ]up|hand|minute|moment|sec|second|chance|try|go|look|break)\b",
            rest, re.IGNORECASE):
        # "give me a call", "give it a go": conversation, not a deliverable.
        return None, False
    if re.match(r"(?:everything|it all|all of it|things|it|them|this|that)\s+(?:around|on|with|according to|based on|in line with|"
                r"from)\s+(?:them|it|this|that|these|those)\W*$", rest, re.IGNORECASE):
        # "Please build everything around them": how to do the work, naming none
        return None, False
    if base == "make" and re.match(r"(?:the|this|that|our|your|their)\s+(?:[\w/.-]+\s+){0,3}?(?:deadline|lock|cut-?off|date|slot|window|sailing|"
                                   r"flight|train|boat|press date|print run|milestone)\b", rest, re.IGNORECASE):
        # "We can still make the Dec 3 lock": a deadline met, not work
        return None, False
    if base in ("find", "see") and (re.match(r"(?:attached|enclosed|below|above|here|out)\b|the (?:attached|enclosed)\b|in (?:the\s+)?attachment\b",
                                            rest, re.IGNORECASE)
                                   or re.search(r"\b(?:attached|enclosed|below|herewith|in (?:the\s+)?attachments?|as attachments?|in annex)\b"
                                                r"(?:\s*\([^()]*\))?\W*$", rest, re.IGNORECASE)):
        # "please find attached ..." hands something over; "find out" asks for information.
        return None, rest.lower().startswith("out")
    if (base == "note" and not re.match(r"(?:down|it\s+(?:down|in|on))\b|[^,.;]{2,60}\s+(?:in|on|into)\s+(?:the|our|your)\s+(?:log|sheet|tracker|"
                                        r"spreadsheet|register|file|system|crm|calendar|diary)\b", rest, re.IGNORECASE)
            or re.match(r"(?:it\s+|this\s+|that\s+|things\s+)?(?:accordingly|as needed|as required|as necessary)\W*$", rest, re.IGNORECASE)):
        # "pls note below points", "kindly adjust accordingly": no piece of work named
        return None, False
    if base == "try" and re.match(r"(?:again|it|that|this|to\b|and\b|out\b|harder|later)", rest, re.IGNORECASE):
        return None, False
    if base in ("copy", "cc") and re.match(r"(?:you|him|her|them|us|me|[" + NAME_CAPITALS + r"][\w'-]+)\b(?!\s+(?:the|a|an)\b)", rest):
        # "I'll copy you as requested": a cc, not a copy of something
        return None, False
    if not request and _BARE_PERSON.match(rest.strip()):
        # "Lena will call you" / "I'll ping them": no object to track.
        return None, False
    if base == "get" and _VAGUE_AFTER_GET.match(rest):
        return None, False
    if _PRONOUN_OBJECT.match(rest) and not has_date:
        return None, False
    if not rest.strip(" .!?,"):
        return None, False
    return base + " " + rest if base != first else vp, False


_SOMEONE = re.compile(
    r"(?:^|(?<=[\s,;:—–(]))(?:(?:someone|somebody)(?:\s+(?:from|on|at|in)\s+(?:your|our|the|their)\s+(?:team|side|end|office))?"
    # ("someone'll need to chase the R&D office at Raigmore")
    r"(?:'ll)?\s+(?:will\s+)?(?:also\s+|still\s+)?(?:needs? to|has to|must|should|will have to|need to|pls|please|plz|kindly)"
    r"|(?:we|i)(?:'ll|'d| will| would)?\s+(?:also\s+|still\s+)?need\s+(?:someone|somebody)\s+to"
    # ("we need to find somebody for restore the old wooden doors")
    r"|(?:we|i)(?:'ll|'d| will| would)?\s+(?:also\s+|still\s+)?need\s+to\s+find\s+(?:someone|somebody)\s+(?:to|for|who\s+can))"
    r"\s+(?:also\s+)?(?P<vp>[a-z]\S*\s+\S.*)",
    re.IGNORECASE)


# "We still need to book the 60-ton crane for the 16th, by Thursday the 12th at the latest.":
# work outstanding with a deadline and nobody on it yet ("We need to book the session by
# mid-month, so the sooner we know the better" explains an ask; "still" is what says it is open)
_STILL_NEED = re.compile(r"^(?:(?:and|but|so|also)\s+)?we\s+(?:also\s+)?still\s+(?:need|have)\s+to\s+(?P<vp>[a-z]\S*\s+\S.*"
                         r"\b(?:by|before|no later than)\s+\S.*)", re.IGNORECASE)


def _each_lead(rx: re.Pattern[str], sentence: str) -> Iterator[re.Match[str]]:
    """Every match of a lead whose verb phrase runs to the end of the sentence: "We can
    only start booking after that, so I'll send the schedule on the 24th" has two."""
    if not may_match(rx, sentence):
        return
    pos = 0
    while (m := rx.search(sentence, pos)) is not None:
        yield m
        pos = m.start("vp")


_NO_WORK_ASKED = re.compile(
    r"(?:check|review|look)(?:\s+(?:it|them|this|these|the same))?\s+and\s+(?:let\s+(?:me|us)\s+know|inform\s+(?:me|us)|revert)\s+"
    r"(?:if|in case)\s+(?:there\s+(?:is|are)\s+)?(?:any|anything)\b|"
    r"take\s+note\b|note\s+that\b|"
    r"ask\s+for\s+\S+(?:\s+\S+)?\s+(?:at|in)\s+(?:the\s+)?(?:reception|front\s+desk|information|gate|security|entrance|lobby)\b|"
    r"send\s+anything\b|"
    # "Please share this with your team as needed": passing the mail on, if they like
    r"(?:share|forward|pass)\s+(?:this|it|these|them)\s+(?:on\s+)?(?:with|to)\s+(?:your|the|anyone|whoever)\b[^,;]{0,30}?\s+"
    r"(?:as|if|where)\s+(?:needed|necessary|required|relevant|you see fit|you like|helpful)\b|"
    # "Tunde, our editor, will take your notes on this version": hearing the feedback
    r"take\s+(?:your|the|their|all\s+(?:your|the))\s+(?:notes|feedback|comments|input|remarks)\b|"
    r"(?:check|see|look at|refer to)\s+(?:the\s+)?(?:page|slide|section|tab|sheet|p\.)\s*\d", re.IGNORECASE)
_INVITED = re.compile(r"(?:from\s+\S+(?:\s+\S+)?\s+)?like\s+to\s+(?:come|join|attend|observe|visit|sit\s+in|watch|be\s+there)\b", re.IGNORECASE)
_WH_BEFORE = re.compile(r"(?:^|[,;:]\s*)(?:which|what|when|where|how|whose)\b(?!\s+(?:you|we)\s+(?:get|have|can)\b)[^,;:]{0,40}$", re.IGNORECASE)


_THE_OLD_ONE = re.compile(r"\b(?:the|our|your)\s+(?P<head>[\w-]+)(?:\s+(?:on|in|of|for)\s+[^.,;]{2,40}?)?\s+(?:is|are)\s+(?:still\s+)?the\s+old\s+ones?\b",
                          re.IGNORECASE)
_ABOUT_LEAD = re.compile(r"^(?:about|regarding|re|as for|concerning)\s+(?P<np>(?:the|your|our)\s+[^:,;.?!]{2,50}?)\s*:\s", re.IGNORECASE)


def _triggers(sentence: str, frame: Frame, question: bool) -> list[_Trigger]:
    found: list[_Trigger] = []
    for rx in (_REQ_ABLE, _REQ_PHRASE, _REQ_MODAL, _REQ_PLEASE, _REQ_WE_HAVE):
        if not may_match(rx, sentence):
            continue
        for req in rx.finditer(sentence):
            if (rx is _REQ_PHRASE and question and re.match(r"(?:is|would|will) it be possible|is it possible", req.group(0), re.IGNORECASE)
                    and not _ASKED_BY_A_DAY.search(sentence, req.start())):
                # "Would it be possible to add five cases of the Gran Reserva to the container?":
                # whether it can be done, asked; work once it is agreed (by a day, it is asked for)
                continue
            if rx is _REQ_MODAL and _INVITED.match(req.group("vp")) and req.group(0)[:5].lower() == "would":
                # "Would someone from Fjordlinjen like to come and observe the sessions on 18
                # November?": an invitation, asked
                continue
            if rx is _REQ_MODAL and _WH_BEFORE.search(sentence, 0, req.start()):
                # "Which vessel can you get us on, and what would be the ETA?": a question
                # about the work, not a request for it
                continue
            if question and re.match(r"(?:decide|choose|pick|confirm|tell\s+us)\s*:\s*\S", req.group("vp"), re.IGNORECASE):
                # "One thing we need you to decide: for the hero visual, you prefer the rooftop
                # party or the river cruise dinner?": the question after the colon is the ask
                continue
            groups = req.groupdict()
            who = (groups.get("who") or groups.get("who2") or groups.get("who3") or groups.get("who4") or groups.get("who5")
                   or groups.get("who6") or groups.get("who7") or "you")
            group = bool(_GROUP_WHO.search(who))
            # "..., so Aoife if you could send me ...": the name before "if" is who is asked
            named = re.match(r"so\s+(?P<name>[" + NAME_CAPITALS + r"][\w'-]+),?\s+if\b", req.group(0))
            email = frame.index.lookup(named.group("name")) if named else None
            found.append(_Trigger(req.start(), req.start("vp"), "request", email, group))
    for named in [*(_REQ_ASK_NAMED.finditer(sentence) if may_match(_REQ_ASK_NAMED, sentence) else ()),
                  *(_REQ_IF_NAMED.finditer(sentence) if "if" in sentence else ())]:
        email = frame.index.lookup(named.group("name")) or frame.index.lookup(named.group("name").split()[0])
        if email and _base_verb(named.group("vp").split(None, 1)[0], request=True) is not None:
            found.append(_Trigger(named.start(), named.start("vp"), "request", email, False))
    if question:
        # "Could Marcus prepare one by the end of next week?" - a request to a named member
        for named in _REQ_NAMED.finditer(sentence):
            email = frame.index.lookup(named.group("name")) or frame.index.lookup(named.group("name").split()[0])
            verb = named.group("vp").split(None, 1)[0]
            sure = re.match(r"make\s+sure\s+(?:that\s+)?(?:the|all|every|each|our|your|their|both)\b", named.group("vp"), re.IGNORECASE)
            if email and (_base_verb(verb, request=True) is not None or verb.lower() in ("come", "attend") or sure):
                found.append(_Trigger(named.start(), named.start("vp"), "request", email, False))
            elif (_ASKED_BY_A_DAY.search(named.group("vp")) and _verb_phrase(named.group("vp"), has_date=True, request=True)[0] is not None
                  and named.group("name").split()[0].lower() not in _NOT_A_PERSON_WORD):
                # "Could Lærke go through the red rows by Wednesday?": work asked of someone by a
                # day, whatever the verb; one outside the project owns nothing here
                found.append(_Trigger(named.start(), named.start("vp"), "request", email, email is None))
    if not question:
        m = _MINUTES_TO.match(sentence)
        if m:
            email = frame.index.lookup(m.group("name")) or frame.index.lookup(m.group("name").split()[0])
            if email and _base_verb(m.group("vp").split(None, 1)[0]) is not None:
                found.append(_Trigger(m.start(), m.start("vp"), "third", email, False))
        for m in _each_lead(_COMMIT, sentence):
            soft = (m.group("modal") or m.group("modal2")).strip().lower() in ("can", "expect to", "hope to", "aim to", "should be able to")
            if soft and re.search(r"(?:\b(?:so|so that|in order that)|^(?:and\s+)?then|^that way,?)\s*$", sentence[: m.start()], re.IGNORECASE):
                # "... get it back to me by Monday so I can dispatch the truck" / "Then I can
                # ask Model Pack for prices": what the request makes possible, not an offer
                continue
            if re.search(r"\b(?:if|whether)\s*$", sentence[: m.start()], re.IGNORECASE):
                # "someone needs to check with the venue if we can use haze": what is to be
                # found out, not a promise
                continue
            kind = "offer" if soft else "commitment"
            found.append(_Trigger(m.start(), m.start("vp"), kind, frame.ctx.author.email, False))
        if (present := _PRESENT_PROMISE.search(sentence)) is not None:
            found.append(_Trigger(present.start(), present.start("vp"), "commitment", frame.ctx.author.email, False))
        for m in _each_lead(_THIRD, sentence):
            name = re.sub(r"'s$", "", m.group("name"))
            email = frame.index.lookup(name) or frame.index.lookup(name.split()[0])
            if email is None and name.split()[0].lower() in _LINKING_WORDS:
                # ("Then Giorgi will send you the storyboard on Friday 13/11")
                email = frame.index.lookup(name.split(None, 1)[-1])
            if email:
                found.append(_Trigger(m.start(), m.start("vp"), "third", email, False))
        for m in (_THIRD_PROGRESSIVE.finditer(sentence) if may_match(_THIRD_PROGRESSIVE, sentence) else ()):
            email = frame.index.lookup(m.group("name"))
            if email and re.search(r"\b(?:with|from|for|in|on|of|to|by|about|at|under)\s+$", sentence[: m.start()], re.IGNORECASE):
                # "... with Morag's covering note": a possessive after a preposition
                continue
            if email:
                found.append(_Trigger(m.start(), m.start("vp"), "progressive", email, False))
        for m in (_ASKED_ME_TO.finditer(sentence) if " me to " in sentence else ()):
            # "Claire asked me to pull the back-cover blurb together": the writer has it now
            found.append(_Trigger(m.start(), m.start("vp"), "commitment", frame.ctx.author.email, False))
        lowered = sentence.lower()
        for m in (_SHE_WILL.finditer(sentence) if "he'll" in lowered or "he will" in lowered or "he is going" in lowered else ()):
            # "Priya is starting on the homepage this week, and she'll have the first round of
            # mockups to you by Friday": the one named before
            # ("Callum's back and he'll confirm ...": a possessive 's is "is")
            before = [e for e in (frame.index.lookup(re.sub(r"['’]s$", "", n)) for n in re.findall(r"\b[" + NAME_CAPITALS + r"][\w'’-]+", sentence[: m.start()]))
                      if e]
            if (before and before[-1] != frame.ctx.author.email
                    # ("Cian is going to put together a mood board ..., and he's promised me he'll
                    # have it with you by Wednesday week": the same work, promised again)
                    and not ("promised" in m.group(0) and any(t.kind == "third" and t.owner_hint == before[-1] for t in found))):
                found.append(_Trigger(m.start(), m.start("vp"), "third", before[-1], False))
        # (a promise by a day, with no condition: "He will bring the flatbed" or "she will send
        # the figures when she comes back" may be no work asked for)
        she = (_SHE_STARTS.match(sentence) if frame.previous and (_ASKED_BY_A_DAY.search(sentence) or _ON_A_WEEKDAY.search(sentence))
               and not re.search(r"\b(?:when|once|if|after|as soon as|unless)\b", sentence, re.IGNORECASE) else None)
        if she is not None and frame.previous is not None:
            # "Aline will share the photos by Friday. She will also send the production figures
            # by 13/11." / "Martin is at a conference until today. He will answer you about the
            # training on Monday": the member the sentence before is about, the only one named there
            who = _the_member_before(frame)
            if who is not None:
                found.append(_Trigger(she.start(), she.start("vp"), "third", who, False))
        if any(t.kind == "progressive" for t in found):
            # (what they are busy with on the way is no second piece of work)
            promised = {t.owner_hint for t in found if t.kind == "third"}
            found = [t for t in found if not (t.kind == "progressive" and t.owner_hint in promised)]
        for m in (_WISH.finditer(sentence) if may_match(_WISH, sentence) else ()):
            if _PEOPLE_TO_DO.match(m.group("vp")):
                # "this year we want our masqueraders to register and pay online": what the
                # project is for, done by people who are not on it
                continue
            found.append(_Trigger(m.start(), m.start("vp"), "wish", None, False))
        told = _told_to(sentence, frame)
        if told is not None:
            found.append(told)
        need, offset = _NEED.match(sentence), 0
        if need is None:
            # "Mick, need the firewall rule for 8443 before cutover."
            offset = sentence_vocative(sentence, frame.index)[1]
            need = _NEED.match(sentence[offset:]) if offset else None
        if need:
            vp_at = next(need.start(g) for g in ("vp", "vp2", "vp3", "vp4") if need.group(g) is not None)
            # ("we'd like X from you" is asked of the reader, not a wish of the writer's)
            found = [t for t in found if not (t.kind == "wish" and t.vp_start == offset + vp_at)]
            # (the need is said after the clause before it: "I will do the quote for her, but I need ...")
            # (and after what it is for: "To keep the delivery of 04/12, we need your signed BAT by 17/11")
            need_at = need.end("lead") if need.group("lead") else need.end("purpose") if need.group("purpose") else need.start()
            found.append(_Trigger(offset + need_at, offset + vp_at, "need", None, False))
        for m in (_SOMEONE.finditer(sentence) if may_match(_SOMEONE, sentence) else ()):
            # "Someone also needs to check the tickets" / "we'll need someone to book the
            # room": a piece of work nobody has taken yet
            found.append(_Trigger(m.start(), m.start("vp"), "request", None, True))
        if (still := _STILL_NEED.match(sentence)) is not None:
            found.append(_Trigger(still.start(), still.start("vp"), "request", None, True))
    # At one position the longer lead wins: "would you be so kind as to share" is a
    # request to share, not to "be so kind".
    found.sort(key=lambda t: (t.start, -t.vp_start))
    kept: list[_Trigger] = []
    asides = [m.span() for m in _ASIDE_SPAN.finditer(sentence)] if "(" in sentence else []
    for trig in found:
        if kept and trig.start < kept[-1].vp_start:
            continue
        if kept and any(a < trig.start < b for a, b in asides):
            # "... our hospitality guidelines (meal caps, what we can and cannot pay for) by
            # Wednesday": an aside after the work explains it; it asks nothing
            continue
        kept.append(trig)
    return kept


# what a bare verb after a name may be without asking for work ("Sam, find attached ...",
# "Sam, note that ...", "Sam, look who's here")
_NOT_TOLD = re.compile(r"(?:find|see|note|look|mind|meet|let|take\s+care|welcome|enjoy|hope|thanks?|sorry|congrat)\w*\b", re.IGNORECASE)


def _told_to(sentence: str, frame: Frame) -> _Trigger | None:
    """"Vannak, make the selects from the raw footage by Friday" / "- Cristina, ask Tipografia
    for a quote": a member named first, then a bare work verb (the "please" left out, as
    internal notes do) asks that member for the work."""
    email, skip = sentence_vocative(sentence, frame.index)
    if email is None or not skip or email == frame.ctx.author.email:
        return None
    # ("Vadim, te rog, check which payment gateway works ...": "please" in the writer's language;
    # "Sharelle, you send us the new room photos latest Monday 9/11": the plain present, by a day)
    m = re.match(r"(?:(?:(?:te|v[aă])\s+rog|por\s+favor|per\s+favore|bitte|l[üu]tfen|prosz[ęe]|prosim|molim|alstublieft|"
                 r"s'il\s+(?:te|vous)\s+pla[iî]t)[,!]?\s+)?(?P<you>you\s+)?(?:also\s+|then\s+|just\s+|now\s+)?(?P<verb>[a-z][\w-]*)\b(?!['’])",
                 sentence[skip:], re.IGNORECASE)
    if m is None or _NOT_TOLD.match(m.group("verb")) or m.group("verb").endswith(("ing", "ed")):
        return None
    if m.group("you") and not (_ASKED_BY_A_DAY.search(sentence) or re.search(r"\blatest\s+\S", sentence, re.IGNORECASE)):
        # ("Tom, you know the files are ready": a plain statement, no day asked)
        return None
    if _base_verb(m.group("verb"), request=True) is None:
        return None
    if re.match(r"\s+(?:\S+\s+){0,2}?(?:is|are|was|were|has|have|'s|received|done|attached|arrived|looks?)\b", sentence[skip + m.end():], re.IGNORECASE):
        # ("Brian, sample received, thank you" / "Sabine, line 3 is enough for now": the word
        # is a noun, and the sentence says how a thing is)
        return None
    return _Trigger(skip, skip + m.start("verb"), "request", email, False)


_THIRD_PRESENT_VERB = re.compile(r"^(send|deliver|ship|share|bring|upload|return)s\b", re.IGNORECASE)
_ASIDE_SPAN = re.compile(r"\([^()]{3,200}\)")


_TURNED_TO_ASK = re.compile(r"(?:[,;:—–]\s*|\b(?:so|and|but|then)\s+)(?P<name>(?-i:[" + NAME_CAPITALS + r"])[\w'-]+),\s+(?:could|can|would|will|please|pls|kindly)\b",
                            re.IGNORECASE)


_DEADLINE_AHEAD = re.compile(r"(?:^|,\s*)(?:ideally|preferably|if possible)?\s*(?:by|before|no later than)\s+[^,;?]{2,30},\s*$", re.IGNORECASE)


_THEN_PLEASE = re.compile(r"^(?:once|when|after|as soon as|then|and then|afterwards)\b[^.?!]{0,80}?,\s*(?:please|pls|kindly)\b", re.IGNORECASE)


def _request_owner(sentence: str, frame: Frame, group: bool) -> str | None:
    mention, _ = frame.index.find_mention(sentence)
    if mention:
        return mention
    if group:
        return None
    vocative, _ = sentence_vocative(sentence, frame.index)
    if vocative and vocative != frame.ctx.author.email:
        return vocative
    turned = {e for e in (frame.index.lookup(m.group("name")) for m in _TURNED_TO_ASK.finditer(sentence)) if e}
    if len(turned) == 1 and frame.ctx.author.email not in turned:
        # "Before we can say anything about hosting, we need to see what it runs on, so
        # Brenda, could you send us the login ...": turned to her mid-sentence
        return turned.pop()
    if frame.previous:
        # "Piotr, please set up the project. Also please run pseudo-localisation" / "Callum -
        # Richard lives in LexDesk. Please test the add-in": the paragraph is still to them
        leading, skip = sentence_vocative(frame.previous, frame.index)
        before = None
        if _ALSO_START.match(sentence):
            before = frame.index.find_mention(frame.previous)[0] or leading
        elif skip and (_PLEASE_START.match(sentence) or _YOU_ASKED_START.match(sentence) or re.match(r"need\s+(?:that|this|it|them)\b", sentence, re.IGNORECASE)
                       # ("Shanice, thank you for the photos. Yes, the bios would be welcome; please send them")
                       or re.search(r";\s*(?:please|pls|kindly)\s", sentence, re.IGNORECASE)
                       # ("Priya, please load the tables by Monday. Once the load is done, please start on ...")
                       or _THEN_PLEASE.match(sentence)):
            before = leading
        if before and before != frame.ctx.author.email:
            return before
    if frame.lead and _YOU_ASKED_START.match(sentence) and frame.task_owner_fallback is None:
        # "Fiona, on the SMS reminders: yes, ... We just need an API key. Could you send the
        # API key through by Tuesday?": a paragraph opened to one of several people is theirs
        leading, skip = sentence_vocative(frame.lead, frame.index)
        if skip and leading != frame.ctx.author.email:
            return leading
    return frame.task_owner_fallback


_DONE_FIRST = re.compile(r"^(?:all\s+)?(?P<word>done|sorted|finished|ready)\s*(?:[!.]+\s+|\s[—–-]\s*|\s*[—–:,]\s*)(?P<rest>\S.+)", re.IGNORECASE)
# ("Ready - the test plan follows tomorrow": still to come)
_STILL_TO_COME = re.compile(r"\b(?:will|'ll|shall|going to|gonna|follows?|tomorrow|soon|later|next week)\b", re.IGNORECASE)
_WHEN_DONE = re.compile(r"\s+(?:(?:yesterday|today|earlier|just now|last night|this|(?:on|last) (?:mon|tues|wednes|thurs|fri|satur|sun)day)"
                        r"(?:\s+(?:morning|afternoon|evening|week))?|"
                        # "finished the competitor audit a few days early"
                        r"(?:(?:a|one|two|three|a few|a couple of|\d+)\s+(?:days?|weeks?)\s+)?(?:early|ahead of (?:schedule|time|plan))"
                        r")\s*[.!]*$", re.IGNORECASE)
# "the narrator samples you asked for": who wanted it does not name the work
_ASKED_FOR = re.compile(r"\s+(?:that\s+|which\s+)?(?:you|they|he|she|(?-i:[" + NAME_CAPITALS + r"])[a-z'-]+)\s+(?:asked|requested|wanted|needed)(?:\s+(?:for|about))?"
                        r"(?:\s+(?:on|last|yesterday|earlier)\b[^,.;!]*)?\s*[.!]*$", re.IGNORECASE)
_INDIRECT_OBJECT = re.compile(r"^(?:[" + NAME_CAPITALS + r"][a-z'-]+(?:\s+[" + NAME_CAPITALS + r"][a-z'-]+)?|you|him|her|them|us|me)\s+(?=(?:the|your|our|their|his|a|an|those|these|this|that)\s)")
_YOUR_THING = re.compile(r"\byour\s+(?P<np>[\w'-]+(?:\s+(?:on|for|of|to)\s+the\s+[\w'-]+)?)", re.IGNORECASE)
_PLEASE_START = re.compile(r"^(?:please|pls|kindly|mohon|tolong)\b", re.IGNORECASE)
# "Deborah, I've attached the form. Could you review it ...": still to Deborah
_YOU_ASKED_START = re.compile(r"^(?:could|can|would|will)\s+you\b", re.IGNORECASE)
_ALSO_START = re.compile(r"^(?:and\s+)?(?:also|then|and|plus)\b", re.IGNORECASE)
_STATED_VALUE = re.compile(r"^(?P<subj>(?:the|our)\s+[^,;:]{2,60}?)\s+(?:is|are|will be)\s+(?!(?:still|not|tbc|tbd|unclear|open)\b)\S", re.IGNORECASE)
_THING_CONFIRMED = re.compile(r"\s+(?:with|from|to|for|by|at|before|after)\s+", re.IGNORECASE)
_DONE_INSTEAD = re.compile(r"\b(?:i|we)(?:'ll| will| can| should)\s+(?:have|get)\s+(?:it|this|that|them|everything)\s+(?:done|ready|finished|sorted|over|across|to you)?\s*"
                           r"(?P<target>(?:by|on|for)\s+[^,;]{2,40}?)\s+instead\b", re.IGNORECASE)


def _cause_before(text: str) -> str | None:
    """"I can't verify the domain until I've got the login, so": the clause before "so"."""
    m = re.match(r"^(?P<why>.{8,200}?),?\s+so\s*$", text.strip(), re.IGNORECASE | re.DOTALL)
    return m.group("why").strip() if m else None


_FIND_OUT = re.compile(r"^(?:check|figure out|find out|work out|sort out)\s+(?:whether|if|how|what|when|where|who|which)\b", re.IGNORECASE)
_FIND_OUT_BY = re.compile(r"^(?:figure out|find out|work out|check(?=\s+(?:whether|if)\b[^;]*?\band\s+(?:let|tell)\s+(?:me|us)\s+know\b))\s+(?:(?:by|before|no later than)\s+[^,;?]{2,30}?\s+)?"
                          r"(?:whether|if|how|what|when|where|who|which)\b", re.IGNORECASE)
_COME_AND = re.compile(r"^(?:come|pop|drop|swing)\s+(?:(?:in|over|by|round|along|down|up)\s+)?and\s+(?=[a-z]+\s)", re.IGNORECASE)
_DEADLINE_CUE = re.compile(r"\b(?:by|before|until|till|no later than)\s+\S", re.IGNORECASE)
# "Send us the NINEA number of Maison Sahel" / "Our NINEA is 004512345 2G3": a number, code or
# address asked for, given
_ASKED_VALUE = re.compile(r"^(?:send|give|tell|share|provide|forward)\s+(?:us|me|you)\s+(?:the|your|our|(?=(?-i:[A-Z])[\w.'’ -]{1,30}?['’]s\s))\s*(?P<thing>[^,]{2,40}?\b"
                          r"(?:number|code|id|reference|address|iban|account|details|vat|tax|ninea|siret|tin|nif|rut|ruc|cuit|rfc|nit))\b",
                          re.IGNORECASE)
_VALUE_KINDS = frozenset({"number", "code", "id", "reference", "address", "account", "detail", "vat", "tax", "full", "name"})
_A_VALUE = re.compile(r"^\s*(?:is|are)\s+(?:[\w.@+/-]*\d[\w.@+/ -]*|[\w.+-]+@[\w.-]+)", re.IGNORECASE)


def _value_given(subject: str, rest: str, ctx: ExtractionContext) -> KnownTask | None:
    """The one open task asking the writer's side for the value the sentence states."""
    if _A_VALUE.match(rest) is None:
        return None
    # (what names the value, not the kind of value: "the ATA carnet number" is no passport number)
    said = content_words(subject) - _VALUE_KINDS
    side = organisation_domain(ctx.author.email) or ctx.author.email.lower()
    fits = [t for t in ctx.known_tasks if t.owner and (organisation_domain(t.owner) or t.owner.lower()) == side
            and (m := _ASKED_VALUE.match(t.title)) is not None and said & content_words(m.group("thing"))]
    return fits[0] if len(fits) == 1 else None


# work to find a number or an address out (what it finds is stated: "The contract number is 8B 104 377")
_LOOK_UP_THING = re.compile(r"^(?:look\s+(?:up|for)|find(?:\s+out)?|dig\s+out|check)\s+(?:the|your|our)\s+\S", re.IGNORECASE)
_CONFIRM_THING = re.compile(r"^(?:(?:confirm|finali[sz]e)\s+(?:the|your|our)\s+(?:final\s+)?(?!(?:date|time|slot)\s+(?:works|is|suits)\b)\S|"
                            # "let us know by Wednesday which licence you'd like us to buy / how many crates you'll need"
                            r"let\s+(?:us|me)\s+know\s+(?:(?:by|until|till|before)\s+[^,?]{2,30}?\s+)?(?:which|how many|how much|what)\s+\S|"
                            # "Could you please let me know until 02.12. if you want to order format set B?"
                            r"let\s+(?:us|me)\s+know\s+(?:by|until|till|before)\s+[^,?]{2,30}?\s+(?:if|whether)\s+\S)", re.IGNORECASE)


_LET_US_KNOW_WHICH = re.compile(r"^let\s+(?:us|me)\s+know\s+(?:(?:by|until|till|before)\s+[^,?]{2,30}?\s+)?(?P<w>which|how many|how much|what)\s+", re.IGNORECASE)
_WE_ASK = re.compile(r"\b(?:could|can|may)\s+(?:we|i)\s+(?:please\s+)?$", re.IGNORECASE)


_SOME_DAY = re.compile(r"\b(?:would|could)\s+you\s+(?:also\s+)?(?:be\s+able\s+to|be\s+interested\s+in)\b[^?]*\b(?:next\s+(?:year|season|spring|summer|autumn|winter)|"
                       r"in\s+the\s+future|later\s+on|at\s+some\s+point|one\s+day|someday)\b", re.IGNORECASE)
_NEED_TO_PLAN = re.compile(r"(?:the|this|that|your)\s+(?:date|dates|info|information|answer|decision|confirmation|details|number|numbers|figure)\s+"
                           r"(?:to|for|so|in order to)\s+(?:plan|schedule|prepare|organi[sz]e|book|budget|calculate|finali[sz]e)\b", re.IGNORECASE)

_INSIDE_THE_THING = re.compile(r"^[a-z]+\s+(?:(?:you|us|me|them|him|her)\s+)?(?:the|our|your|a|an|all|some)\s+[\w' -]{2,60}[a-z]\s+$", re.IGNORECASE)
_ONLY_A_DAY_LEFT = re.compile(r"^[a-z]+\s+(?:by|before|on|until)\s+[\w ./-]{2,30}?[.!]?$", re.IGNORECASE)


# the promise to report back that follows the work itself ("... and he'll confirm to you by Friday")
_REPORTS_BACK = re.compile(r"(?:confirm|report\s+back|get\s+back\s+to\s+you|come\s+back\s+to\s+you|revert|let\s+you\s+know|update\s+you)\b"
                           r"(?:\s+(?:to\s+you|to\s+us|with\s+(?:the|an?)\s+answer))?\s+(?P<when>(?:by|on|before)\s+[^,;]{2,40}?)[.!]?$", re.IGNORECASE)


# "For connect the real hotel I need two things from you:" heading the things, one to a line
_THINGS_NEEDED = re.compile(r"\b(?:i|we)(?:'ll|'d|\s+will|\s+would)?\s+(?:also\s+|still\s+)?need\s+(?:two|three|four|a\s+few|some|the\s+following)"
                            r"(?:\s+(?:more|other))?\s+(?:things|items|documents|files|details|pieces\s+of\s+information)\b[^:]{0,30}:\s*$", re.IGNORECASE)


def _things_listed(earlier: Sequence[str]) -> str | None:
    """The things a list heading says are needed, as one noun phrase (the first two of them)."""
    for at in range(len(earlier) - 1, -1, -1):
        if _THINGS_NEEDED.search(earlier[at]):
            things = [re.sub(r"\s*\([^()]*\)?\s*$", "", t).strip(" ,;.") for t in earlier[at + 1:]]
            things = [t for t in things if t]
            if not 2 <= len(things) <= 5 or any(len(t) > 80 for t in things):
                return None
            return " and ".join(things[:2])
    return None


def _tasks(sentence: str, frame: Frame, question: bool) -> tuple[list[TaskItem], bool]:
    """Tasks in a sentence, and whether it was a request for information instead."""
    ctx = frame.ctx
    author = ctx.author
    if question and _SOME_DAY.search(sentence):
        # "would you be able to make matching bucket hats for a couple of our schools next
        # year?": whether it could be done, some day, not work asked for now
        return [], False
    triggers = _triggers(sentence, frame, question)
    # "I will send you the list of the five farmers we will film by Wednesday Nov 18": a promise
    # inside the thing promised, with a day and nothing of its own, says what the thing is; the
    # day is the first promise's
    triggers = [t for j, t in enumerate(triggers)
                if not (j > 0 and t.kind == "commitment" and triggers[j - 1].kind in ("commitment", "request")
                        and _INSIDE_THE_THING.match(sentence[triggers[j - 1].vp_start: t.start])
                        and _ONLY_A_DAY_LEFT.match(sentence[t.vp_start:]))]
    tasks: list[TaskItem] = []
    info = False
    for i, trig in enumerate(triggers):
        end = triggers[i + 1].start if i + 1 < len(triggers) else len(sentence)
        clause = sentence[trig.vp_start:end]
        if trig.kind == "third":
            # ("Julien sends you the tech packs tomorrow": the work is to send them)
            clause = _THIRD_PRESENT_VERB.sub(r"\1", clause, count=1)
        # A trailing vocative ("..., Beth?", "..., Sir Arnel?") is not part of the work.
        addressed = _TRAILING_NAME.search(clause)
        if addressed is not None and frame.index.lookup(addressed.group("name")):
            clause = clause[: addressed.start()] + addressed.group("end")
        clause = re.sub(r",\s*[" + NAME_CAPITALS + r"][\w'-]*\s*([?.!]*)\s*$", r"\1", clause)
        if question and trig.kind == "request" and (_EITHER_OR.search(clause) or _OR_REQUEST.search(sentence[: trig.start + 1])
                                                    or _PREFERENCE.match(clause)):
            # "Could you store the boats indoors, or will they have to sit outside?" asks which
            info = True
            continue
        if trig.kind == "request" and re.match(r"(?:have|get|see)\s", clause, re.IGNORECASE) and _WE_ASK.search(sentence[: trig.vp_start]):
            clause = "send" + clause[clause.find(" "):]
        elif trig.kind == "request" and re.search(r"\b(?:ask\s+(?:you\s+)?for|possible\s+to\s+(?:receive|get)|appreciate\s+(?:receiving|getting|having)|"
                                                  r"count(?:ing)?\s+on\s+you\s+for|trouble\s+you\s+for|awaiting|hoping\s+to\s+(?:get|receive)|"
                                                  r"chance\s+of\s+(?:getting|receiving)|expect|important\s+(?:for\s+us\s+)?to\s+(?:receive|get))\s*$", sentence[: trig.vp_start],
                                                  re.IGNORECASE):
            # ("could we ask for your comments by ...", "Is it possible to receive the catalogue by
            # Friday?": what is asked for is to be sent)
            clause = "send " + clause
        due = pick_due(clause, ctx.sent_at, author.tz, author.date_order)
        if (due is None and i + 1 < len(triggers) and trig.kind in ("third", "commitment")
                and triggers[i + 1].kind == trig.kind and triggers[i + 1].owner_hint == trig.owner_hint
                and (back := _REPORTS_BACK.match(sentence[triggers[i + 1].vp_start:])) is not None
                # ("Priya will look into it and she'll let you know by Friday": what, nobody says)
                and not re.search(r"\b(?:it|this|that|them)\s*,?\s*(?:and\s*)?$", clause, re.IGNORECASE)):
            # "Kjetil will talk to the harbour office about a table and he'll confirm to you by
            # Friday": the answer is due then, so the work is
            clause = re.sub(r"\s*,?\s*and\s*$", "", clause, flags=re.IGNORECASE) + " " + back.group("when")
            due = pick_due(clause, ctx.sent_at, author.tz, author.date_order)
        if due is None and re.search(r"\b(?:then|(?:on\s+)?(?:that|the\s+same)\s+day)\b", clause, re.IGNORECASE):
            # "Tuesday the 17th is fine, we'll start the strip-out then" / "Tuesday 17/11 it is -
            # Sofie will send the concept to both of you that day": the date said first
            said_first = find_dates(sentence[: trig.start], ctx.sent_at, author.tz, author.date_order, numeric_needs_cue=False)
            due = said_first[-1].value if said_first else None
            if due is not None:
                clause = re.sub(r"\s+(?:on\s+)?(?:that|the\s+same)\s+day\b", "", clause, flags=re.IGNORECASE)
        ahead = _DEADLINE_AHEAD.search(sentence[: trig.start]) if due is None and trig.kind == "request" else None
        if ahead is not None:
            # "Owen, when you get a chance, ideally by Wednesday, could you write up the spec?"
            due = pick_due(ahead.group(0), ctx.sent_at, author.tz, author.date_order)
        if due is None and trig.kind == "commitment" and trig.start > 0:
            # "Tomorrow I will send you two sample spreads": the day said first, alone
            lead_days = find_dates(sentence[: trig.start], ctx.sent_at, author.tz, author.date_order)
            if len(lead_days) == 1 and not re.sub(r"^(?:on|by|for)\s+|[\s,]+$", "",
                                                  sentence[: lead_days[0].start] + sentence[lead_days[0].end: trig.start],
                                                  flags=re.IGNORECASE).strip():
                due = lead_days[0].value
        owner = trig.owner_hint
        # ("... shown publicly anywhere before 27 November 2025?": a date before the message
        # is when something happened, not when the work is due)
        past = due is not None and due < ctx.sent_at.date() - timedelta(days=1)
        if past:
            due = None
        vp: str | None
        if trig.kind == "need" and _NEED_TO_PLAN.match(clause):
            # "When are you planning to launch? We need the date to plan the content upload": why
            # the question is asked, not work of its own
            continue
        if trig.kind in ("need", "wish"):
            spec = _spec_title(clause, due is not None)
            if spec is not None:
                vp = spec
            elif trig.kind == "need" and (due is not None or re.match(r"your\s", clause, re.IGNORECASE)
                                          and re.search(r"\b(?:still|also)\s+need|\bneed\s+also\b", sentence, re.IGNORECASE)
                                          # "We will also need the logo files in vector format." / "We would
                                          # also like to receive a quotation for the LED lightbox."
                                          or re.match(r"(?:the|a|an)\s", clause, re.IGNORECASE)
                                          and re.search(r"\b(?:still|also)\b[^.?!,;]{0,20}\bneed\b|\bneed\s+also\b|\blike\s+to\s+(?:receive|request)\b|\b(?:would|'d)\s+also\s+like\s+(?:a|an|the)\b"
                                                        r"|\bappreciate\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:quote|quotation|estimate|proposal)\b",
                                                        sentence, re.IGNORECASE)
                                          # "Mick, need the firewall rule for 8443 before cutover."
                                          # (the trigger starts after the name: see _triggers)
                                          or trig.start > 0 and re.match(r"need\s", sentence[trig.start:], re.IGNORECASE)):
                # "We still need your logo in SVG format": the addressee's to provide
                vp = "provide " + clause
                that_you = re.match(r"that\s+you\s+(?P<vp>[a-z]+\s+\S.*)", clause, re.IGNORECASE)
                first = that_you.group("vp").split(None, 1)[0] if that_you else ""
                if that_you and (_base_verb(first) is not None or first.lower() in INFO_VERBS):
                    # "Dan, we need that you confirm us the model of the stove before Friday":
                    # non-native English for "we need you to confirm"
                    vp = that_you.group("vp")
                yours = list(_YOUR_THING.finditer(frame.previous or "")) if re.match(r"(?:that|this)\b", clause, re.IGNORECASE) else []
                if yours:
                    # "... until we have your sign-off on the drawings. Need that by COP Thursday pls"
                    vp = "provide your " + yours[-1].group("np") + clause[4:]
            else:
                continue
            # ("We need Jean-Baptiste's translation by Friday": his to provide)
            owner = _whose_work(_WHOSE, clause, frame) or _request_owner(sentence, frame, False)
        else:
            if trig.kind in ("commitment", "offer", "third"):
                resolved = _resolve_pronoun_work(clause, sentence[: trig.start], frame)
                if resolved is not None:
                    clause, vp_due = resolved
                    due = due or vp_due
            elif (trig.kind == "request" and trig.group and (pw := _PRONOUN_WORK.match(clause.strip())) is not None
                  and (need := _WE_NEED_THING.search(sentence[: trig.start] or frame.previous or "")) is not None):
                # "We need a list of 5-6 micro influencers who drink mate ..., somebody has to
                # start it": the thing needed is the work nobody has yet
                clause = f"{pw.group('verb')} {need.group('np')}{pw.group('rest')}"
            elif trig.kind == "request" and (sent := _thing_sent(clause, sentence[: trig.start], frame.previous)) is not None:
                # "... we're missing July and August for the Clydesdale account. Could you send
                # those over by Friday?"
                clause = sent
                due = due or pick_due(clause, ctx.sent_at, author.tz, author.date_order)
            hm = _HAVE_MEMBER.match(clause) if trig.kind in ("commitment", "offer") else None
            if hm and frame.index.lookup(hm.group("name")):
                owner = frame.index.lookup(hm.group("name"))
                clause = hm.group("vp")
            # "Could one of you come in and do a talk": the work is the second verb
            clause = _COME_AND.sub("", clause)
            if trig.group and _SOMEONE.match(sentence[trig.start:]) and _FIND_OUT.match(clause):
                # "someone needs to figure out how Nani gets from Malpensa": work, not a question
                vp, is_info = clause, False
            elif trig.kind == "request" and due is not None and _FIND_OUT_BY.match(clause) and _DEADLINE_CUE.search(clause):
                # "Aisha, can you find out by Thursday whether their sideboards need
                # formaldehyde certification?": research owed by a day is work
                vp, is_info = clause, False
            elif trig.kind == "request" and due is not None and _CONFIRM_THING.match(clause) and _DEADLINE_CUE.search(clause):
                # "Could you confirm the shoot dates by Friday?": a deliverable with a
                # deadline (the final numbers, the dates), not a yes-or-no
                vp, is_info = _LET_US_KNOW_WHICH.sub(lambda k: "confirm the " if k.group("w").lower() == "which" else f"confirm {k.group('w')} ",
                                                     clause), False
            else:
                vp, is_info = _verb_phrase(clause, has_date=due is not None or trig.kind == "request",
                                           request=trig.kind == "request")
                if past and vp is not None and not is_info and vp.split(None, 1)[0].lower() in ("let", "confirm", "tell"):
                    # (an answer owed by a date is work; one about a date gone by is a question)
                    vp, is_info = None, True
            if is_info and trig.group and _SOMEONE.match(sentence[trig.start:]):
                # "Someone should tell him": no piece of work named
                continue
            if is_info and trig.kind == "request":
                # "Could you check whether X, and set up a test package by Tuesday?"
                also = re.search(r",?\s+and\s+(?:also\s+)?(?P<vp>[a-z]+\s+(?:up\s+)?(?:the|a|an|your|our|some)\b.+)", clause)
                second = _verb_phrase(also.group("vp"), has_date=True, request=True) if also else (None, False)
                if second[0] is None:
                    info = True
                    continue
                vp = second[0]
            if vp is None and trig.kind in ("commitment", "request", "third") and not _BEING_THERE.match(clause):
                # "We will read it with Antoine and send you our comments by Monday": the
                # second verb names the deliverable
                also = re.search(r"\s+and\s+(?:then\s+|also\s+)?(?P<vp>[a-z]+\s+(?:you\s+|us\s+)?(?:the|a|an|your|our|their|some)\b.+)", clause)
                vp = _verb_phrase(also.group("vp"), has_date=due is not None, request=trig.kind == "request")[0] if also else None
            if vp is None:
                continue
            if trig.kind == "offer" and due is None:
                continue
            # ("Nurul to send headcount and annual wages": minutes assign work, however it is named)
            assigned = trig.kind == "third" and re.search(r"(?<!going)\sto\s$", sentence[trig.start:trig.vp_start]) is not None
            if trig.kind in ("third", "progressive") and due is None and not assigned and not re.match(
                    r"\S+\s+(?:(?:up|out|over|in|off|together|on)\s+)?(?:(?:you|us|them|him|her|me)\s+)?"
                    # ("José Roberto will give you access to the DNS": access to a definite thing)
                    r"(?:(?:admin\s+|read\s+|full\s+)?(?:access|rights|permissions?)\s+(?:to|for|on)\s+)?"
                    r"(?:the|a|an|our|your|their|this|these|those|all|both)\s",
                    vp, re.IGNORECASE):
                # Without a date, only a definite piece of work ("Priya will handle the
                # contact form changes") is a task; "Priya will cover urgent issues" is a rota.
                continue
            if trig.kind == "progressive" and (match_known_task(vp, ctx.known_tasks) is not None
                                               or due is None or due <= local_today(ctx.sent_at, author.tz)):
                # "Owen's still wrestling with Stripe" and "Tom's making the tweaks today" are
                # news, "Marta is finishing the homepage" an open task already; only new work
                # with a later delivery date ("..., you'll have it Friday") becomes a task.
                continue
            if trig.kind == "request":
                # ("It would help us to have Jean-Baptiste's translation by Friday": his to provide)
                owner = trig.owner_hint or _whose_work(_HAVE_WHOSE, vp, frame) or _request_owner(sentence, frame, trig.group)
                if due is None and _ATTEND.search(clause):
                    due = _event_date(frame)
        title = make_title(vp, ctx.sent_at, author.tz, author.date_order)
        fronted = _FRONTED_OBJECT.match(sentence[: trig.start]) if trig.kind in ("commitment", "offer") else None
        # ("Build schedule we will send on Wednesday as requested": "as requested" is no object)
        bare = re.sub(r"\s+as\s+(?:requested|promised|agreed|discussed|planned|usual)\b.*$", "", title.split(",")[0], flags=re.IGNORECASE)
        # ("... I will send you until Friday": to whom is no object)
        bare = re.sub(r"\s+(?:to\s+)?(?:you|us|him|her|them\s+(?=to\b))\b", "", bare, flags=re.IGNORECASE)
        # ("Brand guide I can send only on Thursday", "the bottle photos I will send you on
        # Friday 20 and not the 13": when, not what)
        bare = re.sub(r"\s+only\b|,?\s+(?:and\s+)?not\s+(?:on\s+|by\s+)?(?:the\s+)?\S+$", "", bare, flags=re.IGNORECASE)
        # ("The Russian version of the story I will translate myself and send it to you": who, not what)
        bare = re.sub(r"\s+(?:myself|ourselves)\b(?:\s+and\s+\S+\s+(?:it|them)\b.*)?$", "", bare, flags=re.IGNORECASE)
        objectless = _NO_OBJECT.match(title) if trig.kind in ("commitment", "offer", "third") else None
        if fronted and (len(bare.split()) == 1 or objectless):
            # "Design document we will send till Friday": the object comes first (", this date
            # we can keep" is another clause)
            title = make_title(vp.split(None, 1)[0] + " the " + _uncap(fronted.group("np")), ctx.sent_at, author.tz,
                               author.date_order)
        elif fronted and _PRONOUN_TITLE.match(title):
            # "The ROPA I will send it latest Friday": the pronoun takes up the fronted object
            title = _PRONOUN_WORD.sub("the " + _uncap(fronted.group("np")), title, count=1)
        elif objectless:
            # "Architecture document is 80% done, I will send to Mette tomorrow": the thing sent
            # is the one the clause (or the sentence) before is about; when nothing names it,
            # "Send with DHL" is no piece of work
            where = _STATE_SUBJECT.match(sentence[: trig.start]) or (
                _STATE_SUBJECT.match(frame.previous) if frame.previous else None)
            named = where.group("np") if where and not _A_PERSON.search(where.group("np")) else None
            if named is not None and frame.index.lookup(named.strip()) is not None:
                # ("Priya is editing the photos this week. She will send them to you by Friday":
                # a member is not the thing sent)
                named = None
            if named is None or _A_DAY_ONLY.fullmatch(named.strip()):
                # ("Wednesday is going to be tight for the script, sorry. I'll have it to you
                # Monday the 9th": a day is no work)
                continue
            title = f"{title[: objectless.end('lead')]} {_uncap(named)}{title[objectless.end('lead'):]}"
        if len(title) < 3 or (len(title.split()) == 1 and _base_verb(title.lower()) is not None):
            # "Send" alone names no work
            continue
        version = _VERSION_OF.search(title)
        if version is not None:
            # "the pharmacy manual sits with your CMC team - could you get us the final
            # version by the 19th?": the version of what the sentence was about
            subject = _SUBJECT_OF_CLAUSE.search(sentence[: trig.start])
            if subject is not None:
                title = f"{title} of {_uncap(subject.group('np'))}"
        if re.match(r"do\s+(?:it|this|that)\s+(?:on|in|with|from|at|first|before|after)\b", title, re.IGNORECASE):
            # "Please do it on your phone first": how to do the work asked for, not more work
            continue
        if _NO_WORK_ASKED.match(title) and due is None:
            # "Please check and let me know if any issue" / "take note that ..." / "ask for Rodrigo
            # at the reception" / "send anything urgent straight to me" / "kindly check page 3 of
            # the PDF": courtesy, directions and where to look
            continue
        if re.match(r"find\b[^.?!]*\b(?:attached|enclosed|below|herewith|in (?:the\s+)?attachments?|as attachments?)\b", title, re.IGNORECASE):
            # "Please find the revised estimate attached": a hand-over, not a request
            continue
        if _TO_HAVE_ON_THE_DAY.match(title) and due is None:
            continue
        if due is None and _JUST_REACH_ME.fullmatch(title.strip(" .!")):
            # ("In case of any questions, please contact me."): a courtesy, no piece of work
            continue
        if _WHAT_WOULD_IT_COST.search(sentence):
            # "can you do 360° spins of the chairs too, and what would that add?": asking
            # whether and for how much, a question until it is ordered
            continue
        attached = _THE_ATTACHED.search(title)
        if attached is not None and frame.previous:
            # "... is a signed landowner consent letter. Could you sign the attached and send
            # it back?": the attached thing is the one the sentence before named
            named = _antecedent(frame.previous)
            if named is not None:
                title = title[: attached.start()] + re.sub(r"^(?:an?|your|our)\s+", "the ", named, flags=re.IGNORECASE) + title[attached.end():]
        if _PRONOUN_TITLE.match(title) or _PRONOUN_HEAD.match(title):
            # "I'll need your Business Manager ID, could you send it over?": the work is
            # named earlier in the sentence
            held = _HAS_THE.search(sentence[: trig.start]) or _NEEDS_THE.search(sentence[: trig.start])
            topic = _ABOUT_LEAD.match(sentence[: trig.start])
            # ("Shanice has the fleet photos and the spec sheets, and she's promised me she'll get
            # them over to you on Wednesday": what she has is what she sends; "About the Android
            # quote: Friday and Saturday are the weekend here, so I will send it on Sunday": what
            # the sentence is about)
            named = (topic.group("np") if topic is not None else held.group("np") if held is not None
                     else _antecedent(sentence[: trig.start]))
            if named is None and (welcome := _WELCOME_THING.search(sentence[: trig.start])) is not None:
                # "Yes, the bios of the captains would be very welcome; please send them to us"
                named = welcome.group("np")
            if named is None and frame.previous and re.search(r"\bone\b", title, re.IGNORECASE):
                # "... requires a data management plan. Could Marcus prepare one?"
                named = _antecedent(frame.previous)
                named = named if named is not None and re.match(r"an?\s", named, re.IGNORECASE) else None
            elif named is None and trig.kind == "request":
                # "The design document is attached. Please review it by Friday." - or a few
                # sentences (and a paragraph) before, when nothing else was handed over since
                handed = [np for np in map(_subject_phrase, frame.earlier[-4:]) if np is not None]
                named = handed[-1] if len(handed) == 1 else None
            if named is None and frame.previous:
                # "The one thing they need is the names of your fire wardens. Could you send
                # them over to me?" / "... the next step is the animatic. We'll have it ready"
                said = _IS_THE.search(re.sub(r"\s*\([^()]*\)", "", frame.previous))
                named = said.group("np") if said else None
            if (named is None and trig.kind == "request" and frame.previous
                    # ("we need the current label files (AI or PDF) and the nutrition facts table":
                    # the aside is no end of the thing)
                    and (needed := _WE_NEED_THING.search(_ASIDE_THEN_AND.sub("", frame.previous))) is not None):
                # "... we need an OWASP ZAP scan of the staging build. Can you run it and send us
                # the report by Friday?"
                named = needed.group("np")
            if named is None and trig.kind == "request" and frame.previous is None:
                # "I need two things from you: - your SiteMinder Property ID - access to the DNS
                # ... Can you send me these until Friday?": the things listed
                named = _things_listed(frame.earlier)
            if named is None:
                # "The class colour map is still in Leonie's draft folder, I'll get it to
                # you on Thursday": the thing the clause (or the sentence) before is about
                where = _STATE_SUBJECT.match(sentence[: trig.start]) or (
                    _STATE_SUBJECT.match(frame.previous) if frame.previous else None)
                # ("Our accountant is still working out the conversion ... I'll have it to you
                # Tuesday": a person is not the thing sent)
                named = where.group("np") if where and not _A_PERSON.search(where.group("np")) else None
            if named is not None and _A_DAY_ONLY.fullmatch(named.strip()):
                # ("Wednesday is going to be tight for the script, sorry. I'll have it to you
                # Monday the 9th": a day is no thing sent)
                named = None
            if named is not None and not re.match(r"do\b", title, re.IGNORECASE):
                title = _PRONOUN_WORD.sub(_uncap(named), title, count=1)
        done_that = _GET_THAT_DONE.match(title) if frame.previous else None
        if done_that is not None and (work := _antecedent_work(frame.previous or "")) is not None:
            # "Tony, the 46 product photos need to be cut out and put on a white background. Can
            # you get that done by Thursday?": the work the sentence before says is wanted
            title = capitalise(work.rstrip(" .!")) + title[done_that.end():]
        if " new one" in title and frame.previous and (old := _THE_OLD_ONE.search(frame.previous)) is not None:
            # "The logo on the mock-ups is the old one. Keisha will send you the new one on Monday."
            title = re.sub(r"\bnew one\b", f"new {old.group('head')}", title, count=1)
        if trig.kind == "offer" and re.search(r"\b(?:if(?!\s+(?:all|everything)\s+goes\s+(?:well|to\s+plan)\b)|once|provided|assuming|as soon as)\b",
                                              sentence[: trig.start], re.IGNORECASE):
            # "If you sign off before 18/12, we can ship on 20/1": what could be done, on a condition
            continue
        if trig.kind == "offer" and (_OFFER_ON_A_CONDITION.search(sentence[trig.vp_start:])
                                     or _OFFER_AS_A_CONSEQUENCE.search(sentence[: trig.start])):
            # "I can install the app on the laptops when it's ready", "The key I can create only
            # when the reseller activates ...", "I can fix it properly in the importer, but not by
            # Friday", "Please send us your feedback until Friday 4.12, then we can make the second
            # cut next week", "The earliest we can ship is Wednesday": what could be, not a promise
            continue
        if trig.kind == "offer" and re.search(r"\bif\s+(?:you|u)\s+(?:like|want|wish|prefer|think\s+it\s+helps)\W*$", sentence, re.IGNORECASE):
            # "We can go through it together tomorrow morning if you like": there if wanted
            continue
        if (trig.kind == "offer" and re.match(r"\S+\s+(?:it|them)\b", title, re.IGNORECASE)
                and re.search(r"\b(?:yes|yeah|yep|sure|of course|certainly)[,!]?\s+(?:we|i)\s+can\b", sentence[: trig.start + 8], re.IGNORECASE)
                and not re.search(r"\b(?:by|before|until|till|no later than)\s", sentence[trig.start:], re.IGNORECASE)):
            # "Regarding your question on the holidays: yes, we can cover them, including
            # 11/23": the answer to a question, no work of its own named
            continue
        if _VAGUE_TITLE.fullmatch(title) and len(content_words(frame.ctx.subject)) >= 2:
            # "Oskar, can you take care of this one?" above a forward: what "this one" is, the
            # mail's subject says ("Take care of this one: Observers for the sessions")
            title = f"{title}: {frame.ctx.subject}"
        rule = {"request": "natural:request", "commitment": "natural:commitment", "offer": "natural:offer",
                "third": "natural:commitment-other", "progressive": "natural:commitment-other",
                "need": "natural:need", "wish": "natural:wish"}[trig.kind]
        tasks.append(TaskItem(title, owner, due, "open", rule, sentence))
    if not tasks and not info and not question:
        tasks.extend(_assignments(sentence, frame))
    if not tasks and not info and not question and not triggers:
        found = (_imperative(sentence, frame) or _requirement(sentence, frame) or _ready_by(sentence, frame) or _terse_promise(sentence, frame)
                 or _name_colon(sentence, frame) or _passive_by(sentence, frame) or _passive_request(sentence, frame)
                 or _looking_forward(sentence, frame) or _you_will_have(sentence, frame) or _like_it_sent(sentence, frame)
                 or _present_plan(sentence, frame) or _deliverable_due(sentence, frame))
        if found:
            tasks.append(found)
    elif not tasks and not info and not question and (found := _deliverable_due(sentence, frame)) is not None:
        # ("The sitemap proposal, please, by Friday 6 November": the please asked for no verb)
        tasks.append(found)
    if not tasks and not question and (paid := _pay_the_invoice(sentence, frame)) is not None:
        tasks.append(paid)
    if not tasks and not question and (vague := _we_must_some_time(sentence, frame)) is not None:
        tasks.append(vague)
    if not tasks and not info and not question and (not triggers or _WILL_BE_READY.match(sentence.strip())):
        # ("..., I will inform you" / "We will be ready with ..." are no promise of their own)
        tasks.extend(_will_follow(sentence, frame))
    if not tasks and not info and (found := (None if triggers else _terse_request(sentence, frame)) or _fronted_need(sentence, frame)):
        tasks.append(found)
    return tasks, info


# "The final video we need latest on 11.12.2026, because ..." / "The error messages and push
# notifications we would need until Friday, 13 November": the thing first, as German puts it
_FRONTED_NEED = re.compile(
    r"^(?P<np>(?:the|our|your|all|both)\s+[^,;:?]{2,80}?)\s+(?:we|i)\s+(?:would\s+|will\s+|'d\s+|really\s+|urgently\s+)*need\s+"
    r"(?:(?:it|them)\s+)?(?P<when>(?:at\s+the\s+)?(?:latest|by|until|till|before|not\s+later\s+than|no\s+later\s+than)\b[^?]*)$",
    re.IGNORECASE)


def _fronted_need(sentence: str, frame: Frame) -> TaskItem | None:
    m = _FRONTED_NEED.match(sentence.strip())
    if m is None or _CLAUSE_WORD.search(m.group("np")):
        return None
    ctx = frame.ctx
    author = ctx.author
    due = pick_due(m.group("when"), ctx.sent_at, author.tz, author.date_order)
    if due is None:
        return None
    title = make_title("provide " + _uncap(m.group("np")), ctx.sent_at, author.tz, author.date_order)
    return TaskItem(title, _request_owner(sentence, frame, False), due, "open", "natural:need", sentence)


# "New template by Wednesday if you can?" / "Revised quote by Friday please": a thing and
# its day, asked for with nothing but the asking words
_TERSE_REQUEST = re.compile(
    r"^(?:(?:and|also|so|ok|okay)[,]?\s+)?(?P<np>(?:the\s+|a\s+|an\s+|your\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?)\s+"
    r"(?:by|before)\s+(?P<when>[^,?!.]{3,30}?)\s*,?\s*"
    r"(?:if (?:you can|you could|possible|that's (?:ok|okay|possible))|please|pls)\s*[?.!]*$",
    re.IGNORECASE,
)
# ("Let me know by tomorrow please" / "Names to me by Tue please": a verb or a person, not a thing)
_CLAUSE_WORD = re.compile(r"\b(?:i|we|you|they|he|she|it|me|us|them|him|her|let|know|is|are|was|were|has|have|had|be|been|will|can|"
                          r"could|would|should)\b", re.IGNORECASE)


def _terse_request(sentence: str, frame: Frame) -> TaskItem | None:
    m = _TERSE_REQUEST.match(sentence.strip())
    if m is None:
        return None
    np = m.group("np")
    words = np.split()
    if words[0].lower() in ACTION_VERBS or _CLAUSE_WORD.search(np) or _NOT_DELIVERABLE.search(words[-1]):
        return None
    ctx = frame.ctx
    author = ctx.author
    when = m.group("when").strip()
    mentions = find_dates(when, ctx.sent_at, author.tz, author.date_order)
    if len(mentions) != 1 or mentions[0].start != 0 or mentions[0].end != len(when):
        return None
    title = capitalise(re.sub(r"^(?:the|a|an|your)\s+", "", np, flags=re.IGNORECASE))
    return TaskItem(title, _request_owner(sentence, frame, False), mentions[0].value, "open", "natural:terse-request", sentence)


# "The object labels will follow by Wednesday the 25th and the audio guide script by Friday
# the 27th.": the writer's deliveries, each with its date
_WILL_FOLLOW = re.compile(
    r"^(?:(?:and|also|then|in short)[,]?\s+)?(?P<np>(?:the|our)\s+[\w'’% -]{2,40}?)\s+will\s+(?:then\s+|also\s+)?(?:follow|be with you|reach you|"
    # ("The German texts will come on 25.11., our translator needs one week more" / "The
    # transfer of the 40% will go out on Friday")
    r"come to you|arrive|come(?=\s+(?:by|on)\s)|go\s+out(?=\s+(?:by|on)\s))\s+(?P<d1>(?:by|on|before)\s+(?:[^,;.]|\.(?=\d)){2,40}?)"
    r"(?:\s*,?\s+and\s+(?P<np2>(?:the|our)\s+[\w'’ -]{2,40}?)\s+(?P<d2>(?:by|on|before)\s+(?:[^,;.]|\.(?=\d)){2,40}?))?"
    r"\s*(?:[.!]|\.?,\s+(?:our|my|the|he|she|they|we|as)\b[^?]*)?$",
    re.IGNORECASE)


# "v2 will be with you by Wednesday" / "... they'll all be in v2, which will be with you by
# Wednesday 11/11": a numbered version of the work, promised for a day
_VERSION_WILL_FOLLOW = re.compile(
    r"(?:^|\bin\s+|,\s+)(?P<np>(?-i:[vV])\d+(?:\.\d+)?|(?:version|draft|round|cut|revision|rev)\s+\d+)(?:,\s+which)?\s+will\s+(?:then\s+|also\s+)?"
    r"(?:follow|be with you|reach you|come to you|arrive|be ready|be up)\s+(?P<d1>(?:by|on|before)\s+[^,;.]{2,40}?)(?P<np2>)(?P<d2>)\s*(?:[.!,;]|$)",
    re.IGNORECASE)


# "We also have to update the risk assessment for the new safety controller at some point,
# before the FAT" / "We should probably set up a session on that relay at some point": work
# owed by nobody in particular, on no day (a vague task, which asks for clarification)
_WE_MUST_SOME_TIME = re.compile(r"^(?:(?:and|so|also|but)[,]?\s+)?we\s+(?:(?:also|probably|really|still)\s+)*(?:need\s+to|have\s+to|should|must|'ll\s+need\s+to)\s+"
                                r"(?:(?:also|probably|really)\s+)?(?P<vp>[a-z]+\s[^?]{3,120}?)\s+at\s+some\s+(?:point|stage)\b[^?]*$", re.IGNORECASE)


def _we_must_some_time(sentence: str, frame: Frame) -> TaskItem | None:
    m = _WE_MUST_SOME_TIME.match(sentence.strip())
    if m is None or m.group("vp").split(None, 1)[0].lower() not in ACTION_VERBS:
        return None
    ctx = frame.ctx
    title = make_title(m.group("vp"), ctx.sent_at, ctx.author.tz, ctx.author.date_order)
    return TaskItem(title, None, None, "open", "natural:need", sentence) if len(title.split()) > 1 else None


# "Please find attached our invoice for the 50% mobilisation fee. Kindly do the needful so we
# can release funds for the crew.": the needful, for an invoice, is paying it
_DO_THE_NEEDFUL = re.compile(r"^(?:(?:so|and)\s+)?(?:kindly|please|pls|request you to)\s+(?:do|arrange)\s+the\s+needful\b", re.IGNORECASE)
_INVOICE_HANDED = re.compile(r"\battached\s+(?:is\s+|are\s+|herewith\s+)?(?P<np>(?:our|my|the)\s+(?:proforma\s+|pro-forma\s+|final\s+)?invoice\b"
                             r"[^.;()]{0,60}?)\s*(?:\([^()]*\))?\s*[.;]?$", re.IGNORECASE)


def _pay_the_invoice(sentence: str, frame: Frame) -> TaskItem | None:
    if frame.previous is None or not _DO_THE_NEEDFUL.match(sentence.strip()):
        return None
    handed = _INVOICE_HANDED.search(frame.previous.strip())
    if handed is None:
        return None
    ctx = frame.ctx
    owner = _request_owner(sentence, frame, False)
    title = make_title("pay " + handed.group("np"), ctx.sent_at, ctx.author.tz, ctx.author.date_order)
    return TaskItem(title, owner, None, "open", "natural:request", sentence)


# "The pre-production samples (one piece of each model) will be ready until 20 November, I
# will inform you." / "We will be ready with the v1 dashboard demo by 19 Nov, one day before
# your steering committee.": the writer's delivery, said as a state
_WILL_BE_READY = re.compile(
    r"^(?:(?:and|also|then|so)[,]?\s+)?(?:(?P<np>(?:the|our)\s+[\w'’ -]{2,40}?)(?:\s*\([^()]{1,60}\))?\s+will\s+(?:then\s+|also\s+)?be\s+ready"
    r"|we(?:'ll|\s+will)\s+be\s+ready\s+with\s+(?P<np_with>(?:the|our)\s+[\w'’ -]{2,40}?))\s+(?P<d1>(?:by|on|before|until|till)\s+[^,;.()]{2,40}?)"
    r"(?:,\s+(?:i|we)(?:'ll|\s+will)\s+(?:inform|let you know|update|confirm)[^,;.]{0,30}|,\s+(?:one|two|a)\s+(?:day|week)s?\s+before\s+[^,;.]{2,40})?"
    r"(?P<np2>)(?P<d2>)\s*[.!]?$", re.IGNORECASE)


def _will_follow(sentence: str, frame: Frame) -> list[TaskItem]:
    ctx = frame.ctx
    author = ctx.author
    m = _WILL_BE_READY.match(sentence.strip()) or _WILL_FOLLOW.match(sentence.strip()) or _VERSION_WILL_FOLLOW.search(sentence.strip())
    # ("We will be ready with the v1 dashboard demo by 19 Nov": the thing comes after "with")
    first = (m.groupdict().get("np") or m.groupdict().get("np_with")) if m is not None else None
    if m is None or first is None or match_task_hint(first, ctx.known_tasks) is not None:
        # (an open task's new date is a slip, read elsewhere)
        return []
    out = []
    for np, when in ((first, m.group("d1")), (m.group("np2"), m.group("d2"))):
        if not np:
            continue
        due = pick_due(when, ctx.sent_at, author.tz, author.date_order)
        title = make_title("deliver " + np[0].lower() + np[1:], ctx.sent_at, author.tz, author.date_order)
        if due is not None and len(title) > len("Deliver "):
            out.append(TaskItem(title, author.email, due, "open", "natural:commitment", sentence))
    return out


# Action lists: "- Luca: AV quote by end of next week pls" / "Raj: signed contract back asap".
# ("- مصطفى: جهّز الـ staging server ...": a name in Arabic script; "Kelvin：開一個 Shopify store": a
# full-width colon)
_NAME_COLON = re.compile(r"^(?:[-*•]\s*)?(?:(?:actions?|to-?dos?|over to|next steps?)\s+(?:for|from)?\s*)?(?P<name>[" + NAME_CAPITALS + r"\u0621-\u064a][\w'-]+(?:\s+[" + NAME_CAPITALS + r"][\w'-]+)?)(?::\s+|\s+:\s+|\s*：\s*|(?P<dash>\s[–—-])\s+)(?P<what>(?!fyi\b|re\b|q\b)[^?]{3,120}?)[.!]*$",
                         re.IGNORECASE)


# "the trawler at 1:12 is not one of ours": a thing, and how it is (read by the action lists, which
# take it for no ask, and by the request after it, whose "it" it names)
SAYS_HOW_IT_IS = re.compile(r"(?P<np>(?:the|this|that|these|those|our|your)\s+(?:[^,;:]|:(?=\d)){2,60}?)\s+(?:is|are|was|were|isn't|aren't|wasn't|weren't|"
                            r"looks?|seems?|feels?|sounds?)\b", re.IGNORECASE)


# a sentence saying how something is or will be, or a yes or no, after "Name:"
_SAYS_WHAT_IS = re.compile(r"(?:yes|no|yep|nope)\b[,.!]|(?:[\w'’-]+\s+){1,5}(?:is|are|was|were|isn't|aren't|will\s+(?:be|go|stay)|won't\s+be|"
                           r"should\s+(?:be|go|stay)|must\s+(?:be|go|stay))\s", re.IGNORECASE)


def _name_colon(sentence: str, frame: Frame) -> TaskItem | None:
    ctx = frame.ctx
    author = ctx.author
    m = _NAME_COLON.match(sentence.strip())
    if m is None or m.group("name")[0].islower() or m.group("name").lower() in ("action", "actions", "todo", "to-do"):
        return None
    # ("- Javi: el staging de WooCommerce, para el jueves 19.": Javier's pet name)
    owner = (frame.index.lookup(m.group("name")) or frame.index.lookup(m.group("name").split()[0])
             or frame.index.lookup_clipped(m.group("name")))
    if owner is None:
        return None
    what = re.sub(r"^(?:pls|please|kindly)\s+", "", m.group("what").strip(), flags=re.IGNORECASE)
    # ("- Oscar: necesito el schema ... para el miércoles 18": the day in the team's language)
    due = pick_due(what, ctx.sent_at, author.tz, author.date_order)
    if due is None and (due := pick_due(in_english_days(what), ctx.sent_at, author.tz, author.date_order)) is not None:
        # (", para el jueves 19" is the day, which the English title maker does not know)
        what = work_before_its_day(what) or what
    if due is None and SAYS_HOW_IT_IS.match(what):
        # ("Nilton: the trawler at 1:12 is not one of ours." says what is wrong; the ask follows)
        return None
    if _SAYS_WHAT_IS.match(what):
        # ("Kagiso: Drones are allowed at Khwai", "Jorge: The visit is 10:00", "Pieter: Yes, all
        # 800 pcs will be finished ... by 8/12": an answer or a fact for someone, no work asked)
        return None
    if m.group("dash") and (due is None or not (re.search(r"\b(?:pls|please|plz|asap)\W*$", what, re.IGNORECASE)
                                                # "1) Burak - first draft of the content calendar to me until Thursday"
                                                or any(re.search(r"\b(?:by|until|till|before|no later than)\s+(?:the\s+)?$", what[: d.start],
                                                                 re.IGNORECASE)
                                                       for d in find_dates(what, ctx.sent_at, author.tz, author.date_order)))):
        # "Wei Ming – org chart incl. outsourced functions, by Fri pls" asks; "Priya – great
        # work on the deck" does not
        return None
    title = make_title(what, ctx.sent_at, author.tz, author.date_order)
    if len(title) < 3 or _TRIVIAL_BODY.match(title):
        return None
    return TaskItem(title, owner, due, "open", "natural:action-list", sentence)


# "Lan installs v4 on your test server Wed.": a member's work, planned for a day
_PRESENT_PLAN = re.compile(r"^(?P<name>[" + NAME_CAPITALS + r"][\w'-]+)\s+(?P<verb>[a-z]{3,}?)(?:es|s)\s+(?P<rest>\S.*)$")


def _present_plan(sentence: str, frame: Frame) -> TaskItem | None:
    ctx = frame.ctx
    author = ctx.author
    m = _PRESENT_PLAN.match(sentence.strip())
    if m is None:
        return None
    owner = frame.index.lookup(m.group("name"))
    verb = m.group("verb").lower()
    verb = verb if verb in ACTION_VERBS else verb + "e" if verb + "e" in ACTION_VERBS else None  # "installs", "prepares"
    if (owner is None or verb is None or verb in _SOFT_IMPERATIVES
            or not (_IMPERATIVE_OBJECT.match(m.group("rest")) or re.match(r"v\d", m.group("rest")))):
        return None
    due = pick_due(m.group("rest"), ctx.sent_at, author.tz, author.date_order)
    if due is None:
        return None
    title = make_title(f"{verb} {m.group('rest')}", ctx.sent_at, author.tz, author.date_order)
    if len(title) < 3:
        return None
    return TaskItem(title, owner, due, "open", "natural:commitment-other", sentence)


# "Key dates from our end: - Control report to us by Friday 13 November.": a deliverable
# and its deadline, no verb
# ("Dwayne, the winter rate sheet also by 9/11 please.": the one asked named first)
_DELIVERABLE_DUE = re.compile(r"^(?:[-*•]\s*)?(?:(?-i:[" + NAME_CAPITALS + r"])[\w'-]+,\s+)?(?P<np>(?:the\s+|your\s+)?(?-i:[A-Z0-9])[\w&/'’ -]{2,60}?|(?:the|your)\s+[\w&/'’ -]{2,60}?)(?:\s+also)?"
                              # ("A first draft of the exterior render, the street view from the corner, by
                              # Friday 6 November please.": what it shows, said in between)
                              r"(?:,\s+(?:the|a|an|i\.e\.|e\.g\.)\s[^,;:]{3,80}?,)?"
                              # ("The sitemap proposal, please until Friday 6 of November": a
                              # non-native "until" or "latest" for "by", after the please)
                              r"(?:(?P<please_first>,?\s+(?:please|pls|kindly),?)\s+(?:(?:at\s+the\s+)?latest(?:\s+by)?|until|till)\s+|"
                              r"(?P<please_by>,?\s+(?:please|pls|kindly),?)?,?\s+(?P<to_us>to (?:us|me)\s+)?"
                              r"(?:by|no later than|before|due|,?\s*(?:at\s+the\s+)?latest(?:\s+by)?)\s+)(?P<when>[^,;:]{2,40}?)"
                              # "Final numbers by 20 Nov please, to hold the hotel."
                              r"(?P<please>,?\s+(?:please|pls)(?:,\s+(?:to|so)\s+[^.!?]{3,60})?)?"
                              # ("..., latest the 13 of November, because José Luis travels to the fair")
                              r"(?:,?\s+(?:because|since|as|so that)\s[^!?]{3,160}?)?\s*[.!]?$", re.IGNORECASE)
_DEADLINES_HEADING = re.compile(r"\b(?:dates|deadlines|deliverables|milestones|need from you|we need|what we need)\b[^.?!]{0,40}:\s*$",
                                re.IGNORECASE)


def _deliverable_due(sentence: str, frame: Frame) -> TaskItem | None:
    ctx = frame.ctx
    author = ctx.author
    m = _DELIVERABLE_DUE.match(sentence.strip())
    if m is None or _TERSE_NOT_A_THING.search(m.group("np")) or _imperative_start(m.group("np")):
        return None
    if ((m.group("please") or m.group("please_first") or m.group("please_by"))
            and re.search(r"\b(?:me|us|you|know|let|it|them|this|that)\b", m.group("np"), re.IGNORECASE)):
        # ("Let me know by tomorrow please" asks for an answer, not a thing)
        return None
    if not (m.group("to_us") or m.group("please") or m.group("please_first") or m.group("please_by")
            or any(_DEADLINES_HEADING.search(line) for line in frame.earlier[-3:])):
        return None
    # (the deadline, not a day in the reason after it: "..., because he travels on the 24")
    due = pick_due(f"by {m.group('when')}", ctx.sent_at, author.tz, author.date_order) or pick_due(sentence, ctx.sent_at, author.tz, author.date_order)
    owner = _request_owner(sentence, frame, False)
    if due is None or owner is None or owner == author.email:
        return None
    title = make_title(m.group("np"), ctx.sent_at, author.tz, author.date_order)
    return TaskItem(title, owner, due, "open", "natural:deliverable", sentence) if len(title) >= 3 else None


# "Looking forward to receiving the brand guidelines by Friday." - a request, politely put.
_LOOKING_FORWARD = re.compile(
    r"^(?:(?:i'm|we're|i am|we are)\s+)?(?:really\s+)?(?:look(?:ing)? forward to (?:receiving|getting)\s+"
    # "We are waiting for your feedback on the drawings by Friday." / "Looking forward to your
    # confirmation of the dates by Friday."
    r"|(?:waiting\s+for|look(?:ing)?\s+forward\s+to)\s+(?=(?:your|the)\s[^.?!]*\b(?:by|before|until|till)\s))"
    r"(?P<obj>(?:the|your|a|an)\s.+)$",
    re.IGNORECASE,
)


_YOULL_HAVE = re.compile(r"^(?:[^:?]{3,80}:\s+)?(?:(?:and|so|ok|okay)[,]?\s+)?(?:you(?:'ll| will)\s+(?:have|get|receive)|"
                         # "Expect the draft from us by Wednesday."
                         r"(?:please\s+)?expect)\s+"
                         r"(?P<obj>(?:the|a|an|our|my|all|both|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\b[^?]*?)\s*[.!]?$", re.IGNORECASE)


def _you_will_have(sentence: str, frame: Frame) -> TaskItem | None:
    """"You'll have the first 200 descriptions by Friday week": the writer's promise of a
    deliverable by a day, said from the reader's side."""
    ctx = frame.ctx
    m = _YOULL_HAVE.match(sentence.strip())
    # ("You will receive the samples next week.")
    # ("You will have an outline of the brochure text from me on Sunday 8 November": a day named
    # by its number too)
    if m is None or not re.search(r"\b(?:by|before|until|till|no later than|tomorrow|tonight|next\s+week|this\s+week|"
                                  r"on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b)",
                                  m.group("obj"), re.IGNORECASE):
        return None
    if re.search(r"\b(?:each|every)\s+(?:month|week|day|year|quarter)\b|\bfrom\s+(?:him|her|them|(?-i:[" + NAME_CAPITALS + r"])[\w'-]+)\b",
                 m.group("obj"), re.IGNORECASE):
        # ("You'll get the invoice on the 1st of each month" repeats; "you'll have the
        # spreadsheet from him on Wednesday" is someone else's delivery)
        return None
    due = pick_due(m.group("obj"), ctx.sent_at, ctx.author.tz, ctx.author.date_order)
    if due is None:
        return None
    obj = re.sub(r"\s+from\s+(?:us|me|our\s+side)\b", "", m.group("obj"), flags=re.IGNORECASE)
    title = make_title("send " + obj, ctx.sent_at, ctx.author.tz, ctx.author.date_order)
    return TaskItem(title, ctx.author.email, due, "open", "natural:commitment", sentence) if len(title.split()) > 1 else None


# "We'd also like finish samples of the light oil and the natural teak couriered to our office in
# Fremantle": the thing, and how it is to reach the writer
_LIKE_IT_SENT = re.compile(r"^(?:(?:and|also|so)[,]?\s+)?(?:we|i)(?:'d|\s+would)\s+(?:also\s+|really\s+)?like\s+"
                           r"(?P<obj>(?!(?:to|you|it|them|this|that)\b)[\w'’ -]{3,80}?)\s+(?P<verb>couriered|sent|delivered|shipped|posted|emailed|mailed|forwarded)\s+"
                           r"(?P<rest>(?:to|over)\b[^?]*)$", re.IGNORECASE)
_SENT_BASE = {"couriered": "courier", "sent": "send", "delivered": "deliver", "shipped": "ship", "posted": "post", "emailed": "email",
              "mailed": "mail", "forwarded": "forward"}


def _like_it_sent(sentence: str, frame: Frame) -> TaskItem | None:
    m = _LIKE_IT_SENT.match(sentence.strip())
    if m is None:
        return None
    ctx = frame.ctx
    author = ctx.author
    rest = re.split(r"[.;]\s|\.$", m.group("rest"), maxsplit=1)[0]
    title = make_title(f"{_SENT_BASE[m.group('verb').lower()]} {m.group('obj')} {rest}", ctx.sent_at, author.tz, author.date_order)
    owner = _request_owner(sentence, frame, False)
    if owner is None or owner == author.email:
        return None
    return TaskItem(title, owner, pick_due(rest, ctx.sent_at, author.tz, author.date_order), "open", "natural:request", sentence)


def _looking_forward(sentence: str, frame: Frame) -> TaskItem | None:
    ctx = frame.ctx
    author = ctx.author
    m = _LOOKING_FORWARD.match(sentence.strip())
    if m is None:
        return None
    due = pick_due(m.group("obj"), ctx.sent_at, author.tz, author.date_order)
    if due is None:
        return None
    title = make_title("send " + m.group("obj"), ctx.sent_at, author.tz, author.date_order)
    return TaskItem(title, _request_owner(sentence, frame, False), due, "open", "natural:request", sentence)


# "Glossary will be shared by Arjun by 06/11." - the work, then who does it.
_PASSIVE_BY = re.compile(
    r"^(?:(?:and|also|the)\s+)?(?P<obj>[^,;:]{2,60}?)\s+(?:will|shall|is going to|are going to)\s+be\s+(?P<verb>[a-z]+(?:ed|en)|sent|done|made|built|"
    r"put|set up|paid)\s+(?:over\s+)?by\s+(?P<name>[" + NAME_CAPITALS + r"][\w'-]+)\b(?P<rest>.*)$"
)
_PAST_TO_BASE = {"sent": "send", "done": "do", "made": "make", "built": "build", "written": "write", "given": "give",
                 "taken": "take", "chosen": "choose", "put": "put", "set up": "set up", "paid": "pay", "drawn": "draw"}


# "it would be appreciated if section 6 could be aligned with our Group policy": the formal
# request in the passive, asked of the reader
_PASSIVE_REQUEST = re.compile(
    r"\b(?:it(?: would|'d| will) be (?:much |greatly |very much |highly )?(?:appreciated|great|helpful)|"
    r"(?:i|we)(?:'d| would)? be (?:very |most )?grateful|(?:i|we)(?:'d| would) appreciate it)\s+if\s+"
    r"(?P<obj>(?!(?:you|we|i|they|he|she|it)\b)[^,;?]{3,80}?)\s+(?:could|can|would|might)\s+be\s+(?P<part>[a-z]+(?:ed|en|t))\b(?P<rest>[^?]*)",
    re.IGNORECASE,
)


def _passive_request(sentence: str, frame: Frame) -> TaskItem | None:
    m = _PASSIVE_REQUEST.search(sentence)
    if m is None:
        return None
    # (the phrasing itself asks for work: "aligned" is "align" whether or not it is a listed verb)
    return _passive_task(m.group("part"), _uncap(m.group("obj")), m.group("rest"), _request_owner(sentence, frame, False),
                         "natural:request-passive", sentence, frame, loose=True)


def _passive_task(participle: str, obj: str, rest: str, owner: str | None, rule: str, sentence: str, frame: Frame, *,
                  loose: bool = False) -> TaskItem | None:
    """"X could be aligned with Y" / "Glossary will be shared by Arjun by 06/11": the work is the
    participle's verb done to X; ``loose`` takes any "-ed" form as a verb."""
    verb = participle.lower()
    # ("scheduled" is "schedule" before "schedul": the one-letter cut is tried first)
    stems = sorted(_ed_stems(verb), key=lambda stem: stem != verb[:-1])
    base = _PAST_TO_BASE.get(verb) or next((b for b in stems if b and _base_verb(b) is not None), None)
    if base is None and loose:
        base = verb[:-2] if verb.endswith("ed") and len(verb) > 5 else None
    if base is None:
        return None
    ctx = frame.ctx
    author = ctx.author
    due = pick_due(rest, ctx.sent_at, author.tz, author.date_order)
    title = make_title(f"{base} {obj}{rest}", ctx.sent_at, author.tz, author.date_order)
    return TaskItem(title, owner, due, "open", rule, sentence)


def _passive_by(sentence: str, frame: Frame) -> TaskItem | None:
    ctx = frame.ctx
    author = ctx.author
    m = _PASSIVE_BY.match(sentence.strip())
    if m is None:
        return None
    owner = frame.index.lookup(m.group("name"))
    if owner is None:
        return None
    task = _passive_task(m.group("verb"), m.group("obj"), "", owner, "natural:passive-by", sentence, frame)
    if task is None:
        return None
    # (the date is read from what follows the name, the title from the object alone)
    return replace(task, due=pick_due(m.group("rest"), ctx.sent_at, author.tz, author.date_order))


# "selects by monday" / "yep got them, crops tonight": a team member's shorthand promise,
# a deliverable and when it comes, nothing else.
_TERSE_PROMISE = re.compile(
    r"(?:^|[,;]\s*|^(?:yep|yes|yeah|ok|okay|sure|will do|np|no problem)[,!.]?\s+)"
    r"(?P<np>(?:the\s+|my\s+|our\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?P<by>(?:by|before|for)\s+)?(?P<when>[\w ]{3,25}?)\s*[.!]*$",
    re.IGNORECASE,
)
# Things that happen on a day rather than get delivered by it.
_NOT_DELIVERABLE = re.compile(
    r"\b(?:drinks|holidays?|hols|hours|days|weeks|plans|talks|meetings?|calls?|interviews?|visits?|thanks|thx|cheers|news|lunch|dinner|"
    # ("Dates: Thursday Dec 3 and Friday Dec 4, arrivals Wednesday Dec 2")
    r"arrivals|departures|"
    r"party|demo|shoot|launch|standup|stand-up|sync|catch-?up|chat|off|out|leave|back|here|there|works|is|are|was|were|"
    r"fine|ok|okay|good|great|perfect|free|busy|booked|set|done|sorted|ready|again|too|also|ideally|maybe|probably|hopefully|"
    # ("The date stays Wednesday 4 November": a day kept, nothing promised)
    r"stays|remains|stands|holds)$",
    re.IGNORECASE,
)


def _terse_promise(sentence: str, frame: Frame) -> TaskItem | None:
    ctx = frame.ctx
    author = ctx.author
    if author.role != "team" or len(sentence.split()) > 12:
        return None
    m = _TERSE_PROMISE.search(sentence.strip())
    if m is None:
        return None
    np = m.group("np")
    head = np.split()[-1]
    plural = head.lower().endswith("s") and not head.lower().endswith("ss")
    if (_NOT_DELIVERABLE.search(head) or not (plural or m.group("by"))
            or _base_verb(np.split()[0]) is not None or _PRONOUN_START.match(np) or _HAS_VERB.search(np)):
        return None
    when = m.group("when")
    mentions = find_dates(when, ctx.sent_at, author.tz, author.date_order)
    if len(mentions) != 1 or mentions[0].start != 0 or mentions[0].end != len(when.strip()):
        return None
    if mentions[0].value < local_today(ctx.sent_at, author.tz):
        return None
    title = capitalise(re.sub(r"^(?:the|my|our)\s+", "", np, flags=re.IGNORECASE))
    return TaskItem(title, author.email, mentions[0].value, "open", "natural:terse-promise", sentence)


# "Can you make sure someone's on site to meet him?" - being there for an event the
# sentence before has booked: the event's date is the deadline.
_ATTEND = re.compile(
    r"\b(?:on site|onsite|on-site|there|in the office|at the office|around|available|present|in attendance|"
    r"meet (?:him|her|them|the\s+\w+)|let (?:him|her|them) in|sign for (?:it|them)|greet (?:him|her|them))\b",
    re.IGNORECASE,
)
_EVENT_BOOKED = re.compile(
    r"\b(?:booked|scheduled|arranged|confirmed|planned|set for|is on|are on|coming|visiting|arriving|due|happening|taking place)\b",
    re.IGNORECASE,
)


def _event_date(frame: Frame):
    """The one future date of the sentence before, when that sentence books an event."""
    previous = frame.previous
    if not previous or not _EVENT_BOOKED.search(previous):
        return None
    ctx = frame.ctx
    dates = find_dates(previous, ctx.sent_at, ctx.author.tz, ctx.author.date_order)
    if len(dates) != 1 or dates[0].value < local_today(ctx.sent_at, ctx.author.tz):
        return None
    return dates[0].value


# "I'll do it" / "I'll sort that" - work named only by a pronoun.
_PRONOUN_WORK = re.compile(r"^(?P<verb>[a-z]+)\s+(?:it|this|that|them|these|those|both)\b(?P<rest>.*)$", re.IGNORECASE)
# What "it" points back to: "I need to send you the price list", "they want the fencing
# moved 1m back", "the banner has to be resized".
_ANTECEDENT_TO_DO = re.compile(
    r"\b(?:i|we|you)\s+(?:(?:still|also|really|will|'ll|just)\s+)?(?:need|have|want|'ve got|got|must remember|promised|"
    # ("I am not able to send the floor plan and lighting plot today as promised. ... I will
    # send both to you by next Wednesday")
    r"(?:am|are|'m|'re)\s+(?:not\s+)?able)\s+to\s+"
    r"(?P<vp>[a-z]+\s+(?:\S+\s+){0,2}?(?:the|our|your|their|a|an|some|all|those|these)\s[^,;:]{2,80})",
    re.IGNORECASE,
)
_ANTECEDENT_WANT_DONE = re.compile(
    r"\b(?:they|he|she|the\s+[\w-]+|[" + NAME_CAPITALS + r"][\w'-]+)\s+(?:want|wants|wanted|need|needs|needed|would like|'d like|asked for|asked us to get)\s+"
    r"(?P<np>(?:the|our|your|their|a|an|this|these|those|all)\s+[^,;:.]{2,60}?)\s+(?:to\s+be\s+)?(?P<part>[a-z]{3,}ed|redone|done|sent|rewritten|taken down)\b"
    r"(?P<rest>[^,;:]{0,60})",
)
_ANTECEDENT_PASSIVE = re.compile(
    r"(?P<np>\b(?:the|our|your|their|this|these|those|all)\s+[^,;:.]{2,60}?)\s+(?:needs|need|has|have)\s+to\s+be\s+"
    # ("the 46 product photos need to be cut out and put on a white background")
    r"(?P<part>[a-z]{3,}ed|redone|done|sent|rewritten|cut|put|set|shot|reshot|written|taken|drawn|redrawn|built|made)\b(?P<rest>[^,;:]{0,60})",
    re.IGNORECASE,
)


def _participle_base(part: str) -> str | None:
    """"moved" -> "move", "resized" -> "resize", "sent" -> "send": a work verb's base form."""
    p = part.lower()
    irregular = {"sent": "send", "done": "do", "redone": "redo", "rewritten": "rewrite", "built": "build", "made": "make",
                 "cut": "cut", "put": "put", "set": "set", "shot": "shoot", "reshot": "reshoot", "written": "write",
                 "taken": "take", "drawn": "draw", "redrawn": "redraw"}
    if p in irregular:
        return irregular[p]
    for cand in (p[:-1], p[:-2], p[:-3] if len(p) > 4 and p[-3] == p[-4] else "", p[:-3] + "y" if p.endswith("ied") else ""):
        if cand and _base_verb(cand) is not None and cand in ACTION_VERBS:
            return cand
    return None


# "I promised Dr Said a spec for the no-show report, with the fields and filters."
_ANTECEDENT_PROMISED = re.compile(r"\b(?:i|we)\s+(?:have\s+|'ve\s+)?promised\s+(?:(?-i:[" + NAME_CAPITALS + r"])[\w'.-]*\s+){1,3}"
                                  r"(?P<np>(?:a|an|the|our|my)\s+[^,;.]{2,60})", re.IGNORECASE)


def _antecedent_work(text: str) -> str | None:
    """The piece of work a clause names, as a verb phrase, for a later "I'll do it"."""
    promised = _ANTECEDENT_PROMISED.search(text)
    if promised:
        return "send " + promised.group("np")
    m = _ANTECEDENT_TO_DO.search(text)
    if m and _base_verb(m.group("vp").split()[0]) is not None:
        # ("... not able to send the floor plan and lighting plot today as promised")
        return re.sub(r"(?:\s+(?:today|tonight|this week))?\s+as\s+(?:promised|agreed|planned|discussed)\b.*$", "", m.group("vp"),
                      flags=re.IGNORECASE)
    for rx in (_ANTECEDENT_WANT_DONE, _ANTECEDENT_PASSIVE):
        m = rx.search(text)
        if m:
            base = _participle_base(m.group("part"))
            if base is not None:
                np = m.group("np")
                return f"{base} {np[:1].lower()}{np[1:]}{m.group('rest')}"
    return None


# "it needs a separate quote, which I will send you by Thursday": the thing before "which"
_WHICH_THING = re.compile(r"(?P<np>\b(?:a|an|the|our|my|your|their)\s+(?:(?!\b(?:a|an|the|our|my|your|their|and|it)\b)[^,;:]){2,60}?),?\s+which\s*$",
                          re.IGNORECASE)
# "The names for the three fish dishes are still missing; I will send them tomorrow"
# ("Sorry, the list of pages is still with the board, I will send it on Wednesday 25/11": still
# with someone, not sent)
_MISSING_THING = re.compile(r"^(?:(?:sorry|unfortunately|i'm afraid|i am afraid)[,]?\s+)?(?P<np>(?:the|our|my|your)\s+[^,;:]{2,60}?)\s+(?:is|are)\s+(?:still\s+)?"
                            r"(?:missing|outstanding|to come|pending|with\s+(?:the|our|my|his|her)\s+[\w-]+|not\s+(?:ready|finished|final|signed))\b[^,;:]*[;,]?\s*$",
                            re.IGNORECASE)
# "To finish the reconciliation we're missing July and August for the Clydesdale account."
_WE_MISS = re.compile(r"\b(?:we're|we are|i'm|i am)\s+(?:still\s+)?missing\s+(?P<np>[^,;:.?!]{3,80})", re.IGNORECASE)
# "Before anyone is on site we need a certificate of insurance naming the district as
# additional insured. Could you send that over before you mobilize?"
# ("Dr. Feldmann, for the vision role we still need the technical must-have criteria.": what
# for is part of the thing)
# ("the current label files (AI or PDF) and the nutrition facts table": an aside inside a list of things)
_ASIDE_THEN_AND = re.compile(r"\s*\([^()]{1,60}\)(?=\s+and\s)")
_WE_NEED_THING = re.compile(r"(?:\b(?P<for>for\s+(?:the|our|your)\s+[\w -]{2,30}?),?\s+)?"
                            r"\b(?:we|i)(?:'ll|'d| will| would)?\s+(?:also\s+|still\s+)?need\s+(?P<np>(?:a|an|the|your|\d{1,3}|two|three|four|five|six|some|more)\s+[^,;:.?!()]{3,90}?)"
                            r"(?=\s+(?:naming|from|for|with|that|which|who|showing|listing|signed|as)\b|\s*[,.;!:(]|\s*$)", re.IGNORECASE)
_HEADING_THING = re.compile(r"^(?:\d{1,2}[.)]\s+)?(?P<np>(?!(?:is|are|was|were|will|would|have|has|had|need|needs|can|could|should|do|does|please|pls|"
                            r"thanks|thank|hi|hello|dear|re|fw|fwd)\b)[A-Za-z][\w'&/-]*(?:\s+(?!(?:is|are|was|were|will|would|have|has|had|"
                            r"need|needs|can|could|should|do|does)\b)[\w'&/-]+){0,5})(?:,\s*(?:incl\.?|including|with|plus|for)\b[^.?!]*)?[.:]?$",
                            re.IGNORECASE)
_NOTHING_BEFORE = re.compile(r"^\s*(?:(?:so|and|also|then)\s+)?(?:(?!(?:please|kindly|ok|okay|so|and|also|then|yes|now|well|but)\b)(?-i:[" + NAME_CAPITALS + r"])[\w'-]+(?:\s+(?-i:[" + NAME_CAPITALS + r"])[\w'-]+)?\s*,\s*)?$",
                             re.IGNORECASE)
# "It would help us a lot to have your comments, and those of the front-desk team, by Tuesday."
_TO_HAVE_YOURS = re.compile(r"\bto\s+(?:have|get|receive|see)\s+(?P<np>(?:your|the)\s+[^,;:.?!]{3,50}?)"
                            r"(?=\s+(?:by|before|from|on|in time)\b|\s*[,.;!:]|\s*$)(?:[^.;?!]*?(?P<when>\s(?:by|before)\s+[^,;.?!]{3,30}))?",
                            re.IGNORECASE)
# ("collect them and send them over": what is gathered is what is sent)
_SENDS_WHAT = re.compile(r"^(?P<verb>send|get|forward|share|email|post|deliver|bring|drop|courier|dispatch|collect(?=\s+them\s+and\s+send\b))\s+"
                         r"(?:(?:it|them|this|that|these|those|over|across|through|along)\s+)*(?:(?:to\s+)?(?:you|us)\b\s*)?(?P<rest>.*)$",
                         re.IGNORECASE)


_TOPIC_THING = re.compile(r"^(?:for|about|regarding|re|as for|as to|concerning)\s+(?P<np>(?:the|your|our)\s+[^,()]{2,50}?)(?:\s*\([^()]*\))?\s*,"
                          r"\s*(?:(?:we|i)(?:'ll|\s+will|\s+can|\s+shall|'re\s+going\s+to|\s+are\s+going\s+to)?)?\s*$", re.IGNORECASE)


def _thing_sent(clause: str, before: str, previous: str | None) -> str | None:
    """"send it over by Friday" after "we're missing July and August for the Clydesdale
    account" -> "send July and August for the Clydesdale account over by Friday"; None
    when the clause names what it sends or nothing before names a thing."""
    sends = _SENDS_WHAT.match(clause.strip())
    if sends is None or _IMPERATIVE_OBJECT.match(sends.group("rest")) and not re.match(
            r"(?:over|across|through|along|it|them|this|that|these|those|you|us)?\s*(?:by|on|tomorrow|today|next|asap)\b",
            sends.group("rest"), re.IGNORECASE):
        return None
    # ("For the finish samples (light oil and natural), we will courier them to your office by
    # Friday 13/11": the topic said first is what is sent)
    thing = _WHICH_THING.search(before) or _MISSING_THING.match(before.strip()) or _TOPIC_THING.match(before.strip())
    # ("Fiona, would you be able to send it over by Friday?": a name is not a thing named)
    if thing is None and previous and _NOTHING_BEFORE.match(before):
        thing = (_MISSING_THING.match(previous.strip()) or _WE_MISS.search(previous) or _WE_NEED_THING.search(_ASIDE_THEN_AND.sub("", previous))
                 or _TO_HAVE_YOURS.search(previous))
        if thing is None and re.match(r"(?:by|before|on|asap|tmr|tomorrow|today|this|next)\b", sends.group("rest"), re.IGNORECASE):
            # "1. Updated vehicle list, incl the 3 new prime movers. Pls send by 20/11.": the
            # point's heading is what to send
            thing = _HEADING_THING.match(previous.strip())
    if thing is None:
        return None
    # (when it comes is no part of what it is: "tomorrow, after the tasting")
    rest = re.split(r",\s*(?:after|once|when|as soon as)\b", sends.group("rest"), maxsplit=1)[0]
    np = thing.group("np").strip()
    if thing.re is _WE_NEED_THING and thing.group("for"):
        np = f"{np} {_uncap(thing.group('for'))}"
    np = re.sub(r"^(?:The|A|An|Our|My|Your|Their)\b", lambda d: d.group(0).lower(), np)
    if thing.re is _TO_HAVE_YOURS and thing.group("when"):
        # (the day it was wanted by, when the request names none)
        rest = f"{rest}{thing.group('when')}"
    return f"{sends.group('verb')} {np} {rest}".strip()


_A_DAY_ONLY = re.compile(r"(?:(?:this|next|on)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight)", re.IGNORECASE)


def _resolve_pronoun_work(clause: str, before: str, frame: Frame):
    """("send you the price list until Friday", due) for "do it until Friday" after "I need to
    send you the price list"; None when the clause names its work or nothing fits."""
    sent = _thing_sent(clause, before, None)
    if sent is not None:
        # a thing named before, sent: "..., which I will send you by Thursday"
        return sent, None
    m = _PRONOUN_WORK.match(clause.strip())
    # ("I'll have it to you by Thursday": having it to someone is sending it)
    if m is None or _base_verb(m.group("verb")) is None and m.group("verb").lower() not in ("have", "get"):
        return None
    ante = _antecedent_work(before) if before.strip() else None
    if ante is None and frame.previous:
        ante = _antecedent_work(frame.previous)
    if ante is None:
        return None
    ctx = frame.ctx
    author = ctx.author
    ante_due = pick_due(ante, ctx.sent_at, author.tz, author.date_order)
    return ante, ante_due


def _spec_title(clause: str, has_date: bool) -> str | None:
    """"the contact form to include a phone field" -> "Contact form to include a phone field"."""
    clause = clause.strip()
    if _NOT_A_THING.match(clause):
        return None
    m = _SPEC.match(clause)
    if m:
        verb = m.group("verb").lower()
        if verb == "be":
            if not (has_date or _BE_WANTED.match(m.group("rest"))) or re.match(r"\s*(?:in\s+)?by\s+then\b", m.group("rest"), re.IGNORECASE):
                # ("The build gets locked on 27/11, so we'd love the Korean to be in by then.":
                # the day the work is for, not the ask)
                return None
        elif verb not in SPEC_VERBS and _base_verb(verb) is None:
            return None
        if re.fullmatch(r"\s*(?:too|as well|also|at it|at them|over it|it over|through it|first|it|them|this|that)?\s*[.!]*\s*", m.group("rest"), re.IGNORECASE):
            # "I want the hygienists to look too": people to be asked, no spec of the work;
            # "we would like the scan to cover it": what "it" is was said before
            return None
        return re.sub(r"^the\s+", "", clause, flags=re.IGNORECASE)
    m = _PREFER_FORM.match(clause)
    if m:
        return re.sub(r"^the\s+", "", clause, flags=re.IGNORECASE)
    return None


_READY_BY = re.compile(r"^(?P<np>(?:the|your|our|all|both)\s+[^,;:?!]{2,60}?)\s+(?:must|needs? to|has to|have to)\s+be\s+"
                       r"(?P<state>done|ready|finished|complete|completed)\b(?P<rest>[^?]*)$", re.IGNORECASE)


def _ready_by(sentence: str, frame: Frame) -> TaskItem | None:
    """"Ibrahim, the formwork for the main staircase must be ready by Thursday": a state
    wanted by a day, said to someone by name, is theirs to get done."""
    vocative, skip = sentence_vocative(sentence, frame.index)
    m = _READY_BY.match(sentence[skip:].strip()) if may_match(_READY_BY, sentence) else None
    ctx = frame.ctx
    if m is not None and not skip:
        # ("Abakar, you take the hosting. The staging server on our VPS must be ready on
        # Friday 27/11": the colleague the sentence before turned to; said to nobody by name,
        # the state is nobody's task, see test_extraction_families_16)
        vocative = sentence_vocative(frame.previous, frame.index)[0] if frame.previous else None
        if vocative is None or frame.index.role(vocative) != "team":
            return None
    if m is None or vocative is None or vocative == ctx.author.email:
        return None
    due = pick_due(m.group("rest"), ctx.sent_at, ctx.author.tz, ctx.author.date_order)
    if due is None:
        return None
    np = re.sub(r"^(?:The|Your|Our|All|Both)\b", lambda d: d.group(0).lower(), m.group("np"))
    title = make_title(f"have {np} {m.group('state')}", ctx.sent_at, ctx.author.tz, ctx.author.date_order)
    return TaskItem(title, vocative, due, "open", "natural:requirement", sentence)


def _requirement(sentence: str, frame: Frame) -> TaskItem | None:
    """A client stating how a deliverable must be: a request without "please"."""
    ctx = frame.ctx
    if ctx.author.role != "client":
        return None
    _, skip = sentence_vocative(sentence, frame.index)
    body = sentence[skip:].strip()
    # "Two tweaks: the footer needs our ABN" - a short label before the requirement
    body = _LABEL_PREFIX.sub("", body) if re.match(r"^[^:]{1,25}:\s", body) else body
    author = ctx.author
    for rx, rule in ((_USERS_ABLE, "natural:users-able"), (_REQUIRE_NOUN, "natural:requirement-noun")):
        m = rx.match(body)
        if m is None:
            continue
        end = m.end("obj") if rx is _REQUIRE_NOUN else m.end()
        # (_NEGATED's word boundary misses the "n't" inside "doesn't")
        if _NEGATED.search(body[:end]) or "n't" in body[:end].lower() or (rx is _USERS_ABLE and body.rstrip().endswith("?")):
            continue
        if rx is _USERS_ABLE and (not m.group("rest").strip(" .!") or _PRONOUN_OBJECT.match(m.group("rest").strip())):
            continue
        if rx is _REQUIRE_NOUN and (_EFFORT_OBJECT.match(m.group("obj")) or _PRONOUN_OBJECT.match(m.group("obj"))
                                    or _PERSON_NEEDS.search(m.group("np")) or re.search(r"\bfrom\s+(?-i:[" + NAME_CAPITALS + r"])", m.group("obj"))):
            # "Our engineer in Hamburg needs the final opening positions from Kade first": what
            # a person waits for, not how the deliverable must be
            continue
        clause = re.sub(r"^(?:(?:also|and|but|plus|ideally)[,]?\s+)", "", body[:end], flags=re.IGNORECASE)
        due = pick_due(clause, ctx.sent_at, author.tz, author.date_order)
        title = make_title(re.sub(r"^the\s+", "", clause, flags=re.IGNORECASE), ctx.sent_at, author.tz, author.date_order)
        if len(title) >= 3:
            return TaskItem(title, _request_owner(sentence, frame, False), due, "open", rule, sentence)
    body = sentence[skip:].strip()
    body = _LABEL_PREFIX.sub("", body) if re.match(r"^[^:]{1,25}:\s", body) else body
    # "I'm sorry but the printer says the files must arrive before the 5th": a requirement
    # passed on from someone else is still one.
    body = _REPORTED.sub("", body)
    m = _REQUIRE.match(body)
    if m is None or _NEGATED.search(m.group("verb") + m.group("rest")[:4]):
        return None
    if re.search(r"\b(?:and|but|so)\s+(?:i|we|you|they|he|she)$", m.group("np"), re.IGNORECASE):
        # ("Our board meets on 16/11 and I need to present it": a person's own need, not how
        # a deliverable must be)
        return None
    if _PERSON_NEEDS.match(m.group("np")) and m.group("verb").lower() not in ("be", "get", "receive", "have"):
        # "Our compliance team has to approve the regulatory line": what the work waits on,
        # done by people outside the project, not a request to the reader
        return None
    author = ctx.author
    due = pick_due(m.group("rest"), ctx.sent_at, author.tz, author.date_order)
    modal = m.group("modal").lower()
    verb = m.group("verb").lower()
    value_date = False
    if due is not None and verb in SPEC_VERBS and verb not in ("be", "have") and not _DEADLINE_BEFORE_DATE.search(m.group("rest")):
        # "the date picker should default to today": the date is the value, not a deadline.
        due, value_date = None, True
    elif modal == "should" and due is not None:
        # "The files should be with you Friday" forecasts; it asks for nothing.
        return None
    # "the packaging files must arrive before 5 November": a delivery deadline, whatever the verb.
    arrival = verb in _ARRIVAL_VERBS and due is not None and modal != "should"
    if not arrival and verb == "be":
        if not _BE_WANTED.match(m.group("rest")) or re.match(r"\s*(?:done|ready|finished|fine|ok|okay|good|there|here|with)\b",
                                                               m.group("rest"), re.IGNORECASE):
            return None
    elif not arrival and verb not in SPEC_VERBS and _base_verb(verb) is None:
        return None
    if verb == "have" and re.match(r"\s*(?:everything|anything|nothing|all|what|it|them|that|this|some|no)\b", m.group("rest"), re.IGNORECASE):
        return None
    if re.match(r"\s*(?:them|us|him|her|you|people|everyone)?\s*(?:exactly|just|precisely)?\s*(?:that|this|it)\s*[.!]*$", m.group("rest"), re.IGNORECASE):
        # "The new site should give them exactly that": what it is for, said of a thing named before
        return None
    if verb in ("stay", "remain") and re.match(r"\s*(?:in|within|inside|on)\s", m.group("rest"), re.IGNORECASE):
        # "Our customer data must stay within the EU (GDPR)": a bound the work keeps to
        return None
    if re.match(r"\s*(?:work|go|come|look)\s*(?:fine|ok|okay|well|good|great)?\W*$", verb + m.group("rest"), re.IGNORECASE):
        return None
    body = re.sub(r"^(?:(?:also|and|but|plus|ideally)[,]?\s+)", "", body, flags=re.IGNORECASE)
    title = make_title(re.sub(r"^the\s+", "", body, flags=re.IGNORECASE), ctx.sent_at, author.tz, author.date_order,
                       keep_dates=value_date)
    if len(title) < 3:
        return None
    return TaskItem(title, _request_owner(sentence, frame, False), due, "open", "natural:requirement", sentence)


_REPORTED = re.compile(
    r"^(?:(?:i'm|i am|we're|we are)\s+(?:sorry|afraid)\s*,?\s*(?:but\s+)?|unfortunately,?\s+|just so you know,?\s+|fyi,?\s+)?"
    r"(?:the|our|my|their|your)?\s*[\w-]+(?:\s+[\w-]+)?\s+(?:says?|said|tells? (?:us|me)|told (?:us|me)|has confirmed|confirmed|"
    r"mentioned|reminded (?:us|me)|insists?)\s+(?:that\s+)?(?=(?:the|our|your|this|these|those|each|every|all)\s)",
    re.IGNORECASE,
)
_ARRIVAL_VERBS = frozenset({"arrive", "reach", "land", "get", "go", "be"})
_DEADLINE_BEFORE_DATE = re.compile(r"\b(?:by|before|until|till|no later than|in time for|ahead of|at the latest)\b", re.IGNORECASE)


def _assignments(sentence: str, frame: Frame) -> list[TaskItem]:
    """Named owners handed work: "Aisha, the agent sync is yours; Leo, you own the pushes"."""
    ctx = frame.ctx
    author = ctx.author
    out: list[TaskItem] = []
    for m in (_ASSIGN_YOURS.finditer(sentence) if may_match(_ASSIGN_YOURS, sentence) else ()):
        name = m.group("name") or m.group("name2") or m.group("name3")
        obj = m.group("obj") or m.group("obj2") or m.group("obj3")
        email = frame.index.lookup(name)
        if email is None or _PRONOUN_OBJECT.match(obj) or _BARE_PERSON.match(obj):
            continue
        due = pick_due(obj, ctx.sent_at, author.tz, author.date_order)
        title = make_title(re.sub(r"^(?:the|this|that)\s+", "", obj.strip(), flags=re.IGNORECASE),
                           ctx.sent_at, author.tz, author.date_order)
        if len(title) >= 3:
            out.append(TaskItem(title, email, due, "open", "natural:assignment", sentence))
    return out


# Verbs that, said to someone without a date or a please, are as often a pointer or a
# courtesy ("Sam, note the new address", "Sam, take a look", "Sam, help yourself")
_SEVERAL_ASKED = re.compile(r"^(?:one of you|either of you|one of us|someone|somebody)\s*,\s+(?=[a-z])", re.IGNORECASE)
_SOFT_IMPERATIVES = frozenset({"note", "look", "find", "follow", "help", "take", "do", "get", "back", "reach", "mark", "flag", "highlight",
                               "ask", "hold", "walk", "demo", "introduce", "cover", "train", "start", "plan", "ping", "reply", "call",
                               "contact", "drop", "set", "put", "keep", "make", "move", "switch", "lay", "pick", "load", "block", "lock"})


_JUST_REACH_ME = re.compile(r"(?:contact|call|email|e-mail|ring|phone|text|ping|message|reach(?:\s+out\s+to)?|write(?:\s+to)?)\s+"
                            r"(?:me|us)(?:\s+(?:anytime|any time|directly|again|back))?", re.IGNORECASE)
# ("Please bring your ID card and your safety boots": what to have on the day, not work,
# unless a day says when it is due)
_TO_HAVE_ON_THE_DAY = re.compile(r"bring\s+(?:along\s+)?(?:your|a|an|some|any|along|with)\b", re.IGNORECASE)
_NOUN_THEN_SUITS = re.compile(r"^\w+(?:\s+(?:on|at|in|for)\s+[^,;.!?]{1,30}?)?\s+(?:works|suits|is (?:fine|ok|okay|good|great|perfect))\b"
                              # ("Line 2 starts tomorrow." / "Line 3 is free from 23/11": a numbered thing and its state)
                              r"|^\w+\s+\d+[a-z]?\s+(?:is|are|was|were|starts|started|runs|ran|stops|stopped|opens|closes|goes|will|has|had)\b",
                              re.IGNORECASE)


# "Update on the SVLK documents: I called Kayu Lestari this morning": a label, not an order
_NEWS_LABEL = re.compile(r"^(?:quick\s+|short\s+|brief\s+)?(?:update|news|status|progress|heads[- ]up|note|reminder)\s+"
                         r"(?:on|about|re|regarding|from|for)\b[^:]{0,60}:", re.IGNORECASE)
# "They are ready to issue them": people ready to act
_READY_TO_ACT = re.compile(r"^(?:they|we|i|he|she|you)(?:\s+(?:are|is|am|were|was)|'re|'m)\s+(?:now\s+|all\s+)?ready\s+to\s",
                           re.IGNORECASE)


def _imperative(sentence: str, frame: Frame) -> TaskItem | None:
    """"Send me the final deck by Friday." - a bare command with a deadline."""
    ctx = frame.ctx
    author = ctx.author
    _, skip = sentence_vocative(sentence, frame.index)
    # "One of you, send me the crane company's insurance certificate by Friday the 13th.":
    # asked of several, so nobody's yet
    several = _SEVERAL_ASKED.match(sentence) if skip == 0 else None
    skip = several.end() if several else skip
    body = re.sub(r"^(?:(?:also|and|then|so|ok|okay)[,]?\s+)+", "", sentence[skip:], flags=re.IGNORECASE)
    words = body.split(None, 1)
    if len(words) < 2 or words[0].lower() not in ACTION_VERBS or not words[0][0].isupper() and skip == 0 or _NEWS_LABEL.match(body):
        return None
    if _NOUN_THEN_SUITS.match(body):
        # ("Demo on the 23rd works for us.": the first word was a thing, said to suit)
        return None
    if words[0].lower() == "back" and re.match(r"(?:in|on|at|from|home|to)\b", words[1], re.IGNORECASE):
        # ("Back in Honiara on the 2nd, sorry for going quiet": where the writer is again)
        return None
    if not (_IMPERATIVE_OBJECT.match(words[1]) or skip > 0 and words[1][:1].isupper()):
        # ("Einar, book Dóra for 28 Jan - 1 Feb by Friday.": a name is an object when said
        # to someone by name)
        return None
    due = pick_due(body, ctx.sent_at, author.tz, author.date_order)
    if _TO_HAVE_ON_THE_DAY.match(body) and due is None:
        return None
    if due is None and not re.search(r"\bplease\b", body, re.IGNORECASE) and not (
            # "Lan, sign the access form and send it back.": said to someone by name
            skip > 0 and words[0].lower() not in _SOFT_IMPERATIVES and not body.rstrip().endswith("?")):
        return None
    title = make_title(body, ctx.sent_at, author.tz, author.date_order)
    if len(title) < 3:
        return None
    owner = None if several else _request_owner(sentence, frame, False)
    return TaskItem(title, owner, due, "open", "natural:imperative", sentence)


# ---------------------------------------------------------------- decisions

_DEC_DECIDED = re.compile(
    # ("Our management board decided to add the Kalisz store": a body with its kind before it)
    r"\b(?P<subj>(?i:we|i|they|(?:the|our|my) (?:(?:management|executive|supervisory|advisory|project|leadership|editorial|"
    r"program(?:me)?|steering|parish|town|city|school|hospital)\s+)?(?:client|team|board|firm|company|partners|committee|council|owners?|directors|trustees|"
    r"founders|shareholders|"
    # ("The Wójt decided also that ...": a title or a name in any alphabet)
    r"family|practice|steering group|management team|team leader|team lead|manager|director|boss|ceo|chair|head of [a-z]+)|management|everyone)|"
    # ("Claire and me decided to keep the title": the writer and a colleague)
    r"[" + NAME_CAPITALS + r"][^\W\d_]+ (?i:and) (?i:i|me)|(?i:i|me) (?i:and) [" + NAME_CAPITALS + r"][^\W\d_]+|"
    r"the [" + NAME_CAPITALS + r"][^\W\d_]+|[" + NAME_CAPITALS + r"][^\W\d_]+|(?-i:[A-Z]{2,5}))\s*(?:'ve|'d|'re|(?i: have| has| had| are))?\s+"
    r"(?i:(?:just|finally|now|all|jointly|already|also|since|both|formally|unanimously)\s+)?(?P<verb>(?i:decided|agreed|chosen|chose|opted|settled|(?<=have )selected|(?<='ve )selected|elected(?=\s+to\s)|made the (?:call|decision)(?=\s+to\s)|"
    r"resolved(?=\s+to\s)|agree(?=\s+to\s)|decide(?=\s+to\s)|landed(?=\s+on\s)|voted(?=\s+(?:[\w ]{0,40}?\s+)?to\s)|"
    # "For the inner frames I decide we use kiln-dried rubberwood" (the plain present)
    r"(?<=i\s)decide(?=\s+(?:that\s+)?we\s)))\s+"
    # "We agreed last night to ..." / "We voted by email over the weekend to ..."
    r"(?i:(?:also|internally|together|between us|last night|this morning|yesterday|earlier today|over the weekend|unanimously|"
    # "The board agreed in September that ..."
    r"(?:in|back in|last|on) (?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|week|month|year)|"
    r"by email(?: over the weekend)?|with (?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?(?=\s+(?:to|on|that)\s)|(?:on|during|in|at|after) (?:the|our|today's|yesterday's|this morning's) (?:call|meeting|sync|review|workshop|catch-?up|standup))\s+)?(?P<prep>(?i:to|on|that|against|for|upon))?\s*(?P<body>\S.*)"
)
_DECISION_TOPIC = re.compile(r"^(?:for|about|on|regarding|as for|as to|concerning)\s+(?P<topic>(?:the|your|our)\s+[\w'-]+(?:\s+[\w'-]+)?)\s*,\s*$",
                         re.IGNORECASE)
_TOPIC_COLON = re.compile(r"^(?:about|on|re|regarding|as for|as to)\s+"
                          # ("On Bakyt's question about the voice-over: we've decided against it")
                          r"(?:(?:[\w'’-]+['’]s|your|the|my|our)\s+question\s+(?:about|on|of)\s+)?"
                          r"(?P<topic>(?:the|your|our)\s+[\w'-]+(?:\s+(?!(?:you|we|they|i|he|she|that|which|who)\b)[\w'-]+)?)\b[^:]{0,60}:\s*",
                          re.IGNORECASE)
_DEC_AND_AGREED = re.compile(
    r"\b(?i:we|management|the (?:board|trustees|committee|team|client|partners|directors|management)|"
    # ("Marieke and I talked it over and agreed: no children's rates for now")
    r"(?-i:[" + NAME_CAPITALS + r"])[^\W\d_]+ and (?:i|me))\s+(?:[a-z]+ed|met|spoke|went|sat down)\b[^.;?]{0,90}?\s+and\s+"
    # ("Management met this morning and has decided to go with Option B")
    r"(?:then\s+|finally\s+|all\s+)?(?:(?i:has|have)\s+)?(?P<verb>agreed|decided)(?:\s+(?:that\s+|to\s+|on\s+)?(?P<body>(?:the|our|we|to|on)\b\S*\s+\S.*)"
    r"|\s*:\s*(?P<body2>\S.{3,}))",
    re.IGNORECASE)
_YES_WE_WANT = re.compile(r"(?:^|[:;,—–]\s*)(?:yes|yep|yeah|yup|absolutely|definitely)[,!.]?\s+(?:we|i)\s+(?:do\s+|definitely\s+|really\s+)?"
                          r"(?:want|need|'d like|would like|'d love|would love)\s+(?P<body>(?:an?\s+|the\s+|some\s+)?[a-z][\w-]*(?:\s+[\w-]+){0,5})\s*(?:[.!,;]|$)",
                          re.IGNORECASE)
_DEC_LETS = re.compile(
    r"(?:^|[,;:—–]\s*|\b(?:so|ok|okay|then|great|perfect|fine|alright|good|also|and|but)[,!.]?\s+)(?:let'?s|let\s+us(?!\s+(?:know|see|hope|discuss|talk|chat|meet|check)\b)(?=\s+\w+\s[^?]*\bbecause\b))\s+"
    r"(?P<body>(?:go (?:ahead )?with|go for|use|stick with|keep|proceed with|move forward with|move ahead with|"
    r"switch to|drop|choose|pick|opt for|launch|ship|lock in|finali[sz]e|settle on|cancel|skip|scrap|ditch|"
    r"hold off on|freeze|approve|go live|leave\s+(?:the|our|it|them|that|this|out)\b(?=[^.;]*\b(?:off|out)\b)|remove|"
    # ("Let's do the interviews remotely – flights are too expensive": how the work is done)
    r"do\s+(?:the|our|all|both|it|them)\b(?=[^.;?]{0,50}?\b(?:remotely|in person|on-?site|ourselves|in-?house|online|by video|over zoom)\b)|"
    # ("let us record the VO here in Lagos, because ...": any verb, said with why)
    r"(?<=us\s)[a-z]+)\b.*)",
    re.IGNORECASE,
)
_DEC_GOING = re.compile(
    # ("we go for IPX6 and not IPX7": the plain present, as non-native writers decide)
    r"(?<!\bif\s)(?<!\bwhether\s)(?<!\bunless\s)(?<!\bwhen\s)(?<!\bonce\s)(?<!\bbefore\s)"
    r"\b(?:we|i)(?:'re| are|'ll| will|'ve| have|'m| am|'d like to| would like to| want to| prefer to|'d rather| would rather|"
    r"(?=\s+(?:(?:also|now|then|all|definitely)\s+)?(?:go|stick|opt|settle|skip)\s))\s+"
    r"(?:(?:now|officially|definitely|also|all|then)\s+)*"
    # ("We go forward with the Mercado direction")
    r"(?:going to go|going|gone|go|sticking|stick|proceeding|proceed|moving forward|move forward|moving ahead|move ahead|opting|opt|settling|settle)\s+"
    r"(?:ahead\s+|forward\s+)?(?:with|for|on|(?P<without>(?<=go\s)without))\s+(?P<body>\S.*)"
    # ("We skip the migration of the Cherwell knowledge base.": the plain present again)
    r"|(?<=\bwe\s)(?P<skip>skip)\s+(?P<body2>(?:the|our|all)\s+\S.*)",
    re.IGNORECASE,
)
# "The after-hours phone line stays on the old IVR for now, since our telephony contract with
# Eastlink runs until next fall": what is kept as it is, with why (without a reason it is
# news: "The shop stays open until six")
# a reason after a dash is a clause ("- the navy is our brand colour"), not a hedge ("- we will see")
_DASH_WHY = (r"(?=[^?]*\b(?:is|are|'s|'re|was|were|would|will|looks?|fits?|works?|reads?|feels?|has|have|matches|suits?|costs?|takes?|"
             r"gives?|shows?|needs?|wants?|knows?|uses?|likes?|loves?|prefers?|pays?|buys?|sells?|speaks?|sees?|comes?|goes|do|does|match|"
             r"don't|doesn't|can|can't|cannot|won't|must|should|[a-z]{3,}ed)\b)(?!(?:we|i)\s+(?:will|'ll|shall)\s+see\b)\S[^?]{3,}")
_SURE = r"(?:please|pls|definitely|for sure|of course|for us|without doubt)\b"
_DEC_STAYS = re.compile(r"^(?:(?:and|also|so)[,]?\s+)?(?P<body>(?:(?:the|our)\s+[^,;:]{2,50}?|(?-i:[A-Z])[a-z]{2,}s)\s+(?:stays|remains|stay|remain|will stay|will remain)\s+"
                        r"(?:on|with|in|at|as)\s+[^,;:]{2,50}?(?:\s+for now)?(?:,?\s+(?:since|because|as)\s+\S.*|"
                        # ("The blend names stay in Guaraní in all three languages – they are part of our brand.")
                        r"(?:\s+[—–-]|,)\s+(?=(?:it|they|this|that|we|our|the|people|customers|clients|buyers|all|most)\b)(?P<why>" + _DASH_WHY + r")))$",
                        re.IGNORECASE)
_DEC_LABEL = re.compile(
    r"^(?:(?:and|also|so|ok|okay)[,]?\s+)?(?:final decision|(?:team|board|management|joint|group|internal)\s+decision|decision|decided|approved|verdict|conclusion|resolution|sign-?off|signed off|our decision|the decision|my decision|"
    r"final answer|final call|final word|the verdict|outcome|"
    # "One thing Gareth and I have decided: we'll give the bedding sizes in cm ..."
    # ("One thing the board decided: the gift shop page stays out of the first version")
    r"(?:one|another)\s+(?:more\s+)?thing\s+[^:]{1,40}?\s+(?:(?:have|has|'ve)\s+(?:also\s+)?decided|(?:also\s+)?decided|agreed))"
    # ("Decided internally: no weekend work on this project")
    # ("Final answer from our side on the packaging: each stole goes in a cotton dust bag")
    r"(?:\s+(?:from|of)\s+(?:our|my)\s+(?:side|end|team|board|part))?"
    r"(?:\s+(?:internally|today|yesterday|this\s+morning|on\s+[^:]{1,40}))?\s*(?::|\s[-–—])\s*(?P<body>\S.*)",
    re.IGNORECASE,
)
# "Going forward we will keep the old site live" - a rule the team sets for itself.
_DEC_POLICY = re.compile(
    r"^(?:(?:and|so|also)[,]?\s+)?(?:going forward|from now on|from here on(?: in)?|moving forward|in future|in the future|"
    r"from next week|starting (?:today|now|next week|this week|monday))[,]?\s+(?:we|i|everyone|all of us)\s*"
    r"(?:'ll|'re going to|'d like to| will| are going to| shall| would like to)\s+(?P<body>\S.*)"
    r"|\b(?:we|i)(?:'ll| will| are going to|'re going to)\s+(?P<body2>\S.{3,}?)\s+(?:going forward|from now on|moving forward|from here on(?: in)?)\b"
    # "Going forward, all drawings need to follow ASME Y14.5-2018"
    r"|^(?:(?:and|so|also)[,]?\s+)?(?:going forward|from now on|from here on(?: in)?|moving forward|in future|in the future)[,]?\s+"
    r"(?P<body3>(?:all|every|each|our|the)\s+\S.+)",
    re.IGNORECASE,
)
# "We're planning to use Netlify for hosting" - a chosen tool or route, stated as the plan.
_DEC_PLAN = re.compile(
    r"\b(?:we|i)(?:'re| are|'m| am)\s+(?:now\s+|currently\s+)?(?:planning|intending)\s+(?:on\s+using\s+(?P<using>\S.*)|to\s+(?P<body>"
    r"(?:use|adopt|switch to|move to|migrate to|go with|host (?:it |the \w+ )?(?:on|with)|stick with|standardi[sz]e on|drop|skip|scrap|cancel)\b.*))"
    r"|\b(?:we|i)\s+(?:plan|intend)\s+to\s+(?P<body2>(?:use|adopt|switch to|move to|migrate to|go with|stick with|standardi[sz]e on|drop|skip|scrap|cancel)\b.*)",
    re.IGNORECASE,
)
# "We're not doing the in-app chat for launch" / "we're dropping the blog" - descoping.
_DEC_NOT_DOING = re.compile(
    r"\b(?:we|i)(?:'re| are|'ll| will|'m| am)?\s*(?:(?:not|no longer)\s+(?:be\s+)?(?P<neg>doing|building|including|pursuing|offering|"
    # ("We're not posting any of the three roles on LinkedIn")
    r"going ahead with|launching|shipping|translating|supporting|posting|publishing|hiring|printing|renewing|running|hosting|advertising)|(?P<drop>dropping|skipping|scrapping|shelving|parking|descoping|cutting))\s+"
    r"(?P<body>(?:the|our|any|an?)\s+(?!(?:\w+\s+)?(?:standup|stand-up|call|meeting|sync|catch-?up|check-?in)\b)\S.*"
    # ("We're dropping Flutter for this project and going native Kotlin": a tool by its name)
    r"|(?<=dropping\s)(?-i:[A-Z])[\w.+#-]+\b(?!\s+(?:off|by|at|in|to|a|an)\b).*"
    # "We're not doing sitewide again"
    r"|(?<=doing\s)[\w-]+(?:\s+[\w-]+)?\s+(?:again|any ?more|this (?:time|year))\b.*)"
    r"|\bwe\s+(?:also\s+)?(?:won't|will not)\s+(?:also\s+)?(?:be\s+)?(?P<neg2>doing|do|building|build|including|include|pursuing|pursue|offering|offer|"
    r"launching|launch|using|use|posting|post|publishing|publish|hiring|hire|printing|print|renewing|renew)\s+"
    r"(?P<body2>(?:the|our|any|an?)\s+\S.*)"
    # "We're not pitching naming rights to the banks this year" / "We won't be putting in a
    # flying fox this time": any work, turned down for a stated round
    r"|\bwe(?:'re| are|\s+won't\s+be|\s+will\s+not\s+be)\s+(?:not\s+)?(?<!won't be not )(?P<neg3>[a-z]{3,}ing)\s+(?P<body3>[^,;?]{3,80}?)\s+"
    r"(?=(?:this\s+(?:year|time|round|season|phase)|any\s?more|again)\b)",
    re.IGNORECASE,
)
# "Yes we're keeping Afterpay, it's about 40% of our orders" / "we're excluding your brand
# terms from PMax, because ..." / "I'm moving us to Judge.me instead": a choice, stated as
# what is now being done
_DEC_CHOOSING = re.compile(
    r"(?:^|[,;:—–]\s*|\b(?i:yes|so|and|also|ok|okay|that)[,!]?\s+)(?i:we|i)(?:'re| are|'m| am)\s+(?:now\s+|definitely\s+|still\s+)?"
    r"(?P<verb>keeping|excluding|extending|switching|staying|retiring|moving)\s+"
    r"(?P<body>(?:(?<=switching\s)to|(?<=staying\s)(?:with|on)|(?<=moving\s)(?:us|everyone|everything|it|them)\s+(?:over\s+)?to)\s+\S.*"
    # ("we are keeping only the 250 g and the 1 kg bags")
    r"|(?<!switching\s)(?<!staying\s)(?<!moving\s)(?:(?<=keeping\s)only\s+)?(?:the|our|your|their|this|that|all|[A-Z])\S*.*)",
)
_NOT_YET_TIMING = re.compile(r"\b(?:until|till|before|yet|today|tomorrow|tonight|right now)\b", re.IGNORECASE)
_ING = {"do": "doing", "build": "building", "include": "including", "pursue": "pursuing", "offer": "offering",
        "launch": "launching", "use": "using", "post": "posting", "publish": "publishing", "hire": "hiring", "print": "printing",
        "renew": "renewing"}
# "Option B for the hero please" / "Version 2 it is" - picking one of the offered choices.
_DEC_OPTION = re.compile(
    r"^(?i:(?:ok(?:ay)?|so|great|right|then|thanks)[,!.]?\s+)?(?i:(?:let's go with|we'll take|we'll go for|we'd like|we want)\s+)?"
    r"(?P<body>(?i:option|version|variant|concept|proposal|route|layout|mock-?up|draft|direction)\s+(?:[A-Z]|\d{1,2}|(?i:one|two|three|four))\b"
    r"(?:\s+(?i:for|on|as|in)\s+[^.!?,]{1,40}?)?)\s*,?\s*(?i:please|it is|it'll be|for us|is the one|wins|gets our vote|all the way|for sure)\b"
    # ("Option B, because our clients always look at the price first")
    r"|^(?P<body2>(?i:option|version|variant|concept|proposal)\s+(?:[A-Z]|\d{1,2}))(?=,?\s+(?i:because|since)\s)",
)
# "Fiona has signed off on the menu copy" - someone else's approval, by name.
_DEC_APPROVE_OTHER = re.compile(
    r"\b(?P<who>[" + NAME_CAPITALS + r"][a-z]+)(?:'s)?\s+(?:(?:has|have|just|now|finally|officially|formally)\s+)*(?:approved|signed off(?: on)?|green-?lit|okayed|ok'd)\s+(?P<body>\S.*)"
)
_DEC_AGREED = re.compile(r"^(?:(?:ok(?:ay)?|yes|great|fine)[,!]?\s+)?agreed\b[\s,:;.!—–-]*(?:(?:on|to|that|with)\s+)?(?P<body>\S.*)", re.IGNORECASE)
_DEC_GO_AHEAD = re.compile(r"(?:^|[,;:—–]\s*|\bplease\s+|\byou can\s+|\bfeel free to\s+)go ahead (?P<how>with|and)\s+(?P<body>\S.*)", re.IGNORECASE)
_DEC_APPROVE = re.compile(
    r"\b(?:we|i|the client|the board|legal|management|they|everyone|the team|the (?:\w+\s+)?(?:committee|council|steering group|directors|partners|owners?|board)|"
    r"(?-i:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+[" + NAME_CAPITALS + r"][\w'-]+))\s+"
    r"(?:(?:have|has|'ve|'s|hereby|officially|formally|now|just|finally)\s+)*(?:approve|approved|sign off on|signed off(?: on)?|green-?light|green-?lit)\s+(?P<body>\S.*)",
    re.IGNORECASE,
)
_DEC_IS_APPROVED = re.compile(
    r"^(?P<subj>(?:the|our|your|this)\s+[\w /&'-]{2,60}?)\s+(?:is|are|has been|have been)\s+(?:now\s+|officially\s+|formally\s+)?"
    r"(?:approved|signed off|green-?lit)\b|"
    # "Menu approved!" - a short verdict line
    # ("I will revert once approved" waits for an approval)
    r"^(?P<subj2>[" + NAME_CAPITALS + r"][\w/&'-]*(?:\s+(?!(?:has|have|had|will|'ll|once|when|if|until|till|after|before)\b)[\w/&'-]+){0,3})"
    r"(?<!\bonce)(?<!\bwhen)(?<!\bif)\s+(?:approved|signed off|green-?lit)\s*[.!]*$|"
    # "Euro only for the prices on the landing page - approved."
    r"^(?P<subj3>(?-i:[" + NAME_CAPITALS + r"])[^,;:?—–]{2,70}?)(?:\s+[-–—]|:)\s+(?:approved|signed off|green-?lit)\s*[.!]*$",
    re.IGNORECASE,
)
_DEC_GO_FOR_IT = re.compile(r"^(?:(?:yes|ok|okay|sure|great)[,!]?\s+)?go for it\b[\s,.!;—–-]*(?P<body>.*)$", re.IGNORECASE)
_DEC_AS_AGREED = re.compile(
    # ("As we agreed on the phone, Aizada: the mobile app is out of phase 1")
    r"^(?:(?:and|so|also)\s+)?as (?:we )?(?P<said>agreed|discussed|decided)(?:\s+[^,:]{1,40})?(?:,|:|\s[–—-])\s*(?:(?-i:[A-Z])[\w'-]+\s*:\s+)?(?P<body>\S.*)"
    # "Confirming what we agreed: ..." / "To confirm what we decided on the call - ..."
    r"|^(?:just\s+)?(?:confirming|to confirm|to recap|recapping)\s+(?:what\s+)?(?:we|you and i|we all)\s+(?:agreed|decided|settled on)"
    r"(?:\s+[^:,–—-]{1,40})?\s*[:,–—-]\s*(?P<body2>\S.*)",
    re.IGNORECASE)
_WHERE_AGREED = re.compile(r"(?:(?:on|in|at|during|after|over)\s+)?(?:the|our|a|this|yesterday's|today's|last\s+week's|friday's|monday's)\s*"
                           r"(?:phone|call|meeting|video\s*call|videocall|zoom|teams|workshop|visit|whatsapp)\b[^,:]{0,30}[,:]", re.IGNORECASE)
# (the same groups as _DEC_AS_AGREED; "body2" never takes part)
_AS_AGREED_BARE = re.compile(r"^(?:(?:and|so|also)\s+)?as (?:we )?(?P<said>agreed|discussed|decided)\s+(?P<body>(?:we|i)\s+\S.*)(?P<body2>(?!))?",
                             re.IGNORECASE)
_WHO_DOES_IT = re.compile(r"\bwill be (?:handled|done|owned|covered|managed|taken care of|run|hosted|paid)\b|\bon (?:our|your|their) (?:side|end)\b",
                          re.IGNORECASE)
# "As discussed, we confirm Barcelona and the dates ...": the writer settles it now
_WE_SETTLE = re.compile(r"(?:we|i)\s+(?:(?:hereby|can|now)\s+)?(?:confirm|agree|approve|accept|choose|chose|pick|picked|prefer|"
                        r"go with|are going with|'re going with|have decided|'ve decided|decided)\b", re.IGNORECASE)
_SETTLED_COURSE = re.compile(
    r"^(?:we|i)(?:'ll| will|'re going to| are going to|'re| are)\s+(?:now\s+|just\s+|also\s+)?"
    r"(?:(?:use|go with|stick with|keep|support|drop|skip|leave|leaving|switch|program|build|launch|run|host|do|"
    r"dropping|skipping|keeping|using|going with|sticking with|switching|moving|move|cut|cutting|limit|limiting|standardi[sz]e)\b"
    r"|[a-z]+\b[^.?!]*\b(?:rather than|instead of)\b)",
    re.IGNORECASE)
# "As discussed, the legal hold notice went out to all nine custodians last Wednesday": what
# happened, not what was decided
_NEWS_REPORT = re.compile(r"^(?:the|our|your|all|both)\b[^,;:]{2,60}?\s(?:went out|came in|came back|arrived|landed|was sent|were sent|"
                          r"has been sent|have been sent|was delivered|were delivered|has gone out|have gone out)\b", re.IGNORECASE)
# "As agreed on Tuesday, I set out below the plan": what the mail itself does, not a decision
_WISH_OR_LIST = re.compile(r"^(?:we|i)\s+(?:want|wish|need|would\s+like|'d\s+like)\s+to\b|:\s*$", re.IGNORECASE)
_ABOUT_THIS_MAIL = re.compile(r"(?:(?:of|from|on|in)\s+[^,;]{2,30},\s*)?"
                              # ("As agreed in our call, hereby the requirements ...")
                              r"(?:(?:hereby|herewith)\b|(?:i|we)\s+(?:also\s+)?send\s+you\b|(?:i|we)(?:'ve| have)?\s+(?:set out|attach(?:ed)?|enclose(?:d)?|summari[sz]e(?:d)?|list(?:ed)?|outline(?:d)?|"
                              r"put together|share(?:d)?|include(?:d)?)\b|(?:i'm|i am|we're|we are)\s+(?:copying|cc'?ing|attaching|sending|including|"
                              r"adding|looping|sharing|forwarding|summari[sz]ing|listing|putting)\b|(?:here|below)\s+(?:is|are)\b|please find\b|"
                              # "As discussed, here's where we landed and what we need from you"
                              r"here(?:'s|\s+is)\s+(?:where|what|how)\b|(?:attached|enclosed)\s+(?:is|are)\b|"
                              # "As discussed, a short summary so we are all on the same page"
                              r"(?:a|an|my|our)\s+(?:short\s+|quick\s+|brief\s+)?(?:summary|recap|overview|rundown|write-?up)\b)",
                              re.IGNORECASE)
# "Happy to park the share button for now" - consent to a proposed course, not an offer
# of help ("happy to help", "happy to chat" name no course of action).
_DEC_HAPPY_TO = re.compile(
    r"(?:^|\band\s+(?=we|i\b)|[,;:]\s*(?=we|i\b))(?:(?:yes|yep|ok(?:ay)?|sure|fine|great|sounds good|that works|no problem)[,!.]?\s+)*(?:(?:we're|we are|i'm|i am|we'd be|i'd be|we'll be)\s+)?"
    r"(?:very\s+|more than\s+|quite\s+)?happy\s+(?:for you\s+|for us\s+)?to\s+(?P<verb>park|drop|skip|shelve|defer|postpone|descope|"
    r"go with|go ahead with|proceed with|stick with|keep|leave|hold off on|move ahead with|switch to|use|cut)\s+(?P<body>\S.*)",
    re.IGNORECASE,
)
# "Launch is a go for Monday 5 July" / "The reprint is a go."
_DEC_IS_A_GO = re.compile(
    r"^(?:(?:so|great news|good news|ok(?:ay)?)[,!:]?\s+)?(?P<subj>(?:the\s+|our\s+)?[\w'&/-]+(?:\s+[\w'&/-]+){0,4}?)\s+(?:is|are|'s)\s+(?:officially\s+|now\s+)?"
    r"a\s+go(?![\w-])(?P<rest>[^?]*)$",
    re.IGNORECASE,
)
_DEC_IT_IS = re.compile(r"^(?:[^.?!]{0,80}[,:]\s*)?(?:(?:ok(?:ay)?|so|right|then|great|fine|alright|perfect|yay)[,!.]?\s+)*"
                        # ("The budget is the way it is": a fact, no choice)
                        # ("the waitlist stays as it is": how a thing is left, no pick)
                        # ("Dark green and cocoa brown for the lower thirds it is.")
                        r"[\"“”]?(?P<body>(?:(?!\b(?:is|are|was|were|way|as|like|how|what|where|when|which|who|that|there|here|stays?|remains?|"
                        r"leave|keep|take)\b)[\w'&/ -]){2,60}?)[\"“”]?"
                        # ('Direction B ("River") it is!' / "Android only it is for Phase 1, no iOS: ...")
                        r"(?P<paren>\s*\([^()]{1,40}\))?\s+it is(?:\s+then)?(?:\s+for\s+(?!(?:me|us|now|sure)\b)[^,:;.!?—–]{2,30}?)?(?:,\s+no\s+[^,:;.!?—–]{2,30})?"
                        # ("Hetzner it is then, it is half the price" / "Air it is — by sea the
                        # stoles would arrive after the cool season": why, after it)
                        # ("Variant B it is, because our product photos stand out more on the white")
                        r"(?:\s*[.!]*$|,\s+(?P<rest>(?:it|this|that|they)(?:'s|\s+is|\s+are|'re)\s+[^?]{3,})|(?:,|:|\s+[—–-])\s+(?:because\s|since\s)?"
                        r"(?P<why>(?<=because\s)[^?]{3,}|(?<=since\s)[^?]{3,}|" + _DASH_WHY + r"))", re.IGNORECASE)


def _echoes_client(frame: Frame) -> bool:
    """A team member writing to a client: "X it is" repeats the client's choice."""
    ctx = frame.ctx
    if ctx.author.role != "team":
        return False
    roles = {m.email: m.role for m in ctx.members}
    return any(roles.get(addr) == "client" for addr in (*ctx.to, *ctx.cc))


# More ways a settled course is stated, each (pattern, rule, summary prefix); a "verb"
# group, when there is one, starts the summary.
_NOT_PERSON = r"(?!(?:you|u|them|him|her|us|everyone|everybody|an eye|track|in touch|going|trying|working|posted|updated)\b)"
_GERUND_BASE = {"going": "go", "sticking": "stick", "staying": "stay", "proceeding": "proceed"}
# (verbs of a cause said first that _HAS_VERB does not know: "17 of 23 testers gave up at the
# registration step, so ...", "Since the booking form is what you need before the peak, ...")
_PAST_OR_PRESENT = re.compile(r"\b(?:gave|said|told|found|saw|paid|sold|spent|chose|(?:you|we|they|i)\s+(?:need|want|prefer|use|know|expect))\b",
                              re.IGNORECASE)
# ("..., so let's leave the FSC logo off": the cause before it too)
_CAUSE_THEN_DECIDED = re.compile(r"^(?:[^:]{1,30}:\s+)?(?P<why>.{8,200}?),?\s+so\s+(?:(?:we|i)(?:'ve| have)?\s+(?:now\s+)?(?:decided|agreed|chosen)\b|let'?s\b)"
                                 # "Because the timeline is tight, we will put two translators on the project"
                                 r"|^(?:(?:and|so|also)[,]?\s+)?because\s+(?P<why2>[^,]{8,120}),\s+(?:we|i)(?:'ll|\s+will)\s"
                                 # "Since the booking form is what you need before the peak, we have decided to ..."
                                 r"|^(?:(?:and|so|also)[,]?\s+)?(?:because|since|given\s+that)\s+(?P<why3>[^,]{8,160}),\s+(?:we|i)(?:'ve|\s+have)?\s+"
                                 r"(?:now\s+|also\s+)?(?:decided|agreed|chosen)\b", re.IGNORECASE)
_DROPPED_BASE = {"dropped": "Drop", "cut": "Cut", "removed": "Remove", "scrapped": "Scrap", "shelved": "Shelve", "parked": "Park",
                 "ruled out": "Rule out"}
_DEC_WE_DROPPED = re.compile(r"^(?:(?:ok|so|also|and)[,]?\s+)?(?:we|i)(?:'ve| have)?\s+(?:now\s+|also\s+)?(?P<past>dropped|cut|removed|scrapped|shelved|parked|ruled out)\s+"
                             r"(?P<body>(?:the|our)\s+(?![^,;?]*\b(?:at|off|to|into|on|in|from|by|with)\b)[^,;?]{2,60}?(?:\s+(?:module|section|question|questions|feature|scene|page|item|option|idea|step))?"
                             r"(?:,\s*[^?]+)?)$", re.IGNORECASE)
# "We're moving go-live to Tue 1 Dec — launching into Black Friday ... isn't worth the
# risk": a milestone's day set, not a piece of work late (see ingest.extraction._milestone_moved)
MILESTONE_MOVE = re.compile(
    r"^(?:(?:and|so|also|ok|okay)[,]?\s+)?(?:we|i)(?:'re| are|'ll| will|'ve| have)\s+(?:now\s+|also\s+)?"
    r"(?:moving|move|moved|pushing|push|pushed|bringing\s+forward|bring\s+forward|brought\s+forward)\s+"
    r"(?P<body>(?:the\s+|our\s+)?(?:go-?live|launch|cut-?over|release|opening|kick-?off|premiere|ceremony|wedding|"
    r"conference|workshop|webinar|event|start\s+on\s+site|site\s+start)\b[^?]*?\s(?:to|until|till)\s[^?]+)$", re.IGNORECASE)
# "Note: ...", "Update: ...": labels, not the topic a verdict is on
_NOT_A_TOPIC = r"(?!(?:note|ps|fyi|q|question|update|status|re)\b)"
# a day or month said: a course with one is a promise or a date moved, not a way chosen
_DAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH_NAME = r"(?:(?:jan|febr)uary|march|april|may|june|july|august|(?:sept|nov|dec)ember|october)"
_DEC_MORE: tuple[tuple[re.Pattern[str], str, str], ...] = (
    # "Because the sea-cans stay on the east side, we moved the main entrance to the south side":
    # why first, then the change made
    # (not "Because of the holiday, we moved the call to Tuesday": a day moved, said elsewhere)
    (re.compile(r"^(?:because|since)\s+(?!of\b)(?![^?]*\bto\s+(?:" + _DAY_NAME + r"|the\s+\d|\d))(?P<why>[^,;?]{5,120}),\s+we(?:'ve|\s+have)?\s+(?P<body>(?:moved|changed|switched|dropped|replaced|swapped|shifted|"
                r"went\s+with|chose|picked|decided\s+to)\s[^?]{3,})$", re.IGNORECASE), "natural:change-course", ""),
    # "We stay online only, no TV spot for now - between the licence and the airtime it is too
    # expensive": one way kept, the other turned down, and why
    # ("About the TV: we talked with Efisio yesterday and we stay online only, no TV spot for now — ...")
    (re.compile(r"^(?:(?:about|regarding|on|re)\s+[^:]{2,30}:\s+)?(?:we\s+(?:talked|spoke|discussed\s+it)\s[^,;:?]{2,50}?\s+and\s+)?"
                r"(?:(?:so|and|then)[,]?\s+)?we(?:'ll|\s+will)?\s+(?P<body>(?:stay|stick|keep|go)\s+[^,;?]{2,40}?,\s+no\s+[^,;?–—-]{2,40}?)"
                r"\s+[-–—]\s+(?P<why>\S[^?]{5,})$", re.IGNORECASE), "natural:instead-of", ""),
    # "No drone, then: we'd rather put the money into the dinner." / "No EU: the excise paperwork
    # isn't worth it for a handful of bottles.": a thing ruled out, and why
    (re.compile(r"^no\s+(?P<body>(?!(?:problem|problems|worries|worry|rush|hurry|need|idea|news|change|changes|thanks|way|doubt|pressure|stress|"
                r"issue|issues|luck|reply|answer|response|one|chance|time|more|longer|matter|offence|offense|question|questions|comment|comments|"
                r"big deal|sweat|harm|excuse|wonder)\b)(?-i:[A-Za-z])[\w'’ -]{1,30}?)(?:,?\s+then)?\s*[:–—]\s*"
                r"(?P<why>(?:we'd rather|we would rather|(?:the|it|it's|they|they're|that|there's|there is|we\s+(?:don't|can't|won't|have|need))\b)[^?]{5,})$",
                re.IGNORECASE), "natural:not-doing", "No "),
    # "We're not using Rio Valley Transport on this account." / "we're not going to pitch naming rights"
    (re.compile(r"^(?:(?:and|so|also|ok|okay)[,]?\s+)?(?:we|i)(?:'re| are|'m| am)\s+not\s+(?:going\s+to\s+)?"
                r"(?P<body>(?:us(?:e|ing)|go(?:ing)?\s+with|work(?:ing)?\s+with|offer(?:ing)?|pitch(?:ing)?|print(?:ing)?)\s+"
                r"(?!(?:it|that|this|them|you|him|her|anymore)\b)(?![^?]*\byet\b)[^?]{3,})$", re.IGNORECASE), "natural:plan", "Not "),
    (MILESTONE_MOVE, "natural:plan", "Move "),
    # "We'll use Abstellzone throughout" / "we will use the metric units everywhere"
    (re.compile(r"^(?:(?:and|so|also|ok|okay)[,]?\s+)?(?:we|i)(?:'ll| will|'re going to| are going to)\s+"
                r"(?P<body>use\s+[^,;?–—]{2,60}?\s+(?:throughout|everywhere|across the board|from now on|going forward)\b[^?]*)$", re.IGNORECASE),
     "natural:plan", ""),
    # "we're going to keep every lecture video under 12 minutes and split longer topics into parts"
    (re.compile(r"\b(?:we|i)(?:'re| are|'m| am)\s+going\s+to\s+(?P<body>(?:keep|cap|limit|stick\s+with|drop|skip)\s+"
                r"(?:every|each|all|the|our|it|them)\b[^?]{3,})$", re.IGNORECASE), "natural:plan", ""),
    # "We'll have to go 5.5 x 8.5, I'm afraid": a choice forced by the numbers
    (re.compile(r"\b(?:we|i)(?:'ll| will)?\s+(?:have|need)\s+to\s+go\s+(?:with\s+|for\s+)?"
                r"(?P<body>(?!(?:to|back|home|out|through|over|ahead|on|in|up|down|and|now|there|here)\b)(?:[^,;.?]|\.(?=\d)){2,60}?)\s*(?:,|\.|$)",
                re.IGNORECASE),
     "natural:forced-choice", "Go "),
    # "English only in the screens, no Dutch version."
    (re.compile(r"^(?P<body>[" + NAME_CAPITALS + r"][\w'-]*(?:\s+[\w'-]+)?\s+only\b[^,;?]{0,40}),\s*no\s+[^,.;?]{2,40}[.!]?$"), "natural:only-please", ""),
    # "one thing I forgot to put in the brief: metric only please, no cups"
    (re.compile(r"(?:^|:\s+)(?P<body>[a-z][\w' -]{1,30}?\s+only(?:,)?\s+please\b(?:,\s*(?:no|not)\s+[^,.;?]{2,30})?)\s*[.!]?$", re.IGNORECASE),
     "natural:only-please", ""),
    # "we accept your proposal to move the gate to the back side of the housing"
    (re.compile(r"\b(?:we|i)\s+(?:(?:are|'re|am|'m)\s+happy\s+to\s+|(?:will|'ll|can|hereby|fully|gladly)\s+)?(?:accept|approve|agree\s+(?:to|with))\s+"
                r"(?:your|the|their|his|her|[" + NAME_CAPITALS + r"][\w'-]+'s)\s+(?:proposal|suggestion|recommendation|proposed\s+change|idea)\s+"
                r"(?:to|of)\s+(?P<body>[a-z][^?]{3,})$", re.IGNORECASE), "natural:accepted", ""),
    # "one decision from our side: ingress goes through the AWS Load Balancer Controller"
    (re.compile(r"\b(?:one|a|another|the|our|my|final)\s+decision(?:\s+(?:from|on)\s+(?:our|my|your|their)\s+side)?"
                # "..., after a long discussion with our management:"
                r"(?:,\s*(?:after|following|based on)\s+[^:;?]{3,80})?\s*:\s*(?P<body>\S[^?]+)$",
                re.IGNORECASE), "natural:decision-label", ""),
    # "And the Spanish version we drop, we stay with French and English." / "The drone we leave
    # at home, because ...": the thing given up said first
    (re.compile(r"^(?:(?:and|so|also|but)[,]?\s+)?(?P<body>(?:the|our)\s+(?!(?:rest|others?|one|ones|same)\b)[\w'’ -]{2,40}?)\s+(?:we|i)(?:'ll|\s+will)?\s+"
                r"(?:drop|skip|cancel|leave\s+out|cut|remove|leave\s+(?:at\s+home|behind))\b(?![^?]*\b(?:if|unless|later|for\s+now)\b)"
                r"(?:[^?]*?,?\s+(?:because|since)\s+(?P<why>[^?]+)|[^?]*)$", re.IGNORECASE),
     "natural:not-doing", "Drop "),
    # "For those 12 agents the direction approved to buy new phones": the management's yes
    (re.compile(r"\b(?:the|our|my)\s+(?:direction|management|board|director|directors|committee|ceo|boss|owners?|partners|head\s+office)\s+"
                r"(?:has\s+|have\s+|finally\s+|already\s+|now\s+)*(?:approved|agreed|accepted)\s+to\s+(?P<body>[a-z]+\s+[^,;?]{2,80}?)(?:,[^?]*|\s*[.!]?)$",
                re.IGNORECASE), "natural:approve", ""),
    # "go with datadog." - the choice, bare
    (re.compile(r"^(?:(?:ok|okay|fine|yes|yep|right|so|then)[,!.]?\s+)?(?P<verb>go with|stick with|stay with)\s+(?P<body>[^?]{2,80})$", re.IGNORECASE),
     "natural:going-with", ""),
    # "We've dropped the blog section since nobody reads it" / "we have removed X from scope"
    (re.compile(r"\b(?:we|i)(?:'ve| have)\s+(?:now\s+|also\s+|just\s+|decided to\s+)?(?P<verb>dropped|removed|cut|scrapped|descoped|shelved|parked|cancell?ed|"
                r"paused|postponed|deferred)\s+(?P<body>(?:the|our|any|an?)\s+\S.*)", re.IGNORECASE), "natural:not-doing", ""),
    # "Going with the oak flooring." / "Sticking with the current supplier for now."
    (re.compile(r"^(?:(?:so|ok(?:ay)?|then|right|in the end)[,!]?\s+)?(?P<verb>going|sticking|staying|proceeding)\s+(?:ahead\s+)?with\s+(?P<body>\S.*)",
                re.IGNORECASE), "natural:going-with", ""),
    # "Let's not add the chat widget for launch"
    (re.compile(r"(?:^|[,;:—–]\s*|\b(?:so|ok|okay|then)[,!.]?\s+)let'?s\s+not\s+(?P<body>\S.*)", re.IGNORECASE), "natural:lets", "Not "),
    # "Please proceed with the print run" / "you can proceed with phase 2"
    (re.compile(r"(?:^|[,;:—–]\s*|\bplease\s+|\byou can\s+|\bfeel free to\s+|\bok(?:ay)? to\s+|\bfine to\s+)(?:go ahead and\s+)?proceed\s+with\s+(?P<body>\S.*)",
                re.IGNORECASE), "natural:go-ahead", "Proceed with "),
    # "The plan is to launch on the 14th" / "Final decision is to keep the old domain"
    # ("Our choice is the steel frame.")
    (re.compile(r"^(?:(?:so|ok(?:ay)?)[,]?\s+)?(?:the|our|my)?\s*(?:final\s+)?(?:plan|decision|consensus|conclusion|agreement|verdict|outcome|"
                # ("Our choice is the blue palette" names the option: a pick, below)
                r"(?<=our )choice(?=\s+(?:is|was)\s+to\b)|(?<=our final )choice(?=\s+(?:is|was)\s+to\b))\s+(?:is|was|now is|is now)\s+(?:to\s+|that\s+)?(?P<body>\S.*)",
                re.IGNORECASE), "natural:plan", ""),
    # "We'll keep the current logo as is"
    (re.compile(r"\b(?:we|i)(?:'ll| will|'re going to| are going to| shall)\s+(?:just\s+|definitely\s+)?(?P<verb>keep|retain|stick with|stay with|stay on)\s+"
                # ("Of course we will keep the quality level as agreed": a reassurance, nothing settled)
                + _NOT_PERSON + r"(?P<body>(?:the|our|your|it|this|that|these|those)\b(?![^.]*\bas\s+(?:agreed|discussed|planned|promised|always|usual|before)\b).*"
                # "We'll keep BI in house": a named thing kept where it is
                r"|(?-i:[" + NAME_CAPITALS + r"][A-Za-z0-9&-]*)\s+(?:in[- ]house|as it is|as is|on\s+(?:the|our|its)\s+\w+|where it is|unchanged|for now)\b.*)",
                re.IGNORECASE), "natural:keep", ""),
    # "Regarding the screenshots: they stay in German." - a topic, then how it stays
    (re.compile(r"^(?:regarding|about|on|as for|as to|re|concerning)\s+(?P<topic>(?:the|our|your)\s+[^:,]{2,40}?)\s*[:,–—-]\s*"
                r"(?:they|it)(?:'ll|\s+will|\s+should)?\s+(?P<body>(?:stay|stays|remain|remains)\s+[^?]{2,60})$", re.IGNORECASE),
     "natural:keep", ""),
    # "Wren: keep katakana レン." - a topic, then the call made on it
    (re.compile(r"^(?!(?:note|notes|reminder|tip|ps|p\.s|fyi|nb|n\.b|todo|to do|action|actions|next steps?|please|pls)\s*:)"
                r"[\w'’ -]{2,30}:\s+(?P<body>(?:keep|go with|stick with|stay with|drop|skip|(?:we're\s+|we are\s+)?going (?:with|for))\s+"
                r"(?!(?:me|us|you|him|her|them|it|in)\b)\S.*)$",
                re.IGNORECASE), "natural:keep", ""),
    # "Based on Kübra's survey we will put the bathrooms in the first phase": a plan drawn
    # from what was learned
    (re.compile(r"^(?:based on|in light of|following|given|after (?:reading|seeing|reviewing))\s+[^,;:]{3,50}?,?\s+we(?:'ll| will|'re going to| are going to)\s+"
                r"(?!(?:send|get back|let you know|come back|be in touch|need|have to)\b)(?P<body>\S[^?]*)$", re.IGNORECASE), "natural:plan", ""),
    # "Decided to file in Jan 2027, not Dec." - the subject left out
    (re.compile(r"^(?:(?:ok|okay|so|and|also|in the end)[,]?\s+)?decided\s+(?:to|on)\s+(?P<body>\S[^?]*)$", re.IGNORECASE), "natural:decided", ""),
    # "Ruby: no, and we're not adding it." - a topic turned down
    (re.compile(r"^(?P<body>[\w'’ -]{2,30}:\s+no[,.]?\s+(?:and\s+)?(?:we're|we are|we'll|we will|we)\s+(?:not|never)\s+[a-z]+ing\b.*|"
                r"[\w'’ -]{2,30}:\s+no[,.]?\s+(?:and\s+)?we\s+(?:won't|will not|don't|do not)\s+[a-z]+\b.*)$", re.IGNORECASE),
     "natural:not-doing", ""),
    # "Tents and packs first, the merino can wait till autumn because ..."
    (re.compile(r"^(?P<body>[\w'’& -]{2,40}\s+first,\s+(?:the\s+|our\s+)?[\w'’& -]{2,40}\s+can\s+wait\b.*)$", re.IGNORECASE), "natural:priority", ""),
    # "We've set the budget at €85k all in."
    (re.compile(r"\b(?:we|i)(?:'ve| have)?\s+(?:now\s+|also\s+)?(?P<body>(?:set|fixed|capped|pegged)\s+the\s+[\w -]{2,30}?\s+at\s+\S.*)$", re.IGNORECASE),
     "natural:decided", ""),
    # "Noindex on the tag pages: yes, go for it." - a proposal, approved by its topic
    (re.compile(r"^(?P<body>" + _NOT_A_TOPIC + r"[\w'’& /-]{2,40}):\s+(?:(?:yes|yep|ok(?:ay)?|sure|approved|agreed)[,.!]?\s+)?"
                r"(?:go for it|go ahead|do it|please do|green light)\s*[.!]*$", re.IGNORECASE), "natural:go-ahead", ""),
    # "CO-09 (larger rooftop chillers, EUR 48,300): approved." / "CO-05: timber balcony
    # cassettes instead of steel, approved." - a verdict on each item of a list of changes
    (re.compile(r"^(?P<body>" + _NOT_A_TOPIC + r"[^:?]{2,80}):\s+(?:(?:yes|ok(?:ay)?)[,.!]?\s+)?"
                r"(?:approved|accepted|agreed|signed off)\s*[.!]*$", re.IGNORECASE), "natural:approve", "Approve "),
    (re.compile(r"^(?P<body>[^:?]{2,30}:\s+[^:?]{3,100}?),\s+(?:approved|accepted|agreed|signed off)\s*[.!]*$", re.IGNORECASE),
     "natural:approve", "Approve "),
    # "So I've decided: we pause the tender drawings" / "We've made the call on the procurement
    # route: Elbkontor comes on board through a two-stage tender"
    (re.compile(r"^(?:(?:so|ok|okay|and|also)[,]?\s+)?(?:we|i)(?:'ve| have)?\s+(?:also\s+|now\s+|finally\s+)?(?:decided|made\s+(?:the|a|our|my)\s+"
                r"(?:call|decision)(?:\s+on\s+[^:?]{2,50})?|made\s+up\s+(?:my|our)\s+minds?(?:\s+(?:on|about)\s+(?P<topic>[^:?]{2,50}))?)\s*:\s*"
                # ("made up my mind on the desk top: solid white oak": the topic names the thing)
                r"(?P<body>\S[^?]*)$",
                re.IGNORECASE), "natural:decided", ""),
    # "decided with Nick this morning: the /integrations/ pages stay out of the launch."
    (re.compile(r"^(?i:(?:so|ok|okay|and|also)[,]?\s+)?(?i:decided|agreed)\s+(?:with\s+[" + NAME_CAPITALS + r"][\w'-]*(?:\s+[" + NAME_CAPITALS + r"][\w'-]*)?\s+)?"
                r"(?i:this morning|this afternoon|today|yesterday|earlier|on the call|just now)?\s*:\s*(?P<body>\S[^?]*)$"), "natural:decided", ""),
    # "We're going live on Tue 24 Nov so we can ride the Black Friday traffic"
    (re.compile(r"^(?:(?:so|ok|okay|and|also)[,]?\s+)?(?:we're|we are)\s+(?:now\s+)?(?P<body>(?:going live|launching|moving (?:the\s+)?(?:go-?live|launch|launch date|"
                r"release))\s+(?:on|to|for)\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\s+)?(?:the\s+)?\d[^?]*)$", re.IGNORECASE), "natural:plan", ""),
    # "we'll skip the 9:16 for now – budget is tight this quarter": a deliverable not done
    (re.compile(r"\b(?:we|i)(?:'ll| will|'re going to| are going to|'re| are)\s+(?:just\s+|also\s+)?"
                r"(?P<verb>skip|skipping|drop|dropping|leave out|leaving out|park|parking|shelve|shelving)\s+"
                # (not a meeting missed once: "We're skipping the standup today")
                r"(?P<body>(?:the|our|any|an?|this|that)\s+(?![^?]*\b(?:stand-?up|call|meeting|sync|catch-?up|check-?in|lunch|today|tonight|"
                r"tomorrow)\b)"
                # ("I'll drop the garage code to Ray by Friday" / "drop the keys off": a delivery)
                r"(?![^?]*?\b(?:off|round|over|by|into)\b|[^?]*?\bto\s+(?-i:[" + NAME_CAPITALS + r"])|[^?]*?\bto\s+(?:you|him|her|them|us|the office|your)\b)\S[^?]*)$",
                re.IGNORECASE), "natural:not-doing", "Skip "),
    # "we'll record the interviews in the canteen instead, it's much quieter in there": a
    # change of plan (a date moved "instead" is a delay, read by the status rules)
    (re.compile(r"(?:^|\s[—–-]\s+|;\s*)(?:(?:so|ok|okay|and|also|then)[,]?\s+)?(?:we|i)(?:'ll| will|'re going to| are going to)\s+(?:just\s+)?"
                r"(?!(?:send|get|have|do|deliver|finish|be|let|come|call|ring)\b)"
                r"(?P<body>[a-z]+\s+(?!(?:it|them|this|that)\b)[^?]{2,80}?\s+instead(?:\s+of\s+[^,;?–—]{2,40})?(?:[,;–—]\s*\S[^?]*)?)\s*[.!]?$",
                re.IGNORECASE), "natural:plan", ""),
    # "Legal have decided we'll use our own release form rather than yours, as ours covers POPIA"
    (re.compile(r"^(?:(?:so|and|also)[,]?\s+)?(?:(?-i:[" + NAME_CAPITALS + r"])[\w&'-]+|the board|the client|management|our [a-z]+(?: team)?)\s+"
                r"(?:have|has)\s+(?:now\s+|also\s+)?decided\s+(?:that\s+)?(?:we(?:'ll| will| should)\s+|to\s+)(?P<body>\S[^?]*)$",
                re.IGNORECASE), "natural:decided", ""),
    # "Riverside all the way – it records everyone locally"
    (re.compile(r"^(?P<body>(?!(?:it|this|that|we|i|you|they)\b)[\w'’& .-]{2,30}?)\s+all the way\b\s*(?:[!.]+|\s[—–-]\s*|,\s*)(?P<rest>.*)$",
                re.IGNORECASE), "natural:option", "Go with "),
    # "Reply-paid envelope: yes, let's do it this year."
    (re.compile(r"^(?P<body>[\w'’& -]{2,40}:\s+(?:yes|yep|no)[,.!]?\s+let's\s+\S.*)$", re.IGNORECASE), "natural:lets", ""),
    # "We don't give anything to the freelancers this time, because the bank wants sworn translators"
    (re.compile(r"\bwe\s+(?:don't|do not|won't|will not)\s+(?P<body>(?:give|use|include|offer|hire|involve|outsource|print|ship|build|support|"
                r"add|send|take|cover|pay for|fund|reimburse|host)\b[^?]*?(?:this time|for now|any ?more)?,?\s+(?:because|since|as)\s+.+)$", re.IGNORECASE), "natural:not-doing", "Not "),
    # "I'm not going to bother with BrightLocal for this one, it's not worth a subscription"
    # ("We are not going to translate the website into French.")
    (re.compile(r"\b(?:i'm|we're|i am|we are)\s+not\s+(?:going to|gonna)\s+(?P<body>(?:bother with|use|pay for|go with|include|renew|buy)\s+\S[^?]*|"
                r"(?:translate|print|build|launch|hire|ship|publish|offer|support|pursue|produce|shoot|film|order|add)\s+(?:the|our|any|a|an|it|this|that|them)\b[^?]*)$",
                re.IGNORECASE), "natural:not-doing", "Not "),
    # "we go 2D flat with a grain texture, no 3D."
    (re.compile(r"\bwe\s+go\s+(?P<body>(?!(?:to|with|for|ahead|back|through|over|live|out|on|in|into|up|down|from)\b)[\w-]+\b[^?;]*?,\s+no\s+[\w-]+\b[^?]*)$",
                re.IGNORECASE), "natural:going-with", "Go "),
    # "Instagram: voice and subtitles please, because a lot of our audience is older"
    (re.compile(r"^[\w'’ -]{2,30}:\s+(?P<body>[^,?:]{2,60}\s+please\s*,?\s+(?:because|since|as)\s+\S[^?]*)$", re.IGNORECASE), "natural:preference", ""),
    # "Vertical then: the Instagram version will be 9:16, because Impulsa runs all our campaign in Reels"
    (re.compile(r"^(?:[\w ]{2,20}\s+then\s*:\s*)?(?P<body>(?:the|our)\s+[\w -]{2,40}?\s+will\s+be\s+(?!(?:late|delayed|ready|done|finished|with|sent|"
                r"available|out|in|on|at|a bit|a little|another|there|here)\b)[^,;?]{1,40},?\s+(?:because|since)\s+\S[^?]*)$", re.IGNORECASE),
     "natural:plan", ""),
    # "We're keeping the burgundy from the current box as the main colour."
    (re.compile(r"^(?:(?:so|and|also|ok|okay|for the record|just so you know|fyi|btw|by the way|in the end|anyway)[,]?\s+)?"
                r"(?:we're|we are|i'm|i am)\s+(?:also\s+)?(?:reversing\s+[^,:;?]{2,40}?\s+and\s+)?(?P<body>keeping\s+(?:the|our|it|this|that)\b[^?]*)$",
                re.IGNORECASE), "natural:keep", ""),
    # "We'll standardise on NVDA with Firefox and JAWS with Chrome"
    (re.compile(r"\b(?:we|i)(?:'ll| will|'re going to| are going to|'ve|\s+have)?\s+(?P<body>(?:standardi[sz]ed?|settled?|settling)\s+on\s+\S[^?]*)$",
                re.IGNORECASE), "natural:decided", ""),
    # "We'll do the whole audit remotely" / "... in person": how the work is done
    (re.compile(r"\b(?:we|i)(?:'ll| will)\s+(?P<body>do\s+[^,;?]{2,40}?\s+(?:remotely|in person|on-?site))\s*[.!]?$", re.IGNORECASE),
     "natural:plan", ""),
    # "We'll soft-launch with the York and Harrogate shops only."
    (re.compile(r"\b(?:we|i)(?:'ll| will)\s+(?P<body>[a-z-]+\s+(?:with|in|on|for)\s+[^,;?]{2,60}?\s+only)\s*[.!]?$", re.IGNORECASE),
     "natural:plan", ""),
    # "I've taken Waiheke off the lighthouse list."
    (re.compile(r"\b(?:i|we)(?:'ve| have)\s+(?P<body>(?:taken|struck|crossed|removed)\s+[^,;?]{2,40}?\s+off\s+(?:the|our)\s+[^,;?]{2,30}?)\s*[.!]?$",
                re.IGNORECASE), "natural:not-doing", ""),
    # "Bookkeeping we'll keep with Kerry." / "The payroll we'll do ourselves.": the thing first
    (re.compile(r"^(?P<body>(?!(?:today|tomorrow|tonight|this|next|then|now|so|and|but|also|that|it|which|what)\b)(?:the\s+|our\s+)?[A-Za-z][\w'-]+(?:\s+[\w'-]+){0,2}\s+(?:we|i)(?:'ll| will| would rather|'d rather)\s+"
                r"(?:keep|do|handle|run|leave)\s+(?:with|in-house|ourselves|myself|as (?:it is|is)|where it is|for now)\b[^?]*)$", re.IGNORECASE),
     "natural:keep", ""),
    # "The green version wins – everybody in the office voted for it."
    (re.compile(r"^(?:(?:so|ok|okay|and)[,]?\s+)?(?P<body>(?:the\s+)?(?:[\w'-]+\s+){0,2}(?:version|option|variant|design|proposal|draft|logo|one|colou?r|concept|name|"
                r"palette|layout|photo|route|direction)|(?:option|version|number|proposal|design)\s+(?:[A-Z]|\d{1,2}))\s+wins\b"
                r"(?:\s*[.!]*$|\s+[—–-]\s+(?P<why>" + _DASH_WHY + r")|,\s+(?P<rest>(?:it|this|that|they|everybody|everyone|we)\b[^?]{3,}))", re.IGNORECASE),
     "natural:option", "Go with "),
    # "Shopify wins over WooCommerce: Dwight's people must be able to edit products without us"
    (re.compile(r"^(?:(?:so|ok|okay|and)[,]?\s+)?(?P<body>(?-i:[" + NAME_CAPITALS + r"0-9])[\w.'&/-]*(?:\s+[\w.'&/-]+){0,3}\s+wins\s+over\s+[^,;:?—–]{2,40}?)"
                r"(?:\s*[.!]*$|\s*(?:[:—–,]|\s-)\s+(?P<why>" + _DASH_WHY + r"))", re.IGNORECASE),
     "natural:option", ""),
    # "For the final title of both videos we agree on 'Light for everyone'": agreeing now
    (re.compile(r"^(?:(?:so|ok|okay|and|then)[,]?\s+)?(?:(?:for|on|about|as for)\s+(?P<topic_for>[^,:;?]{2,50}?)[,:]?\s+)?(?:we|both of us|all of us)\s+(?:all\s+|now\s+|both\s+)?"
                r"agree\s+(?:on|to)\s+(?P<body>(?!(?:it|that|this|them|meet|talk|speak|discuss|a call|have a call)\b)[^?]{3,})$", re.IGNORECASE),
     "natural:agreed", ""),
    # "Green it is!" / "So Thursday it is." / "on the black panels vs the silver frame, black it is."
    (_DEC_IT_IS, "natural:option", "Go with "),
    # "We'd like to keep the original oak trusses exposed"
    (re.compile(r"\b(?:we|i)(?:'d| would) (?:like|prefer|love) to\s+(?P<body>(?:keep|go with|stick with|retain|leave|stay with)\s+"
                + _NOT_PERSON + r"\S.+)", re.IGNORECASE), "natural:preference", ""),
    # "Option B, the big glazed opening."
    # ("Frame B, definitely - the navy is our brand colour" / "Option B with the dhow boats, please.")
    (re.compile(r"^(?:(?:ok(?:ay)?|so|then|right)[,!.]?\s+)?(?P<body>(?:option|version|variant|concept|route|layout|draft|design|frame|palette|"
                r"direction|proposal|mock-?up|sketch|moodboard|board|logo|colou?r(?:way)?|style|scenario|treatment)\s+"
                r"(?:[A-Z]|\d{1,2}|one|two|three)\b(?:,\s+(?!" + _SURE + r")[^.?!,]{2,60}|\s+with\s+(?:the|its|our)\s+[^.?!,]{2,60})?)"
                r"(?:,?\s+" + _SURE + r")?\s*(?:[.!]*$|\s+[—–-]\s+(?P<why>" + _DASH_WHY + r"))",
                re.IGNORECASE), "natural:option", "Go with "),
    # "also scrap the launch discount" / "Keep Long Night to two colours"
    (re.compile(r"(?:^|\b(?:also|and|so|ok|okay|then)[,]?\s+)(?P<verb>scrap|cancel|ditch|axe|shelve|kill)\s+(?P<body>(?:the|that|this|our)\s+\S.+)",
                re.IGNORECASE), "natural:not-doing", ""),
    (re.compile(r"^(?:(?:also|and|so|ok|okay|then)[,]?\s+)?(?P<verb>keep)\s+(?!(?:me|us|you|him|her|them|everyone|an eye|in touch|going|"
                # ("we will keep the quality level as agreed": nothing new settled)
                r"up|on|it up|track|posted|updated)\b)(?P<body>\S+(?:\s+\S+){0,5}?\s+(?:to|as(?!\s+(?:agreed|discussed|planned|before|usual|"
                r"promised|always|is|it is|they are)\b)|at|in|on)\s+\S.+)", re.IGNORECASE), "natural:keep", ""),
    # "Keep to chequing and savings for the first iteration"
    (re.compile(r"^(?:(?:also|and|so|ok|okay|then)[,]?\s+)?(?P<verb>keep|stick|limit it|limit)\s+(?P<body>to\s+\S.+)", re.IGNORECASE),
     "natural:keep", ""),
    # "we'll apply for the REAP grant after all"
    (re.compile(r"\b(?:we|i)(?:'ll| will|'re going to| are going to)\s+(?P<body>[a-z]+\b[^?]*?)\s+after all\b", re.IGNORECASE),
     "natural:plan", ""),
    # "Option 2 is our choice." / "The light version is our preference."
    (re.compile(r"^(?:(?:so|ok|okay|then)[,]?\s+)?(?P<body>(?:the\s+)?[\w'’ &+-]{2,40}?)\s+is\s+our\s+(?:final\s+|clear\s+)?(?:choice|preference|favou?rite|pick)\b"
                r"(?![^?]*\b(?:your choice|up to you|your call|your decision)\b)(?P<rest>[^?]*)$", re.IGNORECASE), "natural:option", "Go with "),
    (re.compile(r"^(?:(?:so|ok|okay|then)[,]?\s+)?our\s+(?:final\s+|clear\s+)?(?:preference|choice|pick|favou?rite)\s+is\s+(?P<body>(?![^?]*\b(?:your choice|up to you|your call|your decision)\b)[^?]{2,120})$", re.IGNORECASE),
     "natural:option", "Go with "),
    # "The second version works for us." / "The olive one is perfect for us."
    (re.compile(r"^(?:(?:so|ok|okay|then|yes)[,]?\s+)?(?P<body>the\s+(?:first|second|third|last|other|[\w-]+)\s+(?:one|version|option|variant|proposal|design|draft|palette))\s+"
                r"(?:works|is\s+(?:fine|perfect|good|great))\s+(?:for|with)\s+us\b[^?]*$", re.IGNORECASE), "natural:option", "Go with "),
    # "We are fine with option 2." / "Version B is fine for us.": a choice between named ways
    (re.compile(r"^(?:(?:so|ok|okay|then|yes)[,]?\s+)?we(?:'re|\s+are)\s+(?:fine|ok|okay|happy)\s+with\s+(?P<body>(?:option|version|variant)\s+"
                r"[\w-]{1,12}\b[^?]*)$", re.IGNORECASE), "natural:option", "Go with "),
    (re.compile(r"^(?:(?:so|ok|okay|then|yes)[,]?\s+)?(?P<body>(?:option|version|variant)\s+[\w-]{1,12})\s+is\s+(?:fine|ok|okay|good|perfect)\s+"
                r"(?:for|with)\s+us\b[^?]*$", re.IGNORECASE), "natural:option", "Go with "),
    # "Let us go with option 2." (the long form of "let's")
    (re.compile(r"(?:^|[,;:—–]\s*|\b(?:so|ok|okay|then)[,!.]?\s+)let us\s+(?P<body>(?:go with|go for|take|use|keep|stick with|stay with|choose|pick)\s+[^?]{2,})$",
                re.IGNORECASE), "natural:lets", ""),
    # "The old logo stays(, because our customers know it)." / "The footer remains as it is."
    (re.compile(r"^(?:(?:so|ok|okay|and|also)[,]?\s+)?(?P<body>(?:the|our)\s+(?:old|current|existing|original|present)\s+[\w -]{2,30}?\s+"
                r"(?:stays|remains|will stay|will remain)(?:\s+(?:as it is|as is|unchanged|the same|in place))?(?:,?\s+(?:because|since|as)\s+[^?]+)?)\s*[.!]?$",
                re.IGNORECASE), "natural:keep", ""),
    # "Hosting will be on Hetzner because of the GDPR." / "The backend will be Laravel, as the team
    # knows it best": a way of working, said as what it will be, with why
    (re.compile(r"^(?:(?:so|and|also)[,]?\s+)?(?P<body>(?:the\s+|our\s+)?(?:hosting|backend|back-end|frontend|front-end|stack|tech stack|platform|cms|"
                r"languages?|voice|voice-?over|voices|narration|subtitles|format|venue|location|payment|payments|delivery|shipping|printing|print|paper|"
                r"font|typeface|colou?rs?|music|video|videos|app|website|site|shop|store|newsletter|invoic(?:e|es|ing)|transport)\b[\w -]{0,20}?\s+"
                r"will\s+(?:be|run|go|happen)\s+(?:on|in|with|by|via|at|through)?\s*(?!(?:late|delayed|ready|done|finished|sent|available|a bit|a little|"
                r"another|there|here|the\s+\d+|\d+|" + _DAY_NAME + r")\b)[^,;?]{2,50}?,?\s+(?:because|since|as|due to)\s+[^?]+)$",
                re.IGNORECASE), "natural:plan", ""),
    # "We want the premium package." / "We'd like the three-video offer.": a package chosen
    (re.compile(r"^(?:(?:so|ok|okay|then|after\s+[^,]{3,40},)[,]?\s+)?we(?:\s+want|'d like|\s+would like|\s+choose|\s+pick)\s+(?P<body>(?:the\s+)?"
                r"(?!to\s)[\w -]{0,30}?\b(?:package|option|tier|bundle|offer|version|variant)\b(?![^?]*\b(?:by|until|before)\s)[^?]*)$", re.IGNORECASE), "natural:decided", "Take "),
    # "We reduce the print run to 500 copies." / "we will increase the budget to 15,000 EUR"
    (re.compile(r"^(?:(?:so|ok|okay|and|also|then)[,]?\s+)?we(?:'ll|\s+will|'ve|\s+have)?\s+(?P<body>(?:reduce|reduced|increase|increased|raise|raised|lower|lowered|"
                r"cut|cap|capped|limit|limited)\s+(?:the|our)\s+[\w -]{2,30}?\s+to\s+\S[^?]*)$", re.IGNORECASE), "natural:changed", ""),
    # "We cancel the second workshop because of the budget." / "The second workshop is cancelled."
    (re.compile(r"^(?:(?:so|ok|okay|and|also|then)[,]?\s+)?we\s+(?P<verb>cancel|drop|skip|remove|postpone|scrap)\s+(?P<body>(?:the|our)\s+\S[^?]*)$",
                re.IGNORECASE), "natural:not-doing", ""),
    (re.compile(r"^(?:(?:so|ok|okay|and|also|then)[,]?\s+)?(?P<body>(?:the|our)\s+[\w -]{2,40}?\s+(?:is|are|has been|have been|will be)\s+"
                r"(?:cancell?ed|dropped|scrapped|removed from (?:the\s+)?scope)\b(?!\s+(?:by|due to the|because of the)\s+(?:the\s+)?"
                r"(?:airline|client|weather|organi[sz]er|venue|hotel|strike|storm|rain))[^?]*)$", re.IGNORECASE), "natural:not-doing", ""),
    # "We will not translate the blog, it is too expensive." (the reason comma-spliced on)
    (re.compile(r"\bwe\s+(?:won't|will not|do not|don't)\s+(?P<body>[a-z]+\s+(?:the|our|any)\s+[^,;?]{2,50}?,\s+(?:it|this|that|they)(?:'s|'re|\s+is|\s+are|\s+would be)\s+"
                r"(?:too|not (?:worth|needed|necessary))\b[^?]*)$", re.IGNORECASE), "natural:not-doing", "Not "),
    # "Decision from our meeting: ..." / "Decision of the board: ..."
    (re.compile(r"^(?:(?:the|our|one|a)\s+)?decision\s+(?:from|of|after)\s+(?:the|our|today's|yesterday's|this morning's|last week's)\s+"
                r"(?:meeting|call|board|management|team|workshop|discussion)\s*:\s*(?P<body>\S[^?]+)$", re.IGNORECASE), "natural:decision-label", ""),
    # "Voice-over: we use a female voice." - a topic, then the way taken
    (re.compile(r"^(?!(?:note|notes|reminder|tip|ps|p\.s|fyi|nb|todo|to do|action|actions|next steps?|please|question|update)\s*:)"
                r"(?P<topic>[\w'’ -]{2,25}):\s+we\s+(?:will\s+|'ll\s+)?(?P<body>(?:use|choose|pick|prefer|go with|go for)\s+(?!(?:it|them|this|that)\b)[^?]{2,80})$",
                re.IGNORECASE), "natural:choose", ""),
    # "We'll stay with Mailchimp, moving is not worth it." / "We will use the Kigali office for the
    # shoot, it has the best light.": the choice, its reason comma-spliced on
    (re.compile(r"^(?:(?:so|ok|okay|and|also|then)[,]?\s+)?we(?:'ll|\s+will)\s+(?P<body>(?:stay with|stick with|use|go with|keep)\s+(?:the\s+)?"
                r"(?-i:[" + NAME_CAPITALS + r"])[^,;?]{1,50}?),\s+(?P<rest>(?:it|this|that|they|moving|switching|changing)(?:'s|'re|\s+is|\s+are|\s+has|\s+have)\s+[^?]{3,})$",
                re.IGNORECASE), "natural:choose", ""),
    # "Please go with version B." / "Please continue with version B." / "Please use version B for
    # all the materials.": the other side's way, chosen by name
    (re.compile(r"^(?:(?:so|ok|okay|then|and)[,]?\s+)?(?:for\s+(?P<topic_for>(?:the|our|your)\s+[\w' -]{2,30}?),?\s+)?(?:please|kindly)\s+(?P<verb>go with|continue with|proceed with|use|keep)\s+"
                r"(?P<body>(?:option|version|variant|concept|design|proposal|draft|layout)\s+(?:[A-Z]|\d{1,2}|one|two|three)\b[^?]{0,60}|"
                r"the\s+(?:first|second|third|last|[\w-]+)\s+(?:option|version|variant|concept|proposal|one)\b[^?]{0,60})$", re.IGNORECASE), "natural:option", ""),
    # "We like version B more, it is closer to our brand." / "Version B looks better to us."
    (re.compile(r"^(?:(?:so|ok|okay|then|and)[,]?\s+)?(?:we|i)\s+(?:all\s+|really\s+)?(?:like|prefer|love)\s+(?P<body>(?:option|version|variant|concept|design|proposal)\s+(?:[A-Z]|\d{1,2}|one|two|three)\b|"
                r"the\s+[\w-]+\s+(?:one|version|option|variant|palette|design|proposal))"
                r"\s+(?:more|best|better|most)\b[,.!]?\s*(?P<rest>(?:it|this|that|they|because|since)\b[^?]*)?[^?]*$", re.IGNORECASE), "natural:option", "Go with "),
    (re.compile(r"^(?P<body>(?:option|version|variant|concept|design|proposal)\s+(?:[A-Z]|\d{1,2}|one|two|three))\s+(?:looks|works|reads|feels)\s+(?:much\s+)?better\s+(?:to|for)\s+us\b"
                r"[,.!]?\s*(?P<rest>(?:it|this|that|they|because|since)\b[^?]*)?[^?]*$", re.IGNORECASE), "natural:option", "Go with "),
    # "We prefer to print here in Honduras, with Litografía López in San Pedro Sula.": the way
    # the writer's side has settled on (not "we would prefer to", a wish)
    # ("About the photos: we prefer to use the photos from our 2025 campaign, ...")
    (re.compile(r"^(?:(?:about|for|on|regarding)\s+(?P<topic_for>(?:the|our|your)\s+[\w' -]{2,30}?)[,:]\s+)?"
                r"(?:(?:so|and|also|ok|okay|then|honestly)[,]?\s+)?we\s+(?:all\s+|really\s+|definitely\s+)?prefer\s+to\s+"
                r"(?P<body>(?!(?:wait|have|get|talk|discuss|meet|call|see|hear|know|receive|keep you)\b)[a-z]+\s+(?!(?:it|them|this|that)\b)[^?]{2,140}?)\s*[.!]?$",
                re.IGNORECASE), "natural:preference", ""),
    # "For the booking we prefer the form in 3 steps, the single long page is too heavy on the
    # phone.": the way preferred, with what is wrong with the other comma-spliced on
    (re.compile(r"^(?:for\s+(?P<topic_for>(?:the|our|your)\s+[\w' -]{2,30}?),?\s+)?(?:(?:so|and|also|ok|okay|then)[,]?\s+)?we\s+(?:all\s+|really\s+|definitely\s+)?prefer\s+"
                r"(?P<body>(?:the|option|version|variant)\b[^,;?]{2,80}?,\s+(?:the|our|their|your|its|a|an)\s+[\w' -]{2,50}?\s+(?:is|are)\s+"
                r"(?:just\s+|simply\s+|far\s+|much\s+)?too\b[^,;?]*)\s*[.!]?$", re.IGNORECASE),
     "natural:preference", "Go with "),
    # "We would go for the matte finish.": a pick, said softly (not with an if or a but)
    (re.compile(r"^(?:(?:so|ok|okay|then|honestly)[,]?\s+)?we\s+would\s+(?:go\s+(?:for|with)|take|choose|pick)\s+"
                r"(?P<body>(?:the|option|version|number)\s+(?![^?]*\b(?:if|but|unless|although|though)\b)[^?]{2,80}?)\s*[.!]?$", re.IGNORECASE),
     "natural:option", "Go with "),
    # "We'll take the blue one."
    (re.compile(r"^(?:(?:so|ok|okay|then|and)[,]?\s+)?we(?:'ll|\s+will)\s+take\s+(?P<body>the\s+[\w -]{1,30}?\s+(?:one|version|option|variant))\b[^?]*$", re.IGNORECASE),
     "natural:option", "Go with "),
    # "We use the existing template, no new design." - one way, the other turned down
    (re.compile(r"^(?:(?:so|and|also|ok|okay|then)[,]?\s+)?we(?:'ll|\s+will)?\s+(?P<body>(?:use|take|keep|build|do|go with|stay with|stick with|reuse)\s+"
                r"(?!(?:it|them|this|that)\b)[^,;?]{2,60}?,\s+no\s+(?!(?:problem|worries|need|rush|hurry)\b)[\w -]{2,30}?)\s*[.!]?$", re.IGNORECASE),
     "natural:instead-of", ""),
    # "We'll do the translations ourselves, it is cheaper than an agency." / "We will reuse the
    # template from the Kigali project, it saves us two weeks."
    # ('We keep "Lagoon Spice", it is easier to say for our English buyers': a name kept)
    (re.compile(r"^(?:(?:so|and|also|ok|okay|then)[,]?\s+)?we(?:'ll|\s+will)?\s+(?P<body>(?:do|make|write|translate|handle|shoot|film|print|reuse|host|build|"
                r"keep(?=\s+[\"“]))\s+"
                r"(?!(?:it|them|this|that)\b)[^,;?]{2,60}?(?:\s+(?:ourselves|in-?house))?),\s+(?P<rest>(?:it|this|that)(?:'s|\s+is|\s+saves|\s+will\s+save|\s+costs)\s+"
                r"(?:[a-z]+er\b|much\s+|far\s+|half\b|less\b|more\b|us\b|too\b)[^?]*)$", re.IGNORECASE),
     "natural:plan", ""),
    (re.compile(r"^(?:(?:so|and|also|ok|okay|then)[,]?\s+)?we(?:'ll|\s+will)?\s+(?P<body>(?:do|make|write|translate|handle|shoot|film|print)\s+(?!(?:it|them|this|that)\b)"
                r"[^,;?]{2,60}?\s+(?:ourselves|in-?house))\s*[.!]?$", re.IGNORECASE), "natural:choose", ""),
    # "Hosting - Hetzner, because it is cheaper." / "Tech: Flutter + Firebase, since the team knows it."
    (re.compile(r"^(?P<topic>(?!(?:note|ps|fyi|question|update|deadline|date|due|status|reminder|re|subject)\b)[A-Za-z][\w' -]{1,20}?)\s*(?::|\s[-–—])\s+"
                r"(?P<body>(?-i:[A-Z0-9])[\w.+&/ -]{1,40}?,?\s+(?:because|since)\s+[^?]{4,})$", re.IGNORECASE), "natural:choose", ""),
    # "We'll use our REDCap instance. It keeps the survey data inside our validated environment."
    # / "Jarrah stays in Studio A for all three days. It's the only room with the 6m cyc wall.": a
    # course said bare, a plan only when the next sentence gives its reason (see recordable)
    (re.compile(r"^(?:(?:so|and|also|ok|okay|then)[,]?\s+)?we(?:'ll|\s+will)\s+(?P<body>(?:use|put|hold|host|run|move|switch\s+to|go\s+with)\s+"
                # (a day said makes it a promise: "we'll run the first one on Monday 28 June")
                r"(?!(?:it|them|this|that|you|him|her)\b)(?![^?]*\b(?:" + _DAY_NAME + r"|tomorrow|today|tonight|next|" + _MONTH_NAME + r")\b|[^?]*\d)[^,;?]{3,80}?)\s*[.!]?$", re.IGNORECASE),
     "natural:plan", ""),
    (re.compile(r"^(?P<body>(?-i:[" + NAME_CAPITALS + r"])[\w'-]+(?:\s+(?-i:[" + NAME_CAPITALS + r"])[\w'-]+)?\s+(?:stays|remains|moves)\s+(?:in|at|on|to|with)\s+"
                r"[^,;?]{2,60}?)\s*[.!]?$"), "natural:plan", ""),
    # "Cocktail hour is moving up to the loft." / "For GIT we won't go back to QBE this round." /
    # "For the tiles we pass it to Viúva Lamego.": more courses said bare, kept with a reason after
    (re.compile(r"^(?P<body>(?:the\s+)?[\w -]{2,30}?\s+(?:is|are)\s+moving\s+(?:up\s+|over\s+|back\s+|down\s+)?to\s+(?:the|our)\s+"
                r"(?![^?]*\b(?:" + _DAY_NAME + r"|tomorrow|next|week|month)\b|[^?]*\d)[^,;?]{2,40}?)\s*[.!]?$", re.IGNORECASE),
     "natural:plan", ""),
    (re.compile(r"^(?:for\s+(?P<topic_for>(?:the\s+)?[\w' -]{2,30}?),?\s+)?we\s+(?P<body>(?:won't|will not|don't|do not)\s+(?:go back to|use|work with|book)\s+"
                r"(?-i:[" + NAME_CAPITALS + r"])[^,;?]{1,40}?)\s*[.!]?$", re.IGNORECASE), "natural:plan", ""),
    (re.compile(r"^(?:for\s+(?P<topic_for>(?:the\s+)?[\w' -]{2,30}?),?\s+)?we(?:'ll|\s+will)?\s+(?P<body>(?:pass|give|hand)\s+(?:it|them|the\s+[\w -]{2,30}?)\s+"
                r"(?:on\s+)?to\s+(?-i:[" + NAME_CAPITALS + r"])[^,;?]{1,40}?)\s*[.!]?$", re.IGNORECASE), "natural:plan", ""),
    # "Let it be the blue one." / "OK for option B." / "Go for B." / "Green is our pick."
    (re.compile(r"^(?:(?:so|ok|okay|then|fine)[,]?\s+)?let it be\s+(?P<body>[^?]{2,60}?)\s*[.!]*$", re.IGNORECASE), "natural:option", "Go with "),
    (re.compile(r"^(?:(?:so|then|yes)[,]?\s+)?ok(?:ay)?\s+(?:for|with)\s+(?P<body>(?:option|version|variant|the\s+(?:first|second|third|last|\w+\s+(?:one|version|option)))\b[^?]{0,40}?)"
                r"\s*[.!]*$", re.IGNORECASE), "natural:option", "Go with "),
    (re.compile(r"^(?:(?:ok|okay|fine|yes|so|then)[,!.]?\s+)?go for\s+(?P<body>(?!it\b)[^?]{1,60}?)\s*[.!]*$", re.IGNORECASE), "natural:going-with", "Go with "),
    (re.compile(r"^(?:(?:so|ok|okay|then)[,]?\s+)?(?P<body>(?:the\s+)?[\w'’ &+-]{2,40}?)\s+is\s+our\s+pick\b(?P<rest>[^?]*)$", re.IGNORECASE), "natural:option", "Go with "),
    # "It will be the green one." (not "it will be ready")
    (re.compile(r"^(?:(?:so|ok|okay|then)[,]?\s+)?it(?:'ll| will) be\s+(?P<body>the\s+[\w -]{1,30}?\s+(?:one|option|version|variant))\s*(?:then\s*)?[.!]*$", re.IGNORECASE),
     "natural:option", "Go with "),
    # "After consultation with our director, the choice fell on the Tallinn venue."
    (re.compile(r"\b(?:the|our)\s+(?:final\s+)?choice\s+(?:fell|has fallen|falls)\s+on\s+(?P<body>[^?]{2,80})$", re.IGNORECASE), "natural:decided", "Go with "),
    # "We will stay by the original plan." / "We will continue with the current supplier."
    (re.compile(r"^(?:(?:so|ok|okay|then|and)[,]?\s+)?we(?:'ll|\s+will)?\s+(?P<verb>stay by|continue with|remain with|keep to)\s+(?P<body>(?:the|our)\s+[^?]{2,60})$",
                re.IGNORECASE), "natural:keep", ""),
    # "We selected Kozolec as the roaster for the blend."
    (re.compile(r"\bwe(?:'ve|\s+have)?\s+(?:now\s+|finally\s+)?(?:selected|chosen|chose|picked)\s+(?P<body>(?-i:[" + NAME_CAPITALS + r"])[^,;?]{1,40}?\s+as\s+(?:the|our)\s+[^?]{2,60})$",
                re.IGNORECASE), "natural:decided", "Go with "),
    # "We're happy with the second option, let's proceed."
    (re.compile(r"^(?:(?:so|ok|okay|then)[,]?\s+)?we(?:'re|\s+are)\s+(?:very\s+)?happy\s+with\s+(?P<body>the\s+(?:first|second|third|last|[\w-]+)\s+(?:option|version|variant|proposal|concept))\b"
                r"[^?]*$", re.IGNORECASE), "natural:option", "Go with "),
    # "We'd prefer the matte finish (over the glossy one)." / "For the cover we'd like the matte finish."
    (re.compile(r"^(?:for\s+(?P<topic_for>(?:the|our|your)\s+[\w' -]{2,30}?),?\s+)?(?:(?:so|ok|okay|then|and)[,]?\s+)?we(?:'d|\s+would)\s+(?:rather\s+)?prefer\s+"
                # (one of the ways put up, not a change asked for: "We'd prefer the logo slightly smaller on mobile")
                r"(?P<body>(?!to\b|it\b|that\b|if\b|not\b)(?:the|option|version|variant)\b(?=[^?]*\b(?:option|version|variant|concept|one|over|rather than|instead of)\b)"
                r"(?![^?]*\b(?:smaller|bigger|larger|shorter|longer|darker|lighter|brighter|wider|narrower|higher|lower)\b)[^?]{2,80})$", re.IGNORECASE),
     "natural:preference", "Go with "),
    (re.compile(r"^for\s+(?P<topic_for>(?:the|our|your)\s+[\w' -]{2,30}?),?\s+we(?:'d|\s+would)\s+like\s+(?P<body>(?!to\b)(?:the|option|version|variant)\b[^?]{2,80})$",
                re.IGNORECASE), "natural:preference", "Go with "),
    # "Better to go with the matte finish, since ..." / "It makes more sense to use Shopify, because ..."
    (re.compile(r"^(?:(?:so|then)[,]?\s+)?(?:(?:it(?:'s|\s+is)\s+)?better\s+to\s+|it\s+makes\s+(?:more\s+)?sense\s+to\s+)(?P<body>(?:go with|use|keep|take)\s+[^,;?]{2,60}?"
                r",?\s+(?:because|since)\s+[^?]{6,})$", re.IGNORECASE), "natural:preference", ""),
    # "We will give the printing job to Tiskarna Novak, their quote was the lowest."
    (re.compile(r"^(?:(?:so|and|also)[,]?\s+)?we(?:'ll|\s+will)?\s+(?P<body>give\s+(?:the|our)\s+[\w -]{2,30}?\s+(?:job|work|order|contract)\s+to\s+(?-i:[" + NAME_CAPITALS + r"])"
                r"[^,;?]{1,50}?(?:,?\s+(?:because|since|as)\s+[^?]{3,})?)(?:,\s+(?P<rest>(?:their|his|her|its|they|he|she)\b[^?]{3,}))?\s*[.!]?$", re.IGNORECASE),
     "natural:choose", ""),
    # "We leave the video for next year." / "No video this year, the budget is not enough."
    (re.compile(r"^(?:(?:so|ok|okay|and|also)[,]?\s+)?we(?:'ll|\s+will)?\s+(?P<body>leave\s+(?:the|our)\s+[\w -]{2,30}?\s+(?:for|till|until)\s+(?:next\s+(?:year|season|phase|round)|later|"
                r"phase\s+(?:two|2|ii)|the\s+(?:second|next)\s+phase)\b[^?]*)$", re.IGNORECASE), "natural:not-doing", ""),
    (re.compile(r"^(?P<body>no\s+(?!(?:problem|worries|need|rush|hurry|news|idea|change|changes|reply|answer|one|way)\b)[\w -]{2,30}?\s+(?:this\s+(?:year|time|season|round)|for\s+now|at\s+launch|in\s+(?:this|the\s+first)\s+phase))"
                r"(?:,\s+(?P<rest>[^?]{3,}))?\s*[.!]?$", re.IGNORECASE), "natural:not-doing", ""),
    # "We change the colour to dark green." (a day moved is a slip, read elsewhere)
    (re.compile(r"^(?:(?:so|ok|okay|and|also|then)[,]?\s+)?we(?:'ll|\s+will)?\s+(?P<body>change\s+(?:the|our)\s+[\w -]{2,30}?\s+to\s+(?!" + _DAY_NAME + r"\b|the\s+\d|\d)[^?]{2,60})$",
                re.IGNORECASE), "natural:changed", ""),
    # "Change of plan: the workshop will be online." / "Small change: ..."
    (re.compile(r"^(?:(?:a|one|small|slight|little|quick)\s+)?change\s+of\s+plans?\s*:\s*(?P<body>(?:the|our|we)\b[^?]{4,})$", re.IGNORECASE),
     "natural:decision-label", ""),
    (re.compile(r"^(?:a\s+)?(?:small|slight|little|quick)\s+change\s*:\s*(?P<body>(?:the|our|we)\b[^?]{4,})$", re.IGNORECASE),
     "natural:decision-label", ""),
    # "We'll build the driver app in Flutter, because the team already knows it": the tool or
    # place work is done with, chosen for a reason
    (re.compile(r"^(?:(?:so|and|also|ok|okay)[,]?\s+)?(?:we|i)(?:'ll| will|'re going to| are going to)\s+(?P<body>(?:build|develop|code|write|make|animate|"
                r"design|shoot|film|print|host|run|render|produce|edit|record|do)\s+(?!(?:it|this|that|them)\b)(?:[^,;?]{0,50}?\s+)?(?:in|with|on|using)\s+"
                r"(?!(?:" + _DAY_NAME + r"|" + _MONTH_NAME + r"|jun|jul)\b)"
                r"(?-i:[A-Z])[\w.+#-]*(?:\s+(?-i:[A-Z0-9])[\w.+#-]*){0,2}(?:\s*\([^)]{2,40}\))?(?:,?\s+not\s+[^,;?]{2,40}?)?,?\s+(?:because|since)\s+[^?]+)$",
                re.IGNORECASE), "natural:plan", ""),
    # "We will do knitting in-house but the embroidery will go to Star Embroidery in Ashulia,
    # because our machines are booked": work given out to a named supplier, for a reason
    (re.compile(r"^(?:(?:so|and|also)[,]?\s+)?(?P<body>(?:we(?:'ll| will)\s+[^,;?]{3,60}?\s+in[- ]house,?\s+(?:but|and|while)\s+)?(?:the|our|all|any)\s+"
                r"[\w -]{2,30}?\s+(?:will\s+go|goes|will\s+be\s+(?:outsourced|subcontracted|done)|is\s+(?:outsourced|subcontracted))\s+(?:to|by|at)\s+"
                r"(?-i:[A-Z])[^,;?]{2,60}?,?\s+(?:because|since|as)\s+[^?]+)$", re.IGNORECASE), "natural:plan", ""),
    # "We'll use Stripe because it supports Apple Pay" / "going to use WordPress rather than Webflow": a
    # choice, shown by its reason or the road not taken ("we will go by sea, because ...")
    (re.compile(r"\b(?:we|i)(?:'ll| will|'re going to| are going to)\s+(?P<verb>use|adopt|switch to|move to|go with|go by|ship by|"
                r"ship via|"
                # ("we'll work with Bia Sato, because she did the azulejos ...": a supplier picked)
                r"work with(?=\s+(?-i:[" + NAME_CAPITALS + r"])))\s+"
                r"(?P<body>[^,;]+?(?:\s+(?:rather than|instead of|over)\s+|,?\s+(?:because|since|as)\s+).*)", re.IGNORECASE), "natural:plan", ""),
    # "After some back and forth we went for the green palette"
    (re.compile(r"\b(?:we|i|they)\s+(?:finally\s+|eventually\s+|ultimately\s+|in the end\s+)?went\s+(?:for|with)\s+(?P<body>\S.*)", re.IGNORECASE),
     "natural:going-with", "Go with "),
    # "We'd rather keep the navy, it's more on-brand"
    (re.compile(r"\b(?:we|i)(?:'d| would)\s+rather\s+(?P<body>(?:keep|go with|stick with|use|stay with|"
                # ("I'd rather have the conversation now than at invoice stage": a timing, no choice)
                r"have(?!\s+(?:the|a|this|that)\s+(?:conversation|chat|call|talk|meeting|discussion|word)\b))\s+\S.*)", re.IGNORECASE),
     "natural:preference", ""),
    # "Let's just absorb it – half a day isn't worth the paperwork": any course but talk
    (re.compile(r"(?:^|[,;:—–]\s*|\b(?:so|ok|okay|then|also|and|but|i think|i'd say)[,!.]?\s+)let'?s\s+(?:just\s+|simply\s+)?(?P<body>"
                r"(?!(?:not|chat|talk|discuss|meet|catch|see|hope|wait|touch|get together|keep in touch|circle|do|try|make sure|"
                r"aim to|plan to|schedule|set up a|book a|jump|hop|find a time|speak|call|split|divide|share out|divvy)\b)[a-z]+\s+(?!(?:a |the )?(?:call|meeting|chat)\b)[^?]+)$",
                re.IGNORECASE), "natural:lets", ""),
    # "Theme: we build on Dawn, not Impulse." / "we're doing the farmer calls on riverside this
    # time, not zoom.": one way chosen over another, said as what we do
    # ("This job we will do in our Dongguan plant, not the Shenzhen subcon, because ...", "For the
    # Thai captions we go with ...", "We will log all the bugs in your Jira, not in our TestRail")
    (re.compile(r"^(?:(?P<topic>[A-Za-z][\w' -]{1,30}):\s+|(?:for|on|regarding|as\s+for)\s+(?P<topic_for>(?:the|our|your)\s+[\w' -]{2,30}?),?\s+|"
                # ("After the stand-up this morning we go with a React component, not a separate app, ...")
                r"(?:after|following)\s+(?:the|our|your|this|today's|yesterday's|last)\s+[^,;?]{2,40}?,?\s+(?=we\b))?"
                r"(?:(?:so|and|ok|okay|also|but|then|plus)[,]?\s+)?(?P<topic_obj>(?:this|that|the)\s+(?:job|order|one|batch|part|round|run)\s+)?"
                r"we(?:'re|\s+are|'ll|\s+will)?\s+(?:now\s+)?"
                r"(?P<body>(?:build(?:ing)?|use|using|go(?:ing)?|run(?:ning)?|host(?:ing)?|stay(?:ing)?|stick(?:ing)?|keep(?:ing)?|pick(?:ing)?|"
                r"choose|choosing|do|doing|record(?:ing)?|print(?:ing)?|ship(?:ping)?|write|writing|design(?:ing)?|film(?:ing)?|shoot(?:ing)?|"
                r"take|taking|log(?:ging)?|track(?:ing)?|stor(?:e|ing)|manag(?:e|ing)|want(?=[^?]*\bbecause\b)|"
                # ("We will animate in After Effects, not Toon Boom, because ...": any way of working, with its reason)
                r"(?!(?:send|deliver|get|be|have|let|come|call|meet|need|start|finish|will|would|shall|can|could|should|must|are|were)\b)[a-z]{3,}(?=\s[^,;?]{2,70}?,?\s+not\s+[^,;?]{2,40}?,?\s+(?:because|since)\s))"
                r"\s+[^,;?]{2,70}?,?\s+not\s+(?!(?:yet|now|today|tomorrow|before|until|sure|later|on|by|" + _DAY_NAME + r"|the\s+\d+|\d)\b)[^,;?]{2,40}?"
                # ("We'll do this one in memoQ, not Trados, because Hollerer's previous vendor ...")
                r"(?:,?\s+(?:because|since)\s+[^?]{3,200}?)?)\s*[.!]?$", re.IGNORECASE),
     "natural:instead-of", ""),
    # "on the language question you asked: we want both English and Swahili": the answer
    # to a question it names is a choice
    (re.compile(r"^(?:(?-i:[" + NAME_CAPITALS + r"])[\w'-]+,\s+)?(?:on|about|re|regarding|to)\s+(?:the|your)\s+(?P<topic>[\w' -]{2,30}?)\s+question(?:\s+(?:you|he|she|they)\s+asked)?\s*[:,–—-]\s*"
                r"(?:(?:yes|no)[,.]?\s+)?(?:we|i)\s+(?:(?:would|'d)\s+like|want|need|prefer|'ll go with|will go with|go with|choose|pick)\s+"
                r"(?P<body>[^?]{2,120})$", re.IGNORECASE), "natural:named-answer", ""),
    # "For the tagline, keep it in French everywhere" - how a thing stays
    (re.compile(r"^(?:for|on|about|as for)\s+(?P<topic>(?:the|our|your)\s+[^,]{2,30}),\s*(?:please\s+)?(?P<body>(?:keep|leave)\s+(?:it|them|this|that)\b[^?]+)$",
                re.IGNORECASE), "natural:keep", ""),
    # "The fountain: we keep it in the VO, as a variant" - a topic, then what happens to it
    (re.compile(r"^(?:[" + NAME_CAPITALS + r"][\w'-]+,\s+)?(?P<topic>(?:the|our|your)\s+[^,:]{2,30}):\s*(?:ok,?\s+)?(?:we|we'll|we will|let's)\s+"
                r"(?P<body>(?:keep|leave|drop|remove|skip|move|cut)\s+(?:it|them)\b[^?]+)$", re.IGNORECASE), "natural:keep", ""),
    # "Let's carry 6% escalation on the mechanical scope, not 4%": a choice against another
    (re.compile(r"(?:^|[,;:—–]\s*|\b(?:so|ok|okay|then|also|and)[,!.]?\s+)let'?s\s+(?P<body>(?!not\b|chat\b|talk\b|discuss\b|meet\b|catch up\b)[a-z]+\s[^?]*?"
                r"(?:,\s*not\s+|\s+rather than\s+|\s+instead of\s+)[^?]+)$", re.IGNORECASE), "natural:lets", ""),
    # "the board met this afternoon and agreed to propose a final dividend"
    (re.compile(r"\b(?:met|talked(?: it)? over|spoke|discussed it|went through it)\b[^.;]{0,60}?\band\s+(?:have\s+)?(?:agreed|decided|chose|opted)\s+"
                r"(?:to|on|that|for)\s+(?P<body>\S.+)", re.IGNORECASE), "natural:decided", ""),
    # "On the rooflight, we talked it over last night and it's the island."
    (re.compile(r"^(?:on|about|re|regarding|as for)\s+(?P<topic>(?:the|our|your)\s+[^,:]{2,40})[,:]\s+(?:we|i|[" + NAME_CAPITALS + r"][a-z]+ and I)\s+"
                r"(?:talked it over|talked about it|discussed it|thought about it|slept on it)\b[^.;]{0,40}?\band\s+(?:it's|it is|it'll be|we'll go with|"
                r"we're going with|we want)\s+(?P<body>\S.+)", re.IGNORECASE), "natural:decided", ""),
    # "Because the timeline is tight, we will put two translators on the project": who does the
    # work, settled for a reason said first
    (re.compile(r"^(?:(?:and|so|also)[,]?\s+)?because\s+[^,]{8,120},\s+(?:we|i)(?:'ll|\s+will)\s+(?P<body>(?:put|assign|add|bring\s+in|staff)\s+"
                r"(?:two|three|four|five|\d+|a\s+second|an\s+extra|another|more)\s+[^?]+)$", re.IGNORECASE), "natural:plan", ""),
    # "We changed it from vermilion to indigo, because the vermilion was too similar to another
    # ramen chain": a choice made over another, and why (a day moved is a slip, read elsewhere)
    (re.compile(r"\b(?:we|i)(?:'ve|\s+have)?\s+(?:now\s+|also\s+|just\s+)?(?:changed|switched)\s+(?:it\s+|them\s+)?(?P<body>(?:the\s+[\w -]{2,30}?\s+)?"
                r"from\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)[^\d,;?]{2,30}?\s+to\s+[^\d,;?]{2,30}?,?\s+(?:because|since)\s+[^?]+)$",
                re.IGNORECASE), "natural:changed", "Change "),
    # "For the financial year end we decide 31 December, same with our parent company": the
    # plain present, as non-native writers decide
    (re.compile(r"\bwe\s+(?:now\s+|also\s+)?decide\s+(?!(?:to|that|on|whether|if|when|later|tomorrow|today|next|by|after|before|together|"
                r"internally|with|this|at|in)\b)(?P<body>(?:for\s+)?\S[^?]{1,200})$", re.IGNORECASE), "natural:decided", ""),
    # "Skip AirDNA. We're not buying it, the license is 6,000 euro a year ...": a named thing
    # struck out, said as an order
    (re.compile(r"^(?:(?:ok|okay|so|then|and)[,]?\s+)?skip\s+(?P<body>(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z0-9])[\w.&-]*){0,2})\s*[.!]?$",
                re.IGNORECASE), "natural:going-with", "Skip "),
    # "One thing we've made a call on: the Māori place names stay in the Latin alphabet"
    (re.compile(r"\b(?:i|we|[" + NAME_CAPITALS + r"][a-z]+ and I)(?:'ve|\s+have)?\s+(?:now\s+|also\s+|finally\s+)?made\s+(?:a|the|our)\s+"
                r"(?:call|decision)(?:\s+on)?\s*:\s*(?P<body>\S.+)", re.IGNORECASE), "natural:decided", ""),
    # "One thing Richard and I have decided: we're keeping the scanner-to-email as it is"
    (re.compile(r"(?<!\bwhat )\b(?:i|we|[" + NAME_CAPITALS + r"][a-z]+ and I)\s+(?:(?:have|'ve)\s+)?(?:now\s+|also\s+|finally\s+)?(?:decided|agreed)\s*:\s*"
                r"(?P<body>(?!(?:i|we)(?:'ll| will)\b)\S.+)", re.IGNORECASE),
     "natural:decided", ""),
    # "We'll take Business Premium for all 42 users": a plan or product chosen, no work
    (re.compile(r"^(?:(?:ok|okay|so|then|and)[,]?\s+)?we(?:'ll| will|'d like to| would like to)\s+(?:go ahead and\s+)?(?P<body>take\s+(?:the\s+)?"
                r"(?:(?-i:[" + NAME_CAPITALS + r"])[\w+-]*(?:\s+(?-i:[A-Z0-9])[\w+-]*){0,3}(?=\s+(?:for|on|plan|tier|licen[cs]es?|package|option|version|across|,)|\s*[.!]?$)|"
                r"(?:[\w-]+\s+){0,2}(?:option|package|plan|tier|bundle|licen[cs]es?|offer|quote)\b)[^?]*?)\s*[.!]?$", re.IGNORECASE),
     "natural:decided", ""),
    # "We'll hold off on the ep 3 edit until the tape sync is in.": a pause chosen, no work
    (re.compile(r"^(?:(?:so|ok|okay|and)[,]?\s+)?we(?:'ll| will|'re going to| are going to|'d rather)?\s+(?:just\s+)?"
                r"(?P<body>(?:hold off|wait)\s+(?:on|with)\s+[^,;?]{2,60}?\s+(?:until|till|for)\s+[^,;?]{2,60}?)\s*[.!]?$", re.IGNORECASE),
     "natural:decided", ""),
    # "We'll also leave the Help Center articles out of scope for now"
    (re.compile(r"\b(?:we|we'll|we will|let's|let us)\s+(?:also\s+)?(?P<body>(?:leave|keep|take|put|move)\s+[^,;?]{2,80}?\s+out of (?:the\s+)?scope\b[^?]*)$",
                re.IGNORECASE), "natural:decided", ""),
    # "We will leave the two young Pinotage blocks (13 and 14) out of this survey."
    (re.compile(r"\b(?:we|we'll|we will|let's|let us|i'll|i will)\s+(?:also\s+)?(?P<body>(?:leave|keep)\s+(?!(?:it|them|this|that|you|me|us)\b)"
                r"[^,;?]{2,80}?\s+out(?:\s+of\s+(?:the|this|our|that)\s+[^,;?]{2,40})?)\s*[.!]?$", re.IGNORECASE), "natural:decided", ""),
    # "From our side it is decided that the six linden trees remain" / "It was agreed to ..."
    (re.compile(r"(?:^|[,;:]\s*|\b(?:side|now|so|also|and)[,]?\s+)it\s+(?:is|was|has been|had been)\s+(?:now\s+|finally\s+)?(?:decided|agreed)\s+"
                r"(?:(?:by\s+[^,;]{2,40}?|with\s+[^,;]{2,40}?)\s+)?(?:to|that|on)\s+(?P<body>\S.+)", re.IGNORECASE), "natural:decided", ""),
    # "Ok, we go with the monthly partitioning" (the present, in non-native English)
    (re.compile(r"\bwe\s+(?:now\s+)?(?P<verb>go with|take|stay with|stick with|keep)\s+(?P<body>(?:the|our|option|version)\b.+|(?-i:[" + NAME_CAPITALS + r"])[\w'-]+(?:\s+(?:and|&)\s+(?-i:[" + NAME_CAPITALS + r"])[\w'-]+)?\s*[.!]?$|"
                # ("Ok we take Booking Manager.": a name of two or three words)
                r"(?-i:[" + NAME_CAPITALS + r"])[\w'-]+(?:\s+(?-i:[" + NAME_CAPITALS + r"])[\w'-]+){1,2}\s*[.!]?$|"
                # "we take Sabine (German, sample 2) and Claire (French, sample 1) for all five videos"
                r"(?-i:[" + NAME_CAPITALS + r"])[\w'-]+\s*\([^)]{2,40}\)(?:,?\s+(?:and|&)\s+(?-i:[" + NAME_CAPITALS + r"])[\w'-]+(?:\s*\([^)]{2,40}\))?)?"
                r"\s+(?:for|as|on)\s+[^?]+|"
                # "we go with Studio Lumen this time, not Marco, because ..."
                r"(?-i:[" + NAME_CAPITALS + r"])[\w'-]+(?:\s+(?-i:[" + NAME_CAPITALS + r"])[\w'-]+)?\s+this time\b.+)",
                re.IGNORECASE),
     "natural:going-with", ""),
    # "After talking with the board we'll keep the English narration, because most of our buyers
    # are in the US" / "We keep B without the tail – with the tail it gets too busy" / "On the
    # domain: we'll keep kaieteurtrails.gy, it shows people we are a Guyanese company": what stays,
    # with why (not "we'll keep you posted", "keep the files until Friday")
    (re.compile(r"^(?:(?:after|following)\s+[^,]{3,60}?,?\s+|(?:so|ok|okay|and|then)[,]?\s+)?"
                r"(?:(?:on|about|for|as for)\s+(?P<topic>(?:the|our|your)\s+[\w' -]{2,30}?)\s*:\s+)?we(?:'ll|\s+will)?\s+(?P<verb>keep|stay with|stick with)\s+"
                r"(?P<body>(?!(?:you|them|it|us|in\s+mind|an\s+eye|in\s+touch)\b)(?![^?]*\b(?:until|till|posted|informed|in the loop|for now)\b)[^?,;–—]{2,80}?)"
                r"(?:,?\s+(?:because|since)\s+|\s+[—–]\s+|,\s+(?=(?:it|this|that|they)\s+(?:is|are|'s|shows?|gives?|works?|looks?|gets?|reads?|makes?|fits?)\b))"
                r"(?P<why>[^?]{4,}?)\s*[.!]?$", re.IGNORECASE),
     "natural:choose", ""),
    # "For the Japanese text we will use Noto Sans JP.": a named thing used for a part of the work
    (re.compile(r"^for\s+(?P<topic_for>(?:the|our|your)\s+[\w' -]{2,30}?),?\s+we\s+(?:will\s+|'ll\s+)?use\s+(?P<body>(?-i:[A-Z])[^?,;]{1,60}?)\s*[.!]?$",
                re.IGNORECASE), "natural:choose", ""),
    # "About the blog: we leave it for the second phase.": a part put off to a later phase
    (re.compile(r"^(?:about|on|for|as for|regarding)\s+(?P<topic>(?:the|our|your)\s+[\w' -]{2,30}?)\s*[:,]\s+we(?:'ll|\s+will)?\s+(?:leave|keep|park|move|push)\s+(?:it|them)\s+"
                r"(?P<body>(?:for|to)\s+(?:(?:the\s+)?(?:second|next|later|third|2nd|3rd)\s+(?:phase|stage|round|version)|phase\s+\d|later|next\s+year|v2|version\s+2))\b[^?]*$",
                re.IGNORECASE), "natural:choose", ""),
    # "We like more the moodboard A (Río), because our guests come for the nature"
    (re.compile(r"^(?:(?:so|ok|okay|and|then)[,]?\s+)?we\s+(?:all\s+|really\s+)?like\s+(?:more|better|best)\s+(?P<body>(?:the\s+)?[^,;?]{2,60}?),?\s+(?:because|since)\s+(?P<why>[^?]{4,})$",
                re.IGNORECASE), "natural:choose", "Go with "),
    # "Tom has gone with concept B." / "We went with the matte finish in the end." (someone
    # named, of one of the options put up: "Harbourline have gone for Kansai" is a third party's
    # own plan; and not company: "we went with the crew to the site")
    (re.compile(r"^(?:(?:so|ok|okay|and|in the end)[,]?\s+)?(?:(?:we|i)\s+(?:(?:have|'ve)\s+(?:now\s+|finally\s+)?gone|went)\s+(?:with|for)\s+"
                r"(?=the|option|version|concept|design|direction|variant|proposal|(?-i:[" + NAME_CAPITALS + r"0-9]))"
                r"|(?-i:[" + NAME_CAPITALS + r"])[\w'-]+\s+has\s+(?:now\s+|finally\s+)?gone\s+(?:with|for)\s+(?=(?:option|version|concept|design|direction|variant|proposal)\s))"
                r"(?P<body>(?![^?]*\b(?:to|into|for\s+(?:a|the)\s+(?:walk|drink|lunch|dinner|coffee|ride))\b)\S[^?]{0,80}?)\s*[.!]?$", re.IGNORECASE),
     "natural:choose", "Go with "),
    # "And a decision we made after seeing your photos: we will put the panels on a frame"
    (re.compile(r"^(?:(?:and|also|so)[,]?\s+)?(?:one|a|another|the|our)\s+(?:other\s+|more\s+|last\s+|small\s+|big\s+)?decision\s+(?:we|i)(?:'ve|\s+have)?\s+"
                r"(?:made|took|taken)\b[^:?]{0,60}:\s+(?:(?:we|i)(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)?\s+)?(?P<body>\S[^?]{3,})$", re.IGNORECASE),
     "natural:decision-label", ""),
    # "For the lid we choose the dark red (maroon) colour." / "We choose 埃特纳之心 (Aitena zhi
    # xin).": a pick, plainly said (not "we choose the photos later", "we picked them up")
    (re.compile(r"^(?:for\s+(?:the|our|your)\s+[\w' -]{2,30}?,?\s+)?(?:(?:so|ok|okay|then|and|in the end|finally)[,!.]?\s+)?we\s+(?:(?:have|'ve)\s+)?"
                r"(?:now\s+|finally\s+|all\s+)?(?:choose|chose|chosen|picked|selected)\s+"
                r"(?P<body>(?!(?:it|them|this|that|one|which|what|whether|to|between|from|among|ourselves|up)\b)"
                r"(?![^?]*\b(?:later|tomorrow|next\s+week|when|once|after|if|up)\b)[^?]{2,80}?)\s*[.!]?$", re.IGNORECASE), "natural:choose", "Go with "),
    # "we choose Keycloak, because our other products already use it"
    (re.compile(r"\bwe\s+(?:now\s+)?(?P<verb>choose|pick|select|prefer|take)\s+(?P<body>[^,;]+?(?:,?\s+(?:because|since|as)\s+|\s+(?:rather than|instead of|over)\s+).+)",
                re.IGNORECASE), "natural:choose", ""),
    # "The Blue Lagoon visit on Sunday we replace by the Sky Lagoon." / "we replace the buffet with a
    # seated dinner": one thing swapped for another
    (re.compile(r"^(?P<body>(?:the|our|your)\s+[^,;:?]{2,60}?\s+we\s+(?:will\s+|'ll\s+)?(?:replace|swap|exchange)\s+(?:by|with|for)\s+[^,;?]{2,60}?)"
                r"(?:,?\s+(?:because|since|as)\s+[^?]+)?\s*[.!]?$", re.IGNORECASE), "natural:replace", ""),
    (re.compile(r"^(?:(?:so|and|also|ok|okay)[,]?\s+)?we\s+(?:will\s+|'ll\s+|now\s+)?(?P<body>(?:replace|swap)\s+(?:the|our)\s+[^,;?]{2,60}?\s+(?:by|with|for)\s+"
                r"[^,;?]{2,60}?(?:,?\s+(?:because|since)\s+[^?]+)?)\s*[.!]?$", re.IGNORECASE), "natural:replace", ""),
    # "I've struck Clerkenwell Works off the list because there's no step-free access"
    (re.compile(r"\b(?:i|we)(?:'ve|\s+have)?\s+(?:now\s+|also\s+)?(?P<verb>struck|crossed|taken|scratched)\s+(?P<body>[^,;?]{2,60}?\s+off\s+(?:the|our)\s+"
                r"(?:list|shortlist|longlist)(?:,?\s+(?:because|since|as)\s+[^?]+)?)\s*[.!]?$", re.IGNORECASE), "natural:struck-off", "Strike "),
    # "The client will pay the deposit, not us.": who does it, one way over the other
    (re.compile(r"^(?P<body>(?:the|our|your)\s+(?:client|customer|agency|supplier|vendor|team|studio|office|company)\s+will\s+(?:pay|cover|book|handle|bear|arrange|host)\s+"
                r"[^,;?]{2,60}?,\s+not\s+(?:us|you|them|me|we|the\s+\w+|our\s+\w+))\s*[.!]?$", re.IGNORECASE), "natural:instead-of", ""),
    # "we will deposit the data in the SRA rather than the university repository"
    (re.compile(r"\b(?:we|i)(?:'ll| will|'re going to| are going to|'m going to| am going to)\s+(?P<body>(?!(?:send|share|get|deliver|email|call|ring|post|have|do|"
                # ("I'll be recommending that ... rather than ...": advice, the client decides)
                r"finish|start|check|look|provide|be|recommend|suggest|propose|advise|hold|delay|push|postpone|wait)\b)[a-z]+\s[^,;?]+?\s+(?:rather than|instead of)\s+(?!(?:today|tomorrow|tonight|on\s|next\s|this\s|last\s|"
                r"the\s+\d+|\d+|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)[^?]+)$", re.IGNORECASE), "natural:plan", ""),
    # "We'll run all twelve sessions remotely." / "We'll pay her visa fee ourselves.": how or by
    # whom the work is done, settled
    (re.compile(r"^(?:(?:so|ok|okay|then|and|this time)[,]?\s+)?we(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)\s+(?P<body>(?:run|do|hold|pay|cover|host|"
                r"handle|print|produce|translate|shoot|film|record|conduct|deliver)\s+[^,;?]{2,60}?\s+(?:ourselves|remotely|in[- ]person|online|on[- ]site|"
                r"in[- ]house|internally|virtually)"
                # ("This time we will do the renders in-house instead of sending them to Karim, since
                # the timeline is too short": the other way, and why)
                r"(?:,?\s+(?:instead of|rather than)\s+[^,;?]{2,60}?)?(?:,?\s+(?:because|since|as|given)\s+[^?]+?|,\s+(?:the|our)\s[^?,]+?\s+too\s[^?,]+?)?)\s*[.!]?$",
                re.IGNORECASE), "natural:plan", ""),
    # "We'll do the site initiation visit in person, not remote" / "we're going to run the
    # study at a single site, BHRU, not two": the road not taken makes it a choice
    (re.compile(r"\b(?:we|i)(?:'ll| will|'re going to| are going to)\s+(?P<body>[a-z]+\s[^;?]+?(?:,|\s+and)\s+not\s+(?!(?:today|tomorrow|tonight|on\s|"
                r"by\s|before\s|until\s|next\s|this\s|last\s|the\s+\d+|\d+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yet|now|later|"
                r"just|only|least|sure|because|since|as)\b)(?:a\s+|an\s+|the\s+|with\s+|via\s+|in\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}(?:\s+[–—-]\s+[^?]+)?)\s*[.!]?$",
                re.IGNORECASE),
     "natural:plan", ""),
    # "The SMS receipt to the client will show only the amount paid and the loan number, not the balance."
    (re.compile(r"^(?P<body>(?:the|our)\s+[\w -]{2,50}?\s+will\s+(?:only\s+)?(?:show|include|use|display|contain|cover|list|carry)\s+[^;?]+?,\s+not\s+"
                r"(?:the\s+|a\s+|an\s+)?[\w -]{2,40})\s*[.!]?$", re.IGNORECASE), "natural:plan", ""),
    # "We will increase the stock testing sample to 40 lines, given last year's error"
    # ("For New Year's Eve boost we will increase the budget to THB 80,000, because last year ...")
    (re.compile(r"\b(?:we|i)(?:'ll| will)\s+(?P<body>(?:increase|reduce|raise|lower|cap|limit|extend|shorten|double|halve)\s(?:[^,;?]|,(?=\d))+?,?\s+"
                r"(?:given|because|since|as)\s+.+)", re.IGNORECASE), "natural:plan", ""),
    # "we're doing the ceremony outside no matter what"
    (re.compile(r"\b(?:we|i)(?:'re| are|'ll| will)\s+(?P<body>[a-z]+ing?\s[^?]+?)\s*,?\s+(?:no matter what|either way|regardless)\b", re.IGNORECASE),
     "natural:plan", ""),
    # "Yes, we'll support Spanish at launch" - a yes to a choice that was put to us
    (re.compile(r"^(?:yes|yep|yeah|ok(?:ay)?|sure|fine)[,!.]?\s+(?:we|i)(?:'ll| will)\s+(?P<body>(?:support|offer|include|keep|use|go with|launch|add|"
                r"drop|stick with|allow|accept|translate|localise|localize|cover|run with)\b.+)", re.IGNORECASE), "natural:yes-to", ""),
    # "Atlas asked us to hold off on the mobile app until Q1" - the client's call, relayed
    # ("The iwi we consulted asked us to keep them as they are": why a choice just named was made)
    (re.compile(r"\b(?:asked|told|instructed)\s+us\s+to\s+(?P<body>(?!(?:keep|leave)\s+(?:them|it)\s+as\b)(?:hold off|drop|pause|skip|stop|postpone|"
                r"cancel|keep|go with|use|switch to|stick with|remove|leave out)\b.*)", re.IGNORECASE), "natural:relayed", ""),
    # "Fine to go live on Monday." / "OK to launch"
    (re.compile(r"^(?:(?:that's|it's|we're|you're|all)\s+)?(?:fine|ok|okay|good|cleared|approved)\s+to\s+(?P<body>(?:go live|launch|proceed|print|publish|ship|send|"
                r"go ahead|release|start|order|book|submit)\b.*)", re.IGNORECASE), "natural:go-ahead", "OK to "),
    # "The kids' corner will be removed from the layout." - a cut, said of the thing
    (re.compile(r"^(?:(?:so|and|also)[,]?\s+)?(?P<body>(?:the|our)\s+[\w'’ -]{2,40}?\s+will\s+be\s+(?:removed|dropped|taken\s+out|cut|left\s+out)\s+(?:from|of)\s+[^?]{2,60})$",
                re.IGNORECASE), "natural:not-doing", ""),
    # "We decline the extended warranty."
    (re.compile(r"^(?:(?:so|and|also|after\s+some\s+thought)[,]?\s+)?(?:we|i)\s+(?:will\s+|have\s+to\s+|must\s+|respectfully\s+)?decline\s+(?P<body>(?:the|your)\s+[^?]{2,60})$",
                re.IGNORECASE), "natural:not-doing", "Decline "),
    # "Instead of a dropdown we will use a free-text field."
    (re.compile(r"^instead\s+of\s+(?P<old>(?!(?:the\s+)?(?:\d|today|tomorrow|next|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)[^,]{2,40}?),?\s+"
                r"(?:we|i)(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|\s+now)?\s+(?P<body>(?:use|take|go\s+with|do|have|print|ship|run|offer|show|build)\s+[^?]{2,60})$",
                re.IGNORECASE), "natural:instead-of", ""),
    # "The matte labels are the way to go." / "Our vote goes to option B."
    (re.compile(r"^(?:(?:so|i think|we think|for us|honestly)[,]?\s+)?(?:the\s+|our\s+|your\s+)?(?P<body>(?!(?:the|our|your)\b)[\w' -]{2,40}?)\s+(?:is|are)\s+(?:definitely\s+|clearly\s+)?"
                r"the\s+way\s+to\s+go\s*[.!]*$", re.IGNORECASE), "natural:choose", "Go with "),
    (re.compile(r"^(?:(?:so|and)[,]?\s+)?(?:our|my|the\s+board's|the\s+team's)\s+vote\s+goes\s+to\s+(?P<body>[^?]{2,40}?)\s*[.!]*$", re.IGNORECASE),
     "natural:choose", "Go with "),
    # "We accept the quote for the lightbox." / "We accept your offer of 3 December."
    (re.compile(r"^(?:(?:so|ok|okay|good news)[,:!]?\s+)?(?:we|i)\s+(?:hereby\s+|gladly\s+|happily\s+)?accept\s+(?P<body>(?:the|your)\s+(?:quote|quotation|offer|estimate|proposal|terms|price)\b[^?]{0,60})$",
                re.IGNORECASE), "natural:accepted", "Accept "),
    # "The video is off the table for now."
    (re.compile(r"^(?:(?:so|and|also|sadly|unfortunately)[,]?\s+)?(?:the|our)\s+(?P<body>[\w' -]{2,40}?)\s+(?:is|are)\s+off\s+the\s+table\b[^?]{0,30}$", re.IGNORECASE),
     "natural:not-doing", "Not "),
    # "Let's do option B."
    (re.compile(r"^(?:(?:so|ok|okay|then|great|perfect)[,!.]?\s+)?let'?s\s+do\s+(?P<body>(?:option|version|variant|plan|route|proposal|design)\s+[\w-]{1,12}\b[^?]{0,40})$",
                re.IGNORECASE), "natural:lets", "Go with "),
    # "We confirm the oak version for the frames."
    (re.compile(r"^(?:(?:so|and|also|ok|okay)[,]?\s+)?(?:we|i)\s+(?:hereby\s+|now\s+)?confirm\s+(?P<body>(?:the|our)\s+[\w' -]{2,30}?\s+(?:version|option|variant|design|"
                r"proposal|colou?r|finish|layout|concept|route|supplier)\b[^?]{0,40})$", re.IGNORECASE), "natural:choose", "Go with "),
    # "OK, the green one then." / "Fine, the matte version then.": a pick from the options put
    (re.compile(r"^(?:ok(?:ay)?|fine|right|alright|so|good|great|perfect)[,!.]?\s+(?P<body>(?:the\s+)?(?![^.!?]*\b(?:" + _DAY_NAME + r")\b)[\w' -]{2,30}?\s+(?:one|version|option|variant))"
                r"\s+then\s*(?:[.!]*$|\s+[—–-]\s+(?P<why>" + _DASH_WHY + r"))", re.IGNORECASE), "natural:option", "Go with "),
    # "We like the second draft best, because it feels warmer": the one preferred over the rest
    (re.compile(r"^(?:(?:so|and|also|honestly|overall)[,]?\s+)?(?:we|i)\s+(?:all\s+)?(?:like|prefer|love)\s+(?P<body>(?:the|option|version|variant|draft|design|proposal)\b"
                r"[^,;?]{1,40}?)\s+(?:best|most|the\s+most)\b(?:,?\s+(?P<rest>(?:because|since|as)\s+[^?]{6,}))?\s*[.!]?$", re.IGNORECASE),
     "natural:choose", "Go with "),
    # "Between the two, the darker green works better for us since it matches our trucks"
    (re.compile(r"^(?:between|of)\s+(?:the|these|those|your)\s+(?:two|three|options|versions|drafts|proposals)\s*,?\s+(?P<body>[^,;?]{2,40}?)\s+"
                r"(?:works|looks|reads|fits|feels|is)\s+(?:much\s+|a\s+lot\s+|clearly\s+)?better\b(?:\s+for\s+us)?(?:,?\s+(?P<rest>(?:because|since|as)\s+[^?]{6,}))?\s*[.!]?$",
                re.IGNORECASE), "natural:choose", "Go with "),
    # "Let us not translate the blog, nobody reads it.": a thing left undone, settled
    (re.compile(r"^(?:(?:so|and|ok|okay)[,]?\s+)?let(?:'s|\s+us)\s+not\s+(?P<body>(?!worry|forget|panic|rush|wait|lose|miss|overthink|get)[a-z]+\s+[^,;?]{2,50}?)"
                r"(?:(?:,\s*|\s+[–—-]\s+)(?P<why>[^?]{6,}))?\s*[.!]?$", re.IGNORECASE), "natural:not-doing", "Not "),
    # "No translation into French for now – the budget does not allow it.": a thing left out
    (re.compile(r"^(?:so\s+|and\s+|also\s+)?no\s+(?P<body>(?!(?:problem|problems|worries|worry|rush|hurry|news|need|change|changes|pressure|stress|"
                r"issue|issues|question|questions|idea|doubt|way|one|time|reply|answer|response|update)\b)[\w' -]{3,40}?\s+(?:for\s+now|this\s+time|this\s+year|"
                r"at\s+launch|for\s+(?:the\s+)?(?:launch|first\s+[\w-]+|pilot))\b)(?:\s*[–—-]\s*|,\s*|\.\s*$|\s*$)(?P<rest>[^?]{8,})?$",
                re.IGNORECASE), "natural:not-doing", "No "),
    # "For launch, the website will be in English only." / "We will launch on Android only for
    # the first season, iOS comes later." / "We will start with the web portal only and keep the
    # driver app for 2027, as our IT budget is closed": the scope settled, what waits said after
    # (the scope said bare needs its occasion first: "The master cartons will be plain brown
    # kraft with your shipping label only" describes the thing, it settles no scope)
    (re.compile(r"^(?:(?:and\s+)?(?:so\s+you\s+know|fyi|for\s+your\s+(?:info|information|planning)|just\s+so\s+you\s+know|one\s+more\s+thing|also)\s*[:,]\s+)?"
                r"(?:(?P<lead>so|and|also|ok|okay|for\s+(?:now|launch|(?:the\s+)?(?:first|1st|initial)\s+[\w-]+|the\s+[\w-]+\s+launch)|at\s+launch|in\s+the\s+first\s+[\w-]+),?\s+)?"
                r"(?P<body>(?:we(?:'ll|\s+will)\s+(?:launch|start|go\s+live|begin|ship|release|open|run)\b|(?:the|our)\s+(?:[\w'’-]+\s+){0,3}?will\s+(?:launch|start|go\s+live|run|ship|open|"
                # ("The office will be closed on Monday only": when, not what)
                r"be(?!\s+(?:closed|open|away|out|off|back|available|here|there|shut|in\s+(?:the\s+)?office|on\s+(?:leave|holiday|vacation))\b))\b)"
                r"[^;,?]{0,50}?\bonly\b[^;,?]{0,60}?)(?:,?\s+(?P<rest>(?:because|since)\s+[^?]{8,}|as\s+(?:the|our|their|we|they|it|this)\s+[^?]{8,})"
                r"|[;,]\s+[^?]{2,60}?\b(?:comes?|can\s+come|will\s+come|could\s+come|follows?|can\s+follow|will\s+follow|can\s+wait|will\s+wait|waits?)\b[^?]{0,30}"
                r"|(?(lead)\s*[.!]?|(?!)))$",
                re.IGNORECASE), "natural:scope", ""),
)
# "The serif version in heritage green is the winner" - the chosen one, named.
_DEC_WINNER = re.compile(
    r"^(?:(?:so|ok(?:ay)?|great|right)[,!:]?\s+)?(?P<subj>(?:the|our)\s+[^,;:?]{2,60}?)\s+(?:is|was|'s)\s+(?:the\s+)?(?:clear\s+|outright\s+)?"
    r"(?:winner|favourite|favorite|one we(?:'re| are) going with|one we(?:'ll| will) go with|final choice|way to go)\b",
    re.IGNORECASE,
)
# "so that's settled: Auth0 with MFA for clinicians" / "Settled: the blue palette".
_DEC_SETTLED = re.compile(
    r"(?:^|[,;]\s*(?:so\s+)?|\bso\s+)(?:that's|that is|it's|it is)?\s*(?:settled|decided|final|agreed)\s*[:–—]\s*(?P<body>\S.{3,})",
    re.IGNORECASE,
)
# "Approved for the pilot!" - a verdict line with what it is approved for.
_DEC_APPROVED_FOR = re.compile(r"^(?:(?:so|and)\s+)?approved\s+for\s+(?P<body>[^?]{3,60}?)\s*[.!]*$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-–—*•+]|\d{1,2}[.)])\s+")
# A clause after a colon that says why: a subject, then a verb ("Hoekstra has now ...")
_TOLD_WHY = re.compile(r"^(?:[" + NAME_CAPITALS + r"][\w&'-]*|the\s+\w+|our\s+\w+|their\s+\w+|it|they|we|that|this)\s+(?:\w+\s+)?"
                       r"(?:is|are|was|were|has|have|had|'s|'re|can|can't|cannot|won't|doesn't|don't|needs?|makes?|saves?|keeps?|gives?|"
                       r"costs?|takes?|works?)\b"
                       # ("We've chosen the Al Kahraba Hotel: most of our guests land on the morning of the 26th, so ...")
                       r"|^(?:most|many|all|half)\s+of\s+(?:the|our|their|your)\s+[\w-]+\s+(?!(?:is|are|was|were)\b)[a-z]{3,}\s+(?:on|in|at|from|to|with)\b",
                       re.IGNORECASE)
_CLAUSE_WITH_VERB = re.compile(
    r"^(?:(?:the|that|this|our|their|it|they|we|email|there)\b[^;]{0,60}?\b(?:is|are|was|were|'s|'re|has|have|can't|cannot|won't|isn't|aren't|"
    r"doesn't|don't|needs?|makes?|saves?|keeps?|gives?)\b|"
    # "...; nobody reads win-back emails in December"
    r"(?:nobody|no one|everyone|everybody|most people|people|customers|clients|users)\s+(?!\w+ly\b)[a-z]+s?\b)",
    re.IGNORECASE,
)
# "we choose the second concept" / "we've picked option B": choosing one of the offered
# things ("we'd prefer the logo smaller" is a wish, handled as a request).
_DEC_CHOOSE = re.compile(
    r"\b(?:we|i)\s+(?:(?:have|'ve|will|'ll|both|all|finally|now|definitely|then)\s+)*"
    r"(?P<verb>choose|chose|pick|picked|select|selected|prefer|take|went for|went with|like best|vote for|voted for)\s+"
    # ("I will take new photos of them when the painter is finished": photographs, not a pick)
    r"(?!(?<=take\s)(?:(?:new|more|some|fresh|a\s+few|the|our)\s+)?(?:photos?|pictures?|images?|shots?)\b)"
    r"(?P<body>(?:the\s+)?(?:(?:first|second|third|fourth|last|final|other|new|original|\w+)\s+){0,2}"
    r"(?:option|concept|version|variant|design|proposal|layout|mock-?up|draft|direction|route|palette|scheme|colou?r|logo|font|"
    r"typeface|quote|supplier|one|idea|approach|name|photo|image|template|theme)s?\b.*)",
    re.IGNORECASE,
)
# "We choose the cheaper hosting plan." / "We opted for the local printer.": a choice verb
# strong enough for any object (not "prefer" or "take", which want a named option)
_DEC_CHOSE = re.compile(r"^(?:(?:so|ok|okay|and|then|in the end|after all)[,]?\s+)?(?:we|i)\s+(?:(?:have|'ve|finally|both|all|now)\s+)*"
                        r"(?P<verb>choose|chose|chosen|opted for|opt for|went for|went with|voted for)\s+"
                        r"(?P<body>(?:the|a|an|our|your|option|version|number)\s+[^?]{2,100})$", re.IGNORECASE)
# "the roof is to change from a flat roof to a pitched one" / "we're switching from Mailchimp
# to Brevo": a change of course, stated as settled.
_DEC_CHANGE_FROM_TO = re.compile(
    r"(?P<body>(?:\b(?:the|our|this|these)\s+[^,;]{2,60}?\s+(?:is|are|has been|have been|will)\s+(?:now\s+)?(?:to\s+)?(?:be\s+)?"
    r"|\b(?:we|i)(?:'re|'ve| are| have| will|'ll| are going to|'re going to)\s+(?:now\s+|officially\s+)?)"
    r"(?:change|changing|changed|switch|switching|switched|move|moving|moved|go|going)\s+(?:\S+\s+){0,4}?"
    r"from\s+[^,;]{2,60}?\s+to\s+[^,;?]{2,100})",
    re.IGNORECASE,
)
# "Yes 1 November is perfect." - a yes to what was proposed.
_DEC_YES_IS_FINE = re.compile(
    r"^(?:yes|yep|yeah|ok|okay|sure)[,!.]?\s+(?P<subj>(?!(?:that|this|it|that's|this is|it's|all|everything|both)\b)[^,;?]{2,40}?)\s+"
    r"(?:is|sounds|works)\s+(?:perfect|fine|great|good|ideal)(?:\s+(?:for|with)\s+us)?\s*[.!]*$",
    re.IGNORECASE,
)
_CLOCK_TIME = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\bat\s+\d|\b(?:noon|morning|afternoon|evening)\b", re.IGNORECASE)
_CONDITIONAL_START = re.compile(r"^(?:if|once|when|whenever|unless|until|after|before|as soon as|should)\b", re.IGNORECASE)
_PAST_CHOICE = re.compile(r"^(?:after|before)\b.*\b(?:we|i|they)(?:'ve|\s+have)?\s+(?:finally\s+|eventually\s+)?(?:went|decided|agreed|chose|settled|opted|picked)\b",
                          re.IGNORECASE)
# "After seeing the samples, we ..." / "After the call, we ...": a lead-in phrase, not a condition.
_LEAD_PHRASE = re.compile(r"^(?:after|before)\s+(?:\w+ing\b|(?:the|our|your|a|an|this|that|last|yesterday's|today's|some|all|much|lots of)\b)[^,]{0,60},|"
                          # ("After the stand-up this morning we go with ...": an event already past, no comma)
                          r"^after\s+(?:the|our|this|today's|yesterday's)\s+[^,]{2,40}?\s+(?:this morning|this afternoon|yesterday|today|earlier)\s+(?=we\b)|"
                          # ("After some back and forth we landed on the lighter font")
                          r"^(?:after|following)\s+(?:some|a\s+lot\s+of|much|a\s+long|long|a\s+bit\s+of)\s+(?:back[\s-]and[\s-]forth|discussion|debate|thought|deliberation)\s+(?=we\b)|"
                          # ("After talking with the board we'll keep the English narration": a talk had, no comma)
                          r"^after\s+(?:talking|speaking|discussing|consulting|checking|meeting)\s+(?:it\s+)?(?:with|to)\s+[^,]{2,40}?\s+(?=we\b|we'(?:ll|ve)\b)",
                          re.IGNORECASE)
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|when|once|until|till|before|as soon as|if|unless|whether)\s+$", re.IGNORECASE)
_AIM_FIRST = re.compile(r"^to\s+(?P<why>(?:keep|save|reduce|cut|avoid|stay|speed|meet|limit|lower|simplify)\b[^,]{3,50}?),?\s+(?=(?:we|i)\b|let's\b)",
                        re.IGNORECASE)
# "...; the 500 g size is out": a second thing settled, not the reason for the first
_ALSO_OUT = re.compile(r"\b(?:is|are)\s+(?:now\s+)?(?:out|gone|dropped|off)\s*[.!]?$", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|n't|never|yet to|no one|nobody)\b", re.IGNORECASE)
_TRIVIAL_BODY = re.compile(
    r"^(?:thanks|thank you|sounds good|cheers|great|perfect|100%|totally|absolutely|completely|"
    r"keep (?:you|u|everyone|all of you|them|you all) (?:posted|updated|informed|in the loop)|let you know|be in touch|get back to you|"
    # ("Helen and I are torn between the Bertazzoni and the Mabe. We'll have an answer for you by Friday.")
    r"(?:have|get|give) (?:you )?(?:an |the |our )?(?:answer|decision|reply|response)(?: for you| to you)?\s*$|"
    r"not sure|no idea|tbd|tbc|to be (?:decided|confirmed)|pending|unknown|don't know|it\b|this\b|that\b|them\b)",
    re.IGNORECASE)


_TRAILING_NAME = re.compile(r",\s*(?P<name>[" + NAME_CAPITALS + r"][\w'.-]*(?:\s+[" + NAME_CAPITALS + r"][\w'-]*){1,2})\s*(?P<end>[?.!]*)\s*$")
_PRONOUN_CHOICE = re.compile(r"^(?P<verb>(?:go|going|stick|run|proceed)\s+with|keep|use|take|pick|choose|approve)\s+(?:it|that|this|them|those|that one|this one)[.!]*$",
                             re.IGNORECASE)
_NAMED_BEFORE = re.compile(r"\b(?P<np>(?:the|this|that|your|their)\s+[^,;:.!?()]{2,40}?|(?-i:[" + NAME_CAPITALS + r"])[\w-]*\s+(?:option|version|design|plan|concept|route)"
                           r"|(?:option|version|design|plan|concept|route)\s+(?:[A-Z0-9]\b|\d+))"
                           r"(?=\s*(?:[,;:–—]|\s+(?:is|are|looks?|works?|seems?|feels?|reads?|wins?)\b))", re.IGNORECASE)


# "We've decided that internally." / "That's been agreed with the board.": the decision
# is the sentence before
_DECIDED_THAT = re.compile(
    r"^(?:(?:and|so|also)[,]?\s+)?(?:(?:we|i)(?:'ve|\s+have)?\s+(?:already\s+|now\s+)?(?:decided|agreed|settled)\s+(?:on\s+)?(?:that|this)"
    r"|(?:that|this)(?:'s|\s+is|\s+has|'s\s+been|\s+has\s+been|\s+was)\s+(?:already\s+|now\s+)?(?:been\s+)?(?:decided|agreed|settled|signed\s+off))"
    r"(?:\s+(?:internally|already|together|between\s+us|on\s+our\s+side|in\s+the\s+team|with\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?|"
    r"this\s+(?:morning|afternoon|week)|yesterday|last\s+week|on\s+the\s+call))*\s*[.!]*$", re.IGNORECASE)


# Said with the words of a choice, choosing nothing: idioms ("going with the flow", "fingers
# crossed", "agree to disagree"), a choice left to the reader ("I prefer the first one, but it
# is your call", "I'll go with whatever you think is best"), a choice of some other time ("we
# went with the cheaper courier last time"), a call or a meeting proposed, and cheering on
# ("Let's make it happen!", "Let's not forget the deadline")
_NO_CHOICE_MADE = re.compile(
    r"\bgo(?:ing|ne)?\s+with\s+the\s+flow\b|\bagree(?:d)?\s+to\s+disagree\b|\bfingers\s+crossed\b|\b(?:go|going)\s+(?:with|for)\s+whatever\b|"
    r"\b(?:but|though|although)\s+(?:it'?s|it\s+is|that'?s|that\s+is)\s+(?:really\s+|entirely\s+|of\s+course\s+)?(?:your|their)\s+(?:call|decision|choice)\b|"
    r"\b(?:it'?s|it\s+is)\s+(?:really\s+|entirely\s+)?up\s+to\s+you\b|\b(?:went|chose|picked|used)\b[^.;]*\blast\s+time\b|"
    r"\blet'?s\s+(?:not\s+forget|remember|make\s+it\s+happen|do\s+this|get\s+(?:this|it)\s+done|nail\s+it|hope|wait\s+and\s+see|see\s+how)\b|"
    r"\blet'?s\s+(?:have|schedule|set\s+up|book|do|jump\s+on|hop\s+on|arrange|plan)\s+(?:a|an)\s+(?:quick\s+|short\s+|brief\s+|first\s+)?"
    r"(?:call|meeting|chat|catch-?up|zoom|teams\s+call|video\s+call|sync|huddle)\b|"
    # "we keep the tanks in our warehouse without cost for you" (goods held, a courtesy) / "we prefer
    # to send you something correct rather than something fast" (a sentiment)
    r"\bkeep\s+(?:the|your|them|it)\b[^.;]{0,30}\bin\s+(?:our|the)\s+(?:warehouse|storage|stock|depot|yard)\b|"
    r"\bprefer\s+to\s+\w+\s+(?:you\s+)?(?:something|anything)\b|"
    # "Meanwhile we will go ahead with the knitting" (work carries on) / "Like this we keep the
    # planning for the online store" (what a date keeps, not a way chosen)
    r"\b(?:meanwhile|in the meantime|till then|until then)\b[^.;]{0,20}\bgo(?:ing)?\s+ahead\s+with\b|"
    r"\b(?:like this|this way|that way|so)\s*,?\s+we\s+(?:can\s+)?keep\s+(?:the|our)\s+(?:planning|schedule|timeline|timing|deadline|dates?)\b|"
    # "Management has approved the budget, so we can start": the go signal, reported
    # (not "approved the budget for the second phase, so we can start in January": new scope)
    r"\b(?:management|the board|our board|our director|the director|the client|[A-Z][\w-]+)\s+(?:has|have)\s+approved\s+(?:the|your|our)\s+"
    r"(?:budget|proposal|quote|offer|plan),\s+so\s+we\s+(?:can|are|will)\s+(?:start|begin)(?:ing)?(?:\s+(?:now|today|right away))?\s*[.!]?$",
    re.IGNORECASE)
# "we go with Django, not Laravel" / "the master is the vertical version, not the other way
# around" / "a PWA instead of two native apps": one way taken over another, with a subject
# that takes it (we, I, let's, the thing and how it will be) or a choosing imperative
_CONTRAST_VERBS = (r"(?<!i would )(?<!i'd )(?<!we would )(?<!we'd )say|says|read|reads|group|grouped|grouping|sort|sorted|sorting|list|listed|listing|display|displaying|"
                   r"chose|picked|went|kept|used|built|switch|switched|switching|"
                   r"go|going|goes|stay|staying|stays|stick|sticking|use|using|build|building|present|presenting|put|putting|keep|keeping|"
                   r"do|doing|make|making|run|running|host|hosting|print|printing|ship|shipping|launch|launching|hold|holding|show|showing|"
                   r"cut|cutting|write|writing|translate|translating|shoot|shooting|film|filming|record|recording|publish|publishing|post|posting|"
                   r"start|starting|open|opening|choose|choosing|pick|picking|take|taking|offer|offering|include|including|design|designing|"
                   r"develop|developing|code|coding|work|working|spell|call|calling|name|naming|budget|budgeting|price|pricing|charge|charging|"
                   r"invoice|invoicing|bill|billing|order|ordering|book|booking|schedule|target|targeting|focus|focusing|lead|leading|animate|"
                   r"animating|set|setting|hire|hiring|subtitle|subtitling|dub|dubbing|get|getting|opt|opting|plan|planning|"
                   r"deliver|delivering|send|sending|deploy|deploying|rent|renting|buy|buying|sell|selling|serve|serving|base|basing|"
                   r"be|is|are|lives|sits|runs|comes|remains")
_DEC_CONTRAST = re.compile(
    r"^(?:(?:and|so|also|then|ok(?:ay)?|right)[,]?\s+)?(?:(?:for|on|about|as for|regarding)\s+[^,:;?]{2,40}?[,:]?\s+|[^,:;?]{2,30}:\s+)?"
    r"(?P<body>(?:(?:we|i)(?:'ll|'re|'m|'d|\s+will|\s+are|\s+am|\s+shall|\s+would)?(?:\s+(?:going\s+to|also|again|now|rather|then))*(?!\s*be\b)"
    r"|let's|let\s+us|(?:the|our|all|both)\s+(?!(?:client|customer|user)s?\b)(?:[\w' /&-]|:(?=\d)){2,40}?\s+(?:will|'ll|is|are|goes|go|stays?|remains?|lives?|sits?|runs?)"
    r"|(?-i:[A-Z])[\w-]+(?:\s+[\w-]+)?\s+(?:will|'ll|is|are|goes|go|stays?|remains?|lives?|sits?|runs?)"
    r"|(?P<imperative>(?=(?:use|put|keep|print|ship|go\s+with|stick\s+with|make\s+(?:it|them))\b)))"
    r"\s*(?:(?:" + _CONTRAST_VERBS + r")\b)"
    r"(?:[^?:;—–]|:(?=\d)){2,120}?(?P<vs>,\s+not\s+|\s+instead\s+of\s+|,?\s+rather\s+than\s+)"
    r"(?P<other>(?!(?:even|only|just|yet|sure|really|too|so|very|necessarily|always|quite|much|least|a\s+problem|an\s+issue|me|us|you|him|her|them|"
    r"now|later|ideal|great|good|bad|possible|ready|urgent|before|after|until|till|at all|anymore|any more)\b)(?:[^,;:.?!—–()]|[.,:](?=\d)|\.(?=[a-z])){2,60}))"
    r"(?P<rest>.*)$", re.IGNORECASE)
# "About Portuguese: we leave it out for now" / "the blog section we talked about, please
# leave it out: nobody has time to write posts" / "And forget the French version" / "The
# loyalty points, we drop them from the first version": a piece of the work given up
_LEFT_OUT = re.compile(
    r"^(?:(?:and|so|also|ok(?:ay)?|then|one more thing|last thing)[,:]?\s+)*"
    r"(?:(?:about|on|re|regarding|as for)\s+(?P<topic>[^:,;?]{2,50}?)\s*[:,]\s+|(?P<front>(?:the|our|your|that|this|those|these)\s+[^,;:?]{2,70}?),\s+)?"
    r"(?:(?:we|i)\s+[a-z]+(?:ed)?\s+(?:with|to)\s+[^,;:?]{2,30}?\s+and\s+)?"
    r"(?:(?:we|i)(?:'ll|\s+will|'d|\s+would)?\s+(?:rather\s+|just\s+|simply\s+)?|(?:please|pls|kindly|just|simply)\s+|let's\s+)?"
    r"(?P<verb>leave|forget(?:\s+about)?|drop|skip|scrap|park)\s+"
    r"(?P<obj>it|them|this|that|those|these|(?:the|our|your|all|any)\s+[^,;:?!—–]{2,60}?)"
    r"(?P<out>\s+out(?!\s+of\s+(?:the\s+)?(?:office|town|reach))(?:\s+of\s+[^,;:?!—–]{2,40}?)?)?"
    r"(?:\s+(?:for now|for the moment|from\s+[^,;:?!—–]{2,40}?|in\s+phase\s+\w+|for\s+phase\s+\w+|this time))*"
    r"\s*(?P<tail>[.!]*|(?:[:—–,]|\s-)\s+[^?]*)$", re.IGNORECASE)
# "One more thing: no drone shots of the waterfall, please." / "as we agreed: no matte
# varnish on the label, it smudges": a thing not wanted, with a please or a reason
_NO_THING = re.compile(
    r"^(?:(?:and|so|also|one more thing|last thing|one thing|(?:[" + NAME_CAPITALS + r"][\w'-]+,\s+)?as\s+(?:we\s+)?(?:agreed|discussed|said)[^:]{0,40})[,:]?\s+)*"
    r"no\s+(?!(?:problem|problems|worries|worry|rush|need|thanks|thank|idea|news|change|changes|comments?|feedback|stress|pressure|issues?|hurry|way|doubt|"
    r"one|more|further|updates?|reply|answer|response|word|luck|chance|time|longer|matter|questions?|objections?|big deal|surprises?|sorry|"
    r"other|reason|wonder|hard feelings|offence|offense|fuss|harm|pun)\b)"
    r"(?P<body>[^,;:?!—–]{3,80}?)(?:,?\s+(?P<please>please|pls|thanks|thank you))?\s*(?P<tail>[.!]*|(?:[:—–,]|\s-)\s+[^?]*)$", re.IGNORECASE)
# "about your question of the payments: only reservation of lots, no payments online"
_ONLY_THING = re.compile(
    r"^(?P<lead>[^:?]{2,80}):\s+(?P<body>only\s+(?:[^,;:?!—–]|:(?=\d)){2,40}?|(?:[^,;:?!—–]|:(?=\d)){1,30}?\s+only),\s*(?P<no>no\s+[^,.;:?!]{2,40})\s*[.!]?$",
    re.IGNORECASE)
# what may follow a choice after a colon or a dash as its reason: a clause of its own (a verb
# in it), not the next ask or a sign-off ("Variant B it is: the dark one looks like our salar
# at night" / "Concept B it is — the mountains are who we are"; not "Option B: please send the
# files", not "Go with the oak – thanks!")
_TAIL_WHY = re.compile(r"^(?!(?:please|pls|kindly|could|can|would|will you|let me|let us|let's|thanks|thank you|cheers|see|and|so|but|yes|no|yeah|ok|okay|"
                       r"after|before|it stays|we agreed|as agreed|"
                       r"i'll|we'll|i will|we will|i'd|we'd|you|if|unless|when|once|until|then|also|plus|next|\d)\b)"
                       r"(?=[^?]*\b(?:is|are|'s|'re|was|were|would|will|looks?|fits?|works?|reads?|feels?|has|have|matches|suits?|costs?|takes?|"
                       r"gives?|shows?|needs?|wants?|knows?|uses?|likes?|loves?|prefers?|pays?|buys?|sells?|speaks?|sees?|comes?|goes|do|does|"
                       r"don't|doesn't|can|can't|cannot|won't|isn't|aren't|didn't|must|should|lets|remember|[a-z]{3,}ed)\b"
                       # ("it smudges with oily fingers" / "our reservation system only exports at midnight anyway")
                       r"|^(?:it|this|that|he|she)\s+(?:\w+ly\s+)?[a-z]{3,}s\b"
                       r"|^(?:the|our|their|its|his|her|my)\s+(?:(?!(?:with|of|for|in|on|at|to|from|and|or)\b)[\w-]+\s+){1,3}(?:only\s+|already\s+|always\s+|never\s+)?[a-z]{3,}(?<!ss)s\s+(?:at|on|in|to|from|with|the|our|their|a|an)\b"
                       r")\S[^?]{6,}$", re.IGNORECASE)


def _tail_reason(rest: str) -> str | None:
    """The reason said after a choice, when ``rest`` (the text after it) is ": <clause>",
    " — <clause>" or ", <clause>" and the clause reads as one."""
    # ("Variant B it is, because our product photos stand out more": said as a reason)
    m = re.match(r"\s*(?:[:—–]|\s-|,|(?=(?:because|since)\s))\s*(?P<cause>(?:because|since)\s+)?(?P<why>\S.*?)\s*$", rest, re.IGNORECASE)
    if m is None or rest.rstrip().endswith("?") or not (m.group("cause") or _TAIL_WHY.match(m.group("why"))):
        return None
    if re.match(r"(?:and\s+|but\s+)?(?:please|kindly)\b", m.group("why"), re.IGNORECASE):
        # ("Shopify it is, and please tell your cousin ...": a request after it, no reason)
        return None
    return m.group("why").strip(" .!") or None


_SPLICED_WHY = re.compile(r",\s+(?P<why>(?:the|our|their|your|its|a|an)\s+[\w' -]{2,50}?\s+(?:is|are|was|were)\s+(?:just\s+|simply\s+|far\s+|much\s+)?"
                          r"(?:too|not\s+(?:enough|big enough|long enough|good enough))\b[^,;]*"
                          # ("Keep it in Onshape rather than SolidWorks, that way Inês can carry on from Lisbon")
                          r"|that\s+way\s+(?:we|i|you|they|he|she|it|(?-i:[" + NAME_CAPITALS + r"])[\w'-]+)\s+(?:can|could|will|won't|don't|do|have|get)\b[^;]*)$",
                          re.IGNORECASE)


_LETS_SAY_A_DAY = re.compile(r"^(?:(?:so|ok|okay|then)[,!.]?\s+)?let'?s\s+say\s+(?:(?:on|by)\s+)?(?:the\s+)?"
                             r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}(?:st|nd|rd|th)?\b|tomorrow\b)[^,;:?!]{0,20}[.!]?$",
                             re.IGNORECASE)


def _decision(sentence: str, frame: Frame) -> DecisionItem | None:
    ctx = frame.ctx
    author = ctx.author.email
    text = sentence.strip()
    _, skip = sentence_vocative(text, frame.index)
    text = _BULLET.sub("", text[skip:])
    conditional = bool(_CONDITIONAL_START.match(text)) and not _LEAD_PHRASE.match(text)
    if re.search(r"\bnext time,?\s+(?:we|i|you|let's)\b", text, re.IGNORECASE) and not re.search(r"\b(?:decided|agreed)\b", text, re.IGNORECASE):
        # "I am glad you liked the cabrito, next time we go for carne asada": a pleasantry
        return None
    if may_match(_NO_CHOICE_MADE, text) and _NO_CHOICE_MADE.search(text):
        return None
    if _LETS_SAY_A_DAY.match(text):
        # "... won't make Friday. Let's say Wednesday 25th.": a day put forward for work, no choice
        return None
    if conditional and not _PAST_CHOICE.search(text):
        # "If we go with B, ..." is not settled; "After a long call we went with B" is
        return None

    def make(summary_body: str, rule: str, prefix: str = "", by: str | None = None) -> DecisionItem | None:
        body, why = split_rationale(summary_body)
        # "we decided against SMS; email is enough" - the decision ends at the semicolon;
        # ", so that's one less thing" is comment, not decision.
        body, _, after = body.partition(";")
        if after.strip() and _ALSO_OUT.search(after):
            # "we are keeping only the 250 g and the 1 kg bags; the 500 g size is out": the
            # other half of the same choice
            body = f"{body}; {after.strip()}"
        elif why is None and _CLAUSE_WITH_VERB.match(after.strip()):
            # "hold off on gift cards; that budget is better spent on photography"
            why = after.strip(" .!")
        spliced = _SPLICED_WHY.search(body) if why is None else None
        if spliced is not None:
            # "We'll do the photos ourselves instead of hiring a photographer, the budget for
            # this phase is too tight for that": the reason, comma-spliced on
            body, why = body[: spliced.start()], spliced.group("why").strip(" .!")
        picked, colon, told = body.partition(": ")
        if why is None and colon and len(picked.split()) <= 6 and _TOLD_WHY.match(told.strip()):
            # "We go with fin plates: Hoekstra has now the new plasma cutting line, ..."
            body, why = picked, told.strip(" .!")
        elif (why is None and colon and 2 <= len(picked.split()) <= 14 and ":" not in told
              # (only after a choice that says what it was taken over: "Our side: the wall texts
              # ..." or "The name: it stays Wattleseed" put a topic first, not a choice)
              and re.search(r",\s+not\s|\binstead\s+of\b|\brather\s+than\b|\bover\b|\bonly\b", picked, re.IGNORECASE)
              and (tail := _tail_reason(f": {told}"))):
            # "We will build it as a PWA instead of two native apps: one codebase for us, and
            # the client cannot pay for the store accounts": whatever clause follows is why
            body, why = picked, tail
        body = re.split(r",\s*(?:so|which means|meaning|(?:and\s+)?(?:please|kindly)(?=\s+[a-z]))\s+", body, maxsplit=1)[0]
        cause = _CAUSE_THEN_DECIDED.match(sentence)
        if cause is not None and why is not None and not cause.group("why2"):
            # (a reason said first wins over one after: "Because the timeline is tight, we will
            # put two translators on the project (Ji-yeon and Seo-hyun from our team)")
            cause = None
        said_first = cause.group("why") or cause.group("why2") or cause.group("why3") if cause else None
        if said_first and (_HAS_VERB.search(said_first) or _PAST_OR_PRESENT.search(said_first)):
            # "They're quoting eight weeks for consent, so we've decided to move York"
            why = _SUBJECT_NOISE.sub("", said_first).strip(" ,.")
        if why is None and (aim := _AIM_FIRST.match(text)) is not None:
            # "To keep costs down we will use stock photos instead of a shoot": the aim, said first
            why = aim.group("why").strip()
        summary = with_its_topic(clean_summary(prefix + body if prefix else body), text)
        pronoun = _PRONOUN_CHOICE.match(summary)
        if pronoun:
            # "We love the dark version, let's go with it": the thing named before the pronoun
            named = list(_NAMED_BEFORE.finditer(text[: max(text.find(summary_body), 0)]))
            if named:
                summary = clean_summary(f"{pronoun.group('verb')} {named[-1].group('np')}")
        if len(summary) < 3 or _TRIVIAL_BODY.match(body):
            return None
        when = find_dates(body, ctx.sent_at, ctx.author.tz, ctx.author.date_order)
        if when and not re.sub(r"^(?:on|by|for|at)\s+|[\s.!]+$", "", body[: when[0].start] + body[when[0].end:], flags=re.IGNORECASE):
            # "the password we agreed on Friday": when it was agreed, not what
            return None
        return DecisionItem(summary, why, by or author, rule, sentence)

    if _DECIDED_THAT.match(text):
        # "the report will be digital only this year, no print run. We've decided that
        # internally.": the sentence before is what was decided (and a question before
        # decides nothing: "that" names no choice)
        if not frame.previous or frame.previous.rstrip().endswith(("?", ":")):
            return None
        said = re.sub(r"^(?:for your (?:planning|information|info)|fyi|just so you know|heads up|for the record|note)\s*[:,]\s*", "",
                      frame.previous.strip(), flags=re.IGNORECASE)
        return make(said.rstrip(".!"), "natural:decided")
    m = _DEC_LABEL.match(text)
    if m:
        return make(m.group("body"), "natural:decision-label")
    m = _DEC_POLICY.search(text) if may_match(_DEC_POLICY, text) else None
    if m and not conditional:
        return make(m.group("body") or m.group("body2") or m.group("body3"), "natural:policy")
    m = _DEC_NOT_DOING.search(text) if may_match(_DEC_NOT_DOING, text) else None
    if m and _NOT_YET_TIMING.search(re.split(r"[;,.—–(]", m.group("body") or m.group("body2") or m.group("body3") or "", maxsplit=1)[0]):
        # ("We won't post the update until Friday" / "We're not running the ads yet": when, not whether)
        m = None
    if m and not conditional and not re.search(r"\b(?:if|unless|whether)\b", text[: m.start()], re.IGNORECASE):
        verb = m.group("neg") or m.group("neg2") or m.group("neg3")
        body = m.group("body") or m.group("body2") or m.group("body3")
        before = text[: m.start()].rstrip()
        if before.endswith(";") and re.match(r"(?:the|our|it|this|we)\b[^;]{0,60}?\b(?:will|is|are|'ll|stays?)\b", before, re.IGNORECASE) \
                and m.group("drop"):
            # "The app will be free to download; we are dropping the idea of a paid premium
            # tour": the way taken, then the one given up
            return make(f"{before.rstrip(';')}, {m.group('drop').lower()} {body}", "natural:not-doing")
        if verb:
            verb = _ING.get(verb.lower(), verb.lower())
            return make(body, "natural:not-doing", f"Not {verb} ")
        return make(body, "natural:not-doing", m.group("drop").capitalize() + " ")
    m = _DEC_CHOOSING.search(text) if may_match(_DEC_CHOOSING, text) else None
    if (m and not conditional and not re.search(r"\b(?:if|unless|whether)\b", text[: m.start()], re.IGNORECASE)
            and (m.group("verb") != "moving" or "instead" in text.lower())
            and not find_dates(m.group("body"), frame.ctx.sent_at, frame.ctx.author.tz, frame.ctx.author.date_order)
            or m and m.group("verb") == "extending" and not re.search(r"\b(?:deadline|due date)\b", m.group("body"), re.IGNORECASE)):
        # ("we're moving the call to Tuesday" is a slip; "we're extending the sale through
        # Tuesday 12/1" a choice)
        body = re.sub(r"^(?:us|everyone|everything|it|them)\s+(?:over\s+)?", "", m.group("body"))
        # (said as it is said: "Keeping the burgundy ...", as the older rules have it)
        return make(body, "natural:choice", m.group("verb").capitalize() + " ")
    m = _DEC_PLAN.search(text) if may_match(_DEC_PLAN, text) else None
    if m:
        if m.group("using"):
            return make(m.group("using"), "natural:plan", "Use ")
        return make(m.group("body") or m.group("body2"), "natural:plan")
    m = _DEC_OPTION.match(text)
    if m:
        chosen = make(m.group("body") or m.group("body2"), "natural:option")
        why = _tail_reason(text[m.end():]) if chosen is not None and chosen.rationale is None else None
        # ("Concept B it is — the mountains are who we are": why, after it)
        return replace(chosen, rationale=why) if chosen is not None and why else chosen
    m = _LEFT_OUT.match(text) if may_match(_LEFT_OUT, text) else None
    if m and not conditional and (m.group("out") or not m.group("verb").lower().startswith("leave")):
        named = m.group("topic") or m.group("front")
        pronoun = re.fullmatch(r"it|them|this|that|those|these", m.group("obj"), re.IGNORECASE) is not None
        verb = m.group("verb").lower()
        # (a thing named in place, "we leave the two Pinotage blocks out of this survey", the
        # older rules read as it is said; a pronoun for a thing named before, or "forget", here)
        if named and pronoun or not pronoun and verb.startswith("forget"):
            thing = named if pronoun else m.group("obj")
            thing = thing[0].lower() + thing[1:] if re.match(r"(?:The|Our|Your|That|This|Those|These)\b", thing) else thing
            left = make(thing, "natural:not-doing", "Leave out " if verb.startswith(("leave", "forget")) else verb.capitalize() + " ")
            if left is not None:
                # (the reason is what follows it: "(13 and 14)" in the thing says which)
                tail = m.group("tail")
                because = split_rationale(f"it {tail.lstrip(' ,')}")[1] if re.match(r"\s*,?\s*(?:because|since|as)\b", tail, re.IGNORECASE) else None
                return replace(left, rationale=because or _tail_reason(tail))
    m = _NO_THING.match(text) if may_match(_NO_THING, text) else None
    if (m and not conditional and not re.search(r"\b(?:needed|necessary|required|bother|wahala|view|at all|any\s*more)\b", m.group("body"), re.IGNORECASE)
            and (m.group("please") or re.search(r"\bas\s+(?:we\s+)?(?:agreed|discussed|said)\b", text[: m.start("body")], re.IGNORECASE)
                 or m.group("tail").startswith(":"))):
        # (a "no" with a please, one agreed, or one with its reason after a colon: "No drone
        # shots of the waterfall, please"; "No bother at all, Monday suits" refuses nothing)
        refused = make(m.group("body"), "natural:not-doing", "No ")
        if refused is not None:
            return replace(refused, rationale=_tail_reason(m.group("tail")))
    m = _DEC_APPROVE_OTHER.search(text) if may_match(_DEC_APPROVE_OTHER, text) else None
    if m and not _NEGATED.search(text[: m.start()]) and not _PRONOUN_OBJECT.match(m.group("body")):
        who = frame.index.lookup(m.group("who"))
        if who is not None:
            return make(m.group("body"), "natural:approve", "Approve ", who)
    m = _DEC_DECIDED.search(text) if may_match(_DEC_DECIDED, text) else None
    if m and m.group("body").rstrip().endswith(":"):
        # "Here is what we agreed and what comes next:" leads into a list
        m = None
    if m and _ABOUT_THIS_MAIL.match(text) and re.search(r"\b(?:the|these|those|our|your)\s+[^,;:]{1,40}$", text[: m.start()]):
        # "Attached are the 14 search terms we agreed with their counsel": what was agreed
        # before, handed over, not a decision of this mail
        m = None
    if m and re.match(r"^as$", text[: m.start()].strip(" ,"), re.IGNORECASE) and (
            # ("As we agreed in the call last Wednesday, here is a short summary")
            _ABOUT_THIS_MAIL.match(m.group("body")) or _ABOUT_THIS_MAIL.match(re.sub(r"^[^,]{1,40},\s*", "", m.group("body")))):
        # "As we agreed in the call of last Thursday, I send you the plan": what was agreed
        # before, and this mail handing it over
        m = None
    if m and re.match(r"^as$", text[: m.start()].strip(" ,"), re.IGNORECASE) and _WHERE_AGREED.match(m.group("body")):
        # ("As we agreed on the phone, Aizada: the mobile app is out of phase 1": where it was
        # agreed, then what; read as "as agreed" below)
        m = None
    if m and re.search(r"\b(?:what|where|everything|all)\s+$", text[: m.start()], re.IGNORECASE) and (
            re.match(r"(?:at|in|on|during|after)\b", m.group("body"), re.IGNORECASE) or m.group("verb").lower() == "landed"):
        # "Quick record of what we agreed at stand-up, so it's in the tracker:" / "where we
        # landed on Friday's call:" announce the decisions that follow; they are not one
        m = None
    if m and not _NEGATED.search(text[: m.start("verb")]):
        subj = m.group("subj")
        by = None
        # ("Claire and me decided ...": the writer among those who decided)
        with_the_writer = re.search(r"\sand\s+(?:i|me)$|^(?:i|me)\s+and\s", subj, re.IGNORECASE) is not None
        if subj[0].isupper() and subj.lower() not in ("we", "i", "they", "everyone") and not with_the_writer:
            by = frame.index.lookup(subj)
            # "Mr Halden has decided ...": someone outside the project, relayed by the writer
            titled = re.search(r"\b(?:mr|mrs|ms|dr|prof)\.?\s*$", text[: m.start()], re.IGNORECASE)
            # ("SMT agreed this morning ...": a body known by its initials)
            if by is None and not subj.lower().startswith(("the ", "our ", "my ", "management")) and not titled and not subj.isupper() and not (
                    text[: m.start()].rstrip().lower().endswith("the")):
                m = None
        if m is not None:
            prep = (m.group("prep") or "").lower()
            prefix = {"against": "Decided against ", "for": "Go with "}.get(prep, "")
            body = m.group("body")
            topic = _TOPIC_COLON.match(text[: m.start()]) if re.fullmatch(r"(?:it|them|that|those|this)\W*", body, re.IGNORECASE) else None
            if topic is not None:
                # "About the fireworks you mentioned the quinta allows: we've decided against them."
                body = topic.group("topic")
            lead = _DECISION_TOPIC.match(text[: m.start()]) if topic is None else None
            if lead is not None and re.match(r"[a-z]+\s+(?:it|them)\b", body, re.IGNORECASE):
                # "For the visit, we have decided to do it the 17 of November and not the 10"
                verb, _, rest = body.partition(" ")
                body = f"{verb} {lead.group('topic')}{rest[rest.find(' '):] if ' ' in rest else ''}"
            return make(body, "natural:decided", prefix, by)
    m = _DEC_AND_AGREED.search(text) if may_match(_DEC_AND_AGREED, text) else None
    if m and not _NEGATED.search(text[: m.start("verb")]) and not conditional:
        # "we talked about the pay review at SMT on Wednesday and agreed the staff
        # consultation will start in January" ("... and has decided to go with Option B")
        return make(re.sub(r"^to\s+(?=[a-z]+\s)", "", m.group("body") or m.group("body2")), "natural:decided")
    m = _YES_WE_WANT.search(text)
    if (m and not conditional and not find_dates(m.group("body"), frame.ctx.sent_at, frame.ctx.author.tz, frame.ctx.author.date_order)
            and any(set(content_words(m.group("body"))) & set(content_words(q)) for q in frame.ctx.open_questions)):
        # "Which I guess answers your question: yes, we want online booking."
        return make(m.group("body"), "natural:yes-want", "Yes to ")
    m = _DEC_LETS.search(text) if may_match(_DEC_LETS, text) else None
    if m:
        return make(m.group("body"), "natural:lets")
    m = _DEC_CHOOSE.search(text) if may_match(_DEC_CHOOSE, text) else None
    if m and not _NEGATED.search(text[: m.start("verb")]) and not re.search(r"\b(?:if|whether|unless)\b", text[: m.start()], re.IGNORECASE):
        return make(m.group("body"), "natural:choose", "Go with ")
    m = _DEC_CHOSE.match(text.strip())
    if m and not re.search(r"\b(?:if|whether|unless|would|could|might)\b", text, re.IGNORECASE):
        return make(m.group("body"), "natural:choose", "Go with ")
    m = _DEC_CHANGE_FROM_TO.search(text) if may_match(_DEC_CHANGE_FROM_TO, text) else None
    if m and not _NEGATED.search(text[: m.end()]) and not re.search(r"\b(?:if|whether|unless|could|might|maybe|perhaps)\b", text[: m.end()], re.IGNORECASE):
        return make(m.group("body"), "natural:change-course")
    m = _DEC_YES_IS_FINE.match(text)
    if m and not _CLOCK_TIME.search(m.group("subj")) and not _only_a_day(m.group("subj"), ctx):
        return make(m.group("subj") + " confirmed", "natural:yes-to")
    m = _DEC_STAYS.match(text)
    # ("Prices stay in USD, our importers all pay in dollars": the reason comma-spliced on)
    kept = (make(text[m.start("body"):m.start("why")].rstrip(" ,–—-") + " because " + m.group("why"), "natural:stays") if m and m.group("why")
            else make(m.group("body"), "natural:stays") if m else None)
    if kept is not None and kept.rationale:
        # ("The go-live stays on 24.11., as planned with the hotel directors": no reason, news)
        return kept
    m = _DEC_GOING.search(text) if may_match(_DEC_GOING, text) else None
    if m and m.group("skip"):
        return make(m.group("body2"), "natural:going-with", "Skip ")
    if m:
        return make(m.group("body"), "natural:going-with", "Go without " if m.group("without") else "Go with ")
    m = _DEC_AGREED.match(text)
    # ("Agreed points from the call:" leads into what was agreed; it agrees nothing itself)
    if m and len(m.group("body").split()) >= 2 and not text.rstrip().endswith(":"):
        return make(m.group("body"), "natural:agreed")
    m = _DEC_WE_DROPPED.search(text)
    if m and not _NEGATED.search(text[: m.start()]) and not text.rstrip().endswith("?"):
        # "We dropped the FIES module, it was too long": a past decision, said as done
        return make(m.group("body"), "natural:dropped", _DROPPED_BASE[m.group("past").lower()] + " ")
    for rx, rule, prefix in _DEC_MORE:
        m = rx.search(text) if may_match(rx, text) else None
        if m and rx is _DEC_IT_IS and _echoes_client(frame):
            # "Warm it is!" from the team to the client who chose it: an echo
            continue
        if m and not text.rstrip().endswith("?") and not _NEGATED.search(text[: m.start()]):
            # ('Direction B ("River") it is!': the name given in brackets is part of the pick)
            body = m.group("body") + (m.groupdict().get("paren") or "")
            if _PRONOUN_OBJECT.match(body) and not prefix:
                continue
            if (m.groupdict().get("rest") or "").strip():
                # "Riverside all the way – it records everyone locally": the choice, then why
                body = f"{body} – {m.group('rest').strip()}"
            elif (m.groupdict().get("why") or "").strip():
                # ("Let us not translate the blog, nobody reads it": whatever follows is why)
                body = f"{body} because {m.group('why').strip()}"
            verb = (m.groupdict().get("verb") or "").lower()
            if m.groupdict().get("topic") or m.groupdict().get("topic_for") or m.groupdict().get("topic_obj"):
                said_topic = (m.groupdict().get("topic") or m.groupdict().get("topic_for") or m.group("topic_obj")).strip()
                prefix = capitalise(re.sub(r"^(?:the|our|your)\s+", "", said_topic, flags=re.IGNORECASE)) + ": "
            elif verb in _GERUND_BASE:
                prefix = _GERUND_BASE[verb].capitalize() + " with "
            elif verb:
                prefix = verb.capitalize() + " "
            if prefix and re.match(r"(?:The|Our|Your)\s", body):
                # ("Drop " + "The drone ...": the thing said first, now after the verb)
                body = body[0].lower() + body[1:]
            found = make(body, rule, prefix)
            if found is not None:
                return found
    m = _DEC_GO_AHEAD.search(text) if may_match(_DEC_GO_AHEAD, text) else None
    if m:
        return make(m.group("body"), "natural:go-ahead", f"Go ahead {m.group('how').lower()} ")
    m = _DEC_APPROVE.search(text) if may_match(_DEC_APPROVE, text) else None
    if m and not _NEGATED.search(text[: m.start()]) and not _SUBORDINATE_BEFORE.search(text[: m.start()]):
        # ("Delivery is 15 working days after they approve the print files": when, not whether)
        return make(m.group("body"), "natural:approve", "Approve ")
    m = _DEC_IS_APPROVED.match(text) if may_match(_DEC_IS_APPROVED, text) else None
    if m:
        return make((m.group("subj") or m.group("subj2") or m.group("subj3")) + " approved", "natural:approved")
    m = _DEC_GO_FOR_IT.match(text)
    if m:
        return make("Go for it" + (", " + m.group("body") if m.group("body") else ""), "natural:go-ahead")
    m = _DEC_AS_AGREED.match(text)
    if m and m.group("body") and re.match(r"(?:so|and|which|because)\b", m.group("body"), re.IGNORECASE):
        # "As agreed we write in English, so Marco can follow everything": what was agreed
        # came before the comma
        m = _AS_AGREED_BARE.match(text)
    if (m and m.group("body") and m.group("said") == "discussed" and not _SETTLED_COURSE.match(m.group("body"))
            and not _WE_SETTLE.match(m.group("body")) and not _WHO_DOES_IT.search(m.group("body"))):
        # "As discussed, Bondi goes live first, then ..." / "As discussed, here the key points
        # of our briefing" recap what was talked about; what was agreed, decided or settled
        # ("we'll use ...", "the webhook retries will be handled on our side") is a decision
        m = None
    if m and (not _triggers(m.group("body") or m.group("body2"), frame, question=False)
              # "As discussed with Björn, we'll support SIE import from day one, since ...": a
              # course settled, not a promise of a deliverable
              or _SETTLED_COURSE.match(m.group("body") or m.group("body2"))) and not _ABOUT_THIS_MAIL.match(
            m.group("body") or m.group("body2")) and not _NEWS_REPORT.search(m.group("body") or m.group("body2")):
        course = re.sub(r"^(?:we|i)(?:'ll| will|'re going to| are going to)\s+", "", m.group("body") or m.group("body2"),
                        flags=re.IGNORECASE)
        # ("As agreed, we want to move the payroll ... to you": what the client wants, the
        # project itself; "As discussed, we confirm the first order:" opens a list)
        if not _WISH_OR_LIST.search(course):
            return make(course, "natural:as-agreed")
    m = _DEC_HAPPY_TO.search(text) if may_match(_DEC_HAPPY_TO, text) else None
    if m and not text.rstrip().endswith("?") and not _PRONOUN_OBJECT.match(m.group("body")):
        verb = m.group("verb")
        return make(m.group("body"), "natural:happy-to", verb[0].upper() + verb[1:] + " ")
    m = _DEC_WINNER.match(text)
    if m and not text.rstrip().endswith("?") and not _PRONOUN_START.match(m.group("subj")):
        subj = m.group("subj")
        return make("Go with " + subj[0].lower() + subj[1:], "natural:winner")
    m = _DEC_SETTLED.search(text) if may_match(_DEC_SETTLED, text) else None
    if m:
        return make(m.group("body"), "natural:settled")
    m = _DEC_APPROVED_FOR.match(text)
    if m:
        return make("Approved for " + m.group("body"), "natural:approved")
    m = _DEC_IS_A_GO.match(text) if may_match(_DEC_IS_A_GO, text) else None
    if m and not text.rstrip().endswith("?") and not _PRONOUN_START.match(m.group("subj")):
        return make(m.group("subj") + " is a go" + m.group("rest"), "natural:is-a-go")
    m = _ONLY_THING.match(text)
    if m and not conditional and not re.search(r"\b(?:if|whether|unless)\b", m.group("lead"), re.IGNORECASE):
        only = make(f"{m.group('body')}, {m.group('no')}", "natural:only-please")
        if only is not None:
            return replace(only, rationale=None)
    m = _DEC_CONTRAST.match(text) if may_match(_DEC_CONTRAST, text) else None
    if (m and not conditional and not text.rstrip().endswith("?") and not _NEGATED.search(text[: m.start("vs")])
            and not find_dates(m.group("body"), ctx.sent_at, ctx.author.tz, ctx.author.date_order)
            # ("I will be recommending that their salary is protected rather than cutting pay": advice)
            and not re.search(r"\b(?:recommend\w*|suggest\w*|propos\w*|think|believe|hope|would like|advise\w*)\b", m.group("body"), re.IGNORECASE)
            # (an imperative choice is the client's; "instead of Marios" swaps people, not ways)
            and (m.group("imperative") is None or ctx.author.role != "team") and frame.index.lookup(m.group("other")) is None):
        # "We build on WordPress again, not headless Next.js: their team already knows the
        # WordPress admin" / "The technical round will be in person, not on Zoom": one way
        # taken over another is a choice, however it is put (a date in it makes it a plan or
        # a slip; the rules for those read it).  The reason is what follows the way given up
        # ("... as its own earning code, not as a pay adjustment, because ..." is no "as" reason).
        rest = m.group("rest")
        why = split_rationale(f"it{rest}")[1] if re.match(r"\s*[,—–-]?\s*(?:because|since|as|given)\b", rest, re.IGNORECASE) else None
        summary = clean_summary(m.group("body"))
        if len(summary) >= 3:
            return DecisionItem(summary, why or _tail_reason(rest), author, "natural:contrast", sentence)
    return None


# "launch on the 31st, and the blog moves to phase two": a second subject with its own
# verb after ", and" is a second decision of the same meeting.
def listed_decision(text: str, frame: Frame) -> DecisionItem | None:
    """A bullet under "we have decided two things:": the whole item is what was decided."""
    item = _decision("Decision: " + _BULLET.sub("", text.strip()), frame)
    return replace(item, rule="natural:decision-list", evidence=text) if item is not None else None


_SECOND_DECISION = re.compile(
    r",?\s+and\s+(?=(?:the|our|all|each|we)\s+(?:[\w'-]+\s+){0,3}?(?:is|are|will|'ll|moves?|goes|go|stays?|gets?|becomes?|shifts?)\b)",
    re.IGNORECASE,
)


def _split_decision(decision: DecisionItem) -> list[DecisionItem]:
    m = _SECOND_DECISION.search(decision.summary)
    if m is None or m.start() < 3:
        return [decision]
    first = clean_summary(decision.summary[: m.start()])
    second = clean_summary(decision.summary[m.end():])
    return [DecisionItem(first, decision.rationale, decision.decided_by, decision.rule, decision.evidence),
            DecisionItem(second, decision.rationale, decision.decided_by, decision.rule, decision.evidence)]


# ---------------------------------------------------------------- status changes

_WRITER_OR_IT = re.compile(r"(?:until then,?\s+)?(?:i|we|it|this|that)", re.IGNORECASE)
_BLOCKED = re.compile(
    r"(?:\b(?:is|are|am|was|were|been|being|currently|still|now|get|got|getting)\s+|'m\s+|'re\s+|'s\s+|:\s*|^)"
    # ("the LED wall is blocked for 17-20 February" / "blocked out in the calendar": reserved)
    r"(?:still\s+|currently\s+|completely\s+)?(?P<kw>blocked(?!\s+(?:out|off)\b|\s+(?:for|on)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\b|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))|"
    r"stuck|held up|on hold)\b\s*(?P<rest>.*)",
    re.IGNORECASE,
)
_WAITING = re.compile(
    r"(?:\b(?:i'm|i am|we're|we are|still|currently)\s+(?:still\s+)?|^(?:(?:[^:]{2,40}):\s*)?)waiting (?:on|for)\s+(?P<obj>[^,;.—–]{2,100})", re.IGNORECASE)
_BLOCK_OBJECT = re.compile(r"^(?:[:\-–]\s*)?(?:on|by|until|till|pending|waiting (?:on|for)|because(?: of)?|due to)?\s*(?P<obj>.*)$", re.IGNORECASE)
_SLIP_PASSIVE = re.compile(
    r"\b(?:(?:is|are|has been|have been|'s|was|were|got|been|being|will be|gets?|'ll be)\s+(?:now\s+|officially\s+|being\s+)?"
    r"(?:pushed(?:\s+(?:back|out))?|moved|postponed|delayed|rescheduled|bumped|shifted|deferred|slipping|slipped|sliding)|"
    r"(?:has\s+|have\s+)?(?:slipped|slid)|"
    r"(?:will|'ll|is going to|are going to|might|may|could|is likely to|are likely to)\s+(?:now\s+|probably\s+|likely\s+|possibly\s+|definitely\s+|almost certainly\s+)?(?:slip|slide))\b",
    re.IGNORECASE,
)
# "Agent sync moving to next Tues" - a terse subject and a move, no auxiliary.
_SLIP_MOVING = re.compile(
    r"(?P<subj>[^,;:]{2,60}?)\s+(?:is\s+|are\s+|'s\s+)?(?:now\s+)?(?:moving|moves|shifting|shifts|slipping|slips|sliding|slides|slip|slide|"
    r"pushed(?:\s+back)?|moved|postponed|delayed|bumped|pushing|"
    # "Retouched finals move from Fri 27 November to Fri 4 December" (a plural subject)
    r"move|shift)\s+(?:back\s+|out\s+)?(?:from\s+(?P<old>[^,;]{2,40}?)\s+)?(?:to|until|till|into)\s+(?P<target>[^,;]{1,40})",
    re.IGNORECASE,
)
_SLIP_ACTIVE = re.compile(
    r"\b(?:we(?:'re| are| have|'ve| will|'ll)?|i(?:'m| am| have|'ve| will|'ll)?|they(?:'re| are| have|'ve)?|let's|need to|have to|had to|"
    # "..., so please move the mapping to Friday 13 November"
    r"please|pls|kindly|"
    r"(?:we|i)(?:'d| would) (?:like|prefer|want) to)\s+"
    r"(?:to\s+)?(?:push|pushing|pushed|move|moving|moved|postpone|postponing|postponed|delay|delaying|delayed|"
    r"reschedule|rescheduling|rescheduled|bump|bumping|bumped|shift|shifting|shifted|prepone|preponing|preponed)\s+(?:back\s+)?"
    r"(?P<obj>[^,;.]{2,80}?)\s+(?:back\s+)?(?:to|until|till|into)\s+(?P<target>[^,;]{1,40})",
    re.IGNORECASE,
)
_TIME_TARGET = re.compile(
    r"^(?:the\s+)?(?:later|next|the following|another|after|early|mid|late|end of|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|q[1-4]|spring|summer|autumn|fall|winter)\b",
    re.IGNORECASE,
)
_NEW_DATE = re.compile(
    r"\b(?:new|revised|updated)\s+(?:due\s+|target\s+|delivery\s+)?(?:date|target|deadline|eta)\b\s*(?:is|will be|would be|:|-|–)?\s*"
    r"|\beta\s+(?:is\s+)?now\b\s*(?:is\s+)?:?\s*"
    r"|\b(?:is|are|'s|'re)\s+now\s+(?:due|expected|scheduled|planned)\b\s*(?:on|for|by)?\s*",
    re.IGNORECASE,
)
_NEED_MORE = re.compile(
    r"\b(?:need|needs|needed|require|requires|asking for|ask for|take|takes|(?:'ll|will|(?:is|'s|are|'re) going to)\s+(?:take|be))\s+(?P<n>another|an extra|an additional|one more|a few more|a couple more|a couple of extra|"
    r"a couple of more|a few extra|\d+ (?:more|extra|additional)|(?:two|three|four|five|six) (?:more|extra|additional)|"
    # "it will be one week later"
    r"(?:a|one|two|three|four|five|six|\d+)(?=\s+(?:days?|weeks?)\s+(?:later|late|behind)\b))\s+(?P<unit>days?|weeks?)\b"
    # ("... for the first layout of the carte: Olivier changed four dishes on Friday": why, after the colon)
    r"(?:\s+(?:for|on|with|to finish|to complete)\s+(?P<obj>[^,;.:—–]{2,80}))?",
    re.IGNORECASE,
)
_NOT_BEFORE = re.compile(r"(?:\b(?:not|never|no longer)|n't)\s*(?:be\s+)?$", re.IGNORECASE)
_LATE = re.compile(
    r"\b(?:will be|'ll be|are|'re|is|'s|am|'m|running|be|be running)\s+(?:now\s+)?(?:(?:a\s+(?:few|couple(?:\s+of)?)\s+days?|a\s+(?:bit|little|week|day)|"
    r"(?:\d+|one|two|three|four|five)\s+(?:days?|weeks?)|slightly|very|quite)\s+)?(?:late|behind(?:\s+schedule)?|overdue)\b"
    r"(?:\s+(?:on|with)\s+(?P<obj>[^,;.—–]{2,80}))?",
    re.IGNORECASE,
)
# "We're going to need until Friday for the API."
_NEED_UNTIL = re.compile(
    r"\b(?:need|needs|needed)\s+(?:until|till|til)\s+(?P<target>[^,;]{1,40}?)(?:\s+(?:for|on|with|to finish)\s+(?P<obj>[^,;.—–]{2,80}))?(?:[,;.]|$)",
    re.IGNORECASE,
)
_LONGER = re.compile(
    r"\b(?:(?:is|are|'s|'re|will|'ll)\s+)?(?:going to\s+|gonna\s+)?tak(?:e|es|ing)\s+(?:a\s+(?:bit|little|few days|couple of days)\s+|much\s+|way\s+)?"
    r"longer\s+than\s+(?:expected|planned|hoped|anticipated|estimated|"
    # "The quotes will take a bit longer than Friday": than the day it was due
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+\d{1,2}(?:st|nd|rd|th)\b|"
    # "than I'd hoped", "than we had planned", "than we originally thought"
    r"(?:i|we|they)(?:'d|\s+had)?\s+(?:originally\s+|first\s+|initially\s+)?(?:thought|hoped|expected|planned|estimated|anticipated|quoted))\b",
    re.IGNORECASE,
)
_WONT_MAKE = re.compile(
    r"\b(?:(?:won't|will not|can't|cannot|not going to)\s+(?:make|hit|meet)\s+(?:the\s+)?(?:deadline|date|\w+day)\b|"
    # "Friday won't work for the mockups, sorry": the day, not the work, is the subject
    r"(?P<day_first>\w+day|tomorrow)\s+(?:won't|will not|doesn't|does not|(?:isn't|is not)\s+going\s+to)\s+work(?=\s+for\s+(?:the|my|our|your)\s))"
    r"(?:\s+(?:for|on|with)\s+(?P<obj>[^,;.—–]{2,60}))?",
    re.IGNORECASE,
)
# "the Italian copy is taking a bit longer" - no "than ...", but progressive or future, and
# not a page "taking longer to load".
_LONGER_BARE = re.compile(
    r"\b(?:is|are|'s|'re|will|'ll|going to|gonna)\s+(?:be\s+)?tak(?:e|ing)\s+(?:a\s+(?:bit|little|few days|couple of days)\s+|much\s+|way\s+|slightly\s+|"
    r"quite\s+a\s+bit\s+|a\s+lot\s+|(?:a|one|two|three|a few|a couple of|\d)\s+(?:days?|weeks?)\s+)?longer\b(?!\s+than)(?!\s+to\s+(?:load|render|respond|run|open|process|appear|start|boot|"
    r"compile|build|upload|download|sync|index|import|export|resolve|arrive|print))|"
    # "The risk assessment needs more time than planned"
    r"\b(?:needs?|needed|will need|'ll need)\s+(?:a\s+(?:bit|little|few days)\s+|some\s+|much\s+|quite\s+a\s+bit\s+)?more\s+time\b",
    re.IGNORECASE,
)
# "they'll be with you by Wednesday 11/11 instead of today" / "The audit will reach you on
# Wednesday 18 November instead of this Friday": a new date, the old one named
_ARRIVES_INSTEAD = re.compile(
    # ("the class list and the fees will come tomorrow instead of today")
    r"\b(?:will|'ll|should|would)\s+(?:now\s+)?(?:be\s+with\s+you|reach\s+you|come(?:\s+(?:to\s+you|through))?|arrive|land|be\s+ready|be\s+done|"
    r"go\s+out|ship)\s+(?:(?:by|on)\s+|(?=(?:tomorrow|today|tonight|this|next|mon|tue|wed|thu|fri|sat|sun)))(?P<target>[^,;]{2,40}?)\s+(?:instead\s+of|rather\s+than)\s+(?P<old>[^,;.]{2,30})",
    re.IGNORECASE)
# "Seating plan will be Wednesday now" / "Tea point shop drawings will be Weds not Mon" /
# "..., so it becomes Wednesday"
_BECOMES_DAY = re.compile(
    r"\b(?:(?:will|'ll)\s+be\s+(?:on\s+)?(?P<target>(?:mon|tues?|wedn?e?s?|thur?s?|fri|satur|sun)[a-z]*\b(?:\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?)?)"
    r"\s*(?=now\b|instead\b|not\s+\w+|rather\s+than\b)|becomes\s+(?:on\s+)?(?P<target2>(?:mon|tues?|wedn?e?s?|thur?s?|fri|satur|sun)[a-z]*\b))",
    re.IGNORECASE)
# "the bulk import won't finish before Thursday" - the missed date, not the new one.
_WONT_FINISH = re.compile(
    r"\b(?:won't|will not|can't|cannot|isn't going to|aren't going to|not going to|isn't gonna|won't be able to)\s+(?:be\s+)?"
    r"(?:finish(?:ed)?|complete(?:d)?|done|ready|finished|land|ship|go live|happen|make it|get (?:it |this |that )?(?:done|finished)|"
    r"be (?:done|ready|finished|complete|delivered)|"
    # "the draft trial balance won't be with you this Friday as planned" / "we will not have
    # the Amicus export by tomorrow, as I had hoped"
    # ("won't be with you until Monday" says when it will come: _NOT_UNTIL)
    r"(?:(?<=\bbe )with you|reach you|get to you|have (?P<had>it|them|this|that|(?:the|your|our)\s+(?:(?!\b(?:until|till|til)\b)[^,;.!?]){2,40}?))(?!(?:\s+(?:for|to|with)\s+you)?\s+(?:until|till|til)\b)(?!\s+for\s+you\b))\s+"
    r"(?:(?:by|before|until|till|on|for)\s+|(?=(?:this|next|today|tomorrow|tonight|mon|tue|wed|thu|fri|sat|sun)))(?P<target>[^,;.!?]{1,30})",
    re.IGNORECASE,
)
# "The summer photos won't be with you until Monday": the date it will come, at last
_NOT_UNTIL = re.compile(
    r"\b(?:won't|will not|isn't going to|aren't going to|not going to|can't|cannot)\s+(?:be\s+(?:with you|ready|done|finished|there|over|out|"
    r"available|in|delivered|sent|through|complete|in your inbox)|arrive|land|ship|happen|go out|come through|get to you|"
    # "Realistically I won't have the sandbox credentials for you until Monday 11/9."
    r"have\s+(?P<had>it|them|this|that|(?:the|your|our)\s+[^,;.!?]{2,40}?)(?:\s+(?:for|to|with)\s+you)?)\s+"
    r"(?:until|till|til|before)\s+(?P<target>[^,;.!?]{1,30})",
    re.IGNORECASE,
)
# "Map export won't be today, Tuesday.": the day it will not be; the new one follows
_NOT_TODAY = re.compile(r"\b(?:won't|will not|isn't going to|not going to)\s+(?:be|happen)\s+(?P<target>today|tomorrow|this week)\b(?=\s*(?:[,;.!–—-]|$))"
                        # "Tomorrow won't happen, the tasting ran late."
                        r"|^(?:today|tomorrow|tonight|this week)\s+(?:won't|will not|isn't going to|is not going to|not going to)\s+happen\b",
                        re.IGNORECASE)
# "pour's off tomorrow" / "Monday's delivery is cancelled": the date it will not happen on.
_CALLED_OFF = re.compile(
    r"(?:'s|\s+is|\s+are|\s+has been|\s+have been)\s+(?:now\s+)?(?:off|cancell?ed|called off|not happening|not going ahead|scrapped)"
    r"\s+(?:for\s+)?(?P<target>(?:today|tonight|tomorrow|this\s+\w+|on\s+\w+|\w+day)\b[^,;.!?]{0,20})",
    re.IGNORECASE,
)
# "pushed back a week", "delayed by two days", "now a week late".
_RELATIVE_SLIP = re.compile(
    r"\b(?:pushed|moved|delayed|slipped|slipping|slip|postponed|bumped|shifted|push|move|delay|postpone|bump|shift|put)\s+"
    r"(?:(?:it|this|that|them|everything)\s+)?(?:back\s+|out\s+)?(?:by\s+)?(?P<n>a|one|two|three|four|five|six|a couple of|a few|\d{1,2})\s+(?P<unit>days?|weeks?)\b"
    r"|\b(?P<n2>a|one|two|three|four|five|six|a couple of|a few|\d{1,2})\s+(?P<unit2>days?|weeks?)\s+(?:late|behind|later than (?:planned|expected|agreed))\b",
    re.IGNORECASE,
)
# "Foundations now Monday 13th (supplier breakdown)" / "Pen test booked with Redline for the
# 22nd": an open task given a (new) day in a few words.
_NOW_ON = re.compile(
    r"^(?P<subj>[^,;:()]{2,50}?)\s+(?:(?:is|are|'s|has been|have been)\s+)?(?:(?:now|now on|now due|now set for|moved to|moving to)\s+|"
    r"(?:now\s+)?(?:booked|scheduled|rescheduled|planned|arranged|pencill?ed in|locked in|set)\s+(?:in\s+)?(?:with\s+[^,;:()]{1,40}?\s+)?"
    r"(?:for|on)?\s*)(?:the\s+)?(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_BOOKED_FOR = re.compile(r"\s*(?:(?:is|are|'s|has been|have been)\s+)?(?:now\s+)?(?:booked|reserved|scheduled|arranged|set up)\b", re.IGNORECASE)
_BOOKING_TASK = re.compile(r"^(?:please\s+)?(?:(?:book|reserve|schedule|arrange|organi[sz]e)\b|get\b.*\b(?:booked|reserved|scheduled|arranged)\b)",
                           re.IGNORECASE)
_WILL_LAND = re.compile(
    r"^(?P<subj>[^,;]{3,80}?)\s+(?:will|'ll|is going to|are going to)\s+(?:now\s+|only\s+|instead\s+)?"
    r"(?:land|be ready|be done|be finished|be delivered|be complete|ship|arrive|go live|launch|be live|be available|be out|"
    # ("so the Eskom bills will only come on Monday the 9th")
    r"be final|be finali[sz]ed|be confirmed|be signed|be sent|be submitted|be with you|be in your inbox|come(?:\s+through)?(?=\s+(?:on|by)\b)|reach you|"
    # ("The three tracks will be in the folder on Wednesday 11/11")
    r"be (?:in|on) (?:the|our|your) (?:shared\s+)?(?:folder|drive|dropbox|server|portal|frame\.io|wetransfer)(?=\s+(?:on|by)\b))\b",
    re.IGNORECASE,
)
_SLIP_WORDS = re.compile(r"\b(?:now|instead of|rather than|delay|delayed|slip|slipped|late|postponed|pushed)\b", re.IGNORECASE)
_AS_PLANNED = re.compile(r"\bas (?:planned|promised|agreed|scheduled|discussed|expected)\b|\bon (?:track|schedule)\b", re.IGNORECASE)
# "The import is still on track for the 16th" - the owner confirms, in prose.
_ON_TRACK = re.compile(
    r"^(?P<subj>[^,;:]{2,60}?)(?:\s+(?:is|are|remains?|stays?)|'s|'re)?\s+(?:still\s+|all\s+|now\s+|firmly\s+)?(?:on track|on schedule|on target|on course)\b",
    re.IGNORECASE,
)
_CAUSE_SO = re.compile(r"^(?P<why>.{8,}?)(?:,\s*|\s+)(?:so|which means|meaning)\s+(?:i'm|i am|we're|we are|i|we)?\s*$", re.IGNORECASE)
_UNBLOCKED = re.compile(r"(?:\b(?:is|are|'s|'re|now|finally|got|been)\s+|^)(?:now\s+|finally\s+)?(?:unblocked|no longer blocked)\b", re.IGNORECASE)
# "helm charts for api, ledger and notifier are done" lists things; ", as long as the set is
# complete" is a condition, no part of the subject
_NOT_A_CLAUSE = r"(?!(?:as|if|since|because|when|while|which|so|but|although|though|unless|once|until|provided|assuming|now\s+that|given|after|before|seeing)\b)"
_COMPLETE_STATE = re.compile(
    r"^(?P<subj>(?:[^,;:]|,\s+(?=[A-Z]))[^,;:]{1,79}?(?:,\s+" + _NOT_A_CLAUSE + r"[A-Z][^,;:]{0,30}?)*)(?:(?:\s+(?:is|are|has(?: now| since| already)? been|have(?: now| since| already)? been|was|were)|'s|'re)\s+(?:now\s+|all\s+|finally\s+|already\s+|officially\s+|also\s+)?"
    r"(?P<state>done|finished|complete|completed|live|ready|sent|delivered|uploaded|deployed|published|shipped|merged|fixed|signed|launched|wrapped up|loaded|in place|"
    r"raised|issued|drafted|booked|ordered|printed|posted|submitted|sorted|resolved|up and running|online|bought|purchased|"
    # "The covered terrace is held for us" / "Ballroom 3 is reserved for the 7th"
    r"(?:held|reserved)(?=\s+for\b)|"
    # "VPN connection is working fine now"
    r"working(?=\s+(?:fine|again|now|properly|perfectly|well)\b)|"
    r"updated|changed|corrected|amended|adjusted|tweaked|replaced|swapped|cleaned up|set up|configured|processed|embedded|integrated|connected|"
    # "The staging server is now available at staging.example.com"
    r"(?<=now )available|"
    r"here(?=\s*(?:[:.!,;–—]|$))|(?<=(?:are|'re) )below(?=\s*(?:[:.!,;–—]|$))|in the (?:letterbox|mailbox|post|mail|system)|on (?:its|their) way|migrated|imaged|"
    r"in the (?:shared\s+)?(?:[\w-]+\s+)?(?:drive|folder|dropbox|portal|repo|repository)|"
    # ("My comments on the macros are in the doc now"; "guest qs for ep 15 are in the doc" may
    # be the start of the work)
    r"in the (?:shared\s+)?(?:[\w-]+\s+)?(?:doc|document|sheet|spreadsheet|tracker)(?=\s+now\b)|on (?:the\s+)?file|"
    r"saved|stored|created|granted|provisioned|activated|enabled|"
    # "The TestFlight build is out" (not "out of stock", "out sick", "out till Monday")
    r"out(?=\s*(?:[.!,;–—]|$|now\b|to\b|on\b))|"
    # "is up on the drive" / "is up at https://..." / "is in your inbox" / "the build is in."
    # ("Staging is up 🎉 https://...")
    r"up(?=\s+(?:on|at|in)\b|\s*(?:[.!,;:–—(]|and\b|$)|\s+https?://|\s*[\u2600-\u27bf\U0001f300-\U0001faff])|in (?:your|the) inbox|with you(?=\s*(?:[.!,;–—]|now\b|$))|"
    r"on the (?:shared\s+)?(?:drive|server|portal)|in the (?:drive|folder|dropbox|portal|shared drive)|in(?=\s*(?:[.!,;–—]|and\b|$))|"
    r"in the shared (?:drive|folder)|attached|enclosed|on site|onsite|on staging|on the staging (?:site|server)|in stock|installed|"
    r"up on (?:staging|the site|the server)|discharged|approved by (?:the )?(?:council|building control|planning)|"
    # "Datadog API key is in Secrets Manager now"
    r"in (?:the\s+)?(?-i:[" + NAME_CAPITALS + r"])[\w-]*(?:\s+(?-i:[" + NAME_CAPITALS + r"])[\w-]*){0,3}(?=\s+now\b)|on (?:your|my|his|her|their) desk|"
    # "The first Android test build is now on Firebase App Distribution" (not "now on Monday")
    r"(?<=now )(?:on|in) (?!(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"(?-i:[" + NAME_CAPITALS + r"])[\w-]*(?:\s+(?-i:[" + NAME_CAPITALS + r"])[\w-]*){0,3}(?=\s*(?:[.!,;–—]|$))|"
    # "The booking screens are finally in Figma"
    r"(?<=finally )in (?:the\s+)?(?-i:[" + NAME_CAPITALS + r"])[\w-]*(?:\s+(?-i:[" + NAME_CAPITALS + r"])[\w-]*){0,3}"
    r"(?=\s*(?:[.!,;–—]|$))|"
    # "The Portbase test account is active since this morning" / "The two sauge swatches are
    # in the same parcel" / "20 twins are on option" / "Your cargo was picked up today"
    r"active(?=\s+(?:since|from|as of|now)\b|\s*(?:[.!,;–—]|$))|in the same (?:parcel|box|shipment|package|envelope|delivery|consignment)|"
    r"on option|picked up|collected|dispatched)|"
    r"\s+(?:has\s+|have\s+)?(?P<event>arrived|landed|gone live|went live|gone out|went out|went in|gone in|been received|been delivered|ran|appeared|"
    # "The sample boards left with DHL Express on Friday"
    r"left(?=\s+(?:with|by|via|for|from|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|this|yesterday|today|last)\b)|"
    # "Harriet's site long list went round yesterday"
    r"(?:went|gone) (?:a)?round(?=\s+(?:to\b|yesterday|today|this morning|this afternoon|last night|earlier|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)|\s*[.!,;]|$)|"
    # ("the registrar login came through on Saturday and works fine")
    r"came(?: in| through)?(?=\s+(?:today|this morning|this afternoon|yesterday|last night|overnight|earlier|in the post|"
    r"on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\s*[.!,;]|$)|"
    # "Elevations and fixing details went to Fenton this morning"
    r"went (?:over |across )?to (?-i:[" + NAME_CAPITALS + r"])[\w'-]*|"
    # "The fire safety note went to the case officer yesterday evening"
    r"went (?:over |across |out )?to (?:the|our|your|their) [\w-]+(?: [\w-]+)?(?=\s+(?:yesterday|today|this morning|this afternoon|last night|"
    r"earlier|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)))\b",
    re.IGNORECASE,
)
_COMPLETE_ACTION = re.compile(
    r"\b(?:i|we)(?:'ve| have)?\s+(?:(?:just|now|finally|already|also)\s+)*(?P<verb>sent over|sent|held|reserved|secured|organi[sz]ed|handled|uploaded|pushed|delivered|published|deployed|finished|completed|fixed|"
    r"attached|enclosed|made(?!\s+(?:the|a|our|my)\s+(?:call|decision|choice)\b)|created|built|added|updated|changed|ordered|booked|arranged|installed|"
    r"set up|written|drafted|prepared|finali[sz]ed|embedded|"
    r"shared|submitted|merged|launched|shipped|emailed|signed(?!\s+off)|signed off(?:\s+on)?(?=\s+(?:the|your|our)\s+\S+(?:\s+\S+)?\s*(?:[.;,]|$))|"
    r"paid|filed|posted|released|wrapped up|gave|given|"
    # "I put the July and August statements on your portal this afternoon"
    r"(?:put|popped|dropped|saved|uploaded)(?=\s+[^.;]{2,80}?\s+(?:on|in|into)\s+(?:your|the|our)\s+(?:shared\s+)?(?:portal|folder|drive|dropbox|inbox|"
    r"server|sharepoint|teams|site|desk|pigeonhole|tray)\b))\s+(?P<obj>.+)",
    re.IGNORECASE,
)
# "Also pushed the .com redirect" - the writer's own work, subject left out.
_COMPLETE_ACTION_BARE = re.compile(
    r"^(?:(?:also|and|just|ok|okay|update)[,:]?\s+)*(?P<verb>sent over|sent|uploaded|pushed|delivered|published|deployed|finished|completed|fixed|"
    r"shared|submitted|merged|shipped|emailed|filed|posted|released|booked|placed)\s+(?!to\b|back\b|until\b|till\b|into\b|out\b)(?P<obj>\S.+)",
    re.IGNORECASE,
)


def with_its_topic(summary: str, text: str) -> str:
    """A decision's summary with what it is for, when the sentence puts that first and the
    summary does not name it: "For the Thai captions we go with Khun Ploy this time"."""
    lead = _FOR_THE_TOPIC.match(text)
    if lead is None or content_words(lead.group("topic")) & content_words(summary):
        return summary
    return clean_summary(f"{capitalise(lead.group('topic'))}: {summary}")


_FOR_THE_TOPIC = re.compile(r"^(?:(?:also|and|so)[,]?\s+)?(?:for|regarding|as\s+for)\s+(?:the|our|your)\s+"
                            r"(?!(?:record|avoidance|time being|moment|rest|most part|sake|love)\b)(?P<topic>(?:(?!\b(?:i|we)\b)[\w'’ -]){2,30}?)"
                            r"(?:,\s*|\s+(?=we\b))",
                            re.IGNORECASE)
_THING_ONLY = r"(?:the|our|my)\s+(?:(?!\b(?:is|are|was|were|will|comes?|goes?|has|have|had|gets?|can|should|would|in progress)\b)[^,.;:!?]){2,60}?"
_AS_PROMISED_THING = re.compile(r"^(?:as\s+(?:promised|requested|agreed|discussed)[,:]?\s+(?P<obj>" + _THING_ONLY + r")"
                                r"|(?P<obj2>" + _THING_ONLY + r"),?\s+as\s+(?:promised|requested|asked|agreed)"
                                r"|(?:all\s+)?(?:done|finished)\s+with\s+(?P<obj3>" + _THING_ONLY + r"))\s*[.!]?$"
                                # "As promised, on the GAFI point: our correspondents confirm ...": the
                                # answer promised on that point, given
                                r"|^as\s+promised,?\s+(?:on|about|regarding|concerning)\s+(?P<obj4>" + _THING_ONLY + r")\s*:\s+\S",
                                re.IGNORECASE)
_READY_BUT_NOT_YET = re.compile(r"\bready,?\s+but\s+(?:we|i|they)\s+(?:can't|cannot|can not|couldn't)\s+[^.;]{2,40}?\byet\b", re.IGNORECASE)
_HERE_YOU_GO = re.compile(r"^(?:(?:hi|hello|ok|okay|sure|right)[,!]?\s+)?(?:here you go|here you are|here it is|here they are)\s*[:!.]?$", re.IGNORECASE)
# ("Finance paid the mobilisation invoice yesterday, so it should land in your account early
# next week": what follows from the work is no part of it)
_AFTERMATH = re.compile(r",\s+(?:so|which means|meaning)\s+", re.IGNORECASE)
_NAME_THEN_DID = re.compile(r"^(?P<name>[" + NAME_CAPITALS + r"][a-zß-öø-ÿā-žƀ-ʯḁ-ỿа-џ-]+)\s+(?:is|was|got|came)\s+back\b[^,;.]{0,60}?\s+and\s+"
                            r"(?=(?:has|have|already|also|just)\s+[a-z]+(?:ed|en)\b)")
_NAMED_DID = re.compile(r"^(?P<name>[" + NAME_CAPITALS + r"](?:[a-zß-öø-ÿā-žƀ-ʯḁ-ỿа-џ-]+|[A-Z]{1,3}\b))(?:'s\s+(?:just\s+|already\s+|also\s+|finally\s+)*|\s+(?:(?:has|have|just|already|also|finally)\s+)*)(?P<verb>[a-z]+ed|sent|made|built|put|held|paid|got|set up|did)\s+"
                        # ("Tom has sent you the bounce of track 7": to whom, then the thing)
                        r"(?:(?:you|us|me|him|her)\s+(?=(?:the|a|an|our|your|their|his)\s))?"
                        r"(?!to\b|back\b|until\b|till\b|into\b|out\b|up\b|off\b|on\b|in\b|that\b|me\b|us\b|you\b|him\b|her\b)(?P<obj>\S.+)")
# ("We've found an MC: Sipho Ndlovu from Jozi Sound FM")
_WE_DID_LEAD = r"\b(?:i|we)(?:'ve| have)?\s+(?:(?:just|now|finally|already|also|all)\s+)*(?P<verb>[a-z]{3,}ed|found)\s+"
# any object ("I checked with Askable myself" - only the task's own verb makes it one)
_WE_DID_ANY = re.compile(_WE_DID_LEAD + r"(?P<obj>\S.+)", re.IGNORECASE)
# a thing done, not a person or a clause after the verb
_WE_DID = re.compile(_WE_DID_LEAD + r"(?!to\b|back\b|until\b|till\b|into\b|out\b|up\b|that\b|if\b|whether\b|with\b|about\b|for\b)(?P<obj>\S.+)",
                     re.IGNORECASE)
# "Listo, the dbt skeleton runs against the Snowflake replica": what was to be running, said running
_NOW_RUNS = re.compile(r"^(?:(?:listo|done|ok(?:ay)?|so|good news|update)[,:!]?\s+)?(?P<subj>(?:(?:the|our|your)\s+|(?=[A-Z]))[^,;:()]{2,60}?)\s+"
                       r"(?:now\s+)?(?:runs|is\s+(?:now\s+)?(?:running|working|live|up and running)|works)\b", re.IGNORECASE)
_HAVE_IT_RUNNING = re.compile(r"^(?:have|get)\s+(?P<thing>.+?)\s+(?:running|working|live|up and running)\b", re.IGNORECASE)


def _running_task(subj: str, ctx: ExtractionContext) -> KnownTask | None:
    """The open task to have ``subj`` running ("Have the dbt project skeleton running ...")."""
    running = [KnownTask(t.id, m.group("thing"), t.owner, t.due) for t in ctx.known_tasks
               if (m := _HAVE_IT_RUNNING.match(t.title)) is not None]
    named = match_task_hint(subj, running) if running else None
    return next((t for t in ctx.known_tasks if named is not None and t.id == named.id), None)


# "HR approved already" / "Finance has confirmed": the one to check with gave the answer
_THEY_SAID_YES = re.compile(r"^(?P<who>[^,;:()]{2,40}?)\s+(?:has\s+|have\s+)?(?:already\s+|just\s+|now\s+|finally\s+)?"
                            r"(?:approved|confirmed|agreed|okayed|said yes|gave (?:the|their|us the) (?:go-ahead|green light|ok))\b",
                            re.IGNORECASE)


def _checked_with(who: str, ctx: ExtractionContext) -> KnownTask | None:
    """The writer's one open task to check something with ``who``."""
    who = re.sub(r"^(?:the|our)\s+", "", who.strip(), flags=re.IGNORECASE)
    rx = re.compile(r"^(?:check|confirm|clear|ask)\s+(?:with\s+)?(?:the\s+|our\s+)?" + re.escape(who) + r"\b", re.IGNORECASE)
    found = [t for t in ctx.known_tasks if t.owner == ctx.author.email and rx.match(t.title)]
    return found[0] if len(found) == 1 else None


_TERSE_PAST = re.compile(r"^(?P<subj>[^,;:()]{2,60}?)\s+(?:now\s+|just\s+|already\s+)?(?P<verb>[a-z]{3,}ed)\b(?!\s+(?:by|for)\s+(?:you|me|us)\b)",
                         re.IGNORECASE)
_THEY_DID = re.compile(r"^(?P<subj>[^,;:]{1,40}?)\s+(?:has|have|'s|'ve)\s+(?:(?:now|already|just|finally|also)\s+)*(?P<verb>[a-z]{3,}ed)\s+(?P<obj>\S.+)",
                       re.IGNORECASE)
# "IT assigned the role this morning": a named someone (not the writer) did the title's own verb
_THEY_DID_PAST = re.compile(r"^(?:(?i:also|and|plus|btw|fyi|good news|update)[,:]?\s+)?(?:(?P<subj>(?-i:[" + NAME_CAPITALS + r"])[\w'-]*(?:\s+(?:[\w'-]+)){0,2}?)\s+(?P<verb>[a-z]{3,}ed)"
                            # "he made the cut test on Monday": someone named before did the title's own work
                            r"|(?P<pron>(?i:he|she|they))\s+(?:(?i:already|also|finally)\s+)?(?P<verb2>[a-z]{3,}ed|made|sent|built|paid|bought|took|wrote|ran|did))\s+"
                            r"(?P<obj>(?:the|our|your|their|both|all)\s.+)")
# "We confirm the revised project plan" / "It's approved, go ahead and print"
_SIGN_OFF = re.compile(r"^(?:(?:i|we)\s+(?:hereby\s+|can\s+|now\s+)?(?:confirm|approve|accept|sign off on|sign off)\s+(?P<obj>(?:the|your|our|this|it)\b.*)|"
                       r"(?:it's|it is|this is|that's|that is|all|everything's|everything is)\s+(?:now\s+|fully\s+)?"
                       r"(?:approved|signed off|confirmed)(?=\s*(?:[.!,;–—-]|$|(?:from|by|on)\s+(?:our|my|us|me)\b)))", re.IGNORECASE)
_APPROVAL_TITLE = re.compile(r"^(?:confirm|approve|sign off|sign-off|accept|ok|okay|give (?:us|me)?\s*(?:the|your)?\s*(?:go-ahead|ok|sign-off|approval))\b",
                             re.IGNORECASE)


def _approval_task(obj: str | None, frame: Frame) -> KnownTask | None:
    """The writer's one open task to confirm or approve something that the object names
    (or, with no object, the only one, or the one the thread is about)."""
    ctx = frame.ctx
    mine = [t for t in ctx.known_tasks if t.owner in (ctx.author.email, None) and _APPROVAL_TITLE.match(t.title)]
    if obj and obj.split()[0].lower() not in ("it", "this"):
        return _task_by_its_thing(obj, [(t, t.title.split(None, 1)[-1]) for t in mine])
    about = next((t for t in mine if t.id in (ctx.task_id, ctx.thread_task_id)), None)
    if about is not None:
        return about
    owned = [t for t in mine if t.owner == ctx.author.email]
    return owned[0] if len(owned) == 1 else None


_VERDICT_GIVEN = re.compile(r"^(?P<obj>(?:(?:the|your|our|this|these)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,5}?)\s+(?:is|are|looks?)\s+(?:all\s+)?"
                            r"(?:fine|good to go|approved|perfect|ok|okay)(?=\s*(?:[.!,;–—-]|$))", re.IGNORECASE)
_REVIEW_TITLE = re.compile(r"^(?:have a (?:look|read)(?:\s+at\s+[^,]{2,40}?)?\s+and\s+)?(?:check|review|look at|look over|go through|read through|"
                           r"proofread|approve|confirm|sign off(?:\s+on)?)\s+(?P<obj>\S.*)", re.IGNORECASE)


def _reviewed_task(obj: str, frame: Frame) -> KnownTask | None:
    """The writer's open task to look at, check or approve the thing ``obj`` names."""
    ctx = frame.ctx
    return _task_by_its_thing(obj, [(t, m.group("obj")) for t in ctx.known_tasks if t.owner in (ctx.author.email, None)
                                    and (m := _REVIEW_TITLE.match(t.title)) is not None])


def _task_by_its_thing(obj: str, tasks: list[tuple[KnownTask, str]]) -> KnownTask | None:
    """The one of ``tasks`` whose thing (what its title's verb acts on, given beside it)
    ``obj`` names, or None."""
    things = [KnownTask(t.id, thing, t.owner, t.due) for t, thing in tasks]
    named = match_known_task(obj, things) or match_task_hint(obj, things)
    return next((t for t, _thing in tasks if named is not None and t.id == named.id), None)


# "we approved the privacy policy text": a decision, which the decision rules record
_DECIDING_VERBS = frozenset({"approved", "agreed", "decided", "accepted", "signed", "rejected", "confirmed", "opted", "selected",
                             "picked", "settled", "preferred", "declined", "vetoed"})
_IRREGULAR_DONE = frozenset({"sent", "made", "built", "put", "held", "paid", "got", "set up", "did"})
_PAST_ACTION = re.compile(r"^(?:(?:also|and|just|ok|okay)[,:]?\s+)*(?P<verb>[A-Za-z-]{3,}ed)\s+(?!to\b|back\b|until\b|till\b|into\b|out\b|up\b)(?P<obj>\S.+)",
                          re.IGNORECASE)


def _ing_stems(w: str) -> list[str]:
    """Candidate bases of a lower-case "-ing" form: "walking" -> walk/walke, "organising" ->
    organis/organise, "shipping" -> shipp/shippe/ship."""
    stem = w[:-3]
    return [stem, stem + "e", *([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])]


def _ed_stems(w: str) -> list[str]:
    """Candidate bases of a lower-case "-ed" form: "lodged" -> lodg/lodge, "shipped" -> ship,
    "verified" -> verify."""
    stems = [w[:-2], w[:-1]]
    if len(w) > 4 and w[-3] == w[-4]:
        stems.append(w[:-3])
    if w.endswith("ied"):
        stems.append(w[:-3] + "y")
    return stems


# ("I have started on the visa invitation letter template, but ...": begun is not done)
_UNDER_WAY = frozenset({"started", "begun", "began", "commenced", "continued", "resumed", "initiated", "tried", "attempted"})


def _past_of_work_verb(word: str) -> bool:
    return word.lower() not in _UNDER_WAY and any(stem and _base_verb(stem) is not None for stem in _ed_stems(word.lower()))


# "Allergen list attached." / "filter toggle merged 🎉" / "Test order placed - came through".
_COMPLETE_TERSE = re.compile(
    r"^(?P<subj>[^,;:()]{2,60}?)\s+(?:already\s+|now\s+|just\s+|also\s+)?(?P<state>done|attached|received|"
    # "Both listings in, saved in the Seletar folder"
    r"in(?=\s*(?:[.!,;]|$))|(?:pasted\s+|copied\s+)?below(?=\s*[.!:]|$)|merged|placed|sent|shipped|deployed|uploaded|live|finished|completed|"
    r"signed|delivered|fixed|booked|paid|submitted|published|sorted|discharged|installed|handed over|signed off|ordered|raised|issued|embedded|"
    r"re-?sent|"
    # "Branching logic checked, it's all good now"
    r"checked|reviewed|tested|proofed|proofread|bought|purchased|"
    # "Smoke test passed on Tuesday morning" (a deadline or a motion passes too: a check only)
    r"(?:(?<=test )|(?<=tests )|(?<=check )|(?<=checks )|(?<=inspection )|(?<=audit )|(?<=UAT ))passed|"
    # "Staging server set up, credentials in the vault." / "Installation crew confirmed for 1-3 December."
    r"set up|confirmed)\b"
    r"(?=\s*(?:$|[.!,;:(–—-]|and\b|[^\w\s]|(?<=attached|enclosed)\s+(?:with|for)\b|"
    # "Logo attached as SVG"
    r"(?<=attached|enclosed)\s+as\s+(?:an?\s+)?(?!(?:reference|example|placeholder|draft|preview|sample|inspiration|backup)\b)"
    r"[\w.-]+(?:\s+(?:and|or)\s+[\w.-]+)?\s*(?:$|[.!,;:(–—])|(?:(?<=booked)|(?<=confirmed))\s+for\b|(?:from|via|through|with)\s+[A-Z]|"
    # "Sofa delivered Friday" / "Seating plan attached at last"
    r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|at last\b|finally\b|"
    r"as (?:promised|requested|discussed|agreed|planned)\b|to (?:you|your|our|their)\b(?![^.!]{0,30}\bwrong\b)|"
    # "Test import done on the dev store: 1,238 of 1,243 came through"
    r"(?:on|in|at|into)\s+(?:the|our|your|their)\s+(?!(?:morning|afternoon|evening|night|week|weekend|day|end)\b)[\w'-]+(?:\s+[\w'-]+){0,2}\s*(?:$|[.!,;:(–—])|"
    r"(?:over\s+)?(?:to|with)\s+[" + NAME_CAPITALS + r"][\w'-]*\b(?:\s+[" + NAME_CAPITALS + r"][\w'-]*)?\s*(?:$|[.!,;:(–—-])|"
    # "call sheet and usage details sent to Sara at Brera this morning"
    r"(?:(?<=sent)|(?<=issued))\s+to\s+(?-i:[" + NAME_CAPITALS + r"])[\w'-]*\b[^.!?;]{0,40}?\b(?:today|this morning|this afternoon|yesterday|last night|earlier)\b|"
    r"(?:today|this morning|this afternoon|yesterday|last night|earlier|just now)\b))",
    re.IGNORECASE,
)
# A verbless report's subject is a thing, not a clause: "Please update X before we go live".
_TERSE_NOT_A_THING = re.compile(
    r"^(?:please|pls|kindly|can|could|would|will|let's)\b|\b(?:i|i'm|we|we're|you|they|he|she|it|there|before|after|"
    r"is|are|was|were|be|been|has|have|had|get|got)\b|"
    # ("the printer can live with that": a modal makes it a verb phrase, not a thing)
    r"\b(?:can|could|would|should|must|might|shall|can't|won't|couldn't|(?-i:will|may))(?:\s|$)",
    re.IGNORECASE,
)


def _imperative_start(phrase: str) -> bool:
    """"update the widget ..." is an order; "test order", "push notifs" are things."""
    words = phrase.split()
    return (len(words) > 1 and _base_verb(words[0]) is not None
            and re.match(r"(?:the|a|an|our|your|my|this|that|these|those|all|it|them)$", words[1], re.IGNORECASE) is not None)


_COMPLETE_PARTICIPLE = re.compile(
    r"^(?P<subj>[^,;:]{2,60}?)(?:\s+(?:is|are|has(?: now| since| already)? been|have(?: now| since| already)? been|was|were)|'s|'re)\s+"
    r"(?:now\s+|all\s+|finally\s+|already\s+)?(?P<state>[a-z]{3,}ed|built|bought|done|sent|made|paid|run|written|drawn|taken|given|shot|final|finali[sz]ed|in from)\b",
    re.IGNORECASE,
)
# "Deep clean finished in Remédios and Graça": a finished state said as a headline, no "is"
_HEADLINE_DONE = re.compile(r"^(?P<subj>(?!(?:i|we|you|they|he|she|it|this|that|everyone|everything|please|kindly)\b)(?-i:[" + NAME_CAPITALS + r"])[\w'’&/-]*"
                            # ("Omer has finished all eleven deck plans": who did what, not a headline)
                            r"(?:\s+[\w'’&/-]+){0,3}?)(?<!\shas)(?<!\shave)(?<!\shad)\s+"
                            r"(?P<state>finished|completed|done|sorted|fixed|installed|delivered|uploaded|submitted)\b"
                            r"(?!\s+(?:the|a|an|our|your|their|his|her|my|it|them|this|that|with|by)\b)", re.IGNORECASE)
_PLACE_SHUT = re.compile(r"\b(?:plant|factory|office|offices|shop|store|warehouse|school|site|road|airport|border|bank|banks|port|"
                         r"studio|lab|workshop|mill|venue|hotel|restaurant|kitchen|gym|library|museum|mall|market)\s*$", re.IGNORECASE)
_NOT_DONE_PARTICIPLES = frozenset({
    "delayed", "blocked", "postponed", "needed", "required", "expected", "scheduled", "planned", "stuck", "concerned",
    "interested", "based", "located", "supposed", "used", "tired", "worried", "excited", "pleased", "delighted", "involved",
    "pushed", "moved", "rescheduled", "paused", "cancelled", "canceled", "dropped", "descoped", "parked", "held",
    "limited", "allowed", "included", "attached", "affected", "impressed", "confused", "surprised", "booked for",
    "slated", "penciled", "pencilled", "tentative", "sized", "priced", "quoted", "estimated", "overdue", "missed",
    # ("German version is noted, we will prepare the proposal": taken note of, not done)
    "noted", "understood", "acknowledged", "welcomed", "appreciated",
})
# "Attached is the MLS timeline" / "Here's the final guest list".
_COMPLETE_HANDED = re.compile(
    # ("finally here are the roughs for the first eight spreads!")
    # ("As I told you, here is the link to download the donor segments export")
    r"^(?:[" + NAME_CAPITALS + r"][\w'-]+,\s+)?(?i:as (?:agreed|promised|requested|discussed|(?:i|we) (?:told|said|mentioned)(?: you)?)[,]?\s+)?"
    # ("As Carolina promised on Monday, here is the list of documents we still need")
    r"(?i:as\s+(?:[\w'-]+\s+){1,3}?(?:promised|agreed|requested|asked|mentioned)(?:\s+[^,]{1,30})?,\s+)?"
    r"(?i:(?:finally|at last|so|ok|okay),?\s+)?"
    r"(?i:(?:also\s+)?attached (?:is|are|you'll find)|here(?:'s| is| are| comes?| goes)|"
    # "Attached mold-flow report for LP-03 light pipe FYR."
    r"attached(?=\s+(?!(?:is|are|you|please|to|for|with|as|in|and|herewith|below|here)\b)[\w-]+\s+[\w-]+)|"
    # "Here you go: our brand book and the dielines" / "Here the measures of the infeed" / "Also attached, the two demos"
    r"here you go\s*[:,–—-]|here(?=\s+(?:the|our|my|your|all)\s)|(?:also\s+)?attached,|"
    # "Here they are, all three (PDF attached)."
    r"here(?=\s+(?:it\s+is|they\s+are)\b)|"
    # "Follow attached the layout" / "Segue attached the brand guidelines": Portuguese "segue em anexo"
    r"(?:follows?|segue)\s+(?:in\s+|em\s+)?(?:attached|anexo)|"
    # "Kindly find attached ..." / "Please find enclosed ..." / "Enclosed please find ..." / "Please see attached ..."
    # ("Please find below our office static IPs for whitelisting": the thing, in the mail itself)
    r"(?:please\s+|kindly\s+)?(?:find|see)\s+(?:also\s+)?(?:attached|enclosed|herewith|below)(?:\s+herewith)?|(?:attached|enclosed)\s+(?:please\s+)?(?:find|see)|"
    # ("Enclosed you find the product export" / "Attached you have the minutes")
    r"(?:attached|enclosed)\s+you(?:'ll| will)?\s+(?:find|have)|you(?:'ll| will)\s+find\s+(?:attached|enclosed)|"
    r"enclosed (?:is|are)|(?:i|we)(?:'ve| have) attached)\s+(?P<obj>\S.+)"
    r"|^(?i:(?:as (?:agreed|promised|requested|discussed)[,]?\s+)?(?:please\s+|kindly\s+)?(?:find|see))\s+(?P<obj2>\S.+?)\s+"
    r"(?i:attached|enclosed|in (?:the\s+)?attachments?)\b"
    # "PFA glossary (312 terms) as promised." - please find attached
    # ("in attach you have our proposal with three venue options")
    r"|^(?i:pfa|attached please find|(?:please\s+)?find in (?:the\s+)?attachment|in (?:the\s+)?attachment(?: you will find| you'll find)?|"
    r"in\s+attach(?:ed)?(?:\s+you(?:'ll| will)?\s+(?:have|find))?|"
    # "I also attach the list of hotels" / "attached: target architecture doc v1"
    # ("so I attach in his place the copies": for the owner away)
    r"(?:i|we)\s+(?:also\s+)?(?:attach|enclose)(?:\s+(?:in\s+(?:his|her|their)\s+place|on\s+(?:his|her|their)\s+behalf))?|(?:i'm|we're|i am|we are)\s+(?:also\s+)?(?:attaching|enclosing)|attaching|enclosing|attached\s*:|attachment\s*:|"
    # "Hereby the KLIC report (attached)." - Dutch and German "hierbij" / "anbei"
    r"(?:hereby|herewith)(?:\s+(?:you receive|i send you|we send you|i send|we send))?|"
    # "I send you attached the proposal" / "we send you in attachment the plan"
    r"(?:i|we)\s+(?:also\s+)?send\s+(?:you\s+)?(?:attached|in\s+attachment|enclosed|herewith))[:,]?\s+(?P<obj3>\S.+)"
    # "You find the KLIC report in the attachment."
    r"|^(?i:you(?:'ll| will)?\s+find)\s+(?P<obj4>\S.+?)\s+(?i:in (?:the\s+)?attachment|attached|enclosed)\b"
    # "I am sending you the signed contract attached." / "Sharing the updated deck herewith."
    r"|^(?i:(?:(?:i|we)(?:'m|'re| am| are)\s+)?(?:sending|sharing)(?:\s+(?:you|with you))?)\s+(?P<obj5>\S.+?)\s+"
    r"(?i:attached|enclosed|herewith|in (?:the\s+)?attachment)\b"
    # "that's Ger's notes and the spec sheet there for you" (Irish English: here they are)
    r"|^(?i:that's|that is|there's|those are|these are)\s+(?P<obj6>\S.+?)\s+(?i:there\s+for\s+you|for\s+you\s+there)\b"
    # "You can find the product export in our Dropbox." / "Sharing the export with you here." /
    # "Sending you the product export." (this mail is the handing over)
    r"|^(?i:you\s+(?:can|will|'ll)\s+(?:now\s+)?find)\s+(?P<obj7>(?:the|our|your|all|both)\s.+?)\s+(?i:in|on)\s+(?i:our|the|your)\s+(?i:shared\s+)?"
    r"(?i:drive|google drive|dropbox|folder|portal|server|sharepoint|teams|onedrive|box|sftp)\b"
    # "Find our brand guidelines in the link below." / "You can download the guidelines here: https://..."
    r"|^(?i:(?:you\s+(?:can|will|'ll)\s+)?(?:find|download|access|get))\s+(?P<obj9>(?:the|our|your|all|both)\s.+?)\s+(?i:(?:(?:in|at|via|from|through|with|under)\s+"
    r"(?:the|this)\s+(?:link|url|wetransfer(?:\s+link)?|dropbox\s+link)(?:\s+(?:below|above))?|here\s*:\s*(?=https?://)))"
    r"|^(?i:(?:(?:i|we)(?:'m|'re| am| are)\s+)?(?:sending|sharing)(?:\s+(?:you|with you))?)\s+"
    r"(?![^.!]*\b(?:tomorrow|tonight|later|next|soon|by|until|before|after|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|this\s+(?:afternoon|evening|week)|"
    r"with\s+(?!you\b)\w+)\b)(?P<obj8>(?:the|our|my|your|all|both)\s[^,;]+?)"
    r"(?:\s+with\s+you)?(?:\s+(?i:here|now|with this (?:e-?)?mail))?\s*[.!]?$",
    re.IGNORECASE,
)
# "Émilie is off until Monday, so I'm also attaching the market stall reference photos you
# asked her for": why the writer hands it over, then the hand-over
_SO_HANDING = re.compile(r"^[^.;]{3,120}?,?\s+so\s+(?=(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+(?:also\s+)?(?:attach|enclos))", re.IGNORECASE)
_COMPLETE_LABEL = re.compile(r"^(?P<subj>[^:]{2,60}):\s*(?:done|finished|complete|completed|live|sent|delivered|shipped)\b", re.IGNORECASE)
# ("n't" has no word boundary before it: "wasn't sent" is not sent)
_NOT_YET = re.compile(r"\b(?:not|never|almost|nearly|once|when|if|until|should|will|would|could|might)\b|n't\b", re.IGNORECASE)
_LABEL_PREFIX = re.compile(r"^[^:]{1,40}:\s+(?=\S)")
_SUBJECT_NOISE = re.compile(
    r"^(?:(?:also|and|but|so|update|fyi|heads[- ]up|quick heads[- ]up|quick update|small delay|sorry(?: again)?|apologies|"
    r"(?:i'm|i am|we're|we are) (?:so |very |really )?sorry|"
    r"unfortunately|sadly|realistically|honestly|good news|bad news|bit of bad news|just so you know|as expected|"
    # ("As promised by Catherine, here is the guest list"; "As Giulia promised, the credentials ...")
    r"(?:as|like) (?:promised|requested|discussed|agreed|announced)(?:\s+by\s+(?:you|(?-i:[" + NAME_CAPITALS + r"])[\w'-]+))?|"
    r"as (?-i:[" + NAME_CAPITALS + r"])[\w'-]+ (?:promised|said|asked)(?:\s+(?:on\s+\w+|yesterday|last\s+\w+))?|"
    r"i'm afraid|i am afraid|ok|okay|btw|quick one|quick q|looks like|it looks like|i think|hmm|no problem|no worries|"
    r"sure|of course|noted|will do|please be advised that|please note that|just to let you know(?: that)?|for your information|for the record|"
    r"(?:i am|i'm|we are|we're) (?:pleased|happy|glad) to (?:confirm|say|report|let you know)(?: that)?|(?:i|we) can confirm(?: that)?)\s*[,:!–—-]?\s+"
    # "morning – newsletter template is ...": a greeting word, only with its separator
    r"|(?:good\s+)?(?:morning|afternoon|evening|hi all|hi team|hey all|hey team|hiya|hey)\s*[,:!–—-]\s+"
    # "Done: the draft is live on staging" - the verdict first, then what it is about
    r"|(?:all\s+)?done\s*[:,–—-]\s+(?=\S+(?:\s+\S+){0,8}?\s+(?:is|are|has|have|was|were|'s)\s))+",
    re.IGNORECASE,
)
_TRAILING_NOISE = re.compile(r"\s+(?:i'm afraid|i am afraid|unfortunately|sadly|as well|too)$", re.IGNORECASE)
_PERSON_SUBJECT = re.compile(r"^(?:i|i'm|i am|we|we're|we are|you|they|it|it's|this|that|he|she|everything|everyone)$", re.IGNORECASE)
_NEWS_ON = re.compile(r"^(?:(?:some\s+)?(?:bad|good|quick|sad|mixed)?\s*(?:news|update)\s+)?(?:on|about|re|regarding|as for)\s+"
                      r"(?P<topic>(?:the|our|your|their)\s+[^:,;]{2,60}?)\s*:\s+(?=(?:it|it's|they|they're|these|those|both)\b)",
                      re.IGNORECASE)
_PRONOUN_START = re.compile(r"^(?:i|i'm|i've|we|we're|we've|you|they|he|she|it|it's|there|this|that)\b", re.IGNORECASE)
_LAST_CLAUSE = re.compile(r",\s*(?:so|and|but|which means|meaning)\s+|;\s*|\s(?:so|but)\s+", re.IGNORECASE)
# The reason after a comma or dash: "is running behind, the sandbox keeps timing out".
_NOT_A_REASON = re.compile(
    r"^(?:so|and|but|which|aiming|hoping|hopefully|probably|should|now|new|eta|sorry|apologies|i'm afraid|as planned|"
    r"as (?:i|we) (?:had |have )?(?:hoped|planned|promised|expected|said|agreed|thought)|"
    r"thanks|thank you|if|please|let me|let us|i'll|we'll|will|can|could|sorry)\b",
    re.IGNORECASE,
)


def _now_on(body: str, sentence: str, frame: Frame) -> StatusChange | None:
    """"Foundations now Monday 13th (supplier breakdown)" / "Pen test booked for the 22nd":
    an open task, named, and the day it now happens on (a few words, nothing else)."""
    m = _NOW_ON.match(body) if may_match(_NOW_ON, body) else None
    if m is None or _PRONOUN_START.match(m.group("subj")) or _NEGATED.search(m.group("subj")):
        return None
    ctx = frame.ctx
    author = ctx.author
    rest = m.group("rest")
    dates = find_dates(rest, ctx.sent_at, author.tz, author.date_order)
    if not dates or dates[0].start > 0 or len(rest[dates[0].end:].split()) > 8:
        return None
    subject = _clean_hint(m.group("subj"), frame)
    task = match_task_hint(subject, ctx.known_tasks) if subject else None
    if task is None:
        return None
    booked = _BOOKED_FOR.match(body[len(m.group("subj")):])
    if booked and _BOOKING_TASK.match(task.title):
        # "Book the QA lab" / "the lab's booked for Friday": the booking was the work and
        # Friday is the slot, not a new due date
        return StatusChange(task.id, subject, "done", None, None, False, "natural:completion", sentence)
    tail = rest[dates[0].end:]
    paren = re.search(r"\((?P<why>[^()]{3,80})\)", tail)
    reason = paren.group("why").strip() if paren else reason_from(tail)
    return StatusChange(task.id, subject, None, dates[0].value, reason, False, "natural:new-date", sentence)


def _relative_slip_due(text: str, task_id: int, frame: Frame):
    """"pushed back a week": the task's current due date plus the delay, when it is known."""
    m = _RELATIVE_SLIP.search(text)
    if m is None:
        return None
    task = next((t for t in frame.ctx.known_tasks if t.id == task_id), None)
    if task is None or task.due is None:
        return None
    n = count_more(m.group("n") or m.group("n2")) if (m.group("n") or m.group("n2")).lower() not in ("a", "one") else 1
    if n is None:
        return None
    unit = (m.group("unit") or m.group("unit2")).lower()
    return task.due + timedelta(days=n * (7 if unit.startswith("week") else 1))


def _own_task_on_thread(frame: Frame) -> int | None:
    """The writer's one open task on this thread (or the thread's own task), if there is one."""
    ctx = frame.ctx
    if ctx.thread_task_id is not None:
        return ctx.thread_task_id
    mine = [t.id for t in ctx.known_tasks if t.id in ctx.thread_tasks and t.owner == ctx.author.email]
    return mine[0] if len(mine) == 1 else None


def _resolve_task(hint: str | None, sentence: str, frame: Frame, *, hint_first: bool = True) -> int | None:
    known = frame.ctx.known_tasks
    if hint_first and hint:
        task = match_task_hint(hint, known)
        if task:
            return task.id
        label = re.match(r"^\s*(?P<label>[^:]{2,40}):\s", sentence)
        task = match_task_hint(label.group("label"), known) if label else None
        if task:
            # "Upload portal: ... the bulk import won't finish before Thursday" - the label
            # says which task the news is about.
            return task.id
    if frame.ctx.task_id is not None:
        return frame.ctx.task_id
    if hint_first and hint:
        # The sentence says what slipped; another task sharing a word is not it ... unless it
        # is the writer's one task on the thread with the same head noun ("we will not have
        # the Amicus export by tomorrow" for "Arrange for us to receive that export")
        head = head_word(hint)
        mine = [t for t in known if t.owner == frame.ctx.author.email and t.id in frame.ctx.thread_tasks
                and head and head in content_words(t.title)]
        return mine[0].id if len(mine) == 1 else None
    task = match_known_task(sentence, known)
    return task.id if task else None


# "We request you to kindly allow us till Monday 9th November for the pilot delivery"
_ALLOW_US = re.compile(r"\b(?:allow|give|grant)\s+(?:us|me)\s+(?:(?:some|a bit of)\s+)?(?:(?:more|extra)\s+)?(?:time\s+)?(?:till|until|up to|to)\s+"
                       r"(?P<target>[^,;.?!]{2,40}?)\s+(?:for|to\s+(?:deliver|finish|send|complete|share|submit))\s+(?P<work>[^,;.?!]{2,80})",
                       re.IGNORECASE)


def _extension_asked(sentence: str, frame: Frame) -> StatusChange | None:
    """More time asked for one's own work: a slip of that task to the date asked for."""
    m = _ALLOW_US.search(sentence) if may_match(_ALLOW_US, sentence) else None
    if m is None:
        return None
    ctx = frame.ctx
    new = find_dates(m.group("target"), ctx.sent_at, ctx.author.tz, ctx.author.date_order, numeric_needs_cue=False)
    if not new:
        return None
    own = [t for t in ctx.known_tasks if t.owner in (None, ctx.author.email)]
    # ("the pilot delivery" is the pilot)
    work = re.sub(r"\s+(?:delivery|handover|submission|completion)$", "", m.group("work").strip(), flags=re.IGNORECASE)
    task = match_known_task(work, own) or match_task_hint(work, own)
    if task is None:
        return None
    return StatusChange(task.id, None, None, new[0].value, None, False, "natural:delay", sentence)


# "Until that arrives I can't get at any of the statements" / "I can't send the deck until
# legal signs off" / "survey cannot do yet": the work waits on something else
_CANT_UNTIL = re.compile(
    r"^(?:(?:but|and|so)\s+)?(?:until|till)\s+(?P<cond>[^,]{3,60}?),?\s+(?:i|we)\s+(?:can't|cannot|can not|won't be able to)\s+(?P<vp>[^.;]{3,80})"
    # ("Cant lock in numbers till Woolies confirm our program": no subject, no apostrophe)
    r"|(?:\b(?:i|we)\s+|^)(?:can't|cant|cannot|can not|won't be able to)\s+(?P<vp2>[^.;]{3,80}?)\s+(?:until|till|til)\s+(?P<cond2>[^.;]{3,60})"
    r"|^(?:[" + NAME_CAPITALS + r"][\w-]*(?:\s+[" + NAME_CAPITALS + r"][\w-]*)?,\s+)?(?P<subj>(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:cannot|can't|can not)\s+"
    r"(?:do|go ahead|happen|proceed|start)\s+yet\b",
    re.IGNORECASE)


_DAY_GIVEN_UP = re.compile(r"\b[\w-]+(?:'s|\s+is)\s+(?:not|n't)\s+going\s+to\s+happen\b|\b[\w-]+\s+won't\s+happen\b", re.IGNORECASE)
_BEGUN_ON = re.compile(r"\b(?:started|begun|began|working|been working)\s+(?:on\s+)?(?P<np>(?:the|our|your)\s+[\w' -]{2,60}?)(?=\s*(?:,|\s+but\b|\s+and\b))",
                       re.IGNORECASE)
_SAID_BEFORE_NP = re.compile(r"^(?:the|our|your)\s+(?P<np>[\w' -]{2,40}?)\s+(?:we|i|they|are|is|were|was|have|has|still)\b", re.IGNORECASE)
_COMMIT_VERB = re.compile(r"(?:lock\s+in|lock\s+down|firm\s+up|confirm|commit|finali[sz]e|give\s+(?:you|us)|send|order|place|sign|book|"
                          r"approve|release|start|begin|proceed|go\s+ahead)\b", re.IGNORECASE)


def _held_until(text: str, frame: Frame) -> StatusChange | None:
    """The writer's own task (or the thread's) named by the work that has to wait: blocked."""
    m = _CANT_UNTIL.search(text)
    if m is None:
        return None
    ctx = frame.ctx
    # ("..., so tomorrow's not going to happen": the day given up is no new date)
    if find_dates(_DAY_GIVEN_UP.sub("", text), ctx.sent_at, ctx.author.tz, ctx.author.date_order):
        # "I can't verify the domain until I've got the login ..., so I'll have it done by
        # Tuesday instead": a new date, not a wait without end
        return None
    what = m.group("vp") or m.group("vp2") or m.group("subj")
    what = re.split(r",\s*(?:so|and|but|which)\b", what, maxsplit=1, flags=re.IGNORECASE)[0]
    # ("get at any of the statements": the statements; "trust the comp numbers" names the comp
    # numbers, not the shrink numbers)
    thing = re.sub(r"^(?:\S+\s+)(?:(?:at|to|on|with|into)\s+)?(?:(?:any|all|some|one)\s+of\s+)?", "", what) if m.group("subj") is None else what
    thing = re.sub(r"^(?:in|down|up)\s+", "", thing, flags=re.IGNORECASE)  # ("lock in numbers")
    said = _SAID_BEFORE_NP.match(frame.previous or "") if re.fullmatch(r"(?:them|it|those|these|they)\b.*", thing, re.IGNORECASE) else None
    if said is not None:
        # "The UPC codes we don't have yet. ... so I can't send them until GS1 approves."
        thing = said.group("np")
    elif re.fullmatch(r"(?:them|it|those|these|they)\b.*", thing, re.IGNORECASE) and (
            begun := _BEGUN_ON.search(text, 0, m.start())) is not None:
        # "I have started on the visa invitation letter template, but I cannot finish it
        # until I have your letterhead": the work begun is what waits
        thing = begun.group("np")
    candidates = [t for t in ctx.known_tasks if t.id in ctx.thread_tasks or t.owner == ctx.author.email]
    named = [t for t in candidates if hint_fits(thing, t)]
    if not named and _COMMIT_VERB.match(what):
        # "Cant lock in numbers till Woolies confirm" on the thread of "Confirm your
        # first-order quantity": the writer's one open task there is what waits (not "we
        # can't touch it till ..." nor "we can't trust the comp numbers until ...")
        named = [t for t in ctx.known_tasks if t.id in ctx.thread_tasks and t.owner == ctx.author.email]
    verb = what.split(None, 1)[0].lower() if m.group("subj") is None else ""
    if not named and verb:
        # "I can't configure the UPS calculated rates until ..." / "Can't pull anything till
        # then.": the writer's task (or the thread's) of that very work, about that thing
        vague = re.fullmatch(r"(?:anything|any of (?:it|them)|it|them)", thing.strip(), re.IGNORECASE) is not None
        named = [t for t in candidates if t.title.split(None, 1)[0].lower() == verb
                 and (t.id in ctx.thread_tasks and t.owner == ctx.author.email if vague
                      else shares_a_word(content_words(thing), content_words(t.title)))]
    if len(named) != 1:
        return None
    reason = (m.group("cond") or m.group("cond2") or "").strip(" .") or None
    return StatusChange(named[0].id, what.strip(), "blocked", None, reason, False, "natural:blocked", text)


def _blocked_work(sentence: str, frame: Frame) -> int | None:
    """The task a "stuck" sentence is about when it names none: the one the sentence
    before names ("Still no Chicago number from Frontera. Stuck waiting on their pricing
    guy"), the one due on a date it names ("... so the 27th for the tops is looking tight"),
    or the one open task sharing a word with it ("stuck waiting for the worktop template")."""
    ctx = frame.ctx
    if frame.previous:
        task = match_known_task(frame.previous, ctx.known_tasks)
        if task is not None:
            return task.id
    for said in (frame.lead, frame.previous):
        # "Quick one on the sample packs. ... They're on hold until the delivery lands": the
        # paragraph's topic
        topic = _PARAGRAPH_TOPIC.match(said or "")
        task = match_task_hint(topic.group("topic"), ctx.known_tasks) if topic else None
        if task is not None:
            return task.id
    dates = {m.value for m in find_dates(sentence, ctx.sent_at, ctx.author.tz, ctx.author.date_order)}
    due_then = [t for t in ctx.known_tasks if t.due is not None and t.due in dates]
    if len(due_then) == 1:
        return due_then[0].id
    words = content_words(sentence)
    sharing = [t for t in ctx.known_tasks if words & content_words(t.title)]
    return sharing[0].id if len(sharing) == 1 else None


_PARAGRAPH_TOPIC = re.compile(r"^(?:(?:quick|one|another|small|an?)\s+(?:one|thing|update|note|word)|update|news)\s+"
                              r"(?:on|about|re|regarding)\s+(?P<topic>(?:the|our|your)\s+[\w' -]{2,40}?)\s*[.:!]?$", re.IGNORECASE)


_FROM_OLD_DATE = re.compile(r"\s+(?:from|on)\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\b|"
                            r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d)[^,;]*$|"
                            r"\s+from\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b[^,;]*$", re.IGNORECASE)


_NOUN_PHRASE_START = re.compile(r"(?:the|our|your|my|these|those|this|both|all|some)\s", re.IGNORECASE)
_THIS_OR_IT = re.compile(r"(?:this|that|it)\b", re.IGNORECASE)
# ("the original files": what came in, not which work it was)
_JUST_FILES = re.compile(r"(?:the\s+)?(?:(?:original|raw|source|camera|final)\s+)?(?:files?|originals)", re.IGNORECASE)
_PRONOUN_THING = re.compile(r"(?:it|they|them|this|these|those|everything|all of (?:it|them)|both|all (?:three|four|five))(?:\s+(?:is|are))?",
                            re.IGNORECASE)


def _without_owner(text: str, frame: Frame) -> str:
    """"Harriet's site long list went round": whose work it was, not which."""
    m = re.match(r"^([" + NAME_CAPITALS + r"][\w-]+)(?:'s|’s)\s+(?=\S)", text)
    return text[m.end():] if m and frame.index.lookup(m.group(1)) else text


def _clean_hint(text: str | None, frame: Frame | None = None) -> str | None:
    if not text:
        return None
    # "the handover of the final course packages from Friday 20 November": the old date
    # is not part of the work's name
    text = _FROM_OLD_DATE.sub("", text)
    # ("Rhys is away at Foodtech this week and asked me to pass on that the electrical spec
    # will be a bit late": what is late is the subject after "that")
    reported = re.search(r"\b(?:that|says|said|tells? me|told me)\s+(?=(?:the|our|your|their|his|her)\s)", text, re.IGNORECASE)
    text = text[reported.end():] if reported else text
    text = _SUBJECT_NOISE.sub("", text.strip(" ,;:-—–"))
    text = _TRAILING_NOISE.sub("", text.strip(" ,;:-—–"))
    if frame is not None:
        # "Priya the launch banner is delayed" - a name said in passing, then the subject.
        m = re.match(r"^([" + NAME_CAPITALS + r"][\w'-]+),?\s+(?=(?:the|our|my|your)\s)", text)
        if m and frame.index.lookup(m.group(1)):
            text = text[m.end():]
        text = _without_owner(text, frame)
    if frame is not None and frame.index.lookup(re.sub(r"'s$", "", text)):
        return None
    text = re.sub(r"^(?:the|our|my|your)\s+", "", text, flags=re.IGNORECASE) if len(text.split()) > 1 else text
    text = re.sub(r"\s+(?:is|are|was|were|has|have|will|'s|'re|might|may|could|would)(?:\s+(?:going to|likely to|now|still))?$",
                  "", text, flags=re.IGNORECASE)
    if not text or _PERSON_SUBJECT.match(text):
        return None
    return text


def _label_before(text: str, end: int) -> str | None:
    """"Analytics tags: blocked until ..." - the label names the task."""
    head = text[:end]
    if ":" in head and not head.rsplit(":", 1)[1].strip(" ,-"):
        return _clean_hint(head.rsplit(":", 1)[0])
    return None


def _subject_before(text: str, end: int, frame: Frame | None = None) -> str | None:
    """The grammatical subject before a status word, ignoring a "Heads-up:" preamble and
    any earlier clause ("we won't get the shots until the 12th, so the shortlist ...")."""
    head = text[:end]
    if ":" in head:
        after = head.rsplit(":", 1)[1]
        if not after.strip(" ,-"):
            return _clean_hint(head.rsplit(":", 1)[0], frame)
        head = after
    head = _LAST_CLAUSE.split(head)[-1]
    return _clean_hint(head, frame)


def _slip_due(sentence: str, after: int, frame: Frame):
    author = frame.ctx.author
    parts = re.split(r"\b(?:because|since|due to)\b|\s[—–]\s|:\s+(?=(?:the|our|their|we|they|he|she|it|i)\s)", sentence[after:], maxsplit=1)
    # ("Thursday 12/11 instead of 10/11": the date being replaced is not the new one)
    dates = [d for d in find_dates(parts[0], frame.ctx.sent_at, author.tz, author.date_order)
             if not re.search(r"\b(?:instead of|rather than|in place of)\s+(?:the\s+)?$", parts[0][: d.start], re.IGNORECASE)]
    if (len(dates) >= 2 and re.search(r"\bfrom\s+$", parts[0][: dates[0].start])
            and re.fullmatch(r"\s+(?:to|until|till)\s+", parts[0][dates[0].end: dates[1].start])):
        # "push the note from Friday 20th November to Friday 4th December": the second
        return dates[1].value
    if len(dates) >= 2 and re.search(r"\b(?:until|till|through)\s+$", parts[0][: dates[0].start]):
        # "... are at a trade fair until the 16th, so I'll have them to you on Thursday the
        # 19th": how long the hold-up lasts is not when the work comes
        return dates[1].value
    if not dates and len(parts) > 1 and len(parts[1].split()) <= 6:
        # "running behind on the brochure – Wednesday at the latest": a short dash
        # segment is the new date, not the reason.
        dates = find_dates(parts[1], frame.ctx.sent_at, author.tz, author.date_order)
    return dates[0].value if dates else None


_HAS_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|be|been|keeps?|needs?|wants?|got|can't|won't|didn't|doesn't|isn't|aren't|"
    r"wasn't|ran|overran|broke|went|took|fell|came|left|lost|hit)\b|'s\b|'re\b|\b\w{3,}(?:ing|ed)\b",
    re.IGNORECASE,
)


def _slip_reason(text: str, slip_start: int, slip_end: int, frame: Frame) -> str | None:
    """Why it slipped: a because/since/due-to clause, else the clause after a comma or dash
    that is not the new date itself ("..., the icon font is fighting me")."""
    why = reason_from(text[slip_start:])
    if why:
        return why
    # "Because the council refused our permit, we need to push ...": the reason leads
    lead = re.match(r"^\s*(?:because|since|as|due to)\s+(?P<why>[^,;]{6,160}?),\s*", text[:slip_start], re.IGNORECASE)
    if lead and _HAS_VERB.search(lead.group("why")):
        return lead.group("why").strip()
    # "the vendor is migrating servers this weekend, so integration will slip": the cause
    # comes first and "so" leads into the slip.
    cause = re.match(r"^(?P<why>.+?)(?:,\s*|\s+)(?:so|which means|meaning)\s+[^,;]*$", text[:slip_start], re.IGNORECASE)
    if cause:
        why = _LABEL_PREFIX.sub("", _SUBJECT_NOISE.sub("", cause.group("why"))).strip(" ,;.")
        if len(why.split()) >= 3 and _HAS_VERB.search(why):
            return why
    parts = re.split(r",\s+|\s[—–-]\s", text[slip_end:], maxsplit=1)
    if len(parts) < 2:
        return None
    tail = parts[1].strip(" .!?")
    author = frame.ctx.author
    if (len(tail.split()) < 3 or _NOT_A_REASON.match(tail) or not _HAS_VERB.search(tail)
            or find_dates(tail, frame.ctx.sent_at, author.tz, author.date_order)):
        # ("..., same time and place" says nothing about why.)
        return None
    return tail


def count_more(phrase: str) -> int | None:
    """"another", "a couple of", "a few", "two", "3": how many more days or weeks."""
    count = phrase.lower()
    if count in ("another", "an extra", "an additional", "one more", "a", "one"):
        return 1
    if count.startswith("a couple"):
        return 2
    if count.startswith("a few"):
        # "a few more days": three, the usual meaning of "a few" in a schedule.
        return 3
    digits = re.match(r"\d+", count)
    words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
    return int(digits.group(0)) if digits else words.get(count.split()[0])


# What people move in their own diaries: a slip of one of these that names no open task
# moves no work
_OWN_EVENTS = frozenset({"meeting", "call", "appointment", "session", "visit", "holiday", "trip", "flight", "lunch", "dinner",
                         "party", "review", "sync", "standup", "catchup", "catch-up", "workshop", "briefing", "interview", "mt"})


_SO_CLAUSE = re.compile(r".*,\s+(?:so|and so|which means)\s+(?=(?:the|our|your|their)\s)", re.IGNORECASE)
# "moving go-live from Tue 17 Nov to Tue 24 Nov": the old date names the work
_FROM_OLD_TO = re.compile(r"\bfrom\s+(?P<old>[^,;]{2,40}?)\s+(?:to|until|till)\s+", re.IGNORECASE)


def _find_slip(text: str, frame: Frame) -> tuple[re.Match[str], str | None] | None:
    """The first delay wording in the sentence and the task phrase it names."""
    ctx = frame.ctx
    author = ctx.author
    # (the two newest wordings are looked for only where their key words occur)
    lowered = text.lower()
    for rx in (_SLIP_PASSIVE, _SLIP_MOVING, _SLIP_ACTIVE, _NEW_DATE, _NEED_MORE, _NEED_UNTIL, _LATE, _LONGER, _WONT_MAKE,
               _LONGER_BARE, _WONT_FINISH, _CALLED_OFF, _NOT_UNTIL, _NOT_TODAY, _ARRIVES_INSTEAD, _BECOMES_DAY):
        if rx is _ARRIVES_INSTEAD and "instead" not in lowered and "rather" not in lowered or rx is _BECOMES_DAY and " be" not in lowered:
            continue
        if not may_match(rx, text):
            # (sixteen scans of every sentence; most lack all the words a wording needs)
            continue
        if rx is _SLIP_MOVING:
            # anchored after any "Heads up - " / "No problem - " preamble, positions in ``text``
            m = rx.match(text, len(text) - len(_SUBJECT_NOISE.sub("", text)))
            so = None if m is not None else _SO_CLAUSE.search(text)
            if so is not None:
                # "We're not launching ... in Shopping, so the paid launch moves from Mon
                # 11/16 to Thu 11/19": the move is the last clause
                m = rx.match(text, so.end())
        else:
            m = rx.search(text)
        if m is None:
            continue
        if rx in (_SLIP_ACTIVE, _SLIP_MOVING, _NEED_UNTIL, _WONT_FINISH, _CALLED_OFF, _NOT_UNTIL, _ARRIVES_INSTEAD) and not (_TIME_TARGET.match(m.group("target")) or find_dates(
                m.group("target"), ctx.sent_at, author.tz, author.date_order)):
            continue
        if rx is _BECOMES_DAY and not find_dates(m.group("target") or m.group("target2"), ctx.sent_at, author.tz, author.date_order,
                                                 numeric_needs_cue=False):
            continue
        if rx is _LATE and _NOT_BEFORE.search(text, 0, m.start()):
            # "The deck won't be late, don't worry": the match starts at "be late"
            continue
        if rx is _LATE and _COMPLETE_HANDED.match(text):
            # "Attached are the shot list and the mood board, sorry they're a few days late":
            # late, but here; a hand-over, no slip
            continue
        if rx is _LATE and re.match(r"\s+(?:in the (?:day|game|process)|notice|night|evening|afternoon|morning|reply|response|payment)\b",
                                    text[m.end():], re.IGNORECASE):
            # "I appreciate this is late in the day", "sorry for the late reply": idioms, no slip.
            continue
        hint: str | None
        if rx is _SLIP_MOVING:
            hint = _clean_hint(m.group("subj"), frame)
            if hint and _PRONOUN_START.match(hint):
                continue
        elif rx in (_WONT_FINISH, _NOT_UNTIL) and m.group("had"):
            # "we will not have the Amicus export by tomorrow": what they will not have
            hint = _clean_hint(m.group("had"), frame)
        elif rx in (_SLIP_PASSIVE, _LONGER, _LONGER_BARE, _WONT_FINISH, _CALLED_OFF, _NOT_UNTIL, _NOT_TODAY, _ARRIVES_INSTEAD, _BECOMES_DAY):
            hint = _subject_before(text, m.start(), frame)
        elif rx in (_SLIP_ACTIVE, _NEED_MORE, _NEED_UNTIL, _LATE, _WONT_MAKE):
            hint = _clean_hint(m.groupdict().get("obj"), frame)
            if hint is None and rx in (_LATE, _NEED_MORE):
                # "The shrink numbers will take another week"
                hint = _subject_before(text, m.start(), frame)
        elif re.match(r"(?:is|are|'s|'re)\s", m.group(0), re.IGNORECASE):
            # "The logo files are now due on the 20th"
            hint = _subject_before(text, m.start(), frame)
        else:
            hint = None
        if hint is None and rx is _NEW_DATE:
            # "The new date for the logo files is Friday"
            named = re.search(r"\bfor\s+(?P<obj>[^,;:]{2,60}?)\s+(?:is|will be|:)", text[m.start(): m.end() + 60], re.IGNORECASE)
            hint = _clean_hint(named.group("obj"), frame) if named else None
        if hint is None:
            head = text[: m.start()]
            hint = _clean_hint(head.rsplit(":", 1)[0], frame) if ":" in head else None
        if hint is None:
            # "For the wireframes we need one more week, so the new date is Friday 20.11." / "We
            # need one more week for the wireframes, so the new date is ...": the work named before
            lead = WORK_FIRST.match(text) or re.search(r"\bfor\s+(?P<obj>(?:the|our|your)\s+[^,;:.]{2,60}?)\s*,", text[: m.start()], re.IGNORECASE)
            hint = _clean_hint(lead.group("obj"), frame) if lead is not None and lead.end() <= m.end() else None
        return m, hint
    return None


# The work a sentence puts first: "For the wireframes, we need one more week", "About the
# importers list, it will be ..." (read by the later-day pass of ingest.extraction too)
WORK_FIRST = re.compile(r"^(?:(?:and|so|also|but)[,]?\s+)?(?:for|about|regarding|as\s+for|concerning)\s+(?P<obj>(?:the|our|your)\s+[^,;:]{2,60}?)"
                        r"(?:,|\s+(?=(?:we|i|it|they|there|he|she)\b))", re.IGNORECASE)


def _closest_own_task(text: str, ctx: ExtractionContext) -> int | None:
    """The writer's only open task, or of several the one the text shares most words with
    ("I can't verify the domain until ..." is "Get the tenant set up and the domain verified")."""
    own = [known for known in ctx.known_tasks if known.owner == ctx.author.email]
    if len(own) < 2:
        return own[0].id if own else None
    words = content_words(text)
    scored = sorted(((len(words & content_words(known.title)), known.id) for known in own), reverse=True)
    return scored[0][1] if scored[0][0] > 0 and scored[0][0] > scored[1][0] else None


# "Tender package to Elbkontor: start of wk 3 instead of 30 November." / "Katrin, your
# priced offer: 15/2 instead of 14/12.": a list of the dates that move
_MOVED_LINE = re.compile(r"^(?P<what>[^:]{3,80}):\s+(?P<new>[^:]{2,50}?)\s+(?:instead of|rather than)\s+(?P<old>[^:]{2,40}?)\s*[.!]?$",
                         re.IGNORECASE)


def _moved_line(text: str, frame: Frame) -> StatusChange | None:
    m = _MOVED_LINE.match(text)
    if m is None or not frame.ctx.known_tasks:
        return None
    author = frame.ctx.author
    new = find_dates(m.group("new"), frame.ctx.sent_at, author.tz, author.date_order, numeric_needs_cue=False)
    old = find_dates(m.group("old"), frame.ctx.sent_at, author.tz, author.date_order, numeric_needs_cue=False)
    if not new or not old:
        return None
    what = m.group("what")
    what = re.sub(r"^(?:your|our|the|my)\s+", "", what[sentence_vocative(what + " ", frame.index)[1]:].strip(), flags=re.IGNORECASE)
    task = match_known_task(what, frame.ctx.known_tasks) or match_task_hint(what, frame.ctx.known_tasks)
    if task is None:
        return None
    return StatusChange(task.id, _clean_hint(what), None, new[0].value, None, False, "natural:delay", text)


# "... ask y'all to hold onto the tanks and deliver Monday the 30th instead of the 23rd" /
# "please send the sample not until 13.11. but until Wednesday, 18.11.2026": the work due on
# the old day, moved to the new one
_DUE_SWAPPED = re.compile(
    r"\b(?P<verb>deliver|send|ship|share|submit|present|install|bring)\b[^.?!;]{0,60}?\s+(?:"
    r"(?:on\s+|by\s+|until\s+|till\s+)?(?P<new>[^.?!;,]{2,30}?)\s+(?:instead\s+of|rather\s+than)\s+(?:on\s+|the\s+)?(?P<old>[^.?!;,]{2,30}?)|"
    r"not\s+(?:on|by|until|till|before)\s+(?P<old2>[^?!;]{2,20}?)\s+but\s+(?:on|by|until|till|before)\s+(?P<new2>[^?!;]{2,30}?))\s*[.!]?\s*$",
    re.IGNORECASE)


def _due_swapped(text: str, frame: Frame) -> StatusChange | None:
    ctx = frame.ctx
    if not ctx.known_tasks or not may_match(_DUE_SWAPPED, text):
        return None
    m = _DUE_SWAPPED.search(text)
    if m is None or text.rstrip().endswith("?"):
        return None
    author = ctx.author
    new = find_dates(m.group("new") or m.group("new2"), ctx.sent_at, author.tz, author.date_order, numeric_needs_cue=False)
    task = task_due_on(m.group("old") or m.group("old2"), ctx.known_tasks, ctx, content_words(text) | {m.group("verb").lower()})
    if not new or task is None or new[0].value == task.due or task.owner == author.email:
        # (the writer's own work moved is said in other ways, and read by other rules)
        return None
    return StatusChange(task.id, None, None, new[0].value, None, False, "natural:delay", text)


# "The site map you sent yesterday ...": the thing, then that the one spoken to sent it
_YOU_SENT = re.compile(r"^(?:the|your)\s+(?P<obj>[^,;:()]{2,60}?)\s+(?:that\s+|which\s+)?you\s+(?:(?:just|already)\s+)?"
                       r"(?:sent|shared|uploaded|forwarded|delivered)\b", re.IGNORECASE)
# ... unless it came wrong or must come again
_SENT_BUT_WRONG = re.compile(r"n't\b|\b(?:not|no|wrong|corrupt\w*|broken|missing|empty|incomplete|resend|again|old|outdated|"
                             r"cannot|can't|unreadable|blank)\b", re.IGNORECASE)
# the apology just before a lateness ("sorry it's late", "apologies that this is late")
_DELIVERED_AFTER = re.compile(r"\s*[:–—]\s*(?:(?:the|our|your|my)\s+)?[^,;.:]{2,80}?\s+(?:is|are)\s+(?:now\s+)?(?:attached|here|in\s+the\s+attachment|"
                              r"uploaded|online|live|ready|done|finished)\b", re.IGNORECASE)
_SORRY_IT = re.compile(r"\b(?:sorry|apologies)[,!]?\s+(?:(?:that|for)\s+)?(?:it|this|that|they|these)\s*$", re.IGNORECASE)


def _changes(sentence: str, frame: Frame) -> list[StatusChange]:
    text = sentence.strip()
    ctx = frame.ctx
    author = ctx.author
    if _CONDITIONAL_START.match(_SUBJECT_NOISE.sub("", text)):
        # "If the homepage slips to Monday, let me know" has not slipped ("Until that arrives
        # I can't get at the statements" is no condition: the work waits)
        held = _held_until(text, frame) if re.match(r"(?:(?:but|and|so)\s+)?(?:until|till)\b", text, re.IGNORECASE) else None
        return [held] if held is not None else []
    tail = _DONE_TAIL.search(text)
    if tail and tail.start() > 0 and ctx.known_tasks:
        head = _SUBJECT_NOISE.sub("", text[: tail.start()])
        head_subject = _HEAD_SUBJECT.match(head)
        hint = head_subject.group("subj") if head_subject else head
        task = match_known_task(hint, ctx.known_tasks) or match_task_hint(hint, ctx.known_tasks)
        if task is not None:
            return [StatusChange(task.id, _clean_hint(hint), "done", None, None, False, "natural:completion", sentence)]

    moved = _moved_line(text, frame)
    if moved is not None:
        return [moved]
    extension = _extension_asked(text, frame)
    if extension is not None:
        return [extension]
    slip = _find_slip(text, frame)
    m = _BLOCKED.search(text) if may_match(_BLOCKED, text) else None
    if m and slip is not None and slip[0].start() < m.start("kw"):
        # "push notifs will take longer than I thought - the cert is stuck with IT": the
        # delay is the news, the blocker its reason.
        m = None
    if m and not re.search(r"(?:\b(?:not|no longer|un)|n't)\s*$", text[: m.start("kw")], re.IGNORECASE):
        subject = _subject_before(text, m.start("kw"), frame)
        rest = m.group("rest")
        obj = _BLOCK_OBJECT.match(rest)
        blocker = obj.group("obj").strip(" .!") if obj else rest.strip(" .!")
        wait = re.match(r"(?:until|till|pending)\s+(?P<cond>[^,;.]{3,80})", rest, re.IGNORECASE)
        # ("on hold until the delivery lands, I'll shout as soon as it does": what it waits for)
        reason = (wait.group("cond").strip() if wait else None) or reason_from(rest) or (
            re.split(r"\s+because\b", blocker, maxsplit=1, flags=re.IGNORECASE)[0] or None)
        cause = _CAUSE_SO.match(text[: m.start("kw")])
        if reason is None and cause:
            # "SSO: admin access still not granted by their IT, so I'm blocked."
            reason = _LABEL_PREFIX.sub("", _SUBJECT_NOISE.sub("", cause.group("why"))).strip(" ,;.") or None
            if subject is not None and _PERSON_SUBJECT.match(subject.split()[-1]):
                subject = None
        lead = _NEWS_ON.match(text)
        if lead is not None and (subject is None or _PRONOUN_START.match(subject)):
            # "Bad news on the renders of A and C: they're blocked until ...": the topic led
            # with is what "they" are
            subject = lead.group("topic")
        block_hint = subject
        task_id = _resolve_task(subject, text, frame)
        if task_id is None and ctx.known_tasks and (held := _held_until(text, frame)) is not None:
            # "I can't configure the UPS rates until we have the API access, so this part is
            # blocked": the work that waits names the task "this part" does not
            task_id = held.task_id
        if task_id is None and ctx.known_tasks:
            task_id = _blocked_work(text, frame)
        if (task_id is None and re.search(r"\b(?:until|till|pending)\b", rest, re.IGNORECASE)
                and (subject is None or _WRITER_OR_IT.fullmatch(subject.strip()))):
            # ("I'm blocked until the drawings arrive." / "It's blocked until then."): the
            # writer's one piece of open work on the thread (not "we are stuck at one step",
            # said of work that is up)
            mine = [t for t in ctx.known_tasks if t.owner == ctx.author.email and t.id in ctx.thread_tasks]
            task_id = mine[0].id if len(mine) == 1 else None
        if subject is None and task_id is not None:
            # "I'm blocked on the newsletter signup because ..." - the object is the task.
            named = match_known_task(blocker, ctx.known_tasks)
            if named is not None and named.id == task_id and reason_from(rest):
                block_hint = re.split(r"\s+because\b", blocker, maxsplit=1, flags=re.IGNORECASE)[0]
        return [StatusChange(task_id, block_hint, "blocked", None, reason, False, "natural:blocked", sentence)]

    m = _UNBLOCKED.search(text) if may_match(_UNBLOCKED, text) else None
    if m:
        hint = _subject_before(text, m.start(), frame)
        task_id = _resolve_task(hint, text, frame)
        if task_id is not None:
            return [StatusChange(task_id, hint, "open", None, None, False, "natural:unblocked", sentence)]

    m = _WAITING.search(text) if may_match(_WAITING, text) else None
    if m:
        task_id = _resolve_task(None, text, frame, hint_first=False)
        if task_id is not None:
            reason = m.group("obj").strip()
            return [StatusChange(task_id, None, "blocked", None, reason, False, "natural:waiting", sentence)]

    held = _held_until(text, frame)
    if held is not None:
        return [held]

    # ("Sorry, we are one day late: the first layout draft is attached": late, and here now)
    here_now = slip[0].re is _LATE and _DELIVERED_AFTER.match(text, slip[0].end()) is not None if slip is not None else False
    if slip is not None and (here_now or _SORRY_IT.search(text, 0, slip[0].start())) and not _NEW_DATE.search(text, slip[0].end()):
        # "The desk research ... is also finished, sorry it's late": the work is done, and
        # the lateness only regretted
        reported = text[slip[0].end():].lstrip(" :–—") if here_now else text
        done = [change for change in _completion(reported, sentence, frame) if change.status == "done"]
        if done:
            return done
    if slip is not None:
        slip_at, hint = slip
        new_due = None
        nd = _NEW_DATE.search(text)
        if nd:
            new_due = _slip_due(text, nd.end(), frame)
        if new_due is None and slip_at.re is _NEED_MORE:
            n = count_more(slip_at.group("n"))
            if n is not None and n < 100:
                days = n * (7 if slip_at.group("unit").lower().startswith("week") else 1)
                # "we need two more days" extends the deadline still ahead of us; once it
                # has passed, the extra time counts from today
                today = local_today(ctx.sent_at, author.tz)
                slipping = _resolve_task(hint, text, frame)
                known = next((t for t in ctx.known_tasks if t.id == slipping), None)
                base = known.due if known is not None and known.due is not None and known.due > today else today
                new_due = base + timedelta(days=days)
        if new_due is None:
            # "won't make Monday, aiming for Weds 10th": the missed date is not the new one.
            after = (slip_at.end() if slip_at.re in (_WONT_MAKE, _LONGER, _LONGER_BARE, _WONT_FINISH, _CALLED_OFF, _NOT_TODAY)
                     else slip_at.start())
            new_due = _slip_due(text, after, frame)
        reason = _slip_reason(text, slip_at.start(), slip_at.end() if slip_at.re is not _NEW_DATE else slip_at.start(), frame)
        task_id = _resolve_task(hint, text, frame)
        said = hint or slip_at.groupdict().get("obj") or _LAST_CLAUSE.split(text[: slip_at.start()])[-1]
        said = re.sub(r"^(?:.*,\s*)?(?:(?:so|and|sorry|ok|but)[,!]?\s+)+", "", said.strip(), flags=re.IGNORECASE)
        # ("Sorry Megan, it'll be Thursday rather than ...": the name is who is told)
        said = re.sub(r"^(?:[" + NAME_CAPITALS + r"][\w'-]*\s+){0,2}[" + NAME_CAPITALS + r"][\w'-]*,\s*(?=\S)", "", said)
        # ("Sorry this is a day late" with the work attached is no new date)
        if (task_id is None and slip_at.re in (_SLIP_ACTIVE, _ARRIVES_INSTEAD, _BECOMES_DAY)
                and re.fullmatch(r"(?:it|they|them|this|that|these|those)", said, re.IGNORECASE)
                # "Tomorrow won't happen": the day, not the work, is the subject
                or task_id is None and slip_at.re is _NOT_TODAY and slip_at.start() == 0):
            # "Need to push it to 10/11.": the writer's own work on this thread
            task_id = _own_task_on_thread(frame)
        if task_id is None and slip_at.re is _WONT_MAKE and slip_at.group("day_first"):
            # ("Tuesday won't work for the music": a day that suits nobody's work on record says
            # no more than that; the work may be named a sentence later)
            return []
        moved_from = _FROM_OLD_TO.search(text, slip_at.start())
        if moved_from is not None and not (hint and head_word(hint) in _OWN_EVENTS):
            # "the paid launch moves from Mon 11/16 to Thu 11/19": the one task due 11/16;
            # "Shoot moves from 16-18 Nov" is not a shoot task due on the 5th
            named = next((t for t in ctx.known_tasks if t.id == task_id), None)
            old = find_dates(moved_from.group("old"), ctx.sent_at, author.tz, author.date_order, numeric_needs_cue=False)
            if named is None or named.due is not None and old and named.due != old[0].value:
                was = task_due_on(moved_from.group("old"), ctx.known_tasks, ctx)
                task_id = was.id if was is not None else None
        if hint and head_word(hint) in _OWN_EVENTS and (task_id is None or re.search(r"\b(?:our|my)\s+" + re.escape(hint), text, re.IGNORECASE)
                                                         and match_task_hint(hint, ctx.known_tasks) is None):
            # "The 17th is fine for us, we have moved our MT meeting to Thursday 19 November":
            # their meeting moved, not the work (nor the work a label names: "no stress with the
            # rough cut: our board meeting was moved to 26.11.")
            return []
        if new_due is None and task_id is not None:
            new_due = _relative_slip_due(text, task_id, frame)
        asked = _REQ_PLEASE.search(text) if task_id is None else None
        if asked is not None and _base_verb(asked.group("vp").split(None, 1)[0], request=True) is not None:
            # "please prepone the regression run to Thursday (5th) instead of next Monday": no
            # open task is named, so the work asked for, on its new day, is a new task
            return []
        return [StatusChange(task_id, hint, None, new_due, reason, False, "natural:delay", sentence)]

    body = _SUBJECT_NOISE.sub("", _LABEL_PREFIX.sub("", text))
    instead = _DONE_INSTEAD.search(text)
    if instead:
        # "..., so I'll have it done by Tuesday instead": the writer's own task, a new date
        dates = find_dates(instead.group("target"), ctx.sent_at, author.tz, author.date_order)
        parts = re.split(r",|;|\b(?:and|so|until|because)\b", text[: instead.start()])
        named_ids = {found.id for found in (match_task_hint(part, ctx.known_tasks) for part in parts) if found is not None}
        own = _closest_own_task(text[: instead.start()], ctx)
        task_id = (next(iter(named_ids)) if len(named_ids) == 1 else ctx.task_id
                   if ctx.task_id is not None else own)
        if dates and task_id is not None:
            reason = reason_from(text[: instead.start()]) or _cause_before(text[: instead.start()])
            return [StatusChange(task_id, None, None, dates[0].value, reason, False, "natural:delay", sentence)]
    rescheduled = _now_on(body, sentence, frame)
    if rescheduled is not None:
        return [rescheduled]
    m = _ON_TRACK.match(body) if may_match(_ON_TRACK, body) else None
    if m and re.match(r"(?:everything|anything|all|the rest)\s+(?:else|other)\b", m.group("subj"), re.IGNORECASE):
        # "Everything else in the build is on track": not the work just moved
        m = None
    if m and not _NEGATED.search(m.group(0)):
        subject = _clean_hint(m.group("subj"), frame)
        task_id = _resolve_task(subject, text, frame) if subject else None
        if task_id is not None:
            return [StatusChange(task_id, subject, None, None, None, True, "natural:on-track", sentence)]

    m = _WILL_LAND.match(body) if may_match(_WILL_LAND, body) else None
    if m is None and (so := _SO_CLAUSE.search(body)) is not None and may_match(_WILL_LAND, body[so.end():]):
        # "Chantal is on leave until Wednesday, so the Eskom bills will only come on Monday the
        # 9th": what follows, and its day (not the reason's)
        m = _WILL_LAND.match(body[so.end():])
        landing = body[so.end():]
    else:
        landing = text
    if m and not _PRONOUN_START.match(m.group("subj")):
        # ("I'm not sure the form will be ready by Friday" doubts; it moves nothing.)
        subject = _clean_hint(m.group("subj"), frame)
        known = match_task_hint(subject, ctx.known_tasks) if subject else None
        new_due = pick_due(landing, ctx.sent_at, author.tz, author.date_order)
        claim = re.split(r"\s[—–-]\s|\bbecause\b|\bsince\b", landing, maxsplit=1)[0]
        if subject and known and _AS_PLANNED.search(claim) and not _SLIP_WORDS.search(claim):
            # "Revised designs will be with you by Thursday as planned": on track.
            return [StatusChange(known.id, subject, None, None, None, True, "natural:on-track", sentence)]
        if subject and new_due and (known or _SLIP_WORDS.search(text)) and not frame.index.lookup(subject):
            reason = reason_from(text)
            task_id = known.id if known else _resolve_task(subject, text, frame)
            return [StatusChange(task_id, subject, None, new_due, reason, False, "natural:new-date", sentence)]

    landed = _it_lands_later(body, text, sentence, frame)
    if landed is not None:
        return [landed]

    done = _completion(text, sentence, frame)
    if not done and "(" in text:
        # "The 4x4 pickup (Hilux, from Mitta Antofagasta) and six coolers are booked": the
        # aside is no part of what was done
        done = _completion(_ASIDE.sub("", text), sentence, frame)
    # "Thanks for the banner copy, and the product photos arrived this afternoon": each
    # clause may report its own piece of work
    parts = _CLAUSE_BREAK.split(text)
    if len(parts) > 1:
        closed = {c.task_id for c in done}
        for part in parts:
            for change in _completion(part.strip(), sentence, frame, named_only=True):
                if change.task_id not in closed:
                    closed.add(change.task_id)
                    done.append(change)
    also = _HANDED_TOO.search(text) if done else None
    if also is not None:
        # "Please find attached the revised foundation design, together with Brian's wind
        # load assumptions note": what comes with the finished work may be another task's
        # (named by two of its words at least: "the list of credit notes" is no "additions listing")
        closed = {c.task_id for c in done}
        titles = {t.id: content_words(t.title) for t in frame.ctx.known_tasks}
        said = content_words(also.group("obj"))
        done.extend(c for c in _completion(f"Attached is {also.group('obj')}", sentence, frame, named_only=True)
                    if c.task_id not in closed and len(said & titles.get(c.task_id or -1, frozenset())) >= 2)
    swapped = _due_swapped(text, frame) if not done else None
    return [swapped] if swapped is not None else done


# "Sorry about the export. Tyler is out until Monday, so it'll land on Perforce on Tuesday the
# 10th instead.": "it" is the thing the sentence before was about
_SO_IT = re.compile(r"^(?:.*,\s+(?:so|and so|which means)\s+)?(?P<it>it|they)(?='ll\s|\s+will\s|'s going to\s|\s+is going to\s|\s+are going to\s)",
                    re.IGNORECASE)
_ABOUT_THE = re.compile(r"\b(?:about|on|with|for|regarding|re)\s+(?:the|your|our)\s+(?P<thing>[\w-]+(?:\s+[\w-]+)?)\s*[.!,]?\s*$", re.IGNORECASE)


def _it_lands_later(body: str, text: str, sentence: str, frame: Frame) -> StatusChange | None:
    """A new day for work named only as "it", the one the sentence before was about."""
    it = _SO_IT.match(body)
    if it is None or not frame.previous or not (_SLIP_WORDS.search(text) or re.search(r"\binstead\b", text, re.IGNORECASE)):
        return None
    m = _WILL_LAND.match("the work " + re.sub(r"^'ll\b", "will", body[it.end():].strip()))
    about = _ABOUT_THE.search(frame.previous.strip())
    if m is None or about is None:
        return None
    ctx = frame.ctx
    known = match_task_hint(about.group("thing"), ctx.known_tasks)
    new_due = pick_due(body[it.end():], ctx.sent_at, ctx.author.tz, ctx.author.date_order)
    if known is None or new_due is None or new_due == known.due:
        return None
    return StatusChange(known.id, about.group("thing"), None, new_due, reason_from(text), False, "natural:new-date", sentence)


# ("..., and also the buyer's list with the label requirements" / "as well as the invoice")
_HANDED_TOO = re.compile(r"(?:,\s*|\s+)(?:(?:together|along)\s+with\s+|(?:(?:and\s+)?also|as\s+well\s+as|plus)\s+(?=(?:the|our|your|my)\s))"
                         r"(?P<obj>[^,;.!?()]{3,80})", re.IGNORECASE)


_ASIDE = re.compile(r"\s*\([^()]{1,60}\)")
_PARTIAL = re.compile(r"\b(?:first(?!\s+thing\b)|initial|early|rough(?!\s+cut)|preliminary|partial|round one)\b", re.IGNORECASE)


def _only_what_it_is_made_from(hint: str, task: KnownTask) -> bool:
    """The phrase names only what the title's thing comes from ("... from the Switch build"), not the thing."""
    # (only "from": "a copy of the lease", "photos of a few kitchens", "a quote on the foil"
    # name the thing after the preposition)
    head, *tail = re.split(r"\s+from\s+", task.title, maxsplit=1, flags=re.IGNORECASE)
    said = set(content_words(_HEAD_OF.split(hint, maxsplit=1)[0]))
    return bool(tail and said and said <= set(content_words(tail[0])) and not said & set(content_words(head)))


def _partial_delivery(hint: str, task: KnownTask) -> bool:
    """"the first homepage designs are up" is a stage of "Homepage design", not its end."""
    # ("the production budget and our invoice for the first 50%": the other thing's stage)
    parts = [p for p in re.split(r"\s+and\s+", hint) if set(content_words(p)) & set(content_words(task.title))]
    said = _PARTIAL.search(" ".join(parts) if parts else hint)
    return said is not None and said.group(0).lower() not in task.title.lower()


_HEAD_OF = re.compile(r"\s+(?:with|for|of|on|in|from|at|about|to)\s+", re.IGNORECASE)


def _last_word(phrase: str) -> str:
    words = re.findall(r"[a-z0-9]+", phrase.lower())
    return words[-1].rstrip("s") if words else ""


_CLAUSE_BREAK = re.compile(r",\s*(?:and|but|plus)\s+|;\s+|:\s+(?=(?:the|all|our|your|he|she|they)\s)|\s+and\s+(?=the\s)|,\s+(?:so\s+)?(?=(?:the|all|our|your|\d+)\s)"
                           # "Jean-Luc is on holidays, so I attach in his place the copies"
                           r"|,\s+so\s+(?=(?:i|we)\s+(?:also\s+)?(?:attach|enclose)\b)", re.IGNORECASE)
# "The reading room is booked for the 18th, all done." / "..., so that's all done."
_DONE_TAIL = re.compile(r"[,;–—-]\s*(?:so\s+)?(?:(?:that's|that is|it's|it is|we're|we are)\s+)?(?:all\s+)?(?:done|sorted|complete|finished)\s*[.!]*$",
                        re.IGNORECASE)
_WILL_BE = re.compile(r"^(?P<subj>[^,;:]{2,60}?)\s+(?:will|'ll|won't|might|may)\s+be\b", re.IGNORECASE)
_HEAD_SUBJECT = re.compile(r"^(?P<subj>[^,;:]{2,80}?)\s+(?:is|are|was|were|has|have|came|went|got)\b", re.IGNORECASE)
# "Thanks for sending the logo files" - thanks for a piece of work someone else owed
# "Mark was great, and he said thanks for the mic checklist": thanks passed on
_RELAYED_THANKS = re.compile(r"\b(?:he|she|they|(?-i:[" + NAME_CAPITALS + r"])[\w'-]+)\s+(?:said|says|sends?|sent|passed on)\s+(?:(?:his|her|their|a big|big)\s+)?(?=thanks\b)",
                             re.IGNORECASE)
_THANKS_FOR = re.compile(
    # ("Thank you Aisha for the embassy checklist": the one thanked, named before what for)
    r"^(?:(?:many\s+|big\s+)?(?:thanks|thank you|cheers)(?:\s+(?-i:[" + NAME_CAPITALS + r"])[\w'-]+)?(?:\s+(?:so|very)\s+much|\s+a\s+lot)?\s+for\s+"
    r"(?:(?:sending|dropping|bringing|getting|passing|handing)(?:\s+(?:over|in|off|through|across|back|round|on))?|sharing|uploading|the)"
    # "Got your two panel mock-ups this morning" - the asker has the work
    r"|(?:(?:i've|we've|i have|we have|just)\s+)?(?:got|received)\s+(?:your|the))\s+"
    # thanks for news about the work is not the work
    r"(?!(?:\w+\s+)?(?:update|news|info|information|heads[- ]up|reminder|note|message|email|call|chat|feedback|input|reply|response|help|"
    r"question|questions|patience|time|offer|link|quick)\b)(?P<obj>\S.+)",
    re.IGNORECASE)


# "the lab is booked out all week": taken by others, nothing finished
_BOOKED_OUT = re.compile(r"\bbooked\s+(?:out|up|solid)\b|\bfully booked\b", re.IGNORECASE)
_HELD_WITH = re.compile(r"^(?P<subj>[^,;:()]{2,60}?)\s+(?:(?:is|are|'s|'re)\s+)?(?:now\s+)?on\s+hold\s+(?:with|at)\s+\S", re.IGNORECASE)
# a simple past that is not its participle ("he took the photos" / "taken")
_IRREGULAR_PAST = {"took": "taken", "wrote": "written", "ran": "run", "did": "done"}
_IRREGULAR_PARTICIPLES = {
    "bought": "buy", "built": "build", "sent": "send", "made": "make", "paid": "pay", "written": "write",
    "drawn": "draw", "taken": "take", "given": "give", "shot": "shoot", "run": "run", "done": "do", "set up": "set",
    "found": "find", "held": "hold",
}


# Done in other words: "Spoke to Lotus this morning" is the "Call Lotus" task done, "I went
# through the German texts" the "Check the German texts" task
# ("I spoke with the turaga ni koro on Sunday" is "See the turaga ni koro ... and ask him" done)
_CALLED = frozenset({"call", "ring", "phone", "speak", "talk", "contact", "see", "meet", "visit", "ask"})
_READ_THROUGH = frozenset({"review", "check", "read", "proofread", "go", "look"})
_KIN_PARTICIPLES = {
    "rang": _CALLED, "rung": _CALLED, "phoned": _CALLED, "spoke": _CALLED, "spoken": _CALLED, "talked": _CALLED,
    "went through": _READ_THROUGH, "gone through": _READ_THROUGH, "been through": _READ_THROUGH,
    "read through": _READ_THROUGH, "looked through": _READ_THROUGH, "looked over": _READ_THROUGH,
}
_NAMED_SIGNED_OFF = re.compile(r"^(?P<name>(?-i:[" + NAME_CAPITALS + r"])[\w'-]+)(?:'s|\s+has|\s+have)?\s+(?:(?:already|just|finally|also)\s+)*signed\s+off\s+(?:on\s+)?"
                               r"(?P<obj>\S.+)", re.IGNORECASE)
_TALKED_OR_READ = re.compile(
    r"^(?:(?:i|we)(?:'ve| have)?\s+)?(?:(?:just|now|finally|already|also)\s+)*"
    r"(?P<verb>rang|rung|phoned|spoke|spoken|talked|(?:went|gone|been|read|looked) through|looked over)\s+(?:to\s+|with\s+)?(?P<obj>\S.+?)"
    # ("... about the meter like I said I would")
    r"(?:,?\s+(?:like|as)\s+(?:i|we)\s+(?:said|promised)\b.*|,?\s+as\s+promised\b.*)?$",
    re.IGNORECASE,
)


def _verb_bases(participle: str) -> set[str]:
    """Possible base forms of a finished participle: "lodged" -> lodge/lodg, "shipped" -> ship."""
    w = participle.lower()
    if w in _KIN_PARTICIPLES:
        return set(_KIN_PARTICIPLES[w])
    if w in _IRREGULAR_PARTICIPLES:
        return {_IRREGULAR_PARTICIPLES[w]}
    if not w.endswith("ed") or len(w) < 5:
        return set()
    return set(_ed_stems(w))


def _another_of_its_kind(hint: str, title: str, head: str) -> bool:
    """"The sanctions module" is not "the storyboard for the AML module": the same head
    noun, told apart by another word before it."""
    def before_head(text: str) -> str | None:
        words = [w.lower() for w in re.findall(r"[\w'-]+", text)]
        at = next((i for i, w in enumerate(words) if w.rstrip("s") == head.rstrip("s")), None)
        return words[at - 1] if at else None
    said, titled = before_head(hint), before_head(title)
    return (said is not None and titled is not None and said != titled and _names_a_kind(said) and _names_a_kind(titled)
            and not shares_a_word(content_words(said), content_words(title)))


# (words that say how the thing is, not which thing: "the detailed scope", "everyone's notes")
_HOW_IT_IS = frozenset({"final", "new", "revised", "updated", "full", "complete", "draft", "latest", "current", "consolidated",
                        "detailed", "short", "quick", "signed", "proper", "first", "second", "last", "whole", "rough", "clean",
                        "corrected", "finished", "approved", "official", "original", "old", "two", "three", "all", "both"})


def _names_a_kind(word: str) -> bool:
    return (bool(content_words(word)) and word not in _HOW_IT_IS and not word.endswith(("'s", "’s", "ed"))
            and not word.isdigit())


def _task_by_done_verb(hint: str, participle: str, known_tasks: Sequence[KnownTask], *,
                       verb_first: bool = False) -> KnownTask | None:
    """"All 15 police checks are lodged" names "Lodge the checks for the first 15 candidates":
    the title's own verb finished, and a noun of the phrase in the title.  One such task only."""
    bases = _verb_bases(participle)
    words = {w for w in content_words(hint) if not w.isdigit()}
    if not bases or not words:
        return None
    fits = [task for task in known_tasks
            if task.title.split(None, 1)[0].lower() in bases and words & _with_heads(content_words(task.title))]
    if not fits and not verb_first:
        # "Restore Datashred are booked" for "Let Restore know and book them in"
        fits = [task for task in known_tasks if bases & _title_words(task.title) and words & _with_heads(content_words(task.title))]
    return fits[0] if len(fits) == 1 else None


def _found_what(obj: str) -> str:
    """What was found, without what it was found with or in: "an MC: Sipho Ndlovu" is an MC;
    "a problem with the MC's contract" is a problem."""
    return re.split(r"\s+(?:with|for|in|at|on|from|of|about)\b|[:,;(–—]", obj, maxsplit=1)[0]


def _with_heads(words: frozenset[str]) -> frozenset[str]:
    """The words and the heads of their compounds: "12 jeeps" names "super-jeeps"."""
    return words | {w.rsplit("-", 1)[1] for w in words if "-" in w}


@lru_cache(maxsize=4096)
def _title_words(title: str) -> frozenset[str]:
    # (cached: every open task's title is read again for every sentence that reports work)
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", title))


# "The three structural concepts are in the attached PDF" / "Volumes for 2027 are in the attached sheet"
_IN_ATTACHMENT = re.compile(r"\b(?:is|are|'s|'re)\s+(?:now\s+|all\s+)?(?:in|on)\s+the\s+(?:attached|enclosed|attachments?\b)", re.IGNORECASE)
# ("Final dimensions for the stove, pot and fuel adapter are in the attached PDF": a list in it)
_IN_PLACE = re.compile(r"^(?P<subj>[^,;:]{2,80}?(?:(?:,\s+[\w-]+(?:\s+[\w-]+)?)+,?\s+and\s+[^,;:]{1,40}?)?)\s+"
                       # ("The redirect map now lives in the shared folder")
                       # ("the audiences are sitting in Ads Manager now")
                       r"(?:(?:is|are|'s|'re)(?:\s+(?:now\s+)?(?:sitting|waiting|saved|stored))?|(?:now\s+)?(?:lives?|sits?))\s+"
                       r"(?:now\s+|all\s+|already\s+|safely\s+)*(?:in|on|into|at)\s+"
                       # ("the winner codes are in that same Drive folder btw (COAST-D1 to COAST-D12)")
                       r"(?P<place>(?:the|our|your|their|that|this)\s+[\w' -]{2,40}?|(?-i:[A-Z0-9])[\w-]+(?:'s)?(?:\s+(?-i:[" + NAME_CAPITALS + r"])[\w-]+)?|/[\w./-]+)"
                       # "... are on WeTransfer for Nia now" / "creds are in 1Password (thx Hannah)"
                       r"(?:\s+for\s+(?-i:[" + NAME_CAPITALS + r"])[\w'-]+)?\s*(?:now|already|btw|too|as well|since\s+[^,.;!]+)?\s*(?:\([^()]{1,40}\)\s*)?"
                       # ("The photos are on WeTransfer: https://we.tl/...": where, then the link or the path)
                       r"(?:[.!,;]|:\s+|\s[–—-]\s|$)", re.IGNORECASE)


_SHARED_PLACE = re.compile(r"^/[\w./-]+$|\b(?:sftp|ftp|server|drive|dropbox|box|sharepoint|onedrive|teams|slack|portal|folder|wetransfer|shared|"
                           r"repo|repository|system|inbox|post|mail|1password|lastpass|bitwarden|keeper|vault|google drive|gdrive|"
                           # "The mapping of SF2/SD2 is on the wiki" / "The teardown is in the Figma file now"
                           r"wiki|confluence|notion|figma|miro|jira|job folder|project folder)\b", re.IGNORECASE)
_SHOULD_HAVE = re.compile(r"^(?:[" + NAME_CAPITALS + r"][\w'-]+|you|they|he|she|both of you|you both)\s+should\s+(?:now\s+)?have\s+(?P<obj>[^,;]{3,80}?)\s+"
                          r"(?:now|by now|already)\b", re.IGNORECASE)


def _task_by_destination(subject: str, place: str, known_tasks: Sequence[KnownTask]) -> KnownTask | None:
    """The one open task that was to put the subject in that place ("Load the GCP targets
    and the RTK base station into the bakkie")."""
    where = head_word(place)
    words = {w for w in content_words(subject) if not w.isdigit()}
    if where is None or not words:
        return None
    place_words = rf"(?:the\s+|our\s+|your\s+|their\s+)?(?:[\w'-]+\s+){{0,2}}{re.escape(where)}\w*\b"
    fits = [task for task in known_tasks
            if (re.search(rf"\b(?:into|to|in|onto|on|at)\s+{place_words}", task.title, re.IGNORECASE)
                # ("Make sure the back panel shows the net weight": the place, said to show it)
                or re.match(rf"(?:make\s+sure|ensure|check)\s+(?:that\s+)?{place_words}\s+(?:shows?|has|have|includes?|carr(?:y|ies)|lists?|"
                            rf"displays?|says?|mentions?|states?)\b", task.title, re.IGNORECASE))
            and words & content_words(task.title)]
    return fits[0] if len(fits) == 1 else None


_GENERIC_HANDED = frozenset({"report", "document", "doc", "file", "update", "summary", "note", "version", "draft", "copy", "list",
                             "pdf", "sheet", "overview", "deck", "slide", "link", "attachment", "email", "message", "minute"})


def _task_by_head(hint: str, known_tasks: Sequence[KnownTask]) -> KnownTask | None:
    """The one open task whose title holds the phrase's head word (its last content word),
    when that word is specific enough (5+ letters) to name a piece of work."""
    words = [w for w in content_words(hint) if not w.isdigit()]
    head = head_word(hint)
    if head is None or len(head) < 5 or not words or len(words) > 4:
        return None
    fits = [task for task in known_tasks if head in content_words(task.title) and not _another_of_its_kind(hint, task.title, head)]
    return fits[0] if len(fits) == 1 else None


# "Eoin came back already: 1,200 for the theme", "the Diagonal Zero confirmed the room
# block", "Sonora got back to us": the party someone was to ask has answered
_THEY_ANSWERED = re.compile(
    r"^(?:(?i:good news|update|fyi|ok|so|also|and)\s*[:,]?\s+)?(?P<who>(?i:the\s+)?(?-i:[" + NAME_CAPITALS + r"])[\w'&-]*(?:\s+(?-i:[" + NAME_CAPITALS + r"])[\w'&-]*){0,3}|"
    # "our PMS provider sent them directly to Tiago"
    r"(?i:our|their|your)\s+[\w'&-]+(?:\s+[\w'&-]+){0,2}?)\s+"
    r"(?:has\s+|have\s+|already\s+|just\s+|finally\s+)*(?P<verb>came back|got back|replied|answered|responded|confirmed|"
    # ("Norling finally sent their quote: Nu 41,500 ...")
    r"sent (?:us|me|over|them|it|the|their|his|her|its)|quoted)\b",
)
_ASK_TITLE = re.compile(r"^(?:ask|chase|contact|email|call|ring|check with|get in touch with|reach out to|follow up with|get)\s+(?P<rest>.+)$",
                        re.IGNORECASE)


def _someone_answered(text: str, frame: Frame) -> StatusChange | None:
    """The one open "ask X ..." task whose X the sentence says has answered."""
    m = _THEY_ANSWERED.match(text) if may_match(_THEY_ANSWERED, text) else None
    if m is None or frame.index.lookup(m.group("who")):
        return None
    who = content_words(m.group("who"))
    if not who:
        return None
    asked = [t for t in frame.ctx.known_tasks
             if (a := _ASK_TITLE.match(t.title)) is not None and who <= content_words(a.group("rest"))]
    if len(asked) != 1:
        return None
    return StatusChange(asked[0].id, None, "done", None, None, False, "natural:completion", text)


def _only_a_day(phrase: str, ctx: ExtractionContext) -> bool:
    """"The 7th" / "Monday the 9th", a day put up for open work and nothing else: a day
    agreed is the due date's business, not a decision ("Yes 1 November is perfect" for the
    launch party, asked for no task, is one)."""
    dates = find_dates(phrase, ctx.sent_at, ctx.author.tz, ctx.author.date_order)
    if not dates or not {d.value for d in dates} & {p.due for p in ctx.proposals}:
        return False
    rest = phrase[: dates[0].start] + phrase[dates[-1].end:]
    return not re.sub(r"\b(?:the|on|for|then|yes|ok|okay|so)\b|[\W_]+", "", rest, flags=re.IGNORECASE)


def _names_the_deliverable(hint: str, task: KnownTask) -> bool:
    """The head noun of what arrived is a word of the task's title ("photos" / "product
    photography", "assessment" / "fire risk assessment")."""
    parts = _HEAD_OF.split(re.sub(r"(?:\s+(?:finally|now|already|just|also|too|all|both|then|eventually|safely|has|have|had))+$",
                                  "", hint, flags=re.IGNORECASE), maxsplit=1)
    # ("the proforma invoice PF-2026-0412 from Ondřej": the number names which one, the noun what)
    head = _last_word(re.sub(r"(?<=\w)(?:\s+(?:no\.?|nr\.?|#)?\s*[\w/.-]*\d[\w/.-]*)+$", "", parts[0], flags=re.IGNORECASE))
    title_words = re.findall(r"[a-z0-9]+", task.title.lower())
    if head in _FILE_WORDS and len(parts) > 1:
        # ("the file with temperatures arrived" is the "export with the temperatures": a file
        # is named by what it holds)
        head = _last_word(parts[1])
    return any(w.startswith(head) or head.startswith(w) and len(w) >= 4 for w in title_words)


_NOW_SO = re.compile(r"^(?:and\s+|also\s+)?(?P<subj>(?:the|our|your)\s+[^,;:]{2,40}?)\s+(?:is|are)\s+(?:now\s+|already\s+|much\s+|a\s+bit\s+)*"
                     r"(?P<adj>[a-z]{2,}er|bold|visible|readable|transparent|centred|centered)(?:\s+now)?(?:\s+on\s+(?:staging|the\s+site|the\s+server|the\s+website))?\s*[.!]?$", re.IGNORECASE)
_MAKE_SO = re.compile(r"^make\s+(?:the\s+|our\s+|your\s+)?(?P<thing>[^,;]{2,40}?)\s+(?:a\s+(?:bit|little)\s+|much\s+)?"
                      r"(?P<adj>[a-z]{2,}er|bold|visible|readable|transparent|centred|centered)\b", re.IGNORECASE)


def _made_so(body: str, ctx: ExtractionContext) -> KnownTask | None:
    """The writer's one open "Make the X <adj>" task whose thing the sentence says is so now."""
    m = _NOW_SO.match(body.strip())
    if m is None:
        return None
    said = content_words(m.group("subj"))
    fits = [t for t in ctx.known_tasks if t.owner == ctx.author.email and (mk := _MAKE_SO.match(t.title)) is not None
            and mk.group("adj").lower() == m.group("adj").lower() and said & content_words(mk.group("thing"))]
    return fits[0] if len(fits) == 1 else None


_CHANGED_THEN_DID = re.compile(r"^(?:and\s+|also\s+)?(?P<subj>(?:the|our|your)\s+[^,;:]{2,40}?)\s+(?:is|are|looks?|sounds?)\s+(?:already\s+|now\s+|much\s+|a\s+lot\s+|a\s+bit\s+)*"
                               r"[a-z]{3,}er(?:\s+now)?,\s+(?P<who>[" + NAME_CAPITALS + r"][\w'-]+|i|we)\s+(?:already\s+|just\s+)?"
                               r"(?:fixed|changed|did|sorted|corrected|adjusted|tweaked|redid|updated)\s+(?:it|that|them|this)\b", re.IGNORECASE)
_FILE_WORDS = frozenset({"file", "pdf", "doc", "document", "sheet", "spreadsheet", "xlsx", "csv", "export", "attachment", "scan", "zip"})


# ("Apologies, this is a day later than promised – the revised workplan is attached": a dash
# instead of the colon)
_HANDOVER_AFTER_LEAD = re.compile(r"^(?:[^:]{3,60}:|[^:–—]{3,60}\s[–—])\s+(?=(?:attached|enclosed|here(?:'s|\s+is|\s+are)|(?:please\s+|kindly\s+)?find\s+attached)\b"
                                  # "Second attempt, this morning's mail went to a wrong address: A-512 rev D ... is attached."
                                  r"|[^:]{2,80}?\s(?:is|are)\s+(?:now\s+)?(?:attached|enclosed)\s*[.!]*$)",
                                  re.IGNORECASE)


def starts_with_verb(title: str) -> bool:
    """"Send the deck" names work by its verb; "Questionnaire v2 with comments" by the thing."""
    words = title.split(None, 1)
    return bool(words) and _base_verb(words[0]) is not None


_GOT_THEM = re.compile(r"^(?:(?:ok|great|perfect|thanks|thank you|many thanks)[,!]?\s+)?(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:just\s+)?(?:got|received)\s+"
                       r"(?P<obj>(?:the|your|both|all(?:\s+the)?)\s+[^,.!;?]{2,50}?)\s*(?:[,.!]|$|\s+(?=(?:today|this morning|this afternoon|"
                       r"yesterday|last night|now|thanks|thank you|from)\b))", re.IGNORECASE)
_HAVE_NOW = re.compile(r"^(?:(?:ok|so|good news)[,:!]?\s+)?(?:i|we)\s*(?:'ve|\s+have)?\s+(?:now\s+)?(?:have|got|received)\s+"
                       r"(?:both|all(?:\s+(?:the|three|four|five))?|the|all of the)\s+(?P<obj>[\w-]+(?:\s+[\w-]+){0,3}?)"
                       r"\s+(?:now|in|back)\b(?!\s+(?:the|a|an|our|your)\b)", re.IGNORECASE)


_FIND_IT_FRONTED = re.compile(r"^(?P<np>(?:our|my|the|your|all\s+the)\s+[^,;:?]{2,80}?)\s+you\s+(?:can\s+|will\s+|'ll\s+|may\s+)?find\s+"
                              r"(?P<where>(?:attached|enclosed|in\s+the\s+(?:attached|enclosed|attachments?)\b)[^?]*)$", re.IGNORECASE)
_DONE_TOPIC = re.compile(r"^(?:for|about|regarding|re|as for|on)\s+(?:the\s+|your\s+|our\s+)?(?P<topic>[^,:]{2,40}),\s+"
                         r"(?=(?-i:[" + NAME_CAPITALS + r"])[\w'-]+\s+(?:(?:already|has|have|just|also)\s+)*(?:[a-z]+ed|sent|made|got|put|paid|set up)\b|"
                         r"(?:i|we)\s+(?:(?:have|'ve|already|just|also)\s+)*(?:[a-z]+ed|sent|made|got|put|paid|set up)\b)", re.IGNORECASE)


# "Marko told me he sent the Booking Manager login to Timur yesterday": the one named did it
_TOLD_ME_DONE = re.compile(
    r"^(?P<name>(?:[\w.'-]+\s+){0,2}?[\w.'-]+)\s+(?:told|tells|wrote)\s+(?:me|us)\s+(?:that\s+)?(?:he|she|they)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:already\s+)?(?:sent|uploaded|shared|forwarded|emailed|mailed|posted)\s+(?:(?:you|it|them)\s+)?(?P<obj>(?:the|his|her|their|our|your)\s+[^,;:]+?)"
    r"(?:\s+(?:to|with)\s+\S+)?(?:\s+(?:yesterday|today|this\s+morning|last\s+\w+|on\s+\w+))?\s*(?:[,;.!]|$)", re.IGNORECASE)
# "Thank you, the shortlist was exactly what I needed": the thing thanked for has come
_THANKS_THEN_PRAISE = re.compile(
    r"^(?:many\s+)?(?:thanks|thank you)(?:\s+(?:so|very)\s+much|\s+a\s+lot)?[,!]\s+(?:the|your)\s+(?P<obj>[^,;:]{2,40}?)\s+"
    r"(?:is|are|was|were|looks?)\s+(?:really\s+|very\s+|just\s+|all\s+)?(?:exactly\s+what\s+(?:i|we)\s+(?:needed|wanted)|perfect|great|beautiful|"
    r"fantastic|amazing|excellent|complete|very\s+complete|lovely|wonderful|spot\s+on)\b", re.IGNORECASE)
# "Thank you for walking the committee through the de-identification approach": the work
# thanked for, by its verb ("Walk their governance committee through it")
_THANKS_FOR_DOING = re.compile(
    r"^(?:many\s+)?(?:thanks|thank you)(?:\s+(?-i:[" + NAME_CAPITALS + r"])[\w'-]+)?(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+again)?\s+for\s+"
    r"(?:(?:already|quickly)\s+)?(?P<verb>[a-z]{3,}ing)\s+(?P<obj>[^,;:.!?]{3,80})", re.IGNORECASE)
# (what thanks a person for being kind, not for a piece of work)
_NOT_WORK_GERUNDS = frozenset({"being", "having", "letting", "taking", "getting", "coming", "joining", "listening", "thinking", "keeping",
                               "bearing", "flagging", "understanding", "waiting", "reaching", "asking", "answering", "replying", "following",
                               "helping", "offering", "including", "explaining", "telling", "making", "giving", "accommodating"})
# "see below from our hosting company - the plugin is installed": whose words follow
_SEE_BELOW_LEAD = re.compile(r"^see\s+below(?:\s+from\s+[^:–—]{2,60}?)?\s*(?::|\s[–—-])\s+(?=\S)", re.IGNORECASE)
# "Pak Hendrik asked me to send you the EAN codes since he is in Jakarta:" and then the codes
# (or with them attached): a colleague hands over the work of the one named
# ("Rachel asked me to sort out the logo: the SVG and EPS versions are attached"; "Martin
# asked me to send you the access to our test server, so here it is:")
_SENT_FOR_THEM = re.compile(
    r"^(?P<name>(?:[\w.'-]+\s+){0,2}?[\w.'-]+)\s+(?:has\s+|had\s+)?asked\s+me\s+to\s+"
    r"(?:send|forward|share|pass\s+on|give|sort\s+out|take\s+care\s+of|deal\s+with|upload)\s+"
    r"(?:(?:you|to\s+you)\s+)?(?P<obj>(?:the|his|her|their|our)\s+[^,;:]+?)"
    r"(?:\s+(?:since|as|because|while|now)\b[^:]*)?(?:,?\s+so\s+here\s+(?:it\s+is|they\s+are|you\s+go))?"
    r"\s*(?:(?P<colon>:)(?:\s+(?:https?://\S+|\S.*?(?:attached|enclosed|below)\b.*))?)?\s*$", re.IGNORECASE)


def _thanked_for_doing(text: str, ctx: ExtractionContext) -> KnownTask | None:
    """Another's one open task whose title starts with the verb thanked for and names its thing."""
    m = _THANKS_FOR_DOING.match(text)
    if m is None or m.group("verb").lower() in _NOT_WORK_GERUNDS:
        return None
    bases = set(_ing_stems(m.group("verb").lower()))
    words = {w for w in content_words(m.group("obj")) if not w.isdigit()}
    fits = [t for t in ctx.known_tasks if t.owner not in (None, ctx.author.email)
            and t.title.split(None, 1)[0].lower() in bases and words & _with_heads(content_words(t.title))]
    return fits[0] if len(fits) == 1 else None


def _their_task(name: str, thing: str, frame: Frame) -> KnownTask | None:
    """The open task of the member ``name`` calls (its last word that is one) naming ``thing``."""
    owner = next((email for word in reversed(name.split()) if (email := frame.index.lookup(word))), None)
    if owner is None or owner == frame.ctx.author.email:
        return None
    theirs = [t for t in frame.ctx.known_tasks if t.owner == owner]
    task = match_known_task(thing, theirs) or match_task_hint(thing, theirs)
    if task is None:
        sharing = [t for t in theirs if shares_a_word(content_words(thing), content_words(t.title))]
        task = sharing[0] if len(sharing) == 1 else None
    return task


_ON_A_DAY_AFTER = re.compile(r"\s+(?:on|by|from)\s", re.IGNORECASE)
_READY_WORDS = frozenset({"ready", "done", "finished", "complete", "completed", "live", "online"})


# ("the three are in Drive > CEM > 01_Moodboards (...)": where in the drive is no part of the news)
_ASIDE_AT_END = re.compile(r"\s*\([^()]{3,200}\)(?=\s*[.!]?\s*$)")
_FOLDER_PATH = re.compile(r"(?:\s+>\s+[^\s>,;()]+(?:\s+(?!>)[^\s>,;()]+)?){2,}(?=\s*(?:[,;()]|[.!](?:\s|$)|$))")


def _completion(text: str, sentence: str, frame: Frame, *, named_only: bool = False) -> list[StatusChange]:
    """``named_only``: the task must be named (a clause of a longer sentence)."""
    if not frame.ctx.known_tasks and frame.ctx.task_id is None:
        return []
    if " > " in text:
        text = _FOLDER_PATH.sub("", text)
    found = _completion_said(text, sentence, frame, named_only=named_only)
    if not found and text.rstrip(" .!").endswith(")"):
        # ("... are in Drive (direction A "Minerai", B "Lagon", C "Acier")": an aside at the end
        # says more of what came, not whether it came)
        found = _completion_said(_ASIDE_AT_END.sub("", text), sentence, frame, named_only=named_only)
    return found


def _completion_said(text: str, sentence: str, frame: Frame, *, named_only: bool) -> list[StatusChange]:
    ctx = frame.ctx
    answered = _someone_answered(text, frame)
    if answered is not None:
        return [answered]
    relayed = _RELAYED_THANKS.search(text) if may_match(_RELAYED_THANKS, text) else None
    # ("Thank you for the PBC list, Ciarán, it is very clear": the name after the thing)
    _, skip = sentence_vocative(text, frame.index)
    thanks = _THANKS_FOR.match(text[relayed.end():]) if relayed else (
        _THANKS_FOR.match(text) or _THANKS_FOR.match(text[skip:]) or _THANKS_THEN_PRAISE.match(text[skip:]))
    if thanks:
        task = match_known_task(thanks.group("obj"), ctx.known_tasks)
        if task is None:
            # "thanks for the wav Kyle, massive difference": the thing, then who sent it
            head = re.split(r"[,;–—!.]", thanks.group("obj"), maxsplit=1)[0].strip()
            head = re.sub(r"\s+(?-i:[" + NAME_CAPITALS + r"])[\w'-]+$", "", head) if frame.index.lookup(head.rsplit(None, 1)[-1]) else head
            # ("Got the October numbers this morning, thanks!": when it came is not what it was)
            head = _WHEN_DONE.sub("", head)
            task = match_task_hint(head, ctx.known_tasks) if head else None
        if task is None:
            # "Dan, thanks for the signed budget, it reached us on Friday": "Sign the budget"
            obj = re.split(r"[,;–—]|\s+(?:and|which|it)\s", thanks.group("obj"), maxsplit=1)[0]
            participle, _, thing = obj.partition(" ")
            task = _task_by_done_verb(thing, participle, ctx.known_tasks) if thing else None
        if task is not None and task.owner not in (None, ctx.author.email) and not _partial_delivery(thanks.group("obj"), task):
            return [StatusChange(task.id, _clean_hint(thanks.group("obj")), "done", None, None, False, "natural:completion", sentence)]
        return []
    if _CONDITIONAL_START.match(text) or may_match(_BOOKED_OUT, text) and _BOOKED_OUT.search(text):
        return []
    if (done_by_them := _thanked_for_doing(text[skip:], ctx)) is not None:
        return [StatusChange(done_by_them.id, None, "done", None, None, False, "natural:completion", sentence)]
    body = _SUBJECT_NOISE.sub("", text[skip:])
    fronted = _FIND_IT_FRONTED.match(body) if may_match(_FIND_IT_FRONTED, body) else None
    if fronted is not None:
        # "Our comments to the sitemap you find in the attached Word file." (the thing first,
        # as German puts it): "You will find our comments ... in the attached Word file."
        body = f"You will find {fronted.group('np')} {fronted.group('where')}"
    sent_for = _SENT_FOR_THEM.match(body) if may_match(_SENT_FOR_THEM, body) else None
    lead = _HANDOVER_AFTER_LEAD.match(body)
    if lead is not None:
        # "Following up on my voicemail yesterday: attached is the revised quote"
        body = body[lead.end():]
    below = _SEE_BELOW_LEAD.match(body)
    if below is not None:
        body = body[below.end():]
    topic_lead = _DONE_TOPIC.match(body)
    if topic_lead is not None:
        # "For the Zendesk, Takahashi already sent the admin invitation to Ms. Villanueva
        # yesterday": what the work was about, then who did it
        body = body[topic_lead.end():]
    if ((m := _YOU_SENT.match(body)) is not None and not _SENT_BUT_WRONG.search(body, m.end())
            and (task := match_known_task(m.group("obj"), ctx.known_tasks) or match_task_hint(m.group("obj"), ctx.known_tasks))
            and task.owner not in (None, ctx.author.email) and not _partial_delivery(m.group("obj"), task)):
        # "The site map you sent yesterday looks right to us": what was to be sent, has been
        return [StatusChange(task.id, _clean_hint(m.group("obj")), "done", None, None, False, "natural:completion", sentence)]
    if (m := _TOLD_ME_DONE.match(body) if may_match(_TOLD_ME_DONE, body) else None) is not None and (found := _their_task(m.group("name"), m.group("obj"), frame)) is not None:
        return [StatusChange(found.id, _clean_hint(m.group("obj")), "done", None, None, False, "natural:completion", sentence)]
    if (m := sent_for) is not None and (m.group("colon") or ctx.attachments):
        found = _their_task(m.group("name"), m.group("obj"), frame)
        if found is not None:
            return [StatusChange(found.id, _clean_hint(m.group("obj")), "done", None, None, False, "natural:completion", sentence)]
    m = _STATED_VALUE.match(body)
    if m and not _NOT_YET.search(body):
        # "Confirm the final number of participants" / "The final number is 180": the
        # owner states what was to be confirmed
        # (what was to be confirmed, not whom with: "the plant is closed" states nothing of
        # "Confirm the shrink band color with the plant")
        # ("Look for the contract number" / "The contract number is 8B 104 377": a number found)
        valued = _A_VALUE.match(body[m.end("subj"):]) is not None
        asked = [t for t in ctx.known_tasks if t.owner == ctx.author.email
                 and (_CONFIRM_THING.match(t.title) or valued and _LOOK_UP_THING.match(t.title))
                 and match_task_hint(m.group("subj"), [KnownTask(t.id, _THING_CONFIRMED.split(t.title.split(None, 1)[1], maxsplit=1)[0],
                                                                 t.owner, t.due)])]
        if len(asked) == 1:
            return [StatusChange(asked[0].id, _clean_hint(m.group("subj")), "done", None, None, False, "natural:completion",
                                 sentence)]
        given = _value_given(m.group("subj"), body[m.end("subj"):], ctx)
        if given is not None:
            return [StatusChange(given.id, _clean_hint(m.group("subj")), "done", None, None, False, "natural:completion", sentence)]
    hint: str | None = None
    action_verb: str | None = None
    strict = own_work = handed = arrived = shared = False
    done_verb: str | None = None
    verdict = _DONE_FIRST.match(body)
    if verdict:
        # "Done - all 41 buttons wrap to two lines now": the verdict, then what it is about
        found = match_known_task(verdict.group("rest"), ctx.known_tasks) or match_task_hint(
            re.split(r"\s+(?:is|are|was|were|has|have|wrap|now|work|works|[a-z]+ed)\b", verdict.group("rest"), maxsplit=1)[0],
            ctx.known_tasks)
        did_it = re.match(r"(?P<verb>[a-z]+ed)\s+(?P<obj>.+)", verdict.group("rest"), re.IGNORECASE)
        if found is None and did_it:
            # "Done, added priya@ and kenji@ as managers": the title's own verb
            found = _task_by_done_verb(did_it.group("obj"), did_it.group("verb"), ctx.known_tasks)
        # ("Ready – the offline sync test plan is in Confluence": only with the work named;
        # "Ready, let's go" is no report)
        if verdict.group("word").lower() == "ready" and (_NOT_YET.search(verdict.group("rest")) or _STILL_TO_COME.search(verdict.group("rest"))):
            found = None
        task_id = found.id if found else ctx.task_id if verdict.group("word").lower() != "ready" else None
        if task_id is not None:
            return [StatusChange(task_id, None, "done", None, None, False, "natural:completion", sentence)]
    if ((m := _HELD_WITH.match(body)) is not None
            and (found := _task_by_done_verb(m.group("subj"), "held", ctx.known_tasks, verb_first=True)) is not None):
        # "12 jeeps on hold with Fjallasýn for 29 Jan": what was to be held is held
        return [StatusChange(found.id, _clean_hint(m.group("subj")), "done", None, None, False, "natural:completion", sentence)]
    if (m := _SIGN_OFF.match(body)) is not None and (found := _approval_task(m.group("obj"), frame)) is not None:
        # "We confirm the revised project plan v1.3" / "It's approved, please go ahead": the
        # owner of the sign-off gives it
        return [StatusChange(found.id, _clean_hint(m.group("obj") or found.title), "done", None, None, False,
                             "natural:completion", sentence)]
    if (m := _VERDICT_GIVEN.match(body)) is not None and (found := _reviewed_task(m.group("obj"), frame)) is not None:
        # "Sitemap is good to go, no changes from us." / "The interview questions are fine,
        # approved.": the one asked to look at it has, and says what they found
        return [StatusChange(found.id, _clean_hint(m.group("obj")), "done", None, None, False, "natural:completion", sentence)]
    m = _COMPLETE_LABEL.match(body)
    state = _COMPLETE_STATE.match(body) if may_match(_COMPLETE_STATE, body) else None
    # ("Faith is back from the shoot and has finished the farmer stories": what she did)
    did = _NAMED_DID.match(_NAME_THEN_DID.sub(r"\g<name> ", body))
    # "Priya's sorted the permit" is Priya has sorted it, not Priya being sorted
    has_done = bool(did and body[len(did.group("name")):].startswith("'s") and frame.index.lookup(did.group("name")))
    if has_done or state is not None and (state.group("state") or "").lower() == "ready" and _READY_TO_ACT.match(body):
        # ("They are ready to issue them, but ...": willing to do the work, not done with it)
        state = None
    if state is not None and (state.group("state") or "").lower() in _READY_WORDS and (
            later := _ON_A_DAY_AFTER.match(body, state.end())) is not None and any(
            d.value > local_today(ctx.sent_at, ctx.author.tz)
            for d in find_dates(body[later.start():], ctx.sent_at, ctx.author.tz, ctx.author.date_order)):
        # ("Then the storyboard is ready on Friday 13.11. as planned": the day it will be)
        state = None
    terse = _COMPLETE_TERSE.match(body) if may_match(_COMPLETE_TERSE, body) else None
    # (three branches below ask for it: matched once)
    in_place = _IN_PLACE.match(body) if may_match(_IN_PLACE, body) else None
    if m:
        hint = m.group("subj")
    elif (m := _GOT_THEM.match(body)) is not None and not _NOT_YET.search(body[: m.start("obj")]):
        # "Got the October numbers this morning, thanks!": what was to be sent has come
        hint, strict, done_verb, arrived = m.group("obj"), True, "received", True
    elif (should := _SHOULD_HAVE.match(body)) is not None and not _NOT_YET.search(body[should.end():]):
        # "Pieter should have invites for Search Console and GA4 now": given
        hint, strict = should.group("obj"), True
    elif state and not _NOT_YET.search(state.group(0)[len(state.group("subj")):]) and not _NOT_YET.search(state.group("subj")):
        hint, done_verb = state.group("subj"), state.group("state")
        arrived = re.match(r"(?:arrived|landed|came|been received)", state.group("event") or "") is not None
    elif (terse and not _NOT_YET.search(terse.group("subj")) and not _TERSE_NOT_A_THING.search(terse.group("subj"))
          and not _imperative_start(terse.group("subj"))):
        # Verbless reports need a task they name: "Allergen list attached."
        hint, strict = terse.group("subj"), True
    elif (not has_done and (m := _COMPLETE_PARTICIPLE.match(body)) is not None
          and m.group("state").lower() not in _NOT_DONE_PARTICIPLES
          # ("the plant is closed" for a public holiday: a place shut, no work finished)
          and not (m.group("state").lower() == "closed" and _PLACE_SHUT.search(m.group("subj")))
          and not _NOT_YET.search(m.group(0)[len(m.group("subj")):])
          and not (frame.index.lookup(m.group("subj")) and re.match(r"\s+(?:the|a|an|our|your|their|his|her)\b", body[m.end():]))):
        # "All 15 police checks are lodged" / "the new credit pack is bought": any finished
        # state, when the subject names an open task
        hint, strict, done_verb = m.group("subj"), True, m.group("state")
    elif (m := (_COMPLETE_HANDED.match(body) or _COMPLETE_HANDED.match(_SO_HANDING.sub("", body)))
          if may_match(_COMPLETE_HANDED, body) else None) is not None:
        handed_obj = (m.group("obj") or m.group("obj2") or m.group("obj3") or m.group("obj4") or m.group("obj5") or m.group("obj6")
                      or m.group("obj7") or m.group("obj8") or m.group("obj9"))
        hint, strict, handed = handed_obj, True, True
    elif (m := _HEADLINE_DONE.match(body)) is not None and not _NOT_YET.search(m.group("subj")):
        # ("Survey's not done." is the opposite)
        hint, strict, done_verb = m.group("subj"), True, m.group("state")
    elif ((m := _COMPLETE_ACTION.search(body) if may_match(_COMPLETE_ACTION, body) else None) is not None
          and not _NOT_YET.search(body[: m.start()])):
        hint, action_verb = m.group("obj"), m.group("verb").split()[0]
    elif (m := _COMPLETE_ACTION_BARE.match(body)) is not None and not _NOT_YET.search(m.group("obj")):
        hint, strict = m.group("obj"), True
    elif ((m := did) is not None and frame.index.lookup(m.group("name"))
          and (m.group("verb").lower() in _IRREGULAR_DONE or _past_of_work_verb(m.group("verb")))
          and not _NOT_YET.search(_AFTERMATH.split(m.group("obj"), 1)[0])):
        # "Tomasz switched the MX records on Saturday": a named member's work, done (", so
        # they will be part of the concept" is what follows from it)
        hint, strict = _AFTERMATH.split(m.group("obj"), 1)[0], True
    elif ((m := did) is not None and not _NOT_YET.search(did_obj := _AFTERMATH.split(m.group("obj"), 1)[0])
          and (found := _task_by_done_verb(did_obj, m.group("verb"), ctx.known_tasks, verb_first=True)) is not None):
        # "IT have set up your deployment account": someone outside the project did the very
        # work the title asks for
        return [StatusChange(found.id, _clean_hint(m.group("obj")), "done", None, None, False, "natural:completion", sentence)]
    elif ((m := _NAMED_SIGNED_OFF.match(body)) is not None and frame.index.lookup(m.group("name"))
          and (found := _task_by_done_verb(m.group("obj"), "signed", ctx.known_tasks, verb_first=True)) is not None):
        # "Jess signed off the questions last fri btw": the named member's sign-off, given
        return [StatusChange(found.id, _clean_hint(m.group("obj")), "done", None, None, False, "natural:completion", sentence)]
    elif ((m := _TALKED_OR_READ.match(body)) is not None and not _NOT_YET.search(body[: m.end("obj")])
          and (found := _task_by_done_verb(m.group("obj"), " ".join(m.group("verb").lower().split()), ctx.known_tasks,
                                       verb_first=True)) is not None):
        # ("went through the security questionnaire" is not the "HIPAA security review")
        return [StatusChange(found.id, _clean_hint(m.group("obj")), "done", None, None, False, "natural:completion", sentence)]
    elif ((m := _WE_DID_ANY.search(body)) is not None and not _NOT_YET.search(body[: m.start()])
          and (found := _task_by_done_verb(_found_what(m.group("obj")) if m.group("verb").lower() == "found" else m.group("obj"),
                                           m.group("verb"), ctx.known_tasks)) is not None):
        # "I asked them about the vitrines too" / "I checked with Askable myself": the
        # title's own verb, whoever's task it was
        return [StatusChange(found.id, _clean_hint(m.group("obj")), "done", None, None, False, "natural:completion", sentence)]
    elif ((m := _WE_DID.search(body)) is not None and _past_of_work_verb(m.group("verb"))
          and m.group("verb").lower() not in _DECIDING_VERBS and not _NOT_YET.search(body[: m.start()])
          and not _NOT_YET.search(m.group("obj"))):
        # "I've reviewed the design document": any work verb, when it names an open task of
        # the writer's own ("I've forwarded the design doc to our CFO" is not the review)
        hint, strict, own_work = m.group("obj"), True, True
    elif ((m := _NOW_RUNS.match(body)) is not None and not _NOT_YET.search(body)
          and (found := _running_task(m.group("subj"), ctx)) is not None):
        # "Listo, the dbt skeleton runs against the Snowflake replica": what was to be running, is
        return [StatusChange(found.id, _clean_hint(m.group("subj")), "done", None, None, False, "natural:completion", sentence)]
    elif ((m := _THEY_SAID_YES.match(body)) is not None and not _NOT_YET.search(body)
          and (found := _checked_with(m.group("who"), ctx)) is not None):
        # "HR approved already, the 2 agents are ours": the answer the writer was to get
        return [StatusChange(found.id, _clean_hint(found.title), "done", None, None, False, "natural:completion", sentence)]
    elif ((m := _TERSE_PAST.match(body)) is not None and not _NOT_YET.search(body)
          and (found := _task_by_done_verb(m.group("subj"), m.group("verb"), ctx.known_tasks)) is not None):
        # "Tide Chart label widened to 18 chars": the title's own verb, done to its object
        return [StatusChange(found.id, _clean_hint(m.group("subj")), "done", None, None, False, "natural:completion", sentence)]
    elif ((m := _THEY_DID.match(body)) is not None and not _NOT_YET.search(m.group("subj"))
          and (found := _task_by_done_verb(m.group("obj"), m.group("verb"), ctx.known_tasks)) is not None):
        # "IT has allowlisted your IP too": whoever did it, the task's own verb, its object
        return [StatusChange(found.id, _clean_hint(m.group("obj")), "done", None, None, False, "natural:completion", sentence)]
    elif ((m := _THEY_DID_PAST.match(body)) is not None
          # ("..., so you should be all set to start" is what follows from it)
          and not _NOT_YET.search(re.split(r",\s*(?:so|which|and so)\b", body, maxsplit=1)[0])
          and (found := _task_by_done_verb(m.group("obj"), m.group("verb") or _IRREGULAR_PAST.get(m.group("verb2"), m.group("verb2")),
                                           ctx.known_tasks)) is not None):
        # "IT assigned the eDiscovery Manager role to our service account this morning"
        return [StatusChange(found.id, _clean_hint(m.group("obj")), "done", None, None, False, "natural:completion", sentence)]
    elif (m := _PAST_ACTION.match(body)) is not None and _past_of_work_verb(m.group("verb")) and not _NOT_YET.search(m.group("obj")):
        # "Spot-checked 20 listings, all good": any work verb in the past, subject left out.
        hint, strict = m.group("obj"), True
    elif (m := in_place) is not None and _IN_ATTACHMENT.search(body) and not _NOT_YET.search(body):
        hint, strict = m.group("subj"), True
    elif ((m := in_place) is not None and not _NOT_YET.search(body)
          and (found := _task_by_destination(m.group("subj"), m.group("place"), ctx.known_tasks)) is not None):
        # "Targets and the RTK base are in the bakkie": the task was to put them there
        return [StatusChange(found.id, _clean_hint(m.group("subj")), "done", None, None, False, "natural:completion", sentence)]
    elif (m := in_place) is not None and _SHARED_PLACE.search(m.group("place")) and not _NOT_YET.search(body):
        # "The mailing file is on the SFTP now": handed over where files are shared
        hint, strict, shared = m.group("subj"), True, True
    elif (m := _HAVE_NOW.match(body)) is not None:
        # "I have both quotations now, overview attached": what was to be got is in hand
        hint, strict, done_verb = m.group("obj"), True, "received"
    elif (m := _AS_PROMISED_THING.match(body) or _AS_PROMISED_THING.match(text[skip:].strip())) is not None:
        # "As promised, the floor plans." / "The floor plans, as requested." / "Done with the
        # floor plans.": the thing named, handed over or finished
        hint, strict, handed = m.group("obj") or m.group("obj2") or m.group("obj3") or m.group("obj4"), True, True
    elif (_HERE_YOU_GO.match(body) and ctx.thread_task_id is not None
          and any(t.id == ctx.thread_task_id and t.owner == ctx.author.email for t in ctx.known_tasks)):
        # "Here you go: / Employer PAYE reference: 120/KA45872 ...": the writer's one open task
        # on the thread, answered in the lines that follow
        return [StatusChange(ctx.thread_task_id, None, "done", None, None, False, "natural:completion", sentence)]
    elif (found := _made_so(body, ctx)) is not None:
        # "the WhatsApp button is bigger": what "Make the WhatsApp button bigger" asked for, so
        return [StatusChange(found.id, None, "done", None, None, False, "natural:completion", sentence)]
    elif (m := _CHANGED_THEN_DID.match(body)) is not None and (m.group("who").lower() in ("i", "we")
                                                               or frame.index.lookup(m.group("who")) is not None):
        # "And the ding is already quieter, Dauren fixed it on Friday": the thing as it is
        # now, and who did it
        hint, strict = m.group("subj"), True
    else:
        return []
    # "our brand book (PDF) and the dielines": an aside is not where the phrase ends
    hint = re.split(r"\s*[,;(]\s*|\s[—–-]\s", _ASIDE.sub("", hint.strip()), maxsplit=1)[0]
    # "I sent Sue the shared mailbox questionnaire": who got it is not what it was
    hint = _ASKED_FOR.sub("", _WHEN_DONE.sub("", _INDIRECT_OBJECT.sub("", hint)))
    # "Here are the kitchens I keep going back to:": a clause about the thing is not its name
    hint = re.split(r"\s+(?=(?:i|we|you|they|he|she)\s+(?!(?:and|or)\b)[a-z]+)", hint, maxsplit=1,
                    flags=re.IGNORECASE)[0] if len(hint.split()) > 3 and _NOUN_PHRASE_START.match(hint) else hint
    # ("Both quotes attached": how many is not what they are)
    hint = re.sub(r"^(?:both|all(?:\s+(?:the|three|four|five|of\s+the))?|the\s+(?:two|three|four)|each\s+of\s+the)\s+(?=\S)", "", hint,
                  flags=re.IGNORECASE)
    hint = _without_owner(hint, frame)
    if handed:
        # "that's Ger's notes and the spec sheet there for you": whose they are is not what they
        # are; "the Fee Letter which must be notarised with the Facility Agreement" is the letter
        hint = re.sub(r"^(?-i:[" + NAME_CAPITALS + r"])[\w-]+'s\s+(?=\S)", "", hint)
        hint = re.split(r"\s+(?:which|that|who)\s+(?:must|will|is|are|was|were|has|have|should|needs?|goes|go)\b", hint, maxsplit=1,
                        flags=re.IGNORECASE)[0]
    task = match_known_task(hint, ctx.known_tasks) or match_task_hint_in(hint, text, ctx.known_tasks)
    if task is None and topic_lead is not None:
        hint = f"{topic_lead.group('topic')} {hint}"
        task = match_known_task(hint, ctx.known_tasks) or match_task_hint_in(hint, text, ctx.known_tasks)
    if task is not None and not hint_fits(hint, task):
        # "Test migration done": the one title holding every word of the phrase ("Run a test
        # migration of two mailboxes"), not one sharing half of it ("Send us the migration plan")
        whole = [t for t in ctx.known_tasks if hint_fits(hint, t)]
        task = whole[0] if len(whole) == 1 else task
    if task is not None and action_verb is not None and task.title.split(None, 1)[0].lower() not in _verb_bases(action_verb):
        # "I've signed off the migration plan": "Sign off the plan", not "Send us the migration plan"
        task = _task_by_done_verb(hint, action_verb, ctx.known_tasks) or task
    if task is None:
        # "Prototype with monthly partitions is ready": the head names the task
        head = _HEAD_OF.split(hint, maxsplit=1)[0]
        if head != hint and content_words(head):
            task = match_task_hint(head, ctx.known_tasks)
            if (task is not None and _last_word(head) != _last_word(_HEAD_OF.split(task.title, maxsplit=1)[0])
                    # ("Their dieline for the 250 g bag arrived yesterday": the writer's own
                    # "get their dieline and the maximum number")
                    and not (task.owner == ctx.author.email and (done_verb is not None or arrived) and starts_with_verb(task.title)
                             and re.search(r"\b" + re.escape(_last_word(head)) + r"s?\b", task.title, re.IGNORECASE) is not None)):
                task = None
    if task is None and action_verb is not None:
        # "I've booked the Hamilton Seminar Room" for "Find us a room like that": the
        # writer's one open task whose title holds the thing's head noun
        head = _last_word(_HEAD_OF.split(hint, maxsplit=1)[0])
        mine = [t for t in ctx.known_tasks if t.owner == ctx.author.email and head and head in content_words(t.title)]
        task = mine[0] if len(mine) == 1 else None
    if task is None:
        # "Back label copy for all four SKUs is attached: standard drinks, the pregnancy
        # warning, and tasting notes": the rest of the sentence spells out the title
        spelled = match_known_task(text, ctx.known_tasks)
        task = spelled if spelled is not None and content_words(hint) & content_words(spelled.title) else None
    if task is None and done_verb is not None:
        task = _task_by_done_verb(hint, done_verb, ctx.known_tasks)
    if task is None and done_verb is not None:
        # "Round Rock re-export is done": the head of the phrase names one open task only
        task = _task_by_head(hint, ctx.known_tasks)
    if task is None and (done_verb is not None or handed):
        # "Lab slot at Prüfzentrum Nord is booked and confirmed": the writer's one task on
        # the thread whose title holds the head noun, however short
        head = head_word(_HEAD_OF.split(hint, maxsplit=1)[0])
        on_thread = [t for t in ctx.known_tasks if t.owner == ctx.author.email and t.id in ctx.thread_tasks]
        # (with more than one piece of the writer's work about, "the sanctions module" does
        # not name "the storyboard for the AML module"; alone, "the Estrada list cleanup" is
        # "the Mailchimp cleanup")
        mine = [t for t in on_thread if head and shares_a_word({head}, content_words(t.title))
                and (len(on_thread) == 1 or not _another_of_its_kind(hint, t.title, head))]
        task = mine[0] if len(mine) == 1 else None
    if task is None and handed and head_word(_HEAD_OF.split(hint, maxsplit=1)[0]) not in _GENERIC_HANDED:
        # "Here are three examples from previous series" (not "our weekly status report")
        task = _task_by_head(_HEAD_OF.split(hint, maxsplit=1)[0], ctx.known_tasks)
    if task is None and handed and re.search(r"\sand\s", hint):
        # "notes and the spec sheet": one of the things the writer hands over names their task
        mine = [t for t in ctx.known_tasks if t.owner == ctx.author.email]
        named = {t.id: t for part in re.split(r"\s+and\s+", hint) if (t := match_task_hint(part, mine))}
        task = next(iter(named.values())) if len(named) == 1 else None
    if task is None:
        # "Review done." / "I have completed the review": the writer's one task of that work
        task = task_by_its_work(hint, ctx.known_tasks, ctx.author.email)
    if task is not None and task.owner not in (None, ctx.author.email) or task is not None and task.owner is None and handed:
        # ("Please find attached our updated offer" from James: his own "Send us an updated
        # offer ...", not "Provide the numbers so James can send the offer" that names it too)
        # (only one that every word of the phrase fits: "the MLS import timeline" is Karen's
        # timeline, not the writer's "MLS data import")
        own_fits = [t for t in ctx.known_tasks if t.owner == ctx.author.email and hint_fits(hint, t)]
        task = own_fits[0] if len(own_fits) == 1 else task
    if own_work and task is not None and task.owner not in (None, ctx.author.email):
        return []
    if handed and task is not None and task.owner and task.owner.rpartition("@")[2].lower() != ctx.author.email.rpartition("@")[2].lower():
        # ("enclosed please find the Fee Letter" from the client is not the translation the
        # agency owes them; a colleague may hand over the owner's work)
        return []
    if arrived and task is not None and not _names_the_deliverable(hint, task):
        # "Room booking API keys came through overnight": what arrived is the keys, not the
        # room booking integration (but "CASA flight approval came through" is the approval)
        return []
    if task is not None and _only_what_it_is_made_from(hint, task):
        # "the build is installed on three devkits" does not end "Send us a 60-second
        # gameplay capture from the Switch build": the build is what the capture comes from
        return []
    task_id = task.id if task else (None if strict or named_only else ctx.task_id)
    if task_id is None and not named_only and (_PRONOUN_THING.fullmatch(hint.strip(" .!,")) or _JUST_FILES.fullmatch(hint.strip(" .!,"))):
        # "Here they are, all three (PDF attached)." / "All the original files are on WeTransfer
        # now": the writer's one open task on the thread
        # (with other work on the thread, "this" or "it" may be the point under discussion: "This
        # is covered in the consent script")
        # ("Everything was tested in grams" says how the work was done; only work handed over or
        # put where files are shared is the writer's one task on a thread with other work)
        own_ids = [t.id for t in ctx.known_tasks if t.owner == ctx.author.email
                   and (t.id == ctx.thread_task_id if ctx.thread_task_id is not None
                        else t.id in ctx.thread_tasks and (handed or shared) and not _THIS_OR_IT.match(hint.strip()))]
        task_id = own_ids[0] if len(own_ids) == 1 else None
    if task_id is None or (task is not None and _partial_delivery(hint, task)):
        return []
    held_back = _READY_BUT_NOT_YET.search(sentence)
    if held_back is not None:
        # "The delegate registration page is ready, but we can't take it live yet": made, and
        # held back from its end
        return [StatusChange(task_id, _clean_hint(hint), "blocked", None, None, False, "natural:blocked", sentence)]
    done = [StatusChange(task_id, _clean_hint(hint), "done", None, None, False, "natural:completion", sentence)]
    if handed and re.search(r"\sand\s+(?:the|our|my)\s", hint, re.IGNORECASE):
        # "Attached you will find the proforma invoice PF-0457 and the label artwork for the
        # Malbec Reserva ...": each thing handed over ends the writer's task that asked for it
        mine = [t for t in ctx.known_tasks if t.owner == ctx.author.email and t.id != task_id]
        for part in re.split(r"\s+and\s+(?=(?:the|our|my)\s)", hint, flags=re.IGNORECASE)[1:]:
            other = match_task_hint(part, mine) or match_task_hint(_HEAD_OF.split(part, maxsplit=1)[0], mine)
            if other is not None and all(c.task_id != other.id for c in done):
                done.append(StatusChange(other.id, _clean_hint(part), "done", None, None, False, "natural:completion", sentence))
    return done


# ---------------------------------------------------------------- questions

_QUESTION_START = re.compile(
    r"^(?:what|what's|whats|when|when's|where|where's|who|who's|whom|which|why|how|how's|whose|is|isn't|are|aren't|"
    r"was|wasn't|were|do|does|doesn't|don't|did|didn't|have|has|hasn't|haven't|had|can|can't|could|would|will|won't|"
    # ("Must we put lime before planting, or is it ok for fynbos?")
    r"shall|should|may|might|must|any|anything|am|whether|thoughts on|thoughts about|(?:does\s+)?(?:anyone|anybody|someone) knows?|"
    # "Arjun, ok for you to start at 6am our time?" (the "ok" goes with the prefix)
    r"(?:ok(?:ay)?\s+|fine\s+|alright\s+)?(?:for|with)\s+you(?:\s+guys|\s+both|\s+all)?\s+(?:to|if)|works?\s+for\s+you)\b",
    re.IGNORECASE,
)
_QUESTION_PREFIX = re.compile(
    # ("Héctor, one question for you: is the store master data (region, ...) also in Snowflake ...?")
    # ("Ma, please when will you be coming to Lagos?")
    r"^(?:(?:also|and|but|so|oh|btw|by the way|please(?=\s+(?:when|what|where|which|who|how|is|are|do|does|can|could|will|would)\b)|"
    r"quick question|quick q|quick one|one more thing|"
    r"(?:one|another|a|small|last)\s+question(?:\s+for\s+(?:you|(?-i:[" + NAME_CAPITALS + r"])[\w'-]+)|\s+in\s+advance|\s+up\s*front)?(?=\s*:)|"
    r"one question|another question|question|"
    r"just checking(?: in)?|just wondering|out of curiosity|finally|lastly|plus|ps|p\.s\.|sorry|hmm|ok|okay|one last thing|one more|"
    r"roughly|approximately|ballpark|realistically|honestly)\b[\s,:;.…—–-]*)+",
    re.IGNORECASE,
)
_QUESTION_LABEL = re.compile(r"^(?:(?:also|and|but|so)[,]?\s+)?(?:one|another|a|small|last|quick)\s+question\s+(?:in\s+advance|up\s*front|first|from\s+(?:our|my)\s+side)\s*:\s*\S",
                             re.IGNORECASE)
# Small talk, however it is put: the other's weather, season, days off, family and health,
# asked with nothing of the work in it ("Is the rainy season over in Belize?", "Did your
# daughter like the chocolates?")
_SMALL_TALK_WORD = re.compile(
    r"\b(?:weather|rainy season|snow(?:ing|y)?|sunny|sunshine|heatwave|freezing|"
    r"holidays?|vacation|weekend|festival|festivities|celebrations?|eid|diwali|nowruz|christmas|new year|independence day|carnival|"
    r"family|kids|children|daughter|wife|husband|baby|mum|mom|dad|parents|grandchildren|"
    r"feeling better|flu|football|cricket|rugby|world cup|beach|hiking|skiing)\b", re.IGNORECASE)
_WORK_WORD = re.compile(
    r"\b(?:file|files|draft|deadline|invoice|price|prices|pricing|quote|design|proposal|deliver\w*|ship\w*|shoot|site|website|app|"
    r"contract|pay\w*|meeting|call|schedule|launch|print\w*|sample|order|project|budget|logo|photos?|video|campaign|"
    r"affect|delay\w*|postpone\w*|cancel\w*|work|office|team|staff|guests?|bookings?|tours?|clients?|customers?|event|"
    r"menu|rooms?|season's|shipment|harvest|crop|stock|production|install\w*|access|open|closed|availability|"
    # (availability: "Are you on holiday next week?", "Who covers for you during the holidays?")
    r"when|which|who|how many|how much|what time|next|during|until|back|away|covers?|reachable|available)\b", re.IGNORECASE)


def _small_talk(question: str) -> bool:
    """A short question about the other's days and place, with nothing of the work in it."""
    return (len(question.split()) <= 14 and _SMALL_TALK_WORD.search(question) is not None
            and _WORK_WORD.search(question) is None and re.search(r"\b(?:if|whether|or)\b|\d|[\"“”]", question, re.IGNORECASE) is None)


_PLEASANTRY = re.compile(
    r"\bhow (?:are|r) (?:you|u|things|you all|you both)\b|\bhow(?:'s| is) (?:it going|everything|life|your|the family|things)\b|"
    # "How is the weather in London this week?": small talk
    r"\bhow(?:'s| is| was) the (?:weather|flight|trip|journey|weekend|holiday|conference|show|fair)\b(?![^?]*\b(?:affect\w*|delay\w*|shoot|delivery|shipment)\b)|"
    # "... if that is a problem, please tell us.": a door left open, nothing asked
    r"\bif (?:that|this|it)(?:'s| is| would be| was| causes?| creates?)\s+(?:a|any)\s+(?:problem|issue|concern)s?\b[^?]{0,20}?"
    r"(?:tell|let)\s+(?:us|me)(?:\s+know)?\W*$|"
    # "..., so please tell us if this is a problem.": the same door, the other way round
    r"\b(?:please\s+|kindly\s+)?(?:tell|let)\s+(?:us|me)(?:\s+know)?\s+if\s+(?:that|this|it)(?:'s| is| would be| will be| causes?)\s+"
    r"(?:a|any)\s+(?:problem|issue|concern)s?\b(?:\s+for\s+(?:you|your\s+\w+))?\W*$|"
    r"\bhow was (?:your|the|ur)\b|\bhow have you been\b|\bhope (?:you|all|everything)\b|\bany (?:big |fun )?plans\b|"
    r"\bany (?:other |more |further )?questions\b|\b(?:does|did) (?:that|this|it) (?:make sense|help|work for you)\b|"
    r"^(?:make sense|sound good|sounds good|thoughts|right|ok|okay|yes|no|really|why not|agreed)\W*$|"
    r"\bwhat do you think\W*$|\blet (?:me|us) know (?:what you think|your thoughts|how you get on)\W*$|"
    # "Is it ok for you?" / "Would that still work?" after a proposed date: agreement sought, no question
    # ("We need the final video already on 1 December. Is this possible for you?" / "Is it possible for Khoa?")
    # (but "Is it possible?" alone may ask whether it can be done at all)
    r"^(?:(?:and|so)\s+)?(?:is|would|will)\s+(?:it|that|this)\s+(?:be\s+)?(?:still\s+)?(?:(?:ok|okay|alright|fine|acceptable|work)"
    r"(?:\s+(?:for|with)\s+(?:you|everyone|you all|your\s+\w+))?|(?:possible|doable|feasible)\s+for\s+(?:you|your\s+\w+|(?-i:[" + NAME_CAPITALS + r"])[\w'-]+))\W*$|"
    r"\b(?:can|could) you (?:believe|imagine)\b|\bwho knew\b|\bwho doesn't\b|\bisn't it\W*$|"
    # "Please confirm me." after a proposal: agreement sought, nothing asked
    r"^(?:please\s+|pls\s+|kindly\s+)?confirm(?:\s+(?:to\s+)?(?:me|us|please))?\W*$|"
    r"\bright\W*$|\bhow cool\b|\bwhat could (?:possibly )?go wrong\b|"
    # "Who would complain about a little rain after that?" / "Poor Tom, who hasn't had the flu
    # this November?": nobody would, everybody has ("who hasn't sent it yet?" asks)
    r"\bwho (?:can|could|would) (?:ever\s+)?(?:say no|resist|refuse|complain|object|argue|mind|blame|disagree|say otherwise|want to miss|turn down)\b|"
    r"(?:^|,\s*)who (?:hasn't|has not|didn't|did not|wouldn't|would not|isn't|is not|hasn't got)\b(?![^?]*\b(?:yet|still|already)\b)|"
    # "is it true that you still have 25 degrees in Amman?" / "already cold?": the weather
    r"\b(?:you|we|it|they)(?:'s|\s+(?:still\s+|already\s+)?(?:have|had|is|was|are|were))\s+(?:still\s+|already\s+|about\s+|over\s+|nearly\s+|almost\s+)?"
    r"\d{1,2}\s*(?:degrees|°\s*[cf]?)(?=\W)|\b(?:is|was) it (?:already |still |very |so |really )*(?:as |so )?(?:cold|hot|warm|snowing|raining|freezing|sunny|humid|chilly)\b|"
    # ("Is it still 35°C over there?")
    r"\b(?:is|was) it (?:already |still |really |about |over |nearly )*\d{1,2}\s*(?:degrees|°\s*[cf]?)(?=\W)|"
    # "And how is autumn in Ashgabat, still hot?" / "How time flies, no?" / "Who said USSD is
    # dead?" / "Isn't the salar the most beautiful canvas in the world?" / "How does one even
    # choose between them?" / "how do you say 'thank you' in Libyan Arabic?" / "Has anyone over
    # there ever tasted real cassareep?" / "Do you also celebrate the new year on 1 January?"
    r"\bhow(?:'s| is| was) (?:the )?(?:autumn|winter|summer|spring|fall|weather)\b(?![^?]*\b(?:affect\w*|delay\w*|shoot|delivery|shipment|work)\b)|"
    r"\bhow time flies\b|\bwho (?:said|says)\b[^?]{2,60}\b(?:is|are|was)\s+(?:dead|over|old|out|finished|gone|impossible|boring)\b|"
    r"^(?:and\s+|but\s+)?(?:isn't|aren't|wasn't)\s+(?:the|this|that|our|your|it)\b[^?]*\b(?:most|best|finest|nicest|loveliest|prettiest|greatest)\b|"
    r"\bhow (?:does|do|can|could) (?:one|anyone|anybody) (?:even|ever)\b|\bhow do you say\b|"
    r"\b(?:has|have) (?:anyone|anybody|you)\b[^?]{0,30}\bever (?:tasted|tried|eaten|drunk|been to|visited)\b|\bdo you (?:also )?celebrate\b|"
    # "What is the weather like in Baku now?" / "Is the snow already there in Ulaanbaatar?" /
    # "Are you ready for the winter over there?": the weather and the season
    r"\bwhat(?:'s| is) the weather like\b|\b(?:is|has) the (?:snow|rain|rainy season|winter|summer|heat|cold|monsoon)\b"
    r"(?![^?]*\b(?:affect|delay|stop|hit|impact|postpone|cancel|change|mean|shoot|delivery|shipment|flight|site|work)\b)|"
    r"\bready for (?:the )?(?:winter|summer|cold|heat|rain|rainy season|snow|holidays?|christmas|new year|festive season|high season|busy season|tourist season)\b|"
    # "Is it already winter in Malta?" / "By the way, have you ever experienced the polar night?"
    r"\b(?:is|was) it (?:already |still |finally )*(?:winter|summer|autumn|spring|fall|the rainy season|the dry season|monsoon season)\b(?=\s+(?:in|over|there|here|yet)\b|\s*\?)|"
    r"\bhave you (?:ever )?(?:experienced|seen|lived through)\s+(?:the\s+|a\s+)?(?:polar night|midnight sun|northern lights|aurora|monsoon|hurricane|typhoon|snow)\b|"
    # "Did you manage to rest a bit after the fair?" / "Did you enjoy the Independence Day
    # celebrations?" / "Did you get the chance to visit the old town?" / "Did the kids like the
    # chocolates?": how the other's days went
    r"\bdid you (?:manage to |get to )?(?:rest|relax|recover|sleep|unwind|have fun)\b|"
    r"\bdid you enjoy (?:the |your )?(?:[\w-]+ ){0,3}?(?:celebrations?|holidays?|trip|weekend|festival|party|dinner|concert|break|stay|visit|time|evening|day off)\b|\bdid you get (?:the|a) chance to (?:visit|see|enjoy|try|explore|rest)\b|"
    r"\bdid (?:the|your) (?:kids|children|family|little ones?|wife|husband) (?:like|enjoy|love)\b|"
    # "How was Nowruz with the family?" / "Are you back from holidays?" / "And how is little Amir doing?"
    r"\bhow was (?:the |your )?(?:nowruz|eid|bayram|diwali|tihar|christmas|easter|new year|independence day|national day|festival|celebrations?|holidays?|vacation|leave|break)\b|"
    r"\bare you (?:already |finally )?back from (?:your |the )?(?:holidays?|vacation|leave|trip|break|honeymoon)\b|"
    r"\bhow (?:is|are) (?:little [A-Z][\w-]+|(?:the|your) (?:family|kids|children|little ones?|baby|wife|husband|parents|mother|father|mum|dad))\b|"
    r"\bwhy is it always\b|,\s*eh\W*$|\banything else (?:you need|i can|we can)\b|"
    # "Did the rains finally stop in Douala?": the weather again
    r"\b(?:did|have|has) the (?:rains?|snow|storms?|heat|heatwave|monsoon|winds?|cold|harmattan)\s+(?:finally\s+|already\s+)?"
    r"(?:stop|stopped|start|started|come|arrive|arrived|end|ended|begin|begun|pass|passed|calm)\b"
    r"(?![^?]*\b(?:affect|delay|shoot|delivery|shipment|flight|site|work|road|access|install)\b)|"
    # "Is it true that you still swim in the sea in November?": small talk about the place
    r"\bis it true (?:that )?(?:you|people|everyone|they)\b[^?]*\b(?:swim|snow|ski|beach|sea|sun|degrees|winter|summer|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b|"
    # "Who still runs PHP 7 in 2026, honestly?" / "..., who does that to himself?" / "Why can't
    # people just use ISO dates?" / "Compliance, what can we do?" / "isn't that always the way
    # with lodges?": exasperation, asked of nobody
    r"\bwho\b[^?]*,\s*(?:honestly|seriously|really)\s*\?\s*$|\bwho (?:still|even) [a-z]{3,}s\b[^?]*\b(?:in (?:19|20)\d\d|any ?more|these days|nowadays)\b|"
    r"\bwho (?:does|would do|did|would) (?:that|this)(?: to (?:himself|herself|themselves|themself|oneself|yourself))?\s*\?\s*$|"
    r"\bwhy (?:can't|cannot|couldn't|don't|doesn't|won't) (?:people|they|clients|banks|customers|users|companies|everyone|suppliers|couriers|airlines|"
    r"agencies|developers|printers|[a-z]+s) (?:just|ever|simply)\b|"
    r"(?:^[\w' -]{2,30},\s*|\b(?:but|well|oh well|alas|sigh)[,]?\s+)what (?:can|could) (?:we|you|one|i) do\s*\?\s*$|"
    r"\bisn't (?:that|it) (?:always|just) (?:the way|typical|how it goes)\b|"
    # "Why do printers always need one more week?" / "Who said that working with a bank would
    # be easy?" / "What would we do without WhatsApp?": said for effect
    r"\bwhy (?:do|does|must|is|are|has|have) (?:everything|everyone|everybody|nothing)\b|\bwhy (?:do|does|must) [^?]{2,40}?\b(?:always|never)\b|"
    r"\bwho said (?:that )?[^?]{2,60}\b(?:would|will|was|is) (?:be )?(?:easy|simple|fun|straightforward|quick)\b|"
    r"\bwhat would (?:we|i|you|they) do without\b|"
    # "Are you enjoying the summer over there?" / "Did you watch the match yesterday?" / "Did
    # you try the plov I told you about?" / "Is Dushanbe still sunny?" / "How is the harvest
    # this year?" / "How is the new office?": the other's days and place
    r"\bare you (?:enjoying|surviving|liking|missing) (?:the )?(?:summer|winter|spring|autumn|fall|weather|heat|cold|snow|rain|season|holidays?|sun)\b|"
    r"\bdid you (?:watch|see|catch) the (?:match|game|final|derby|race|fight)\b|"
    r"\bdid you (?:try|taste) the [^?]{2,30}?\b(?:i|we) (?:told you about|recommended|mentioned|sent)\b|"
    r"\bis (?-i:[A-Z])[\w-]+ (?:still|already) (?:sunny|cold|hot|warm|rainy|snowy|green|beautiful|freezing)\b|"
    r"\bhow(?:'s| is) the (?:harvest|season|crop)\b(?![^?]*\b(?:ship|deliver|ready|sample|lot|contain|export|affect|volume)\w*)|"
    r"\bis the (?:harvest|season) going (?:well|ok|okay|fine)\b|"
    r"\bhow(?:'s| is| are) (?:the|your) new (?:office|house|flat|apartment|baby|car|puppy|dog|job|place|home|colleagues?)\b|"
    r"\bdid you enjoy (?:the |your )?(?-i:[A-Z])[\w'-]+(?: [\w'-]+)? (?:day|festivities|celebrations?|holidays?)\b|"
    r"\bneeds? anything else\b|\bready for the (?:weekend|holidays)\b|"
    # "And who wants plov on Friday?" / "Who brings the bolo de ginguba this time?" / "who is
    # coming to the dinner at Abu Shahab on Thursday?": the team's food and evenings
    r"^(?:(?:and|so|also|btw|by the way)[,]?\s+)?who\s+(?:wants|fancies)\s+(?!(?:to|the|a|an|this|that|these|those|our|your|my|it|them|more|any|some)\b)"
    r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}\s+(?:after|on|for|tonight|today|tomorrow|this)\b|"
    r"\bwho\s+(?:brings|brought|is\s+bringing|will\s+bring)\b[^?]*\b(?:this\s+time|last\s+time|next\s+time|yesterday)\b|"
    r"\bwho(?:'s|\s+is|\s+will\s+be)\s+(?:coming|joining)\s+(?:to\s+|for\s+)?(?:the\s+)?(?:dinner|lunch|breakfast|party|drinks|barbecue|bbq|picnic|karaoke)\b|"
    # "How is Manama in November, more fresh I hope?" / "Is it true that Asmara is fresh even in
    # November?": the season at the other's place
    r"^(?=[^?]*\b(?:fresh|cool|cold|hot|warm|humid|sunny|rainy|degrees|weather)\b)(?=[^?]*\bin\s+(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\b)(?![^?]*\b(?:affect\w*|delay\w*|shoot\w*|deliver\w*|shipment|flight|work|site|install\w*|print\w*)\b)|"
    # "Who does not love the sea in November, n'est-ce pas?" / "Who wants to look like a bottle of
    # hot sauce?" / "Is there anything that doesn't make a finance office happy?" / "Eight
    # degrees and drizzle every single day, how do people live like that?"
    r"\bwho\s+does\s+not\s+(?:love|like|enjoy|want)\b|^(?:(?:and|but|i mean)[,]?\s+)?who\s+wants\s+to\s+(?:look|sound|be)\s+like\b|"
    r"\bis\s+there\s+anything\s+that\s+(?:doesn't|does\s+not|isn't|is\s+not)\b|\bhow\s+do\s+(?:people|they|you|folks)\s+(?:live|cope|survive|manage)\s+(?:like\s+that|with\s+that|there)\b|"
    # "By the way, did Jean-Rémy survive the match of the Panthères on Saturday?"
    r"\bdid\s+(?:you|he|she|they|(?-i:[A-Z])[\w'-]+)\s+(?:survive|enjoy|watch|see|win)\s+the\s+(?:match|game|final|derby|race|fight)\b|"
    # "Can you live with that?" / "Kindly confirm if this is acceptable." after a new date:
    # agreement sought; "Kindly clarify one thing for us." opens the question that follows
    r"^(?:can|could) you live with (?:that|this|it)\W*$|"
    r"^(?:please\s+|kindly\s+)?confirm\s+(?:if|whether)\s+(?:this|that|it)\s+(?:is|would be|will be)\s+"
    r"(?:ok|okay|acceptable|fine|alright|agreeable)(?:\s+(?:for|with|to)\s+(?:you|all))?\W*$|"
    r"^(?:please\s+|kindly\s+)?clarify\s+(?:one|a|two|some)\s+(?:thing|point)s?(?:\s+for\s+(?:us|me))?\s*[.!]?$|\byou know\W*$|\bguess what\b|\bhow (?:exciting|great|cool)\b|"
    r"\b(?:did|do) you (?:have|enjoy) a (?:good|nice|great|lovely)\b|\bwhat's up\b|\bhow's it hanging\b|"
    # "Honestly, who reads 40-page PDF reports anyway?" / "who's buying teh tarik this afternoon
    # ah? 😂": asked for effect, or for a laugh
    r"^(?:honestly|seriously|i mean|let's be honest)?,?\s*(?:who|what|why)\b[^?]*\banyway\s*\?|"
    # "I swear, is there a single plumber who shows up on time?" / "Honestly, who designed this,
    # a committee?": exasperation or a joke, asked of nobody
    r"^(?:i swear|honestly|seriously|come on|let's be honest|i mean|really|god|gosh|jeez|my god)\s*[,!.…]+\s*"
    r"(?!what do you think\b|what's your\b|what is your\b|how do you\b)(?:who|why|is there|are there|isn't|aren't|doesn't|don't|can't|how come)\b|"
    r"\b(?:is|was) there (?:a single|one single|even one)\b[^?]*\bwho\b|"
    # "who wants to sit on plastic chairs when it's 38 degrees?": nobody does, and nobody is asked
    r"\bwho (?:still |even |really |honestly )?(?:wants|needs|uses|reads|likes|has time|has the time)\b[^?]*"
    r"\b(?:in (?:19|20)\d\d|anymore|any more|these days|nowadays|when it's|when it is|in this heat)\b|"
    # "Who still buys a Sinterklaas box on 7 December?" / "honestly: who reads a 40-page PDF on his
    # first day?": anyone at all doing a thing, asked to say nobody does ("who signs off the
    # artwork on your side?" asks after a person, of a thing already there)
    r"(?:^|[:;—–]\s*|\s-\s+)who\s+(?:still\s+|even\s+|really\s+|honestly\s+|actually\s+|ever\s+)?"
    r"(?!(?:has|needs|wants|owns|brings|gets|takes|keeps|holds|is|does|was|knows|pays|signs|approves|covers|handles|"
    r"leads|runs|sends|goes|comes|checks)\b)[a-z]{3,}s\s+(?:an?|\d[\w-]*)\s+(?![^?]*\b(?:your|our|you or|or us|or you|or me|for (?:the|us|them|him|her))\b)[^?]*\?|"
    # "sure what's a few days between friends?"
    r"\bwhat(?:'s| is| are) (?:a few|a couple of|one or two) [a-z]+ between friends\b|"
    # the stock rhetorical questions of business mail: "Where does the time go?", "How hard can it
    # be?", "Who would have thought ...?", "What's not to like?", "Why reinvent the wheel?"
    r"\bwhere (?:does|did) (?:the )?time go\b|\bhow hard can (?:it|that|this) be\b|\bwhat's not to (?:like|love)\b|"
    r"\bwho (?:would|could)(?:'ve| have) (?:thought|guessed|known|imagined|believed)\b|\bwho would (?:imagine|think|believe|guess)\b|"
    # "Who needs a drone when you've got the Atlas on the horizon?"
    r"^(?:and\s+)?who needs\b[^?]{1,40}\bwhen (?:you|we|they|there|one)(?:'ve| have| has|'s| is| are)\b|"
    r"^isn't (?:that|this|it) what (?:we|everyone|you|they) (?:all )?want|^after all,\s+(?:who|what|why)\b|"
    r"\bwhat more (?:can|could) (?:you|we|one|anyone) (?:ask|wish) for\b|\bdoes it ever stop\b|\bwhy reinvent the wheel\b|"
    r"\bis there anything (?:better|nicer|worse) than\b|\bcan it get any (?:better|worse)\b|\bwhere would (?:we|i) be without\b|"
    r"^would you believe\b|^isn't it (?:funny|amazing|crazy|strange|ironic|great|wonderful|incredible|typical|always the way)\b|\bwhat(?:'s| is) an? \w+ without\b|"
    r"\bwho said \w+(?: \w+)? (?:can't|cannot|couldn't)\b|\bhow many times have (?:we|i) (?:said|told|heard)\b|^did i mention\b|"
    r"\b(?:do i need to|need i) say more\b|\bwhy make it simple\b|\bcan't complain,? can (?:we|i)\b|"
    r"\bwhere (?:did|has|have) (?:the |this |that )?(?:time|week|weeks|month|year|summer|weekend|day|(?:jan|febr)uary|march|april|may|june|"
    r"july|august|september|october|november|december)\s+(?:go|gone)\b|\bcould (?:it|this|that|things|the \w+) (?:be|get) any (?:worse|better)\b|"
    r"\bwhy (?:does|do|is|are|must) (?:this|it|that|things|they) always\b|\bwhat else is new\b|"
    r"^isn't (?:that|this|it) (?:the dream|the goal|the point|lovely|great|nice|something)\b|\bwhat could be (?:better|nicer|worse) than\b|"
    r"\bhow did (?:we|i|you|anyone|people) ever (?:manage|live|survive|cope|work)\b|\bwhy (?:fix|change) (?:what|something) (?:isn't|ain't|is not) broken\b|"
    r"\bany chance of (?:some )?(?:sun|sunshine|good weather|snow|rain)\b|\bis it (?:friday|the weekend|christmas|summer|holiday time) yet\b|"
    r"\bwhat(?:'s| is) the worst that (?:can|could) happen\b|\bwhy didn't (?:we|i|anyone) think of (?:this|that|it)\b|\bwhat are the (?:odds|chances)\W*$|"
    # small talk and banter: "Does that sound good?", "How was Lisbon?", "Did you get home safely?",
    # "Who is up for a beer after the launch?", "Is it just me or ...?", "Are you all surviving the heat?"
    r"^(?:does|do) (?:that|this|it) sound (?:good|ok|okay|fine|right|alright|reasonable|fair)\W*$|^how was (?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\W*$|"
    # "How is Trieste this week?" / "And how is Samarkand now, already cold?" / "How warm is it in Tana?"
    r"^(?:and\s+)?how(?:'s| is) (?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?(?:\s+(?:this week|now|today|these days|at the moment|lately))?"
    r"(?:,\s*(?:already|still)?\s*(?:cold|warm|hot|sunny|rainy|snowing|busy|quiet)\b[^?]{0,20})?\W*$|"
    r"^(?:and\s+)?how (?:warm|cold|hot|sunny|rainy) is it (?:in|over in|down in|up in|out in) (?-i:[A-Z])[\w-]+(?:\s+(?:this week|now|today))?\W*$|"
    r"\bget (?:home|back) (?:safe|safely|ok|okay|alright|in one piece)\b|\bup for (?:a |some )?(?:beer|beers|drink|drinks|coffee|lunch|dinner|pint)\b|"
    r"\bcan we (?:celebrate|party)\b|^have i (?:told|mentioned)\b|^is it just me\b|\bsurviving the (?:heat|cold|rain|snow|week|madness|rush)\b|"
    r"\?\s*(?:[\U0001F602\U0001F923\U0001F605\U0001F606\U0001F604\U0001F601\U0001F61C\U0001F609]|(?:haha+|hehe+|lol)\b)|"
    # "Was London cold for Núria?" / "Is it true that it snows in Lesotho in winter?": a place's weather
    r"^(?:and\s+)?(?:was|is|were|are) (?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)? (?:too\s+|very\s+|really\s+)?(?:cold|warm|hot|chilly|rainy|sunny|freezing)\b[^?]{0,25}\W*$|"
    r"\bit\s+(?:really\s+|also\s+)?(?:snows|rains|freezes)\s+(?:in|there|here|over)\b|"
    # banter: "Do you guys ever sleep?", "It will be a busy December, but when is it ever not?",
    # "Are you all coming down for Sugar Mas?", "And who is bringing the beignets on Friday?"
    r"\bdo (?:you|you guys|you all|you people|they) ever (?:sleep|rest|stop|switch off|take a (?:break|day off))\b|\bwhen is it ever not\b|"
    r"\bare you (?:all |guys |both )?coming (?:down|over|up|home|along) for (?:the\s+)?(?-i:[A-Z])|"
    r"\bwho(?:'s| is) (?:bringing|baking|making) (?:the |some )?(?:beignets|cake|cakes|biscuits|cookies|doughnuts|donuts|pastries|snacks|pizza|"
    r"sweets|chocolates?|croissants|samosas|empanadas|baleadas|chipa|coffee|tea|drinks|beer|wine|treats|buns|muffins|brownies)\b",
    re.IGNORECASE,
)
_INFO_STATEMENT = re.compile(
    # ("I wanted to ask if you already worked with Bolivian tour operators." / "We would like to
    # know how long the development takes.": asked without the question mark)
    r"^(?:(?:i|we)\s+(?:wanted|want|would\s+like|'d\s+like|would\s+also\s+like)\s+to\s+(?:ask(?:\s+you)?|know)\s+(?:if|whether|when|what|which|who|how|where)\s+(?!you\s+(?:are|were)\s+(?:ok|okay|fine|well|happy)\b)\S|"
    r"(?:please\s+|pls\s+|kindly\s+)?(?:confirm\b|let (?:me|us) know (?:please\s+)?(?:when|what|which|whether|who|how|where|the|your)\b|"
    r"tell me (?:when|what|which|whether|who|how|where)\b|advise (?:when|what|which|whether|who|how|where)\b|"
    r"let (?:me|us) know (?:please\s+)?(?:if|whether) (?!you\b|you'd\b|you're\b|there's anything|anything|i\b|i've\b|i'm\b|we\b|we've\b|there is anything|any)"
    # ("Let me know if the link doesn't work.": help offered, nothing asked)
    r"(?!(?:the\s+)?(?:link|links|file|files|attachment|it|access|login|password|invite)\s+(?:doesn't|does not|don't|won't|isn't|fails?)\b)\S))",
    re.IGNORECASE,
)


_TOPIC_LEAD = re.compile(
    # (a topic ends at its comma, not beyond its colon: "For the third guide: do we ask Dóra, or ...?")
    r"^(?:for|about|regarding|re|on|as for|as to|as regards|concerning|with regard to|with respect to)\s+(?:the\s+)?[^,?:]{2,40},\s*|"
    # "for EVT do you need conformal coating ...?": a short topic, no comma, then the question
    r"^(?:for|about|regarding|on|in|at)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?=(?:do|does|did|is|are|can|could|would|will|should|shall)\s)",
    re.IGNORECASE,
)
_CONFIRM_TAG = re.compile(
    r"(?:,|\s[—–-])\s*(?:if (?:that|this)(?:'s| is| works| would work| suits)|(?:is|would) (?:that|this)(?: be)?|(?:does|would) (?:that|this)"
    r"(?: time| date| day)? (?:work|suit)|(?:that|this)|ok)\s*(?:ok|okay|alright|all right|fine|good|possible|convenient|"
    r"(?:for|with) you|(?:for|with) you guys|for everyone)?(?:\s+(?:for|with)\s+(?:you|everyone|you all|both of you))?\s*\?\s*$",
    re.IGNORECASE,
)


_WONDERING = re.compile(r"^(?:i|we)(?:'m| am| was| were|'re| are)\s+(?:also\s+|just\s+)?wondering\b[^?]*?\b(?:whether|if)\s+(?P<q>[^?]{6,})",
                        re.IGNORECASE)
_RELAY = re.compile(r"\b(?:tell|let)\s+(?!(?:me|us)\b)(?:the|your|him|her|them|everyone|everybody|(?-i:[" + NAME_CAPITALS + r"])[\w'-]+)\b[^?]{0,60}?"
                    r"\b(?:not to|to|that)\s", re.IGNORECASE)
_INFO_VERB = re.compile(r"\b(?:confirm|tell|advise|clarify|specify)\b", re.IGNORECASE)
_PROPOSAL = re.compile(r"\b(?:will|'ll|can|could|shall|going to|plan to|propose|suggest|would like to|'d like to)\b", re.IGNORECASE)


_MOVE_ASK = re.compile(r"^(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?have\s+(?:till|until|up\s+to)\b|"
                       # ("Can I have till Monday 23rd for the 15?": more time asked for, a new date)
                       r"^(?:is\s+(?:it\s+)?possible\s+to|would\s+it\s+be\s+(?:possible|ok(?:ay)?)\s+to|(?:can|could|may|shall)\s+(?:we|i)|"
                       r"is\s+it\s+ok(?:ay)?\s+(?:if\s+we|to))\s+(?:please\s+)?(?:move|push|shift|postpone|reschedule|bring\s+forward|delay|"
                       r"say|make\s+it)\b.*\b(?:to|till|until|instead|for|on)\b|"
                       # "Would it be OK for you if we send the draft on Wednesday 25 November instead of the 20th?"
                       r"^(?:would|will|is)\s+it\s+be\s+(?:ok(?:ay)?|fine|alright|possible)(?:\s+(?:for|with)\s+you)?\s+(?:if\s+(?:we|i)|to)\b.*"
                       r"\b(?:instead\s+of|rather\s+than)\b", re.IGNORECASE)
# ("Just checking in - any update on the product photos?" still asks when it will come: our
# labelled set counts it; "any news on ..." chases the work)
_CHASER = re.compile(r"^any\s+news\s+(?:on|from|about|regarding|re)\b[^?]{0,60}\?\s*$", re.IGNORECASE)
# "Recipes should have metric measures only, or metric and imperial?" / "In the lapsed donors,
# we include the ones that gave in 2021, or only from 2022?": a statement with its other side asked
# ("Wishing you all a good weekend, or should I say trevlig helg?" is a greeting)
_COMMA_OR_ASK = re.compile(r"^(?!(?:wishing|wish|have\s+a|enjoy|happy|merry|good\s+luck|congrat)\w*\b)[^?]{8,160},\s+or\s+(?!(?:not|no|else|so)\b)[^,?]{2,60}\?\s*$",
                           re.IGNORECASE)
_STATED_EITHER_OR = re.compile(r"^[\w' -]{2,40}?\s+(?:is|are)\s+[^?,]{1,40}\s+or\s+[^?,]{1,40}\?$", re.IGNORECASE)
# ("Please kindly advise." / "Kindly confirm receipt.": courtesy closing a mail, nothing open)
_BARE_ADVISE = re.compile(r"^(?:please|pls|kindly)(?:\s+kindly)?\s+(?:advise|revert|let\s+(?:us|me)\s+know|(?:confirm|acknowledge)\s+(?:the\s+)?receipt"
                          r"(?:\s+of\s+(?:this|the|my|our)\s+(?:e-?mail|mail|message|documents?|files?))?)\s*(?:[,;.!:]|$)", re.IGNORECASE)
_BARE_EITHER_OR = re.compile(r"^[\w.+&/'-]+(?:\s+[\w.+&/'-]+){0,6}\s+or\s+[\w.+&/'-]+(?:\s+[\w.+&/'-]+){0,6}\s*\?$", re.IGNORECASE)
_DECLARATIVE_ASK = re.compile(r"^(?:(?:at|in|on|for|from)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?=there\s+(?:is|are)\b))?"
                              # "at the hotel there is a forklift available, or we must palletize ...?"
                              r"(?:we|we're|we'll|you|you're|you'll|you've|they|they're|it|it's|this|that|the|our|your|there)\s+\S",
                              re.IGNORECASE)


# "Please tell Don Manuel we are honoured." / "..., and please tell your cousin we may take him up
# on his offer": a message to pass on, nothing asked of the reader
_PASS_ON = re.compile(r"^(?:[^,;]{2,60},\s+)?(?:and\s+)?(?:please\s+)?(?:tell|let)\s+(?!(?:me|us)\b)"
                      r"(?:your\s+[\w'-]+|(?:(?:don|doña|dona|mr\.?|mrs\.?|ms\.?|dr\.?)\s+)?(?-i:[" + NAME_CAPITALS + r"])[\w'-]+(?:\s+(?-i:[" + NAME_CAPITALS + r"])[\w'-]+)?)"
                      r"\s+(?:that\s+)?(?:we|i|it|they)(?:'re|'m|'s|\s+(?:are|am|is|will|were|was|have|had|can|may|might))\b[^?]*$",
                      re.IGNORECASE)
# "How about Friday 13 November at 09:00 our time, 17:00 yours?": a day put up, no question
_HOW_ABOUT_A_DAY = re.compile(r"^(?:so\s+)?(?:how|what)\s+about\s+(?:(?:on|this|next)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|\d)"
                              r"[^?]{0,60}\?\s*$", re.IGNORECASE)


def _question(sentence: str, frame: Frame, *, info_request: bool) -> QuestionItem | None:
    text = sentence.strip()
    vocative, skip = sentence_vocative(text, frame.index)
    body = text[skip:].strip()
    if _PASS_ON.match(body) or _HOW_ABOUT_A_DAY.match(body):
        return None
    asked = body.rstrip(" )\"'").endswith("?")
    candidate = _QUESTION_PREFIX.sub("", body)
    if asked and not info_request and not _QUESTION_START.match(candidate):
        # "For the photos, is possible to ...?" / "Regarding the invoice, did you ...?"
        candidate = _TOPIC_LEAD.sub("", candidate)
    if asked and not info_request and not _QUESTION_START.match(candidate):
        # "Just checking in - any update on X?" / "Quick one: do you ...?"
        # (the first part that reads as a question, to the end: "... at kick-off: who should
        # the invoice go to - you, or someone in finance?")
        cuts = [m.end() for m in re.finditer(r"\s[—–-]\s|:\s", candidate)]
        rests = [_QUESTION_PREFIX.sub("", candidate[cut:].strip()) for cut in cuts]
        # ("One question from our side: for EVT do you need ...?": a topic after the colon)
        rests = [r if _QUESTION_START.match(r) else _TOPIC_LEAD.sub("", r) for r in rests]
        candidate = next((r for r in rests if _QUESTION_START.match(r)), rests[-1] if rests else candidate)
    if asked and not info_request and not _QUESTION_START.match(candidate):
        # "Oh, and while I think of it, do you think the jacaranda will cope?"
        for m in re.finditer(r",\s+", candidate):
            rest = _QUESTION_PREFIX.sub("", candidate[m.end():])
            if _QUESTION_START.match(rest) and len(rest.split()) >= 4:
                candidate = rest
                break
    wonder = _WONDERING.match(candidate)
    if wonder and asked:
        # "I was also wondering, and this is probably silly, whether we need a permit?"
        asked, candidate = True, "whether " + wonder.group("q")
    tag = _CONFIRM_TAG.search(candidate) if asked and not info_request and not _QUESTION_START.match(candidate) else None
    if tag and _PROPOSAL.search(candidate[: tag.start()]):
        # "Omar will come on Thursday at 8:30, if that's ok for you?" - a proposal put up
        # for a yes or no.
        return QuestionItem(capitalise(body), _asked_of(vocative, frame), "natural:confirm-tag", sentence)
    # (a long alternation, searched alternative by alternative, and a second time only
    # when a prefix was cut)
    if search_finds(_PLEASANTRY, candidate) or candidate != body and search_finds(_PLEASANTRY, body):
        return None
    if asked and _small_talk(candidate):
        return None
    if _MOVE_ASK.match(candidate) and find_dates(candidate, frame.ctx.sent_at, frame.ctx.author.tz, frame.ctx.author.date_order):
        # "Could we move the 3-minute film to Tuesday 1st December?": a new date proposed,
        # which the slip rules record; nothing is left open once it is agreed
        return None
    if len(candidate.split()) < 3:
        return None
    if asked and _CHASER.match(candidate):
        # "Any news on the P&Ls?" chases work already asked for; it opens no question
        return None
    if asked and (info_request or _QUESTION_START.match(candidate)):
        rule = "natural:info-request" if info_request else "natural:question"
    elif (asked and _DECLARATIVE_ASK.match(candidate) and len(candidate.split()) >= 4
          and (re.search(r",?\s+or\s+", candidate)
               or not re.search(r"\b(?:must|should|needs? to|has to|have to|maybe|perhaps)\b", candidate, re.IGNORECASE))):
        # "we keep it in the VO or we wait for the wethouder?" / "We're still on for Thursday?":
        # a statement put up with a question mark, as non-native and hurried writers ask
        rule = "natural:question"
    elif asked and (_BARE_EITHER_OR.match(candidate) or _STATED_EITHER_OR.match(candidate) or _COMMA_OR_ASK.search(candidate)):
        # "argo or flux for tillpoint?" / "datadog or self-hosted prometheus + grafana?" /
        # "Silicone feet colour is black or grey?"
        rule = "natural:question"
    elif _BARE_ADVISE.match(body):
        # "Kindly advise, we need to order the material.": the ask is the sentence before
        return None
    elif not asked and _RELAY.search(body):
        # "Please tell the teams not to worry about us": a word passed on, nothing asked
        return None
    elif not asked and (info_request and _INFO_VERB.search(body) or _INFO_STATEMENT.match(_QUESTION_PREFIX.sub("", body))):
        # "I need you to confirm the delivery address by Friday" / "Please confirm ..."
        rule = "natural:info-request"
    else:
        return None
    if (asked and frame.previous and _POINTS_BACK.match(candidate) and not frame.previous.rstrip().endswith(("?", ":"))
            and len(frame.previous.split()) <= 30):
        # "We have about 3,800 Yotpo reviews on the current site. Can we keep those, or do they
        # go away when we move?": what "those" are is the question's subject
        body = f"{frame.previous.strip()} {body}"
    return QuestionItem(capitalise(body), _asked_of(vocative, frame), rule, sentence)


# A question about a thing only pointed at: "Can we keep those ...?", "Do they come over?"
_POINTS_BACK = re.compile(r"^(?:(?:can|could|will|would|should|shall|do|does|did|is|are)\s+(?:we|you|i)\s+(?:still\s+|also\s+)?[a-z]+\s+"
                          r"(?:those|these|them)\b|(?:do|will|would|can|could|should|are)\s+(?:those|these|they)\s+[a-z]+"
                          # "... the branch paid a management fee of €186,000 to Valencia. Is this deductible in Ireland?"
                          r"|(?:is|was|would|will|does)\s+(?:this|that)\s+(?!(?:ok|okay|fine|alright|possible|correct|right|true)\b)[a-z]+"
                          # "... points expire after 12 months. Will the app apply the same rule automatically?"
                          r"|(?:can|could|will|would|should|does|do|is|are)\s+[^?]{0,40}?\bthe\s+same\s+(?:rule|logic|policy|limit|setting|approach|thing)\b)",
                          re.IGNORECASE)


# ---------------------------------------------------------------- entry point

# "Let me know which hero you prefer and I'll finalise everything by Tuesday": a question
# and a commitment that only share a sentence.
_ASK_THEN_COMMIT = re.compile(r"^(?P<ask>.+?)(?:,\s*|\s+)(?:and|then|so)\s+(?P<commit>(?:i|we)(?:'ll| will)\s+\S.*)$", re.IGNORECASE)


_AND_SO_IS = re.compile(r"^(?P<first>.{6,}?\s(?P<verb>is|are)\s+(?:now\s+)?(?P<state>attached|ready|done|finished|live|booked|sent|uploaded|signed|"
                        r"approved|confirmed|fixed|in the (?:shared\s+)?(?:drive|folder))\b.*?),?\s+and\s+so\s+(?:is|are)\s+(?P<np>[^,;]{2,60}?)\s*[.!]?$",
                        re.IGNORECASE)


_DISCLAIMER_SENTENCE = re.compile(r"\b(?:received this (?:e-?mail|message|communication|transmission) in error|if you are not the intended "
                                  r"(?:recipient|addressee)|intended (?:solely |only )?for the (?:use of the )?(?:named |intended )?"
                                  r"(?:recipient|addressee|individual))", re.IGNORECASE)


# "On Vipps: we have decided to add it in a second phase": a topic said first, which a decision's
# "it" stands for
_ON_TOPIC = re.compile(r"^(?:on\s+(?P<topic>(?:the\s+)?[^,:;.?!]{2,40}?)"
                       # ("Vipps: yes, ..., but we have decided to add it in a second phase")
                       r"|(?!(?:note|notes|ps|p\.s|fyi|nb|question|update|reminder|re|subject|decision|todo|action|next steps?)\s*:)"
                       r"(?P<bare>(?-i:[A-Z])[\w-]+(?:\s+[\w-]+){0,2}))\s*:\s+", re.IGNORECASE)
_NO_LEAD = re.compile(r"^no\s+(?P<thing>(?-i:[A-Z])[\w'’-]+(?:\s+[\w'’-]+){0,2})\s*[–—:]\s+", re.IGNORECASE)
# ("About pollock fillet carton: we decided to not include it in this project")
_VERB_IT = re.compile(r"^((?:Not\s+)?[A-Za-z][a-z]+)\s+(?:it|them)\b")
# "About Blue Lagoon, we decided the last day": what the decision is about, said first
_DECIDED_ABOUT = re.compile(r"^(?:about|regarding|re|as for|as to|concerning|with regard to|on the subject of)\s+(?:the\s+)?"
                            r"(?P<topic>[^,:;.?!]{2,50}?)\s*[,:]\s+", re.IGNORECASE)


# "Our first milestone: we'd like to see the label concepts by 11/13": a few words naming the
# topic, then the sentence
_LEAD_WORDS = re.compile(r"^(?P<lead>(?:[\w'-]+\s+){0,3}[\w'-]+)\s*:\s+(?P<rest>\S.{8,})$")
_NAMES_AN_ITEM = re.compile(r"\b(?:questions?|decisions?|decided|answers?|agreed|note|noted|update|fyi|ps|p\.s)\b", re.IGNORECASE)


# "Homepage design - we would like to see it until Friday 13.11.": a topic of a few words, a
# colon or a dash, and the sentence that calls it "it"
_TOPIC_THEN_IT = re.compile(r"^(?P<topic>(?!(?:i|we|you|they|he|she|it|this|that|and|but|so|also)\b)"
                             r"(?:[\w'-]+\s+){0,3}[\w'-]+)\s*(?::|\s[-–—])\s+(?P<rest>\S.{8,})$", re.IGNORECASE)
_WORK_ON_IT = re.compile(r"\b(?P<verb>see|send|share|have|get|need|receive|deliver|finish|review|check|approve|sign|prepare|upload)\s+it\b",
                         re.IGNORECASE)


def _topic_for_it(text: str) -> str | None:
    """The sentence after a topic lead, with the topic in place of the "it" its work is done on."""
    led = _TOPIC_THEN_IT.match(text) if may_match(_WORK_ON_IT, text) else None
    if (led is None or _NAMES_AN_ITEM.search(led.group("topic")) or any(c.isdigit() for c in led.group("topic"))
            # ("Friday: could you send it?" is when, not what)
            or re.search(r"\b(?:today|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|month)\b", led.group("topic"), re.IGNORECASE)):
        return None
    rest = led.group("rest")
    work = _WORK_ON_IT.search(rest)
    if work is None:
        return None
    topic = re.sub(r"^(?:about|regarding|re|as\s+for|concerning|on)\s+", "", led.group("topic"), flags=re.IGNORECASE)
    words = topic.split()
    if not re.match(r"(?:the|our|your|their|my)\b", topic, re.IGNORECASE):
        # ("Homepage design" is the homepage design; "Booking Manager" keeps its capitals)
        lower_rest = all(w[:1].islower() for w in words[1:])
        topic = "the " + (topic[:1].lower() + topic[1:] if lower_rest else topic)
    return f"{rest[:work.end('verb')]} {topic}{rest[work.end():]}"


def sentence_items(sentence: str, frame: Frame) -> list[Item]:
    """Items in one sentence; at most one kind per clause (several tasks are allowed)."""
    items = _sentence_items(sentence, frame)
    if not items and (led := _LEAD_WORDS.match(sentence.strip())) is not None and not _NAMES_AN_ITEM.search(led.group("lead")):
        # (only the work it asks for: a question or a decision after its lead has rules of its own)
        # ("2. Data: Rodrigo sends the piezometer readings this week": work on the record, restated)
        items = [replace(i, evidence=sentence) for i in _sentence_items(led.group("rest"), frame)
                 if isinstance(i, TaskItem) and match_known_task(i.title, frame.ctx.known_tasks) is None]
    if (not items or any(isinstance(i, TaskItem) and _VERB_IT.match(i.title) for i in items)) and (
            topic_it := _topic_for_it(sentence.strip())) is not None:
        # "2. Homepage design - we would like to see it until Friday 13.11.": "it" is the topic
        for_the_topic: list[Item] = [replace(i, evidence=sentence) for i in _sentence_items(topic_it, frame)
                                     if isinstance(i, TaskItem) and match_known_task(i.title, frame.ctx.known_tasks) is None]
        if for_the_topic:
            items = [i for i in items if not (isinstance(i, TaskItem) and _VERB_IT.match(i.title))] + for_the_topic
    if not items and (asked := foreign_question(sentence)) is not None:
        # between colleagues, in their own language: "Maeva, le disque des rushes, il est encore
        # au bureau ou tu l'as chez toi ?"
        who = frame.index.lookup(asked.name) if asked.name else frame.question_fallback
        items = [QuestionItem(asked.text, who, "natural:question-in-team-language", sentence)]
    elif not items and (decided := foreign_decision(sentence) or foreign_choice(sentence)) is not None:
        # "On part sur Flutter plutôt que sur du natif, parce qu'on n'a que six semaines ..."
        items = [DecisionItem(decided[0], decided[1], frame.ctx.author.email, "natural:decision-in-team-language", sentence)]
    if not any(isinstance(i, DecisionItem) for i in items):
        return items
    lead = _DECIDED_ABOUT.match(sentence.strip())
    if (on := lead or _ON_TOPIC.match(sentence.strip())) is not None:
        # ("On Vipps: we have decided to add it in a second phase": what "it" is, the lead says)
        said = on.group("topic") or on.group("bare")
        # (_DECIDED_ABOUT leaves an article before the topic out of it: "About the newsletter:")
        lead_in = on.string[: on.start("topic") if on.group("topic") else on.start("bare")]
        named = f"the {said}" if lead_in.lower().endswith("the ") else said
        items = [replace(i, summary=f"{m.group(1)} {named}{i.summary[m.end():]}")
                 if isinstance(i, DecisionItem) and (m := _VERB_IT.match(i.summary)) is not None else i for i in items]
    ruled_out = _NO_LEAD.match(sentence.strip())
    if ruled_out is not None:
        # "No Klarna – we've decided against buy-now-pay-later altogether": what is ruled out
        thing = ruled_out.group("thing")
        items = [replace(i, summary=f"No {thing}: {_uncap(i.summary)}")
                 if isinstance(i, DecisionItem) and not content_words(i.summary) & content_words(thing) else i for i in items]
    if lead is None:
        return items
    topic = lead.group("topic")
    # (a decision of a few words without the topic says only what was chosen: "The last day")
    return [replace(i, summary=f"{capitalise(topic)}: {_uncap(i.summary)}")
            if isinstance(i, DecisionItem) and len(i.summary.split()) <= 4 and not content_words(i.summary) & content_words(topic)
            else i for i in items]


def _sentence_items(sentence: str, frame: Frame) -> list[Item]:
    text = sentence.strip()
    if len(text) < 3 or may_match(_DISCLAIMER_SENTENCE, text) and _DISCLAIMER_SENTENCE.search(text):
        # (a legal footer the signature split missed asks nobody on the project for anything)
        return []
    m = _AND_SO_IS.match(text) if may_match(_AND_SO_IS, text) else None
    if m:
        # "the revised quote is attached (v2), and so is the crew list": the state twice
        return _clause_items(m.group("first"), frame) + _clause_items(
            f"{m.group('np')} {m.group('verb')} {m.group('state')}.", frame)
    m = _ASK_THEN_COMMIT.match(text) if may_match(_ASK_THEN_COMMIT, text) else None
    if m and _INFO_STATEMENT.match(_QUESTION_PREFIX.sub("", m.group("ask"))):
        return _clause_items(m.group("ask"), frame) + _clause_items(m.group("commit"), frame)
    m = _SECOND_CLAUSE.match(text)
    if m:
        # "the footer needs our ABN, and can the logo link home?" / "training will be two
        # sessions, and we'll run the first on Monday": two clauses, two kinds of item.
        # Kept only when both halves state something; else the sentence reads as one.
        first, second = _clause_items(m.group("first"), frame), _clause_items(m.group("second"), frame)
        if first and second:
            return first + second
    return _clause_items(text, frame)


_SECOND_CLAUSE = re.compile(
    r"^(?P<first>.{12,}?),\s*(?:and|but|plus)\s+(?P<second>(?:(?:can|could|would|will|is|are|do|does|did)\s+(?:you|we|the|our|your|it|this|that|they)\b.*\?"
    r"|(?:i|we)(?:'ll|\s+will|'re going to|\s+are going to)\s+\S.*"
    # ("Fernando will send you the schedule on Thursday, and the budget breakdown you will have from me on Monday")
    r"|(?:the|our|my)\s[^,;]{1,60}?\syou(?:'ll|\s+will)\s+(?:have|get|receive)\s+from\s+(?:me|us)\b.*"
    # ("I'll send you our proposal for the grid by Wednesday, and you'll have the final PDFs on Tuesday 8 December")
    r"|you(?:'ll|\s+will)\s+(?:have|get|receive)\s+(?:the|our|my|all|both)\s.*"
    # "the date picker should default to today, and the matter field needs to accept letters"
    r"|(?:the|our|your|each|every|all)\s[^,;]{1,50}?\s(?:should|needs? to|must|has to|have to)\s.*))$",
    re.IGNORECASE,
)


_SLIP_ASK = re.compile(
    # "The UAT environment is frozen on Wednesday 11th for a security patch, so could we move ..."
    r"^(?:(?P<topic>[^,?]{0,30})[,–—-]\s*|[^?]{10,200}?,\s*so\s+)?(?:can|could|may|would it be (?:ok|okay|possible|alright) (?:to|if we)|is it (?:ok|okay|possible|alright) (?:to|if we))\s+"
    r"(?:we\s+|i\s+)?(?:please\s+)?(?P<rest>(?P<verb>push|move|shift|bump|postpone|delay|reschedule|prepone|bring forward|move up|"
    # "Can we pass it to 26/11?" (Portuguese "passar para")
    r"pass(?=\s+(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+to\s+(?:the\s+)?\d))\b\s*(?P<obj>.*?)"
    r"\s+(?:back\s+|forward\s+)?(?:to|until|till)\s+(?P<target>[^?]{1,40})\?)\s*$",
    re.IGNORECASE,
)
# "Can we do Tuesday instead for the menu + bio?" / "Could I have until Friday?"
_SLIP_ASK_TIME = re.compile(
    r"^(?:(?P<topic>[^,?]{0,30})[,–—-]\s*)?(?:(?:can|could|may)\s+(?:we|i)\s+(?:please\s+)?(?:do|have|get|say)\s+(?:until\s+|till\s+)?|"
    # "Would it be possible to have until Thursday 19th for the storyboard comments?"
    r"(?:(?:would|will|is)\s+it\s+be\s+(?:possible|ok|okay|alright)\s+(?:for\s+(?:me|us)\s+)?to|is\s+it\s+(?:possible|ok|okay)\s+to)\s+"
    r"(?:have|get)\s+(?:until|till)\s+)"
    # ("Can we get cut 2 by Thursday?" asks for the work by a date, not for more time)
    r"(?P<target>(?![^?]*\bby\s)[^?]{2,30}?)(?:\s+instead)?(?:\s+for\s+(?P<obj>[^?]+?))?\s*\?\s*$",
    re.IGNORECASE,
)
# "Could we make the drop-off Thursday 12th instead?" / "Would Thursday 19 November be
# acceptable instead?" / "..., can we say Wednesday the 11th instead?"
_SLIP_ASK_INSTEAD = re.compile(
    r"^(?:(?P<topic>[^?]{0,160}?)(?:,|\s[–—-])\s*(?:so\s+)?)?(?:would|could|can|shall|may|(?:is|would) it be possible to|is it possible to)\s+"
    # ("Could we call Mesquite finished on Tuesday the 24th instead?" calls nobody)
    r"(?!(?:we\s+|i\s+|you\s+)?(?:meet|talk|call(?!\s+(?:it|the\s+[\w-]+|[" + NAME_CAPITALS + r"][\w-]*)\s+(?:finished|done|complete|completed)\b)|"
    r"chat|speak|catch up|hop on|jump on|do a call|have a call|have the call|do the call)\b)"
    r"(?:we\s+|i\s+)?(?:(?:make|say|do|move|have|go for|deliver|send|ship|present|call)\s+)?"
    r"(?:(?P<obj>it|that|this|the\s+(?!\d)[\w-]+(?:\s+[\w-]+)?)\s+)?(?P<target>[^?]{2,40}?)\s+(?:be\s+(?:acceptable|ok|okay|fine|possible|alright)\s+)?"
    # "could we say Wednesday the 18th instead of the 13th?"
    r"instead(?:\s+of\s+(?P<instead_of>[^?]{2,40}?))?\s*\?\s*$",
    re.IGNORECASE,
)
_FROM_DATE = re.compile(r"\s+from\s+(?P<old>[^,;]{3,40})$", re.IGNORECASE)
_TOPIC_WORDS = re.compile(r"^(?:about|regarding|re|on|for|as for|as to|concerning)\s+", re.IGNORECASE)


# "could we send you the wireframes on Tuesday, 17 November instead of this Thursday?"
_SLIP_ASK_OWN = re.compile(
    r"(?:^|[:,–—-]\s*)(?:(?:so|and|but)\s+)?(?:(?:could|can|may)\s+(?:we|i)\s+(?:please\s+)?(?:instead\s+)?|"
    # "Would it be OK if I sent you the list on Friday 20th instead of this Friday?"
    r"would\s+(?:it|you|that)\s+be\s+(?:ok|okay|alright|possible|fine)\s+(?:(?:for|with)\s+you\s+)?(?:if|for)\s+(?:we|i|me|us)\s+(?:to\s+)?)"
    r"(?P<vp>(?:send|sent|deliver|delivered|share|shared|get|got|have|had|finish|finished|submit|submitted|hand over|handed over|put|release|ship|"
    # "can I come back to you with sign off by Friday instead?"
    r"present|presented|do|did|(?:come|get) back to you with)\s+.+?)(?:\s+(?:instead of|rather than)\s+(?P<old>[^?]{2,40}))?\?\s*$", re.IGNORECASE)
# "Would Monday 30 November work for the rough cut instead of Wednesday the 25th?"
# "Is it fine for you if we deliver the storyboard on Wednesday 18/11?" / "Do you mind if we send
# it on Wednesday 18 November?"
_SLIP_ASK_POLITE = re.compile(
    r"(?:^|[:,–—-]\s*)(?:(?:so|and|but)\s+)?(?:is\s+(?:it|that)\s+(?:ok|okay|alright|fine)\s+(?:(?:for|with)\s+you\s+)?|(?:do|would)\s+you\s+mind\s+)if\s+(?:we|i)\s+"
    r"(?P<vp>(?:send|deliver|share|get|have|finish|submit|hand over|release|ship|present)\s+.+?)(?:\s+(?:instead of|rather than)\s+(?P<old>[^?]{2,40}))?\?\s*$",
    re.IGNORECASE)
# "How about Wednesday 18/11 for the storyboard?"
_SLIP_ASK_HOW_ABOUT = re.compile(r"^(?:(?:and|so|also)[,]?\s+)?(?:how|what)\s+about\s+(?P<target>[^?]{3,40}?)\s+for\s+(?P<obj>(?:the|our|your)\s+[^?]{2,60}?)\s*\?\s*$",
                                 re.IGNORECASE)
_ING_BASE = {"moving": "move", "pushing": "push", "shifting": "shift", "postponing": "postpone", "delaying": "delay"}
# "What do you think about moving the storyboard to 18.11.?"
_SLIP_ASK_ING = re.compile(r"^(?:(?:and|so|also)[,]?\s+)?(?:what\s+do\s+you\s+think\s+(?:about|of)|how\s+about|what\s+about|(?:do|would)\s+you\s+mind)\s+(?:us\s+)?"
                           r"(?P<verb>moving|pushing|shifting|postponing|delaying)\s+(?P<rest>.+?\s+(?:back\s+)?(?:to|until|till)\s+[^?]{1,40}\?)\s*$",
                           re.IGNORECASE)
_SLIP_ASK_DATE_FIRST = re.compile(
    r"^(?:(?:and|so|also)\s+)?(?:would|could|does|will)\s+(?P<target>[^?]{3,40}?)\s+(?:work|be ok|be okay|suit you|be fine|be acceptable|be alright)\s+(?:for\s+(?:you\s+)?(?:for\s+)?)?"
    r"(?P<obj>(?:the|our|your)\s+[^?]{2,60}?)(?:\s+instead(?:\s+of\s+(?P<old>[^?]{2,40}))?)?\?\s*$", re.IGNORECASE)


def task_due_on(old: str, tasks: Sequence[KnownTask], ctx: ExtractionContext,
                words: frozenset[str] | None = None) -> KnownTask | None:
    """The one task of ``tasks`` due on the date ``old`` names ("rather than last Friday",
    "from Friday the 13th"), sharing one of ``words`` with its title when they are given."""
    # (the phrase is known to name a date: "instead of 10/11" needs no cue word)
    was = find_dates(old, ctx.sent_at, ctx.author.tz, ctx.author.date_order, numeric_needs_cue=False)
    if not was:
        return None
    # ("the delivery" names "Have the signs delivered": every word of the title counts here)
    due_then = [t for t in tasks if t.due == was[0].value
                and (words is None or shares_a_word(words, frozenset(re.findall(r"[a-z]+", t.title.lower()))))]
    return due_then[0] if len(due_then) == 1 else None


def _asked_own_slip(ask: re.Match[str], text: str, frame: Frame) -> StatusChange | None:
    """The writer asks to deliver their own work later: a slip of that task to the new date."""
    ctx = frame.ctx
    author = ctx.author
    vp = ask.group("vp")
    new = find_dates(vp, ctx.sent_at, author.tz, author.date_order)
    if not new:
        return None
    own = [t for t in ctx.known_tasks if t.owner in (None, author.email)]
    title = make_title(vp, ctx.sent_at, author.tz, author.date_order)
    task = match_known_task(title, own) or match_task_hint(re.sub(r"^\S+\s+(?:(?:you|us|them)\s+)?", "", title), own)
    if task is None and ask.group("old"):
        named = content_words(title) - {"send", "share", "get", "have", "finish", "submit", "present"}
        pronoun = not named or _PRONOUN_OBJECT.match(title.split(None, 1)[-1])
        task = task_due_on(ask.group("old"), own, ctx, None if pronoun else named)
    if task is None and not ask.group("old"):
        # "Can we instead send the documents to MTN on Tuesday 17th?": the writer's one dated task
        mine = [t for t in ctx.known_tasks if t.owner == author.email and t.due is not None]
        task = mine[0] if len(mine) == 1 else None
    if task is None:
        return None
    return StatusChange(task.id, None, None, new[-1].value, None, False, "natural:delay", text)


# "Latest 27/11 can?" / "Monday 16/11 ok?": a terse writer proposing the day for their own work
_TERSE_DATE_ASK = re.compile(r"^(?:(?:so|then)\s+)?(?:latest|at the latest|by)?\s*(?P<target>[\w/.\s]{2,25}?)\s+(?:can|ok|okay|possible|fine|alright)\s*\?$|"
                             # "Bit of bad news on the photos sorry - our photographer's been crook all
                             # week. Would Wed 18th still work for you guys?"
                             r"^(?:(?:so|then)[,]?\s+)?(?:would|will|could|does|do)\s+(?P<target2>[\w/.\s]{2,25}?)\s+(?:still\s+)?"
                             r"(?:work|suit|be\s+(?:ok|okay|fine|alright|possible))(?:\s+(?:for|with)\s+(?:you|you guys|you all|y'all|everyone|both of you))?\s*\?$",
                             re.IGNORECASE)


def _terse_date_ask(text: str, frame: Frame) -> StatusChange | None:
    m = _TERSE_DATE_ASK.match(text.strip())
    if m is None:
        return None
    ctx = frame.ctx
    dates = find_dates(m.group("target") or m.group("target2"), ctx.sent_at, ctx.author.tz, ctx.author.date_order, numeric_needs_cue=False)
    if len(dates) != 1 or dates[0].value <= local_today(ctx.sent_at, ctx.author.tz):
        return None
    mine = [t for t in ctx.known_tasks if t.owner == ctx.author.email and t.due is not None and t.id in ctx.thread_tasks]
    label = re.match(r"^(?P<label>[^:–—-]{2,40}?)\s*(?:\s[–—-]|:)\s", frame.lead or frame.previous or "")
    if label is not None:
        # "Vehicle list - the new prime movers only get their plates next week ... Latest 27/11 can?"
        # ("Bit of bad news on the photos sorry - ...": the thing the news is about)
        about = re.search(r"\b(?:on|about|with|re|regarding)\s+(?P<np>(?:the|your|our|my)\s+[\w' -]{2,30}?)(?:\s+(?:sorry|i'm afraid|unfortunately))?$",
                          label.group("label"), re.IGNORECASE)
        named = match_task_hint(label.group("label"), mine) or (match_task_hint(about.group("np"), mine) if about else None)
        mine = [named] if named is not None else []
    if len(mine) != 1:
        return None
    return StatusChange(mine[0].id, None, None, dates[0].value, None, False, "natural:delay", text)


_PROPOSE_OWN = re.compile(
    r"(?:^|[:,;–—-]\s*)(?:(?:so|and|but|therefore)\s+)?(?:i|we)\s+(?:would\s+)?(?:propose|suggest|would like|'d like|prefer)\s+to\s+"
    r"(?P<vp>(?:send|deliver|share|submit|hand over|present|finish|issue)\s+.+?)\s+(?:instead of|rather than)\s+(?P<old>[^?]{2,40}?)[.!]?\s*$",
    re.IGNORECASE)
# "Would it be OK if the first round came to you on Tuesday the 17th instead?"
_SLIP_ASK_THING = re.compile(
    r"^(?:[^?]{0,160}?(?:,|\s[–—-])\s*(?:so\s+)?)?(?:(?:would|will)\s+(?:it|that)\s+be|is\s+(?:it|that))\s+(?:ok|okay|alright|all right|fine|possible)"
    r"(?:\s+(?:for|with)\s+you)?\s+if\s+(?P<obj>(?:the|our|my)\s+[^?]{2,40}?)\s+(?:came|come|comes|went|arrived|arrives|reached you|got to you|landed)"
    r"(?:\s+(?:through|over|across))?\b"
    r"(?:\s+(?:to|with)\s+(?:you|your\s+\w+))?\s+(?P<target>[^?]{2,40}?)(?:\s+instead(?:\s+of\s+(?P<old>[^?]{2,40}?))?)?\s*\?\s*$",
    re.IGNORECASE)


def _asked_thing_slip(ask: re.Match[str], text: str, frame: Frame) -> StatusChange | None:
    """The writer asks for their own deliverable to arrive later: a slip of that task."""
    ctx = frame.ctx
    author = ctx.author
    new = find_dates(ask.group("target"), ctx.sent_at, author.tz, author.date_order)
    if not new:
        return None
    own = [t for t in ctx.known_tasks if t.owner in (None, author.email)]
    task = match_known_task(ask.group("obj"), own) or match_task_hint(ask.group("obj"), own)
    if task is None:
        return None
    return StatusChange(task.id, _clean_hint(ask.group("obj")), None, new[0].value, None, False, "natural:delay", text)


def _asked_date_first(ask: re.Match[str], text: str, frame: Frame) -> StatusChange | None:
    """"Would Monday 30 November work for the rough cut instead of Wednesday the 25th?": the
    named task's new date, asked for."""
    ctx = frame.ctx
    author = ctx.author
    new = find_dates(ask.group("target"), ctx.sent_at, author.tz, author.date_order)
    if not new:
        return None
    obj = ask.group("obj")
    task = match_known_task(obj, ctx.known_tasks) or match_task_hint(obj, ctx.known_tasks)
    if task is None:
        return None
    return StatusChange(task.id, _clean_hint(obj), None, new[0].value, None, False, "natural:delay", text)


def _asked_slip(slip: re.Match[str], text: str, frame: Frame) -> list[Item] | None:
    """The change a "can we move X to the 20th?" asks for, or None when it names no date.

    "it"/"that" points to the topic before the comma ("About the quote, could we move that
    to the 20th?"), else to the writer's only dated open task; failing both, the change is
    left for the sentence before it to claim (``extraction._follow_up``)."""
    ctx = frame.ctx
    author = ctx.author
    # ("move it to 26/11": the "to" before the target is the cue a bare number needs)
    dates = find_dates(slip.group("target"), ctx.sent_at, author.tz, author.date_order, numeric_needs_cue=False)
    if not dates:
        return None
    obj = (slip.group("obj") or "").strip()
    # "move the IRB submission from Friday the 13th to ...": the old date is not the work
    old_date = _FROM_DATE.search(obj)
    if old_date is not None:
        obj = obj[: old_date.start()].strip()
    topic = _TOPIC_WORDS.sub("", (slip.group("topic") or "").strip())
    if not topic:
        # "About the training of 24/11: this day we have the inventory count ... Can we pass it
        # to 26/11?": the paragraph's topic is what "it" is
        said_before = next((m for m in (_TOPIC_COLON.match(t) for t in (frame.previous, frame.lead) if t) if m), None)
        topic = said_before.group("topic") if said_before is not None else ""
    if not obj or _PRONOUN_OBJECT.match(obj) and len(obj.split()) == 1:
        obj = topic
    task = (match_known_task(obj, ctx.known_tasks) or match_task_hint(obj, ctx.known_tasks)) if obj else None
    if task is None and obj:
        # "... so the photos and headshots will be a bit late, can we say the 11th instead?":
        # the subject of the topic's last clause names the task
        last = re.split(r"\s+(?:so|and|but|because)\s+|,\s*", obj)[-1]
        subject = _HEAD_SUBJECT.match(last) or _WILL_BE.match(last)
        if subject is not None:
            task = match_task_hint(subject.group("subj"), ctx.known_tasks)
    if task is None and obj:
        # "the finish-and-ship date for the table": the thing the date is for
        for part in reversed(_HEAD_OF.split(obj)[1:]):
            task = match_task_hint(part, ctx.known_tasks)
            if task is not None:
                break
    if task is None and old_date is not None:
        task = task_due_on(old_date.group("old"), ctx.known_tasks, ctx)
    if task is None and slip.groupdict().get("instead_of"):
        # "could we say Wednesday the 18th instead of the 13th?": the task due on the 13th;
        # "could I send the deck on Monday instead of Friday?" only if it is the deck
        target = slip.group("target")
        for mention in reversed(dates):
            target = target[: mention.start] + target[mention.end:]
        # (the words of the slip's own object count; a topic clause before it only says why)
        said = (slip.group("obj") or "").strip()
        named = (content_words(target) | (set() if _PRONOUN_OBJECT.match(said) else content_words(said))) - {"say", "make", "do", "go"}
        task = task_due_on(slip.group("instead_of"), ctx.known_tasks, ctx, named or None)
        if task is None:
            return None
    if task is None and not obj:
        own = [t for t in ctx.known_tasks if t.owner == author.email and t.due is not None]
        # (of several, the one the thread is about)
        task = own[0] if len(own) == 1 else next((t for t in own if t.id == ctx.thread_task_id), None)
    if task is None and obj and not _PRONOUN_OBJECT.match(obj):
        return None
    return [StatusChange(task.id if task else None, _clean_hint(obj) if task else None, None, dates[0].value, None, False,
                         "natural:delay", text)]


# "Only thing so far: can the hours be bigger on the phone version?" / "could we make the
# logo smaller?": a change to the work, asked as a question
_CHANGE_ASK = re.compile(
    r"^(?:[^:?]{0,40}:\s+)?(?:(?:and|also|oh|but)\s*,?\s+)?(?:can|could)\s+(?:(?P<make>we|you)\s+(?:please\s+)?make\s+)?"
    r"(?P<np>(?:the|our|that|this|those|these)\s+[\w'&/.-]+(?:\s+[\w'&/.-]+){0,3}?)\s+(?(make)|be\s+(?:made\s+)?)"
    r"(?:(?:slightly|a bit|a little|much|even|way)\s+)?(?P<cmp>" + _COMPARATIVES + r")\b(?P<rest>[^?]{0,60})\?\s*$",
    re.IGNORECASE)


# "Diego, you buy the welcome kits for the three until Friday 13, ok?": an order put up for a yes
_YOU_DO_OK = re.compile(r"^you\s+(?:can\s+|could\s+|will\s+|also\s+)?(?P<vp>[a-z]+\s[^?]{3,}?),?\s+(?:ok|okay|right|yes|alright|agreed|fine)\s*\?\s*$",
                        re.IGNORECASE)


def _asked_of(vocative: str | None, frame: Frame) -> str | None:
    """Who a question (or an order put as one) is put to: the member named, else the mail's
    addressee."""
    return vocative if vocative and vocative != frame.ctx.author.email else frame.question_fallback


def _you_do_ok(text: str, frame: Frame) -> TaskItem | None:
    vocative, skip = sentence_vocative(text, frame.index)
    m = _YOU_DO_OK.match(text[skip:].strip())
    if m is None or _base_verb(m.group("vp").split(None, 1)[0], request=True) is None:
        return None
    ctx = frame.ctx
    author = ctx.author
    title = make_title(m.group("vp"), ctx.sent_at, author.tz, author.date_order)
    return TaskItem(capitalise(title), _asked_of(vocative, frame), pick_due(m.group("vp"), ctx.sent_at, author.tz, author.date_order),
                    "open", "natural:request", text)


def _change_asked(text: str, frame: Frame) -> TaskItem | None:
    vocative, skip = sentence_vocative(text, frame.index)
    m = _CHANGE_ASK.match(_QUESTION_PREFIX.sub("", text[skip:].strip()))
    if m is None:
        return None
    title = capitalise(" ".join(f"make {m.group('np')} {m.group('cmp')}{m.group('rest')}".split()))
    return TaskItem(title, _asked_of(vocative, frame), None, "open", "natural:change-ask", text)


# "T1 samples will send to Eindhoven on Nov. 13 by DHL express" / "The samples will be sent
# to you on Friday": the writer's own shipment, said of the thing
_PASSIVE_PROMISE = re.compile(
    r"^(?:\d{1,2}[.)]\s+)?(?P<thing>(?:(?:the|our|all|both)\s+)?(?!(?:it|they|this|that|these|those|we|i|you|he|she)\b)[\w-]+(?:\s+[\w-]+){0,4}?)\s+"
    r"(?:will|shall|'ll)\s+(?:be\s+)?(?P<verb>send|sent|ship|shipped|deliver|delivered|dispatch|dispatched|upload|uploaded|submit|submitted)\b"
    r"(?P<rest>[^?]*)$", re.IGNORECASE)
_PASSIVE_BASE = {"sent": "send", "shipped": "ship", "delivered": "deliver", "dispatched": "dispatch", "uploaded": "upload",
                 "submitted": "submit"}


def _passive_promise(text: str, frame: Frame) -> TaskItem | None:
    m = _PASSIVE_PROMISE.match(_SUBJECT_NOISE.sub("", text.strip()))
    if m is None or frame.index.lookup(m.group("thing")) or _NOT_YET.search(m.group("thing")):
        return None
    ctx = frame.ctx
    author = ctx.author
    due = pick_due(m.group("rest"), ctx.sent_at, author.tz, author.date_order)
    if due is None:
        return None
    verb = _PASSIVE_BASE.get(m.group("verb").lower(), m.group("verb").lower())
    title = make_title(f"{verb} {_uncap(m.group('thing'))}{m.group('rest')}", ctx.sent_at, author.tz, author.date_order)
    return TaskItem(capitalise(title), author.email, due, "open", "natural:commitment", text)


_DECIDED_LEAD = re.compile(r"^(?:(?:so|and|also|ok|okay|in the end),?\s+)?(?:we|i)(?:'ve|\s+have)?\s+(?:just\s+|now\s+|finally\s+|also\s+)?"
                           r"(?:decided|agreed|chosen|chose|opted)\b", re.IGNORECASE)


_ASK_AFTER_CHOICE = re.compile(r",\s+(?:and\s+)?(?:please|kindly)\s+(?!continue\b|proceed\b|go ahead\b|use\b|keep\b)[a-z]+\s", re.IGNORECASE)
# the rules that read a choice between ways (not an approval, which the done work already says)
_CHOICE_RULES = frozenset({"natural:going-with", "natural:decided", "natural:choose", "natural:instead-of", "natural:option",
                           "natural:preference", "natural:not-doing", "natural:replace", "natural:changed"})


# "Eleni asks if we could have until Tuesday 27 October for the concepts": an ask, reported
_REPORTED_ASK = re.compile(r"^(?:(?:so|and|also)[,]?\s+)?(?:(?-i:[" + NAME_CAPITALS + r"])[\w'-]+|i|we)\s+(?:asks?|asked|wonders?|wondered|would like to know|wants to know)\s+"
                           r"(?:you\s+)?(?:if|whether)\s+(?P<subj>we|i)\s+(?P<modal>could|can|may|might)\s+(?P<rest>[^?]{6,})$", re.IGNORECASE)


# A deliverable asked for in words the rules below do not read, said again as "We need <the
# thing> <by when>" (or, for "can I count on you to ...", as "could you ..."): "Would a first
# rough cut by 11/20 be realistic?" / "Is a first draft by Friday possible?" (whether it can be
# had); "What we need first from your side is a rough cut" / "The first thing the board wants to
# see is a homepage mock-up, before the end of next week" (what is needed, said as what it is);
# "We'd love to see the homepage mockups by Friday week" / "The board would like to see three
# logo directions at the latest on 20/11"; "Marcus, it would be great to receive from you the
# scans at the latest on 30/11"; "Delilah, your comments by Tuesday 1/12 would help us a lot".
# Only work with a day comes of it: the need rule records no undated need.
_DETERMINED = r"(?:a|an|the|your|our|all|some|both|two|three|four|five|six|\d+|" + _NAMES + r")\s"
_VOCATIVE_LEAD = r"(?P<voc>(?-i:[" + NAME_CAPITALS + r"])[\w'-]+(?:\s+(?-i:[" + NAME_CAPITALS + r"])[\w'-]+)?,\s+)?"
_FEASIBLE_ASK = re.compile(r"^(?:(?:and|so|also)[,]?\s+)?(?:would|will|is|could)\s+(?P<np>(?:a|an|the|your)\s+[^?,]{2,60}?)\s+"
                           r"(?P<when>(?:by|before|on|for)\s+[^?,]{2,30}?)\s+(?:be\s+)?(?:realistic|possible|feasible|doable|manageable|achievable)"
                           r"(?:\s+for\s+you(?:r\s+(?:side|team))?)?\s*\?$", re.IGNORECASE)
_COUNT_ON_YOU = re.compile(r"\b(?:can|could|may)\s+(?:i|we)\s+count\s+on\s+you\s+to\s+(?=[a-z]+\s)", re.IGNORECASE)
_NEED_SAID_OTHERWISE = re.compile(
    r"^" + _VOCATIVE_LEAD + r"(?:(?:and|so|also)[,]?\s+)?(?:" + _PURPOSE_FIRST + r")?(?:(?P<cleft>"
    r"what\s+(?:we|i)\s+(?:would\s+|will\s+|really\s+|most\s+)?need\s+(?:first\s+|most\s+|now\s+)?(?:from\s+(?:you|your\s+(?:side|team|end))\s+)?(?:is|are)"
    # ("Here's what I'd love to see first: three logo directions from your team, by Thursday the 12th")
    r"|(?:here's\s+|here\s+is\s+|this\s+is\s+)?what\s+(?:we|i)(?:'d|\s+would)\s+(?:love|like)\s+to\s+(?:see|have|get|receive)(?:\s+(?:first|next|from\s+you))?\s*(?::|\bis\b)"
    r"|the\s+first\s+thing\s+(?:(?:we|i)|(?:the|our|my)\s+[a-z]+|(?-i:[" + NAME_CAPITALS + r"])[\w'-]+)\s+(?:want|wants|would\s+like|need|needs)\s+to\s+(?:see|have|get)"
    r"(?:\s+from\s+(?:you|your\s+(?:side|team|end)))?\s+(?:is|are))"
    r"|(?:i|we|(?:the|our)\s+[a-z]+|(?-i:[" + NAME_CAPITALS + r"])[\w'-]+)(?:'d|\s+would)\s+(?:really\s+|also\s+)?(?:like|love)\s+to\s+(?:see|have|get|receive)"
    r"|it(?:'d|\s+would)\s+be\s+(?:great|good|helpful|ideal|nice|perfect|a\s+(?:huge|big|great)\s+help)\s+to\s+(?:receive|get|have|see)(?:\s+from\s+you)?"
    # "We would be grateful for your feedback by Tuesday 10/11"
    r"|(?:i|we)(?:'d|\s+would)\s+be\s+(?:very\s+|most\s+|really\s+)?(?:grateful|thankful)\s+for"
    # "We would be glad to receive a first treatment from you no later than Friday 6.11"
    r"|(?:i|we)(?:'d|\s+would)\s+be\s+(?:very\s+|most\s+|really\s+)?(?:glad|happy|grateful|pleased)\s+to\s+(?:receive|get|have|see)(?:\s+from\s+you)?"
    # "As first step we ask you kindly for a sitemap proposal until Friday 6.11."
    r"|(?:as\s+(?:a\s+|the\s+)?first\s+step,?\s+)?(?:we|i)\s+(?:would\s+)?(?:kindly\s+)?ask\s+you\s+(?:kindly\s+)?for"
    r")\s+(?P<np>" + _DETERMINED + r".+)$"
    r"|^" + _VOCATIVE_LEAD.replace("voc", "voc2") + r"(?P<np2>(?:your\s+|(?:a|an|the)\s+(?=[^,]{2,60}?\s(?:to|from)\s+(?:me|us|you)\s)"
    # ("A first homepage concept by Friday week would be ace": a first cut of the work)
    r"|(?:a|an)\s+(?=(?:first|rough|draft|revised|second|new)\s))[^,]{2,60}?\s+(?:by|before|until|at\s+the\s+latest)\s+[^,]{2,40}?)\s+would\s+(?:really\s+)?"
    # ("A rough dieline to me by Friday 27th would be ideal")
    r"(?:help(?:\s+us)?(?:\s+(?:a\s+lot|greatly|enormously|hugely))?|be\s+(?:ideal|perfect|great|brilliant|wonderful|fantastic|ace|awesome|amazing|much\s+appreciated))\b",
    re.IGNORECASE)


_FRONTED_YOULL_HAVE = re.compile(r"^(?:(?:and|so)\s+)?(?P<np>(?:the|our|my)\s+[^,;:]{2,60}?)\s+you(?:'ll|\s+will)\s+(?P<verb>have|get|receive)\s+"
                                 r"(?P<rest>from\s+(?:me|us)\b[^?]*)$", re.IGNORECASE)


_WHOSE = re.compile(_WHOSE_NAME + r"\s")
_HAVE_WHOSE = re.compile(r"(?:have|get|see|receive)\s+" + _WHOSE_NAME + r"\s", re.IGNORECASE)


def _whose_work(rx: re.Pattern[str], text: str, frame: Frame) -> str | None:
    """The member whose thing ``text`` starts by naming, as ``rx`` reads it ("Jean-Baptiste's
    translation ..."), or None."""
    whose = rx.match(text)
    return frame.index.lookup(whose.group("name")) if whose is not None else None
# ("... to see a first clickable prototype at our staff meeting on Friday 11.12": wanted in time
# for it)
_AT_A_MEETING_ON = re.compile(r"\bat\s+(?:our|the|your|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|call|review|workshop|presentation|board|committee)\s+on\s",
                              re.IGNORECASE)


def _said_otherwise(text: str, asked: bool) -> str | None:
    """``text`` said again in the words the rules read, when it asks for work in others."""
    if asked:
        if (m := _FEASIBLE_ASK.match(text.strip())) is not None:
            return f"We need {m.group('np')} {m.group('when')}."
        if (m := _COUNT_ON_YOU.search(text)) is not None:
            return text[: m.start()] + "could you " + text[m.end():]
        return None
    if (fronted := _FRONTED_YOULL_HAVE.match(text.strip())) is not None:
        # "the budget breakdown per shooting day you will have from me on Monday 9/11"
        return f"You will {fronted.group('verb')} {fronted.group('np')} {fronted.group('rest')}"
    m = _NEED_SAID_OTHERWISE.match(text.strip())
    if m is None:
        return None
    np = re.sub(r"^(?:A|An|The|Your)\b", lambda a: a.group(0).lower(), m.group("np") or m.group("np2"))
    if not m.group("cleft") and not _DEADLINE_BEFORE_DATE.search(np) and not _AT_A_MEETING_ON.search(np):
        # ("We'd like to have the meeting on Friday": when it is to happen, not a deliverable's
        # day; "What we need is ..." says it is needed)
        return None
    return f"{m.group('voc') or m.group('voc2') or ''}We need {np}"


# "Priya says she will send the photos by Friday" / "Tom reckons the edited photos will be
# with you by 4/12": a colleague's promise, passed on
_RELAYED_PROMISE = re.compile(
    r"^(?P<name>(?-i:[" + NAME_CAPITALS + r"])[\w'-]+)\s+(?:says|said|reckons|thinks|expects|confirms|confirmed|has\s+confirmed|promises|"
    r"promised|tells\s+me|told\s+me|tells\s+us|told\s+us)\s+(?:that\s+)?(?P<rest>(?P<pronoun>she|he|they)?\b.*?\b(?:will|'ll|can)\s+\S.*)$",
    re.IGNORECASE)


def _the_member_before(frame: Frame) -> str | None:
    """The member the sentence before is about ("Aline will share the photos by Friday.",
    "Martin is at a conference until today."), when it names no one else and is not the
    writer: whom a "she" or "he" that follows means."""
    if frame.previous is None:
        return None
    about = _NAMED_SUBJECT.match(frame.previous)
    who = frame.index.lookup(about.group("name")) if about is not None else None
    people = {e for e in (frame.index.lookup(re.sub(r"['’]s$", "", n))
                          for n in re.findall(r"\b[" + NAME_CAPITALS + r"][\w'’-]+", frame.previous)) if e}
    return who if who is not None and people == {who} and who != frame.ctx.author.email else None


def _relayed_promise(m: re.Match[str], text: str, frame: Frame) -> list[Item] | None:
    """What the colleague named will do, as theirs: nothing when the name is nobody's on the
    project (the writer promised nothing), and None, for the other rules, when what follows is
    not the colleague's ("Forecast says Tuesday is calmer so I'll get them to you on Tuesday",
    "Tom thinks we can launch on the 15th")."""
    who = frame.index.lookup(m.group("name"))
    if who is None and m.group("name").lower() in ("she", "he"):
        # ("Mata is editing the velvet photos. She reckons the edited photos will be with you
        # by 4/12")
        who = _the_member_before(frame)
        if who is None or m.group("pronoun"):
            return None
    rest = m.group("rest")
    if m.group("pronoun"):
        if who is None:
            return []
        return [replace(i, evidence=text) for i in _clause_items(f"{m.group('name')}{rest[len(m.group('pronoun')):]}", frame)]
    if who is None or not re.match(r"(?:the|her|his|their|its)\s", rest, re.IGNORECASE):
        return None
    return [replace(i, owner=who, rule="natural:commitment-other", evidence=text)
            if isinstance(i, TaskItem) and i.owner == frame.ctx.author.email and i.rule == "natural:commitment" else i
            for i in _clause_items(rest, frame)
            if not (isinstance(i, TaskItem) and i.owner == frame.ctx.author.email and i.rule != "natural:commitment")]


def _clause_items(text: str, frame: Frame) -> list[Item]:
    if len(text) < 3:
        return []
    asked = text.rstrip(" )\"'").endswith("?")
    ctx = frame.ctx
    foreign = foreign_request(text, ctx.sent_at, ctx.author.tz, ctx.author.date_order)
    if foreign is not None:
        owner = (frame.index.lookup(foreign.name) if foreign.name else None) or _request_owner(text, frame, False)
        return [TaskItem(foreign.title, owner, foreign.due, "open", "natural:request", text)]
    theirs = foreign_promise(text, ctx.sent_at, ctx.author.tz, ctx.author.date_order)
    if theirs is not None and theirs.name and (who := frame.index.lookup(theirs.name)) is not None:
        # "Aurélie vous enverra les photos HD des bouteilles le mercredi 11."
        return [TaskItem(theirs.title, who, theirs.due, "open", "natural:commitment-other", text)]
    mine = foreign_own_promise(text, ctx.sent_at, ctx.author.tz, ctx.author.date_order) if not asked else None
    if mine is not None:
        # "Je monte le formulaire dans Kobo d'ici mardi 17/11.", unless it is the writer's open
        # work said again, in their language (on its day, or on a new one)
        again = restated_task(mine.title, [t for t in ctx.known_tasks if (t.owner or "").lower() == ctx.author.email.lower()],
                              ctx.thread_tasks)
        if again is None:
            return [TaskItem(mine.title, ctx.author.email, mine.due, "open", "natural:commitment", text)]
        return [StatusChange(again.id, None, None, mine.due, None, False, "natural:known-task-date", text)] if again.due != mine.due else []
    relayed = _RELAYED_PROMISE.match(text.strip()) if not asked and may_match(_RELAYED_PROMISE, text) else None
    if relayed is not None and (passed_on := _relayed_promise(relayed, text, frame)) is not None:
        return passed_on
    said = _said_otherwise(text, asked)
    if said is not None:
        needed: list[Item] = [replace(item, evidence=text) for item in _clause_items(said, frame) if isinstance(item, TaskItem)]
        if needed:
            return needed
    reported = _REPORTED_ASK.match(text) if not asked and may_match(_REPORTED_ASK, text) else None
    if reported is not None:
        # (read as the ask itself, "Could we have until Tuesday 27 October for the concepts?",
        # and kept only when that moves a piece of work)
        said = f"{reported.group('modal').capitalize()} {reported.group('subj')} {reported.group('rest').rstrip(' .!')}?"
        reported_moves: list[Item] = [replace(i, evidence=text) for i in _clause_items(said, frame) if isinstance(i, StatusChange)]
        if reported_moves:
            return reported_moves
    if not asked and (proposed := _PROPOSE_OWN.search(text)) is not None:
        # "I propose to send the first batch on 17.11. instead of 13.11.": the writer moves
        # their own work, as an offer
        change = _asked_own_slip(proposed, text, frame)
        if change is not None:
            return [change]
    if asked and (terse := _terse_date_ask(text, frame)) is not None:
        return [terse]
    if asked:
        own = _SLIP_ASK_OWN.search(text)
        if own and (own.group("old") or re.search(r"\binstead\b", text, re.IGNORECASE)
                    # "The hit report will take a day longer, can I send it on Wednesday?"
                    or own.start() > 0 and _find_slip(text[: own.start()], frame) is not None):
            change = _asked_own_slip(own, text, frame)
            if change is not None:
                return [change]
        elif own is None and not re.search(r"\binstead\b", text, re.IGNORECASE) and (polite := _SLIP_ASK_POLITE.search(text)) is not None:
            # "Our animator is ill this week. Do you mind if we send it on Wednesday 18
            # November?": leave asked for a later day than the work's own
            change = _asked_own_slip(polite, text, frame)
            was = next((t.due for t in frame.ctx.known_tasks if change is not None and t.id == change.task_id), None)
            if change is not None and change.new_due is not None and was is not None and change.new_due > was:
                return [change]
        extension = _extension_asked(text, frame)
        if extension is not None:
            return [extension]
        first = _SLIP_ASK_DATE_FIRST.match(text) or _SLIP_ASK_HOW_ABOUT.match(text)
        if first:
            change = _asked_date_first(first, text, frame)
            if change is not None:
                return [change]
        thing = _SLIP_ASK_THING.match(text)
        if thing:
            change = _asked_thing_slip(thing, text, frame)
            if change is not None:
                return [change]
        slip = _SLIP_ASK.match(text) or _SLIP_ASK_TIME.match(text) or _SLIP_ASK_INSTEAD.match(text)
        if slip is None and (ing := _SLIP_ASK_ING.match(text)) is not None:
            # (the same ask as "could we move the storyboard to 18.11.?", read as that)
            said = f"Could we {_ING_BASE[ing.group('verb').lower()]} {ing.group('rest')}"
            moved = _asked_slip(slip, said, frame) if (slip := _SLIP_ASK.match(said)) is not None else None
            if moved is not None:
                return [replace(item, evidence=text) if isinstance(item, StatusChange) else item for item in moved]
        if slip:
            # "Can we push the homepage draft to the 18th?" - asking for a new date is a
            # slip (unconfirmed) of the task it names
            asked_slip = _asked_slip(slip, text, frame)
            if asked_slip is not None:
                return asked_slip
        # ("One question in advance: will you deliver the native files in Creo 9?" says what it is)
        tasks, info = _tasks(text, frame, question=True) if not _QUESTION_LABEL.match(text) else ([], False)
        if tasks:
            return list(tasks)
        asked_change = _change_asked(text, frame) or _you_do_ok(text, frame)
        if asked_change is not None:
            return [asked_change]
        question = _question(text, frame, info_request=info)
        return [question] if question else []
    changes = _changes(text, frame)
    if (changes and all(c.task_id is None and c.status is None for c in changes) and may_match(_DEC_CONTRAST, text)
            and _DEC_CONTRAST.match(text) and (decision := _decision(text, frame)) is not None and decision.rule == "natural:contrast"):
        # "We present the concepts as flat PDF mock-ups, not 3D renders: the renders would take
        # two extra days": one way taken over another, and what the other would cost
        return [decision]
    if changes and _DECIDED_LEAD.match(text) and all(c.task_id is None and c.status is None for c in changes):
        # "We decided to publish only the 201 this week, because the 302 will not be ready
        # until December": the decision leads; the lateness is its reason
        decision = _decision(text, frame)
        if decision:
            return list(_split_decision(decision))
    if changes:
        if (all(isinstance(c, StatusChange) and c.status == "done" for c in changes) and (decision := _decision(text, frame))
                and (decision.rule in _CHOICE_RULES or decision.rule == "natural:approved")):
            # "Here's our feedback: ... we're going with version B, because ...": the feedback
            # asked for is given, and what it says is a choice
            return [*changes, *_split_decision(decision)]
        return list(changes)
    decision = _decision(text, frame)
    if decision:
        ask = _ASK_AFTER_CHOICE.search(text)
        if ask is not None and ask.start() > 0:
            # "We go with version B, please send us the final files by Friday": the choice, then
            # the work it sets off
            set_off, _info = _tasks(text[ask.start():].lstrip(", "), frame, question=False)
            return [*_split_decision(decision), *set_off]
        return list(_split_decision(decision))
    tasks, info = _tasks(text, frame, question=False)
    if tasks:
        return list(tasks)
    promised = _passive_promise(text, frame)
    if promised is not None:
        return [promised]
    question = _question(text, frame, info_request=info)
    return [question] if question else []
