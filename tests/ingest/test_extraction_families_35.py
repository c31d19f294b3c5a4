"""Work reported done in shapes the rules missed: a title word written with a hyphen
("deck-plan") and the report without it ("deck plans"), a named colleague who "has finished
all eleven" of them, the work done with an apology for its lateness, a file "attached as
SVG", and the client saying what the team sent ("The site map you sent ...").  Positive
probes must close the right task; negative probes must not."""
from __future__ import annotations

from extraction_probe import JANE, PRIYA, SAM, TOM, done_ids, run

from ingest.answers import answers
from ingest.extraction import KnownTask
from ingest.task_matching import content_words

_DECK_PLANS = KnownTask(1, "Draw the deck-plan illustrations", PRIYA.email)
_RESEARCH = KnownTask(2, "Do the desk research on the other heritage sites", PRIYA.email)
_LOGO = KnownTask(3, "Send us the logo of the lodge in vector format", TOM.email)
_SITE_MAP = KnownTask(4, "Send you the site map", SAM.email)
_PHOTOS = KnownTask(5, "Send the product photos", JANE.email)


def test_a_hyphenated_title_word_is_its_words() -> None:
    assert content_words("Draw the deck-plan illustrations") == {"draw", "deck", "plan", "illustration"}
    # (a word the hyphen makes is kept whole)
    assert content_words("the mock-up, year-to-date") == {"mockup", "year-to-date"}
    said = "Hi Jane,\n\nPriya has finished the deck plans, they are in the Drive.\n\nSam"
    assert done_ids(run(said, author=SAM, known=(_DECK_PLANS, _PHOTOS), to=(JANE.email,))) == {1}


def test_a_colleague_who_has_finished_all_of_them() -> None:
    said = "Hi Jane,\n\nPriya has finished all eleven deck plans.\n\nSam"
    assert done_ids(run(said, author=SAM, known=(_DECK_PLANS, _PHOTOS), to=(JANE.email,))) == {1}
    # (a headline still reads as one: "Survey finished, all good")
    survey = KnownTask(6, "Run the guest survey", PRIYA.email)
    assert done_ids(run("Survey finished, all good.", author=SAM, known=(survey, _PHOTOS), to=(JANE.email,))) == {6}


def test_done_with_an_apology_for_the_lateness() -> None:
    said = "The desk research on the other heritage sites is also finished, sorry it's late."
    result = run(said, author=PRIYA, known=(_RESEARCH, _PHOTOS), to=(JANE.email,))
    assert done_ids(result) == {2}
    assert not [c for c in result.changes if c.rule == "natural:delay"]
    # only late, nothing done: still a delay
    late = run("The desk research will be late, sorry.", author=PRIYA, known=(_RESEARCH, _PHOTOS), to=(JANE.email,))
    assert done_ids(late) == set()


def test_a_file_attached_as_a_format() -> None:
    assert done_ids(run("Logo attached as SVG.", author=JANE, known=(_LOGO, _PHOTOS), thread=(3,))) == {3}
    # (attached to show something is not the work handed over)
    assert done_ids(run("Logo attached as reference, the vector file comes on Friday.", author=JANE,
                     known=(_LOGO, _PHOTOS), thread=(3,))) == set()


def test_the_thing_you_sent() -> None:
    said = "The site map you sent yesterday looks right to us."
    assert done_ids(run(said, author=JANE, known=(_SITE_MAP, _PHOTOS))) == {4}
    # sent, but wrong: still owed
    assert done_ids(run("The site map you sent is the old one, can you resend it?", author=JANE,
                     known=(_SITE_MAP, _PHOTOS))) == set()
    # the writer's own work is not "you sent"
    assert done_ids(run("The product photos you sent are lovely.", author=JANE, known=(_PHOTOS,))) == set()


def _decisions(result: object) -> list[tuple[str, str | None]]:
    return [(d.summary, d.rationale) for d in result.decisions]  # type: ignore[attr-defined]


def test_one_way_and_not_the_other_in_the_teams_language() -> None:
    said = {
        "Decidimos usar .NET 8 y no Node, porque Tom dijo que su equipo de IT solo sabe mantener C#.":
            ("Decidimos usar .NET 8 y no Node", "Tom dijo que su equipo de IT solo sabe mantener C#"),
        "Spalvas koreguosim DaVinci Resolve, ne Premiere, nes Tomas jau turi paruoštus LUTus.":
            ("Spalvas koreguosim DaVinci Resolve, ne Premiere", "Tomas jau turi paruoštus LUTus"),
        "Работаем в DaVinci, не в Premiere: у Нурлана лицензия Studio.":
            ("Работаем в DaVinci, не в Premiere", "у Нурлана лицензия Studio"),
        "Letíme z Viedne cez Oslo, nie z Budapešti, lebo z Budapešti je spiatočný let až v utorok.":
            ("Letíme z Viedne cez Oslo, nie z Budapešti", "z Budapešti je spiatočný let až v utorok"),
        "Ik wil Supabase gebruiken in plaats van onze eigen Laravel-setup, omdat niemand een server kan onderhouden.":
            ("Ik wil Supabase gebruiken in plaats van onze eigen Laravel-setup", "niemand een server kan onderhouden"),
        "Tumeamua kuchapisha sampuli hapa Nairobi kwa Printwell, badala ya kutuma faili Davao, kwa sababu tunataka kudhibiti rangi.":
            # ("Tumeamua", we decided, is read as the word for it: the summary is what was decided)
            ("Kuchapisha sampuli hapa Nairobi kwa Printwell, badala ya kutuma faili Davao", "tunataka kudhibiti rangi"),
        "Kita pakai Midtrans daripada Xendit, karena biayanya lebih murah untuk kartu lokal.":
            ("Kita pakai Midtrans daripada Xendit", "biayanya lebih murah untuk kartu lokal"),
        # ("thay vì" is "instead of"; the "vì" after it is "because")
        "Chúng ta dùng Shopify thay vì WooCommerce, vì khách không có ai bảo trì máy chủ.":
            ("Chúng ta dùng Shopify thay vì WooCommerce", "khách không có ai bảo trì máy chủ"),
    }
    for text, expected in said.items():
        assert _decisions(run(f"Hi,\n\n{text}\n\nSam", author=SAM, to=(PRIYA.email,))) == [expected], text
    # a refusal with its reason is no choice, nor is "and don't worry", nor a question
    for text in ("Lo siento, no puedo ir mañana, porque estoy enfermo.",
                 "Gracias Sam y no te preocupes, porque todo está listo para el lunes.",
                 "¿Vamos con Shopify y no con WooCommerce, porque es más barato?"):
        assert _decisions(run(f"Hi,\n\n{text}\n\nSam", author=SAM, to=(PRIYA.email,))) == [], text


def test_an_answer_in_the_teams_language() -> None:
    # the question's words in another script, taken up in the reply
    assert answers("у кого-нибудь есть доступ к их старому хостингу?", "Доступ есть у меня, пароль в 1Password.")
    assert not answers("у кого-нибудь есть доступ к их старому хостингу?", "Привет, завтра встреча в десять.")
    # a yes or a no in the team's language
    assert answers("Et les échantillons, ils sont partis ?", "Oui, partis lundi avec DHL.")
    assert answers("Jest już umowa z drukarnią?", "Nie, dopiero w piątek.")
    # ("Non-binding" is no "non")
    assert not answers("Is the 26th realistic on your side?", "Non-binding offer attached.")


def test_arrived_on_a_day() -> None:
    login = KnownTask(7, "Arrange a registrar login for Shanaira", JANE.email)
    said = "The registrar login came through on Saturday and works fine."
    assert done_ids(run(said, author=JANE, known=(login, _PHOTOS), thread=(7,))) == {7}


def test_a_number_looked_for_is_stated() -> None:
    looked_for = KnownTask(8, "Look for the contract number at the mill", JANE.email)
    said = "The Colissimo contract number is 8B 104 377."
    assert done_ids(run(said, author=JANE, known=(looked_for, _PHOTOS), thread=(8,))) == {8}
    # where it is, not what it is: still to look for
    assert done_ids(run("The contract number is on the old invoice, I think.", author=JANE, known=(looked_for, _PHOTOS),
                     thread=(8,))) == set()


def test_one_day_and_not_the_other_is_no_choice() -> None:
    said = "Hi,\n\nБаннеры будут в четверг, не в среду: сделал пять вариантов, выбираю три лучших.\n\nSam"
    assert _decisions(run(said, author=SAM, to=(PRIYA.email,))) == []


def _questions(result: object) -> list[str]:
    return [q.text for q in result.questions]  # type: ignore[attr-defined]


def test_small_talk_about_a_place_and_rhetorical_questions_ask_nothing() -> None:
    for said in ("How is Trieste this week?", "And how is Samarkand now, already cold?", "How warm is it in Tana?",
                 "Who needs a drone when you've got the Atlas on the horizon?",
                 "Who would imagine that a studio in the Himalayas would end up drawing our whales?"):
        assert _questions(run(f"Hi Sam,\n\nThanks for the files.\n\n{said}\n\nJane")) == [], said
    # about the work, or about who: asked
    for said in ("How is Maria getting on with the logo?", "Who needs the login when the site is live?"):
        assert _questions(run(f"Hi Sam,\n\nThanks for the files.\n\n{said}\n\nJane")) == [said], said
