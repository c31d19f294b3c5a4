"""Work a team gives itself in more of its own languages, and the word that it is done.

Days: Czech and Croatian names bent with a vowel falling out ("do pátku", "do petka"), names
with an ending for "by" (Hungarian "péntekig", Finnish "torstaiksi", Estonian "neljapäevaks",
Georgian "ხუთშაბათამდე"), Chinese short names ("周四之前") and Romanian "marți" (Tuesday, not
March).  Colleagues named in their own script ("李文，", "თამარ,", "সাবরিনা,", "Orxan,"), and
the word for "by" before the day (Romanian "până", Swahili "ifikapo") or after it (Turkish
"kadar", Bengali "মধ্যে").  A day's name with a number that is not that day ("تا شنبه ۲۳ آبان",
a date of another calendar) is that day; a day's name with a date in figures of a later week
("pana vinerea de saptamana viitoare (13.11)", "până vineri, 13 noiembrie") is that date.  Work already the colleague's said
again is no new work.  Done: "Tuotekuvausohje on valmis!", "器材清单在附件里", "Staging-ul e sus";
not "Moodboard-ul nu e gata încă".  A list numbered "١-", "٢-" gives each colleague named their
work, "Decidido: ..." heads a decision, and "Fuseini please check ..." (no comma after the name)
asks Fuseini.  The work and its day may come in the sentence after the name ("Bekzod, ular ...
Cloudbeds'ning ... payshanbagacha tekshirib bera olasanmi?"), and a day of the month may come
alone after the word for "by" ("pana pe 20?")."""
from __future__ import annotations

from datetime import date, datetime

from anyascii import anyascii

from ingest.addressing import MemberIndex
from ingest.day_words import in_english_days
from ingest.extraction import Extraction, ExtractionContext, KnownTask, Person, extract

_TUESDAY = datetime.fromisoformat("2026-11-03T09:00:00+00:00")
_LEAD = Person("lead@studio.example", "Ana Lead", "team", "Europe/London", "DMY")


def _colleague(name: str) -> Person:
    return Person(f"{anyascii(name.split()[0]).lower()}@studio.example", name, "team", "Europe/London", "DMY")


def _team_mail(text: str, names: tuple[str, ...], author: Person = _LEAD, known: tuple[KnownTask, ...] = (),
               attachments: int = 0) -> Extraction:
    """``text`` in a mail among the team only (a greeting, the text, a signature)."""
    members = (*(_colleague(n) for n in names), _LEAD)
    ctx = ExtractionContext(author=author, sent_at=_TUESDAY, members=members,
                            to=tuple(m.email for m in members if m.email != author.email), known_tasks=known,
                            attachments=attachments)
    return extract(f"Salut,\n\n{text}\n\nMersi,\nAna", ctx)


def _asked(text: str, name: str) -> list[tuple[str, date | None]]:
    return [(t.owner or "", t.due) for t in _team_mail(text, (name, "Other Person")).tasks]


def test_day_names_bent_in_more_ways_are_read() -> None:
    for said, day in (("do pátku", "friday"), ("do petka", "friday"), ("v piatok", "friday"), ("ve čtvrtek", "thursday"),
                      ("péntekig", "friday"), ("torstaiksi", "thursday"), ("neljapäevaks", "thursday"),
                      ("ხუთშაბათამდე", "thursday"), ("周四之前", "thursday"), ("marți", "tuesday"), ("martie", "march")):
        assert day in in_english_days(said).lower(), said
    # (the start of a name alone is another word: "pet" is five, "peta" fifth; a short name in a
    # script matched inside words is inside other words: Burmese "မေ" (May) in "မေးစရာ")
    assert "friday" not in in_english_days("pet godina, peta strana").lower()
    assert "may" not in in_english_days("ကိုဇော်၊ မေးစရာတစ်ခု").lower()


def test_colleagues_named_in_their_own_script_are_found() -> None:
    index = MemberIndex([_colleague(n) for n in ("Li Wen", "Tamar Beridze", "Sabrina Barua", "Orkhan Aliyev", "Wang Lei")])
    assert index.lookup("李文") == "li@studio.example"
    assert index.lookup("თამარ") == "tamar@studio.example"
    assert index.lookup("সাবরিনা") == "sabrina@studio.example"
    assert index.lookup_clipped("Orxan") == "orkhan@studio.example"
    # (one Chinese character is a word before it is a name)
    assert index.lookup("王") is None


def test_work_asked_of_a_colleague_by_a_day_in_more_languages() -> None:
    friday, thursday, wednesday = date(2026, 11, 6), date(2026, 11, 5), date(2026, 11, 4)
    assert _asked("Ioana, te rog să pregătești trei moodboard-uri pentru homepage până vineri.", "Ioana Pop") == [
        ("ioana@studio.example", friday)]
    assert _asked("Mervi, ehditkö tehdä asiakkaalle tuotekuvausohjeen perjantaihin mennessä?", "Mervi Lahti") == [
        ("mervi@studio.example", friday)]
    assert _asked("Mart, palun saada Élodie'le neljapäevaks hinnakirja näidisfail.", "Mart Tamm") == [
        ("mart@studio.example", thursday)]
    assert _asked("Elif, dış ses metninin ilk taslağını çarşamba gününe kadar hazırlayabilir misin?", "Elif Kaya") == [
        ("elif@studio.example", wednesday)]
    assert _asked("Gergő, kérlek készítsd el a tolmács szerződését péntekig.", "Gergő Tóth") == [
        ("gergo@studio.example", friday)]
    assert _asked("Baraka, tafadhali hakikisha betri zote za drone zimechajiwa ifikapo Jumatatu tarehe 9.",
                  "Baraka Mushi") == [("baraka@studio.example", date(2026, 11, 9))]
    assert _asked("李文，200g罐的中文背标，周四之前先出一版初稿给我看看。", "Li Wen") == [("li@studio.example", thursday)]
    assert _asked("თამარ, სცენარის პირველი ვერსია ხუთშაბათამდე მომწერე.", "Tamar Beridze") == [
        ("tamar@studio.example", thursday)]
    assert _asked("সাবরিনা, বুধবারের মধ্যে Supabase-এ প্রজেক্ট সেটআপ করে ফেলো।", "Sabrina Barua") == [
        ("sabrina@studio.example", wednesday)]
    assert _asked("Orxan, çəkiliş siyahısını (shot list) cümə axşamına qədər hazırlaya bilərsən?", "Orkhan Aliyev") == [
        ("orkhan@studio.example", thursday)]


def test_the_day_of_a_deadline_when_its_name_and_number_disagree() -> None:
    # (a number of another calendar's month: the Saturday named)
    assert _asked("حامد، لطفاً تا شنبه ۲۳ آبان یه فایل Lottie روی تبلت تست کن.", "Hamed Dehghan") == [
        ("hamed@studio.example", date(2026, 11, 7))]
    # (the Friday of next week, in figures or with its month)
    assert _asked("Doina, te rog cu moodboard-ul pentru homepage, pana vinerea de saptamana viitoare (13.11).",
                  "Doina Lungu") == [("doina@studio.example", date(2026, 11, 13))]
    assert _asked("Ioana, te rog să pregătești trei moodboard-uri (culori, fonturi) până vineri, 13 noiembrie.",
                  "Ioana Pop") == [("ioana@studio.example", date(2026, 11, 13))]


def test_work_already_the_colleague_s_said_again_is_no_new_work() -> None:
    sitemap = KnownTask(4, "Prepare the sitemap", "nikola@studio.example", date(2026, 11, 13))
    found = _team_mail("Nikola, sitemap treba Tanji do petka 13.11. Ništa komplikovano.", ("Nikola Vuković",),
                       known=(sitemap,))
    assert found.tasks == []


def _done(text: str, title: str, name: str, attachments: int = 0) -> list[int | None]:
    owner = _colleague(name)
    work = KnownTask(7, title, owner.email, None)
    found = _team_mail(text, (name, "Other Person"), author=owner, known=(work,), attachments=attachments)
    return [c.task_id for c in found.changes if c.status == "done"]


def test_work_said_done_in_more_languages() -> None:
    assert _done("Tuotekuvausohje on valmis!", "Ehditkö tehdä asiakkaalle tuotekuvausohjeen perjantaihin mennessä",
                 "Mervi Lahti") == [7]
    assert _done("器材清单在附件里。", "器材清单周五前发我一下", "Wang Lei", attachments=1) == [7]
    assert _done("Staging-ul e sus, link mai jos.", "Te rog să pui sus un staging", "Radu Ion") == [7]
    assert _done("محیط staging آماده است.", "لطفاً محیط staging فروشگاه را روی Shopify", "Behnam Karimi") == [7]


def test_work_said_not_done_yet_stays_open() -> None:
    assert _done("Moodboard-ul nu e gata încă.", "Te rog să pregătești trei moodboard-uri pentru homepage", "Ioana Pop") == []
    assert _done("محیط staging هنوز آماده نیست.", "لطفاً محیط staging فروشگاه را روی Shopify", "Behnam Karimi") == []


def test_a_list_numbered_with_a_dash_gives_each_colleague_their_work() -> None:
    found = _team_mail("وهذا توزيع الشغل:\n\n١- يوسف: أبي الـ moodboard جاهز يوم الأحد 8/11.\n"
                       "٢- نورة: ممكن تجهزين لنا hosting comparison؟", ("Yousef Behbehani", "Noura Saleh"))
    assert sorted((t.owner or "", t.due) for t in found.tasks) == [
        ("noura@studio.example", None), ("yousef@studio.example", date(2026, 11, 8))]


def test_a_decision_said_as_a_heading_in_the_team_s_language() -> None:
    found = _team_mail("Decidido: o Zé do som fica em Mindelo, porque os 2.400 EUR davam cabo da nossa margem.",
                       ("Nilton Lopes",))
    assert [(d.summary, d.rationale) for d in found.decisions] == [
        ("O Zé do som fica em Mindelo", "os 2.400 EUR davam cabo da nossa margem")]


def test_a_name_before_please_without_a_comma_asks_that_colleague() -> None:
    found = _team_mail("Fuseini please check the Android version on the 12 tablets by Wednesday, the new KoboCollect "
                       "needs Android 8 or higher.", ("Fuseini Alhassan", "Abdul Rahman"))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [
        ("Check the Android version on the 12 tablets", "fuseini@studio.example", date(2026, 11, 4))]


def test_the_work_and_its_day_in_the_sentence_after_the_colleague_s_name() -> None:
    found = _team_mail("2) Bekzod, ular bron qilish uchun Cloudbeds ishlatishadi. Cloudbeds'ning booking widget'ini "
                       "yoki API'sini saytga ulash mumkinmi, payshanbagacha tekshirib bera olasanmi?", ("Bekzod Karimov",))
    assert [(t.owner, t.due) for t in found.tasks] == [("bekzod@studio.example", date(2026, 11, 5))]
    assert found.questions == []
    # (a day of the month alone after the word for "by")
    assert _asked("Doina, inca ceva: poti sa faci si iconitele pentru facilitati pana pe 20?", "Doina Lungu") == [
        ("doina@studio.example", date(2026, 11, 20))]
