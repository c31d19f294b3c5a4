"""extract(): families added on 2026-12-04 (eighth session): a date moved "from A to B" (the
old date names the work), a date move asked for as a question by the one who owes the work,
a late piece of work named again in short with its new date, status bullets and hand-overs
said in passing, choices stated as what is being done ("we're keeping Afterpay, it's 40% of
our orders"), decisions relayed from a board or a committee, and requests made in the middle
of a sentence. Positive probes must fire with the right fields; negative probes must not."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from ingest.answers import answers
from ingest.dates import find_dates
from ingest.extraction import Extraction, ExtractionContext, KnownTask, Person, extract

SAM = Person("sam@agency.io", "Sam Lee", "team", "Europe/London", "DMY")
AOIFE = Person("aoife@agency.io", "Aoife Brennan", "team", "Europe/Dublin", "DMY")
JANE = Person("jane@client.com", "Jane Doe", "client", "Europe/London", "DMY")
MEMBERS = (SAM, AOIFE, JANE)
MONDAY = datetime.fromisoformat("2026-11-02T10:00:00+00:00")


def run(text: str, author: Person = JANE, known: tuple[KnownTask, ...] = (), thread: tuple[int, ...] = (),
        to: tuple[str, ...] = (SAM.email,)) -> Extraction:
    ctx = ExtractionContext(author=author, sent_at=MONDAY, members=MEMBERS, to=to, known_tasks=known,
                            thread_tasks=thread, thread_task_id=thread[0] if len(thread) == 1 else None)
    return extract(text, ctx)


def moves(out: Extraction) -> list[tuple[int | None, date | None]]:
    return [(c.task_id, c.new_due) for c in out.changes if c.new_due is not None]


def closed(out: Extraction) -> list[int | None]:
    return [c.task_id for c in out.changes if c.status == "done"]


# ---- a date moved from one day to another

LAUNCH = KnownTask(1, "Have the early access campaigns live", SAM.email, date(2026, 11, 16))
SHOOT = KnownTask(2, "Move the Ion Orchard shoot to Studio B", SAM.email, date(2026, 11, 5))
FINALS = KnownTask(3, "Deliver the retouched finals", SAM.email, date(2026, 11, 27))


def test_the_old_date_names_the_work_that_moves() -> None:
    out = run("We're not launching with two-thirds of the catalog dark, so the paid launch moves from Mon 16/11 "
              "to Thu 19/11.", author=SAM, known=(LAUNCH, SHOOT))
    assert moves(out) == [(1, date(2026, 11, 19))]


def test_a_plural_subject_moves_too() -> None:
    out = run("Retouched finals move from Fri 27 November to Fri 4 December", author=SAM, known=(FINALS,))
    assert moves(out) == [(3, date(2026, 12, 4))]


def test_a_move_from_a_date_no_task_is_due_on_moves_no_other_task_sharing_a_word() -> None:
    # the Ion Orchard shoot is due on the 5th: "Shoot" moving from the 16th is another shoot
    out = run("Shoot moves from 16 Nov to Mon 23 Nov (Studio A is free).", author=SAM, known=(SHOOT, FINALS))
    assert [task for task, _ in moves(out)] == [None]


DECK = KnownTask(4, "Get the draft workshop deck to you", AOIFE.email, date(2026, 11, 6))
SIGN_OFF = KnownTask(5, "Sign off the questionnaire", JANE.email, date(2026, 11, 3))


def test_asking_to_send_ones_own_work_later_moves_it_and_asks_nothing() -> None:
    out = run("Would you be OK if we sent the draft workshop deck on Tuesday 10th rather than this Friday?",
              author=AOIFE, known=(DECK,))
    assert moves(out) == [(4, date(2026, 11, 10))]
    assert out.questions == []


def test_coming_back_with_a_sign_off_later_is_a_date_move() -> None:
    out = run("I haven't had a proper look yet, so can I come back to you with sign off by Friday instead?",
              known=(SIGN_OFF,))
    assert moves(out) == [(5, date(2026, 11, 6))]
    assert out.questions == []


ENVELOPE = KnownTask(6, "Get you the budget envelope for the pay uplift", JANE.email, date(2026, 11, 6))


def test_late_work_named_again_in_short_takes_the_new_date() -> None:
    out = run("I'm afraid I'm going to be late with the budget envelope. SMT didn't get through the draft budget. "
              "I'll get the figure to you on Friday 13th, once it's been agreed.", known=(ENVELOPE,), thread=(6,))
    assert moves(out) == [(6, date(2026, 11, 13))]
    assert out.tasks == []


def test_a_new_promise_after_someone_elses_slip_stays_a_task() -> None:
    out = run("I'm afraid Sam is going to be late with the budget envelope. I'll get the figure to you on Friday "
              "13th.", known=(KnownTask(6, ENVELOPE.title, SAM.email, ENVELOPE.due),), thread=(6,))
    assert [t.title for t in out.tasks] == ["Get the figure to you"]


def test_a_decided_launch_date_moves_the_launch() -> None:
    store = KnownTask(7, "Have the new store live", SAM.email, date(2026, 11, 24))
    out = run("If it's the 24th, I'd rather not go live in Black Friday week. Let's launch on Tuesday 1 December.",
              known=(store,))
    assert [d.summary for d in out.decisions] == ["Launch on Tuesday 1 December"]
    assert moves(out) == [(7, date(2026, 12, 1))]


def test_todays_comments_are_not_due_today() -> None:
    assert find_dates("Questionnaire v2 with today's comments", MONDAY, "Europe/London", "DMY") == []
    assert [d.value for d in find_dates("Send it today", MONDAY, "Europe/London", "DMY")] == [date(2026, 11, 2)]


# ---- work done, said in passing

def test_a_status_bullet_names_the_work_before_what_happened_to_it() -> None:
    hero = KnownTask(8, "Send you the four hero product shots for the cutdowns", JANE.email, date(2026, 11, 12))
    out = run("Where the rest stands:\n✅ Hero shots received, asset groups built\n✅ Brand negatives applied",
              author=SAM, known=(hero,))
    assert closed(out) == [8]


def test_a_site_that_is_up_with_its_link_is_done() -> None:
    staging = KnownTask(9, "Have the staging store up with the new theme", SAM.email, date(2026, 11, 6))
    out = run("Staging is up 🎉 https://example-staging.myshopify.com", author=SAM, known=(staging,))
    assert closed(out) == [9]


def test_first_thing_this_morning_is_when_not_a_first_draft() -> None:
    note = KnownTask(10, "Send it round to the line managers with a short covering note", JANE.email)
    out = run("I sent the questionnaire out to the line managers first thing this morning with Sam's covering note, "
              "and asked for them back by Friday 20th.", known=(note,), thread=(10,))
    assert closed(out) == [10]
    assert out.tasks == []  # "Sam's covering note" is his note, not "Sam is covering"


def test_a_deliverable_named_without_a_verb_is_done_when_handed_over_for_approval() -> None:
    v2 = KnownTask(11, "Questionnaire v2 with today's comments", SAM.email, date(2026, 11, 4))
    out = run("Please find attached questionnaire v2, with the changes tracked. Jane, could you sign off the "
              "questionnaire by Tuesday 10th?", author=SAM, known=(v2,), to=(JANE.email,))
    assert closed(out) == [11]
    assert [t.title for t in out.tasks] == ["Sign off the questionnaire"]


def test_a_task_to_approve_the_work_is_still_waiting_for_that_approval() -> None:
    menu = KnownTask(12, "Approve the catering menu", JANE.email)
    out = run("Catering menu is attached. Please approve it by Wednesday.", author=SAM, known=(menu,),
              to=(JANE.email,))
    assert closed(out) == []


@pytest.mark.parametrize("text", [
    "Following up on my voicemail yesterday: attached is the revised quote for the India leg.",
    "Revised quote below.",
])
def test_a_hand_over_after_a_lead_in_or_pasted_below(text: str) -> None:
    quote = KnownTask(13, "Get the revised quote to Jane", SAM.email, date(2026, 11, 12))
    assert closed(run(text, author=SAM, known=(quote,))) == [13]


# ---- choices stated as what is being done

@pytest.mark.parametrize(("text", "summary", "why"), [
    ("Yes we're keeping Afterpay, it's about 40% of our orders.", "Keeping Afterpay", "it's about 40% of our orders"),
    (("Heads up that we're excluding your brand terms from PMax, because otherwise it bids against our own brand "
     "campaign."), "Excluding your brand terms from PMax", "otherwise it bids against our own brand campaign"),
    ("Also, we're extending the sale through Tuesday 1/12.", "Extending the sale through Tuesday 1/12", None),
    ("I'm moving us to Judge.me instead, it's a fraction of the price.", "Moving to Judge.me instead",
     "it's a fraction of the price"),
    ("We're not doing sitewide again, last year it wiped out our margin on tents.", "Not doing sitewide again",
     "last year it wiped out our margin on tents"),
])
def test_a_choice_stated_as_what_is_being_done(text: str, summary: str, why: str | None) -> None:
    out = run(text)
    assert [(d.summary, d.rationale) for d in out.decisions] == [(summary, why)]


@pytest.mark.parametrize("text", [
    "We're moving the call to Tuesday.",
    "We're keeping an eye on it.",
    "We're extending the deadline to Friday.",
    "I'd rather have the conversation now than at invoice stage.",
    "I will be recommending that their salary is protected rather than cutting pay.",
    "As discussed, here's where we landed and what we need from your side to get the interviews moving.",
])
def test_no_decision(text: str) -> None:
    assert run(text).decisions == []


@pytest.mark.parametrize(("text", "summary"), [
    ("SMT agreed this morning that the workshop will be a half-day, 9.30 to 1pm.",
     "The workshop will be a half-day, 9.30 to 1pm"),
    ("The board agreed in September that we'll apply for Living Wage accreditation in the spring.",
     "We'll apply for Living Wage accreditation in the spring"),
    (("Sam, we talked about the pay review at SMT on Wednesday and agreed the staff consultation will start in "
     "January rather than before Christmas."), "The staff consultation will start in January rather than before Christmas"),
])
def test_a_decision_relayed_from_a_board_or_a_meeting(text: str, summary: str) -> None:
    assert [d.summary for d in run(text).decisions] == [summary]


# ---- requests in the middle of a sentence, and what is no request

def test_a_request_after_so_with_what_it_makes_possible() -> None:
    out = run("Our governance team have asked about confidentiality, so Aoife if you could send me a short "
              "confidentiality paragraph by Friday (how the notes are stored, that kind of thing), Sam can drop it "
              "straight in.", to=(AOIFE.email, SAM.email))
    assert [(t.title, t.owner, t.due) for t in out.tasks] == [
        ("Send me a short confidentiality paragraph", AOIFE.email, date(2026, 11, 6))]


def test_a_need_after_the_reason_for_it() -> None:
    out = run("Papers go out a week before the meeting, so we would need your draft report by Monday 30 November "
              "at the latest.")
    assert [(t.title, t.owner, t.due) for t in out.tasks] == [("Provide your draft report", SAM.email, date(2026, 11, 30))]


@pytest.mark.parametrize("text", [
    "Please find the revised estimate attached with the spins included as a separate line.",
    "Could you have a click around and send me your feedback? Please do it on your phone first, most traffic is mobile.",
])
def test_no_extra_task(text: str) -> None:
    assert [t.title for t in run(text, author=SAM, to=(JANE.email,)).tasks] in (
        [], ["Have a click around and send me your feedback"])


def test_asking_whether_and_for_how_much_is_a_question() -> None:
    out = run("Sam, can you do 360° spins of the chairs for the website too, and what would that add?")
    assert out.tasks == []
    assert len(out.questions) == 1


def test_a_lead_in_before_the_colon_is_not_what_the_question_is_about() -> None:
    question = ("One thing we weren't clear on after Friday's call: is the proposed partnership with Pennine Valley "
                "Housing in scope for the interviews?")
    assert not answers(question, "Two of the interviews slipped. That still gives you two clear days after Friday.")
    assert answers(question, "The Pennine partnership is out of scope for now, please steer clear of it.")
    # a topic before the colon that is the question's own stays in it
    assert answers("And for the Thursday dinner: plated three-course or food stations?",
                   "For the dinner we'd like food stations.")


# ---- answers taken up under a topic heading

def test_a_paragraph_headed_by_its_topic_answers_it() -> None:
    reply = "Notes below.\n\nOn the voice-over: female, warm, and an Irish accent please."
    assert answers("One question while you watch: do you have a preference for the voice-over?", reply)


def test_numbered_answers_taken_in_turn() -> None:
    reply = ("Taking your questions in turn:\n\n"
             "1. Café dashboard (Jonas): software you provide online is a class 42 service.\n\n"
             "2. USPTO (Jonas): not at this stage. A US application can claim priority until March.\n\n"
             "4. The ® symbol (Priya): please do not use it until the mark is registered.")
    assert answers("Do we need to file with the USPTO as well?", reply)
    assert answers("Can we already print the ® symbol on the packaging?", reply)
    assert not answers("Could you quote us for a trade mark filing in Singapore?", reply)


def test_a_topic_taken_up_but_not_decided_stays_open() -> None:
    reply = ("The review is done, our comments are in the PDF.\n\n"
             "About the report format: our finance team did not decide yet, they are discussing it with the auditor.")
    assert not answers("Should the reconciliation report be CSV only, or also XLSX?", reply)


# ---- "can live with that" is no delivery; a purpose is no part of the title

def test_a_modal_before_live_is_no_completion() -> None:
    panels = KnownTask(1, "Provide the panel translations back to leave the printer enough time", SAM.email, date(2026, 11, 20))
    out = run("Monday the 23rd is fine, the printer can live with that.", known=(panels,), thread=(1,))
    assert closed(out) == []


def test_the_purpose_of_a_deadline_is_cut_from_the_title() -> None:
    out = run("The exhibition opens on December 3rd, so we'd need the panel translations back by Friday the 20th at the "
              "latest to leave the printer enough time.")
    assert [(t.title, t.due) for t in out.tasks] == [("Provide the panel translations back", date(2026, 11, 20))]
