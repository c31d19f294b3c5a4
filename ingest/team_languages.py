"""What a team writes to itself in its own language: requests ("Issouf : est-ce que tu peux monter
une boutique WooCommerce de test d'ici vendredi ?", "Kátia, consegues ter as legendas prontas até
dia 20/11?", "¿Puedes enviarme el logo antes del jueves?") and the reply that the work is done
("Listo. Pasajes comprados", "L'estimation pour le 60 fps est faite", "Voilà le chiffrage, en pièce
jointe").

Teams in Lomé, Bissau or Santo Domingo write to each other in French, Portuguese or Spanish and
to their clients in English.  The prose rules read English; this reads the few shapes a request
to a colleague takes in those three languages (a question asking "can you ..." or a "merci de
..." / "por favor ..."), with its day said in the same sentence.  A request without a day is
left alone: whether it is work or a passing thought, the words alone do not say.  The day is
read by the English date reader after its words are put in English ("d'ici vendredi" -> "by
Friday", "até quarta-feira, 11/11" -> "by Wednesday, 11/11").

Questions and decisions between colleagues are read the same way: a question is any sentence
in one of those languages that ends in "?" and asks for something other than work ("Maeva, le
disque des rushes, il est encore au bureau ou tu l'as chez toi ?"), a decision one that says it
was decided ("On a décidé de ...", "decidí que ...") or that one way is taken over another ("On
part sur Flutter plutôt que sur du natif"), with its reason after "parce que" / "porque".  Teams in
Sana'a or Kuwait write to each other in Arabic: a decision said with "قررنا" (we decided) and its
reason after "لأن" (because) is read the same way.  Teams in Almaty or Minsk write Russian: a request
with "пожалуйста" or "можешь ...?" and its day ("до 20.11", "до четверга"), a question, and a decision
("Решили делать на Flutter, а не нативно, потому что ...") are read too; the colleague named in
Cyrillic is found by ``ingest.addressing`` under the Latin spelling of the roster.

Teams writing other languages are read by what any request to a colleague has: the colleague
named first, in any script ("李文，", "თამარ,", "بهنام،"), and a day with its word for "by", before
it ("până vineri", "ifikapo Jumatatu"), after it ("çarşamba gününe kadar", "বুধবারের মধ্যে") or on
it ("péntekig", "torstaiksi"); and the word for ready, done or attached in a later sentence that
names the work ("Tuotekuvausohje on valmis!", "器材清单在附件里").

Work already on record is followed the same way: reported blocked ("Las tarifas de envío están
bloqueadas: ..."), put off by the one who does it ("el staging te lo tengo el viernes 20"), or
promised anew by the writer ("Je monte le formulaire dans Kobo d'ici mardi 17/11"), which is a
task of theirs unless it names one they already have.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from ingest.addressing import NAME_CAPITALS
from ingest.dates import find_dates
from ingest.day_words import in_english_days
from ingest.extraction_types import KnownTask
from ingest.item_phrasing import capitalise, pick_due
from ingest.regex_prefilter import may_match

__all__ = ["ForeignRequest", "blocked_work", "done_work", "foreign_assignment", "foreign_choice", "foreign_decision", "foreign_new_date",
           "foreign_own_promise", "foreign_promise", "foreign_question", "foreign_request", "foreign_vocative_request", "hands_over_a_file",
           "restated_task", "says_done", "work_before_its_day", "written_in_another_language"]

# "Issouf : est-ce que tu peux ..." / "Kátia, consegues ..." / "Peux-tu ..."
_ASKS = re.compile(
    r"^(?:(?P<name>[" + NAME_CAPITALS + r"][\w'-]+)\s*[,:]\s+)?¿?"
    # (Russian: "Руслан, сделай, пожалуйста, 3 варианта app icon до 20.11." / "Дима, можешь ...")
    r"(?:(?=[а-яё]+(?:й|и|ь|йте|ите|ьте),?\s+пожалуйста\b)|(?:ты\s+|вы\s+)?(?:можешь|сможешь|можете|сможете)(?:\s+(?:ли|пожалуйста))?\s+|"
    r"(?:est-ce\s+que\s+(?:tu\s+peux|vous\s+pouvez|tu\s+pourrais|vous\s+pourriez)|peux-tu|pouvez-vous|pourrais-tu|pourriez-vous|"
    # ("Tu peux me préparer l'étalonnage ... pour mardi 10 ?" / "¿me preparas tres propuestas ... para el jueves?")
    r"merci\s+de|(?:tu\s+)?peux(?=\s+(?:me\s+|nous\s+)?\w+er\b)|me(?=\s+(?:prepar|arm|hac|mand|envi|pas|sub|revis)[áa]s\s[^?]*\?\s*$)|"
    r"puedes|podrías|podrias|podés|podes|podias|poderias|consegues|conseguirias|pode|poderia|por\s+favor,?)\s+)"
    r"(?P<vp>[^?¿]{6,200}?)\s*[?.!]?\s*$",
    re.IGNORECASE)
# what asks nothing: "est-ce que tu peux me dire si ..." asks for an answer, which the question
# rules keep
_ONLY_AN_ANSWER = re.compile(r"^(?:me\s+dire|nous\s+dire|confirmer\s+si|me\s+decir|decirme|confirmar\s+si|dizer-me|me\s+dizer|dizer)\b",
                             re.IGNORECASE)
_DATE_WORDS = (
    ((r"d'ici\s+(?:le\s+)?|avant\s+(?:le\s+)?|au\s+plus\s+tard\s+(?:le\s+)?|pour\s+le\s+|hasta\s+(?:el\s+)?|antes\s+del?\s+|para\s+el\s+|"
      r"até\s+(?:(?:ao|à|a|o)\s+)?(?:dia\s+)?|antes\s+de\s+"), "by "),
    (r"lundi", "Monday"), (r"mardi", "Tuesday"), (r"mercredi", "Wednesday"), (r"jeudi", "Thursday"), (r"vendredi", "Friday"),
    (r"samedi", "Saturday"), (r"dimanche", "Sunday"),
    (r"lunes", "Monday"), (r"martes", "Tuesday"), (r"mi[ée]rcoles", "Wednesday"), (r"jueves", "Thursday"), (r"viernes", "Friday"),
    (r"s[áa]bado", "Saturday"), (r"domingo", "Sunday"),
    (r"segunda(?:-feira)?", "Monday"), (r"ter[çc]a(?:-feira)?", "Tuesday"), (r"quarta(?:-feira)?", "Wednesday"),
    (r"quinta(?:-feira)?", "Thursday"), (r"sexta(?:-feira)?", "Friday"),
    (r"demain|mañana|amanhã", "tomorrow"),
    # (Russian: "до четверга (5.11)", "в среду 11.11", "до пятницы")
    (r"до\s+", "by "), (r"в\s+(?=(?:понедельник|вторник|сред|четверг|пятниц|суббот|воскресень))", "on "),
    (r"понедельник[аи]?", "Monday"), (r"вторник[аи]?", "Tuesday"), (r"сред[аыу]", "Wednesday"), (r"четверг[аи]?", "Thursday"),
    (r"пятниц[аыу]", "Friday"), (r"суббот[аыу]", "Saturday"), (r"воскресень[еяю]", "Sunday"), (r"завтра", "tomorrow"),
)
_TRANSLATIONS = [(re.compile(r"\b" + pattern + (r"\b" if not pattern.endswith(r"\s+") else ""), re.IGNORECASE), english)
                 for pattern, english in _DATE_WORDS]


@dataclass(frozen=True)
class ForeignRequest:
    """A request found: the work as written, whom it names (if anyone) and its day."""

    title: str
    name: str | None
    due: date


def _in_english(text: str) -> str:
    for rx, english in _TRANSLATIONS:
        text = rx.sub(english, text)
    return text


# the words that lead a request's day, in French, Spanish, Portuguese and Russian ("d'ici
# vendredi", "para el jueves 19", "até dia 20/11", "до 20.11")
_DAY_LEAD_WORDS = r"d'ici|avant|au\s+plus\s+tard|pour\s+le|hasta|antes\s+del?|para\s+el|até"
_REQUEST_DAY_LEAD = re.compile(r"\s*,?\s+(?:" + _DAY_LEAD_WORDS + r"|до)\b", re.IGNORECASE)


def work_before_its_day(text: str) -> str:
    """``text`` up to the words that lead its day ("el staging de WooCommerce, para el jueves
    19" -> "el staging de WooCommerce")."""
    return _REQUEST_DAY_LEAD.split(text, maxsplit=1)[0]


def foreign_request(sentence: str, sent_at: datetime, tz: str, date_order: str) -> ForeignRequest | None:
    """The request ``sentence`` makes in French, Spanish, Portuguese or Russian, when it has a day."""
    m = _ASKS.match(sentence.strip())
    if m is None or _ONLY_AN_ANSWER.match(m.group("vp")):
        return None
    # ("tu peux me monter le squelette ...": for whom is no part of the work)
    vp = re.sub(r"^(?:me|nous)\s+(?=\w)", "", m.group("vp").strip(" ,"), flags=re.IGNORECASE)
    due = pick_due(_in_english(vp), sent_at, tz, date_order)
    if due is None:
        return None
    # the work without its day: "monter une boutique ... sur le serveur de préprod d'ici vendredi"
    title = work_before_its_day(vp)
    # ("сделай, пожалуйста, 3 варианта app icon": the please is no part of the work)
    title = re.sub(r",?\s+пожалуйста,?", "", title, flags=re.IGNORECASE)
    if len(title.split()) <= 3 and re.match(r"\S+-(?:las?|los?|les?|lhes?|nos)\b", title, re.IGNORECASE):
        # ("Consegues tê-las prontas até dia 20/11?": what "them" is, the sentence does not say)
        return None
    return ForeignRequest(capitalise(title.strip(" ,")), m.group("name"), due)


# "Listo." / "C'est fait !" / "L'estimation ... est faite" / "La boutique de test tourne" / "As
# legendas estão prontas" / "Voilà le chiffrage, en pièce jointe" (with a file attached)
_DONE_SAID = re.compile(
    r"^(?:listo|lista|hecho|terminado|c'est\s+fait|fait|termin[ée]|feito|pronto|pronta)\s*[.!,:]"
    r"|\b(?:est|sont)\s+(?:faite?s?|finie?s?|termin[ée]e?s?|pr[êe]te?s?|en\s+ligne|livr[ée]e?s?|envoy[ée]e?s?|pouss[ée]e?s?|"
    # ("Dar Seffarine est réservé", "Les photos sont parties hier soir depuis la CCIMA"; not "Il est
    # parti en vacances")
    r"r[ée]serv[ée]e?s?|[àa]\s+jour)\b|\bsont\s+partie?s\b"
    # ("Oui, partis lundi avec DHL")
    r"|^(?:oui|voil[àa]|c'est\s+bon)?[,!.]?\s*partie?s\b"
    r"|\b(?:está|están|estão)\s+(?:listos?|listas?|hechos?|hechas?|prontos?|prontas?|feitos?|feitas?|terminad[oa]s?|online|en\s+l[íi]nea|arriba|"
    # ("las tres propuestas de mapas están subidas en la carpeta del proyecto")
    r"subid[oa]s?|colgad[oa]s?|cargad[oa]s?|enviad[oa]s?|publicad[oa]s?)\b"
    # ("La première version est sur le Drive, dans Archipel/Maquettes/V1", "ya está en el Drive"):
    # put where the team shares its files
    r"|\b(?:est|sont|está|están|estão)\s+(?:(?:sur|dans|en|no|na)\s+)?(?:le|la|l'|el|o|a)?\s*(?:drive|dropbox|gitlab|github|wetransfer)\b"
    # ("O primeiro corte já está montado" / "Ya está subido": a participle after "already is")
    r"|\b(?:já|ya)\s+(?:está|están|estão)\s+\w+(?:ad|id)[oa]s?\b"
    r"|\b(?:la|le|l')\s*[\w -]{2,40}?\s+tourne(?:nt)?\b"
    # ("C'est bon, les monnaies remontent dans l'API", "C'est bon pour Rezdy : j'ai testé ce matin";
    # not "C'est bon pour moi", which agrees)
    r"|^c'est\s+bon\s*(?:[,!.:]|pour\s+(?!(?:moi|nous|vous|toi|lui|elle|eux|ça|ca|cela)\b))"
    r"|\b(?:j'ai|nous\s+avons|on\s+a)\s+(?:bien\s+|tout\s+)?(?:test[ée]|v[ée]rifi[ée]|fini|termin[ée]|livr[ée]|r[ée]serv[ée]|corrig[ée]|"
    r"int[ée]gr[ée]|install[ée]|d[ée]ploy[ée]|mis\s+en\s+ligne)\b"
    # ("Moodboards listos: the three are in Drive")
    r"|^[\w-]+(?:\s+[\w-]+)?\s+(?:listos?|listas?|hechos?|hechas?|terminad[oa]s?|enviad[oa]s?|subid[oa]s?|prontos?|prontas?)\s*[:.!,]"
    # ("Option posée au Riad Dar Zaman": the thing, and that it is done, as a headline)
    r"|^(?:(?:l'|la\s+|le\s+|les\s+))?[\w-]+\s+(?:pos[ée]e?s?|envoy[ée]e?s?|r[ée]serv[ée]e?s?|livr[ée]e?s?|termin[ée]e?s?)\b(?!\s*\?)",
    re.IGNORECASE)
# ... and in the other languages teams write ("Word count-ът е готов", "PoC offline synchronizácie je
# hotový", "الـ staging صار جاهز", "Τα mockups ... Έτοιμα για review", "LUT даяр", "Analiza u krye",
# "Mock-up i redi!"): the word for ready, done or attached, read only in a sentence that is not English
_READY_SAID = re.compile(
    r"\b(?:hotov\w*|готов\w*|gotov\w*|gotow\w*|zrobion\w*|сделан\w*|направен\w*|završen\w*|dokončen\w*|končan\w*|даяр|дайын|tayyor|"
    r"padaryta|paruošt\w*|baigt\w*|gatav[sa]|pabeigt\w*|valmi(?:s|it|ina)|kész|elkészült|gata|terminat\w*|finalizat\w*|gati|u\s+krye|"
    r"përfundua\w*|mbarova|έτοιμ\w*|ετοιμ\w*|ολοκληρώθηκ\w*|hazır\w*|tamamlandı|bitti|klaar|klar|klart|ferdig|färdig|færdig|fertig|erledigt|"
    # (Swahili, Vietnamese, Indonesian and Malay, Tagalog, Maltese; Finnish, Estonian, Hungarian,
    # Czech and Romanian "attached", "runs", "is up": "käsikirjoituksen eka versio on liitteenä",
    # "Testovací instance běží", "Staging-ul e sus")
    r"tayari|nimemaliza|imekamilika|xong|hoàn\s+thành|sudah\s+(?:selesai|siap|dikirim)|terlampir|tapos\s+na|saru|"
    r"liitteenä|manuses|csatolva|běží|beží|(?:e|este|sunt)\s+sus|"
    # (checked, confirmed, tested: Russian, Uzbek, Bulgarian, Greek)
    r"проверил[аи]?|tekshirdim|tekshirib\s+chiqdim|потвърди\w*|δοκίμασα|έλεγξα|"
    # (attached: "In de bijlage de datamodel-schets", "Im Anhang ...", "In allegato ...", "W
    # załączniku ...", "V příloze ...", "U prilogu ...")
    r"in\s+de\s+bijlage|bijgevoegd|im\s+anhang|anbei|in\s+allegato|w\s+załączniku|v\s+příloze|v\s+prílohe|u\s+prilogu|"
    r"u\s+privitku|v\s+prilogi|mellékelve|pielikumā|priede|vedhæftet|vedlagt|bifogad|bifogat|"
    r"gedaan|fatto|pront[oaie]|completat\w*|tehtud|lest[a]?|redi|"
    # (booked, sent, uploaded: "Полетите са резервирани", "Je to poslané"; not "final", which a
    # request says too: "prototyp potrebujeme finálny do 12. 11.")
    r"резервиран[иаео]?|забронирован[ыао]?|изпратен[иаео]?|пратен[иаео]?|отправлен[ыао]?|качен[иаео]?|загружен[ыао]?|"
    r"rezervovan[éáýoa]?|zarezerwowan[eay]?|odoslan[éáýoa]?|odeslan[éáýoa]?|wysłan[eay]?|poslan[éáýoa]?|"
    # ("Еве ги wireframes", here they are)
    r"(?<![\w-])(?:еве|ето)\s+(?:ги|го|ја|я))\b"
    r"|(?:جاهز|مرفق|خلصت|خلصنا|انتهيت|完成|搞定|好了|準備好|准备好|できました|在附件|附件里|附件裡|已上传|已上傳|收到了|완료|"
    # (Persian ready, done, finished; Georgian ready, attached; Armenian ready, done, put; Burmese
    # finished; Bengali and Hindi ready, done; Thai finished)
    r"آماده|انجام\s*شد|گذاشتم|فرستادم|تموم\s*شد|تمام\s*شد|მზადაა|მზად\s+არის|მიმაგრებულია|დასრულდა|պատրաստ|արված|դրված|ավարտված|"
    r"ပြီးပါပြီ|ပြီးပြီ|রেডি|হয়ে\s*গেছে|तैयार|हो\s+गया|เสร็จแล้ว|เรียบร้อย)",
    re.IGNORECASE)
# ... unless it is said not to be, or not yet: "الـ booking page ما راح تكون جاهزة اليوم", "още не е
# готов", "nije gotovo", "noch nicht fertig", "还没完成"
_NOT_YET = re.compile(
    r"(?:^|[\s،,(])(?:ne|nie|не|ни|nu|nem|ei|ikke|inte|niet|nicht|non|no|δεν|μην|değil|nuk|jo|nije|nisu|není|ещё|еще|още|još|"
    r"ما|لا|لم|لن|مش|مو|مب|بعد|bado|chưa|belum|hindi|нема|نه|نیست|نشده|হয়নি|না|नहीं|არ|ჯერ|դեռ|չէ)(?=[\s,.!?،]|$)"
    r"|[未没沒不]|ยัง", re.IGNORECASE)
_FILE_SAID = re.compile(r"\b(?:ci-joint|en\s+pi[èe]ce\s+jointe|adjunto|adjunta|em\s+anexo|segue\s+em\s+anexo)\b", re.IGNORECASE)


def _sentences(text: str) -> list[str]:
    """The sentences and lines of ``text``."""
    return re.split(r"(?<=[.!?])\s+|\n+", text)


@lru_cache(maxsize=64)
def _done_sentences(text: str, attachments: int) -> tuple[str, ...]:
    # (cached: a message's text is asked for its work named and for any work done, in turn)
    # ("Le fichier est sur le Drive ?" asks)
    return tuple(sentence.strip() for sentence in _sentences(text)
                 if _DONE_SAID.search(sentence.strip()) and not sentence.rstrip().endswith("?") or attachments and _FILE_SAID.search(sentence)
                 or _READY_SAID.search(sentence) and not _NOT_YET.search(sentence) and not _english(sentence))


def hands_over_a_file(sentence: str) -> bool:
    """Whether ``sentence`` says, in French, Spanish or Portuguese, that a file is attached
    ("Vous trouverez notre logo en pièce jointe", "Te adjunto el test plan")."""
    return _FILE_SAID.search(sentence) is not None


def says_done(text: str, attachments: int) -> str | None:
    """The sentence of ``text`` saying, in French, Spanish or Portuguese, that the work is done."""
    said = _done_sentences(text, attachments)
    return said[0] if said else None


_CJK_RUN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{2,}")


def _long_words(text: str) -> set[str]:
    # (and a name in capitals, however short: "partis lundi avec DHL" names "... les envoyer par DHL";
    # and in Chinese, Japanese or Korean, which write no spaces, each two characters side by side:
    # "背标初稿做好了" names "200g罐的中文背标，...先出一版初稿" by "背标" and "初稿")
    return ({w for w in re.findall(r"[^\W\d_]{4,}", text.lower()) if w not in _FOREIGN_WORDS and not _CJK_RUN.match(w)}
            | {w.lower() for w in re.findall(r"\b[A-Z]{3}\b", text)}
            | {pair for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)
               if _CJK_FUNCTION.isdisjoint(pair := run[i: i + 2])})


# characters of grammar, time and courtesy, which any two requests share ("可以", "一下", "星期")
_CJK_FUNCTION = frozenset("的了是我你他她们們在有和与與及请請给給把被就也都还還要会會能可以一下星期周週前后後日月年号號点點时時天再吗嗎呢吧个個这這那")


def _shared(said: set[str], title: set[str]) -> int:
    """How many words of a title ``said`` has, as written or bent: a word and one that starts
    with all of it but an ending of three letters at most count as one ("tuotekuvausohje" and
    "tuotekuvausohjeen", "moodboard" and "moodboards"), when both are seven letters or more
    (shorter, the bent word is too often another: "salida" is not "salidas" of another task)."""
    def bent(a: str, b: str) -> bool:
        short, long = (a, b) if len(a) <= len(b) else (b, a)
        return len(short) >= 7 and len(long) - len(short) <= 3 and long.startswith(short[:-1])
    # (two characters side by side are a word's part: two of them shared make one word)
    pairs = sum(1 for w in title if _CJK_RUN.fullmatch(w) and w in said)
    return pairs // 2 + sum(1 for w in title if not _CJK_RUN.fullmatch(w) and (w in said or any(bent(w, s) for s in said)))


def _the_task_named(sentence: str, tasks: list[KnownTask], words: int, *, promised_at: int | None = None) -> KnownTask | None:
    """The one task of ``tasks`` that ``sentence`` names by the most of its title's words, at
    least ``words``.  Two named as much are told apart by the words before what is said of them
    ("la guía ya está en el Drive (Fotos > Guia_fotos_artesanas.pdf)" names the guide, though the
    file's name shares as many words with "El retoque de las fotos de las artesanas"), or, for a
    promise whose verb is at ``promised_at``, by the words after it ("Il y a trois circuits de
    plus, je te livre la traduction complète" names the translation, not "Les trois pistes")."""
    said = _long_words(sentence)
    scored = sorted(((_shared(said, _long_words(task.title)), task) for task in tasks), key=lambda pair: -pair[0])
    if not scored or scored[0][0] < words:
        return None
    if len(scored) == 1 or scored[1][0] < scored[0][0]:
        return scored[0][1]
    if promised_at is not None:
        focus = _long_words(sentence[promised_at:])
    elif (verb := _DONE_SAID.search(sentence) or _READY_SAID.search(sentence)) is not None:
        focus = _long_words(sentence[: verb.start()])
    else:
        return None
    tied = sorted(((_shared(focus, _long_words(task.title)), task) for score, task in scored if score == scored[0][0]),
                  key=lambda pair: -pair[0])
    return tied[0][1] if tied[0][0] >= 1 and (len(tied) == 1 or tied[1][0] < tied[0][0]) else None


def done_work(text: str, attachments: int, tasks: list[KnownTask], *, words: int = 2) -> tuple[KnownTask, str] | None:
    """The open task a sentence of ``text`` says is done, in the team's language, naming it by at
    least ``words`` of its title's words ("Les titres animés sont terminés aussi depuis lundi"
    for "Préparer les titres animés ... pour lundi 9/11"), and that sentence."""
    for sentence in _done_sentences(text, attachments):
        task = _the_task_named(sentence, tasks, words)
        if task is not None:
            return task, sentence
    return None


# "Las tarifas de envío están bloqueadas: Aircalin Cargo no nos ha mandado la tabla" / "La
# boutique est toujours bloquée, parce que ..." / "O checkout está bloqueado até ...": the work
# cannot go on, and why
_BLOCKED_SAID = re.compile(
    r"\b(?:est|sont|reste|restent|está|están|estão|sigue|siguen|queda|quedan|continua|continuam|fica|ficam)\s+"
    r"(?:(?:toujours|encore|todavía|aún|ainda)\s+)?(?:bloqu[ée]e?s?|bloquead[oa]s?)\b"
    # ("Shopify store 暫時開不到 ... 所以這項暫時 blocked。": the English word, in a line of another language)
    r"|(?<![\w-])(?P<english>blocked)(?![\w-])",
    re.IGNORECASE)
_WHY_BLOCKED = re.compile(r"^\s*(?::|,?\s+(?:parce\s+qu(?:e\s+|')|car\s+|porque\s+|pois\s+|ya\s+que\s+|puisqu(?:e\s+|')))\s*(?P<why>\S.*?)[.!]?\s*$",
                          re.IGNORECASE)


def blocked_work(text: str, tasks: list[KnownTask]) -> tuple[KnownTask, str, str | None] | None:
    """The open task of ``tasks`` a sentence of ``text`` says, in French, Spanish or Portuguese (or
    with the English word in a line of another language), cannot go on, naming it by a word of its
    title; that sentence, and the reason it gives."""
    if not may_match(_BLOCKED_SAID, text):
        return None
    for sentence in _sentences(text):
        m = _BLOCKED_SAID.search(sentence)
        if (m is None or sentence.rstrip().endswith("?") or _NOT_YET.search(sentence[max(0, m.start() - 12): m.start()])
                or m.group("english") and not written_in_another_language(sentence)):
            continue
        task = _the_task_named(sentence[: m.start()], tasks, 1)
        if task is not None:
            why = _WHY_BLOCKED.match(sentence[m.end():])
            return task, sentence.strip(), why.group("why") if why else None
    return None


# "Nilton, a montagem do primeiro corte é contigo." / "Kátia, ficas com as legendas em inglês e
# dinamarquês." / "Marta, te encargas de las fotos." / "Issouf, tu t'occupes de la boutique de test.":
# a piece of work given to a colleague by name
_GIVEN = re.compile(
    r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w'-]+)\s*[,:]\s+(?:"
    r"(?P<np>(?:a|o|as|os|la|le|les|el|los|las|l')\s*[^,;.?!]{3,80}?)\s+(?:é\s+contigo|fica\s+contigo|est\s+pour\s+toi|c'est\s+pour\s+toi|es\s+para\s+ti|es\s+tuy[oa])"
    r"|(?:ficas\s+com|fica\s+com|te\s+encargas\s+de(?:l)?|tu\s+t'occupes\s+de|tu\s+prends|je\s+te\s+confie)\s+(?P<np2>[^,;.?!]{3,80}?)"
    r")(?:\s*,\s*[^.?!]{2,60})?\s*[.!]?\s*$",
    re.IGNORECASE)


# "Serge : les trois pistes d'étiquette pour la boîte de 185 g." (under "Voici qui fait quoi :"),
# dated by the next sentence ("Il me les faut au plus tard le mercredi 11/11")
_GIVEN_BY_COLON = re.compile(r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w'-]+)\s*:\s+(?P<np>(?:les|la|le|l'|el|los|las|os|as)\s*[^,;.?!]{3,80}?)\s*[.!]?\s*$",
                             re.IGNORECASE)


def foreign_assignment(sentence: str, following: str, sent_at: datetime, tz: str, date_order: str) -> ForeignRequest | None:
    """Work given to a colleague by name in ``sentence``, dated there or in the ``following``
    sentence ("Preciso dele pronto até quarta-feira, 11/11.", "Consegues tê-las prontas até dia
    20/11?"); undated, nothing."""
    m = _GIVEN.match(sentence.strip())
    if m is None:
        # (a list item holds both sentences: the work, then its day)
        first, *rest = re.split(r"(?<=[.!])\s+(?=[A-ZÀ-ÖØ-Þ])", sentence.strip(), maxsplit=1)
        m = _GIVEN_BY_COLON.match(first)
        if m is None:
            return None
        sentence, following = first, " ".join([*rest, following])
        if not _in_a_team_language(f"{m.group('np')} {following}"):
            return None
    due = pick_due(_in_english(sentence), sent_at, tz, date_order) or pick_due(_in_english(following), sent_at, tz, date_order)
    if due is None:
        return None
    return ForeignRequest(capitalise(next(g for g in m.groups()[1:] if g).strip()), m.group("name"), due)


# words of French, Spanish or Portuguese that English does not use (the language a sentence is
# in is told by how many it has, against English ones)
_FOREIGN_WORDS = frozenset({
    "le", "la", "les", "des", "du", "est", "sont", "une", "un", "tu", "vous", "nous", "avec", "pour", "pas", "mais",
    "ou", "et", "il", "elle", "ils", "c'est", "au", "aux", "dans", "sur", "qui", "que", "quoi", "où", "quand",
    "comment", "pourquoi", "encore", "déjà", "chez", "ton", "ta", "tes", "votre", "leur", "cette", "ces", "faut",
    "peut", "el", "los", "las", "es", "está", "están", "estás", "una", "unos", "para", "con", "por", "pero", "y",
    "del", "al", "qué", "quién", "cómo", "cuándo", "dónde", "ya", "otra", "otro", "tú", "usted", "não", "você", "é",
    "são", "um", "uma", "com", "mas", "dos", "das", "nas", "ao", "já", "também", "isso", "este", "esta",
    "te", "se", "na", "vai", "lhe",
})
_ENGLISH_WORDS = frozenset({"the", "and", "is", "are", "you", "we", "to", "of", "it", "this", "that", "for", "with", "will", "would",
                            "can", "could", "should", "have", "has"})


def _in_a_team_language(sentence: str) -> bool:
    letters = re.findall(r"[^\W\d_]", sentence)
    if letters and sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\u0400" <= c <= "\u04ff") >= len(letters) / 2:
        return True  # mostly in Arabic or Cyrillic script
    words = re.findall(r"[\w'’]+", sentence.lower().replace("’", "'"))
    foreign = sum(1 for w in words if w in _FOREIGN_WORDS or w.startswith(("l'", "d'", "qu'", "n'", "j'", "s'", "c'")))
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    return foreign >= 3 and english <= 1


# the English words that tell an English line (which the English rules read) from another language's
_ENGLISH_FUNCTION_WORDS = frozenset({
    # (not "do", "to", "on", "i", "me", "a": Slovak, Polish or Spanish words too)
    "the", "and", "is", "are", "you", "we", "it", "this", "that", "for", "with", "will", "would", "can", "could", "should",
    "have", "has", "please", "by", "your", "our", "us", "my", "what", "when", "how", "if", "from", "about", "before", "until",
    "send", "get", "let", "know", "was", "were", "thanks", "of", "all", "yours", "it's", "i'll", "we'll", "you'll", "i'm",
    "we're", "don't", "can't", "just", "need", "not", "but", "they", "them", "there", "here", "which", "who",
})
# an English day's name: "Wednesday is ok, no stress" is English however few its function words
_ENGLISH_DAY = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)\b", re.IGNORECASE)


def _english(text: str) -> bool:
    """Whether ``text`` is English: two of its words are English function words, or it names a
    day in English."""
    words = re.findall(r"[a-z]+(?:['-][a-z]+)*", text.lower().replace("’", "'"))
    return sum(1 for w in words if w in _ENGLISH_FUNCTION_WORDS) >= 2 or _ENGLISH_DAY.search(text) is not None


# English words short or plain enough to pass in a line of another language; none may be in a
# Latin-script line taken for one ("Who reads hashtags anyway?" is English small talk)
_ENGLISH_HINTS = frozenset({"a", "an", "or", "in", "on", "to", "do", "does", "did", "how's", "what's", "who's", "where", "why",
                            "anyway", "right", "eh", "ok", "okay", "also", "only", "still", "too", "so", "be", "been", "any",
                            "yet", "its", "i", "me", "no", "nice", "weather", "really", "ever"})
_ANY_ENGLISH_WORD = _ENGLISH_FUNCTION_WORDS | _ENGLISH_WORDS | _ENGLISH_HINTS
# the English names of days and months (what ``in_english_days`` puts a team's day words into)
_DAY_NAMED = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|january|february|march|april|may|june|july|"
                        r"august|september|october|november|december)\b", re.IGNORECASE)
# "please" in other languages: a question with it asks for work ("Pošleš prosím Mikovi ...?")
_PLEASE_ELSEWHERE = re.compile(r"\b(?:prosím|proszę|prosze|bitte|molim|molimo|lütfen|tafadhali|làm ơn|per\s+favore|por\s+favor|alstublieft|"
                               r"kérlek|kérem|palun|lūdzu|prašau|prašom|παρακαλώ|пожалуйста|будь\s+ласка|моля|ju\s+lutem|vă\s+rog|te\s+rog|"
                               r"rica|lutfen|mohon|tolong|please)\b|请|請|お願い|부탁|لطفا|لطفاً|من\s+فضلك|رجاء|בבקשה", re.IGNORECASE)
# a day or a date: a question with one asks for work by then ("... قبل الخميس 3/12؟"), a request
_A_DATE = re.compile(r"\d{1,2}\s*[./-]\s*\d{1,2}\b|\d{1,2}\s*-?\s*(?:th|st|nd|rd)\b", re.IGNORECASE)


def _whole_words(text: str) -> list[str]:
    """The words of ``text``, lower-cased, however they are spelt ("spiatočný", not "spiato")."""
    return re.findall(r"[^\W\d_][\w'’-]*", text.lower().replace("’", "'"))


def _not_english(sentence: str) -> bool:
    """Mostly in a script other than Latin (Georgian, Armenian, Greek, Hebrew, Thai, Chinese ...),
    or four words or more with none of them English, one of them with a letter English has not
    or five of them at least (Vietnamese, Azerbaijani, Swahili ...)."""
    letters = re.findall(r"[^\W\d_]", sentence)
    if letters and sum(1 for c in letters if c > "\u024f") >= len(letters) / 2:
        return True
    words = _whole_words(sentence)
    return (len(words) >= 4 and not _english(sentence) and _ANY_ENGLISH_WORD.isdisjoint(words)
            and (len(words) >= 5 or any(c > "\x7f" for c in "".join(words))))


def _in_another_language(sentence: str) -> bool:
    """Whether ``sentence`` is in some language other than English (:func:`_not_english`), and
    names no day."""
    # (the day words last: putting them in English is the dear part)
    return _not_english(sentence) and not (
        _A_DATE.search(sentence) or _PLEASE_ELSEWHERE.search(sentence)
        or len(_DAY_NAMED.findall(in_english_days(sentence))) > len(_DAY_NAMED.findall(sentence)))


# a few words before a colon, or a name and a comma, lead the sentence: "Carolina, otra cosa:"
_LEAD = re.compile(r"^(?:(?P<name>[" + NAME_CAPITALS + r"][\w'-]+)\s*[,:]\s+)?(?:(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*:\s+)?")
# a request put as a question is work, whoever reads it: "..., ¿puedes encargarte tú de averiguar ...?"
_ASKS_WORK = re.compile(r"\b(?:tu\s+peux|peux-tu|pouvez-vous|vous\s+pouvez|pourrais-tu|pourriez-vous|puedes|podr[íi]as|pod[ée]s|consegues|podes|poderias?|"
                        r"можешь|сможешь|можете|сможете)\b",
                        re.IGNORECASE)
# asked for effect: "Qui a dit que novembre serait calme ?"
_RHETORICAL = re.compile(r"^¿?(?:qui\s+a\s+dit|qui\s+aurait\s+(?:cru|dit)|quién\s+dijo|quem\s+disse|qui\s+l'eût\s+cru|c'est\s+pas\s+beau|n'est-ce\s+pas)\b", re.IGNORECASE)
# ... and office banter: "¿Quién se ha terminado el café otra vez?", "Y el viernes hay baleadas en
# la oficina, ¿quién se apunta?", "¿quién trae la chipa el viernes?": who, and a treat or a joke,
# asks nobody for anything the project needs
_WHO_ASKED = re.compile(r"(?:^|[\s¿])(?:qui[ée]n(?:es)?|quem|qui|кто)\b", re.IGNORECASE)
_TREAT = re.compile(r"\b(?:caf[ée]|кофе|chipa|baleadas?|pizzas?|g[âa]teaux?|pastel(?:es)?|tartas?|tortas?|bolos?|croissants?|empanadas?|"
                    r"pupusas?|ap[ée]ro|cervezas?|cervejas?|bi[èe]res?|alegr[íi]a|joie|se\s+apunta|s'inscrit|est\s+partant)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ForeignQuestion:
    """A question asked in the team's language: its words (the name and lead before it left
    out) and whom it names, if anyone."""

    text: str
    name: str | None


def foreign_question(sentence: str) -> ForeignQuestion | None:
    """The question ``sentence`` asks in French, Spanish, Portuguese or Russian, or in any other
    language but English when it names no day and no "please" (:func:`_in_another_language`),
    unless it asks for work (a request, read by :func:`foreign_request`) or is asked for effect."""
    text = sentence.strip()
    # (Armenian marks the question on its word, "ո՞ր ֆոնտն ենք վերցնում", and ends with "։";
    # Greek ends it with ";", Arabic with "؟")
    asking = text.endswith(("？", "؟")) or "՞" in text or (text.endswith((";", "\u037e")) and re.search(r"[\u0370-\u03ff]", text))
    if not (text.endswith("?") or asking) or _ASKS.match(text) or _ASKS_WORK.search(text):
        return None
    lead = _LEAD.match(text)
    asked = text[lead.end():] if lead is not None else text
    if len(asked.split()) < 3 or _RHETORICAL.match(asked) or _WHO_ASKED.search(asked) and _TREAT.search(asked):
        return None
    if not (text.endswith("?") and _in_a_team_language(asked)) and not _in_another_language(asked):
        return None
    return ForeignQuestion(capitalise(asked), lead.group("name") if lead is not None else None)


_DECIDED = re.compile(
    r"\b(?:(?:on|nous|j'|je|le\s+client|ils|elles?|il)\s*(?:a|avons|ai|ont)\s+(?:finalement\s+|donc\s+|bien\s+)?(?:décidé|choisi|retenu|tranché)"
    r"\s+(?:de\s+|d'|que\s+|qu'|pour\s+)?"
    r"|(?:decid[íi]|decidimos|hemos\s+decidido|he\s+decidido|decidieron|decidió|optamos\s+por|elegimos)\s+(?:que\s+)?"
    r"|(?:decidi|decidimos|decidiram|resolvemos|escolhemos|ficou\s+decidido)\s+(?:que\s+)?"
    # (Arabic: "قررنا نشتغل على Figma بدل Illustrator، لأن ...", we decided)
    r"|(?:قررنا|قررت|تقرر|اتفقنا\s+على|اتفقنا)\s+(?:أن\s+)?"
    # (Russian: "Решили делать на Flutter, а не нативно, потому что ...", we decided)
    r"|(?:мы\s+)?(?:решили|решено)\s+(?:что\s+)?"
    # (as a heading: "Решили: все тексты ...", "Decidido: o Zé do som fica em Mindelo", "Décidé : on part sur ...")
    r"|^(?:решили|решено|decidido|decidida|decidimos|décidé|decidé|on\s+a\s+décidé|hemos\s+decidido|ficou\s+decidido)\s*:\s*)"
    r"(?P<body>\S.+)$", re.IGNORECASE)
# ... and in the other languages teams write, read in any sentence that is not English: "Am decis să
# mergem pe Shopify", "Решихме да не носим дрона", "Одлучив порталот да го правиме во Laravel",
# "Päätettiin, että ...", "Rozhodli sme sa, že ...", "字体决定用思源黑体，因为 ..." (Chinese, with no
# spaces to mark a word)
_DECIDED_ELSEWHERE = re.compile(
    r"\b(?:(?:am\s+decis|am\s+hotărât|s-a\s+decis|s-a\s+hotărât)\s*:?\s+(?:să\s+|că\s+)?"
    r"|(?:решихме|реших|одлучивме|одлучив|одлучено|вирішили|вирішено)\s+(?:да\s+|че\s+|дека\s+|що\s+)?"
    r"|(?:odlučili|odlučio|odlučila|odlučeno|odločili|odločil[ai]?)\s+(?:smo\s+|sam\s+|sva\s+)?(?:da\s+)?"
    r"|(?:rozhodli|rozhodol|rozhodla|rozhodnuté|rozhodnuto)\s+(?:(?:sme|jsme|som|jsem)\s*,?\s+)?(?:sa|se)?\s*,?\s*(?:že\s+)?"
    r"|(?:zdecydowali(?:śmy)?|zdecydowałe[mś]|zdecydowałam|postanowili(?:śmy)?|postanowiłe[mś]|postanowiłam)\s+(?:się)?\s*,?\s*(?:że\s+)?"
    r"|(?:úgy\s+)?(?:döntöttünk|döntöttem|eldöntöttük)\s*,?\s*(?:hogy\s+)?"
    r"|(?:päätettiin|päätimme|päätin|otsustasime|otsustasin|otsustati|nusprendėme|nusprendžiau|nuspręsta|nolēmām|nolēmu)\s*,?\s*"
    r"(?:että\s+|et\s+|kad\s+|ka\s+)?"
    r"|(?:abbiamo\s+deciso|ho\s+deciso|si\s+è\s+deciso)\s+(?:di\s+|che\s+)?"
    r"|(?:hebben|heb)\s+besloten\s+(?:om\s+|dat\s+)?|(?:haben|habe)\s+(?:entschieden|beschlossen)\s*,?\s*(?:dass\s+)?"
    r"|(?:αποφασίσαμε|αποφάσισα|αποφασίστηκε)\s+(?:να\s+|ότι\s+)?|(?:vendosëm|vendosa)\s+(?:që\s+|të\s+)?"
    # (Vietnamese "quyết định", Persian "تصمیم گرفتم/گرفتیم", Bengali "সিদ্ধান্ত:" / "সিদ্ধান্ত নিয়েছি")
    r"|quyết\s+định\s+(?:là\s+)?|تصم[يی]م\s+گرفت(?:م|[يی]م)\s+(?:که\s+)?"
    # (Swahili, Tagalog, Maltese, Armenian, Georgian, Kinyarwanda)
    r"|(?:tumeamua|nimeamua|imeamuliwa)\s+(?:kwamba\s+)?|(?:nagpasya|napagpasyahan)\s+(?:kami\s+|ako\s+)?(?:na\s+)?"
    r"|(?:iddeċidejt|iddeċidejna|iddecidejt|iddecidejna)\s+(?:li\s+)?|որոշեցի(?:նք)?\s+|გადავწყვიტე(?:თ)?,?\s+(?:რომ\s+)?"
    r"|(?:twahisemo|nahisemo)\s+"
    # (a heading in Spanish or Portuguese: "Decidido: o Zé do som fica em Mindelo")
    r"|^(?:decidido|decidida|decidimos|hemos\s+decidido|ficou\s+decidido)\s*:\s*)"
    r"(?P<body>\S.+)$|(?:^|\s)(?:সিদ্ধান্ত\s*:|সিদ্ধান্ত\s+নিয়েছি\s+(?:যে\s+)?)\s*(?P<body2>\S.+)$|(?:决定|決定)(?P<cjk>\S.+)$",
    re.IGNORECASE)
# ... and where the verb comes last: "Theme ကို Dawn အခြေခံပြီး လုပ်ဖို့ ဆုံးဖြတ်လိုက်ပြီ။" (Burmese),
# "Kurguyu DaVinci'de yapmaya karar verdik" (Turkish)
_DECIDED_LAST = re.compile(r"^(?P<body>\S.{5,}?)\s*(?:ဆုံးဖြတ်\S*|karar\s+(?:verdik|verdim|aldık|aldım|verildi))\s*[.!။]*\s*$",
                           re.IGNORECASE)
# one way taken over another: "On part sur Flutter plutôt que sur du natif" / "Grabamos desde
# tierra en lugar de ..." / "Vamos com o Figma em vez do Sketch"
_TAKEN_OVER = re.compile(
    r"^(?:(?:donc|alors|entonces|então|bon)\s*,?\s+)?(?P<body>(?:on|nous|vamos|nos|ficamos|usamos|usaremos|gravamos|grabamos|hacemos|fazemos)\s+"
    r"\S.+?\b(?:plutôt\s+que|et\s+pas|et\s+non|au\s+lieu\s+d|en\s+lugar\s+de|en\s+vez\s+de|y\s+no\b|em\s+vez\s+d|ao\s+invés\s+d|e\s+não\b).+)$",
    re.IGNORECASE)
_BECAUSE = re.compile(r"[,،]?\s+(?:parce\s+qu(?:e\s+|')|car\s+|puisqu(?:e\s+|')|porque\s+|ya\s+que\s+|pois\s+|visto\s+que\s+|dado\s+que\s+|"
                      r"لأن(?:ه|ها|هم|نا)?\s+|لان\s+|عشان\s+|بسبب\s+|потому\s+что\s+|так\s+как\s+|поскольку\s+|"
                      r"(?:pentru\s+că|deoarece|fiindcă|защото|тъй\s+като|бидејќи|затоа\s+што|jer|zato\s+što|lebo|pretože|protože|ponieważ|ker|"
                      r"тому\s+що|mert|koska|sest|kadangi|nes|weil|omdat|eftersom|fordi|perché|poiché|επειδή|γιατί|sepse|"
                      # (Swahili, Indonesian and Malay, Vietnamese, Tagalog, Turkish, Azerbaijani, Uzbek,
                      # Georgian, Armenian, Kazakh)
                      r"kwa\s+sababu|karena|kerana|bởi\s+vì|(?<!thay\s)vì|dahil|çünkü|çünki|chunki|რადგან|იმიტომ\s+რომ|որովհետև|քանի\s+որ|"
                      r"өйткені|"
                      # (Persian, Urdu, Hindi, Bengali, Tamil)
                      r"چون|زیرا|کیونکہ|क्योंकि|কারণ|ஏன்னா|ஏனென்றால்|kubera\s+ko|għax|minħabba\s+li)\s+)"
                      r"|[，,]\s*(?:因为|因為)", re.IGNORECASE)


def foreign_decision(sentence: str) -> tuple[str, str | None] | None:
    """What ``sentence`` says was decided, in French, Spanish, Portuguese, Arabic, Russian or
    another language teams write, and why (the reason after "parce que" / "porque" / "потому что"
    / "pentru că" / "koska" ...), or None."""
    text = sentence.strip()
    if text.endswith(("?", "？")):
        return None
    m = (_DECIDED.search(text) or _TAKEN_OVER.match(text)) if _in_a_team_language(text) else None
    if m is None and not _english(text):
        m = _DECIDED_ELSEWHERE.search(text) or _DECIDED_LAST.match(text)
    if m is None:
        return None
    cjk = m.group("cjk") if m.re is _DECIDED_ELSEWHERE else None
    body = m.group("body") or (m.group("body2") if m.re is _DECIDED_ELSEWHERE else None) or cjk or ""
    topic = re.match(r"^(?P<topic>(?:[\w'’-]+\s+){0,4}[\w'’-]+)\s*:\s+", text)
    if m.re is _DECIDED and topic is not None and topic.end() <= m.start():
        # "Lo del dron: decidí que no vamos a volar ...": what the choice is about, said first
        body = f"{topic.group('topic')}: {body}"
    parts = _BECAUSE.split(body, maxsplit=1)
    if len(parts) < 2 and len(said := _REASON_AFTER.split(body, maxsplit=1)) == 2 and all(len(p.split()) >= 3 for p in said):
        # ("On a décidé de garder Noto Kufi ... et pas la police maison de Kuusikko : elle n'a pas de
        # glyphes arabes": the reason after a colon or a dash)
        parts = said
    summary = parts[0].strip(" ,.;")
    why = parts[1].strip(" .。") if len(parts) > 1 else None
    return (capitalise(summary), why) if len(summary.split()) >= 2 or cjk and len(summary) >= 3 else None


# one thing and not the other, in any language a team writes: "y no con WooCommerce", "et pas
# Webflow", ", ne Premiere", ", не в Premiere", ", nie z Budapešti", "а не на агенцията", "in
# plaats van onze eigen ...", "invece del ...", "statt ...", "helyett"
_NOT_THE_OTHER = re.compile(
    r"(?:^|[\s,])(?:plutôt\s+que|au\s+lieu\s+d|en\s+vez\s+de|en\s+lugar\s+de|em\s+vez\s+d|ao\s+invés\s+d|invece\s+d|anziché|"
    r"statt|anstatt|in\s+plaats\s+van|вместо|замість|наместо|namiesto|místo|zamiast|umjesto|namesto|în\s+loc\s+de|αντί\s+για|"
    r"yerine|në\s+vend\s+të|i\s+stället\s+för|i\s+stedet\s+for|istedenfor|sijaan|helyett|asemel|vietoj|"
    # (Swahili, Indonesian and Malay, Vietnamese, Tagalog, Azerbaijani, Uzbek, Georgian, Armenian, Kazakh)
    r"badala\s+ya|daripada|alih-alih|thay\s+vì|sa\s+halip\s+na|yerinə|o'rniga|ნაცვლად|փոխարեն|орнына)\s+\S"
    # (a bare "not" only before where or what the other is: ", no con ...", "y no Node", ", не в
    # ...", ", ne Premiere"; not "y no te preocupes")
    r"|(?:,\s*|\s(?:y|et|e|und|en|а|a|și)\s+)(?:pas|no|não|non|nicht|niet|не|ne|nie|nu|όχι|jo|inte|ikke|nem|ei|mitte|nevis)\s+"
    r"(?:(?:le|la|les|du|de|des|sur|en|avec|el|los|las|con|del|al|o|os|as|com|em|no|na|do|da|il|lo|gli|di|su|der|die|das|den|dem|"
    r"mit|auf|von|het|een|met|op|van|в|на|с|у|з|из|от|до|за|по|v|z|s|u|od|po|ve|ze|din|pe|cu|la|στο|στη|με|από|me|në)\s+\S|"
    r"(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])\S*)"
    # (Turkish, Uzbek and Azerbaijani say "not" after the other way: "Premiere'de değil DaVinci
    # Resolve'da", "WordPress'da emas, Webflow'da", "Epidemic Sound-dan yox, Artlist-dən")
    r"|\S\s+(?:değil|emas|yox),?\s+(?-i:[A-ZÀ-ÖØ-Þ])"
    # (Armenian "ոչ թե", not)
    r"|,\s*ոչ\s+թե\s+\S|\saho\s+kuba\s+\S",
    re.IGNORECASE)
# ... and the reason after a colon or a dash: "Работаем в DaVinci, не в Premiere: у Нурлана лицензия Studio"
_REASON_AFTER = re.compile(r"\s*(?::|\s[–—-])\s+")


def _another_language_mostly(text: str) -> bool:
    """Not English, though a word of it may look English ("equipo de IT", "spiatočný let", "in
    plaats van"): five words or more (whole words, however they are spelt), one at most of
    them an English function word, and no English day."""
    words = _whole_words(text)
    return (len(words) >= 5 and sum(1 for w in words if w in _ENGLISH_FUNCTION_WORDS) <= 1
            and _ENGLISH_DAY.search(text) is None)


def written_in_another_language(sentence: str) -> bool:
    """Whether ``sentence`` is written in a language other than English (a team's own), by either
    test this module has: mostly non-English words (:func:`_another_language_mostly`) or another
    script or no English word at all (:func:`_not_english`).  (Not ``_in_a_team_language``, which
    counts French, Spanish and Portuguese words only.)"""
    return _another_language_mostly(sentence) or _not_english(sentence)


def foreign_choice(sentence: str) -> tuple[str, str] | None:
    """One way taken and the other named as not taken, with the reason, in a language other
    than English: "vamos con Shopify y no con WooCommerce, porque ...", "Spalvas koreguosim
    DaVinci Resolve, ne Premiere, nes ..."; the choice and its reason, or None."""
    text = sentence.strip()
    # (the contrast first: every sentence with nothing found comes here, and almost none has one)
    if text.endswith(("?", "？", ";", "؟")) or _NOT_THE_OTHER.search(text) is None or not _another_language_mostly(text):
        return None
    parts = _BECAUSE.split(text, maxsplit=1)
    if len(parts) < 2:
        parts = _REASON_AFTER.split(text, maxsplit=1)
    if len(parts) < 2:
        return None
    chosen, why = parts[0].strip(" ,.;"), parts[1].strip(" .。")
    # (the other way is named in the choice, not in its reason, and after the way taken)
    contrast = _NOT_THE_OTHER.search(chosen)
    if contrast is None or len(chosen[: contrast.start()].split()) < 2 or len(why.split()) < 2:
        return None
    if _DAY_NAMED.search(in_english_days(chosen[contrast.start():])):
        # ("Баннеры будут в четверг, не в среду": one day and not the other is a date moved)
        return None
    return capitalise(chosen), why


# "Aurélie vous enverra les photos HD des bouteilles le mercredi 11" / "Marta te enviará el logo el
# jueves" / "O Nilton vai enviar o corte na sexta": a colleague's or a client's promise, in the future
# ... and of a promise, where the day may also come bare ("el jueves 19", "na segunda")
_DAY_LEAD = (r"(?:" + _DAY_LEAD_WORDS + r"|le\s+(?:lundi|mardi|mercredi|jeudi|vendredi)|"
             r"el\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes)|na\s+(?:segunda|terça|quarta|quinta|sexta))\b")
_PROMISES = re.compile(
    r"^(?:(?i:o|a|el|la)\s+)?(?P<name>[A-ZÀ-ÖØ-Þ][\w'-]+)(?:\s+\([^()]{1,60}\)|\s+(?:de|du|da|del)\s+[^,;.]{2,40}?)?\s+"
    r"(?:(?:vous|te|nous|leur|lui|les|le|la|vos|os|nos|lhe|lhes|me)\s+)?"
    # (not "sera", "aura", "será", "estará": where someone will be, not what they will do)
    r"(?P<vp>(?:(?:va|vai|van|vão)\s+(?:a\s+)?(?:vous\s+|te\s+|nous\s+|lhe\s+|nos\s+)?\w+(?:er|ir|re|ar)"
    r"|(?!(?:sera|seront|aura|auront|ira|iront|será|serán|estará|estarán|habrá|terá|serão|estarão)\b)\w+(?:era|ira|ra|rá|rán|rão))\s+[^?]{4,200}?)\s*[.!]?\s*$")


def foreign_promise(sentence: str, sent_at: datetime, tz: str, date_order: str) -> ForeignRequest | None:
    """The work someone named promises in ``sentence``, in French, Spanish or Portuguese, when it
    has a day ("Aurélie vous enverra les photos HD le mercredi 11.")."""
    text = sentence.strip()
    m = _PROMISES.match(text)
    if m is None or not _in_a_team_language(text):
        return None
    vp = m.group("vp")
    due = pick_due(_in_english(vp), sent_at, tz, date_order)
    if due is None:
        return None
    title = re.split(r"\s*,?\s+" + _DAY_LEAD, vp, maxsplit=1, flags=re.IGNORECASE)[0]
    return ForeignRequest(capitalise(title.strip(" ,")), m.group("name"), due)


# "je te livre la traduction complète vendredi 20/11" / "el staging te lo tengo el viernes 20" /
# "je vous les envoie jeudi 12 au plus tard" / "Vous l'aurez le vendredi 4 décembre" / "eu envio-te
# o relatório na segunda": the writer's own work, for a day
_I_DELIVER = re.compile(
    r"\b(?:je\s+(?:(?:te|vous|leur|lui)\s+|t')?(?:(?:les|la|le)\s+|l')?"
    r"(?:livre|livrerai|envoie|enverrai|rends|rendrai|donne|donnerai|finis|finirai|termine|terminerai|boucle|bouclerai)"
    r"|(?:vous|tu)\s+(?:l'|les\s+|la\s+|le\s+)(?:aurez|auras)"
    r"|(?:(?:te|os|les|se|le)\s+)?(?:lo|la|los|las)\s+(?:tengo|mando|env[íi]o|paso|entrego|subo|doy)"
    r"|(?:te|os|les|le)\s+(?:tengo|mando|env[íi]o|paso|entrego|subo)|(?:lo|la|los|las)\s+(?:tendr[áa]s|tendr[áa]n|tendr[ée]is)"
    r"|(?:eu\s+)?(?:(?:te|lhe|vos|lhes)\s+)?(?:envio|mando|entrego|passo)(?:-te|-lhe|-vos|-lhes|-o|-a|-os|-as)?)\b",
    re.IGNORECASE)
_IT = re.compile(r"\b(?:l'|les|la|le|lo|los|las)\s*(?:aurez|auras|tengo|mando|env[íi]o|paso|entrego|subo|doy|tendr|livre|envoie|enverrai|rends)|"
                 r"-(?:o|a|os|as)\b", re.IGNORECASE)


def foreign_new_date(text: str, mine: list[KnownTask], sent_at: datetime, tz: str, date_order: str) -> tuple[KnownTask, date, str] | None:
    """The writer's own open task (of ``mine``) that a sentence of ``text``, in French, Spanish
    or Portuguese, promises for another day: the task the sentence names by a word of its title,
    or, when it says only "it" ("Te lo paso el lunes 23"), the one the sentence before names;
    that task, its new day and the sentence."""
    if not may_match(_I_DELIVER, text):
        return None
    before = ""
    for sentence in _sentences(text):
        m = _I_DELIVER.search(sentence)
        if m is None or sentence.rstrip().endswith("?") or not written_in_another_language(sentence):
            before = sentence
            continue
        due = pick_due(in_english_days(sentence[m.start():]), sent_at, tz, date_order)
        if due is not None:
            task = _the_task_named(sentence, mine, 1, promised_at=m.start())
            if task is None and _IT.search(sentence, m.start()) and not _long_words(sentence[: m.start()]):
                # ("El test plan no lo voy a tener el viernes ... Te lo paso el lunes 23": "it" is the
                # work the sentence before named; "Vous l'aurez le vendredi 4 décembre" after "Pour la
                # traduction ..." is not the photos, the writer's other open task)
                task = _the_task_named(before, mine, 1)
            if task is not None and task.due != due:
                return task, due, sentence.strip()
        before = sentence
    return None


# "Je monte le formulaire dans Kobo d'ici mardi 17/11" / "Yo me encargo del job que consulta el
# pronóstico cada hora; lo tengo listo para el lunes 7" / "Eu preparo o orçamento até sexta": the
# writer's own promise, with its day (the verb as the writer put it: "monte", "me encargo del")
_I_WILL = re.compile(
    r"^(?:(?:et|puis|bon|ok|d'accord|y|e|pues|entonces|então)[,]?\s+)?(?:"
    r"je\s+(?P<fr>(?:vais\s+|(?:m'|me\s+)(?=occupe|charge)|(?:vous|te|lui|leur)\s+|t')?"
    r"(?:monte|prépare|termine|finis|fais(?!\s+le\s+point)|livre|envoie|rédige|mets|installe|occupe|charge|vais\s+\w+(?:er|ir|re))\b.*)"
    r"|j'(?P<fr2>(?:envoie|installe|termine|attaque)\b.*)"
    r"|(?:yo\s+)?(?P<es>(?:me\s+encargo|me\s+ocupo|(?:te|le|les|os)\s+(?:mando|env[íi]o|paso|preparo|armo|subo)|armo|preparo|termino|monto|"
    r"voy\s+a\s+\w+(?:ar|er|ir))\b.*)"
    r"|(?:eu\s+)?(?P<pt>(?:(?:te|lhe|vos)\s+)?(?:envio|mando|preparo|fa[çc]o|termino|monto|entrego|vou\s+\w+(?:ar|er|ir))\b.*))$",
    re.IGNORECASE)
# ("; lo tengo listo para el lunes 7": the day said of it after the work)
_DAY_AFTER_THE_WORK = re.compile(r"\s*(?:[;,]\s*(?:(?:je\s+)?(?:te|vous)\s+l[ea]s?\s|l'|lo\s|la\s|los\s|las\s|o\s|a\s)|,?\s+" + _DAY_LEAD + ")",
                                 re.IGNORECASE)


_A_DAY = re.compile(r"\s+(?:(?:pour|para|até|d'ici|avant|hasta)\s+)?(?:(?:le|el|na|o|a)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|"
                    r"s[áa]bado|domingo|segunda|ter[çc]a|quarta|quinta|sexta|demain|mañana|amanhã)(?:-feira)?(?:\s+\d{1,2}(?:\s*/\s*\d{1,2})?)?"
                    r"(?:\s+(?:au\s+matin|au\s+soir|matin|soir|por\s+la\s+(?:mañana|tarde)|de\s+manhã))?(?=[\s,.;]|$)", re.IGNORECASE)


def foreign_own_promise(sentence: str, sent_at: datetime, tz: str, date_order: str) -> ForeignRequest | None:
    """The work the writer promises in ``sentence``, in French, Spanish or Portuguese, when it
    has a day; the title is the work as written, from its verb."""
    text = sentence.strip()
    m = _I_WILL.match(text)
    if m is None or text.endswith("?") or not written_in_another_language(text):
        return None
    said = next(g for g in (m.group("fr"), m.group("fr2"), m.group("es"), m.group("pt")) if g)
    due = pick_due(_in_english(said), sent_at, tz, date_order) or pick_due(in_english_days(said), sent_at, tz, date_order)
    if due is None:
        return None
    title = _DAY_AFTER_THE_WORK.split(said, maxsplit=1)[0]
    # ("Je vous envoie le devis vendredi": the day, and to whom, are no part of the work; "Je vais
    # monter ..." is "Monter ...")
    title = _A_DAY.sub("", title)
    title = re.sub(r"^(?:(?:vous|te|lui|leur|le|les|os)\s+|t'|m')?(?:vais\s+|voy\s+a\s+|vou\s+)?", "", title.strip(" ,;."), flags=re.IGNORECASE)
    if len(title.split()) < 3:
        return None
    return ForeignRequest(capitalise(title.strip(" ,;.")), None, due)


def restated_task(title: str, mine: list[KnownTask], thread: Collection[int]) -> KnownTask | None:
    """The writer's open task (of ``mine``) that their promise in their own language, ``title``,
    says again: the one it names by a word of its title ("Monto el staging" for "Set up a
    staging environment ..."), or, when it names none, the only one on the ``thread`` whose
    title is in English ("Je vous envoie horaires et tarifs le mercredi 18" on the thread of "Send
    you the 2027 timetable and prices")."""
    named = _the_task_named(title, mine, 1)
    if named is not None:
        return named
    on_thread = [t for t in mine if t.id in thread]
    return on_thread[0] if len(on_thread) == 1 and not written_in_another_language(on_thread[0].title) else None


# "Μάριε, θέλω να δω τα mockups της αρχικής σελίδας μέχρι την Πέμπτη 3/12" / "Luke, tista'
# tagħmel il-proofreading ... sal-Ħamis 19?" / "Jelena, molim te prvih šest Instagram postova do
# 20.11." / "Kelvin，可以幫我問一下 ... 星期四（26/11）前告訴我": a colleague named, then work with a
# deadline in any language: the word for "by" (before the day, or after it in Chinese, Japanese
# and Korean) and a day the date reader knows once its words are in English
# (the name in letters of any script, with the vowel signs of the Indian scripts: "সাবরিনা,"; and
# after a Persian or Arabic comma, or a dash: "بهنام، لطفاً ...", "Zaw - ...")
_VOCATIVE = re.compile(r"^(?P<name>[^\W\d_][\w'\u0900-\u0dff-]{1,30})\s*(?:[,，、:：،]|\s[-–—](?=\s))\s*(?P<rest>\S.{8,300})$",
                       re.DOTALL)
_BY_BEFORE = re.compile(
    r"(?:^|(?<=[\s(（]))(?:do|до|bis|tot|voor|entro|até|ate|hasta|antes\s+del?|d'ici|avant|hadi|trước|truoc|sebelum|najpóźniej|nejpozději|"
    r"μέχρι|μεχρι|έως|εως|sal-?|قبل|بحلول|لحد|لغاية|حتى|تا|עד|by|until|"
    # (Romanian, Lithuanian, Latvian, Albanian, Swahili, Indonesian and Malay, Tagalog, the
    # Scandinavian languages, Dutch, Estonian, Finnish, the South Slavic and Hungarian "at the latest",
    # Armenian)
    r"până|pana|iki|līdz|lidz|deri|ifikapo|kabla\s+ya|mpaka|paling\s+lambat|selambat-lambatnya|hingga|bago|hanggang|"
    r"innen|inden|senest|senast|uiterlijk|hiljemalt|viimeistään|najkasnije|најкасно|legkésőbb|մինչև)"
    r"(?:\s+|(?<=-))(?:(?:la|le|el|την|τη|το|يوم|il-|l-|dia|den|dne|pe|în|in|më|me|të|te|ng|sa)\s+)?",
    re.IGNORECASE)
_BY_AFTER = re.compile(r"\s*[)）]?\s*(?:前|之前|以前|までに|まで|까지)")
# ... and the word for "by" after the day: "çarşamba gününe kadar" (Turkish), "cümə axşamına qədər"
# (Azerbaijani), "perjantaihin mennessä" (Finnish), "বুধবারের মধ্যে" (Bengali), "周四之前"; read on
# the day put in English ("Wednesday gunune kadar")
_DAY_THEN_BY = re.compile(
    r"\b(?P<day>(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)(?:\s*,?\s*\(?\d{1,2}(?:\s*[./]\s*\d{1,2})?\.?\)?)?)"
    r"\s*[)）]?\s*(?:\S{1,8}\s+)?(?:kadar|qədər|qeder|mennessa|viimeistaan|дейін|хүртэл|तक|تک|মধযে|前|之前|以前|までに|まで|까지)"
    r"|\b(?P<bent>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+ამდე",
    re.IGNORECASE)
# ... or put on the day's name: "péntekig" (Hungarian), "torstaiksi" (Finnish), "neljapäevaks"
# (Estonian), "payshanbagacha" (Uzbek), by Friday, Thursday
_BY_SUFFIX = re.compile(r"[^\W\d_]{3,}(?:ig|ksi|ks|gacha|гача)$", re.IGNORECASE)
# the day after its deadline word: "piatku 27. 11.", "Πέμπτη 3/12", "30.11."
_THE_DAY = re.compile(r"\s*(?:(?:[^\W\d_]+\s+){0,2}\d{1,2}(?:\s*[./]\s*\d{1,2})?\.?|[^\W\d_]+)")


def foreign_vocative_request(sentence: str, sent_at: datetime, tz: str, date_order: str) -> ForeignRequest | None:
    """Work asked of a colleague named first (``name``) in ``sentence``, in a language other than
    English, by a day said with its deadline word; the work as written, before its deadline."""
    m = _VOCATIVE.match(sentence.strip())
    if m is None or not written_in_another_language(m.group("rest")) or _ASKS.match(sentence.strip()):
        # (a request in French, Spanish, Portuguese or Russian is read by ``foreign_request``,
        # which knows "est-ce que tu peux me dire si ..." asks for an answer)
        return None
    rest = m.group("rest")
    for lead in _BY_BEFORE.finditer(rest):
        due = _the_day_in(in_english_days(rest[lead.end(): lead.end() + 40]), sent_at, tz, date_order)
        if due is not None and _starts_with_a_day(rest[lead.end():]):
            # ("Tomáš, priprav prosím do piatku 27. 11. proof of concept ...", "necesito que me
            # confirmes hasta el miércoles si lo del precio mínimo ... se puede hacer con Shopify
            # Functions": the work, or the rest of it, after its day, to the end of the sentence)
            day = _THE_DAY.match(rest, lead.end())
            after = re.split(r"(?<=[.;!?。！？])\s", rest[day.end() if day else lead.end():], maxsplit=1)[0]
            # (a clause of its own, ", jak jsem jim slíbila" (as I promised them), only when the work
            # before its day is a bare verb: "Проверь до пятницы, что все клипы открываются")
            before = rest[: lead.start()]
            clause = after.lstrip().startswith((",", "，"))
            work = f"{before} {after}" if len(after.split()) >= 3 and (not clause or len(before.split()) < 3) else before
            return _vocative_request(work, m.group("name"), due)
    for day in re.finditer(r"\d{1,2}\s*[/.]\s*\d{1,2}", rest):
        if _BY_AFTER.match(rest, day.end()) is not None:
            due = pick_due("by " + in_english_days(rest[max(0, day.start() - 12): day.end()]), sent_at, tz, date_order)
            if due is not None:
                return _vocative_request(rest, m.group("name"), due)
    english = in_english_days(rest)
    said = _DAY_THEN_BY.search(english)
    if said is None:
        # (a day's name with the ending for "by": its number may follow, "péntekig (13.11.)")
        bent = next((w for w in re.finditer(r"[^\W\d_]+", rest) if _BY_SUFFIX.fullmatch(w.group(0))
                     and _DAY_NAMED.fullmatch(in_english_days(w.group(0)).strip())), None)
        number = re.match(r"\s*\(?\d{1,2}(?:\s*[./]\s*\d{1,2})?\.?", rest[bent.end():]) if bent is not None else None
        deadline = f"{in_english_days(bent.group(0))} {number.group(0) if number else ''}" if bent is not None else None
    else:
        deadline = said.group("day") or said.group("bent")
    due = _the_day_in(deadline, sent_at, tz, date_order) if deadline else None
    # (the work as written, its day in it: where the day ends in another word order is not sure)
    return _vocative_request(rest, m.group("name"), due) if due is not None else None


def _the_day_in(english: str, sent_at: datetime, tz: str, date_order: str) -> date | None:
    """The day ``english`` (a deadline's words, its day put in English) gives after "by"; the date
    after a day's name when it is that day of a later week ("pana vinerea de saptamana viitoare
    (13.11)", by Friday of next week, 13.11; "până vineri, 13 noiembrie")."""
    # (a day of the month alone, "pana pe 20?", is "the 20th")
    english = re.sub(r"^\s*(\d{1,2})(?![\d./:])(?!\s*(?:h\b|uhr|am\b|pm\b))", r"the \1th", english)
    due = pick_due("by " + english, sent_at, tz, date_order)
    if due is not None:
        # (the figures alone, which the date reader takes only after a word like "by")
        figures = re.search(r"\d{1,2}\s*[./]\s*\d{1,2}", english)
        said = [m.value for m in find_dates(english, sent_at, tz, date_order)[1:]]
        said += [d for d in [pick_due("by " + figures.group(0), sent_at, tz, date_order)] if d is not None] if figures else []
        later = next((d for d in said if d.weekday() == due.weekday() and 0 < (d - due).days <= 21), None)
        if later is not None:
            return later
    weekday = re.match(r"\s*((?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,?\s*\d{1,2}(?!\s*[./]\s*\d)", english, re.IGNORECASE)
    if due is not None and weekday is not None and due.strftime("%A").lower() != weekday.group(1).lower():
        # ("تا شنبه ۲۳ آبان", by Saturday 23 Aban: a number that is not of this calendar's month
        # gives a day that is not the Saturday named; the day's name is sure)
        return pick_due("by " + weekday.group(1), sent_at, tz, date_order)
    return due


def _starts_with_a_day(text: str) -> bool:
    """Whether ``text`` begins with a day: a date in figures, or a day's or month's name in any
    of the team languages ("20.11.", "Πέμπτη 3/12", "Ħamis 19")."""
    head = text.lstrip()[:24]
    return bool(re.match(r"\d{1,2}\b", head)) or bool(_DAY_NAMED.match(in_english_days(head).strip()))


def _vocative_request(work: str, name: str, due: date) -> ForeignRequest | None:
    """The request, titled by ``work`` without the marks it ends on; none when that is no more
    than a word."""
    title = re.sub(r"\s+([,，])", r"\1", re.sub(r"[\s,，;:?؟;.。！!।။]+$", "", " ".join(work.split()))).strip()
    return ForeignRequest(capitalise(title), name, due) if len(title.split()) >= 2 or len(title) >= 8 else None
