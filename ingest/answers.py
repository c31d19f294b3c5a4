"""Whether a reply answers an open question on its thread.

A reply from someone else on the thread does not answer every question asked there: "Could
you confirm the opening date?" stays open when the reply is about the materials board. A
reply answers a question when it takes up what the question is about (a content word of
the question, not a generic one like "confirm"), or when it opens with a yes or a no.
"""
from __future__ import annotations

import re

from ingest.task_matching import content_words

__all__ = ["answers", "answers_clearly", "asks_for_a_decision", "settles_request"]

# Words every question carries that say nothing about its subject.
_GENERIC = frozenset({
    "confirm", "know", "think", "let", "need", "want", "possible", "sure", "chance", "like", "help", "anything",
    "something", "able", "happy", "ok", "okay", "mind", "quick", "question", "wondering", "wonder", "thought",
    "please", "kindly", "advise", "tell", "share", "us", "me", "one", "way", "thing", "things", "time", "day", "week",
    "what", "when", "where", "who", "which", "why", "how", "whether", "there", "any",
    "prefer", "choose", "suggest", "recommend", "rather", "better", "best", "fine", "good",
})
_YES_OR_NO = re.compile(
    # ("Hi Thabo\n\nJa there is a CoC ..." / "Mr Pieter: yes, all 800 pcs ...")
    r"^(?:(?:hi|hello|dear|hey|hola|ol[aá]|hallo|hej|bonjour|ciao|salut|salam|namaste|kia ora|good (?:morning|afternoon|evening))\b[^\n,]*(?:,|\n)\s*|(?:(?:mr|ms|mrs|dr)\.?\s+)?[A-Z][\w'-]+\s*[,:]\s*|(?:about|re|on|regarding)\s+[^:,\n]{1,40}[:,]\s*)?(?:yes|yep|yeah|yup|ja|no(?!\s+(?:problem|problems|worries|rush|stress|hurry|need|change|changes|idea)\b)|nope|sure|correct|indeed|absolutely|definitely|of course|"
    r"unfortunately|not yet|we do|we don't|we can|we can't|it is|it isn't|it will|it won't|that works|confirmed|"
    # (in the languages teams write among themselves: "Oui, partis lundi", "Да, ...", "Nie, ...")
    r"oui|sí|sim|да|так|tak|ano|áno|igen|kyllä|jah|taip|evet|نعم|ναι|non(?!-)|nein|nee|нет|nie|não|nem|hayır|όχι|"
    r"good question|short answer|not necessarily|not really|not at all|it depends|depends)\b",
    re.IGNORECASE,
)
# "Danny, on prices: not necessarily." / "Kerry, yes, once the number comes through ...": a
# paragraph turned to one person answers what it takes up, even mid-reply; so does one
# headed by its topic alone ("On the voice-over: female, warm, ...")
_TOPIC = re.compile(r"(?:[A-Z][\w'-]+,\s+)?(?:on|about|re|regarding|as for|as to)\s+(?P<topic>[^:,.\n]{1,40})(?:[:–—]|\.\s)|"
                    r"[A-Z][\w'-]+,\s+(?:on|about|re|regarding|as for|as to)\s+(?P<topic2>[^:,\n]{1,40}),|"
                    # "2. USPTO (Jonas): not at this stage": questions taken in turn
                    r"\d{1,2}[.)]\s+(?P<topic3>[^:\n]{1,40}?)(?:\s*\([^()\n]{1,30}\))?:\s|"
                    # "Firdaus, for PHP we need at least 8.1.": the thing asked about, then the answer
                    r"[A-Z][\w'-]+,\s+(?:for|about|on|regarding)\s+(?P<topic4>(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)\s+(?:we|i|you|it|they|there)\b",
                    re.IGNORECASE)
_TURNED_TO = re.compile(r"(?:^|\n\s*\n)[ \t]*(?P<para>(?:[A-Z][\w'-]+,|(?:Mr|Ms|Mrs|Dr)\.?[ \t]+[A-Z][\w'-]+:|On|About|Re|Regarding|As for|As to)[ \t]+[^\n]+)|"
                        # ("- On the Book now button: yes, every email has one": a point of a list)
                        r"(?:^|\n)[ \t]*[-*•][ \t]+(?P<point>(?:[A-Z][\w'-]+,[ \t]+)?(?:[Oo]n|[Aa]bout|Re|[Rr]egarding|[Aa]s for|[Aa]s to)[ \t]+[^\n]+)|"
                        r"(?:^|\n)[ \t]*(?P<item>\d{1,2}[.)][ \t]+[^\n:]{1,40}:[ \t][^\n]+)")


# "Which venue would you like to go with?" / "Option 2 it is." - a choice answers a "which"
_WHICH = re.compile(r"\bwhich\b[^?]{0,60}\b(?:prefer|like|go with|choose|pick|feels?|best|rather|favou?rite|want|suits?|works?|"
                    r"correct|right|valid|applies|suggest|recommend|advise)\b|"
                    # "Which of the three directions should we develop further?" / "We go with concept B"
                    r"\bwhich\s+(?:one|way|option|version|route|direction|concept|design|layout|proposal|of\s+(?:the|these|those|them|our|your)\b)",
                    re.IGNORECASE)
_PICKED = re.compile(r"\b(?:let's go (?:with|for)|we(?:'ll| will)? go (?:with|for)|(?:we|i) (?:prefer|choose|pick|like)|"
                     # ("The Board prefers B.")
                     r"(?:the\s+\w+|(?-i:[A-Z])\w+)\s+(?:prefers|chose|picked|has\s+chosen|went\s+(?:for|with))\b|"
                     r"(?:we're|we are|i'm|i am) going (?:with|for)|(?:we|i)(?:'ve| have) (?:chosen|picked|gone for|gone with|gone)|"
                     r"(?:the )?(?:first|second|third|last|left|right|top|bottom) one\b|option [a-z0-9]\b|version [a-z0-9]\b)|"
                     # ("Tagline 2 it is, it sounds more local")
                     r"(?:^|[\n.!,:;]\s*)[\w'-]+(?:\s+[\w'-]+)?\s+it\s+is\s*(?:[.!—–]|,\s|\s-\s)|"
                     # "which foam density do you suggest?" / "For the seat we suggest HR foam 35 kg/m3"
                     r"\b(?:we|i)\s+(?:would\s+|'d\s+)?(?:suggest|recommend|advise)\s+(?!(?:a|that we|we)\s+(?:call|chat|meeting)\b)\S|"
                     # "Which frame rate is correct?" / "25p is correct, the PDF is old."
                     r"(?:^|[\n.!:;]\s*)[\w'.:-]+(?:\s+[\w'.:-]+)?\s+(?:is|are)\s+(?:the\s+)?(?:correct|right|valid)(?:\s+one)?\b",
                     re.IGNORECASE)
_WHO = re.compile(r"^(?:[^?]{0,40}[,:–—-]\s*)?who(?:m|'s)?\b", re.IGNORECASE)
_FULL_NAME = re.compile(r"\b[A-Z][a-z'-]+\s+(?:van\s+|de\s+|von\s+)?[A-Z][a-z'-]+\b")
# "Is the parking included in the rent?": what a yes/no question asks about (its head noun)
_SUBJECT_ASKED = re.compile(r"^(?:[^?]{0,40}[,:–—-]\s*)?(?:(?:where|when|how)\s+)?(?:is|are|will|does|do)\s+(?:the|your|our)\s+(?:[\w-]+\s+)??(?P<head>[a-z][\w-]{2,})\s+"
                            r"(?:included|covered|part|ready|available|free|extra|possible|still|also|in|on|at|for|be|need|include|cost|come)\b",
                            re.IGNORECASE)
# "Do we still have the 12.5 mm nozzle from the Aqualine project?" / "The nozzle is still in the lab"
_HAVE_ASKED = re.compile(r"^(?:[^?]{0,40}[,:–—-]\s*)?(?:do|does|did)\s+(?:we|you|they)\s+(?:still\s+|already\s+|actually\s+)?have\s+(?:the|a|an|any|our|your)\s+"
                         r"(?:[\w.-]+\s+){0,3}?(?P<head>[a-z][\w-]{2,})(?=\s+(?:from|for|of|in|at|on|with)\b|\s*\?)", re.IGNORECASE)
_WE_HAVE = re.compile(r"(?:yes,?\s+|no,?\s+)?(?:we|they|you|i)\s+(?:still\s+|do\s+|already\s+)?(?:have|don't\s+have|do\s+not\s+have|no\s+longer\s+have)\b",
                      re.IGNORECASE)
# ("Who will be our contact for the installation?" / "Jan will be your contact on site.")
_NAME_WILL = re.compile(r"(?:^|(?<=[.!]\s))(?!(?:We|I|It|This|That|They|There|You|He|She)\b)[A-Z][a-z'-]+\s+(?:will|'ll|is|can|does)\b", re.MULTILINE)


# "Javier, how long do you need for the three certificates?" / "Two days.": a question
# after an amount or a time, answered by a reply that opens with one
_HOW_MUCH = re.compile(r"^(?:[^?]{0,40}[,:–—-]\s*)?(?:how\s+(?:long|many|much|soon|often|big|large)|by\s+when|"
                       r"(?:do|does|did|will)\s+(?:we|you|they|i)\s+have\s+enough|(?:is|are)\s+there\s+enough|"
                       r"what\s+(?:time|date|day)|when(?!\s+(?:you|you've|you're)\s+(?:get|have|can|are|got)\b))\b", re.IGNORECASE)
_GREETING_LINE = re.compile(r"^(?:(?:hi|hello|dear|hey|morning|good (?:morning|afternoon|evening))\b[^\n]{0,40}|"
                            r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s*)[,!:]?\s*$", re.IGNORECASE)
_AMOUNT_FIRST = re.compile(
    r"^(?:(?:around|about|roughly|approx(?:\.|imately)?|~|maybe|probably|at least|at most|up to|max(?:imum)?|only|just|"
    r"realistically|honestly|i'd say|we'd say|i think|we think)\s*,?\s*)*"
    # (a number, not a date: "20 November is fine" answers no "how many")
    r"(?:[£$€~]?\d(?!\d*(?:st|nd|rd|th)?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)(?!\d*/\d)(?!\d*\.\d{1,2}\.)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|"
    r"a couple(?: of)?|a few|half an?|an?\s+(?:hour|day|week|month|fortnight))\b)",
    re.IGNORECASE,
)
_TIME_FIRST = re.compile(r"^(?:(?:probably|hopefully|realistically|i'd say|we'd say|i think|we think|at the latest)\s*,?\s*)*"
                         r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:this|next|end of|by|tomorrow|tonight|today)\b|\d)",
                         re.IGNORECASE)


_WHICH_NOUN = re.compile(r"^(?:[^?]{0,40}[,:–—-]\s*)?which\s+(?P<noun>[a-z]{4,})\s+(?:should|shall|do|does|would|will|can|is|are)\b",
                         re.IGNORECASE)
# A question whether something put up suits the one asked, and a reply that it does
_SUITS_YOU = re.compile(r"\b(?:suitable|ok|okay|fine|convenient|acceptable|work|works|suit|suits)\s+(?:for|with|on)\s+(?:you|your)\b", re.IGNORECASE)
_IT_SUITS = re.compile(r"\b(?:works?|suits?)\s+(?:(?:well|fine|perfectly|great)\s+)?(?:for\s+)?(?:us|me)\b|"
                       r"\b(?:is|are)\s+(?:perfectly\s+|absolutely\s+)?(?:fine|ok|okay|perfect|suitable|convenient|acceptable)\s+(?:for|with)\s+(?:us|me)\b",
                       re.IGNORECASE)
# A question asking leave to go on, and a reply giving it
_MAY_WE = re.compile(r"\b(?:authori[sz]e|approve|give\s+(?:us\s+)?the\s+(?:go-ahead|green\s+light)|ok\s+to\s+(?:go|proceed)|"
                     r"(?:can|may|shall)\s+(?:we|i)\s+(?:go\s+ahead|proceed))\b", re.IGNORECASE)
_GO_AHEAD = re.compile(r"\b(?:go\s+ahead|please\s+proceed|you\s+may\s+proceed|(?:is|are)\s+approved|(?:i|we)\s+approve|"
                       r"(?:i|we)\s+authori[sz]e|green\s+light)\b", re.IGNORECASE)


def _after_greeting(reply: str) -> list[str]:
    """The reply's non-blank lines, stripped, from the first one after its greeting."""
    lines = [line.strip() for line in reply.splitlines() if line.strip()]
    while lines and _GREETING_LINE.match(lines[0]):
        lines.pop(0)
    return lines


def _gives_the_amount(question: str, reply: str) -> bool:
    """The reply's first line (after a greeting) opens with an amount or a time, and the
    question asked how long, how many, how much or when; or, for a when, a sentence of the
    reply dates the thing asked about ("When can we expect v2?" / "... v2, which will be
    with you by Wednesday 11/11")."""
    lines = _after_greeting(reply)
    if _PRICE_ASKED.search(question) and lines and _MONEY.search(re.split(r",(?!\d)|;|(?<=[.!?])\s", lines[0], maxsplit=1)[0]):
        # "What is the budget for the launch event?" / "We have 15,000 EUR for the event."
        return True
    if not _HOW_MUCH.match(question.strip()):
        return False
    if not _WHEN.match(question.strip()):
        # (how long / how many / how much: an amount; or a count of the very thing asked
        # about: "do we have enough blanks?" / "Counted the cage, 2,600 blanks of 304")
        if lines and _AMOUNT_FIRST.match(lines[0]) is not None:
            return True
        wanted = _key_words(question)
        return any(_root(w.lower()) in wanted for m in _COUNTED.finditer(reply) for w in m.groups() if w)
    if lines and _TIME_FIRST.match(lines[0]) is not None:
        return True
    wanted = _key_words(question)
    return bool(wanted) and any(wanted & _reply_words(sentence) and _DATED.search(sentence)
                                for sentence in re.split(r"(?<=[.!?])\s+|\n", reply))


_PRICE_ASKED = re.compile(r"\b(?:what(?:'s|\s+is|\s+are|\s+would\s+be|\s+will\s+be)\s+(?:the|your|our)\s+(?:\w+\s+)?(?:budget|price|prices|cost|costs|fee|fees|rate|rates|total)|"
                          r"how\s+much\s+(?:is|are|does|do|would|will)\b)", re.IGNORECASE)
_MONEY = re.compile(r"(?:[£$€¥₹]\s?\d|\b\d[\d,.]*\s?(?:k\b|eur\b|euros?\b|usd\b|dollars?\b|gbp\b|pounds?\b|chf\b|sek\b|nok\b|dkk\b|pln\b|czk\b|"
                    r"huf\b|inr\b|rs\.?|lakh|crore|aed\b|sgd\b|myr\b|rm\b|thb\b|php\b|idr\b|jpy\b|yen\b|krw\b|won\b|ngn\b|naira|kes\b|zar\b|brl\b|reais|mxn\b|pesos?\b))",
                    re.IGNORECASE)
_COUNTED = re.compile(r"(?<![\w.,/])\d[\d,.]*\s+([a-z][\w-]+)(?:\s+([a-z][\w-]+))?", re.IGNORECASE)
_WHEN = re.compile(r"^(?:[^?]{0,40}[,:–—-]\s*)?(?:when|by when|what date|what day)\b", re.IGNORECASE)
_DATED = re.compile(r"\b(?:by|on|before|from|until|till)\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|\d{1,2}(?:st|nd|rd|th)?\b|"
                    r"end of|next|this)|\b(?:tomorrow|tonight|today|next week|this week)\b", re.IGNORECASE)


def _root(word: str) -> str:
    """"fenced", "fence" -> "fenc": a question's word and its answer's often differ in form."""
    if len(word) > 7 and word.endswith("ment"):
        # ("replacement" / "replace")
        word = word[:-4]
    for suffix in ("ation", "ing", "ion", "ed", "es", "e", "s"):
        if len(word) - len(suffix) >= 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


_PREAMBLE = re.compile(r"\b(?:one thing|another thing|one more thing|question|wondering|not (?:sure|clear)|weren't clear|wasn't clear|"
                       r"quick one|forgot|meant to ask|curious|unclear)\b", re.IGNORECASE)


def _key_words(question: str) -> set[str]:
    # ("One thing we weren't clear on after Friday's call: is the partnership in scope?" asks
    # about the partnership, not Friday)
    lead, colon, asked = question.rpartition(": ")
    if colon and len(asked.split()) >= 4 and _PREAMBLE.search(lead):
        question = asked
    return {_root(w) for w in content_words(question) if w not in _GENERIC and not w.isdigit()}


_NOT_A_TOPIC_WORD = frozenset({"the", "a", "an", "your", "our", "their", "my", "his", "her", "its", "this", "that", "these", "those",
                               "question", "questions", "point", "points", "topic", "issue", "of", "on", "about", "and", "for"})


def _plain_words(text: str) -> set[str]:
    """Every word but the few that name no topic, roots compared."""
    return {_root(w) for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _NOT_A_TOPIC_WORD}


def _reply_words(reply: str) -> set[str]:
    # ("on your architect-of-record question": the compound's words are the question's)
    words = content_words(reply)
    return {_root(w) for w in words} | {_root(part) for w in words if "-" in w for part in content_words(w.replace("-", " "))}


_UNDECIDED = re.compile(r"\b(?:(?:did|do|does|have|has)\s*(?:not|n't)\s+(?:yet\s+)?(?:decide|know|hear|agree)[a-z]*(?:\s+\w+){0,3}?\s+yet|"
                        r"not\s+(?:yet\s+)?(?:decided|known|settled|confirmed|agreed)(?:\s+yet)?|still\s+(?:discussing|deciding|waiting|checking|"
                        r"looking into|open|being discussed|under discussion)|no\s+(?:answer|decision|news)\s+yet|to be confirmed|tbc|"
                        # "On the QR code I honestly don't know what Tyler has in mind"
                        r"(?:i|we)\s+(?:honestly\s+|really\s+|just\s+)?(?:don't|do not|didn't)\s+know|(?:i'm|i am|we're|we are)\s+not\s+sure|"
                        # ("On the Apple Wallet pass, Mariam is still checking the effort and we will revert")
                        r"no idea|(?:i'd|i would) rather not guess|(?:will|'ll|shall)\s+(?:revert|get back to you|come back to you)|"
                        # "About Italian: let me check with our partner studio and I'll come back to you"
                        r"let\s+(?:me|us)\s+(?:first\s+)?(?:check|ask|find out|look into it|double-check)\b[^.!?]{0,60}?\band\s+(?:i'll\s+|we'll\s+)?(?:get|come)\s+back|"
                        # "About the teaser vinyl, I asked the mall's marketing team this morning, they
                        # usually take some days to answer": asked on, not answered
                        r"(?:take|takes|need|needs)\s+(?:some|a few|a couple of|\d+|two|three)\s+(?:more\s+)?days\s+to\s+(?:answer|reply|respond|confirm|come back)|"
                        r"waiting\s+(?:for|on)\s+(?:their|his|her|an?|the)\s+(?:answer|reply|response|confirmation|feedback)|"
                        r"(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+|already\s+)?asked\s+(?:the|their|our)\s+[\w' ]{2,40}?\s+(?:this morning|today|yesterday))\b",
                        re.IGNORECASE)


def undecided(text: str) -> bool:
    """The writer does not know or has not decided ("About the galvanising I really don't
    know, that is for Joost")."""
    return _UNDECIDED.search(text) is not None


def answers(question: str, reply: str) -> bool:
    """True when ``reply`` (new text only) takes up ``question``."""
    text = reply.strip()
    if not text:
        return False
    if _YES_OR_NO.match(text):
        return True
    if _picks_a_side(question, text) or _WHICH.search(question) and _PICKED.search(text):
        return True
    if _gives_the_amount(question, text):
        return True
    if _SUITS_YOU.search(question) and _IT_SUITS.search(text) or _MAY_WE.search(question) and _GO_AHEAD.search(text):
        # "Could you confirm if this timing is suitable for your side?" / "Tuesday 1 December
        # ... works well for us"; "Do you authorize the replacement?" / "Go ahead and replace it."
        return True
    wanted = _key_words(question)
    which = _WHICH_NOUN.match(question.strip())
    if which is not None and _root(which.group("noun").lower()) in _reply_words(text) and not _left_open(wanted, text, _UNDECIDED):
        # "Which depth should we take for the review?" / "please consider 1.2m soil depth"
        return True
    for turned in _TURNED_TO.finditer(text):
        para = turned.group("para") or turned.group("point") or turned.group("item")
        topic = _TOPIC.match(para)
        said = (topic.group("topic") or topic.group("topic2") or topic.group("topic3") or topic.group("topic4")) if topic is not None else ""
        # ("Jessica, about the reviews: yes, ...": every word of the topic is the question's,
        # however common the word)
        named = _plain_words(said)
        on_it = topic is not None and (bool(wanted & _reply_words(said)) or bool(named) and named <= _plain_words(question))
        if on_it and _UNDECIDED.search(para):
            # "About the report format: our finance team did not decide yet": taken up, not answered
            return False
        if on_it or _YES_OR_NO.match(para) and wanted & _reply_words(para):
            return True
    if _asked_in_another_language(question) and not _UNDECIDED.search(text) and _shares_words_in_any_script(question, text):
        return True
    if not wanted:
        return False
    if _left_open(wanted, text, _UNDECIDED):
        return False
    if _picks_a_side_in_a_line(question, text):
        return True
    opening = next(iter(_after_greeting(text)), "")
    first = _FIRST_SENTENCE.match(opening)
    said_first = _reply_words(first.group(0)) if first is not None else set()
    if first is not None and said_first and len(first.group(0).split()) <= 3 and said_first <= wanted:
        # "Is 13 November realistic for the clickable prototype?" / "Realistic. Only 6 screens
        # ...": the word asked about, said back
        return True
    side = _OUR_SIDE.match(opening)
    if side is not None and " or " in question and re.search(r"\b" + side.group("prep") + r"\s+(?:you|your\b)", question, re.IGNORECASE):
        # "is the domain registered by you or by your previous agency?" / "By us 🙂"
        return True
    if any(wanted & _reply_words(m.group(0)) for m in _YES_LATER.finditer(text)):
        # "Thanks for the list. And yes, offline is a must.": a yes to the thing asked about
        return True
    shared = wanted & _reply_words(text)
    if shared and _WHO.match(question.strip()) and (_FULL_NAME.search(text) or _NAME_WILL.search(text)):
        # "Who on your side will review the German translation?" / "Jonas Weber is the
        # right person for the German review": a person named, about the same thing
        return True
    asked_of = _SUBJECT_ASKED.match(question.strip()) or _HAVE_ASKED.match(question.strip())
    if asked_of is not None and re.match(r"(?:the\s+|our\s+|your\s+)?" + re.escape(asked_of.group("head")) + r"s?\s+(?:is|are|will|stays?|comes?|costs?)\b",
                                         opening, re.IGNORECASE):
        # "Is the parking included in the rent?" / "Parking is extra, 50 euro per month.": what
        # was asked about, said of in the reply's first words
        return True
    had = _HAVE_ASKED.match(question.strip())
    held = _WE_HAVE.match(opening) if had is not None else None
    if had is not None and held is not None and re.match(r"\s+(?:it|them|one|that|this|both|(?:\S+\s+){0,3}?" + re.escape(had.group("head")) + r")\b",
                                     opening[held.end():], re.IGNORECASE):
        # "Do we still have the second Figma seat?" / "We still have it, I checked this morning."
        return True
    counted = _HOW_MANY.search(question)
    if counted is not None and (counted_words := _key_words(counted.group("what"))) and not counted_words & _reply_words(text):
        # ("how many revision rounds are included after we choose the route?" is not answered
        # by the routes themselves: the thing counted is what the answer must speak of)
        return False
    if len(shared) >= 2 or len(shared) / len(wanted) > 0.5:
        return True
    # ("The forwarder says the shipment can leave Frankfurt on Monday 9.11., so arrival in
    # Shenzhen around 12.11. Is this still ok for SMT on 16.11.?": what is asked is the last
    # sentence; the ones before set the scene)
    asked = _ASKED_LAST.split(question.strip())[-1]
    wanted_now = _key_words(asked) if asked != question.strip() else set()
    shared_now = wanted_now & _reply_words(text)
    return bool(wanted_now) and (len(shared_now) >= 2 or len(shared_now) / len(wanted_now) > 0.5)


# a word of four letters or more in any script (content_words reads only a-z)
_ANY_WORD = re.compile(r"[^\W\d_]{4,}")


def _asked_in_another_language(question: str) -> bool:
    """More letters outside a-z than in it: "у кого-нибудь есть доступ к их старому хостингу?"."""
    letters = re.findall(r"[^\W\d_]", question)
    return bool(letters) and sum(1 for c in letters if not c.isascii()) * 2 > len(letters)


def _shares_words_in_any_script(question: str, reply: str) -> bool:
    """The reply takes up two of the question's words, or more than half of them, each
    compared by its first five letters (the forms of one word differ in their endings:
    "доступ" / "Доступ", "licencija dar galioja?" / "Galioja")."""
    wanted = {w[:5] for w in _ANY_WORD.findall(question.lower())}
    shared = wanted & {w[:5] for w in _ANY_WORD.findall(reply.lower())}
    return bool(wanted) and (len(shared) >= 2 or len(shared) / len(wanted) > 0.5)


_FIRST_SENTENCE = re.compile(r"[^.!?\n]+[.!]")
_OUR_SIDE = re.compile(r"(?P<prep>by|from|with|on)\s+(?:us|me|our\s+side|ourselves)\b", re.IGNORECASE)
_YES_LATER = re.compile(r"(?:^|(?<=[.!?]\s)|\n)\s*(?:and|oh|so|ok|okay|also|btw)[,]?\s+(?:yes|no|yep|nope)\b[^.!?\n]*", re.IGNORECASE)
_HOW_MANY = re.compile(r"\bhow\s+(?:many|much)\s+(?P<what>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:are|is|do|does|did|will|would|can|could|should|"
                       r"have|has|were|was)\b", re.IGNORECASE)
_ASKED_LAST = re.compile(r"(?<=[.!])\s+(?=[A-Z])")


def _picks_a_side(question: str, reply: str) -> bool:
    """"argo or flux for tillpoint?" / "argo.": the reply opens with one side of the choice."""
    choice = _either_or(question)
    if choice is None:
        return False
    sides = _sides(_key_words(choice[0]), _key_words(choice[1]))
    lines = [line for line in reply.splitlines() if line.strip()]
    while lines and _SALUTATION.match(lines[0].strip()):
        lines.pop(0)
    if not lines or _TOPIC_OPENING.match(lines[0].strip()):
        # ("On the Ellison bequest, I honestly don't know ...": the topic named, no side picked)
        return False
    return _picks_in_opening(sides, lines[0])


# (not "Canvas!" nor "Option B!", which are the answer)
_SALUTATION = re.compile(r"(?:(?:hi|hello|dear|hey|morning|good (?:morning|afternoon|evening))\b[^\n]{0,40}|"
                         r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s*,)\s*$", re.IGNORECASE)
_TOPIC_OPENING = re.compile(r"(?:on|about|re|regarding|as for|as to|concerning)\s", re.IGNORECASE)


def _picks_a_side_in_a_line(question: str, reply: str) -> bool:
    """Several questions answered a short line each: "Mostly 14s and 12s. / All by hand, 4
    girls on the line." takes up "by hand in the shed, or through a machine?" in its third
    line.  Only the words next to the "or" are the sides there, not "the banquette cushions"
    of "for the banquette cushions, would you rather do velvet or canvas?"."""
    choice = _either_or(question)
    if choice is None:
        return False
    left, right = choice
    sides = _sides(_key_words(" ".join(_meaningful(left)[-3:])), _key_words(" ".join(_meaningful(right)[:3])))
    # (a line's first sentence counts alone: "It's 16A. The drawing you have is an old revision ...")
    firsts = [_ASKED_LAST.split(line.strip(), maxsplit=1)[0] for line in reply.splitlines()[1:]]
    if any(_picks_in_opening(sides, line) for line in firsts if not line.rstrip().endswith("?") and len(line.split()) <= 10):
        return True
    # ("For the copies, we go for 1000, because there is also the coffee week in January": a
    # longer line, led by the thing asked about)
    wanted = _key_words(question)
    for line in firsts:
        led = _LED_BY_TOPIC.match(line)
        if led is not None and wanted & _reply_words(led.group("topic")) and not line.rstrip().endswith("?"):
            said = re.split(r",?\s+(?:because|since|as)\s", led.group("rest"), maxsplit=1)[0]
            counts = re.search(r"(?<![\d.,])(\d[\d.,]*)\s+or\s+(\d[\d.,]*)(?![\d.,])", question)
            if counts is not None:
                # ("500 or 1000?": numbers are no key words; the one said is the side picked)
                picked = [n for n in counts.groups() if re.search(r"(?<![\d.,])" + re.escape(n.rstrip(".,")) + r"(?![\d])", said)]
                return len(picked) == 1
            return _picks_in_opening(sides, said)
    return False


_LED_BY_TOPIC = re.compile(r"(?:for|about|on|as for|regarding)\s+(?:the\s+)?(?P<topic>[^,:]{1,30})[,:]\s+(?P<rest>.+)$", re.IGNORECASE)



def _either_or(question: str) -> tuple[str, str] | None:
    """The question's text before and after its last " or " (after a colon's lead-in)."""
    body = question.rsplit(":", 1)[-1]
    if " or " not in body:
        return None
    left, _, right = body.rpartition(" or ")
    return left, right


def _sides(left: set[str], right: set[str]) -> list[set[str]]:
    """The words only one side of the choice has (a hyphened word by its parts too: "a
    full-page screen or a pop-up?" / "Full page, please.")."""
    left, right = _with_parts(left), _with_parts(right)
    return [left - right, right - left]


def _with_parts(words: set[str]) -> set[str]:
    return words | {_root(part) for word in words if "-" in word for part in word.split("-") if content_words(part)}


def _meaningful(text: str) -> list[str]:
    """The words of ``text`` in order, without the stop words."""
    return [w for w in re.findall(r"[\w'-]+", text) if content_words(w)]


# ("do you ship yourselves, or through a partner?" / "Ourselves, from the warehouse")
_MIRRORED = {"ourselv": "yourselv", "myself": "yourself"}


def _picks_in_opening(sides: list[set[str]], line: str) -> bool:
    opening = {_root(w) for w in content_words(" ".join(line.split()[:5]))}
    opening |= {_MIRRORED[w] for w in opening if w in _MIRRORED}
    return sum(1 for side in sides if side & opening) == 1


def answers_clearly(question: str, reply: str) -> bool:
    """True when ``reply`` takes up at least two of the question's own words: an answer even
    from someone the question was not addressed to."""
    wanted = _key_words(question)
    # ("About the Canela licence, I really don't know": someone who does not know answers nothing)
    # (nor does one still checking: "On the Apple Wallet pass, Mariam is still checking")
    return len(wanted & _reply_words(reply)) >= 2 and not _left_open(wanted, reply, _UNDECIDED)


def _left_open(wanted: set[str], text: str, not_settled: re.Pattern[str]) -> bool:
    """"On the QR code I honestly don't know what Tyler has in mind": taken up, not answered."""
    # (each point of a numbered answer list stands alone: "ad 3) Not sure yet" leaves only
    # the third question open)
    return any(not_settled.search(para) and wanted & _reply_words(para) for para in _POINTS.split(text))


_POINTS = re.compile(r"\n\s*\n|\n(?=\s*(?:ad\s+)?(?:\d{1,2}[.)]|[-*•]|[a-z][.)])\s)", re.IGNORECASE)


# What the person asked was to answer, to choose, or to approve: a reply of theirs on the
# thread that does so closes the request ("Pick a slot by Thursday" / "Slot B ok.").
_CHOICE_ASKED = re.compile(
    r"^(?:pick|choose|select|decide(?:\s+(?:on|between|which))?|make\s+(?:a|the|your)\s+(?:choice|pick)|"
    r"(?:give|send|tell)\s+(?:us|me)\s+(?:your|the)\s+(?:choice|pick|preference|decision)|"
    r"let\s+(?:me|us)\s+know\s+(?:your\s+)?(?:favourite|favorite|preferred|choice|pick|preference|decision)|"
    r"(?:confirm|let\s+(?:me|us)\s+know|tell\s+(?:me|us))\s+which)\b", re.IGNORECASE)
# ... and, settled by a decision of theirs anywhere, what asks for one: "Send your
# instructions on the opposition", "Let me know if you want to order format set B", "Send
# your pick on the dining table finish", "Give us your choice"
_DECISION_ASKED = re.compile(
    r"^(?:(?:send|give|share|let\s+(?:me|us)\s+have)\s+(?:(?:us|me)\s+)?(?:your|the)\s+(?:choice|pick|preference|decision|instructions|"
    r"go-?ahead|verdict|call)\b|let\s+(?:me|us)\s+know\s+(?:if|whether)\s+you\s+(?:want|would\s+like|prefer|'d\s+like)\s+to\b)",
    re.IGNORECASE)
_APPROVAL_ASKED = re.compile(
    r"^(?:sign\s+off|approve|okay|ok|green-?light|"
    r"give\s+(?:\w+\s+)?(?:the|your|a)\s+(?:green\s+light|go-?ahead|go\s+ahead|ok|okay|approval|sign-?off|thumbs\s+up)|"
    r"(?:send|give|share)\s+(?:us|me)\s+(?:your\s+|some\s+)?(?:feedback|comments|thoughts|approval|sign-?off|notes)|"
    r"(?:review|read|look\s+(?:at|over|through)|go\s+(?:through|over)|check)\b.{0,80}?\b(?:feedback|comments|changes|edits|corrections|revert|approve|sign\s+off|"
    r"let\s+(?:me|us)\s+know))\b", re.IGNORECASE)
_INFO_ASKED = re.compile(
    r"^(?:confirm|let\s+(?:me|us|\w+)\s+know|tell\s+(?:me|us)|advise|find\s+out|check\s+(?:whether|if)|"
    r"ask\s+\w+\s+(?:whether|if|about)|(?:send|give|get)\s+(?:me|us)\s+(?:the\s+|your\s+)?(?:name|names|number|numbers|figures|"
    r"contact|phone|cell|mobile|address|headcount|count|totals?|dimensions|measurements|sizes?)\b)", re.IGNORECASE)
_APPROVED = re.compile(
    r"\b(?:approved?|go\s+ahead|green\s+light|signed\s+off|sign\s+it\s+off|looks?\s+(?:good|great|fine)|lgtm|sgtm|"
    r"happy\s+with|good\s+to\s+go|ok\s+to\s+(?:go|print|proceed|ship)|go\s+for\s+it|ship\s+it|all\s+good|"
    # "Read the article last night. Love it, no changes!"
    r"love\s+(?:it|them|this)|no\s+(?:changes|edits|notes|comments|corrections)(?!\s+(?:yet|so far|from))(?=\s*(?:[.!,]|$)))\b", re.IGNORECASE)
_NOT_SETTLED = re.compile(
    r"\?\s*$|\b(?:i'll|i\s+will|we'll|we\s+will|i'd\s+like\s+to|let\s+me|not\s+yet|haven't|hasn't|have\s+not|still|"
    r"need\s+(?:more|a\s+bit|another)|need\s+(?:them|him|her|\w+\s+\w+)\s+to|get\s+back|come\s+back|revert\s+(?:by|on|tomorrow|next)|not\s+(?:happy|sure|ok|okay|approved)|"
    r"tomorrow|next\s+week|later|asap|once|when\s+(?:i|we)|if\s+(?:i|we|you)|instead|afraid|unable|cannot|can't|can\s+not|"
    r"won't|not\s+able|only\s+(?:on|after|next)|(?:by|on|until|till)\s+(?:mon|tues|wednes|thurs|fri)day)\b", re.IGNORECASE)


def asks_for_a_decision(title: str) -> bool:
    """The request is for a choice or a decision (which a decision of the person asked settles)."""
    return _CHOICE_ASKED.match(title) is not None or _DECISION_ASKED.match(title) is not None


def settles_request(title: str, sentence: str) -> bool:
    """True when ``sentence``, written by the person asked, gives what the request ``title``
    asked of them: the answer, the choice or the approval."""
    text = sentence.strip()
    if not text or _NOT_SETTLED.search(text):
        return False
    if _APPROVAL_ASKED.match(title):
        return _APPROVED.search(text) is not None
    if _CHOICE_ASKED.match(title):
        return _PICKED.search(text) is not None or bool(_key_words(title) & _reply_words(text))
    if _INFO_ASKED.match(title):
        return answers(title, text)
    return False
