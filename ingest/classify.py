"""Is this mail written by a person?  Auto-replies, bounces and list traffic are told apart
so that they are recorded but never create items or get an answer (RFC 3834)."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message

NORMAL, AUTO_REPLY, BOUNCE, LIST = "normal", "auto_reply", "bounce", "list"

# Out-of-office subjects in the languages our clients write in.
_OOO_SUBJECT = re.compile(
    r"^\s*(auto(matic)?[ -]?(reply|response|answer)|out of (the )?office|ooo\b|away from|"
    r"abwesenheitsnotiz|automatische antwort|abwesend|"
    r"r[ée]ponse automatique|absence|absent\b|"
    r"respuesta autom[áa]tica|fuera de la oficina|"
    r"risposta automatica|fuori sede|"
    r"automatisch antwoord|afwezig|"
    r"automatiskt svar|frånvaro|autosvar|fravær|"
    r"automatyczna odpowied[źz]|"
    r"resposta autom[áa]tica|"
    r"自動応答|不在|"
    # (Outlook's "Automatic reply:" in Korean, Chinese, Vietnamese, Indonesian/Malay, Turkish,
    # Hebrew, Arabic, Greek, Thai, Czech/Slovak, Romanian, Hungarian, Finnish, Danish/Norwegian,
    # Russian, Ukrainian, Croatian, Icelandic)
    r"자동 회신|자동 응답|자동응답|부재중|自动答复|自动回复|自動回覆|自動回复|trả lời tự động|balasan otomatis|"
    r"balasan automatik|otomatik yan[ıi]t|otomatik cevap|תשובה אוטומטית|رد تلقائي|رد آلي|"
    r"αυτόματη απάντηση|การตอบกลับอัตโนมัติ|ตอบกลับอัตโนมัติ|automatická odpov[ěe]ď|răspuns automat|raspuns automat|"
    r"automatikus válasz|automaattinen vastaus|automatisk svar|автоматический ответ|автоответ|"
    r"автоматична відповідь|automatski odgovor|sjálfvirkt svar)",
    re.IGNORECASE,
)
# An auto-reply whose sender set no header and kept the thread's subject says so in its first
# words: "This is an automatic reply. I'm on-site at a wedding ... through Sunday".  A person
# replying does not open with where they are until when.
_OOO_BODY = re.compile(
    r"^\s*(?:this is an? auto(?:matic|mated)[ -]?(?:reply|response|answer|message)\b|"
    r"(?:thank you for your (?:e-?mail|message)[.!,]?\s+)?i(?:'m| am) (?:currently )?(?:out of (?:the )?office|"
    r"away from (?:the|my) (?:office|desk)|on (?:annual )?leave|on vacation|on holiday)\s+(?:until|till|through|from)\b)",
    re.IGNORECASE)
_BOUNCE_SENDER = re.compile(r"^(mailer-daemon|postmaster|mail-daemon)@", re.IGNORECASE)
_BOUNCE_SUBJECT = re.compile(
    r"^\s*(undeliverable|undelivered mail|delivery status notification|"
    r"mail delivery (failed|failure|subsystem)|returned mail|failure notice|"
    r"delivery has failed|unzustellbar|non remis|"
    r"onbestelbaar|non recapitabile|no se puede entregar|n[ãa]o é poss[íi]vel entregar|impossible de remettre|"
    r"olevererbart|kan ikke leveres|nie można dostarczyć|nedoručiteln[ée]|kézbesíthetetlen|недоставлено|не доставлено|"
    r"배달되지 않음|전송 실패|无法送达|未送达|退信|配信不能|không gửi được|tidak terkirim|teslim edilemedi|"
    r"לא ניתן למסור|تعذر التسليم|αδυναμία παράδοσης)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Verdict:
    kind: str
    reason: str


def header_value(msg: Message, name: str) -> str:
    """A header's text, stripped; "" when absent."""
    value = msg.get(name)
    return "" if value is None else str(value).strip()


def classify(
    msg: Message,
    from_address: str,
    own_list_ids: Callable[[str], bool] | None = None,
    subject: str | None = None,
) -> Verdict:
    """Decide the kind of a parsed message; ``own_list_ids`` tells our own List-Ids apart;
    ``subject`` is the decoded Subject when the caller has it."""
    ctype = msg.get_content_type()
    report_type = (msg.get_param("report-type") or "") if ctype == "multipart/report" else ""
    if ctype == "multipart/report" and str(report_type).lower() == "delivery-status":
        return Verdict(BOUNCE, "multipart/report; report-type=delivery-status")
    return_path = header_value(msg, "Return-Path")
    if return_path in ("<>", "<<>>"):
        return Verdict(BOUNCE, "null Return-Path")
    if _BOUNCE_SENDER.match(from_address or ""):
        return Verdict(BOUNCE, f"sent by {from_address}")
    if subject is None:
        from ingest.addresses import decode_words, raw_headers

        subject = decode_words(" ".join(raw_headers(msg, "Subject")))
    if _BOUNCE_SUBJECT.match(subject) and not msg.get("In-Reply-To"):
        return Verdict(BOUNCE, f"bounce subject {subject[:40]!r}")

    auto = header_value(msg, "Auto-Submitted").lower()
    if auto and auto.split(";")[0].strip() != "no":
        return Verdict(AUTO_REPLY, f"Auto-Submitted: {auto[:40]}")
    for name in ("X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Auto-Response-Suppress"):
        if msg.get(name) is not None:
            return Verdict(AUTO_REPLY, f"{name} header")
    precedence = header_value(msg, "Precedence").lower()
    if precedence in ("auto_reply", "bulk", "junk"):
        return Verdict(AUTO_REPLY, f"Precedence: {precedence}")
    if _OOO_SUBJECT.match(subject):
        return Verdict(AUTO_REPLY, f"out-of-office subject {subject[:40]!r}")
    opening = _opening_words(msg)
    if _OOO_BODY.match(opening):
        return Verdict(AUTO_REPLY, f"out-of-office text {opening.strip()[:40]!r}")

    list_id = header_value(msg, "List-Id")
    listed = list_id or msg.get("List-Unsubscribe") is not None or msg.get("List-Post") is not None
    if listed and (own_list_ids is None or not own_list_ids(list_id)):
        return Verdict(LIST, f"mailing list {list_id[:60] or '(List-Unsubscribe)'}")
    return Verdict(NORMAL, "written by a person")


def _opening_words(msg: Message) -> str:
    """The first 300 characters of the first plain-text part ("" when there is none)."""
    for part in msg.walk():
        if part.get_content_type() != "text/plain" or part.get_content_disposition() == "attachment":
            continue
        raw = part.get_payload(decode=True)
        if not isinstance(raw, bytes):
            return ""
        charset = part.get_content_charset() or "utf-8"
        try:
            return raw[:600].decode(charset, errors="replace")[:300]
        except (LookupError, ValueError):
            # (an unknown charset, or a name no codec can have: 'charset="\x00;utf-8"' raises
            # ValueError, "embedded null character")
            return raw[:600].decode("utf-8", errors="replace")[:300]
    return ""


_AUTOMATED_LOCAL_PART = re.compile(r"^(?:no-?reply|do-?not-?reply|notifications?|notify|mailer|alerts?|automated|bounces?)(?:[-_.+].*)?$",
                                   re.IGNORECASE)


def automated_sender(address: str | None) -> bool:
    """A no-reply / notifications address: mail from it asks nobody for anything (a team
    member forwarding an AWS case notice forwards news, not the notice's "update this case")."""
    return bool(_AUTOMATED_LOCAL_PART.match((address or "").partition("@")[0]))
