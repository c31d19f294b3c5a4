"""extract(): phrasing families added on 2026-12-03 (second session) from the spent blind
scenario sets. Positive probes must fire with the right fields; negative probes must not."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from ingest.extraction import Extraction, ExtractionContext, KnownTask, Person, extract
from ingest.text_segments import split_sentences

BEA = Person("bea@lanternfly.gg", "Bea Okafor", "team", "Europe/Stockholm", "DMY")
KENJI = Person("kenji@lanternfly.gg", "Kenji Sato", "team", "Europe/Stockholm", "DMY")
MALIN = Person("malin@northpaw.se", "Malin Berg", "client", "Europe/Stockholm", "DMY")
MEMBERS = (BEA, KENJI, MALIN)
KNOWN = (
    KnownTask(1, "Book the QA lab", KENJI.email, date(2026, 11, 4)),
    KnownTask(2, "Lodge the checks for the first 15 Pemberton candidates", KENJI.email, date(2026, 11, 3)),
    KnownTask(3, "Buy a new pack of 50", KENJI.email),
    KnownTask(4, "Run the pen test", BEA.email, date(2026, 11, 16)),
)
# Monday 9 November 2026, 10:00 in Stockholm.
MONDAY = "2026-11-09T10:00:00+01:00"


def context_for(author: Person = KENJI, to: tuple[str, ...] = (BEA.email,), known: tuple[KnownTask, ...] = KNOWN,
                questions: tuple[str, ...] = ()) -> ExtractionContext:
    return ExtractionContext(author=author, sent_at=datetime.fromisoformat(MONDAY), members=MEMBERS, to=to,
                             known_tasks=known, open_questions=questions)


def run(text: str, author: Person = KENJI, to: tuple[str, ...] = (BEA.email,)) -> Extraction:
    return extract(text, context_for(author, to))


def closed(text: str) -> list[int]:
    return [c.task_id for c in run(text).changes if c.status == "done" and c.task_id is not None]


# ------------------------------------------------------------ completions

@pytest.mark.parametrize("text, task_id", [
    ("the QA lab is booked for friday.", 1),
    ("nice one 🙌 lab's booked for fri 10-4.", 1),
    ("All 15 police checks are lodged.", 2),
    ("The new credit pack is bought.", 3),
])
def test_finished_work_closes_the_task_it_names(text: str, task_id: int) -> None:
    assert closed(text) == [task_id]


def test_two_finished_clauses_close_two_tasks() -> None:
    assert sorted(closed("All 15 police checks are lodged and the new credit pack is bought.")) == [2, 3]


def test_a_booked_slot_moves_a_task_that_is_not_the_booking() -> None:
    changes = run("Pen test booked for the 20th.").changes
    assert [(c.task_id, c.status, c.new_due) for c in changes] == [(4, None, date(2026, 11, 20))]


@pytest.mark.parametrize("text", [
    "The police checks are delayed.",
    "The lab is booked out all week, so we'll need another slot.",
    "The checks will be lodged tomorrow.",
])
def test_unfinished_or_other_states_close_nothing(text: str) -> None:
    assert closed(text) == []


# ------------------------------------------------------------ sentences

def test_an_emoji_ends_a_casual_sentence() -> None:
    assert split_sentences("nice one 🙌 lab's booked for friday. fingers crossed 🤞") == [
        "nice one 🙌", "lab's booked for friday.", "fingers crossed 🤞"]


def test_i_have_done_the_named_work_of_my_own_closes_it() -> None:
    known = (KnownTask(7, "Review the design document v1.0", MALIN.email, date(2026, 11, 20)),)
    context = context_for(MALIN, (BEA.email,), known)
    done = extract("I've reviewed the design document, comments attached.", context).changes
    assert [(c.task_id, c.status) for c in done] == [(7, "done")]
    # someone else's work on the same document is not the review
    other = replace(context, author=BEA)
    assert extract("I've forwarded the design document to our CFO.", other).changes == []
    # "we approved ..." is a decision, not a finished piece of work
    approved = extract("We approved the design document with legal this morning.", context)
    assert approved.changes == [] and len(approved.decisions) == 1


# ------------------------------------------------------------ pronoun titles

def test_it_names_the_document_handed_over_a_paragraph_before() -> None:
    text = ("Hi Malin,\n\nthe design document v1.0 is in attachment. We included the mapping and the\n"
            "matching rules.\n\nMalin, please review it till end of next week.")
    tasks = run(text, author=BEA, to=(MALIN.email,)).tasks
    assert [(t.title, t.owner, t.due) for t in tasks] == [
        ("Review the design document v1.0", MALIN.email, date(2026, 11, 20))]


def test_it_stays_unresolved_when_two_things_were_handed_over() -> None:
    text = ("The design document is attached. The test plan is attached too.\n\n"
            "Malin, please review it by Friday.")
    tasks = run(text, author=BEA, to=(MALIN.email,)).tasks
    assert [t.title for t in tasks] == ["Review it"]


# ------------------------------------------------------------ from scenarios_fresh7

CLIENT_KNOWN = (
    KnownTask(11, "Send us the KLIC report", MALIN.email),
    KnownTask(12, "Allowlist our IP", None),
    KnownTask(13, "Re-export October for store 14", MALIN.email, date(2026, 11, 13)),
    KnownTask(14, "Pull the shrink numbers from our inventory system", MALIN.email, date(2026, 11, 12)),
    KnownTask(15, "Confirm the final number of participants", MALIN.email, date(2026, 11, 13)),
)


def client_run(text: str) -> Extraction:
    return extract(text, context_for(MALIN, (BEA.email,), CLIENT_KNOWN))


@pytest.mark.parametrize("text, task_id", [
    ("Hereby the KLIC report (attached).", 11),
    ("Herewith the KLIC report.", 11),
    ("You find the KLIC report in the attachment.", 11),
    ("IT has allowlisted your IP too.", 12),
    ("Round Rock re-export is done.", 13),
    ("The final number is 180 participants.", 15),
])
def test_handed_over_stated_or_done_by_anyone(text: str, task_id: int) -> None:
    assert [(c.task_id, c.status) for c in client_run(text).changes] == [(task_id, "done")]


@pytest.mark.parametrize("text", [
    "Hereby I confirm the order.",
    "Our IT team has blocked your IP.",
    "The final number of participants is still open.",
])
def test_nothing_finished(text: str) -> None:
    assert [c for c in client_run(text).changes if c.status == "done"] == []


@pytest.mark.parametrize("text", [
    "The shrink numbers will take another week.",
    "It'll be another week for the shrink numbers.",
])
def test_another_week_said_with_be_or_take(text: str) -> None:
    assert [(c.task_id, c.new_due) for c in client_run(text).changes] == [(14, date(2026, 11, 19))]


@pytest.mark.parametrize("text", [
    "Sanne, the fountain: we keep it in the VO or we wait for the wethouder?",
    "We're still on for Thursday?",
])
def test_a_statement_with_a_question_mark_is_a_question(text: str) -> None:
    assert len(run(text).questions) == 1


@pytest.mark.parametrize("text", [
    "Crazy week, right?",
    'The button "Faire un don" must be more visible, maybe in orange?',
])
def test_not_declarative_questions(text: str) -> None:
    assert run(text).questions == []


def test_it_is_decided_that() -> None:
    decisions = run("From our side it is decided that the six linden trees remain, because they are on the municipal "
                    "list of monumental trees.", author=MALIN).decisions
    assert [(d.summary, d.rationale) for d in decisions] == [
        ("The six linden trees remain", "they are on the municipal list of monumental trees")]


def test_what_the_other_way_would_break_is_the_reason() -> None:
    decisions = run("going with a star schema. aggregating to daily store totals upfront would kill the shrink "
                    "analysis later.").decisions
    assert len(decisions) == 1 and "shrink analysis" in (decisions[0].rationale or "")


def test_confirm_by_a_deadline_is_a_task_and_without_one_a_question() -> None:
    dated = run("Could you confirm the final number of participants by 13 November?", author=BEA, to=(MALIN.email,))
    assert [(t.owner, t.due) for t in dated.tasks] == [(MALIN.email, date(2026, 11, 13))] and dated.questions == []
    plain = run("Could you confirm the 1 November start?", author=BEA, to=(MALIN.email,))
    assert plain.tasks == [] and len(plain.questions) == 1


# ------------------------------------------------------------ dates

def test_lowercase_short_weekday_after_by_and_a_weekday_naming_a_thing() -> None:
    from ingest.dates import find_dates
    sent = datetime.fromisoformat("2026-11-02T15:22:41-06:00")
    assert [d.value for d in find_dates("invite diane + marcus by thu?", sent, "America/Chicago")] == [date(2026, 11, 5)]
    assert find_dates("the stall plan of the Saturday market", sent, "America/Chicago") == []
    assert find_dates("I sat on it", sent, "America/Chicago") == []
    assert [d.value for d in find_dates("before the Friday meeting", sent, "America/Chicago")] == [date(2026, 11, 6)]


# ------------------------------------------------------------ from scenarios_fresh6

OWN_KNOWN = (
    KnownTask(21, "Send round a short questionnaire about shared mailboxes and distribution lists", KENJI.email,
              date(2026, 11, 5)),
    KnownTask(22, "Get the M365 tenant set up and the domain verified", KENJI.email, date(2026, 11, 6)),
    KnownTask(23, "Make these buttons flexible width", KENJI.email, date(2026, 11, 20)),
)


def own_run(text: str) -> Extraction:
    return extract(text, context_for(KENJI, (BEA.email,), OWN_KNOWN))


@pytest.mark.parametrize("text, task_id", [
    ("I sent Sue the shared mailbox questionnaire yesterday afternoon.", 21),
    ("Done - all 41 buttons wrap to two lines now.", 23),
])
def test_own_work_reported_done(text: str, task_id: int) -> None:
    assert [(c.task_id, c.status) for c in own_run(text).changes] == [(task_id, "done")]


def test_ill_have_it_done_by_a_day_instead_moves_the_task_named_before() -> None:
    changes = own_run("I can't verify the domain until I've got the login from Sue, and she's out until Monday, "
                      "so I'll have it done by Tuesday instead.").changes
    assert [(c.task_id, c.new_due) for c in changes] == [(22, date(2026, 11, 10))]
    assert "login" in (changes[0].reason or "")


@pytest.mark.parametrize("text, summary_part, rationale_part", [
    (("One thing Richard and I have decided: we're keeping the scanner-to-email as it is, since the copier lease "
      "runs out in January anyway."), "scanner-to-email", "lease"),
    ("We'll also leave the Help Center articles out of scope for now.", "help center", None),
    ("I've decided we're going with Autopilot rather than imaging, so we don't need to touch each laptop.",
     "autopilot", "touch each laptop"),
])
def test_more_decisions(text: str, summary_part: str, rationale_part: str | None) -> None:
    decisions = run(text, author=MALIN).decisions
    assert len(decisions) == 1 and summary_part in decisions[0].summary.lower()
    assert (decisions[0].rationale is None) if rationale_part is None else rationale_part in decisions[0].rationale


def test_so_we_can_is_no_reason() -> None:
    decisions = run("We approve the budget for the second phase, so we can start in January.", author=MALIN).decisions
    assert len(decisions) == 1 and decisions[0].rationale is None


def test_come_in_and_do_is_the_work_and_a_31st_laptop_is_no_date() -> None:
    talk = run("Could one of you come in and do a 15-minute talk at our staff meeting on Tuesday 24th?",
               author=MALIN, to=(BEA.email, KENJI.email)).tasks
    assert [(t.title, t.due) for t in talk] == [("Do a 15-minute talk at our staff meeting", date(2026, 11, 24))]
    laptop = run("I'll order a 31st laptop for Amelia today.").tasks
    assert [t.due for t in laptop] == [date(2026, 11, 9)]


def test_a_greeting_aside_and_also_please_keep_the_addressee() -> None:
    text = "Hi Bea (and team!),\n\nCould you send over a draft style guide by Wednesday the 11th?"
    assert [t.owner for t in run(text, author=MALIN, to=(BEA.email, KENJI.email)).tasks] == [BEA.email]
    text = "Hi,\n\nKenji, please set up the project in Phrase.\nAlso please run pseudo-localisation on the web build."
    assert [t.owner for t in run(text, author=BEA, to=(KENJI.email,)).tasks] == [KENJI.email, KENJI.email]


# ------------------------------------------------------------ second pass over fresh6 / fresh7

def test_more_questions() -> None:
    for text in ("Anyone know if LexDesk works with the new Outlook yet?",
                 "Oh, and one more: roughly what would it cost to add the App Store listing text?",
                 "One thing I forgot to ask at kick-off: who should the invoice go to - you, or someone in finance?"):
        assert len(run(text).questions) == 1, text


def test_a_who_question_is_answered_by_a_named_person() -> None:
    from ingest.answers import answers
    question = "Who on your side will review the German translation?"
    assert answers(question, "Jonas Weber, is the right person for the German review.")
    assert not answers(question, "Thanks for the French files. New York is lovely.")


def test_and_so_is_closes_a_second_task() -> None:
    known = (KnownTask(31, "Revise the quote with the cut-downs", BEA.email),
             KnownTask(32, "Send me a one-page crew list with names and roles", None))
    context = context_for(BEA, (MALIN.email,), known)
    text = "Malin, the revised quote is attached (v2, same day rates), and so is the crew list for campus security."
    assert sorted(c.task_id for c in extract(text, context).changes if c.status == "done") == [31, 32]


def test_a_topic_then_what_happens_to_it_is_a_decision() -> None:
    decisions = run("The fountain: we keep it in the VO, as a variant.", author=MALIN).decisions
    assert [(d.summary, d.rationale) for d in decisions] == [("Fountain: keep it in the VO, as a variant", None)]


def test_a_paragraph_to_someone_keeps_them_for_the_please_that_follows() -> None:
    text = "Kenji - Richard lives in LexDesk all day. Please test the LexDesk add-in on a T14."
    assert [t.owner for t in run(text, author=BEA, to=(KENJI.email, MALIN.email)).tasks] == [KENJI.email]
    listed = "1. Kenji, please send me the plan by Friday.\n2. The dispatcher view needs a filter for cold loads."
    owners = [t.owner for t in run(listed, author=MALIN, to=(KENJI.email, BEA.email)).tasks]
    assert owners[0] == KENJI.email and KENJI.email not in owners[1:]


# ------------------------------------------------------------ from scenarios_fresh9

@pytest.mark.parametrize("text, title", [
    ("Someone also needs to check whether our confined space tickets are still in date.",
     "Check whether our confined space tickets are still in date"),
    ("And someone has to call Cucina Tortona for the catering on both days.",
     "Call Cucina Tortona for the catering on both days"),
])
def test_work_for_someone_is_a_task_with_no_owner(text: str, title: str) -> None:
    assert [(t.title, t.owner) for t in run(text).tasks] == [(title, None)]


def test_someone_should_tell_him_is_nothing() -> None:
    result = run("Someone should tell him.")
    assert result.tasks == [] and result.questions == []


def test_a_day_if_at_all_possible_is_the_due_date() -> None:
    tasks = run("Malin, could you share the current org chart? Wednesday if at all possible.", author=BEA,
                to=(MALIN.email,)).tasks
    assert [(t.owner, t.due) for t in tasks] == [(MALIN.email, date(2026, 11, 11))]


def test_name_then_can_you_and_a_bare_day_number() -> None:
    tasks = run("Kenji can you send them the call sheet and the usage details by Friday 20?", author=BEA,
                to=(KENJI.email, MALIN.email)).tasks
    assert [(t.owner, t.due) for t in tasks] == [(KENJI.email, date(2026, 11, 20))]


def test_we_go_with_named_people() -> None:
    decisions = run("Mette is travelling today but she agrees: we go with Ines and Karoline.", author=MALIN).decisions
    assert [d.summary for d in decisions] == ["Go with Ines and Karoline"]


def test_terse_done_reports_and_a_moved_date_from_to() -> None:
    known = (KnownTask(41, "Book the Profoto kit from Rent&Light", KENJI.email, date(2026, 11, 6)),
             KnownTask(42, "Send them the call sheet and the usage details", KENJI.email, date(2026, 11, 20)),
             KnownTask(43, "Issue the interim findings note", KENJI.email, date(2026, 11, 20)))
    context = context_for(KENJI, (BEA.email,), known)
    assert [c.task_id for c in extract("Ok done, Rent&Light confirmed.", context).changes] == [41]
    sent = extract("call sheet and usage details sent to Sara at Brera this morning.", context).changes
    assert [(c.task_id, c.status) for c in sent] == [(42, "done")]
    moved = extract("Because the council refused our permit, we need to push the interim findings note from "
                    "Friday 20th November to Friday 4th December.", context).changes
    assert [(c.task_id, c.new_due, c.reason) for c in moved] == [
        (43, date(2026, 12, 4), "the council refused our permit")]
    liked = extract("We'd like to move the interim findings note from Friday 20th to Friday 27th November.",
                    context).changes
    assert [(c.task_id, c.new_due) for c in liked] == [(43, date(2026, 11, 27))]


# ------------------------------------------------------------ from scenarios_fresh8

def choice_run(text: str, questions: tuple[str, ...]) -> Extraction:
    return extract(text, context_for(MALIN, (BEA.email,), (), questions))


WAITLIST = ("Waitlist - when someone cancels, do we auto-promote the first person on the waitlist or send them a "
            "push and let them confirm?")


@pytest.mark.parametrize("text, questions, summary, rationale", [
    ("Auto-promote, same as StudioSync. Otherwise our app and StudioSync would disagree about who has the spot.",
     (WAITLIST,), "Auto-promote, same as StudioSync", "Otherwise our app and StudioSync would disagree"),
    ("charge it automatically. front desk doesn't have time to chase people for $15.",
     ("Late cancellations: should we charge the fee automatically or let the front desk decide?",),
     "Charge it automatically", "front desk doesn't have time"),
    ("dark mode default.", ("Light or dark mode default?",), "Dark mode default", None),
])
def test_a_short_answer_to_an_either_or_question_decides_it(text: str, questions: tuple[str, ...], summary: str,
                                                             rationale: str | None) -> None:
    decisions = choice_run(text, questions).decisions
    assert [d.summary for d in decisions] == [summary] and decisions[0].rule == "natural:either-or-answer"
    assert (decisions[0].rationale is None) if rationale is None else rationale in (decisions[0].rationale or "")


@pytest.mark.parametrize("text", [
    "Discovery week is fixed fee, it's in section 3 of the SOW.",
    "Freja, we have two steamers in the studio, no need to bring yours.",
    "To your question: the waitlist stays as it is.",
])
def test_an_answer_of_fact_decides_nothing(text: str) -> None:
    questions = ("do we bill the discovery week as fixed fee or t&m?", "Should Freja bring a steamer or not?", WAITLIST)
    assert choice_run(text, questions).decisions == []


def test_the_writers_own_task_restated_with_a_new_day_moves() -> None:
    known = (KnownTask(51, "Send you the revised layouts for the 28 standard rooms, together with the finishes",
                       KENJI.email, date(2026, 11, 13)),
             KnownTask(52, "Send us the StudioSync API credentials for the sandbox site", KENJI.email, date(2026, 11, 4)))
    context = context_for(KENJI, (BEA.email,), known)
    moved = extract("We will send the layouts on Wednesday 18 November instead of this Friday.", context)
    assert moved.tasks == [] and [(c.task_id, c.new_due) for c in moved.changes] == [(51, date(2026, 11, 18))]
    them = extract("I'm on the StudioSync credentials, I'll have them over to you Wednesday.", context)
    assert them.tasks == [] and [(c.task_id, c.new_due) for c in them.changes] == [(52, date(2026, 11, 11))]


# ------------------------------------------------------------ from scenarios_fresh10 / fresh11

@pytest.mark.parametrize("text, summary, rationale", [
    ("We dropped the FIES module, it was too long for a 45-minute interview.", "Drop the FIES module", "too long"),
    ("one decision from our side: ingress goes through the AWS Load Balancer Controller, not ingress-nginx.",
     "Ingress goes through the AWS Load Balancer Controller, not ingress-nginx", None),
    ("go with datadog.", "Go with datadog", None),
    ("They're quoting eight weeks for listed building consent, so we've decided to move York to January.",
     "Move York to January", "eight weeks"),
])
def test_decisions_said_as_done_labelled_or_bare(text: str, summary: str, rationale: str | None) -> None:
    decisions = run(text, author=MALIN).decisions
    assert [d.summary for d in decisions] == [summary]
    assert (decisions[0].rationale is None) if rationale is None else rationale in (decisions[0].rationale or "")


@pytest.mark.parametrize("text", ["We dropped the kids at school.", "We dropped the ball on this one."])
def test_dropping_something_somewhere_is_no_decision(text: str) -> None:
    assert run(text).decisions == []


def test_a_title_and_a_first_surname_name_the_member() -> None:
    from ingest.addressing import MemberIndex, parse_greeting
    carmen = Person("carmen@lexica.example", "Carmen Ruiz Ortega", "team", "Europe/Madrid", "DMY")
    index = MemberIndex((carmen, MALIN))
    assert parse_greeting("Dear Ms Ruiz,", index, MALIN.email).members == (carmen.email,)


def test_action_list_items_lose_the_asking_and_name_who_will() -> None:
    text = "actions\n- Kenji: can you send the target architecture doc by Thu?\n- Bea will give you read-only access today"
    tasks = run(text, author=MALIN, to=(KENJI.email, BEA.email)).tasks
    assert [(t.title, t.owner) for t in tasks] == [("Send the target architecture doc", KENJI.email),
                                                   ("Give you read-only access", BEA.email)]


def test_a_forwarded_notification_asks_nobody() -> None:
    from ingest.classify import automated_sender
    assert automated_sender("no-reply-aws@amazon.com") and automated_sender("notifications@github.com")
    assert not automated_sender("nora@example.com")


@pytest.mark.parametrize("text, task_id", [
    ("I also attach the list of hotels in Varenna and Bellagio, as Malin asked.", 61),
    ("attached: target architecture doc v1", 62),
    ("The York applications went in to City of York Council this afternoon.", 63),
    ("Bea's sorted the Crystal Peaks permit.", 64),
    ("Elevations and fixing details went to Fenton this morning.", 65),
    ("Datadog API key is in Secrets Manager now.", 66),
])
def test_more_ways_work_is_reported_done(text: str, task_id: int) -> None:
    known = (KnownTask(61, "Send us the list of hotels in Varenna and Bellagio with prices", KENJI.email),
             KnownTask(62, "Send the target architecture doc", KENJI.email, date(2026, 11, 5)),
             KnownTask(63, "Get the York applications in", KENJI.email, date(2026, 11, 5)),
             KnownTask(64, "Sort the permit for you", BEA.email),
             KnownTask(65, "Send Fenton the Harrogate elevations and fixing details from your survey", KENJI.email),
             KnownTask(66, "Put the datadog api key in secrets manager for them", KENJI.email))
    context = context_for(KENJI, (MALIN.email,), known)
    assert [(c.task_id, c.status) for c in extract(text, context).changes] == [(task_id, "done")]


@pytest.mark.parametrize("text, title, owner", [
    ("I will ask them for a sample menu.", "Ask them for a sample menu", KENJI.email),
    ("Also someone needs to figure out how Nani gets from Malpensa to the lake!",
     "Figure out how Nani gets from Malpensa to the lake", None),
    ("Bea, could you let each store manager know their install date?", "Let each store manager know their install date",
     BEA.email),
])
def test_asking_and_telling_others_is_work(text: str, title: str, owner: str | None) -> None:
    assert [(t.title, t.owner) for t in run(text, to=(BEA.email, MALIN.email)).tasks] == [(title, owner)]


def test_let_me_know_and_ill_let_you_know_stay_what_they_were() -> None:
    assert run("Could you let me know the final headcount?").tasks == []
    assert run("I'll let you know once I hear back.").tasks == []


def test_a_late_piece_of_work_its_reason_and_the_promised_day() -> None:
    known = (KnownTask(71, "Share the sampling frame and the list of selected sub-locations", KENJI.email,
                       date(2026, 11, 6)),)
    context = context_for(KENJI, (MALIN.email,), known)
    result = extract("I'm sorry, the sampling frame will be late. KNBS only released the updated maps yesterday. "
                     "We will send it by Tuesday 10 November.", context)
    assert result.tasks == []
    assert [(c.task_id, c.new_due, c.reason) for c in result.changes] == [
        (71, date(2026, 11, 10), "KNBS only released the updated maps yesterday")]


@pytest.mark.parametrize("text, question", [
    ("one q back: region eu-west-1 for everything, same as now?", "region eu-west-1 for everything, same as now?"),
    ("open q for you: datadog or self-hosted prometheus + grafana?", "datadog or self-hosted prometheus + grafana?"),
    ("argo or flux for tillpoint?", "Argo or flux for tillpoint?"),
    ("It will work ok with 3 replicas, or we need to change something first?",
     "It will work ok with 3 replicas, or we need to change something first?"),
])
def test_terse_questions(text: str, question: str) -> None:
    assert [q.text for q in run(text).questions] == [question]


@pytest.mark.parametrize("question, reply", [
    ("argo or flux for tillpoint?", "argo. their devs want the web ui"),
    ("datadog or self-hosted prometheus + grafana?", "go with datadog."),
    ("It will work ok with 3 replicas, or we need to change something first?", "Tomasz, no: with 3 replicas we are fine."),
    ("region eu-west-1 for everything, same as now?", "About region: yes, all is in eu-west-1"),
])
def test_terse_answers(question: str, reply: str) -> None:
    from ingest.answers import answers
    assert answers(question, reply)
    assert not answers(question, "Thanks, talk tomorrow.")


def test_a_numbered_action_addressed_by_name() -> None:
    text = ("Actions\n1. Kenji, could you please provide the employee master data export by Friday 13 November?\n"
            "2. Malin, could you please confirm the full list of pay elements?")
    tasks = run(text, author=BEA, to=(KENJI.email, MALIN.email)).tasks
    assert [(t.title, t.owner) for t in tasks] == [
        ("Provide the employee master data export", KENJI.email), ("Confirm the full list of pay elements", MALIN.email)]


@pytest.mark.parametrize("text, task_id", [
    ("The 2025 file is on your desk.", 81),
    ("UTR letter came this morning, pic attached.", 82),
    ("Tide Chart label widened to 18 chars.", 83),
    ("I asked them about the vitrines too, they can take them back in March.", 84),
    ("I checked with Askable myself.", 85),
])
def test_from_fresh12_and_fresh13_work_reported_done(text: str, task_id: int) -> None:
    known = (KnownTask(81, "Pull the 2025 file from the archive", KENJI.email),
             KnownTask(82, "Forward me the UTR letter", KENJI.email),
             KnownTask(83, "Widen the Tide Chart label field", KENJI.email),
             KnownTask(84, "Ask Jensen if they can take the two vitrines back to Copenhagen", KENJI.email),
             KnownTask(85, "Check with Askable if they can recruit 10 participants", BEA.email))
    context = context_for(KENJI, (MALIN.email,), known)
    assert [(c.task_id, c.status) for c in extract(text, context).changes] == [(task_id, "done")]


@pytest.mark.parametrize("text", ["We asked for a discount.", "Our budget increased.", "The letter came back unopened."])
def test_no_task_of_that_verb_closes_nothing(text: str) -> None:
    known = (KnownTask(84, "Ask Jensen if they can take the two vitrines back to Copenhagen", KENJI.email),
             KnownTask(82, "Forward me the UTR letter", KENJI.email))
    context = context_for(KENJI, (MALIN.email,), known)
    assert [c for c in extract(text, context).changes if c.status == "done"] == []
