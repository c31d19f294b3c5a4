"""The words of the languages teams write in: their days (``ingest.day_words``), the reply that
says the work is ready, and decisions with their reasons (``ingest.team_languages``).  Positive
probes must fire with the right fields; negative probes must not."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from extraction_probe import run

from ingest.day_words import in_english_days
from ingest.extraction import KnownTask, recordable
from ingest.extraction_types import Person
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


def test_a_mongolian_day_is_read_as_written_not_by_its_start() -> None:
    # ("Даваа" is Monday; "даваме" is Bulgarian for "we give", "давай" Russian for "let's")
    assert "Monday" in in_english_days("Даваа гарагт уулзъя")
    assert "Monday" not in in_english_days("Китайския този път го даваме на Лин")
    assert in_english_days("Давай сделаем до пятницы").split() == ["даваи", "сделаем", "до", "Friday"]
