"""Families added on 2026-12-06 (twenty-sixth session) from the scenario sets fresh125-128,
read once fresh129-132 were written to take their place as the held-out pool: a way taken set
against the one not taken ("X goes to A, not to B, because ..."), a thing turned down with its
reason ("We will not show the prices, because ..."), a scope settled for an occasion ("For
launch, the website will be in English only"), rhetorical and small-talk questions, leave given
("please take the time he needs") and polite requests to a named person.  Positive probes must
fire with the right fields; negative probes must not."""
from __future__ import annotations

import pytest
from extraction_probe import JANE, PRIYA, SAM, run

from ingest.addressing import MemberIndex
from ingest.answers import answers
from ingest.extraction import Person, recordable
from ingest.newtext import extract_new_text
from ingest.text_segments import split_sentences

# ---- decisions


@pytest.mark.parametrize(("text", "summary_word", "why_word"), [
    (("Hosting: the portal goes to AWS Frankfurt, not to the server in their office in Cayambe, because their line goes "
     "down during the power cuts."), "Frankfurt", "power cuts"),
    (("The portal goes on Hetzner in Falkenstein, not on the cooperative's own server in Montevideo – their server still "
     "runs Windows Server 2012."), "Falkenstein", "Windows Server"),
    (("The bags will be printed here in Slovenia and shipped to Addis, not by a printer in Ethiopia, because the printers "
     "there cannot guarantee food-safe inks."), "Slovenia", "food-safe"),
    (("Hosting: the production site will go to Hetzner's Falkenstein data centre and not to our server in Riga, because "
     "most of their buyers sit in Germany."), "Falkenstein", "Germany"),
])
def test_a_way_set_against_the_one_not_taken_is_a_decision_with_its_reason(text: str, summary_word: str, why_word: str) -> None:
    decisions = recordable(run(text, author=SAM, to=(PRIYA.email,))).decisions
    assert len(decisions) == 1
    assert summary_word in decisions[0].summary
    assert why_word in (decisions[0].rationale or "")


def test_a_date_set_against_another_is_a_slip_not_a_way_chosen() -> None:
    text = ("The application for connection conditions will be submitted to Enea on 27.11 and not on 20.11, because Enea "
            "requires an updated geodetic map.")
    assert recordable(run(text, author=SAM, to=(PRIYA.email,))).decisions == []


@pytest.mark.parametrize(("text", "summary_word", "why_word"), [
    ("We will not show the coffee prices in the app, because the prices change every week.", "prices", "every week"),
    ("We will not have online payment at launch, because almost all our sales go through the dealers.", "online payment",
     "dealers"),
    (("One more change for the first release: we'll leave the Gozo chapels out for now, since the Diocese of Gozo hasn't "
     "given us permission yet."), "Gozo", "permission"),
])
def test_a_thing_turned_down_with_its_reason_is_a_decision(text: str, summary_word: str, why_word: str) -> None:
    decisions = recordable(run(text)).decisions
    assert len(decisions) == 1
    assert summary_word in decisions[0].summary
    assert why_word in (decisions[0].rationale or "")


@pytest.mark.parametrize("text", [
    "We won't finish the homepage by Friday, because the photos came late.",
    "We will not be able to join the call, because we are travelling.",
])
def test_work_late_or_a_call_missed_is_no_thing_turned_down(text: str) -> None:
    assert recordable(run(text)).decisions == []


def test_a_scope_after_a_lead_with_a_colon_is_a_decision() -> None:
    decisions = recordable(run("And so you know: we will launch on Android only for the first season, iOS comes later.")).decisions
    assert ["Android" in d.summary for d in decisions] == [True]


@pytest.mark.parametrize(("text", "summary_word", "why"), [
    ("For launch, the website will be in English only.", "English only", None),
    ("For the first version the portal will be in English and Spanish only; German and Russian can come later.",
     "English and Spanish", None),
    ("We will launch on Android only for the first season, iOS comes later.", "Android", None),
    (("We will start with the web portal only and keep the driver app for 2027, as our IT budget for this year is already "
     "closed."), "driver app", "budget"),
])
def test_a_scope_settled_for_an_occasion_is_a_decision(text: str, summary_word: str, why: str | None) -> None:
    decisions = recordable(run(text)).decisions
    assert [summary_word in d.summary for d in decisions] == [True]
    assert (why in (decisions[0].rationale or "")) if why else decisions[0].rationale is None


@pytest.mark.parametrize("text", [
    "The master cartons will be plain brown kraft with your shipping label only.",
    "The office will be closed on Monday only.",
])
def test_a_thing_described_with_only_settles_no_scope(text: str) -> None:
    assert recordable(run(text)).decisions == []


def test_the_way_taken_before_the_one_given_up_is_the_summary() -> None:
    decisions = recordable(run("The app will be free to download; we are dropping the idea of a paid premium tour.")).decisions
    assert len(decisions) == 1
    assert "free to download" in decisions[0].summary and "paid premium tour" in decisions[0].summary


def test_the_other_half_of_a_choice_stays_in_the_summary_not_the_reason() -> None:
    decisions = recordable(run("Also, we are keeping only the 250 g and the 1 kg bags; the 500 g size is out.")).decisions
    assert len(decisions) == 1
    assert "250 g" in decisions[0].summary and "500 g" in decisions[0].summary
    assert decisions[0].rationale is None


@pytest.mark.parametrize("text", [
    "I hope you are very well. As we agreed in the call last Wednesday, here is a short summary to get the portal started.",
    ("Thank you for the good meeting on Thursday. As agreed, I am sharing our requests for the first phase so that "
    "everything is in one place."),
    "Delivery is 15 working days after they approve the print files.",
])
def test_a_mail_handed_over_or_an_approval_to_come_decides_nothing(text: str) -> None:
    assert recordable(run(text)).decisions == []


# ---- questions


@pytest.mark.parametrize("text", [
    "Who would complain about a little rain after that?",
    "Poor Tom, who hasn't had the flu this November?",
    "By the way, is it true that you still have 25 degrees in Amman?",
])
def test_rhetorical_and_weather_questions_ask_nothing(text: str) -> None:
    assert recordable(run(text)).questions == []


@pytest.mark.parametrize("text", [
    "Who hasn't sent the timesheet yet?",
    "Who would like to join the call on Friday?",
    "Can the panel work at 40 degrees?",
])
def test_real_questions_near_those_shapes_still_ask(text: str) -> None:
    assert [q.text for q in recordable(run(text)).questions] == [text]


# ---- tasks


@pytest.mark.parametrize("text", [
    "Tuesday 17 November is absolutely fine for the scripts, please take the time Fr. Mario needs.",
    "Please take your time with the review.",
    "We can go through it together tomorrow morning if you like.",
    "I will talk with the guides this week.",
    "Our customer data must stay within the EU (GDPR).",
    "As discussed, this year we want our masqueraders to register and pay for their costumes online instead of queueing.",
    "The new site should give them exactly that.",
])
def test_leave_offers_talks_bounds_and_aims_are_no_tasks(text: str) -> None:
    assert recordable(run(text)).tasks == []


def test_a_title_abbreviation_does_not_end_the_sentence() -> None:
    assert split_sentences("Please take the time Fr. Mario needs. Thanks!") == ["Please take the time Fr. Mario needs.", "Thanks!"]


@pytest.mark.parametrize(("text", "title_word", "owner"), [
    ("We would appreciate a quote for WhatsApp notifications as well (registration confirmed, balance due, etc.).",
     "WhatsApp", SAM.email),
    ("We would be grateful if Priya could check the article codes.", "article codes", PRIYA.email),
    ("We'd appreciate the first draft of the landing page text by Wednesday the 11th.", "landing page", SAM.email),
    ("I'll talk to the printer and send you the quote by Friday.", "quote", JANE.email),
])
def test_polite_requests_and_promises_are_tasks(text: str, title_word: str, owner: str) -> None:
    tasks = recordable(run(text)).tasks
    assert [(title_word in t.title, t.owner) for t in tasks] == [(True, owner)]


# ---- quoted history


def test_an_outlook_header_block_in_a_language_not_listed_is_quoted_history() -> None:
    body = ("Thanks, the files are attached.\n\n________________________________\n"
            "Pengirim: Jean <jc@akagera.rw>\nWaktu: Senin, 2 November 2026 08.47\nPenerima: team@agency.io\nHal: Website\n\n"
            "Could you send us the mockups by Friday?\n")
    assert extract_new_text(body, None, subject="Re: Website").reply_text == "Thanks, the files are attached."


def test_a_latvian_outlook_header_block_is_quoted_history() -> None:
    body = ("Thank you for the summary.\n\n________________________________\n"
            "No: Jean-Claude <jc@akagera.rw>\nNosūtīts: pirmdiena, 2026. gada 2. novembris 08:47\nKam: web@projects.example.com\n"
            "Tēma: Akagera Coffee\n\nIt would be great if you could send us a quotation.\n")
    assert extract_new_text(body, None, subject="RE: Akagera Coffee").reply_text == "Thank you for the summary."


@pytest.mark.parametrize("body", [
    "Quick facts for the brief:\nBudget: 4000 EUR\nContact: ana@client.com\nStart: 09:30 on Monday\n",
    "Votes so far:\nYes: 3 people\nNo: 2 people\nDate: Friday 10:00\n\nPlease vote by Friday.\n",
])
def test_key_value_lines_without_a_separator_stay_new_text(body: str) -> None:
    assert extract_new_text(body, None, subject="Brief").reply_text == body.strip()


# ---- people


RADOSTINA = Person("radostina.ivanova@rila.bg", "Radostina Ivanova", "team", "Europe/Sofia", "DMY")
KALOYAN = Person("kaloyan.dimitrov@rila.bg", "Kaloyan Dimitrov", "team", "Europe/Sofia", "DMY")


def test_a_pet_name_addresses_the_member_whose_first_name_it_starts() -> None:
    tasks = recordable(run("1. Radi, please prepare two moodboard options for the homepage by Thursday.", author=SAM,
                           members=(SAM, RADOSTINA, KALOYAN), to=(RADOSTINA.email, KALOYAN.email))).tasks
    assert [(t.title, t.owner) for t in tasks] == [("Prepare two moodboard options for the homepage", RADOSTINA.email)]


@pytest.mark.parametrize(("name", "email"), [
    ("Jahongir aka", "jahongir@studio.uz"), ("Reza jan", "reza@studio.ir"), ("Dilshodjon", "dilshod@studio.uz"),
    ("Aghaye Ahmadi", "reza@studio.ir"), ("Jan", "jan@studio.cz"), ("Radi", None),
    ("Monsieur Ahmadi", "reza@studio.ir"), ("M. Karimov", "jahongir@studio.uz"), ("Monsieur Dilshod", "dilshod@studio.uz"),
    ("Madame", None),
])
def test_names_with_a_word_of_respect_find_the_member(name: str, email: str | None) -> None:
    index = MemberIndex((Person("jahongir@studio.uz", "Jahongir Karimov", "team", "Asia/Tashkent", "DMY"),
                         Person("reza@studio.ir", "Reza Ahmadi", "team", "Asia/Tehran", "DMY"),
                         Person("dilshod@studio.uz", "Dilshod Rahimov", "team", "Asia/Tashkent", "DMY"),
                         Person("jan@studio.cz", "Jan Novák", "team", "Europe/Prague", "DMY")))
    assert index.lookup(name) == email


@pytest.mark.parametrize("attribution", [
    "Më hën, 2 nën 2026 në 10:12, Arben Hoxha <arben@studio.al> shkroi:",
    "пон, 2 ное 2026 во 10:12 Марко <marko@studio.mk> напиша:",
    "2026-11-02, 10:12 Aziz <aziz@studio.uz> yozdi:",
])
def test_attribution_lines_in_more_languages_start_the_quote(attribution: str) -> None:
    body = f"Thanks, noted.\n\n{attribution}\nCould you send the files by Friday?\n"
    assert extract_new_text(body, None, subject="Re: Files").reply_text == "Thanks, noted."


@pytest.mark.parametrize(("text", "summary", "why"), [
    ("We like the second draft best, because it feels warmer.", "Go with the second draft", "it feels warmer"),
    ("Between the two, the darker green works better for us since it matches our trucks.", "Go with the darker green",
     "it matches our trucks"),
    ("Decided internally: no weekend work on this project.", "No weekend work on this project", None),
    ("Let us not translate the blog, nobody reads it.", "Not translate the blog", "nobody reads it"),
    ("To keep costs down we will use stock photos instead of a shoot.", "Use stock photos instead of a shoot", "keep costs down"),
])
def test_choices_said_as_a_liking_a_comparison_or_with_the_aim_first(text: str, summary: str, why: str | None) -> None:
    assert [(d.summary, d.rationale) for d in recordable(run(text)).decisions] == [(summary, why)]


@pytest.mark.parametrize("text", [
    "Let us not worry about that now.",
    "We like the idea most of all.",
])
def test_a_liking_or_a_reassurance_decides_nothing(text: str) -> None:
    assert recordable(run(text)).decisions == []


SHAHLA = Person("shahla@studio.az", "Şəhla Məmmədova", "team", "Asia/Baku", "DMY")
ALI = Person("ali@studio.az", "Əli Həsənov", "team", "Asia/Baku", "DMY")
NARMIN = Person("narmin@studio.az", "Nərmin Quliyeva", "team", "Asia/Baku", "DMY")
CARLOS = Person("carlos@client.hn", "Carlos Reyes", "client", "America/Tegucigalpa", "DMY")


@pytest.mark.parametrize(("text", "owner"), [
    ("Əli, please prepare the cost estimate by Thursday.", ALI.email),
    ("Could Nərmin send us the invoice by Friday?", NARMIN.email),
    ("It would be great if Şəhla could send the files by Friday.", SHAHLA.email),
    ("Əli will send the photos by Wednesday.", ALI.email),
    ("Narmin, could you send the invoice by Friday?", NARMIN.email),
])
def test_azerbaijani_names_with_schwa_find_the_member(text: str, owner: str) -> None:
    found = run(text, author=CARLOS, members=(SHAHLA, ALI, NARMIN, CARLOS), to=(SHAHLA.email, ALI.email, NARMIN.email))
    assert [t.owner for t in recordable(found).tasks] == [owner]


# ---- answers


@pytest.mark.parametrize(("question", "reply", "answered"), [
    ("Where will the portal be hosted?", "The portal will run on AWS in Frankfurt.", True),
    ("Where will the portal be hosted?", "Thanks for the call yesterday.", False),
    ("Do we still have the second Figma seat?", "We still have it, I checked this morning.", True),
    ("Do we still have the second Figma seat?", "We have a call with the client on Friday.", False),
])
def test_a_where_question_and_a_have_question_answered_in_the_first_words(question: str, reply: str, answered: bool) -> None:
    assert answers(question, reply) is answered


@pytest.mark.parametrize("text", [
    "Did you manage to rest a bit after the fair?",
    "Are you ready for the winter over there?",
    "Is the snow already there in Ulaanbaatar?",
    "Did you enjoy the Independence Day celebrations?",
    "Is it still as hot in Tegucigalpa as last week?",
    "Did the kids like the chocolates we sent?",
    "How was Nowruz with the family?",
    "Are you back from holidays?",
    "Did you get the chance to visit the old town?",
    "And how is little Amir doing?",
    "What is the weather like in Baku now?",
])
def test_small_talk_about_days_seasons_and_family_asks_nothing(text: str) -> None:
    assert recordable(run(text)).questions == []


@pytest.mark.parametrize("text", [
    "Did you enjoy the draft?",
    "Is the rain going to delay the shoot?",
    "Are you back in the office on Monday?",
    "Did you get the chance to review the contract?",
])
def test_questions_about_the_work_near_small_talk_still_ask(text: str) -> None:
    assert [q.text for q in recordable(run(text)).questions] == [text]


ELVIN = Person("elvin@studio.az", "Elvin Mammadov", "team", "Asia/Baku", "DMY")
DILNOZA = Person("dilnoza@studio.uz", "Dilnoza Yusupova", "team", "Asia/Tashkent", "DMY")


@pytest.mark.parametrize(("greeting", "owner"), [
    ("Hörmətli Elvin bəy,", ELVIN.email), ("Assalomu alaykum Dilnoza opa,", DILNOZA.email), ("Përshëndetje Elvin,", ELVIN.email),
    ("Dorood Elvin jan,", ELVIN.email), ("Muli bwanji Elvin,", ELVIN.email), ("Salom Dilnoza,", DILNOZA.email),
])
def test_first_lines_of_more_languages_address_the_member(greeting: str, owner: str) -> None:
    tasks = recordable(run(f"{greeting}\n\nCould you send us the mockups by Friday?", author=CARLOS,
                           members=(ELVIN, DILNOZA, CARLOS), to=(ELVIN.email, DILNOZA.email))).tasks
    assert [t.owner for t in tasks] == [owner]
