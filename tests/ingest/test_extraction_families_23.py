"""Families added on 2026-12-05 (twenty-second session) from the scenario sets fresh109-112,
read once fresh113-116 were written to take their place as the held-out pool: work asked of a
member by name ("may we kindly request Liam to ..."), a need that dates the request before it,
what closes a check ("HR approved already"), a move "from A to B", a pronoun that points at
what "we need", decisions said with the way not taken and its reason, and what is no task
(a page to look at, an hour, a way to meet picked from two offered).  Positive probes must
fire with the right fields; negative probes must not."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from extraction_probe import JANE, PRIYA, SAM, TOM, run

from ingest.answers import answers, answers_clearly
from ingest.dates import find_dates
from ingest.extraction import KnownTask
from ingest.item_phrasing import pick_due

# ---- tasks: who is asked, and by when


@pytest.mark.parametrize(("text", "title"), [
    (("For us to start the training on time, may we kindly request Tom to set up the Zendesk agent seats on or before "
     "Thursday, Nov 5."), "Set up the Zendesk agent seats"),
    ("We kindly ask Tom to send the logo by Thursday.", "Send the logo"),
    ("I would like to ask Tom to review the draft by Thursday.", "Review the draft"),
])
def test_work_asked_of_a_member_by_name(text: str, title: str) -> None:
    found = run(text, author=SAM, to=(JANE.email, TOM.email))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [(title, TOM.email, date(2026, 11, 5))]


@pytest.mark.parametrize("text", [
    "We asked Tom to send the logo by Thursday.",                      # reported
    "Should we ask Tom to send the logo by Thursday, or do it ourselves?",  # whether to ask
])
def test_asking_a_member_said_otherwise_is_no_request(text: str) -> None:
    assert run(text, author=SAM, to=(JANE.email, TOM.email)).tasks == []


def test_a_need_after_a_request_is_its_date() -> None:
    found = run("Priya, kindly check with HR if we can borrow 2 agents from the Kalye account. Need the answer by "
                "Wednesday po so I can finalize the headcount.", author=SAM, to=(PRIYA.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [
        ("Check with HR if we can borrow 2 agents from the Kalye account", PRIYA.email, date(2026, 11, 4))]


@pytest.mark.parametrize(("text", "title", "owner", "due"), [
    # the need said after another clause ("..., but I need ...")
    ("I know you're deep in the Karoo edit, but I need a moodboard for the treatment by Thursday latest.",
     "Provide a moodboard for the treatment", PRIYA.email, date(2026, 11, 5)),
    # the writer's promise keeps the sentence; what they need from others first is no task
    ("I will do the quote for her, but I need the numbers from you first.", "Do the quote for her", SAM.email, None),
])
def test_a_need_after_another_clause(text: str, title: str, owner: str, due: date | None) -> None:
    found = run(text, author=SAM, to=(PRIYA.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [(title, owner, due)]


def test_what_we_need_is_what_it_is() -> None:
    found = run("Priya - before go-live we need an OWASP ZAP scan of the staging build. Can you run it and send us the "
                "report by Friday, November 20?", author=JANE, to=(PRIYA.email, SAM.email))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [
        ("Run an OWASP ZAP scan of the staging build and send us the report", PRIYA.email, date(2026, 11, 20))]


def test_what_we_need_does_not_name_the_writers_own_work() -> None:
    found = run("The weighting spec is going to be late. I need the tenure counts from the sample to set the targets. "
                "I'll have it done by Friday the 13th.", author=SAM, to=(PRIYA.email,))
    assert all("tenure" not in t.title for t in found.tasks)


def test_prepone_is_work_asked_for_a_new_day() -> None:
    found = run("Priya, the sprint demo has moved up by a few days, so please prepone the regression run on the "
                "appointment APIs to Thursday (5th) instead of next Monday.", author=SAM, to=(PRIYA.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [
        ("Prepone the regression run on the appointment APIs", PRIYA.email, date(2026, 11, 5))]
    assert found.changes == []


def test_the_time_zone_after_the_day_is_no_part_of_the_title() -> None:
    found = run("Noted on the sprint plan, we will share the same by Wednesday EOD IST.", author=SAM, to=(JANE.email,))
    assert [(t.title, t.due) for t in found.tasks] == [("Share the sprint plan", date(2026, 11, 4))]


@pytest.mark.parametrize("text", [
    "Regarding the noise: all loud works we will do before 9:00 and after 18:00, and on Saturday.",
    "Would you prefer the glow in warm amber or in a cooler teal? Please kindly check page 3 of the PDF for the comparison.",
    "The fix goes to staging only on the 19th, and we would like the scan to cover it.",
])
def test_no_work_named(text: str) -> None:
    assert run(text, author=SAM, to=(JANE.email,)).tasks == []


def test_a_way_to_meet_picked_from_two_offered_is_an_answer() -> None:
    found = run("No problem, Wednesday is fine for us. Please come to Zürich, then our engineering team can join.",
                author=JANE, to=(SAM.email,),
                open_questions=("shall we do it by video call, or would you like us to come to Zürich?",))
    assert found.tasks == []
    # (other work picked from two ways is still work)
    found = run("Please create the VPN accounts.", author=JANE, to=(SAM.email,),
                open_questions=("Do you create the VPN accounts, or should we?",))
    assert [t.title for t in found.tasks] == ["Create the VPN accounts"]


# ---- what closes a task

CHECK = KnownTask(1, "Check with HR if we can borrow 2 agents from the Kalye account", SAM.email, date(2026, 11, 4))


def test_the_answer_of_the_one_to_check_with_closes_the_check() -> None:
    found = run("HR approved already po, the 2 agents from the Kalye account are ours for Nov 27-30.", author=SAM,
                to=(PRIYA.email,), known=(CHECK,), thread=(1,))
    assert [(c.task_id, c.status) for c in found.changes] == [(1, "done")]
    # (someone else's check, or another office's approval, is not it)
    other = KnownTask(1, CHECK.title, PRIYA.email, CHECK.due)
    assert run("HR approved already.", author=SAM, to=(PRIYA.email,), known=(other,), thread=(1,)).changes == []


@pytest.mark.parametrize(("text", "closed"), [
    ("My comments on the macros and the tone-of-voice guide are in the doc now (tracked changes).", True),
    # (what the work will start from, not the work)
    ("Guest questions for the comments are in the doc. Can you sign them off by Friday?", False),
])
def test_comments_in_the_doc_now(text: str, closed: bool) -> None:
    comments = KnownTask(1, "Check and send us your comments", JANE.email, date(2026, 11, 12))
    found = run(text, author=JANE, to=(SAM.email,), known=(comments,), thread=(1,))
    assert [(c.task_id, c.status) for c in found.changes if c.status == "done"] == ([(1, "done")] if closed else [])


def test_handed_over_for_a_colleague_away() -> None:
    photos = KnownTask(1, "Share the reference photos of the market stalls", JANE.email, date(2026, 11, 5))
    found = run("Jane is off until Monday, so I'm also attaching the market stall reference photos you asked her for.",
                author=TOM, to=(SAM.email,), known=(photos,), thread=(1,))
    assert [(c.task_id, c.status) for c in found.changes] == [(1, "done")]


def test_running_is_what_was_to_be_running() -> None:
    dbt = KnownTask(1, "Have the dbt project skeleton running against the Snowflake replica", SAM.email, date(2026, 11, 9))
    found = run("Listo, the dbt skeleton runs against the Snowflake replica: 14 models, all tests green.", author=SAM,
                to=(PRIYA.email,), known=(dbt,), thread=(1,))
    assert [(c.task_id, c.status) for c in found.changes] == [(1, "done")]


# ---- dates


def test_a_move_from_one_day_to_another_is_due_on_the_second() -> None:
    sent = datetime.fromisoformat("2026-11-11T13:30:00+01:00")
    assert pick_due("move the handover of the office from Friday 20.11 to Thursday 26.11", sent, "Europe/Warsaw",
                    "DMY") == date(2026, 11, 26)
    # (a span the work takes is not a move)
    assert pick_due("book the van for our crew from 8.11 to 20.11", sent, "Europe/Warsaw", "DMY") == date(2026, 11, 8)


def test_a_weekday_in_brackets_names_the_date_before_it() -> None:
    sent = datetime.fromisoformat("2026-11-10T10:20:37+08:00")
    mentions = find_dates("Can we send you the golden samples on 19th Nov (Thursday) instead?", sent, "Asia/Shanghai", "DMY")
    assert [(m.text, m.value) for m in mentions] == [("19th Nov (Thursday)", date(2026, 11, 19))]


# ---- decisions


@pytest.mark.parametrize(("text", "summary", "why"), [
    ("For the tile illustrations we'll work with Bia Sato, because she did the azulejos for Casa Flor.",
     "Tile illustrations: Work with Bia Sato", "she did the azulejos for Casa Flor"),
    ("We'll do this one in memoQ, not Trados, because the previous vendor handed over a memoQ TM.",
     "Do this one in memoQ, not Trados", "the previous vendor handed over a memoQ TM"),
    ("We're taking the FX6 kit, not the Alexa. Cheaper to fly, and the rental houses can't support the Alexa anyway.",
     "Taking the FX6 kit, not the Alexa", "Cheaper to fly, and the rental houses can't support the Alexa anyway"),
    ("Let's go with free shipping on the next order, not the voucher. Voucher codes end up on OzBargain within a day.",
     "Go with free shipping on the next order, not the voucher", "Voucher codes end up on OzBargain within a day"),
    (("Regarding the screenshots: they stay in German. The control is delivered with the German user interface to all "
     "our customers."), "Screenshots: stay in German", "The control is delivered with the German user interface to all our customers"),
])
def test_decisions_with_their_reason(text: str, summary: str, why: str) -> None:
    found = run(text, author=SAM, to=(PRIYA.email,))
    assert [(d.summary, d.rationale) for d in found.decisions] == [(summary, why)]


def test_what_else_stays_is_no_reason() -> None:
    found = run("We have decided the hero spot will be 45 seconds instead of 60 seconds. The three cut-downs remain as "
                "they are.", author=JANE, to=(SAM.email,))
    assert [(d.summary, d.rationale) for d in found.decisions] == [
        ("The hero spot will be 45 seconds instead of 60 seconds", None)]


@pytest.mark.parametrize("text", [
    "Of course we will keep the quality level as agreed.",
    "We'll work with you to get this right, because it matters.",   # "you" is no supplier picked
])
def test_no_decision(text: str) -> None:
    assert run(text, author=SAM, to=(JANE.email,)).decisions == []


# ---- questions and answers


def test_a_question_for_a_named_member_is_put_to_them() -> None:
    found = run("Question for Priya: can the reminder SMS go through our existing Twilio account, or does your design "
                "assume a new one?", author=JANE, to=(SAM.email, PRIYA.email))
    assert [q.addressed_to for q in found.questions] == [PRIYA.email]


def test_one_question_for_you_after_a_name() -> None:
    found = run("Ok.\n\nTom, one question for you: is the store master data (region, opening date) also in Snowflake, "
                "or only in SAP?", author=SAM, to=(JANE.email, TOM.email))
    assert [(q.text, q.addressed_to) for q in found.questions] == [
        ("One question for you: is the store master data (region, opening date) also in Snowflake, or only in SAP?",
         TOM.email)]


def test_a_question_about_the_same_rule_keeps_the_rule() -> None:
    found = run("On our plastic card, points expire after 12 months without any purchase. Will the app apply the same "
                "rule automatically, or do we need to configure it?", author=JANE, to=(SAM.email,))
    assert [q.text for q in found.questions] == [
        ("On our plastic card, points expire after 12 months without any purchase. Will the app apply the same rule "
        "automatically, or do we need to configure it?")]


def test_how_many_is_answered_by_the_thing_counted() -> None:
    question = "And one question: how many revision rounds are included after we choose the route?"
    assert not answers(question, "Here are the three creative routes for today's call. The new restaurant is included in all three.")
    assert answers(question, "Two revision rounds are included after you choose the route.")


def test_a_side_picked_at_the_start_of_a_later_line() -> None:
    reply = "Great, Hongfa is exactly what we hoped for.\n\nIt's 16A. The drawing you have is an old revision, sorry."
    assert answers("Please kindly confirm one point: the plug is 16A or 10A?", reply)


def test_still_checking_answers_nothing() -> None:
    question = "Kindly advise if we can add an Apple Wallet and Google Wallet pass for the membership card in phase 1?"
    reply = "On the Apple Wallet pass, Mariam is still checking the effort and we will revert."
    assert not answers(question, reply)
    assert not answers_clearly(question, reply)


# ---- who is named


def test_names_as_people_of_these_places_are_called() -> None:
    from ingest.addressing import member_index
    from ingest.extraction import Person

    kim = Person("ji@studio.kr", "Kim Ji-hyun", "team", "Asia/Seoul", "YMD")
    anh = Person("anh.nguyen@dev.vn", "Nguyễn Minh Anh", "team", "Asia/Ho_Chi_Minh", "DMY")
    ploy = Person("p.srisuk@hotel.co.th", "Ploypailin Srisuk", "client", "Asia/Bangkok", "DMY")
    hafiz = Person("hafiz@agency.my", "Hafiz Rahman", "team", "Asia/Kuala_Lumpur", "DMY")
    ama = Person("ama@devs.gh", "Ama Owusu", "team", "Africa/Accra", "DMY")
    index = member_index((kim, anh, ploy, hafiz, ama, SAM))
    assert [index.lookup(name) for name in ("Ji-hyun", "Anh", "Minh Anh", "Khun Ploypailin", "Encik Hafiz", "Auntie Ama")] == [
        kim.email, anh.email, anh.email, ploy.email, hafiz.email, ama.email]
    # (a two-word Western name is no family name first; a title alone names nobody)
    assert index.lookup("Lee") is None
    assert index.lookup("Khun") is None


def test_a_task_for_a_member_called_by_the_last_of_three_names() -> None:
    from ingest.extraction import ExtractionContext, Person, extract

    anh = Person("anh.nguyen@dev.vn", "Nguyễn Minh Anh", "team", "Asia/Ho_Chi_Minh", "DMY")
    ctx = ExtractionContext(author=SAM, sent_at=datetime.fromisoformat("2026-11-02T10:00:00+00:00"), members=(SAM, anh, JANE),
                            to=(anh.email, JANE.email))
    found = extract("Anh, could you send the API documentation by Friday?", ctx)
    assert [(t.owner, t.due) for t in found.tasks] == [(anh.email, date(2026, 11, 6))]


# ---- decisions said as what is (not) done


@pytest.mark.parametrize(("text", "summary", "why"), [
    ("We're not posting any of the three roles on LinkedIn. Their competitors watch their job ads like hawks.",
     "Not posting any of the three roles on LinkedIn", "Their competitors watch their job ads like hawks"),
    ("We also won't offer a downloadable PDF submission form this time.",
     "Not offering a downloadable PDF submission form this time", None),
    ("The Blue Lagoon visit on Sunday we replace by the Sky Lagoon.", "The Blue Lagoon visit on Sunday we replace by the Sky Lagoon", None),
    ("I've struck Clerkenwell Works off the list because there's no step-free access to the main hall.",
     "Struck Clerkenwell Works off the list", "there's no step-free access to the main hall"),
    ("The client will pay the deposit, not us.", "The client will pay the deposit, not us", None),
    ("We will go by sea, because air is almost double the cost.", "Go by sea", "air is almost double the cost"),
])
def test_decisions_said_as_what_is_done(text: str, summary: str, why: str | None) -> None:
    found = run(text, author=JANE, to=(SAM.email,))
    assert [(d.summary, d.rationale) for d in found.decisions] == [(summary, why)]


@pytest.mark.parametrize("text", [
    "We won't post the update until Friday.",       # when, not whether
    "We're not running the ads yet.",
    "I will report back by Friday since I am away.",  # a promise with its reason
])
def test_timing_and_promises_are_no_decisions(text: str) -> None:
    assert run(text, author=JANE, to=(SAM.email,)).decisions == []


def test_the_next_topic_is_no_reason() -> None:
    found = run("We replace the buffet with a seated dinner. Regarding your question about partners: no partners will travel.",
                author=JANE, to=(SAM.email,))
    assert [(d.summary, d.rationale) for d in found.decisions] == [("Replace the buffet with a seated dinner", None)]


# ---- a new day for known work


LAYOUT = KnownTask(1, "Send us a first layout of the a la carte menu", SAM.email, date(2026, 11, 20))


def test_a_courtesy_after_the_new_day_leaves_it_the_new_day() -> None:
    sent = datetime.fromisoformat("2026-11-17T14:30:00+01:00")
    found = run("I am afraid we need a few more days for the first layout of the carte: Olivier changed four dishes on Friday "
                "and Tom must redo the wine pairing column. We will send it to you on Tuesday 24 November instead of Friday "
                "20th, I hope it is still ok for your GM.", author=SAM, to=(JANE.email,), known=(LAYOUT,), sent_at=sent)
    assert found.tasks == []
    assert [(c.task_id, c.new_due) for c in found.changes] == [(1, date(2026, 11, 24))]


def test_it_is_the_work_the_sentence_before_was_about() -> None:
    export = KnownTask(1, "Push the XLIFF string export to the shared Perforce depot", TOM.email, date(2026, 11, 4))
    guide = KnownTask(2, "Send a pronunciation guide for the new place names", JANE.email, date(2026, 11, 10))
    sent = datetime.fromisoformat("2026-11-05T18:40:03-08:00")
    found = run("Ugh, sorry about the export. Tom is out until Monday, so it'll land on Perforce on Tuesday the 10th instead.",
                author=JANE, to=(SAM.email,), known=(export, guide), thread=(1, 2), sent_at=sent)
    assert [(c.task_id, c.new_due) for c in found.changes] == [(1, date(2026, 11, 10))]
    # (what the sentence before was about must be open work)
    found = run("Ugh, sorry about the weather. Tom is out until Monday, so it'll land on Tuesday the 10th instead.",
                author=JANE, to=(SAM.email,), known=(export, guide), thread=(1, 2), sent_at=sent)
    assert found.changes == []


@pytest.mark.parametrize("text", [
    "The extract is uploaded to the SFTP. Kindly check and inform us if there is any issue.",
    "The sandbox is up. Please check and let me know if any issue.",
    "Please take note that scenarios 7 and 9 are based on actual cases.",
    "When you come, please ask for Rodrigo at the reception, he knows where the racks are.",
    "I'm out next week, please send anything urgent straight to me on WhatsApp.",
])
def test_courtesy_and_directions_ask_for_no_work(text: str) -> None:
    assert run(text, author=JANE, to=(SAM.email,)).tasks == []


def test_an_answer_needed_from_nobody_in_particular_is_no_task() -> None:
    found = run("Do we go with the 3-part mould or the 2-part one? I need an answer by Wednesday.", author=SAM,
                to=(PRIYA.email, "lee@agency.io"))
    assert found.tasks == []


@pytest.mark.parametrize(("text", "asked"), [
    ("Any news on the P&Ls?", False),
    ("Any news from the PMS provider?", False),
    ("Just checking in - any update on the product photos?", True),
    # (a chaser that goes on to ask something new asks it)
    ("Any news on whether the venue takes cards, and could they do a vegan menu?", True),
    ("Any chance you could send the P&Ls by Friday?", True),
])
def test_a_chaser_asks_no_new_question(text: str, asked: bool) -> None:
    found = run(text, author=JANE, to=(SAM.email,))
    assert bool(found.questions or found.tasks) is asked


# ---- questions as people ask them


@pytest.mark.parametrize("text", [
    "Must we put lime before planting, or is it ok for fynbos?",
    "Must the irrigation use the borehole water or the dam water?",
    "For the third guide: do we ask Dóra, or take a freelancer from the guide pool?",
    "Class schedule as a week grid or as a day list?",
    "Recipes should have metric measures only, or metric and imperial?",
    "In the lapsed donors, we include the ones that gave the last time in 2021, or only from 2022?",
    "Ma, please when will you be coming to Lagos for the roof inspection?",
])
def test_questions_as_people_ask_them(text: str) -> None:
    assert [q.text for q in run(text, author=JANE, to=(SAM.email,)).questions] == [text]


@pytest.mark.parametrize("text", [
    "Wishing you all a good weekend, or should I say trevlig helg?",
    "Please send the logo by Friday.",
    "We must finish this by Friday.",
])
def test_no_question_asked(text: str) -> None:
    assert run(text, author=JANE, to=(SAM.email,)).questions == []


@pytest.mark.parametrize(("text", "summary", "why"), [
    ("We'll run all twelve sessions remotely. Lotte can't travel to Amsterdam in week 48.",
     "Run all twelve sessions remotely", "Lotte can't travel to Amsterdam in week 48"),
    ("We'll pay her visa fee ourselves. Our travel policy says the company covers all travel documents.",
     "Pay her visa fee ourselves", "Our travel policy says the company covers all travel documents"),
])
def test_how_or_by_whom_the_work_is_done_is_settled(text: str, summary: str, why: str) -> None:
    found = run(text, author=JANE, to=(SAM.email,))
    assert [(d.summary, d.rationale) for d in found.decisions] == [(summary, why)]
    assert found.tasks == []


def test_a_delivery_by_the_writer_on_a_day_is_still_a_promise() -> None:
    found = run("We will deliver it ourselves on Friday.", author=JANE, to=(SAM.email,))
    assert found.decisions == []
    assert [(t.owner, t.due) for t in found.tasks] == [(JANE.email, date(2026, 11, 6))]
