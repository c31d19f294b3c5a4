"""Finding quoted history in a plain-text mail body.

A reply body is the author's new text followed (or interleaved) with what they
are answering: ``>``-quoted lines, an attribution line ("On … wrote:" in many
languages, sometimes wrapped over several lines), an Outlook header block
("From: / Sent: / To: / Subject:"), an "-----Original Message-----" separator
or a forward marker.  This module classifies lines and locates those
boundaries; ``ingest.newtext`` decides what to keep.

Every pattern here is applied to one line, or to at most ``MAX_HEADER_LINES``
joined lines capped at ``MAX_HEADER_CHARS``, so scanning stays linear in the
size of the body whatever it contains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

MAX_HEADER_LINES = 4
MAX_HEADER_CHARS = 400
# Longest line we bother testing against the attribution patterns; real
# attribution lines are short, and this keeps a 200 KB line cheap.
_MAX_LINE_FOR_HEADER = 300


class BoundaryKind(Enum):
    """What starts the quoted part of a body."""

    ATTRIBUTION = "attribution"  # "On <date>, <name> wrote:"
    HEADER_BLOCK = "header_block"  # "From: / Sent: / To: / Subject:"
    ORIGINAL = "original"  # "-----Original Message-----"
    FORWARD = "forward"  # "---------- Forwarded message ---------"


@dataclass(frozen=True)
class Boundary:
    """A quote boundary: lines ``start``..``end - 1`` are its own marker lines."""

    kind: BoundaryKind
    start: int
    end: int


# --- single-line markers ---------------------------------------------------

_ORIGINAL_WORDS = (
    r"original message|original e-?mail|ursprüngliche nachricht|originalnachricht|"
    r"message d'origine|message original|mensaje original|messaggio originale|"
    r"oorspronkelijk bericht|origineel bericht|oprindelig meddelelse|"
    r"opprinnelig melding|ursprungligt meddelande|originalmeddelande|"
    r"wiadomość oryginalna|oryginalna wiadomość|mensagem original|"
    r"исходное сообщение|alkuperäinen viesti|eredeti üzenet|původní zpráva|"
    r"元のメッセージ|原始邮件|"
    r"원본 메시지|원본 메일|原始郵件|thư gốc|pesan asli|mesej asal|özgün ileti|orijinal mesaj|orijinal ileti|"
    r"הודעה מקורית|الرسالة الأصلية|αρχικό μήνυμα|mesaj original|mesajul original|ข้อความต้นฉบับ|"
    r"upprunaleg skilaboð|upprunalegt skeyti|pôvodná správa|izvorna poruka|оригинално съобщение|оригінальне повідомлення"
)
_FORWARD_WORDS = (
    r"forwarded message|forwarded e-?mail|weitergeleitete nachricht|"
    r"message transféré|message réexpédié|mensaje reenviado|mensaje original reenviado|"
    r"mensagem encaminhada|messaggio inoltrato|doorgestuurd bericht|"
    r"videresendt meddelelse|videresendt besked|videresendt melding|"
    r"vidarebefordrat meddelande|vidarebefordrat mejl|wiadomość przekazana dalej|"
    r"przekazana wiadomość|пересылаемое сообщение|пересланное сообщение|"
    r"välitetty viesti|továbbított üzenet|転送されたメッセージ|転送メッセージ|转发的邮件|"
    r"전달된 메일|전달된 메시지|轉寄的郵件|轉寄郵件|thư đã chuyển tiếp|thư được chuyển tiếp|pesan terusan|"
    r"pesan yang diteruskan|mesej dimajukan|yönlendirilmiş ileti|iletilen ileti|הודעה שהועברה|"
    r"الرسالة المُعاد توجيهها|الرسالة المعاد توجيهها|προωθημένο μήνυμα|přeposlaná zpráva|preposlaná správa|"
    r"mesaj redirecționat|mesaj redirectionat|ข้อความที่ส่งต่อ|áframsent skeyti|пересланий лист|"
    r"препратено съобщение|proslijeđena poruka|persiųstas laiškas|edasisaadetud kiri|missatge reenviat"
)
_ORIGINAL_RE = re.compile(rf"^[-=_*\s]{{2,}}\s*(?:{_ORIGINAL_WORDS})\s*[-=_*\s]*$", re.IGNORECASE)
_FORWARD_DASHED_RE = re.compile(
    # Mutt: "----- Forwarded message from Diane Whitaker <dw@example.com> -----"
    rf"^[-=_*\s]{{2,}}\s*(?:{_FORWARD_WORDS})(?:\s+from\s+[^\n]{{1,200}}?)?\s*[-=_*\s:]*$", re.IGNORECASE
)
_FORWARD_PHRASE_RE = re.compile(
    r"^(?:begin forwarded message|anfang der weitergeleiteten nachricht|"
    r"début du message (?:réexpédié|transféré)|inicio del mensaje reenviado|"
    r"início da mensagem reencaminhada|inizio messaggio inoltrato|"
    r"doorgestuurd bericht|videresendt besked|vidarebefordrat brev|"
    r"начало пересылаемого сообщения)\s*:?\s*$",
    re.IGNORECASE,
)
# Line of separator characters (Outlook "____", Zimbra/Yahoo "-----", etc.).
SEPARATOR_RE = re.compile(r"^\s*[-_=~*—–]{4,}\s*$")

# --- header blocks ("From: …" / "Sent: …") ----------------------------------

_FROM_KEYS = (
    r"from|de|von|van|fra|från|od|da|от|от кого|lähettäjä|feladó|kimden|"
    # (Thunderbird's localised forward headers: "Mittente:", "Expéditeur :", "Afzender:")
    r"absender|remitente|mittente|remetente|expéditeur|expediteur|afzender|avsändare|avsender|afsender|nadawca|"
    r"差出人|发件人|寄件者|送信者|"
    # (Outlook in Korean, Icelandic, Indonesian/Malay, Vietnamese, Thai, Hebrew, Arabic, Greek,
    # Romanian, Croatian, Ukrainian, Lithuanian, Estonian)
    r"보낸 사람|보낸사람|frá|dari|daripada|từ|จาก|מאת|من|από|de la|šalje|від|nuo|saatja|"
    # (Albanian, Macedonian/Serbian Cyrillic, Belarusian, Azerbaijani, Uzbek, Kazakh, Mongolian,
    # Persian; Latvian "No:" is too common a word to start a block: its block is found below
    # Outlook's separator line by unnamed_header_block_end)
    r"nga|од|шаље|ад|kimdən|kimdan|кімнен|илгээгч|از"
)
_DATE_KEYS = (
    r"sent|date|datum|envoyé|gesendet|verzonden|sendt|skickat|wysłano|wysłane|data|"
    r"enviado|enviada|inviato|дата|отправлено|fecha|päivämäärä|lähetetty|elküldve|"
    r"gönderildi|tarih|日付|送信日時|发送时间|日期|sent at|"
    r"보낸 날짜|보낸날짜|날짜|dagsetning|dikirim|tanggal|dihantar|tarikh|đã gửi|ngày gửi|ngày|ส่ง|วันที่|נשלח|תאריך|"
    r"أرسل|أرسلت|تم الإرسال|تم الارسال|تاريخ الإرسال|التاريخ|στάλθηκε|ημερομηνία|odesláno|odoslané|trimis|poslano|poslato|изпратено|"
    r"надіслано|išsiųsta|saadetud|enviat|寄件日期|傳送時間|发送日期|"
    # (Outlook's "Enviado el:" / "Enviat el:" / "Envoyé le :" / "Gesendet am:": the key with its preposition)
    r"enviado el|enviada el|enviat el|enviado em|enviada em|envoyé le|gesendet am|inviato il|verzonden op|"
    r"nosūtīts|datums|dërguar|dërguar më|испратено|послато|адпраўлена|göndərildi|göndərilib|yuborildi|жіберілді|жіберілген|илгээсэн|ارسال شده|تاریخ"
)
_TO_KEYS = (
    r"to|à|a|an|aan|til|till|do|para|кому|vastaanottaja|címzett|kime|宛先|收件人|"
    r"destinatario|destinatari|destinatário|destinataire|ontvanger|mottagare|modtager|mottaker|adresat|"
    r"cc|kopie|kopi|kopia|cci|bcc|копия|"
    r"받는 사람|받는사람|참조|kepada|tembusan|đến|tới|ถึง|אל|עותק|إلى|نسخة|προς|κοιν|komu|către|kam|adressaat|"
    r"收件者|抄送|副本|afrit|bilgi|másolatot kap|kopio|"
    r"kopija|kp|za|për|до|каму|копија|kimə|kimga|кімге|хэнд|به|رونوشت|"
    # (Catalan Outlook: "Per a:" and "A/c:")
    r"per a|a/c"
)
_SUBJECT_KEYS = (
    r"subject|objet|sujet|betreff|onderwerp|emne|ämne|temat|oggetto|asunto|assunto|тема|"
    r"aihe|tárgy|konu|件名|主题|主旨|"
    r"제목|efni|subjek|perihal|chủ đề|tiêu đề|เรื่อง|נושא|الموضوع|θέμα|předmět|predmet|subiect|tema|teema|assumpte|"
    r"tēma|subjekti|zadeva|тэма|предмет|mövzu|mavzu|тақырып|тақырыбы|гарчиг|موضوع"
)
_KEY_LINE_RE = re.compile(
    rf"^[*_]{{0,2}}(?P<key>{_FROM_KEYS}|{_DATE_KEYS}|{_TO_KEYS}|{_SUBJECT_KEYS})"
    r"[*_]{0,2}\s?[:：][*_]{0,2}(?:\s+|$)(?P<value>.*)$",
    re.IGNORECASE,
)
_KEY_KIND: dict[str, str] = {}
for _kind, _keys in (
    ("from", _FROM_KEYS),
    ("date", _DATE_KEYS),
    ("to", _TO_KEYS),
    ("subject", _SUBJECT_KEYS),
):
    for _key in _keys.split("|"):
        _KEY_KIND.setdefault(_key, _kind)

MAX_HEADER_BLOCK_LINES = 14


def header_key(line: str) -> tuple[str, str] | None:
    """Return (kind, value) when ``line`` looks like "From: …", "Sent: …" etc."""
    stripped = line.strip()
    if len(stripped) > 1000 or (":" not in stripped and "：" not in stripped):
        return None  # (the pattern needs a colon: most lines are answered without it)
    match = _KEY_LINE_RE.match(stripped)
    if not match:
        return None
    kind = _KEY_KIND.get(match.group("key").lower())
    if kind is None:
        return None
    return kind, match.group("value").strip().strip("*_").strip()


def _continues(kind: str, line: str) -> bool:
    """Can ``line`` be the wrapped tail of a ``kind`` header value?"""
    if len(line) > 200 or header_key(line) is not None:
        return False
    if kind in ("to", "from"):
        return any(mark in line for mark in ("@", ";", ",", "<", ">"))
    if kind == "subject":
        return len(line) <= 100 and not line.endswith((".", "!", "?"))
    return False


def header_block_end(lines: list[str], start: int) -> tuple[int, dict[str, str]] | None:
    """If a qualifying header block starts at ``start``, return (end, fields).

    A block qualifies when it has a sender line and at least one other kind
    (date, recipients or subject); wrapped values may continue on up to two
    following lines.  ``end`` is the index after the block's last line.
    """
    fields: dict[str, str] = {}
    last_kind: str | None = None
    continuation = 0
    i = start
    limit = min(len(lines), start + MAX_HEADER_BLOCK_LINES)
    while i < limit:
        line = lines[i]
        if not line.strip():
            # Outlook's HTML puts each header in a paragraph of its own: one blank line
            # between two header lines keeps the block going (a field not seen yet)
            nxt = i + 1
            if nxt >= len(lines) or not lines[nxt].strip():
                break
            ahead = header_key(lines[nxt])
            if ahead is None or ahead[0] in fields or not fields:
                break
            i = nxt
            limit = min(len(lines), limit + 1)
            continue
        parsed = header_key(line)
        if parsed is not None:
            kind, value = parsed
            if kind in fields and kind == "from":
                break  # a second sender starts another block
            fields.setdefault(kind, value)
            last_kind = kind
            continuation = 0
        elif last_kind is not None and continuation < 2 and _continues(last_kind, line.strip()):
            if last_kind in fields and last_kind != "date":
                fields[last_kind] = (fields[last_kind] + " " + line.strip()).strip()
            continuation += 1
        else:
            break
        i += 1
    if "from" not in fields or len(fields) < 2:
        return None
    return i, fields


# "Nosūtīts: pirmdiena, 2026. gada 2. novembris 08:47": a header in a language not listed
_ANY_KEY_LINE_RE = re.compile(r"^[*_]{0,2}[^\W\d_][^\s:：]{0,19}(?:\s[^\s:：]{1,20})?[*_]{0,2}\s?[:：][*_]{0,2}\s+\S")


def unnamed_header_block_end(lines: list[str], start: int) -> int | None:
    """Below a separator line, three or more "Key: value" lines, one of them naming an
    address and one a time, are a mail client's header block whatever its language; return
    the index after it (else None)."""
    i, keys, email, digit = start, 0, False, False
    limit = min(len(lines), start + MAX_HEADER_BLOCK_LINES)
    while i < limit:
        line = lines[i].strip()
        if not line:
            if i + 1 < limit and _ANY_KEY_LINE_RE.match(lines[i + 1].strip()) and keys:
                i += 1
                continue
            break
        if len(line) > 300 or not _ANY_KEY_LINE_RE.match(line):
            break
        keys += 1
        email = email or bool(_HAS_EMAIL_RE.search(line))
        digit = digit or bool(re.search(r"\d{1,2}[:.]\d{2}", line))
        i += 1
    return i if keys >= 3 and email and digit else None


# --- attribution lines ("On … wrote:") ------------------------------------

_TRIGGER = (
    r"wrote|writes|said|a écrit|écrit|schrieb|escribió|escribio|schreef|skrev|skriver|"
    r"napisał\(a\)|napisała|napisał|napisal\(a\)|napisal|pisze|ha scritto|scrisse|escreveu|"
    r"kirjoitti|написал\(а\)|написала|написал|пишет|yazdı|napsal\(a\)|napsal|írta|"
    r"έγραψε|写道|のメッセージ|さんは書きました|は書きました|"
    # (Korean, Traditional Chinese, Vietnamese, Indonesian/Malay, Thai, Hebrew, Arabic, Icelandic,
    # Slovak, Romanian, Croatian, Bulgarian/Ukrainian, Lithuanian, Latvian, Estonian, Catalan)
    r"님이 작성|작성|寫道|đã viết|menulis|เขียนว่า|כתב|כתבה|כתב/ה|كتب|skrifaði|napísal\(a\)|napísal|a scris|"
    r"je napisao|je napisala|napisao je|написа|написав|пише|rašė|rakstīja|kirjutas|va escriure|"
    # (Albanian, Macedonian, Belarusian, Kazakh, Uzbek, Mongolian, Azerbaijani, Persian)
    r"shkroi|напиша|напісаў|напісала|жазды|yozdi|бичсэн|бичжээ|yazdı|yazıb|نوشت|نوشته است"
)
_TRIGGER_END_RE = re.compile(
    rf"(?:(?:^|[\s>\"')\]])(?:{_TRIGGER})|のメッセージ|さんは書きました|は書きました|写道|寫道|님이 작성)\s*[:：]?\s*$",
    re.IGNORECASE,
)
_TRIGGER_MID_RE = re.compile(
    # ("Kovács Péter <peter@example.hu> ezt írta (időpont: 2026. nov. 4., Sze, 10:12):")
    r"(?:^|\s)(?:schrieb|schreef|skrev|napisał\(a\)|napisał|написал\(а\)|написал|wrote|a écrit|írta)"
    r"\s.{1,200}[:：]\s*$",
    re.IGNORECASE,
)
_LEAD_RE = re.compile(
    r"^(?:on|am|le|el|em|il|op|den|w dniu|dnia|dne|dňa|în|pada|vào|في)\s", re.IGNORECASE
)
_ANGLE_EMAIL_COLON_RE = re.compile(r"<\s*[^<>\s@]+@[^<>\s]+\s*>\s*[:：]\s*$")
_HAS_EMAIL_RE = re.compile(r"[^\s<>\"@]+@[^\s<>\"@]+\.\w+")
_HAS_DIGIT_RE = re.compile(r"\d")
_JA_DATE_RE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def _is_weak_attribution(joined: str) -> bool:
    """ "Jens Petersen wrote:" - an attribution only if a quote follows it."""
    text = joined.strip()
    if not text or len(text) > 200 or len(text.split()) > 14:
        return False
    return bool(_TRIGGER_END_RE.search(text) or _TRIGGER_MID_RE.search(text))


def _is_attribution(joined: str) -> bool:
    text = joined.strip()
    if not text or len(text) > MAX_HEADER_CHARS:
        return False
    has_lead = bool(_LEAD_RE.match(text))
    has_digit = bool(_HAS_DIGIT_RE.search(text))
    has_email = bool(_HAS_EMAIL_RE.search(text))
    if _TRIGGER_END_RE.search(text):
        # "On Tuesday, Bob wrote:" has neither digit nor address but a lead word.
        return has_lead or has_digit or has_email
    if _TRIGGER_MID_RE.search(text):
        return has_digit and (has_email or has_lead)
    if _ANGLE_EMAIL_COLON_RE.search(text):
        # Gmail/Yandex/Mail.ru/Japanese: "<date> <name> <addr>:" with no verb.
        return has_digit
    return False


_DASH_WRAPPED_RE = re.compile(r"[-=]{2,}\s*(?P<inner>\S.{0,300}?)\s*[-=]{2,}")


def dash_wrapped_attribution(line: str) -> str | None:
    """Zoho Mail's "---- On Mon, 02 Nov 2026 15:00:17 +0530 Fiona <f@x.org> wrote ---" (no
    colon, and no ">" on the history below), as the attribution line it stands for, ending
    in a colon; None for any other line ("-----Original Message-----" included)."""
    stripped = line.strip()
    if not stripped.endswith(("--", "==")):
        return None
    wrapped = _DASH_WRAPPED_RE.fullmatch(stripped)
    if wrapped is None:
        return None
    inner = wrapped.group("inner").rstrip(":： ")
    return inner + ":" if _TRIGGER_END_RE.search(inner) else None


def attribution_at(lines: list[str], start: int) -> int | None:
    """If an attribution line (possibly wrapped) starts at ``start``, return its end.

    Wrapped attributions span up to ``MAX_HEADER_LINES`` consecutive non-blank
    lines.  The caller prefers the latest start for the same end (see
    ``find_boundaries``), so "Am heutigen Tage" above a wrapped German
    attribution is not swallowed into it.
    """
    parts: list[str] = []
    total = 0
    for offset in range(MAX_HEADER_LINES):
        idx = start + offset
        if idx >= len(lines):
            return None
        line = lines[idx].strip()
        if not line or is_quoted(lines[idx]):
            return None
        if len(line) > _MAX_LINE_FOR_HEADER:
            return None
        line = dash_wrapped_attribution(line) or line
        total += len(line) + 1
        if total > MAX_HEADER_CHARS:
            return None
        parts.append(line)
        if line.endswith((":", "：")):
            joined = " ".join(parts)
            if _is_attribution(joined):
                return idx + 1
            if _is_weak_attribution(joined) and _quote_follows(lines, idx + 1):
                return idx + 1
    return None


def _quote_follows(lines: list[str], index: int) -> bool:
    for idx in range(index, min(len(lines), index + 4)):
        if lines[idx].strip() and not is_snip(lines[idx]):
            return is_quoted(lines[idx])
    return False


_SNIP_RE = re.compile(
    r"^[\[<(]?\s*(?:\.{2,}|…)?\s*(?:snip(?:ped)?|schnipp|\.{3}|…)\s*(?:\.{2,}|…)?\s*[\]>)]?$",
    re.IGNORECASE,
)


def is_snip(line: str) -> bool:
    """An editorial mark for elided quoted text: "[...]", "<snip>", "... snip ..."."""
    stripped = line.strip()
    return len(stripped) <= 20 and bool(_SNIP_RE.match(stripped))


# --- quoting ---------------------------------------------------------------

# ">" quoting, plus Supercite-style initials ("NDN> ") used by some Emacs users.
_QUOTED_RE = re.compile(r"^[ \t]{0,3}(?:>|[A-Z]{2,4}> )")


def is_quoted(line: str) -> bool:
    """A ``>``-quoted line (up to three leading spaces tolerated)."""
    return bool(_QUOTED_RE.match(line))


def forward_marker_at(lines: list[str], index: int) -> bool:
    """An explicit forward marker line ("Begin forwarded message:" …)."""
    line = lines[index].strip()
    if len(line) > 120:
        return False
    return bool(_FORWARD_DASHED_RE.match(line) or _FORWARD_PHRASE_RE.match(line))


def original_marker_at(lines: list[str], index: int) -> bool:
    """An "-----Original Message-----" style separator (reply or forward)."""
    # (Foxmail's text part keeps the HTML space: "------------------&nbsp;原始邮件&nbsp;------------------")
    line = lines[index].replace("&nbsp;", " ").strip()
    if len(line) > 120:
        return False
    return bool(_ORIGINAL_RE.match(line))


def _next_nonblank(lines: list[str], index: int, limit: int = 3) -> int | None:
    for idx in range(index, min(len(lines), index + limit)):
        if lines[idx].strip():
            return idx
    return None


def find_boundaries(lines: list[str]) -> list[Boundary]:
    """All unquoted quote boundaries, in order, each at its earliest line.

    Boundaries never overlap: scanning resumes after a boundary's marker lines.
    """
    found: list[Boundary] = []
    i = 0
    n = len(lines)
    # An attribution ends on a line ending in a colon, at most MAX_HEADER_LINES - 1 lines
    # below its start: where no such line follows closely, attribution_at is not asked.
    colon_after = [n] * (n + 1)  # index of the first line at or after i that ends in a colon
    for k in range(n - 1, -1, -1):
        # (or Zoho's "---- On ... wrote ---", which attribution_at reads as ending in one)
        tail = lines[k].rstrip()
        ends_header = tail.endswith((":", "：")) or (tail.endswith(("--", "==")) and dash_wrapped_attribution(tail) is not None)
        colon_after[k] = k if ends_header else colon_after[k + 1]
    while i < n:
        line = lines[i]
        stripped = line.strip()
        if not stripped or is_quoted(line):
            i += 1
            continue
        if forward_marker_at(lines, i):
            found.append(Boundary(BoundaryKind.FORWARD, i, i + 1))
            i += 1
            continue
        if original_marker_at(lines, i):
            found.append(Boundary(BoundaryKind.ORIGINAL, i, i + 1))
            i += 1
            continue
        if SEPARATOR_RE.match(line):
            nxt = _next_nonblank(lines, i + 1)
            if nxt is not None:
                block = header_block_end(lines, nxt)
                end = block[0] if block is not None else unnamed_header_block_end(lines, nxt)
                if end is not None:
                    found.append(Boundary(BoundaryKind.HEADER_BLOCK, i, end))
                    i = end
                    continue
            i += 1
            continue
        if header_key(line) is not None:
            block = header_block_end(lines, i)
            if block is not None:
                found.append(Boundary(BoundaryKind.HEADER_BLOCK, i, block[0]))
                i = block[0]
                continue
        end = attribution_at(lines, i) if colon_after[i] < i + MAX_HEADER_LINES else None
        if end is not None:
            start = i
            # A wrapped attribution may have swallowed a line of new text above
            # it ("Am heutigen Tage" / "Am So., 1. Jan. … schrieb …:"): prefer
            # a later start that itself opens like an attribution.
            for later in range(i + 1, end):
                opener = lines[later].strip()
                if (_LEAD_RE.match(opener) or opener[:1].isdigit()) and attribution_at(
                    lines, later
                ) == end:
                    start = later
            found.append(Boundary(BoundaryKind.ATTRIBUTION, start, end))
            i = end
            continue
        i += 1
    return found
