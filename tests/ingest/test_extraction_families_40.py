"""What a team writes to itself in its own language about work already on record: done ("la guía
ya está en el Drive", "El staging está arriba", "Oui, partis lundi avec DHL"), blocked ("Las
tarifas de envío están bloqueadas: Aircalin Cargo no nos ha mandado la tabla", "所以這項暫時
blocked") and put off by the one who does it ("así que el staging te lo tengo el viernes 20", "Te
lo paso el lunes 23"); and the writer's own new promise ("Je monte le formulaire dans Kobo d'ici
mardi 17/11").  Action lists that name a colleague the way the team does: by a pet name ("Javi"
for Javier), in Arabic script ("مصطفى" for Mustafa), or before a full-width colon ("Kelvin：").
The positive probes must change or find exactly that work; the guards keep a question, a denial,
a promise said again and another piece of work from changing anything."""
from __future__ import annotations

from datetime import date, datetime

from extraction_probe import JANE, PRIYA, SAM, run

from ingest.addressing import member_index
from ingest.day_words import in_english_days
from ingest.extraction import KnownTask, Person
from ingest.item_phrasing import pick_due

GUIDE = KnownTask(1, "La guía de fotografía para las artesanas", PRIYA.email, date(2026, 11, 12))
RETOUCH = KnownTask(2, "El retoque de las fotos de las artesanas cuando lleguen", PRIYA.email, date(2026, 11, 24))
STAGING = KnownTask(3, "El staging de WooCommerce", SAM.email, date(2026, 11, 19))
RATES = KnownTask(4, "Las tarifas de envío en el checkout", SAM.email, date(2026, 11, 27))
TEST_PLAN = KnownTask(5, "Armá el test plan del upload", SAM.email, date(2026, 11, 20))
PHOTOS = KnownTask(6, "Enverra les photos depuis le bureau de la CCIMA", SAM.email, date(2026, 11, 24))
KNOWN = (GUIDE, RETOUCH, STAGING, RATES)


def _changes(text: str, author: Person, known: tuple[KnownTask, ...] = KNOWN, thread: tuple[int, ...] = (1, 2, 3, 4)
             ) -> list[tuple[int | None, str | None, date | None, str | None]]:
    out = run(text, author=author, to=(JANE.email,), known=known, thread=thread)
    return sorted((c.task_id, c.status, c.new_due, c.reason) for c in out.changes)


def test_work_reported_done_or_blocked_in_spanish_changes_the_task_it_names() -> None:
    # (the file's name shares as many words with the retouch as with the guide: the words before
    # "ya está" name the guide)
    assert _changes("Marisol, la guía ya está en el Drive (Uvea Tapa > Fotos > Guia_fotos_artesanas.pdf), con dibujitos.",
                    PRIYA) == [(1, "done", None, None)]
    assert _changes("El staging está arriba: https://staging.uveatapa.wf (usuario y clave en 1Password).\n\n"
                    "Las tarifas de envío están bloqueadas: Aircalin Cargo no nos ha mandado la tabla de tarifas. "
                    "Les volví a escribir hoy.", SAM) == [
        (3, "done", None, None), (4, "blocked", None, "Aircalin Cargo no nos ha mandado la tabla de tarifas")]


def test_work_blocked_said_in_english_in_a_chinese_line_or_sent_off_in_french_changes_that_task() -> None:
    store = KnownTask(7, "開一個 Shopify store（先用試用版）", SAM.email, date(2026, 11, 25))
    mockup = KnownTask(8, "網店 product page 的 mock-up", SAM.email, date(2026, 11, 20))
    assert _changes("Shopify store 暫時開不到：要等 Roger 開好 PayPal business account 才能繼續，所以這項暫時 blocked。", SAM,
                    known=(store, mockup), thread=(7, 8)) == [(7, "blocked", None, None)]
    # (the samples are named by "DHL", though the thread's only task of hers is the pro forma)
    samples = KnownTask(9, "Préparer trois échantillons de 250 g et les envoyer par DHL", SAM.email, date(2026, 11, 13))
    pro_forma = KnownTask(10, "Préparer la facture pro forma (800 boîtes, en USD)", SAM.email, date(2026, 11, 27))
    assert _changes("Oui, partis lundi avec DHL, numéro de suivi 48 1930 2276.\n\nPro forma : noté pour le 27.", SAM,
                    known=(samples, pro_forma), thread=(10,)) == [(9, "done", None, None)]


def test_work_said_booked_sent_or_handed_over_in_a_slavic_language_is_done() -> None:
    flights = KnownTask(11, "Моля те резервирай полетите Варна – София – Тенерифе", SAM.email, date(2026, 11, 6))
    wireframes = KnownTask(12, "Може ли да ми ги пратиш wireframes за листата на производи", SAM.email, date(2026, 11, 5))
    for text, task in (("Полетите са резервирани, билетите са в папката.", 11), ("Еве ги wireframes за листата, во прилог.", 12)):
        assert _changes(text, SAM, known=(flights, wireframes), thread=(11, 12)) == [(task, "done", None, None)], text
    # (not yet booked; a company's mission is no work sent)
    assert _changes("Полетите още не са резервирани.", SAM, known=(flights,), thread=(11,)) == []
    assert _changes("Poslanie firmy je jasné.", SAM, known=(flights,), thread=(11,)) == []


def test_a_question_or_a_denial_of_a_block_changes_nothing() -> None:
    assert _changes("¿Las tarifas de envío están bloqueadas todavía?", SAM) == []
    assert _changes("Las tarifas de envío no están bloqueadas, solo falta probarlas.", SAM) == []
    # (an English line is read by the English rules; a colleague gone on holiday is no work sent)
    assert _changes("Jean est parti en vacances, les tarifs attendront.", SAM) == []


def test_the_writers_own_work_put_off_in_their_language_gets_the_new_day() -> None:
    assert _changes("Ojo: el jueves 19 es feriado, así que el staging te lo tengo el viernes 20.", SAM) == [
        (3, None, date(2026, 11, 20), None)]
    # ("it": the work the sentence before named)
    assert _changes("El test plan no lo voy a tener el viernes, porque ese día tenemos la auditoría del cliente. "
                    "Te lo paso el lunes 23 a primera hora.", SAM, known=(TEST_PLAN, STAGING), thread=(5, 3)) == [
        (5, None, date(2026, 11, 23), None)]


def test_the_writers_own_promise_in_their_language_is_their_task_unless_it_restates_one() -> None:
    kobo = run("Je monte le formulaire dans Kobo d'ici mardi 17/11.", author=SAM, to=(PRIYA.email,))
    assert [(t.title, t.owner, t.due) for t in kobo.tasks] == [("Monte le formulaire dans Kobo", SAM.email, date(2026, 11, 17))]
    job = run("Yo me encargo del job que consulta el pronóstico cada hora; lo tengo listo para el lunes 9.", author=SAM, to=(PRIYA.email,))
    assert [(t.owner, t.due) for t in job.tasks] == [(SAM.email, date(2026, 11, 9))]
    # ("Monto el staging el miércoles" is the writer's staging, said again on its day)
    again = run("Yo monto el staging el jueves 19.", author=SAM, to=(PRIYA.email,), known=(STAGING,))
    assert again.tasks == [] and again.changes == []
    # (no day, or thinking aloud: no promise)
    assert run("Je monte le formulaire dans Kobo.", author=SAM, to=(PRIYA.email,)).tasks == []
    assert run("Je pense que vendredi est bien pour le formulaire.", author=SAM, to=(PRIYA.email,)).tasks == []


def test_it_after_other_work_or_a_new_job_moves_nothing() -> None:
    # ("Vous l'aurez" is the translation the sentence before speaks of, not the writer's photos)
    assert _changes("Pour la traduction en faka'uvea, il me faut une semaine de plus : le père Sosefo relit les textes. "
                    "Vous l'aurez le vendredi 4 décembre.", SAM, known=(PHOTOS,), thread=(6,)) == []
    assert _changes("Yo me encargo del job que consulta el pronóstico cada hora; lo tengo listo para el lunes 7.", SAM,
                    known=(RATES,), thread=(4,)) == []


MUSTAFA = Person("mustafa.k@dijla.iq", "Mustafa Kadhim", "team", "Asia/Baghdad", "DMY")
NOOR = Person("noor@dijla.iq", "Noor Al-Saadi", "team", "Asia/Baghdad", "DMY")
KELVIN = Person("kelvin@travessa.mo", "Kelvin Leong", "team", "Asia/Macau", "DMY")
JAVIER = Person("javier@brisa.pr", "Javier Colón", "team", "America/Puerto_Rico", "DMY")
TEAM = (SAM, MUSTAFA, NOOR, KELVIN, JAVIER, JANE)


def test_an_action_list_names_colleagues_by_pet_name_in_arabic_script_or_before_a_full_width_colon() -> None:
    text = ("Hi team,\n\n"
            "- Javi: el staging de WooCommerce, para el jueves 19.\n"
            "- مصطفى: جهّز الـ staging server على Hetzner بحلول الخميس 12/11\n"
            "- نور: أحتاج منج الـ moodboard والألوان يوم الأحد 15/11\n"
            "- Kelvin：開一個 Shopify store（先用試用版），下星期三（11/11）前完成。\n\n"
            "Thanks!")
    out = run(text, author=SAM, to=(MUSTAFA.email, NOOR.email, KELVIN.email, JAVIER.email), members=TEAM)
    found = sorted((t.owner, t.due) for t in out.tasks)
    assert found == sorted([(JAVIER.email, date(2026, 11, 19)), (MUSTAFA.email, date(2026, 11, 12)), (NOOR.email, date(2026, 11, 15)),
                            (KELVIN.email, date(2026, 11, 11))])
    # (the day in Spanish is no part of the title)
    assert "El staging de WooCommerce" in [t.title for t in out.tasks]


def test_names_in_arabic_or_greek_script_find_the_member_spelt_in_latin_letters_only_when_one_fits() -> None:
    index = member_index((MUSTAFA, NOOR, Person("andreas@kyklos.cy", "Andreas Georgiou", "team", "Asia/Nicosia", "DMY"),
                          Person("marios@kyklos.cy", "Marios Constantinou", "team", "Asia/Nicosia", "DMY")))
    assert [index.lookup(name) for name in ("مصطفى", "نور", "Μάριε", "Αντρέα")] == [
        MUSTAFA.email, NOOR.email, "marios@kyklos.cy", "andreas@kyklos.cy"]
    # ("Деси" for Desislava: a pet name, in Cyrillic)
    assert member_index((Person("desislava@morska.bg", "Desislava Petrova", "team", "Europe/Sofia", "DMY"),)).lookup("Деси") == "desislava@morska.bg"
    # ("Noor" and "Noura" are written alike in Arabic: the name names neither)
    both = member_index((NOOR, Person("noura@sadu.kw", "Noura Al-Mutairi", "team", "Asia/Kuwait", "DMY")))
    assert both.lookup("نور") is None and both.lookup("عمر") is None


def test_next_weeks_day_in_chinese_is_next_week() -> None:
    tuesday = datetime.fromisoformat("2026-11-17T10:30:05+08:00")
    assert pick_due(in_english_days("下星期三（25/11）前完成"), tuesday, "Asia/Macau", "DMY") == date(2026, 11, 25)
    assert pick_due(in_english_days("本星期五（20/11）前給我看"), tuesday, "Asia/Macau", "DMY") == date(2026, 11, 20)


MARIOS = Person("marios@kyklos.cy", "Marios Constantinou", "team", "Asia/Nicosia", "DMY")
ONDREJ = Person("ondrej@pixelarna.cz", "Ondřej Kučera", "team", "Europe/Prague", "DMY")
LUKE = Person("luke@bastjun.mt", "Luke Camilleri", "team", "Europe/Malta", "DMY")
COLLEAGUES = (SAM, MARIOS, ONDREJ, LUKE, KELVIN, JANE)


def _asked(text: str) -> list[tuple[str | None, date | None]]:
    out = run(f"Hi all,\n\n{text}\n\nThanks!", author=SAM, to=tuple(p.email for p in COLLEAGUES if p.role == "team" and p != SAM),
              members=COLLEAGUES)
    assert out.questions == [], text
    return [(t.owner, t.due) for t in out.tasks]


def test_a_colleague_named_then_work_by_a_day_in_any_language_is_their_task() -> None:
    assert _asked("Μάριε, θέλω να δω τα mockups της αρχικής σελίδας μέχρι την Πέμπτη 5/11.") == [(MARIOS.email, date(2026, 11, 5))]
    assert _asked("Luke, tista' tagħmel il-proofreading tat-testi Franċiżi ta' Julien sal-Ħamis 5?") == [(LUKE.email, date(2026, 11, 5))]
    assert _asked("Kelvin，可以幫我問一下 Sunny 包裝 1kg 袋加 zip 的成本嗎？星期四（5/11）前告訴我") == [(KELVIN.email, date(2026, 11, 5))]
    # (the Czech vocative of Ondřej; the work after its day)
    czech = run("Ahoj,\n\nOndřeji, připrav prosím do 6.11. testovací instalaci Shoptetu s ověřením věku.", author=SAM,
                to=(ONDREJ.email,), members=COLLEAGUES)
    assert [(t.owner, t.due) for t in czech.tasks] == [(ONDREJ.email, date(2026, 11, 6))]
    assert "Shoptetu" in czech.tasks[0].title


def test_a_colleague_named_with_a_day_but_no_deadline_or_in_english_gives_no_new_reading() -> None:
    # (thanks for what came on a day, a meeting on a day: no "by")
    assert _asked("Marios, ευχαριστώ για τις φωτογραφίες της Παρασκευής.") == []
    assert _asked("Luke, nitkellmu l-Ħamis 5 fl-uffiċċju.") == []

