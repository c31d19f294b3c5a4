"""Work given to a colleague by name in whatever language the team writes (``ingest.named_work``), the
days of those languages (``ingest.day_words``), colleagues called in them (``MemberIndex.lookup_called``)
and the reply that says the work is ready.  Positive probes must fire with the right fields; negative
probes must not."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from extraction_probe import run

from ingest.addressing import MemberIndex
from ingest.day_words import in_english_days
from ingest.extraction import KnownTask, recordable
from ingest.extraction_types import Person
from ingest.named_work import named_work
from ingest.team_languages import foreign_decision

_TEAM = (Person("zora@studio.example", "Zora Kováčová", "team", "Europe/Bratislava", "DMY"),
         Person("peter@studio.example", "Peter Horváth", "team", "Europe/Bratislava", "DMY"),
         Person("boyan@studio.example", "Boyan Dimitrov", "team", "Europe/Sofia", "DMY"),
         Person("hamid@studio.example", "Hamid Rahimi", "team", "Asia/Kuwait", "DMY"),
         Person("wing@studio.example", "Wing Chan", "team", "Asia/Hong_Kong", "DMY"),
         Person("ines@client.example", "Inés Romero", "client", "Europe/Madrid", "DMY"))
# Tuesday 3 November 2026, in Bratislava
_TUESDAY = datetime.fromisoformat("2026-11-03T09:10:00+01:00")


@pytest.mark.parametrize(("said", "english"), [
    ("do stredy", "do Wednesday"),
    ("до четверга", "до Thursday"),
    ("до утре", "до tomorrow"),
    ("lundi 30 novembre", "Monday 30 November"),
    ("本星期五（20/11）", "本Friday（20/11）"),
    ("يوم الخميس", "يوم Thursday"),
    ("do 12. 11.", "do 12.11."),
    # (Maltese "għadha", still, is not "għada", tomorrow; "sal-" is not Turkish "salı", Tuesday)
    ("għadha attiva", "għadha attiva"),
    ("sal-ħamis 19", "sal-Thursday 19"),
])
def test_days_of_other_languages_are_put_in_english(said: str, english: str) -> None:
    assert "".join(in_english_days(said).split()) == "".join(english.split())


@pytest.mark.parametrize(("line", "name", "due"), [
    ("Peter, priprav prosím cenovú ponuku na tlač do piatku, posielam ju v pondelok.", "Peter", date(2026, 11, 6)),
    ("Бояне, пусни превода на менюто до утре на обяд.", "Бояне", date(2026, 11, 4)),
    ("- Javi: el staging de la tienda, para el jueves 19.", "Javi", date(2026, 11, 19)),
    ("Wing：網站 banner 的設計，請於本星期五（6/11）前給我看。", "Wing", date(2026, 11, 6)),
    ("١- حامد: أبي الـ wireframes جاهزة يوم الأحد 8/11.", "حامد", date(2026, 11, 8)),
])
def test_a_line_opening_with_a_name_and_naming_a_day_gives_work(line: str, name: str, due: date) -> None:
    found = named_work(line, _TUESDAY, "Europe/Bratislava", "DMY")
    assert found is not None and (found.name, found.due) == (name, due)


@pytest.mark.parametrize("line", [
    "Peter, thanks for the deck you sent on Friday.",          # English: the English rules read it
    "Peter, nevieš, či nám Jano požičia ten statív?",           # no day: a question, or a thought
    "Peter, klient volal včera.",                                # only a day gone by
    "Peter, v decembri ideme na Vianočný večierok.",            # a month, no day
])
def test_no_work_without_a_coming_day_or_in_english(line: str) -> None:
    assert named_work(line, _TUESDAY, "Europe/Bratislava", "DMY") is None


def test_colleagues_called_as_their_language_calls_them() -> None:
    index = MemberIndex(_TEAM)
    assert index.lookup_called("Бояне") == "boyan@studio.example"     # a Bulgarian vocative
    assert index.lookup_called("حامد") == "hamid@studio.example"      # Arabic letters
    assert index.lookup_called("Petra") is None                        # another name, not a form of Peter's


def test_work_given_in_slovak_is_the_named_colleagues_with_its_day() -> None:
    extraction = recordable(run("Ahojte,\n\nPeter, priprav prosím cenovú ponuku na tlač do piatku, posielam ju klientovi v pondelok.\n\nZ.",
                                author=_TEAM[0], to=(_TEAM[1].email,), members=_TEAM, sent_at=_TUESDAY))
    assert [(t.owner, t.due, t.status) for t in extraction.tasks] == [("peter@studio.example", date(2026, 11, 6), "open")]
    assert "ponuku" in extraction.tasks[0].title


def test_work_given_in_arabic_by_a_name_in_arabic_letters() -> None:
    extraction = recordable(run("مرحبا،\n\n١- حامد: أبي الـ wireframes جاهزة يوم الأحد 8/11، عشان نبدأ التصميم.\n\nزورا",
                                author=_TEAM[0], to=(_TEAM[3].email,), members=_TEAM, sent_at=_TUESDAY))
    assert [(t.owner, t.due) for t in extraction.tasks] == [("hamid@studio.example", date(2026, 11, 8))]


@pytest.mark.parametrize(("author", "text"), [
    # what another person does, said to a colleague
    (_TEAM[0], "Ahojte,\n\nPeter, Boyan posiela preklady do piatku.\n\nZ."),
    # a client writing in her language is not read by the shape alone
    (_TEAM[5], "Hola,\n\nZora, el presupuesto para el jueves 19, por favor.\n\nInés"),
])
def test_not_work_given_to_a_colleague(author: Person, text: str) -> None:
    extraction = recordable(run(text, author=author, to=(_TEAM[1].email,), members=_TEAM, sent_at=_TUESDAY))
    assert extraction.tasks == []


def test_the_colleagues_work_already_asked_is_not_asked_again() -> None:
    known = (KnownTask(7, "Priprav cenovú ponuku na tlač", "peter@studio.example", date(2026, 11, 6)),)
    extraction = recordable(run("Ahojte,\n\nPeter, tú cenovú ponuku potrebujem až do pondelka 9. 11.\n\nZ.",
                                author=_TEAM[0], to=(_TEAM[1].email,), members=_TEAM, sent_at=_TUESDAY, known=known))
    assert extraction.tasks == []


def test_ready_said_in_the_teams_language_closes_the_work_it_names() -> None:
    known = (KnownTask(7, "Пусни превода на менюто", "boyan@studio.example", date(2026, 11, 4)),
             KnownTask(8, "Make the logo files", "peter@studio.example", date(2026, 11, 5)))
    extraction = recordable(run("Здравей,\n\nПревода на менюто е готов, в Drive е.\n\nБоян", author=_TEAM[2],
                                to=(_TEAM[0].email,), members=_TEAM, sent_at=_TUESDAY, known=known))
    assert [(c.task_id, c.status) for c in extraction.changes] == [(7, "done")]


def test_not_ready_yet_closes_nothing() -> None:
    known = (KnownTask(7, "Пусни превода на менюто", "boyan@studio.example", date(2026, 11, 4)),)
    extraction = recordable(run("Здравей,\n\nПревода на менюто още не е готов, утре.\n\nБоян", author=_TEAM[2],
                                to=(_TEAM[0].email,), members=_TEAM, sent_at=_TUESDAY, known=known))
    assert [c for c in extraction.changes if c.status == "done"] == []


def test_a_word_that_starts_like_a_bent_day_is_no_day() -> None:
    # ("pentru", Romanian for "for", starts as "péntek" does once its vowel falls out; "piatku" is
    # "piatok" bent)
    assert "Friday" not in in_english_days("O întrebare pentru newsletter?")
    assert "Friday" in in_english_days("do piatku")


def test_a_day_and_month_written_with_spaces_stays_in_its_sentence() -> None:
    from ingest.text_segments import split_sentences
    assert split_sentences("Peter, priprav prosím do piatku 6. 11. ponuku pre klienta. Ďakujem.") == [
        "Peter, priprav prosím do piatku 6. 11. ponuku pre klienta.", "Ďakujem."]


@pytest.mark.parametrize(("sentence", "summary", "why"), [
    ("Am decis să lucrăm în Figma în loc de Sketch, pentru că clientul are deja licență.", "Lucrăm în Figma în loc de Sketch",
     "clientul are deja licență"),
    ("Решихме да не печатаме брошурата, защото бюджетът не стига.", "Не печатаме брошурата", "бюджетът не стига"),
    ("Päätettiin, että sivusto tehdään WordPressillä, koska asiakas osaa sen jo.", "Sivusto tehdään WordPressillä",
     "asiakas osaa sen jo"),
    ("Rozhodli sme sa, že letíme cez Viedeň, lebo je to lacnejšie.", "Letíme cez Viedeň", "je to lacnejšie"),
    ("logo决定用蓝色，因为客户的店面是蓝色的。", "用蓝色", "客户的店面是蓝色的"),
])
def test_a_decision_and_its_reason_in_more_team_languages(sentence: str, summary: str, why: str) -> None:
    assert foreign_decision(sentence) == (summary, why)


def test_an_english_sentence_or_a_question_is_no_team_language_decision() -> None:
    assert foreign_decision("We decided to go with Shopify because it is cheaper.") is None
    assert foreign_decision("Am decis deja unde mergem?") is None
