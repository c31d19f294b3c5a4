"""Families added on 2026-12-06 (thirtieth session) from the scenario sets fresh141-148, read
once newer blind sets were written to take their place as the held-out pool: a greeting in a
language no list knows ("Talofa lava Aminata,"), an approval that closes the ask for it and is
also a decision, work handed over in more ways ("Pere will send you the logo and the brand guide
instead of her", "Moussa will do this change instead of me", "I'll take over the animated map
from you", "Armel ... will own the prototype from now"), a deliverable asked for as whether it can
be had ("Would a first rough cut by 11/20 be realistic?") or as what is needed ("The first thing
the board wants to see is a homepage mock-up ..."), a delivery that comes "tomorrow instead of
today", a reason after a dash or a colon said without "because", and "One thing the board
decided: ...".  Positive probes must fire with the right fields; negative probes must not."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from extraction_probe import JANE, MEMBERS, MONDAY, PRIYA, SAM, TOM, run

from ingest.addressing import member_index, parse_greeting
from ingest.extraction import ExtractionContext, KnownTask, extract, recordable
from ingest.extraction_types import Person
from ingest.forwards import FORWARD_SUBJECT_RE
from ingest.handovers import RULE as HANDOVER
from ingest.quotes import header_block_end

# ---- a greeting in a language no list knows


@pytest.mark.parametrize(("line", "members"), [
    ("Talofa lava Sam,", (SAM.email,)),
    ("Iakwe Priya,", (PRIYA.email,)),
    ("Mālō e lelei Sam and Priya!", (SAM.email, PRIYA.email)),
])
def test_a_greeting_told_by_its_shape_addresses_the_members_it_names(line: str, members: tuple[str, ...]) -> None:
    greeting = parse_greeting(line, member_index(MEMBERS), JANE.email)
    assert greeting.found and greeting.members == members and greeting.consumed == len(line)


@pytest.mark.parametrize("line", [
    "Call Sam, then the rest",          # more after the name
    "The sitemap is attached,",         # no member named
    "Talofa lava Sefo,",                # a name nobody in the project has
])
def test_no_unknown_word_greeting_without_its_shape(line: str) -> None:
    assert not parse_greeting(line, member_index(MEMBERS), JANE.email).found


def test_a_request_under_an_unknown_greeting_is_the_greeted_members() -> None:
    extraction = recordable(run("Talofa lava Sam,\n\nCould you send us the first design mock-ups of the home page by Friday 27/11?",
                                to=(SAM.email, PRIYA.email)))
    assert [(t.title, t.owner) for t in extraction.tasks] == [("Send us the first design mock-ups of the home page", SAM.email)]


# ---- an approval that closes the ask for it


APPROVE = KnownTask(7, "Approve the page structure", JANE.email, date(2026, 11, 24))


def test_an_approval_closes_the_ask_and_is_a_decision_too() -> None:
    extraction = recordable(run("Hi Sam,\n\nThe page structure is approved, thank you.", known=(APPROVE,), thread=(7,)))
    assert [(c.task_id, c.status) for c in extraction.changes] == [(7, "done")]
    assert [(d.summary, d.decided_by) for d in extraction.decisions] == [("The page structure approved", JANE.email)]


def test_work_reported_done_is_no_decision() -> None:
    known = (KnownTask(3, "Send us the sitemap", SAM.email, date(2026, 11, 19)),)
    extraction = recordable(run("Hi Jane,\n\nThe sitemap is attached.", author=SAM, to=(JANE.email,), known=known, thread=(3,)))
    assert [(c.task_id, c.status) for c in extraction.changes] == [(3, "done")] and extraction.decisions == []


# ---- work handed over


PERE = Person("pere@client.com", "Pere Vidal", "client", "Europe/Andorra", "DMY")
MOUSSA = Person("moussa@agency.io", "Moussa Ali", "team", "Africa/Djibouti", "DMY")
ARMEL = Person("armel@agency.io", "Armel Mavoungou", "team", "Africa/Brazzaville", "DMY")
CAST = (*MEMBERS, PERE, MOUSSA, ARMEL)
BRAND = KnownTask(2, "Share the logo and the brand guide", TOM.email, date(2026, 11, 9))
SITEMAP = KnownTask(3, "Deliver the sitemap and the wireframes", SAM.email, date(2026, 11, 20))
NET_WEIGHT = KnownTask(5, "Make sure the back panel shows the net weight in grams and in ounces", SAM.email, date(2026, 12, 3))
MAP = KnownTask(6, "Prepare the animated map of Guadalcanal", PRIYA.email, date(2026, 12, 3))
TESTING = KnownTask(8, "Test the first version at the Kingstown branch", SAM.email, date(2026, 12, 11))
PROTOTYPE = KnownTask(9, "Provide the clickable prototype of the reminder screens", SAM.email, date(2026, 11, 13))


def _handed(text: str, author: Person, known: tuple[KnownTask, ...], thread: tuple[int, ...] = ()) -> list[tuple[int | None, str | None, date | None]]:
    extraction = recordable(run(text, author=author, to=(), known=known, thread=thread, members=CAST))
    assert extraction.tasks == []
    return [(c.task_id, c.new_owner, c.new_due) for c in extraction.changes if c.rule == HANDOVER]


def test_the_whole_of_what_is_handed_over_instead_of_her() -> None:
    text = ("Hola Sam,\n\nTom is at the World Travel Market in London until Thursday, so Pere will send you the logo and the "
            "brand guide instead of her, same date.")
    assert _handed(text, JANE, (BRAND, SITEMAP)) == [(2, PERE.email, None)]


def test_this_change_instead_of_me_is_the_writers_one_task_on_the_thread() -> None:
    text = ("Bonjour Jane,\n\nNoted for the net weight. Moussa will do this change instead of me, I am at the fair on "
            "Wednesday and Thursday.")
    # (the days the writer is away are not the work's)
    assert _handed(text, SAM, (NET_WEIGHT, SITEMAP), thread=(5,)) == [(5, MOUSSA.email, None)]


def test_i_will_take_over_from_you() -> None:
    text = "Hi Priya,\n\nPriya, I'll take over the animated map from you, you're on the Econet shoot until Friday."
    assert _handed(text, SAM, (MAP,)) == [(6, SAM.email, None)]


def test_what_is_taken_from_the_writer_is_told_apart_among_the_writers_own_work() -> None:
    text = "Hi Jane,\n\nPriya will take over the staff testing from me, she runs the branch floor and knows the tellers."
    assert _handed(text, SAM, (TESTING, MAP)) == [(8, PRIYA.email, None)]


@pytest.mark.parametrize("text", [
    "Armel (in copy) is our UI designer and he will own the prototype from now, so he is your contact for the screens.",
    "Armel (copied) is our lead designer and he will build the prototype, so from today he's your contact for the screens.",
])
def test_a_colleague_introduced_as_the_new_owner(text: str) -> None:
    assert _handed(f"Hi Jane,\n\n{text}", SAM, (PROTOTYPE,)) == [(9, ARMEL.email, None)]


def test_a_day_for_the_work_after_the_new_owner_still_counts() -> None:
    text = "Hi Jane,\n\nThe sitemap and the wireframes will be prepared by Priya, she will send them to you by Friday 27/11."
    assert _handed(text, SAM, (SITEMAP,)) == [(3, PRIYA.email, date(2026, 11, 27))]


@pytest.mark.parametrize("text", [
    "Armel is our UI designer and he likes the prototype a lot.",               # no work taken on
    "Priya will take over the staff rota from Tom.",                            # Tom owns no such task
])
def test_no_hand_over_without_one(text: str) -> None:
    extraction = recordable(run(f"Hi Jane,\n\n{text}", author=SAM, to=(), known=(PROTOTYPE, TESTING), members=CAST))
    assert [c for c in extraction.changes if c.rule == HANDOVER] == []


# ---- the deliverable asked for as whether it can be had, or as what is needed


@pytest.mark.parametrize(("text", "title", "due"), [
    ("Would a first rough cut by 20/11 be realistic?", "Provide a first rough cut", date(2026, 11, 20)),
    ("Is a first draft by Friday 13/11 possible?", "Provide a first draft", date(2026, 11, 13)),
    ("As discussed, we would need the clickable prototype of the reminder screens by 13/11, so Dr. Panuelo can show it.",
     "Provide the clickable prototype of the reminder screens", date(2026, 11, 13)),
    ("The first thing the board wants to see is a homepage mock-up, before Friday 13/11 if possible, so we can discuss it.",
     "Provide a homepage mock-up", date(2026, 11, 13)),
    ("What we need first from your side is a rough cut of the film by Friday 13/11.", "Provide a rough cut of the film", date(2026, 11, 13)),
    ("it would be a huge help to have the entry form live by Friday the 20th.", "Provide the entry form live", date(2026, 11, 20)),
])
def test_a_deliverable_asked_for_in_other_words(text: str, title: str, due: date) -> None:
    extraction = recordable(run(f"Hi Sam,\n\n{text}"))
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [(title, SAM.email, due)]
    assert extraction.questions == []


@pytest.mark.parametrize("text", [
    "Would a weekend shoot be realistic?",                                        # no day for it
    "As agreed, we need the annual report and a short video, both ready before the fair on 10 December.",  # the scope
    "Is a rainy season by December possible in Bamako?",                           # the weather, no work
])
def test_no_deliverable_from_a_question_or_a_scope(text: str) -> None:
    assert recordable(run(f"Hi Sam,\n\n{text}")).tasks == []


# ---- a delivery that comes tomorrow instead of today


def test_it_will_come_tomorrow_instead_of_today() -> None:
    known = (KnownTask(5, "Send you the class list and the entry fees", TOM.email, date(2026, 11, 2)),)
    text = ("Hi Sam,\n\nTom has been on the water with the junior sailors all week, so the class list and the fees "
            "will come tomorrow instead of today. Sorry about that.")
    changes = recordable(run(text, known=known, thread=(5,))).changes
    assert [(c.task_id, c.new_due) for c in changes] == [(5, date(2026, 11, 3))]


# ---- reasons said without "because"


@pytest.mark.parametrize(("text", "summary", "why"), [
    ("We prefer version B of the collection page: our visitors think in decades, not in years.",
     "Go with version B of the collection page", "our visitors think in decades, not in years"),
    ("We'll have the brochures printed in Guam, not here – shipping 5,000 brochures halfway around the world would eat the whole print budget.",
     "Have the brochures printed in Guam, not here", "shipping 5,000 brochures halfway around the world would eat the whole print budget"),
    ("We've gone with Windcave – the Bank of the Cook Islands settles in NZD without the conversion fees.",
     "Go with Windcave", "the Bank of the Cook Islands settles in NZD without the conversion fees"),
    ("One thing the board decided: the gift shop page stays out of the first version.",
     "The gift shop page stays out of the first version", None),
])
def test_a_decision_and_its_reason(text: str, summary: str, why: str | None) -> None:
    assert [(d.summary, d.rationale) for d in recordable(run(f"Hi Sam,\n\n{text}")).decisions] == [(summary, why)]


@pytest.mark.parametrize(("text", "summary"), [
    ("We go with the large print – the photos and captions.", "Go with the large print – the photos and captions"),
    ("In the management group we decided: the guest Wi-Fi will be on its own VLAN.", "The guest Wi-Fi will be on its own VLAN"),
])
def test_no_reason_from_a_list_or_from_the_decision_itself(text: str, summary: str) -> None:
    assert [(d.summary, d.rationale) for d in recordable(run(f"Hi Sam,\n\n{text}")).decisions] == [(summary, None)]


# ---- forwards and quote headers in more languages


def test_an_arabic_outlook_forward_is_a_forward() -> None:
    assert FORWARD_SUBJECT_RE.match("إعادة توجيه: Label direction – our choice")
    assert not FORWARD_SUBJECT_RE.match("رد: Label direction")


def test_a_catalan_outlook_header_block_is_quoted_history() -> None:
    lines = ["De: Neema Mwakyusa <neema@agency.co.tz>", "Enviat el: dimarts, 3 de novembre de 2026 8:20",
             "Per a: coma-safari@projects.example.com", "A/c: Jordi Cerqueda <jordi@client.ad>", "Assumpte: kickoff summary", "",
             "Dear Jordi,"]
    found = header_block_end(lines, 0)
    assert found is not None and found[0] == 5


# ---- more ways of asking for a deliverable by a day


FRIDAY_WEEK = date(2026, 11, 13)


@pytest.mark.parametrize(("text", "title", "owner"), [
    ("The board would like to see three logo directions at the latest on 13/11, because the board meeting is on 16/11.",
     "Provide three logo directions", SAM.email),
    ("We would like to see a first rough cut of the film no later than Friday 13.11.2026, so that the board can see it.",
     "Provide a first rough cut of the film", SAM.email),
    ("We'd love to see the homepage and product-page mockups by Friday 13/11, so we can show them to the family.",
     "Provide the homepage and product-page mockups", SAM.email),
    ("Priya, it would be great to receive from you the high resolution scans of the archive photos at the latest on 13/11, so Tom can start.",
     "Provide the high resolution scans of the archive photos", PRIYA.email),
    ("Priya, your comments by Friday 13/11 would help us a lot, so Tom can use them for the mock-ups.", "Provide your comments", PRIYA.email),
    ("Priya, can I count on you to finish the offline sync spike by Friday 13/11?", "Finish the offline sync spike", PRIYA.email),
])
def test_a_deliverable_wanted_by_a_day(text: str, title: str, owner: str) -> None:
    extraction = recordable(run(f"Hi Sam,\n\n{text}", to=(SAM.email, PRIYA.email)))
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [(title, owner, FRIDAY_WEEK)]
    assert extraction.questions == []


@pytest.mark.parametrize("text", [
    "We would love to see you in Bamako one day.",                   # no thing, no day
    "We would like to see the final version before we pay.",         # no day
    "Priya, your comments were very helpful, thank you.",             # no day, and given
])
def test_no_deliverable_from_a_wish_without_a_day(text: str) -> None:
    assert recordable(run(f"Hi all,\n\n{text}", to=(SAM.email, PRIYA.email))).tasks == []


def test_a_hyphenated_name_asked_by_name() -> None:
    jean_marc = Person("jm@client.com", "Jean-Marc Wamytan", "client", "Europe/London", "DMY")
    extraction = recordable(run("Hi Jane,\n\nCould Jean-Marc confirm the chosen direction by Friday 13/11, so we can start the brand guidelines?",
                                author=SAM, to=(JANE.email,), members=(*MEMBERS, jean_marc)))
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [("Confirm the chosen direction", jean_marc.email, FRIDAY_WEEK)]


@pytest.mark.parametrize(("text", "title"), [
    ("Once the logo is chosen we lay out the brochure: you'll get the brochure proof as a PDF on Friday 13 November.",
     "Send the brochure proof as a PDF"),
    ("You will have an outline of the brochure text from me on Friday 13 November.", "Send an outline of the brochure text"),
])
def test_you_will_have_it_on_a_day_is_the_writers_promise(text: str, title: str) -> None:
    extraction = recordable(run(f"Hi Jane,\n\n{text}", author=SAM, to=(JANE.email,)))
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [(title, SAM.email, FRIDAY_WEEK)]


@pytest.mark.parametrize("text", [
    "You will get the invoice on the 1st of each month.",                        # a routine
    "Priya is in Lisbon, you'll have the spreadsheet from her on Friday 13 November.",  # someone else's
])
def test_no_promise_from_a_routine_or_another_persons_delivery(text: str) -> None:
    assert [t for t in recordable(run(f"Hi Jane,\n\n{text}", author=SAM, to=(JANE.email,))).tasks if t.owner == SAM.email] == []


# ---- questions: what is asked about said first; asked for effect


def test_what_a_question_is_about_said_after_its_lead_belongs_to_it() -> None:
    text = ("Hi Sam,\n\nOne choice we cannot make for you: the interview with Tom about the night shift runs 40 seconds. "
            "Do you want to keep it whole, or shall we shorten it to 20?")
    questions = recordable(run(text)).questions
    assert [q.text for q in questions] == [("the interview with Tom about the night shift runs 40 seconds. "
                                            "Do you want to keep it whole, or shall we shorten it to 20?")]


def test_a_question_after_a_plain_statement_stays_as_asked() -> None:
    questions = recordable(run("Hi Sam,\n\nThe interview runs 40 seconds. Do you want to keep it whole, or shall we shorten it?")).questions
    assert [q.text for q in questions] == ["Do you want to keep it whole, or shall we shorten it?"]


def test_could_we_see_it_on_a_day_asks_for_it() -> None:
    extraction = recordable(run("Hi Sam,\n\nCould we see version 2 on Friday 13.11?"))
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [("Send version 2", SAM.email, FRIDAY_WEEK)]
    assert extraction.questions == []


@pytest.mark.parametrize("text", [
    "Who wants to look like a bottle of hot sauce?",
    "Eight degrees and drizzle every single day, how do people live like that?",
    "Is there anything that doesn't make a finance office happy?",
])
def test_questions_asked_for_effect_are_not_recorded(text: str) -> None:
    assert recordable(run(f"Hi Sam,\n\n{text}")).questions == []


def test_who_wants_to_look_at_it_is_a_question() -> None:
    assert [q.text for q in recordable(run("Hi Sam,\n\nWho wants to look at the draft first?")).questions] == ["Who wants to look at the draft first?"]


def test_a_hand_over_to_a_member_of_the_same_side_on_a_personal_address() -> None:
    gmail = Person("aputsiaq.lynge@gmail.com", "Aputsiaq Lynge", "client", "America/Nuuk", "DMY")
    known = (KnownTask(4, "Provide your final approval of version 2", JANE.email, date(2026, 12, 2)),)
    text = ("Hej Sam,\n\nI fly to Copenhagen tomorrow morning, so Aputsiaq will give you the approval instead of me – "
            "he knows the film best anyway.")
    extraction = recordable(run(text, known=known, members=(*MEMBERS, gmail)))
    assert [(c.task_id, c.new_owner) for c in extraction.changes if c.rule == HANDOVER] == [(4, gmail.email)]
    assert extraction.tasks == []


# ---- what a team writes to itself in its own language


AKOSSIWA = Person("akossiwa@agency.io", "Akossiwa Mensah", "team", "Africa/Lome", "DMY")
TEAM = (*MEMBERS, AKOSSIWA)


def test_minutes_headed_in_french_list_decisions_and_next_steps() -> None:
    text = ("Bonjour à tous,\n\nCompte rendu de la réunion de ce matin.\n\nDécisions :\n"
            "- La synchronisation passe aussi par SMS, parce que la plupart des pêcheurs n'ont que du crédit d'appel.\n"
            "- On stocke les captures dans SQLite sur le téléphone.\n\nProchaines étapes :\n"
            "1. Schéma de la base et API de synchro – Akossiwa – 10/11\n")
    extraction = recordable(run(text, author=SAM, to=(PRIYA.email, AKOSSIWA.email), members=TEAM))
    assert [(d.summary, d.rationale) for d in extraction.decisions] == [
        ("La synchronisation passe aussi par SMS", "la plupart des pêcheurs n'ont que du crédit d'appel"),
        ("On stocke les captures dans SQLite sur le téléphone", None)]
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [("Schéma de la base et API de synchro", AKOSSIWA.email, date(2026, 11, 10))]


@pytest.mark.parametrize(("text", "asked"), [
    ("Une question pour Priya : est-ce que Stripe fonctionne pour un compte marchand aux Tonga ?", PRIYA.email),
    ("Priya, uma dúvida: a nossa licença da Epidemic Sound ainda está ativa ou já expirou?", PRIYA.email),
])
def test_a_question_line_in_the_teams_language(text: str, asked: str) -> None:
    questions = recordable(run(f"Bom dia,\n\n{text}", author=SAM, to=(PRIYA.email,))).questions
    assert [q.addressed_to for q in questions] == [asked]


@pytest.mark.parametrize(("text", "title", "due"), [
    ("Priya : est-ce que tu peux monter une boutique WooCommerce de test sur le serveur de préprod d'ici vendredi ?",
     "Monter une boutique WooCommerce de test sur le serveur de préprod", date(2026, 11, 6)),
    ("Peux-tu chiffrer le module GPS (zone de pêche, carte hors ligne comprise) d'ici jeudi ?",
     "Chiffrer le module GPS (zone de pêche, carte hors ligne comprise)", date(2026, 11, 5)),
    ("¿Puedes comprar los pasajes a La Serena a más tardar el jueves 5/11?", "Comprar los pasajes a La Serena a más tardar el jueves 5/11",
     date(2026, 11, 5)),
    ("Priya, consegues mandar as legendas em inglês até quarta-feira, 11/11?", "Mandar as legendas em inglês", date(2026, 11, 11)),
])
def test_a_request_to_a_colleague_in_the_teams_language(text: str, title: str, due: date) -> None:
    extraction = recordable(run(f"Bonjour Priya,\n\n{text}", author=SAM, to=(PRIYA.email,)))
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [(title, PRIYA.email, due)]


@pytest.mark.parametrize("text", [
    "Priya, est-ce que tu peux me dire si le serveur est prêt d'ici vendredi ?",   # an answer asked for
    "Peux-tu regarder la maquette quand tu as le temps ?",                          # no day
    "Consegues tê-las prontas até dia 20/11?",                                      # what "them" is, not said
])
def test_no_request_in_the_teams_language_without_work_and_a_day(text: str) -> None:
    assert recordable(run(f"Bonjour Priya,\n\n{text}", author=SAM, to=(PRIYA.email,))).tasks == []


@pytest.mark.parametrize(("text", "attachments"), [
    ("Listo. Pasajes comprados para el martes.", 0),
    ("L'estimation pour le 60 fps sur PS5 est faite : 6 jours-personne.", 0),
    ("La boutique de test tourne sur la préprod.", 0),
    ("Voilà le chiffrage, en pièce jointe.", 1),
])
def test_done_said_in_the_teams_language_closes_the_writers_one_task_on_the_thread(text: str, attachments: int) -> None:
    known = (KnownTask(4, "Monter une boutique de test", PRIYA.email, date(2026, 11, 6)),
             KnownTask(5, "Send us the logo", JANE.email, date(2026, 11, 6)))
    ctx = ExtractionContext(author=PRIYA, sent_at=MONDAY, members=MEMBERS, to=(SAM.email,), known_tasks=known,
                            thread_tasks=(4, 5), attachments=attachments)
    assert [(c.task_id, c.status) for c in recordable(extract(f"Salut Sam,\n\n{text}", ctx)).changes] == [(4, "done")]


def test_a_file_named_without_one_attached_closes_nothing() -> None:
    known = (KnownTask(4, "Chiffrer le module GPS", PRIYA.email, date(2026, 11, 6)),)
    changes = recordable(run("Salut Sam,\n\nVoilà le chiffrage, en pièce jointe.", author=PRIYA, to=(SAM.email,), known=known, thread=(4,))).changes
    assert changes == []


def test_no_done_in_the_teams_language_from_someone_without_work_on_the_thread() -> None:
    # (unless the sentence names the work by two words of its title, as "La boutique de test tourne"
    # does: see test_extraction_families_32)
    known = (KnownTask(4, "Monter une boutique de test", PRIYA.email, date(2026, 11, 6)),)
    assert recordable(run("Salut,\n\nLa boutique tourne.", author=SAM, to=(PRIYA.email,), known=known, thread=(4,))).changes == []


# ---- a new day for work said in the sentence after the one naming it


TANGI = Person("tangi@client.com", "Tangi Marsters", "client", "Pacific/Rarotonga", "DMY")


def test_he_will_send_it_instead_moves_the_work_named_before() -> None:
    known = (KnownTask(7, "Put together the Q1 restock forecast", TANGI.email, date(2026, 12, 28)),)
    text = ("Kia orana Sam,\n\nA heads-up from Tangi: he was going to send the Q1 restock forecast on Monday 28 December, "
            "but that's our Boxing Day holiday. He'll send it on Tuesday 29th instead.")
    changes = recordable(run(text, known=known, thread=(7,), members=(*MEMBERS, TANGI),
                             sent_at=datetime.fromisoformat("2026-12-02T23:30:00+00:00"))).changes
    assert [(c.task_id, c.new_due) for c in changes] == [(7, date(2026, 12, 29))]


def test_it_instead_without_the_work_named_before_moves_nothing() -> None:
    known = (KnownTask(7, "Put together the Q1 restock forecast", TANGI.email, date(2026, 12, 28)),)
    text = "Kia orana Sam,\n\nThe weather was terrible all week. He'll send it on Tuesday 29th instead."
    changes = recordable(run(text, known=known, thread=(7,), members=(*MEMBERS, TANGI),
                             sent_at=datetime.fromisoformat("2026-12-02T23:30:00+00:00"))).changes
    assert changes == []


def test_it_will_be_in_the_folder_on_a_later_day() -> None:
    known = (KnownTask(3, "Pick three tracks from Artlist", PRIYA.email, date(2026, 11, 3)),)
    text = "Olá Sam,\n\nTuesday won't work for the music. The three tracks will be in the folder on Wednesday 4/11."
    changes = recordable(run(text, author=PRIYA, to=(SAM.email,), known=known, thread=(3,))).changes
    assert [(c.task_id, c.new_due) for c in changes] == [(3, date(2026, 11, 4))]


# ---- "it" named by the sentence before


def test_what_it_is_the_sentence_before_says() -> None:
    text = "Hi Sam,\n\nPriya: the trawler at 1:12 is not one of ours. Please replace it with one of our drone shots."
    extraction = recordable(run(text, to=(SAM.email, PRIYA.email)))
    assert [(t.title, t.owner) for t in extraction.tasks] == [("Replace the trawler at 1:12 with one of our drone shots", PRIYA.email)]


def test_a_name_and_an_ask_with_a_day_stays_an_action_line() -> None:
    extraction = recordable(run("Hi all,\n\nPriya: the revised quote by Friday 6/11 please.", to=(SAM.email, PRIYA.email)))
    assert [(t.owner, t.due) for t in extraction.tasks] == [(PRIYA.email, date(2026, 11, 6))]


@pytest.mark.parametrize(("text", "title", "due"), [
    ("Priya, a montagem do primeiro corte é contigo. Preciso dele pronto até quarta-feira, 11/11, para eu o rever.",
     "A montagem do primeiro corte", date(2026, 11, 11)),
    ("Priya, ficas com as legendas em inglês e dinamarquês. Consegues tê-las prontas até dia 20/11?",
     "As legendas em inglês e dinamarquês", date(2026, 11, 20)),
    ("Priya : la maquette de la page d'accueil est pour toi, d'ici jeudi 12/11.", "La maquette de la page d'accueil", date(2026, 11, 12)),
])
def test_work_given_to_a_colleague_in_the_teams_language(text: str, title: str, due: date) -> None:
    extraction = recordable(run(f"Bom dia, equipa!\n\n{text}", author=SAM, to=(PRIYA.email,)))
    assert [(t.title, t.owner, t.due) for t in extraction.tasks] == [(title, PRIYA.email, due)]


def test_work_given_without_a_day_is_no_task() -> None:
    assert recordable(run("Bom dia,\n\nPriya, ficas com as legendas em inglês.", author=SAM, to=(PRIYA.email,))).tasks == []


def test_already_done_said_with_a_participle_closes_the_writers_one_task() -> None:
    known = (KnownTask(4, "A montagem do primeiro corte", PRIYA.email, date(2026, 11, 11)),)
    text = "Olá Sam,\n\nO primeiro corte já está montado. Ficou no servidor."
    changes = recordable(run(text, author=PRIYA, to=(SAM.email,), known=known, thread=(4,))).changes
    assert [(c.task_id, c.status) for c in changes] == [(4, "done")]
