"""Work out which project member a name or @mention means, and to whom a message or a
sentence is addressed ("Hi Maya,", "Tom, can you ...", "..., Beth?").

Owners are never guessed: a name that fits two members, or a greeting to several
people, resolves to nobody.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii

from ingest.extraction_types import Person

__all__ = ["HONORIFIC_NAME", "Greeting", "MemberIndex", "member_index", "parse_greeting", "sentence_vocative"]

_GROUP_WORDS = frozenset({
    "all", "everyone", "everybody", "team", "both", "guys", "folks", "there", "you",
    "y'all", "people", "colleagues", "friends", "gang", "together", "you both", "you all",
    "all of you", "both of you", "lovely people",
})
_GREETING_WORD = re.compile(
    r"^(?:hi|hello|hey|hiya|heya|dear|greetings|howdy|good (?:morning|afternoon|evening|day)|"
    r"morning|afternoon|evening|"
    # "Bonjour Rachel," / "Hej Camille," / "Kia ora Aroha," (not "Cara" nor "Ola": names too)
    r"hej|hallo|hoi|moin|servus|guten (?:morgen|tag|abend)|liebe|lieber|bonjour|bonsoir|salut|hola|buenos d[ií]as|"
    r"buenas tardes|querid[oa]|estimad[oa]|ciao|buongiorno|buonasera|olá|bom dia|boa tarde|prezad[oa]|kia ora|"
    r"namaste|cześć|czesc|witam|dzień dobry|dzien dobry|szanown[ay]|beste|goedemorgen|goedemiddag|hei|"
    # ("Grüezi Ms Raman, dear Priya" / "Habari Wanjiru," / "Merhaba Elif Hanım,")
    r"grüezi|gruezi|grüss gott|grüß gott|habari|jambo|salaam|salam|merhaba|ahoj|szia|kumusta|xin chào|shalom|marhaba|moi|terve|"
    # ("Sehr geehrte Frau Weber," / "Chère Camille," / "Kære Mette," / "G'day Jess,")
    r"sehr geehrte[r]?|chère|cher|kære|kæreste|g'day|gday|hallå|dobrý den|bună ziua|buna ziua|kedves|goedendag|god morgen|"
    # ("Bore da Jiwon," / "Poštovani Marko," / "Labas Rasa," / "Sveiki Jānis," / "Selam Abebe,": more
    # of the languages clients and teams write their first line in)
    r"bore da|prynhawn da|shwmae|helo|annwyl|pozdravljeni|spoštovani|spoštovana|poštovani|poštovana|pozdrav|dobar dan|dobro jutro|"
    r"zdravo|labas|laba diena|sveiki|sveika|labdien|tere|dobrý deň|zdravím|dzień dobry|selam|salamu|shikamoo|mambo|namaskar|bongu|"
    # ("Cordial saludo Aliaksandr," / "Apreciada Catalina,": Colombian and Andean first lines)
    r"(?:un\s+)?cordial saludo|apreciad[oa]|distinguid[oa]|respetad[oa]|"
    r"saludos|buen d[ií]a|kalimera|jó napot|god dag|goeie môre|bună|halo|selamat pagi|magandang umaga|chào|sawasdee|gamarjoba|barev|"
    r"ahlan|marhaban|as-?salamu alaykum|assalamu alaikum|privet|vitayu|zdravstvuyte|dobryi den|annyeong(?:haseyo)?|konnichiwa|"
    # ("Hörmətli Elvin bəy," / "Assalomu alaykum Dilnoza opa," / "Përshëndetje Arben," / "Dorood
    # Reza jan," / "Muli bwanji Chikondi," / "Mba'éichapa Rosa,": Azerbaijani, Uzbek, Kazakh,
    # Mongolian, Albanian, Macedonian, Belarusian, Lebanese, Persian, Chichewa, Wolof, Guarani,
    # Faroese, Mauritian and other first lines)
    r"çox hörmətli|hörmətli|hormetli|hörmetli|assalomu alaykum|assalomu aleykum|hurmatli|salom|sälemetsiz be|salemetsiz be|"
    r"сәлеметсіз бе|құрметті|qurmetti|sain baina uu|sain bainuu|сайн байна уу|përshëndetje|pershendetje|tungjatjeta|"
    r"i nderuar|e nderuar|mirëdita|miredita|почитувани|почитувана|здраво|прывітанне|добры дзень|шаноўны|шаноўная|kifak|keefak|"
    r"dorood|doroud|muli bwanji|mwadzuka bwanji|salaam aleekum|nanga def|mba'?éichapa|mbaeichapa|góðan dag|godan dag|"
    r"bonzour|bonjou|sawubona|mbote)\b[ \t]*",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"\s*\((?:and|&|\+|plus|cc)\s+[^()]{1,30}\)", re.IGNORECASE)
# ("Dear Eng. Wanjiru," / "Engr. Okafor": an engineer's or architect's title, as Kenyan,
# Nigerian, Italian and Latin American writers use it)
# ("Sehr geehrte Frau Weber", "Mme Durand", "Sig.ra Rossi", "Pani Nowak", "Sayın Yılmaz": the
# same titles in the languages clients write in)
_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|miss|mx|dr|prof|eng|engr|ing|arch|arq|frau|herr|hr|fr|mme|mlle|sr|sra|srta|sig|sig\.ra|"
                        r"dott|dott\.ssa|pani|sayın|sayin|meneer|mevrouw|mevr|dhr|"
                        # (Austrian, German and Czech academic titles: "DI Gruber", "Mag. Huber", "Mgr. Nováková")
                        r"dipl\.-ing|mag|mgr|ing\. arch|"
                        # (Persian "Aghaye Ahmadi", "Khanom Rahimi", "Mohandes Karimi")
                        r"aghaye|agha-ye|aghay|jenab|khanom|khanum|mohandes|"
                        # (French: "Monsieur Yao", "Madame Nurlanova", "M. Koné")
                        r"monsieur|madame|mademoiselle|m(?=\.))\.?\s+", re.IGNORECASE)
# "Sir Arnel", "Ma'am Grace", "Señora Pilar": a courtesy title before a given name (Philippine,
# South Asian, West African and Spanish usage), not before a surname
# ("Anh Đức", "Chị Wei Ling": Vietnamese kinship titles; "Pak Hendra", "Bu Sari": Indonesian;
# "Khun Ploy": Thai; "Encik Hafiz", "Puan Aisyah", "Kak Mira": Malay; "Auntie Ama", "Oga Tunde":
# West African)
_GIVEN_NAME_TITLE = re.compile(r"^(?:sir|ma'?am|madam|mam|señora?|senora?|doña|dona|don|kuya|ate|bro|sis|anh|chị|chi|em|cô|chú|bác|ông|bà|"
                               r"pak|bu|ibu|bapak|mas|mbak|khun|encik|puan|cik|kak|abang|tuan|auntie|aunty|uncle|oga)\.?\s+(?=\S)",
                               re.IGNORECASE)
# The capitals a name may begin with, for a regex character class: ASCII and the Latin
# letters beyond it ("Đức", "Íñigo", "Łukasz", "Ömer"); the extended blocks alternate case,
# which costs nothing where a capital is asked for
# ("Əli", "Ɓello": Latin Extended-B; "Айгерим": Cyrillic)
NAME_CAPITALS = "A-ZÀ-ÖØ-ÞĀ-žƀ-ɏḀ-ỿЀ-Я"
# "Ms. Kim", "Dr Patel": a title, then a surname (or a full name).
HONORIFIC_NAME = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Eng|Engr|Ing|Arch|Arq|DI|Dipl\.-Ing|Mag|Mgr)\.?\s+[" + NAME_CAPITALS + r"][\w'-]+(?:\s+[" + NAME_CAPITALS + r"][\w'-]+)?"
# "Yui-san", "Kenji san", "Tanaka-sama": Japanese honorifics follow the name
# ("Jahongir aka", "Dilnoza opa": Uzbek; "Aigerim apai": Kazakh; "Reza jan", "Sara khanom":
# Persian; "Elvin müəllim", "Leyla xanım": Azerbaijani; "Bat guai": Mongolian)
_HONORIFIC_SUFFIX = re.compile(r"[- ](?:san|sama|kun|chan|sensei|senpai|ssi|nim|bey|hanım|hanim|ji|aka|opa|apa|apai|aga|agha|jan|joon|jon|"
                               r"khanom|khanum|khanim|xanım|xanim|müəllim|muallim|bəy|guai|effendi)$")
# "Dilshodjon": the Uzbek and Tajik "-jon" of respect, written onto the given name
_ATTACHED_RESPECT = re.compile(r"(?<=[a-zà-ÿ]{3})(?:jon|jan|khon|xon)$")
_NAME_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bhi\b|\bhello\b|\bhey\b|\bdear\b|/)\s*", re.IGNORECASE)
_MENTION = re.compile(r"(?<![\w.@])@(?P<tok>[A-Za-z][\w.+-]*)(?P<more>\s+[A-Z][\w'-]*)?")


# (letters with no decomposition to a base letter: "Yılmaz" is typed "Yilmaz", "Søren" "Soren",
# the Azerbaijani "Nərmin" "Narmin")
_UNDECOMPOSED = str.maketrans({"ə": "a", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ß": "ss",
                               "İ": "I", "Ł": "L", "Ø": "O", "Đ": "D", "Æ": "Ae", "Œ": "Oe"})


_GREEK_OR_CYRILLIC = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_GREEK = re.compile(r"[\u0370-\u03ff]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
# scripts written letter for sound, whose names anyascii spells as the roster does: Armenian,
# Georgian, the Indian scripts (Devanagari to Sinhala), Thai, Ethiopic ("Լիլիթ" is "Lilit", "თამარ"
# "tamar", "সাবরিনা" "sabrina"); and Chinese, a syllable a character ("李文" is "Li Wen")
_SPELT_SCRIPT = re.compile(r"[\u0530-\u058f\u10a0-\u10ff\u0900-\u0dff\u0e00-\u0e7f\u1200-\u137f]")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _consonants(name: str) -> str:
    """A first name's consonants, the way Arabic script writes a name ("مصطفى" and "Mustafa"
    are both "mstf", "نورة" and "Noura" "nr", "يوسف" and "Yousef" "ysf"): no vowels, no "w"
    or inner "y" (Arabic writes long vowels with them), "q" as "k", letters doubled once."""
    # (the feminine ending "ة", written "-a" in Latin letters)
    latin = anyascii(name.replace("ة", "")) if _ARABIC_LETTER.search(name) else fold_accents(name)
    letters = re.sub(r"[^a-z]", "", latin.lower().replace("q", "k"))
    # (a first "y" is a consonant: "Yousef")
    kept = re.sub(r"[aeiouw]", "", letters[:1]) + re.sub(r"[aeiouwy]", "", letters[1:])
    return re.sub(r"(.)\1+", r"\1", kept)


def fold_accents(text: str) -> str:
    """"hélène" -> "helene", "Yılmaz" -> "Yilmaz": people type names without their accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)) if not unicodedata.combining(c))


# Diminutive endings put on the start of a first name (Mongolian "-ee", Slavic "-ka", "-ko",
# "-sha", Spanish "-ito"/"-ita", English "-ie")
_PET_ENDINGS = ("ee", "ka", "ko", "sha", "ito", "ita", "ie", "ya")
# Short words that open a sentence and may begin a first name ("So, ..." is no Sophie)
_NOT_A_SHORT_NAME = frozenset({
    "so", "no", "ok", "hi", "me", "we", "us", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "my",
    "of", "on", "or", "to", "up", "ah", "oh", "re", "pm", "am", "ps", "ya", "ye", "yo", "ha", "eh", "al", "el", "la", "le",
    "and", "but", "the", "can", "will", "may", "pat", "art", "max", "ben", "bill", "mark", "rob", "sue", "don", "dear", "all",
    "yes", "hey", "now", "fyi", "btw", "also", "just", "then", "well", "sure", "great", "thanks", "thank", "hello",
    "there", "again", "sir", "mate", "team", "guys", "folks", "friend", "friends", "good", "morning", "evening", "afternoon",
})


# (the family names most Vietnamese carry; the given name comes last)
_VIETNAMESE_FAMILY_NAMES = frozenset({"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
                                      "ho", "ngo", "duong", "ly", "dinh", "trinh", "truong", "lam", "luong", "mai", "cao"})


class MemberIndex:
    """Names, first names and address local parts of members, case-insensitive."""

    def __init__(self, members: Sequence[Person]) -> None:
        keys: dict[str, set[str]] = {}
        for person in members:
            email = person.email.lower()
            local = email.split("@", 1)[0]
            # "helene.gagnon": the local part's first piece is how people @mention a colleague
            candidates = {email, local, local.split(".")[0] if "." in local else local}
            if person.name:
                full = " ".join(person.name.lower().split())
                for form in (full, fold_accents(full)):
                    candidates.add(form)
                    words = form.split()
                    candidates.add(words[0])
                    if len(words) > 2:
                        # "Tan Mei Ling" (family name first) is greeted "Mei Ling"
                        candidates.add(" ".join(words[1:]))
                    if len(words) == 2 and "-" in words[1]:
                        # "Kim Ji-hyun" (a Korean given name, written after the family name) is "Ji-hyun"
                        candidates.add(words[1])
                    if len(words) > 1 and fold_accents(words[0]) in _VIETNAMESE_FAMILY_NAMES:
                        # "Nguyễn Minh Anh" is called by the last name of the three: "Anh"
                        candidates.add(words[-1])
            for key in candidates:
                if key:
                    keys.setdefault(key, set()).add(email)
        surnames: dict[str, set[str]] = {}
        family_first: dict[str, set[str]] = {}
        for person in members:
            if person.name and len(person.name.split()) > 1:
                # every name after the first: "Carmen Ruiz Ortega" is "Ms Ruiz" (a Spanish
                # first surname) as well as "Ms Ruiz Ortega"
                names = person.name.lower().split()
                for surname in names[1:]:
                    for form in {surname, fold_accents(surname)}:
                        surnames.setdefault(form, set()).add(person.email.lower())
                # ("Park Ji-won" is "Ms. Park": the family name written first)
                for form in {names[0], fold_accents(names[0])}:
                    family_first.setdefault(form, set()).add(person.email.lower())
        # A key shared by two members names neither of them.
        self._by_key = {k: next(iter(v)) for k, v in keys.items() if len(v) == 1}
        # Surnames only count after a title ("Ms. Kim", "Mr Green"): alone, "Green" or
        # "Lee" is likelier an ordinary word than a person.
        self._by_surname = {k: next(iter(v)) for k, v in surnames.items() if len(v) == 1}
        self._by_family_first = {k: next(iter(v)) for k, v in family_first.items() if len(v) == 1 and k not in surnames}
        self.emails = frozenset(p.email.lower() for p in members)
        self._roles = {p.email.lower(): p.role for p in members}
        # "Facu, can you ...", "Lu, please ...", "Santi": a first name cut short, when it is
        # the start of one member's first name only (and no word a sentence opens with)
        clipped: dict[str, set[str]] = {}
        for person in members:
            first = fold_accents(person.name.lower().split()[0]) if person.name and person.name.split() else ""
            for end in range(2, len(first) - 1):
                clipped.setdefault(first[:end], set()).add(person.email.lower())
        self._by_clipped = {k: next(iter(v)) for k, v in clipped.items()
                            if len(v) == 1 and k not in keys and k not in _NOT_A_SHORT_NAME}
        # ("مصطفى: جهّز الـ staging server ..." for Mustafa: a team writing Arabic names its members
        # in Arabic script, which the roster has in Latin letters; two first names alike name neither)
        skeletons: dict[str, set[str]] = {}
        for person in members:
            if person.name and person.name.split():
                skeletons.setdefault(_consonants(person.name.split()[0]), set()).add(person.email.lower())
        self._by_consonants = {k: next(iter(v)) for k, v in skeletons.items() if len(v) == 1 and len(k) >= 2}

    def lookup(self, name: str) -> str | None:
        """The member a name, first name, local part or address refers to."""
        if _GREEK_OR_CYRILLIC.search(name):
            # "Руслан, сделай ..." for Ruslan: a team writing Russian (or Greek) names its members
            # in its own script; the roster has them in Latin letters ("Айгерим" is "Aygerim" letter
            # for letter, and "Aigerim" as she spells it)
            latin = anyascii(name)
            spelt = re.sub(r"(?<=[aeiouAEIOU])y", "i", latin)
            return (self.lookup(latin) or (self.lookup(spelt) if spelt != latin else None)
                    # ("Μάριε" for Marios, "Αντρέα" for Andreas: the Greek vocative, and "ντ" said "nd";
                    # "Деси" for Desislava: a pet name in Cyrillic)
                    or (self.lookup_clipped(latin.replace("nt", "nd") if _GREEK.search(name) else latin) if " " not in latin.strip() else None))
        if _ARABIC_LETTER.search(name):
            words = name.split()
            return self._by_consonants.get(_consonants(words[0])) if len(words) == 1 else None
        if _SPELT_SCRIPT.search(name):
            latin = anyascii(name).replace("'", "").strip()
            return self.lookup(latin) if latin and not _SPELT_SCRIPT.search(latin) else None
        if _CHINESE.search(name) and 2 <= len(name.strip()) <= 4:
            # (one character alone is a word: "王" is "king" before it is Wang)
            syllables = [anyascii(c) for c in name.strip()]
            return self.lookup(" ".join(syllables)) or self.lookup("".join(syllables))
        plain = " ".join(name.lower().strip(" \t.,:;!?'\"()").split())
        key = _HONORIFIC_SUFFIX.sub("", plain)
        if key != plain and key and " " not in key and key not in self._by_key:
            # "Dear Ito-sama": a Japanese honorific follows the family name ("Murat Bey",
            # "Elif Hanım", "Rajesh ji": a Turkish or Hindi one follows the given name)
            return (self._by_surname.get(key) or self._by_surname.get(fold_accents(key))
                    or self._by_key.get(key) or self._by_key.get(fold_accents(key)))
        courtesy = _GIVEN_NAME_TITLE.match(key)
        if courtesy and key not in self._by_key and fold_accents(key) not in self._by_key:
            # (a member called "Don Smith" is found by the full name first)
            return self.lookup(key[courtesy.end():])
        # ("DI Gruber": the Austrian engineer's title, in capitals; "Di Maio" is a surname)
        titled = _HONORIFIC.match(key) or (re.match(r"di\s+", key) if name.strip().startswith("DI ") else None)
        if titled:
            rest = key[titled.end():]
            if not rest:
                return None
            last = rest.split()[-1]
            return (self._by_surname.get(last) or self._by_surname.get(fold_accents(last))
                    or (self._by_family_first.get(last) or self._by_family_first.get(fold_accents(last)) if " " not in rest else None)
                    # ("Dr Kouamé", "Monsieur Kouamé": a title before the given name, as West
                    # African and Arabic usage has it, when no member has it as a surname)
                    or (self._by_key.get(last) or self._by_key.get(fold_accents(last)) if " " not in rest and len(last) > 2 else None))
        found = self._by_key.get(key) or self._by_key.get(fold_accents(key))
        if found is None and (" " in key or "-" in key):
            # "Mei Ling" for meiling@, "Seo-yeon" for seoyeon.park@: a two-part given name
            # written as one local part
            found = self._by_key.get(key.replace(" ", "").replace("-", ""))
        if found is None and key.isalpha() and _ATTACHED_RESPECT.search(key):
            bare = _ATTACHED_RESPECT.sub("", key)
            found = self._by_key.get(bare) or self._by_key.get(fold_accents(bare))
        if found is None and key.isalpha() and len(key) > 3:
            # "Takahashi from our Tokyo CS team will send you the manual": a colleague named by
            # the family name alone (as Japanese, Korean and formal German mail do), when only
            # one member has it
            found = self._by_surname.get(key) or self._by_surname.get(fold_accents(key))
        return found

    def lookup_clipped(self, name: str) -> str | None:
        """The member a shortened first name stands for ("Facu" for Facundo), or None."""
        key = fold_accents(name.lower().strip(" \t.,:;!?'\"()"))
        if not key.isalpha():
            return None
        found = self._by_clipped.get(key)
        if found is None and 4 <= len(key) <= 6 and key[-1] in "aeiouy" and key not in _NOT_A_SHORT_NAME:
            # "Radi, please prepare ..." for Radostina, "Desi" for Desislava: a pet name, the
            # start of the first name with a vowel on the end
            found = self._by_clipped.get(key[:-1])
        if found is None and len(key) >= 5 and key[-1] in "eiu" and key not in _NOT_A_SHORT_NAME:
            # "Ondřeji, připrav prosím ..." for Ondřej, "Tomáši" for Tomáš: a Czech or Slovak
            # vocative, the first name with a vowel put on
            found = self._by_key.get(key[:-1])
        if found is None and 5 <= len(key) <= 7 and key not in _NOT_A_SHORT_NAME:
            # "Enkhee" for Enkhjargal, "Oyuka" for Oyuntsetseg, "Sasha"-like endings: the start
            # of the first name with a diminutive ending
            found = next((f for end in _PET_ENDINGS if key.endswith(end) and len(key) - len(end) >= 3
                          and (f := self._by_clipped.get(key[: -len(end)]) or self._by_key.get(key[: -len(end)])) is not None), None)
        if found is None and "x" in key[1:]:
            # "Orxan" for Orkhan, "Ilxom" for Ilkhom: Azerbaijani and Uzbek write "kh" as "x" (inside
            # the name: a first "x" is left as it is)
            found = self._by_key.get(key[0] + key[1:].replace("x", "kh"))
        return found

    def role(self, email: str) -> str | None:
        return self._roles.get(email.lower())

    def find_mention(self, text: str) -> tuple[str | None, tuple[int, int] | None]:
        """First @mention in ``text``: (member or None, span of the mention).

        "@Priya Shah" is tried as a full name before "@Priya" alone.
        """
        for m in _MENTION.finditer(text):
            tok = m.group("tok").rstrip(".")
            more = m.group("more")
            if more:
                email = self.lookup(f"{tok} {more.strip()}")
                if email:
                    return email, (m.start(), m.end())
            return self.lookup(tok), (m.start(), m.start() + 1 + len(tok))
        return None, None

    def names_in(self, fragment: str) -> tuple[list[str], bool, bool]:
        """Members named in a greeting fragment like "Jo and Chris" or "Lena, hi Marco".

        Returns (emails, has_group_word, all_parts_understood).
        """
        emails: list[str] = []
        group = False
        understood = True
        for part in _NAME_SPLIT.split(fragment.strip()):
            part = part.strip(" \t.,:;!-—–")
            if not part:
                continue
            low = part.lower()
            if low in _GROUP_WORDS or low.endswith((" team", " all", " folks")):
                group = True
                continue
            email = self.lookup(part)
            if email is None and " " in part:
                email = self.lookup(part.split()[0])
            if email is None and " " not in part:
                # "Hola Facu," / "Hi Santi and Lu,": a first name cut short
                email = self.lookup_clipped(part)
            if email is None:
                understood = False
                continue
            if email not in emails:
                emails.append(email)
        return emails, group, understood


@lru_cache(maxsize=64)
def member_index(members: tuple[Person, ...]) -> MemberIndex:
    """The index of a project's members, built once per roster: every message of a project
    asks with the same members, and building it folds every name's accents."""
    return MemberIndex(members)


@dataclass(frozen=True)
class Greeting:
    """The salutation at the top of a message, if any."""

    found: bool
    members: tuple[str, ...]
    group: bool
    consumed: int          # characters of the first line that belong to the greeting
    untitled: bool = False  # "Dear Madam," / "Dear Sir,": one reader, not named (the To line names them)

    @property
    def single(self) -> str | None:
        return self.members[0] if self.found and len(self.members) == 1 and not self.group else None


_NO_GREETING = Greeting(False, (), False, 0)
# ("Dear Sir," / "Good morning Ma," / "Hello Sir/Madam," / "Hi,": one reader, not named)
_TITLE_ONLY = re.compile(r"(?:(?:sir|madam|madame|mr|mrs|ms|miss|ma|ma'am|maam|mam|colleague|customer|client|boss|chief)"
                         r"(?:\s*(?:/|or)\s*(?:sir|madam|ma'am))?)?\W*$", re.IGNORECASE)
# ("Dear Wanjiru, dear all,": the second greeting word greets the rest)
_ONE_AND_ALL = re.compile(r"^\s*[^\s,]+(?:\s+[^\s,]+)?(?:\s+(?:and|&|\+)|\s*,\s*(?:and\s+)?(?:dear|hi|hello|hey))\s+"
                          r"(?:all|everyone|everybody|team|the team|co\.?|colleagues|the rest)\s*$", re.IGNORECASE)
_MORE_NAMES = re.compile(
    r",\s*(?P<names>[" + NAME_CAPITALS + r"][\w'-]*(?:\s*(?:,|&|and)\s*[" + NAME_CAPITALS + r"][\w'-]*){0,4})\s*(?:[,!:]|\s[—–-]\s|$)")
_NAME_ONLY = re.compile(r"^(?P<names>[" + NAME_CAPITALS + r"][\w'-]*(?:\s+[" + NAME_CAPITALS + r"][\w'-]*)?(?:\s*(?:,|&|and)\s*[" + NAME_CAPITALS + r"][\w'-]*(?:\s+[" + NAME_CAPITALS + r"][\w'-]*)?){0,4})\s*(?P<sep>,|:|!|—|–| - |$)\s*")

_UNKNOWN_WORD_GREETING = re.compile(
    r"^(?P<lead>[^\W\d_][\w'ʻ’-]*(?:\s+[^\W\d_][\w'ʻ’-]*){0,2}?)\s+"
    r"(?P<names>[" + NAME_CAPITALS + r"][\w'-]*(?:\s+[" + NAME_CAPITALS + r"][\w'-]*)?"
    r"(?:\s*(?:,|&|and)\s*[" + NAME_CAPITALS + r"][\w'-]*(?:\s+[" + NAME_CAPITALS + r"][\w'-]*)?){0,3})\s*[,!]\s*$")


def parse_greeting(first_line: str, index: MemberIndex, author: str) -> Greeting:
    """Read "Hi Sam," / "Hi Jo and Chris," / "Oliver, Aisha," / "Maya, quick favor: ..."."""
    line = first_line.strip()
    if not line:
        return _NO_GREETING
    m = _GREETING_WORD.match(line)
    if m:
        # "Hi Agnieszka (and team!)," is to Agnieszka: the aside is masked, same length so
        # the offsets still count in ``line``
        rest = _ASIDE.sub(lambda a: " " * len(a.group(0)), line[m.end():])
        sep = re.match(r"[—–-]\s+|[,!:]\s+(?=[a-z])", rest)
        if sep:
            # "morning – the template is late": the greeting is the bare word; what follows
            # the dash is the message, not names.
            return Greeting(True, (), True, m.end() + sep.end())
        # The greeting runs to the first comma/exclamation/colon or the end of the line;
        # a full stop ends it too ("Hi Maya. Quick one ...").
        stop = re.search(r"(?<!\b(?:Mr|Ms|Dr))(?<!\b(?:Mrs|Eng|Ing|Arq))(?<!\b(?:Miss|Prof|Engr|Arch))[,!:.?]|\s[—–-]\s", rest)
        if stop and stop.group(0) == "," and re.match(r"\s*(?:hi|hello|hey|dear)\b", rest[stop.end():], re.IGNORECASE):
            # "Hi Lena, hi Marco," - the greeting continues after the comma.
            stop2 = re.search(r"[,!:.?]|\s[—–-]\s", rest[stop.end():])
            end = stop.end() + (stop2.start() if stop2 else len(rest) - stop.end())
            names_part = rest[:end]
            consumed = m.end() + end + (1 if stop2 else 0)
        else:
            end = stop.start() if stop else len(rest)
            names_part = rest[:end]
            consumed = m.end() + end + (len(stop.group(0)) if stop else 0)
            more = _MORE_NAMES.match(rest[end:]) if stop and stop.group(0) == "," else None
            if more and index.names_in(more.group("names"))[2]:
                # "Hi Fiona, Ben," - a second name after the comma belongs to the greeting.
                names_part = rest[:end] + "," + more.group("names")
                consumed = m.end() + end + more.end()
        if _TITLE_ONLY.match(names_part.strip()) or re.fullmatch(r"[A-Z]\.?", names_part.strip()):
            # ("Morning H,": an initial names nobody the index knows; the recipients decide)
            return Greeting(True, (), False, min(consumed, len(line)), untitled=True)
        emails, group, _ = index.names_in(names_part)
        emails = [e for e in emails if e != author]
        if len(emails) == 1 and group and _ONE_AND_ALL.search(names_part):
            # "Hi Geneviève and all,": the one named leads the people greeted, and is asked
            group = False
        return Greeting(True, tuple(emails), group or not emails, min(consumed, len(line)))
    m = _NAME_ONLY.match(line)
    if m:
        emails, group, understood = index.names_in(m.group("names"))
        if (emails or group) and understood:
            emails = [e for e in emails if e != author]
            return Greeting(True, tuple(emails), group, m.end())
    m = _UNKNOWN_WORD_GREETING.match(line)
    if m:
        # "Talofa lava Aminata," / "Iakwe Chikondi,": a greeting in a language the list above
        # does not know, told by its shape: a line of its own, a few words, then members' names
        emails, group, understood = index.names_in(m.group("names"))
        lead_emails, lead_group, _ = index.names_in(m.group("lead"))
        if emails and understood and not lead_emails and not lead_group:
            return Greeting(True, tuple(e for e in emails if e != author), group, len(line))
    return _NO_GREETING


_ITEM_LABEL = re.compile(r"^(?:\d{1,2}[.)]\s+|[-*•]\s+)?[" + NAME_CAPITALS + r"][\w'&/ -]{1,25}:\s+(?=[" + NAME_CAPITALS + r"])")
# "To get started, Samuel, kindly share ...": a short lead-in before the name
_LEAD_PHRASE = re.compile(r"^(?!(?:hi|hey|hello|dear)\b)[A-Za-z][\w' ]{1,25},\s+(?=[A-Z][\w'-]*,\s)", re.IGNORECASE)
# ("Dr. Whitaker, could you gather your notes ...")
_LEADING_VOCATIVE = re.compile(r"^(?:(?:hi|hey|hello|dear|ok|okay|so|and|also)\s+)?(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Eng|Engr|Ing|Arch|Arq)\.?\s+)?"
                               # ("Haruto san, please ...": an honorific after the name)
                               r"[" + NAME_CAPITALS + r"][\w'-]*(?:(?:\s+[" + NAME_CAPITALS + r"][\w'-]*){1,2}|\s+(?:san|sama|kun|chan|sensei))?)\s*(?:,|:|—|–| - )\s*")
# "Giulia can you send them the call sheet": a capitalised name straight before the ask
_BARE_VOCATIVE = re.compile(r"^(?P<name>[" + NAME_CAPITALS + r"][\w'-]+)\s+(?=(?:can|could|would|will|pls|please)\s+(?:you|u)\b|(?:pls|please)\s)")
_LOWER_VOCATIVE = re.compile(
    r"^(?P<name>[a-z][a-z'-]+)(?:\s*,)?\s+(?=(?:did|do|does|can|could|would|will|are|is|have|has|pls|please|any|when|where|what|how|u|you)\b)")
_TRAILING_VOCATIVE = re.compile(r",\s*(?P<name>[" + NAME_CAPITALS + r"][\w'-]*(?:\s+[" + NAME_CAPITALS + r"][\w'-]*)?)\s*[?.!]*\s*$")
# "@Bianca – could you ..." / "@Devin quick one: are ..." / "Q for @Jess: should we ..." /
# "One for Lindiwe: can you ...": chat-style turns to one person
_AT_VOCATIVE = re.compile(
    r"^(?:(?:q|question|one|quick one|quick q|a question|ask|note)\s+for\s+@?(?P<named>[A-Za-z][\w'-]*)\s*(?:[,:—–]|\s-\s)"
    r"|@(?P<name>[A-Za-z][\w.'-]*?)(?:\s+(?:quick\s+(?:one|q|question)|question|q))?\s*(?:[,:—–]|\s-\s|(?=\s)))\s*",
    re.IGNORECASE)


@lru_cache(maxsize=4096)
def sentence_vocative(sentence: str, index: MemberIndex) -> tuple[str | None, int]:
    """Member addressed by name in the sentence ("Tom, can you ..." / "..., Beth?").

    Returns (email, length of a leading vocative to skip, 0 if none).  Cached: each rule
    family asks again of the same sentence (about five times a clause), and the answer
    depends only on the sentence and the roster's index, which never changes once built.
    """
    m = _AT_VOCATIVE.match(sentence)
    if m:
        email = index.lookup(m.group("name") or m.group("named"))
        if email:
            return email, m.end()
    label = _ITEM_LABEL.match(sentence) or _LEAD_PHRASE.match(sentence)
    if label:
        # "3. Brand: Katharina, could you share ...": the name after the item's label
        email, skip = sentence_vocative(sentence[label.end():], index)
        if email:
            return email, label.end() + skip
    m = _LEADING_VOCATIVE.match(sentence)
    if m:
        email = index.lookup(m.group("name")) or index.lookup(m.group("name").split()[0])
        if email is None and " " not in m.group("name") and sentence[m.end("name"):].lstrip().startswith(","):
            # "Facu, can you get me quotes ...": a first name cut short, then a comma
            email = index.lookup_clipped(m.group("name"))
        if email:
            return email, m.end()
    m = _BARE_VOCATIVE.match(sentence)
    if m:
        email = index.lookup(m.group("name"))
        if email:
            return email, m.end("name") + 1
    m = _LOWER_VOCATIVE.match(sentence)
    if m:
        # "jess did you get the selects?" / "priya, could you ...": terse writers do not
        # capitalise names either
        email = index.lookup(m.group("name"))
        if email:
            return email, m.end()
    m = _TRAILING_VOCATIVE.search(sentence)
    if m:
        email = index.lookup(m.group("name")) or index.lookup(m.group("name").split()[0])
        if email:
            return email, 0
    return None, 0

