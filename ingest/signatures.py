"""Splitting a signature off the end of a reply's new text.

Conventions follow talon's signature fixtures: the signature starts at a
``-- `` delimiter, a mobile footer ("Sent from my iPhone"), a sign-off line
("Thanks,", "Med venlig hilsen") followed only by name/title/contact lines, a
trailing contact block or lone name, a separator line before contact details,
or legal-disclaimer / mailing-list footer paragraphs.

It is deliberately conservative: a candidate is rejected when anything after
it looks like content a project tracker cares about (a question, "Task:",
"TODO:", "Decision:", a checkbox) or like ordinary prose.
"""

from __future__ import annotations

import re

from ingest.quotes import SEPARATOR_RE

# Only the tail of a body can be a signature; bounding the window keeps the
# candidate search constant-time on huge bodies.
_WINDOW_LINES = 80

_URLISH = r"(?:\s*[<(\[]\S{0,200}[>)\]])?"
MOBILE_FOOTER_RE = re.compile(
    r"^(?:"
    rf"sent (?:from|with|via|using|by) [^,.;:!?<>()\[\]]{{1,50}}?{_URLISH}\.?"
    r"|(?:sent )?(?:via|from) (?:my |a )?(?:mobile|phone|cell|cellphone|iphone|ipad|android|"
    r"blackberry|smartphone|tablet)(?: device| phone)?"
    rf"|(?:get|download) (?:outlook|the [\w ]{{1,30}} app) for (?:ios|android|iphone|windows){_URLISH}"
    # (Outlook mobile's footer in Spanish, German, Italian, French, Portuguese, Dutch)
    rf"|(?:obtener|descargar|scarica|obtenir|télécharger|baixar|obter|download) outlook (?:para|per|pour|voor) (?:ios|android){_URLISH}"
    rf"|outlook für (?:ios|android) (?:herunterladen|beziehen){_URLISH}"
    r"|von meinem [^,.;:!?]{1,40} gesendet\.?"
    r"|gesendet (?:von|mit) [^,.;:!?]{1,40}"
    r"|envoyé (?:de|depuis) (?:mon|ma) [^,.;:!?]{1,40}"
    r"|enviado (?:desde|do|de|con) (?:mi|meu|o meu|my) [^,.;:!?]{1,40}"
    r"|inviato da(?:l mio| il mio)? [^,.;:!?]{1,40}"
    r"|(?:verzonden|verstuurd) (?:vanaf|met|van) (?:mijn )?[^,.;:!?]{1,40}"
    r"|sendt fra (?:min|mit) [^,.;:!?]{1,40}"
    r"|skickat från (?:min|mitt) [^,.;:!?]{1,40}"
    r"|wysłane z (?:mojego |mojej )?[^,.;:!?]{1,40}"
    r"|отправлено (?:с|из) [^,.;:!?]{1,40}"
    r"|\S{1,20}から送信"
    r"|发自我的\S{1,20}"
    # (Korean, Vietnamese, Indonesian/Malay, Turkish, Czech, Romanian, Greek, Hebrew footers)
    r"|\S{1,20}에서 보냄"
    r"|gửi từ [^,.;:!?]{1,40}"
    r"|dikirim dari [^,.;:!?]{1,40}"
    r"|dihantar dari(?:pada)? [^,.;:!?]{1,40}"
    r"|\S{1,30}(?:'[ıiuü]m|[ıiuü]m)dan gönderildi"
    r"|odesláno z [^,.;:!?]{1,40}"
    r"|trimis de pe [^,.;:!?]{1,40}"
    r"|στάλθηκε από [^,.;:!?]{1,40}"
    r"|נשלח מ[^,.;:!?]{1,40}"
    r"|(?:please |pls )?(?:excuse|pardon|sorry for) (?:my |the |any )?(?:brevity|typos|typing|"
    r"spelling)[^\n]{0,40}"
    r"|typed (?:on|with) (?:a |my )[^,.;:!?]{1,40}"
    r")\s*$",
    re.IGNORECASE,
)

_SIGN_OFF_PHRASES = (
    r"(?:many |best |kind |warm |warmest |kindest |with )?(?:thanks|thank you|thx|tks|ty|cheers|"
    r"regards|greetings)(?: so much| a lot| again| very much| in advance| all)?"
    r"|thanks (?:&|and) (?:best )?regards|thanks[,!]? (?:and |& )?(?:best|cheers|regards)"
    r"|best|best wishes|all the best|sincerely|yours sincerely|sincerely yours|yours|yours truly|"
    r"yours faithfully|faithfully yours|faithfully|respectfully yours|yours respectfully|warm wishes|kind wishes|"
    r"with (?:best |warm |kind )?wishes|(?:thank you|thanks) and (?:god bless|best wishes|all the best)|god bless|blessings|"
    r"cordially|respectfully|take care|talk soon|speak soon|br|rgds|kr|ttfn|"
    r"(?:many )?thanks (?:to (?:all|everyone|you all)|everyone|all)"
    r"|mvh|med venlig hilsen|venlig hilsen|de bedste hilsner|bedste hilsner|hilsen|kh|"
    r"kærlig hilsen|vh|med vennlig hilsen|vennlig hilsen|med vänliga hälsningar|"
    r"vänliga hälsningar|med vänlig hälsning|vänlig hälsning|hälsningar|hälsning|"
    r"mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|freundliche grüsse|"
    r"viele grüße|viele grüsse|beste grüße|beste grüsse|liebe grüße|liebe grüsse|lg|vg|mfg|"
    r"gruß|grüße|gruss|grüsse|danke|vielen dank"
    r"|cordialement|bien cordialement|bien à vous|salutations|amitiés|merci|merci beaucoup"
    r"|saludos|un saludo|un cordial saludo|atentamente|saludos cordiales|gracias|muchas gracias"
    r"|cordiali saluti|distinti saluti|saluti|grazie|grazie mille"
    r"|atenciosamente|abraços|abraço|abs|bjs|beijos|obrigado|obrigada|cumprimentos"
    r"|love|lots of love|xx|xxx|xo|xoxo|bises|bisous|besos|abrazos?|pozdro|ta|vinaka|ngā mihi|nga mihi|iyi çalışmalar|"
    r"(?:com os )?melhores cumprimentos|cảm ơn(?: anh chị| chị| anh| bạn)?|danke euch und gruß|"
    r"have a (?:nice|good|great|lovely) (?:day|weekend|week|evening)|enjoy (?:the rest of )?your (?:weekend|leave|holiday|day)|"
    r"thanks a million|thank you and (?:best|kind) regards|with (?:best|kind|warm) regards"
    r"|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groeten|groet|mvg|dank je|"
    r"bedankt|alvast bedankt"
    r"|pozdrawiam(?: serdecznie)?|z poważaniem|z powazaniem|pozdrowienia|dziękuję|dzięki"
    r"|с уважением|спасибо|всего доброго|с наилучшими пожеланиями"
    r"|(?:以上[、,]\s*)?(?:どうぞ|引き続き)?よろしくお願い(?:いた|致)?します[。.]?|以上[。.]?"
)
SIGN_OFF_RE = re.compile(
    rf"^(?i:{_SIGN_OFF_PHRASES})\s?[,.!]*(?:\s*[,-]?\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?[.!]?)?\s*$"
)

_DELIMITER_RE = re.compile(r"--\s*|—|–")

_TASK_RE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:\[[ xX]?\]|(?:task|todo|to-do|to do|action(?: item)?|action required|"
    r"decision|decided|deadline|due|question|next steps?|owner|blocker|aufgabe|tâche|tarea)\s*[:：])",
    re.IGNORECASE,
)

_DISCLAIMER_RE = re.compile(
    r"confidential|privileged|intended (?:solely |only )?(?:for|recipient)|intended recipient|"
    r"disclaimer|prohibited|unauthori[sz]ed|if you (?:have )?received this|notify the sender|"
    r"virus(?:es)?\b|malware|unsubscribe|mailing list|listinfo|you are receiving this|"
    r"view it on github|reply to this email directly|legally|liability|"
    r"e-?mail communications|think before you print|please consider the environment|"
    r"vertraulich|confidentiel|confidencial|riservat|vertrouwelijk|fortrolig|konfidentiell|"
    r"poufn|конфиденциальн|"
    # a firm's register entry ("Amtsgericht Bielefeld HRB 41234 · Geschäftsführer: ...")
    r"amtsgericht|registergericht|sitz der gesellschaft|handelsregister|company registration|registered in england|"
    r"registered office|company no\.?\s*\d",
    re.IGNORECASE,
)
# Every match of _DISCLAIMER_RE in ASCII text holds one of these (lower-cased): a tail of
# ASCII text that holds none has no disclaimer paragraph, which spares the search of each
# paragraph (most mail has no disclaimer).  Keep in step with _DISCLAIMER_RE.
_DISCLAIMER_ANCHORS = (
    "confiden", "privileged", "intended", "disclaimer", "prohibited", "unauthori", "received this",
    "notify the sender", "virus", "malware", "unsubscribe", "mailing list", "listinfo", "receiving this",
    "view it on github", "reply to this email directly", "legally", "liability", "mail communications",
    "think before you print", "consider the environment", "vertraulich", "riservat", "vertrouwelijk",
    "fortrolig", "konfidentiell", "poufn", "amtsgericht", "registergericht", "sitz der gesellschaft", "handelsregister",
    "company registration", "registered in england", "registered office", "company no",
)

_EMAIL_RE = re.compile(r"[^\s@<>()\[\]]+@[^\s@<>()\[\]]+\.[a-z]{2,}", re.IGNORECASE)
_PHONE_RE = re.compile(r"(?:\+|\(|\b)\d[\d\s().\-/]{5,}\d\b")
_URL_RE = re.compile(
    r"https?://|\bwww\.|\b[\w-]+\.(?:com|org|net|io|co|de|fr|uk|nl|se|dk|no|pl)\b", re.IGNORECASE
)
_CONTACT_PREFIX_RE = re.compile(
    r"^(?:t|f|m|p|e|w|tel|phone|mobile|mob|cell|fax|skype|direct|office|web|email|e-mail|"
    r"telefon|tlf|handy|mobil)\.?\s*[:.]\s*\S",
    re.IGNORECASE,
)
# fmt: off
_NAME_STOP = {
    "hi", "hello", "hey", "thanks", "thank you", "yes", "no", "ok", "okay", "sure", "agreed",
    "done", "great", "perfect", "cool", "nice", "awesome", "approved", "confirmed", "noted",
    "sounds good", "will do", "fyi", "asap", "tbd", "lgtm", "best", "regards", "cheers",
    "attachments", "attachment", "see below", "see attached",
}
# Informal mail signs off in lower case ("thanks,\nkevin"); only trusted
# directly under a sign-off line.
_LOWER_NAME_RE = re.compile(r"[-–~/]?[^\W\d_][^\W\d_.'’-]{0,20}\.?")
_NAME_PARTICLES = {
    "van", "von", "de", "der", "den", "la", "le", "da", "di", "du", "del", "della", "dos",
    "das", "bin", "al", "ten", "ter", "y", "e",
}
# fmt: on
_AFTER_NAME_RE = re.compile(r"\s+\((?:mr|ms|mrs|miss|mx|dr|she/her|he/him|they/them|she/they|he/they)\.?\)$|"
                            # ("Brian Kowalczyk, PMP" / "Wesley Calloway, MD": letters after the name)
                            r"(?:,\s*(?-i:[A-Z][A-Za-z]{0,1}[A-Z]{1,5})\.?){1,3}$", re.IGNORECASE)
# ("Siriporn Wongsakul (Fon)", "Wang Wei (David)": a full name, then the one used day to day)
_NICKNAME_RE = re.compile(r"^(?P<name>\S+\s+\S.*?)\s+\([A-Z][a-z]{1,12}\)$")
_NAME_BAD_CHARS_RE = re.compile(r"[\d@:;?!()\[\]<>{}|=+\"]")
_NAME_TOKEN_RE = re.compile(r"^[^\W\d_][\w.'’-]*$")


def is_task_like(line: str) -> bool:
    """Content the tracker extracts: never hide it inside a signature."""
    stripped = line.strip()
    return bool(_TASK_RE.match(stripped)) or stripped.endswith(("?", "？"))


def is_mobile_footer(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) <= 260 and bool(MOBILE_FOOTER_RE.match(stripped))


def is_sign_off(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) <= 60 and bool(SIGN_OFF_RE.match(stripped))


def is_contact_line(line: str) -> bool:
    stripped = line.strip()
    if len(stripped) > 120:
        return False
    return bool(
        ("@" in stripped and _EMAIL_RE.search(stripped))  # (cheap test first: most lines hold no "@")
        or _URL_RE.search(stripped)
        or _CONTACT_PREFIX_RE.match(stripped)
        or _has_phone(stripped)
    )


_DATE_LIKE_RE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")


def _has_phone(line: str) -> bool:
    if sum(map(str.isdigit, line)) < 7:
        return False  # (no candidate can hold seven digits: most lines end here)
    for match in _PHONE_RE.finditer(line):
        candidate = match.group(0)
        if _DATE_LIKE_RE.fullmatch(candidate.strip("() ")):
            continue  # "2015-12-14" is a date, not a number to call
        if sum(ch.isdigit() for ch in candidate) >= 7:
            return True
    return False


def is_name_like(line: str) -> bool:
    """A person's name on its own line ("Dan", "-Abhishek Kona", "/John")."""
    text = line.strip().lstrip("-–—~/*•# ").rstrip(",").strip()
    # ("Lan Nguyen (Ms)", "Alex Kim (they/them)": a title or pronouns after the name)
    text = _NICKNAME_RE.sub(r"\g<name>", _AFTER_NAME_RE.sub("", text))
    if not text or len(text) > 40 or _NAME_BAD_CHARS_RE.search(text):
        return False
    tokens = text.split()
    if len(tokens) > 5:
        return False
    if text.rstrip(".").lower() in _NAME_STOP:
        return False
    if text.endswith(".") and len(tokens) < 2:
        return False
    first = text[0]
    if not (first.isupper() or (first.isalpha() and not first.islower())):
        return False
    if len(tokens) == 1 and len(text) <= 4 and text.isupper():
        return False  # "OK", "FYI", "ASAP"
    return all(
        _NAME_TOKEN_RE.match(token) and (token.lower() in _NAME_PARTICLES or not token[0].islower())
        for token in tokens
    )


# "Brennan Cost Consultants | 14 Fitzwilliam Place | Dublin 2" / "T: +353 1 555 0170 | M: ...":
# short fields on one line between bars or dots, the way a corporate signature packs them
_FIELD_SEPARATOR_RE = re.compile(r"\s+[|·•]\s+")


def _is_field_line(line: str) -> bool:
    fields = _FIELD_SEPARATOR_RE.split(line.strip())
    if len(fields) <= 2 and any(c.isdigit() for c in line) and not line.rstrip().endswith((".", "?", "!")):
        # ("Brightwater Remit Ltd | 3rd Floor, 12 Leonard Street, London EC2A 4LT": a firm,
        # then its address in comma-separated parts; "Level 5, Menara Tanjung, Jalan Sultan
        # Ahmad Shah, 10050 George Town": an address alone)
        fields = [*fields[:-1], *fields[-1].split(", ")]
    return len(fields) >= 3 and all(0 < len(f.split()) <= 5 and not f.rstrip().endswith(("?", "!")) for f in fields)


def _is_sentence_like(line: str) -> bool:
    words = line.split()
    # (ten words of prose, where numbers and separators are no words: "T: +353 1 555 0170 |
    # M: +353 87 555 0114" and "Lot 5, Jalan Pelabuhan Utara, 42000 Port Klang" are none)
    if sum(sum(c.isalpha() for c in w) >= 2 for w in words) >= 10:
        return not _is_field_line(line)
    # ("Estimateur | Cartonnerie Drummond inc." and "Kwadrat QA sp. z o.o." are four words,
    # "PS: 2 more coming tomorrow." five)
    return (sum(_is_word(w) for w in words) >= 5 and line.rstrip().endswith((".", "!", "?"))
            and not _LEGAL_FORM_END_RE.search(line.rstrip()))


# A job title or a firm on a line under a name ("Product Manager RouteLotse", "Frachtwerk GmbH",
# "Publisher | Thistle & Quay Books")
_ROLE_OR_FIRM_RE = re.compile(
    r"\b(?:manager|director|designer|engineer|producer|editor|publisher|founder|co-?founder|ceo|cto|cfo|coo|owner|partner|"
    r"consultant|officer|head of|lead|coordinator|co-ordinator|specialist|assistant|associate|professor|lecturer|bookkeeper|"
    r"accountant|architect|planner|merchandiser|analyst|developer|strategist|copywriter|president|chair|secretary|"
    r"administrator|supervisor|buyer|curator|translator|counsel|solicitor|lawyer|attorney|advisor|adviser)\b|"
    # (legal forms that are also common words, "AS", "AB", stay out)
    r"\b(?:ltd|limited|inc|llc|plc|gmbh|corp|srl|sp\. z o\.o|pvt|pty|b\.v|oy|a/s|"
    r"studio|agency|school|university|foundation|trust|council)\b|\s\|\s",
    re.IGNORECASE)
# (a heading over points, not a name over its title: "Next Steps / Design lead to confirm")
_HEADING_WORD_RE = re.compile(r"\b(?:steps?|items?|points?|notes?|actions?|summary|agenda|updates?|status|issues?|questions?|"
                              r"decisions?|tasks?|todo|minutes|overview|timeline|schedule|budget|scope)\b", re.IGNORECASE)
_ASSIGNED_RE = re.compile(r"\bto\s+(?!the\b)[a-z]+\b|:\s", re.IGNORECASE)
# ("Shenzhen Brightloop Technology Co., Ltd.": a firm's legal form ends with a full stop, no
# sentence)
# (or a country's: "P.O. Box 55123, Dubai, U.A.E.")
_LEGAL_FORM_END_RE = re.compile(r"\b(?:ltd|inc|co|corp|llc|l\.l\.c|plc|s\.a|s\.l|s\.r\.l|o\.o|pvt|pty|bhd|a\.s|s\.p\.a|b\.v|n\.v|lda|k\.k|"
                                r"u\.a\.e|u\.s\.a|u\.s|u\.k)\.$", re.IGNORECASE)


def _is_word(token: str) -> bool:
    return sum(c.isalpha() for c in token) >= 2 or any(c.isdigit() for c in token) or token in ("I", "a", "A")


def _disclaimer_flags(lines: list[str], start: int) -> list[bool]:
    """Per line from ``start``: does it sit in a disclaimer/footer paragraph?"""
    flags = [False] * (len(lines) - start)
    # (a paragraph is some of these lines joined by spaces, so its text is in this one)
    tail = " ".join(lines[start:])
    if tail.isascii():
        low = tail.lower()
        if not any(anchor in low for anchor in _DISCLAIMER_ANCHORS):
            return flags
    para: list[int] = []

    def close() -> None:
        if para and _DISCLAIMER_RE.search(" ".join(lines[k] for k in para)):
            for k in para:
                flags[k - start] = True
        para.clear()

    for idx in range(start, len(lines)):
        if lines[idx].strip():
            para.append(idx)
        elif not _runs_on(lines, para, idx):
            close()
    close()
    return flags


def _runs_on(lines: list[str], para: list[int], blank: int) -> bool:
    """Does the sentence of ``para`` go on after the blank line ``blank``?  An HTML footer
    turned to text puts a blank line after every line of it ("... intended only for the" /
    "" / "named recipient(s) and may contain ...")."""
    if not para or lines[para[-1]].rstrip().endswith((".", "!", "?", ":")):
        return False
    nxt = next((lines[k].strip() for k in range(blank + 1, min(blank + 3, len(lines))) if lines[k].strip()), "")
    return nxt[:1].islower()


class _Tail:
    """The last ``_WINDOW_LINES`` lines of a body, with per-line facts cached."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.base = max(0, len(lines) - _WINDOW_LINES)
        self.disclaimer = _disclaimer_flags(lines, self.base)

    def is_disclaimer(self, idx: int) -> bool:
        return idx >= self.base and self.disclaimer[idx - self.base]

    def rest_is_signature(self, start: int, limit: int, check_prose: bool = True) -> bool:
        """Do lines after ``start`` look like the rest of a signature block?"""
        count = 0
        footer = False
        for idx in range(start + 1, len(self.lines)):
            line = self.lines[idx].strip()
            if not line:
                continue
            if is_task_like(line):
                return False
            if footer or self.is_disclaimer(idx):
                continue
            if SEPARATOR_RE.match(line) or _DELIMITER_RE.fullmatch(line):
                # Below a long rule or a "-- " delimiter comes the footer or
                # the formal signature: accept it whole.
                footer = len(line) >= 10 or line.startswith("--") and len(line) <= 3
                continue
            if is_mobile_footer(line):
                continue
            if check_prose and (_is_sentence_like(line) or len(line) > 80 and not _is_field_line(line)):
                return False
            if is_contact_line(line):
                continue  # phone numbers and addresses are signature material
            count += 1
            if count > limit:
                return False
        return True

    def next_nonblank(self, idx: int) -> int | None:
        for k in range(idx + 1, len(self.lines)):
            if self.lines[k].strip():
                return k
        return None

    def paragraph(self, idx: int) -> list[str]:
        out: list[str] = []
        for k in range(idx, len(self.lines)):
            if not self.lines[k].strip():
                break
            out.append(self.lines[k])
        return out


def _words_before(lines: list[str], idx: int, enough: int = 4) -> int:
    """Words above ``idx`` (counting stops at ``enough``): a lone name only
    signs a real message, not a two-word note ("Foo / Bar")."""
    count = 0
    for k in range(idx - 1, -1, -1):
        count += len(lines[k].split())
        if count >= enough:
            break
    return count


def _signs_above_own_block(lines: list[str], idx: int, tail: _Tail) -> bool:
    """"Julien" over a blank line and "Julien Marchand / Styliste – Maison Odette": a first
    name signing the mail above the block that repeats it with a title, and nothing after."""
    nxt = tail.next_nonblank(idx)
    if nxt is None or nxt == idx + 1:
        return False
    block = tail.paragraph(nxt)
    name = lines[idx].strip().lstrip("-–—~/*•# ").rstrip(",").strip().lower()
    return (2 <= len(block) <= 6 and is_name_like(block[0]) and name in block[0].lower().split()
            and all(len(b.strip()) <= 72 and not _is_sentence_like(b) and not is_task_like(b) for b in block)
            and tail.rest_is_signature(nxt + len(block) - 1, 0))


def _signature_start(lines: list[str]) -> int | None:
    first_content = next((i for i in range(len(lines)) if lines[i].strip()), None)
    if first_content is None:
        return None
    tail = _Tail(lines)
    for idx in range(tail.base, len(lines)):
        raw = lines[idx]
        line = raw.strip()
        if not line:
            continue
        has_content_above = idx > first_content
        prev_blank = idx == 0 or not lines[idx - 1].strip()

        if _DELIMITER_RE.fullmatch(line):
            if tail.rest_is_signature(idx, 30, check_prose=False):
                return idx
            continue
        if is_mobile_footer(line):
            if tail.rest_is_signature(idx, 4):
                return idx
            continue
        if not has_content_above:
            continue
        if is_sign_off(line):
            nxt = tail.next_nonblank(idx)
            if nxt is None:
                return idx
            follower = lines[nxt]
            if (
                is_name_like(follower)
                or is_sign_off(follower)
                or is_mobile_footer(follower)
                or is_contact_line(follower)
                or SEPARATOR_RE.match(follower)
                or tail.is_disclaimer(nxt)
                or follower.strip().lower().startswith("the ")
                or _LOWER_NAME_RE.fullmatch(follower.strip())
            ) and tail.rest_is_signature(idx, 10):
                return idx
            continue
        if SEPARATOR_RE.match(line):
            rest = [
                k
                for k in range(idx + 1, len(lines))
                if lines[k].strip() and not SEPARATOR_RE.match(lines[k])
            ]
            contacts = sum(is_contact_line(lines[k]) for k in rest)
            # Contact details or a disclaimer must dominate what follows the
            # rule; otherwise it is a section break (commit lists, tables).
            if (
                rest
                and (3 * contacts >= len(rest) or tail.is_disclaimer(rest[0]))
                and tail.rest_is_signature(idx, 12)
            ):
                return idx
            continue
        if tail.is_disclaimer(idx) and prev_blank:
            joined = " ".join(tail.paragraph(idx))
            if (len(joined) >= 100 or len(joined) <= 40) and tail.rest_is_signature(idx, 4):
                return idx
            continue
        if is_name_like(line):
            nxt = tail.next_nonblank(idx)
            if nxt == idx + 1 and is_mobile_footer(lines[nxt]) and tail.rest_is_signature(idx, 4):
                return idx
            if prev_blank:
                para = tail.paragraph(idx)
                # A lone name may only be followed by footers; a name heading a
                # block needs contact details to tell it from a section title.
                if (
                    len(para) == 1
                    and _words_before(lines, idx) >= 4
                    and tail.rest_is_signature(idx, 0)
                ):
                    return idx
                if len(para) == 1 and _words_before(lines, idx) >= 4 and _signs_above_own_block(lines, idx, tail):
                    return idx
                if (
                    2 <= len(para) <= 8
                    and any(is_contact_line(p) for p in para)
                    and all(len(p.strip()) <= 72 for p in para)
                    and tail.rest_is_signature(idx, 12)
                ):
                    return idx
                if (
                    2 <= len(para) <= 6
                    and _words_before(lines, idx) >= 4
                    and any(_ROLE_OR_FIRM_RE.search(p) for p in para[1:])
                    and not _HEADING_WORD_RE.search(para[0])
                    and all(len(p.strip()) <= 72 and not _is_sentence_like(p) and not _ASSIGNED_RE.search(p) for p in para)
                    and tail.rest_is_signature(idx, 6)
                ):
                    # "Natalia Becker / Product Manager RouteLotse / Frachtwerk GmbH": a name
                    # over its job title or firm ends the mail, with no phone or address
                    return idx
            continue
        if prev_blank:
            para = tail.paragraph(idx)
            contacts = sum(is_contact_line(p) and not is_mobile_footer(p) for p in para)
            short = all(len(p.strip()) <= 72 for p in para)
            # ("Callum Price | Producer" over a phone line: a name heading its own fields)
            headed = contacts >= 1 and " | " in para[0] and is_name_like(para[0].split(" | ", 1)[0])
            if 2 <= len(para) <= 8 and (contacts >= 2 or headed) and short and tail.rest_is_signature(idx, 12):
                return idx
    return None


def split_signature(text: str) -> tuple[str, str | None]:
    """Split ``text`` into (body, signature); signature is None when none found."""
    lines = text.split("\n")
    start = _signature_start(lines)
    if start is None:
        return text.strip("\n"), None
    body = "\n".join(lines[:start]).strip("\n")
    signature = "\n".join(lines[start:]).strip("\n")
    return body, signature or None
