"""Families added on 2026-12-06 (thirty-first session) from the scenario sets fresh149-152, read
once newer blind sets were written to take their place as the held-out pool: what "them" or
"that" stands for ("the bios would be very welcome; please send them", "the photos need to be
cut out ... Can you get that done by Thursday?"), a deliverable asked for after a few words
naming the topic ("Our first milestone: we'd like to see ...") or as "what I'd love to see
first", "we ask you kindly for X until D", "You'll have three design directions from us by D",
someone "from Regulatory Affairs" promising work, an acronym kept in a title, and work handed
over "from her" with the new owner's day a sentence later.  Positive probes must fire with the
right fields; negative probes must not."""
from __future__ import annotations

from datetime import date

import pytest
from extraction_probe import JANE, MEMBERS, PRIYA, SAM, TOM, run

from ingest.extraction import KnownTask, recordable
from ingest.extraction_types import Person
from ingest.handovers import RULE as HANDOVER

# ---- what "them" or "that" stands for


def test_them_is_the_thing_welcomed_before_it() -> None:
    extraction = recordable(run("Hi Jane,\n\nTom, thank you for the photos, they are beautiful. Yes, the bios of the captains and chefs "
                                "would be very welcome; please send them to us by Thursday 12 November.", author=SAM,
                                to=(JANE.email, TOM.email)))
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [
        ("Send the bios of the captains and chefs to us", TOM.email, date(2026, 11, 12))]


def test_that_is_the_work_the_sentence_before_wants_done() -> None:
    extraction = recordable(run("Hi both,\n\nPriya, the 46 product photos from their old catalogue need to be cut out and put on a "
                                "white background. Can you get that done by Thursday 12/11?", author=SAM, to=(PRIYA.email,)))
    [task] = extraction.tasks
    assert task.title.startswith("Cut the 46 product photos") and (task.owner, task.due) == (PRIYA.email, date(2026, 11, 12))


def test_that_stays_vague_when_the_sentence_before_wants_nothing_done() -> None:
    extraction = recordable(run("Hi both,\n\nPriya, the client loved the photos. Can you get that done by Thursday 12/11?",
                                author=SAM, to=(PRIYA.email,)))
    assert not any(t.title.startswith("Cut") or "photos" in t.title for t in extraction.tasks)


# ---- a deliverable asked for in other words


@pytest.mark.parametrize(("text", "word", "due"), [
    ("Our first milestone: we'd like to see the label concepts by 13/11, so we can take them to our board.",
     "label concepts", date(2026, 11, 13)),
    ("Here's what I'd love to see first: three logo directions from your team, by Thursday the 12th if that's doable.",
     "logo directions", date(2026, 11, 12)),
    ("As first step we ask you kindly for a sitemap proposal until Friday 6.11.", "sitemap proposal", date(2026, 11, 6)),
])
def test_a_deliverable_asked_for_by_a_day_is_the_addressees(text: str, word: str, due: date) -> None:
    extraction = recordable(run(f"Hi Sam,\n\n{text}", author=JANE, to=(SAM.email,)))
    assert [(word in t.title, t.owner, t.due) for t in extraction.tasks] == [(True, SAM.email, due)]


def test_the_sentence_after_a_topic_lead_keeps_its_evidence() -> None:
    extraction = recordable(run("Hi Sam,\n\nOur first milestone: we'd like to see the label concepts by 13/11.", to=(SAM.email,)))
    assert [t.evidence for t in extraction.tasks] == ["Our first milestone: we'd like to see the label concepts by 13/11."]


@pytest.mark.parametrize("text", [
    "Our first milestone: the launch in Abidjan.",                     # names no work
    "Quick question: do you need the importer number for the can?",    # a question's lead
    "Data: Tom sends the supplier list this week.",                    # work already on the record
])
def test_no_new_task_after_a_topic_lead(text: str) -> None:
    known = (KnownTask(4, "Send the supplier list", TOM.email, date(2026, 11, 6)),)
    assert recordable(run(f"Hi Sam,\n\n{text}", known=known, to=(SAM.email,))).tasks == []


def test_a_promise_counted_in_words_from_the_writers_side() -> None:
    extraction = recordable(run("Hi Jane,\n\nYou'll have three design directions for the jar from us by Friday 13 November.",
                                author=SAM, to=(JANE.email,)))
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [
        ("Send three design directions for the jar", SAM.email, date(2026, 11, 13))]


FRICK = Person("nadine.frick@client.com", "Nadine Frick", "client", "Europe/Vaduz", "DMY")


def test_a_member_from_a_department_promises_work_and_the_acronym_stays_in_the_title() -> None:
    extraction = recordable(run("Dear Sam,\n\nMrs. Frick from Regulatory Affairs will deliver the instructions for use (IFU) as PDF "
                                "in all five languages latest on 11.11.", members=(*MEMBERS, FRICK)))
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [
        ("Deliver the instructions for use (IFU) as PDF in all five languages", FRICK.email, date(2026, 11, 11))]


# ---- work handed over "from her"


BIOS = KnownTask(5, "Send the bios of the captains and chefs to us", TOM.email, date(2026, 11, 12))
MAP = KnownTask(6, "Send the map of the anchorages", JANE.email, date(2026, 11, 13))
DWAYNE = Person("dwayne@client.com", "Dwayne Smith", "client", "Europe/London", "DMY")


def test_work_handed_over_from_her_is_told_apart_among_her_tasks_and_dated_a_sentence_later() -> None:
    extraction = recordable(run("Hi Sam,\n\nOne more change: Tom is off island until mid-December, so Dwayne is taking the crew bios "
                                "over from him. He says he'll have them to you by Friday 20th.", known=(BIOS, MAP),
                                members=(*MEMBERS, DWAYNE)))
    assert [(c.task_id, c.new_owner, c.new_due, c.rule) for c in extraction.changes] == [
        (5, DWAYNE.email, date(2026, 11, 20), HANDOVER)]


def test_a_hand_over_from_her_names_no_task_of_hers_when_the_words_do_not_fit() -> None:
    extraction = recordable(run("Hi Sam,\n\nTom is off island, so Dwayne is taking the boat photos over from him.",
                                known=(BIOS, MAP), members=(*MEMBERS, DWAYNE)))
    assert extraction.changes == []


# ---- questions, decisions and requests between colleagues in their own language


@pytest.mark.parametrize(("text", "word", "asked_of"), [
    ("Priya, le disque des rushes de 2024, il est encore au bureau ou tu l'as chez toi ?", "disque", PRIYA.email),
    ("Priya, otra cosa: ¿tú estás libre la semana del 16 para venir al rodaje en Puerto Plata?", "libre", PRIYA.email),
    ("Dernière chose : est-ce que quelqu'un connaît un bon traducteur wolof à Dakar ?", "wolof", None),
])
def test_a_question_in_the_teams_language_is_recorded(text: str, word: str, asked_of: str | None) -> None:
    extraction = recordable(run(f"Bonjour à tous,\n\n{text}", author=SAM, to=(PRIYA.email, "third@agency.io")))
    assert [(word in q.text, q.addressed_to) for q in extraction.questions] == [(True, asked_of)]


@pytest.mark.parametrize("text", [
    "Qui a dit que novembre serait calme ?",                     # asked for effect
    "Qui aurait cru qu'un rhum de Guyane serait vendu depuis Gibraltar ?",
    "Hoy es feriado, ¿puedes encargarte tú de averiguar lo de los derechos?",   # work, not a question
])
def test_no_question_in_the_teams_language_when_it_asks_for_effect_or_for_work(text: str) -> None:
    assert recordable(run(f"Bonjour à tous,\n\n{text}", author=SAM, to=(PRIYA.email,))).questions == []


@pytest.mark.parametrize(("text", "summary", "why"), [
    ("On part sur Flutter plutôt que sur du natif, parce qu'on n'a que six semaines et une seule équipe.",
     "On part sur Flutter plutôt que sur du natif", "on n'a que six semaines et une seule équipe"),
    ("Lo del dron: decidí que no vamos a volar en el puerto, porque la Autoridad Portuaria tarda tres semanas en dar el permiso.",
     "Lo del dron: no vamos a volar en el puerto", "la Autoridad Portuaria tarda tres semanas en dar el permiso"),
    ("On a décidé de faire le spot radio en français et en dioula, parce que le dioula est compris partout.",
     "Faire le spot radio en français et en dioula", "le dioula est compris partout"),
])
def test_a_decision_in_the_teams_language_with_its_reason(text: str, summary: str, why: str) -> None:
    extraction = recordable(run(f"Salut l'équipe,\n\n{text}", author=SAM, to=(PRIYA.email,)))
    assert [(d.summary, d.rationale, d.decided_by) for d in extraction.decisions] == [(summary, why, SAM.email)]


def test_nothing_decided_in_the_teams_language_without_a_choice_said() -> None:
    extraction = recordable(run("Salut l'équipe,\n\nOn part demain matin pour le tournage, le camion est chargé.", author=SAM,
                                to=(PRIYA.email,)))
    assert extraction.decisions == []


@pytest.mark.parametrize(("text", "title", "due"), [
    ("Priya, tu peux me monter le squelette Flutter branché sur l'API staging d'ici mercredi 25 ?",
     "Monter le squelette Flutter branché sur l'API staging", date(2026, 11, 25)),
    ("Priya, ¿me preparas tres propuestas de estilo para los mapas animados para el jueves?",
     "Preparas tres propuestas de estilo para los mapas animados", date(2026, 11, 5)),
])
def test_a_request_to_a_colleague_in_the_teams_language(text: str, title: str, due: date) -> None:
    extraction = recordable(run(f"Salut l'équipe,\n\n{text}", author=SAM, to=(PRIYA.email,)))
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [(title, PRIYA.email, due)] and extraction.questions == []


# ---- promises and asks in a kickoff


def test_glad_to_receive_by_a_day_is_a_request() -> None:
    extraction = recordable(run("Hej Sam,\n\nWe would be glad to receive a first treatment from you no later than Friday 6.11, so Tom "
                                "can show it to the board on the 12th."))
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [("Provide a first treatment", SAM.email, date(2026, 11, 6))]


def test_a_member_described_by_a_who_clause_promises_work() -> None:
    extraction = recordable(run("Hi Sam,\n\nTom, who is volunteer in our archive, will upload the scanned logbooks to the shared "
                                "folder by Wednesday."))
    assert [(t.owner, t.due) for t in extraction.tasks] == [(TOM.email, date(2026, 11, 4))]
    assert "logbooks" in extraction.tasks[0].title


def test_them_is_what_we_need_even_when_it_is_long() -> None:
    extraction = recordable(run("Dear Jane,\n\nFor the translation we need the nutrition table and the list of ingredients in "
                                "English. Can you send them to us latest Friday please?", author=SAM, to=(JANE.email,)))
    [task] = extraction.tasks
    assert "nutrition table" in task.title and (task.owner, task.due) == (JANE.email, date(2026, 11, 6))


def test_what_someone_has_is_what_she_promised_to_send() -> None:
    extraction = recordable(run("Hi Sam,\n\nTom has the fleet photos and the spec sheets for every boat, and he's promised me "
                                "he'll get them over to you on Wednesday."))
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [
        ("Get the fleet photos and the spec sheets for every boat over to you", TOM.email, date(2026, 11, 4))]


def test_work_promised_again_in_the_same_sentence_is_one_task() -> None:
    extraction = recordable(run("Hi Sam,\n\nTom is going to put together a mood board for the Instagram grid so you can get a "
                                "feel for the tone, and he's promised me he'll have it with you by Wednesday week."))
    assert [(t.owner, "mood board" in t.title) for t in extraction.tasks] == [(TOM.email, True)]


def test_a_member_shipping_something_named_with_an_aside() -> None:
    extraction = recordable(run("Hi Sam,\n\nTom (our plant manager, cc'd) is shipping you two cases of samples – they'll leave "
                                "Pago on Wednesday via Honolulu."))
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [("Ship you two cases of samples", TOM.email, date(2026, 11, 4))]


def test_what_you_will_have_from_me_after_a_colleagues_promise() -> None:
    extraction = recordable(run("Hi Jane,\n\nSam will send you the shooting schedule on Thursday, and the budget breakdown per "
                                "shooting day you will have from me on Monday 9/11.", author=PRIYA, to=(JANE.email,)))
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [
        ("Send you the shooting schedule", SAM.email, date(2026, 11, 5)),
        ("Send the budget breakdown per shooting day", PRIYA.email, date(2026, 11, 9))]


# ---- more ways to ask for a deliverable


@pytest.mark.parametrize(("text", "word", "due"), [
    ("We would be grateful for your feedback by Tuesday 10/11, so that Priya can start on Wednesday.", "feedback", date(2026, 11, 10)),
    ("A rough dieline to me by Friday 27th would be ideal, then Priya can send it over.", "dieline", date(2026, 11, 27)),
    ("For this we need all the texts for the dive pages from you by Friday 4 December.", "texts", date(2026, 12, 4)),
])
def test_a_deliverable_wanted_in_other_words(text: str, word: str, due: date) -> None:
    extraction = recordable(run(f"Hi Sam,\n\n{text}", to=(SAM.email,)))
    assert [(word in t.title, t.owner, t.due) for t in extraction.tasks] == [(True, SAM.email, due)]


def test_checking_whether_and_reporting_back_by_a_day_is_work() -> None:
    extraction = recordable(run("Hi Priya,\n\nBefore I give him a price, please check whether Power BI paginated reports render Japanese properly "
                                "(fonts, PDF export) and let me know by Monday 16/11.", author=SAM, to=(PRIYA.email,)))
    assert [("render Japanese" in t.title, t.owner, t.due) for t in extraction.tasks] == [(True, PRIYA.email, date(2026, 11, 16))]


@pytest.mark.parametrize("text", [
    # (a thing by a day after the ask for it says when, it is no second piece of work)
    "Could you check the Swedish texts in the shop? Our translator was quick. A list of issues by Friday would be great.",
    # (checking and setting up: the work is the second verb, with its day)
    "Could you check whether their LMS takes SCORM 1.2 or 2004, and set up a test package by Tuesday 10th?",
])
def test_no_extra_task_from_the_other_words(text: str) -> None:
    extraction = recordable(run(f"Hi Sam,\n\n{text}", to=(SAM.email,)))
    assert not any("list of issues" in t.title or t.title.startswith("Check whether") for t in extraction.tasks)


def test_a_promise_made_for_someone_else_in_the_teams_language() -> None:
    aurelie = Person("aurelie@client.com", "Aurélie Ho", "client", "America/Cayenne", "DMY")
    extraction = recordable(run("Bonjour Sam,\n\nAurélie vous enverra les photos HD des bouteilles et le logo vectorisé le mercredi 11.",
                                members=(*MEMBERS, aurelie)))
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [
        ("Enverra les photos HD des bouteilles et le logo vectorisé", aurelie.email, date(2026, 11, 11))]


def test_no_promise_where_someone_only_will_be() -> None:
    aurelie = Person("aurelie@client.com", "Aurélie Ho", "client", "America/Cayenne", "DMY")
    assert recordable(run("Bonjour Sam,\n\nAurélie sera en vacances avec les enfants le mercredi 11.", members=(*MEMBERS, aurelie))).tasks == []


def test_work_given_by_a_colon_in_the_teams_language_dated_by_the_next_sentence() -> None:
    extraction = recordable(run("Bonjour Priya,\n\nVoici qui fait quoi :\n\n- Priya : les trois pistes d'étiquette pour la boîte de 185 g. "
                                "Il me les faut au plus tard le mercredi 11/11, pour que je puisse relire avant l'envoi au client le 13.",
                                author=SAM, to=(PRIYA.email,)))
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [
        ("Les trois pistes d'étiquette pour la boîte de 185 g", PRIYA.email, date(2026, 11, 11))]


# ---- small talk, and a reason said without "because"


@pytest.mark.parametrize("text", ["Is it still 35°C over there?", "Are you ready for the high season?"])
def test_small_talk_about_the_weather_and_the_season_is_no_question(text: str) -> None:
    assert recordable(run(f"Hi Sam,\n\nThe brief is attached. {text}", to=(SAM.email,))).questions == []


def test_a_question_about_the_season_that_asks_about_the_work_stays() -> None:
    extraction = recordable(run("Hi Sam,\n\nWill the high season change the delivery date of the brochure?", to=(SAM.email,)))
    assert len(extraction.questions) == 1


@pytest.mark.parametrize(("text", "word", "why"), [
    ("Also, let's refresh the dashboard once a day rather than every hour: our reservation system only exports at midnight anyway.",
     "Refresh", "our reservation system only exports at midnight anyway"),
    ("We've chosen the Al Kahraba Hotel in Msheireb: most of our guests land on the morning of the 26th.",
     "Kahraba", "most of our guests land on the morning of the 26th"),
    ("Let's keep the whole thing in Onshape rather than SolidWorks, that way Priya can carry on from Lisbon over Christmas.",
     "Onshape", "that way Priya can carry on from Lisbon over Christmas"),
])
def test_a_reason_after_a_colon_or_that_way(text: str, word: str, why: str) -> None:
    [decision] = recordable(run(f"Hi Sam,\n\n{text}", to=(SAM.email,))).decisions
    assert word in decision.summary and decision.rationale == why


def test_what_an_option_holds_after_a_colon_is_no_reason() -> None:
    [decision] = recordable(run("Hi Sam,\n\nWe'll go with option B: the mixed mark in class 30 and the word mark in class 43.",
                                to=(SAM.email,))).decisions
    assert decision.rationale is None


def test_what_a_choice_is_after_a_dash_is_no_reason() -> None:
    [decision, *_] = recordable(run("Morning both! Option B for the hero please – the one with the loaves on the counter. "
                                    "Everyone here loved it.", to=(SAM.email,))).decisions
    assert decision.rationale is not None and "loves" not in decision.rationale and "loaves" not in decision.rationale


# ---- work reported done in more words


TITRES = KnownTask(3, "Préparer les titres animés (noms des pilotes, années, lower thirds) pour lundi 9/11", PRIYA.email,
                   date(2026, 11, 9))
MAPAS = KnownTask(4, "Preparas tres propuestas de estilo para los mapas animados de las rutas", PRIYA.email, date(2026, 11, 5))
TREATMENT = KnownTask(6, "Provide a first treatment", SAM.email, date(2026, 11, 6))
DEPOSIT = KnownTask(5, "Arrange the 40% deposit", TOM.email, date(2026, 11, 10))


@pytest.mark.parametrize(("text", "task"), [
    ("La maquette est prête. Les titres animés sont terminés aussi depuis lundi.", TITRES),
    ("listo: las tres propuestas de mapas están subidas a la carpeta.", MAPAS),
])
def test_work_done_named_in_the_teams_language(text: str, task: KnownTask) -> None:
    extraction = recordable(run(f"Salut,\n\n{text}", author=SAM, to=(PRIYA.email,), known=(TITRES, MAPAS)))
    assert [(c.task_id, c.status) for c in extraction.changes] == [(task.id, "done")]


def test_done_in_the_teams_language_names_no_task_with_one_word() -> None:
    extraction = recordable(run("Salut,\n\nLes titres sont faits.", author=SAM, to=(PRIYA.email,), known=(TITRES, MAPAS)))
    assert extraction.changes == []


@pytest.mark.parametrize(("text", "author", "task"), [
    ("Here goes the treatment, as promised (PDF).", SAM, TREATMENT),
    ("Tom wired the deposit last Tuesday.", JANE, DEPOSIT),
])
def test_work_handed_over_or_done_on_a_day_gone_by(text: str, author: Person, task: KnownTask) -> None:
    extraction = recordable(run(f"Hi,\n\n{text}", author=author, to=(JANE.email if author is SAM else SAM.email,),
                                known=(TREATMENT, DEPOSIT)))
    assert [(c.task_id, c.status) for c in extraction.changes] == [(task.id, "done")]


def test_work_someone_asked_the_writer_to_take_care_of_is_the_writers_with_the_day_said_next() -> None:
    extraction = recordable(run("Hi Sam,\n\nTom has asked me to take care of the deposit. Monday 9th is a holiday here, so the banks "
                                "are closed – I'll wire it first thing Tuesday the 10th and send you the confirmation.",
                                known=(KnownTask(5, "Arrange the 40% deposit", TOM.email, date(2026, 11, 9)),)))
    assert [(c.task_id, c.new_owner, c.new_due) for c in extraction.changes] == [(5, JANE.email, date(2026, 11, 10))]
    assert extraction.tasks == []


# ---- team mail in Arabic


def test_a_question_line_in_arabic() -> None:
    extraction = recordable(run("مرحبا بريا،\n\nسؤال: هل نطلب من Longtail دفعة مقدّمة بنسبة 30% أم 50%؟", author=SAM, to=(PRIYA.email,)))
    assert [("دفعة" in q.text, q.rule) for q in extraction.questions] == [(True, "explicit:question-line")]


def test_a_decision_in_arabic_with_its_reason() -> None:
    extraction = recordable(run("هلا بريا،\n\n٣- قررنا نشتغل على Figma بدل Illustrator في مرحلة الـ directions، لأن Tom يقدر يحط comments "
                                "مباشرة على التصاميم.", author=SAM, to=(PRIYA.email,)))
    assert [(d.summary, d.rationale) for d in extraction.decisions] == [
        ("نشتغل على Figma بدل Illustrator في مرحلة الـ directions", "Tom يقدر يحط comments مباشرة على التصاميم")]


def test_no_decision_in_arabic_without_one_said() -> None:
    assert recordable(run("هلا بريا،\n\nصباح الخير. مشروع Stingray بدأ رسمياً.", author=SAM, to=(PRIYA.email,))).decisions == []
