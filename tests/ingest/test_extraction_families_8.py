"""extract() and answers(): families added on 2026-12-04 (seventh session): hand-overs in
the formal phrasings of Indian, African and European business English ("Kindly find
attached", "Enclosed please find", "Sharing ... herewith"), work done in other words
("Spoke to Lotus", "went through the German texts", "Review done."), "All done on my side",
and an amount or a time answering a how-long / how-many / when question.
Positive probes must fire with the right fields; negative probes must not."""
from __future__ import annotations

from datetime import datetime

import pytest

from ingest.answers import answers, settles_request
from ingest.extraction import Extraction, ExtractionContext, KnownTask, Person, extract

SAM = Person("sam@agency.io", "Sam Lee", "team", "Europe/London", "DMY")
LARS = Person("lars@client.dk", "Lars Mikkelsen", "client", "Europe/Copenhagen", "DMY")
MEMBERS = (SAM, LARS)
MONDAY = datetime.fromisoformat("2026-11-02T10:00:00+00:00")


def run(text: str, author: Person = LARS, known: tuple[KnownTask, ...] = (), thread: tuple[int, ...] = ()) -> Extraction:
    ctx = ExtractionContext(author=author, sent_at=MONDAY, members=MEMBERS, to=(SAM.email,),
                            known_tasks=known, thread_tasks=thread)
    return extract(text, ctx)


def closed(out: Extraction) -> list[int]:
    return [c.task_id for c in out.changes if c.status == "done"]


CONTRACT = KnownTask(4, "Send the signed contract", LARS.email)


@pytest.mark.parametrize("text", [
    "Kindly find attached the signed contract.",
    "Kindly find the signed contract attached.",
    "Please find enclosed the signed contract.",
    "Enclosed please find the signed contract.",
    "Please see attached the signed contract.",
    "See attached signed contract.",
    "Please see the signed contract attached.",
    "The signed contract is in the attachment.",
    "You will find attached the signed contract.",
    "Attached you will find the signed contract.",
    "Please find the signed contract in the attachment.",
    "I am sending you the signed contract attached.",
    "Sharing the signed contract herewith.",
])
def test_a_formal_hand_over_closes_the_task_it_names(text: str) -> None:
    assert closed(run(text, known=(CONTRACT,))) == [4]


@pytest.mark.parametrize("text", [
    "Please see attached.",
    "See attached for the details of the contract.",
    "Kindly find attached the invoice for October.",
])
def test_a_hand_over_of_something_else_closes_nothing(text: str) -> None:
    assert closed(run(text, known=(CONTRACT,))) == []


@pytest.mark.parametrize(("title", "text"), [
    ("Call Lotus about moving both models", "Spoke to Lotus this morning."),
    ("Call Lotus about moving both models", "I rang Lotus."),
    ("Check the German texts", "I went through the German texts, all fine."),
    ("Review the design document", "I've gone through the design document, a few comments inline."),
])
def test_work_done_in_other_words_closes_the_task(title: str, text: str) -> None:
    assert closed(run(text, known=(KnownTask(9, title, LARS.email),))) == [9]


def test_going_through_part_of_the_work_does_not_close_a_task_it_does_not_start() -> None:
    review = KnownTask(905, "HIPAA security review", LARS.email)
    assert closed(run("Sam – went through the security questionnaire tonight. Two things I need from you.", known=(review,))) == []


def test_a_future_call_closes_nothing() -> None:
    assert closed(run("I'll ring Lotus tomorrow.", known=(KnownTask(9, "Call Lotus", LARS.email),))) == []


@pytest.mark.parametrize("text", ["Review done.", "I have completed the review.", "The review is done."])
def test_the_work_named_by_its_noun_is_the_writers_task_of_that_work(text: str) -> None:
    review = KnownTask(3, "Review the design document", LARS.email)
    test = KnownTask(5, "Test the VPN connection", LARS.email)
    assert closed(run(text, known=(review, test))) == [3]


def test_the_work_named_by_its_noun_needs_the_writers_own_single_task() -> None:
    theirs = KnownTask(3, "Review the design document", SAM.email)
    assert closed(run("Review done.", known=(theirs,))) == []
    two = (KnownTask(3, "Review the design document", LARS.email), KnownTask(6, "Review the budget", LARS.email))
    assert closed(run("Review done.", known=two)) == []
    assert closed(run("Review is scheduled for Friday.", known=two[:1])) == []


@pytest.mark.parametrize("text", ["All done on my side.", "Done from my end!", "Done here."])
def test_done_on_my_side_closes_the_writers_task_on_the_thread(text: str) -> None:
    mine = KnownTask(1, "Review the design document", LARS.email)
    assert closed(run(text, known=(mine,), thread=(1,))) == [1]


def test_done_here_with_more_to_say_closes_nothing() -> None:
    mine = KnownTask(1, "Review the design document", LARS.email)
    assert closed(run("Done here, but the rest is waiting.", known=(mine,), thread=(1,))) == []


@pytest.mark.parametrize(("question", "reply"), [
    ("Javier, how long do you need for the three certificates?", "Hi Carmen,\n\nTwo days for all three."),
    ("Pieter, how many hours do you reckon the audit really needs?", "Thandi,\nAround 14 hours, maybe 16."),
    ("When can you send the files?", "Hi Sam,\n\nFriday at the latest."),
    ("How much budget is left for photography?", "Hi all,\n\n£900, give or take."),
])
def test_an_amount_or_a_time_answers_how_long_how_many_or_when(question: str, reply: str) -> None:
    assert answers(question, reply)


@pytest.mark.parametrize(("question", "reply"), [
    ("How many hours do you need?", "Hi,\n\nThe homepage is done, see attached."),
    ("When can you send the files?", "Hi Sam,\n\nThanks for the update!"),
    ("Do we have budget for a photographer?", "Hi,\n\nTwo things first."),
    ("When you get a chance, could you check the logo?", "Hi,\n\n3 more logos are coming."),
])
def test_an_amount_answers_only_a_question_after_one(question: str, reply: str) -> None:
    assert not answers(question, reply)


# ------------------------------------------------------------ timecoded feedback notes (video, audio)

NOTES = """Hi Sam,

Thanks for v1, consolidated notes below:

0:04 – please swap the logo for the new wordmark (attached, SVG). The one in the animatic is the old one.
0:12 – the balance on the phone screen says €999,999 which looks a bit silly. Can we use something realistic like €1,240.50?
0:27 – the wipe into the café scene is quite abrupt, could we have a smoother transition?
0:52 – end card is grand as is.

When can we expect v2?"""


def test_each_timecoded_note_that_asks_for_a_change_is_one_task_titled_by_the_note() -> None:
    out = run(NOTES)
    assert [(t.title, t.owner, t.rule) for t in out.tasks] == [
        ("0:04 – swap the logo for the new wordmark (attached, SVG)", SAM.email, "natural:timecoded-note"),
        ("0:12 – the balance on the phone screen says €999,999 which looks a bit silly. Can we use something realistic like €1,240.50",
         SAM.email, "natural:timecoded-note"),
        ("0:27 – the wipe into the café scene is quite abrupt, could we have a smoother transition", SAM.email,
         "natural:timecoded-note"),
    ]
    # the notes' requests are no open questions; the real question stays one
    assert [q.text for q in out.questions] == ["When can we expect v2?"]


def test_a_changelog_at_the_same_timecodes_closes_those_notes_from_the_side_that_makes_the_cut() -> None:
    notes = (KnownTask(1, "0:12 – the balance on the phone screen says €999,999", SAM.email),
             KnownTask(2, "0:27 – could we have a smoother transition", SAM.email),
             KnownTask(3, "0:40 – the VO is too fast", SAM.email))
    log = "Hi Lars,\n\nWhat's changed since v1:\n0:04 – new wordmark\n0:12 – the balance now reads €1,240.50\n00:27 – smoother transition"
    assert sorted(closed(run(log, SAM, notes))) == [1, 2]
    # the client's next note at the same timecode asks again: nothing closes
    assert closed(run("Hi Sam,\n\n0:12 – still too small, can you make it bigger?", LARS, notes)) == []


def test_both_fixed_closes_the_writers_two_open_tasks_on_the_thread() -> None:
    two = (KnownTask(1, "12:40 – can you cut the bit", SAM.email), KnownTask(2, "31:05 – the ad read is loud", SAM.email))
    assert sorted(closed(run("both fixed ✅ final master is in /final, ad read is down 3dB.", SAM, two, thread=(1, 2)))) == [1, 2]
    assert closed(run("both fixed ✅", SAM, two[:1], thread=(1,))) == []
    assert closed(run("both fixed ✅", SAM, two, thread=())) == []


# ------------------------------------------------------------ formal requests and their objects

@pytest.mark.parametrize(("text", "title", "due"), [
    (("Dear Sam,\n\nIt would be appreciated if you could send us your current record of processing activities by Friday 6 November, "
     "so that we can review them."), "Send us your current record of processing activities", "2026-11-06"),
    (("Dear Sam,\n\nit would be appreciated if section 6 (Flexible Work Arrangements) could be aligned with our Group Hybrid "
     "Working Policy."), "Align section 6 with our Group Hybrid Working Policy", None),
    ("Dear Sam,\n\nWe would be grateful if the invoice could be reissued by Friday.", "Reissue the invoice", "2026-11-06"),
    (("Dear Sam,\n\nPlease also find attached our engagement letter. It would be appreciated if you could sign and return it by "
     "Wednesday 4 November."), "Sign and return our engagement letter", "2026-11-04"),
    ("Dear Sam,\n\nI attach the invitation; could you kindly forward it to her?", "Forward the invitation to her", None),
    (("Dear Sam,\n\nThe only thing we need is a signed landowner consent letter. Sam, could you sign the attached and send it back "
     "by Tuesday 10/11?"), "Sign the signed landowner consent letter and send it back", "2026-11-10"),
    ("Dear Sam,\n\nCould you please confirm by Monday 9 November which of the two options suits you?",
     "Confirm which of the two options suits you", "2026-11-09"),
    ("Hi Sam,\n\nCould you let me know your favourite voice by Thursday 12/11?", "Let me know your favourite voice", "2026-11-12"),
    ("Hi Sam,\n\nCould you give it a once-over tomorrow morning before it goes to the client?",
     "Give it a once-over before it goes to the client", "2026-11-03"),
    ("Hi Lars,\n\nAll three changes are fine and they'll all be in v2, which will be with you by Wednesday 11/11.",
     "Deliver v2", "2026-11-11"),
])
def test_a_formal_or_indirect_request_names_its_work(text: str, title: str, due: str | None) -> None:
    author = SAM if "Hi Lars" in text else LARS
    tasks = run(text, author).tasks
    assert [(t.title, t.due.isoformat() if t.due else None) for t in tasks] == [(title, due)]


@pytest.mark.parametrize("text", [
    "Dear Sam,\n\nKindly revert at the earliest.",
    "Dear Sam,\n\nour compliance team has to approve the regulatory line on the end card.",
    "Dear Sam,\n\nCould you confirm which option you prefer?",
])
def test_no_task(text: str) -> None:
    assert run(text).tasks == []


def test_a_fronted_object_is_what_the_pronoun_takes_up_and_a_dutch_latest_is_by() -> None:
    tasks = run("Dear Sam,\n\nThe ROPA I will send it latest Friday, I must still add the part about our new warehouse system.").tasks
    assert [(t.title, t.due.isoformat() if t.due else None) for t in tasks] == [("Send the ROPA", "2026-11-06")]


def test_a_promise_to_revert_on_an_asked_thing_is_that_task() -> None:
    asked = KnownTask(5, "Confirm the attendees", LARS.email, datetime(2026, 11, 5).date())
    assert run("Dear Sam,\n\nI will revert on the focus group attendees by Thursday.", known=(asked,)).tasks == []


def test_a_deadline_in_brackets_is_what_is_docketed_not_when() -> None:
    tasks = run("Hi Lars,\n\n1. Please docket the UKIPO response deadline (16 November 2026) and the priority deadline.", SAM).tasks
    assert [(t.title, t.due) for t in tasks] == [("Docket the UKIPO response deadline (16 November 2026) and the priority deadline", None)]


# ------------------------------------------------------------ closures said in passing

@pytest.mark.parametrize(("title", "owner", "author", "text"), [
    ("Upload her wav to the folder", SAM, LARS, "ep 14 first edit is up in the Drive 🎧 thanks for the wav Sam, massive difference."),
    ("Send Mark a quick mic checklist before the day", SAM, LARS, "Mark was great, and he said thanks for the mic checklist, it helped loads"),
    ("Sign off the questions", SAM, LARS, "Sam signed off the questions last fri btw, forgot to say"),
    ("Do the audiogram clips again, 3 x 30s", LARS, LARS, "audiogram clips are in /clips – 3 x 30s, one on naps."),
])
def test_work_reported_in_passing_closes_its_task(title: str, owner: Person, author: Person, text: str) -> None:
    assert closed(run(text, author, (KnownTask(8, title, owner.email),))) == [8]


# ------------------------------------------------------------ decisions and their reasons

@pytest.mark.parametrize(("text", "summary", "why"), [
    ("Yes, go with the stacked wordmark at 0:12, the thin one just disappears on a phone screen.",
     "Go with the stacked wordmark at 0:12", "the thin one just disappears on a phone screen"),
    ("We're going to shoot on the FX6 rather than the FX3s, we need the longer record times for the interviews.",
     "Shoot on the FX6 rather than the FX3s", "we need the longer record times for the interviews"),
    ("We're going with Róisín – she sounds warm without being twee.", "Go with Róisín", "she sounds warm without being twee"),
    ("Hi Sam, we'll skip the 9:16 for now – budget is tight this quarter.", "Skip the 9:16 for now", "budget is tight this quarter"),
    ("No need to stop the line – we'll record the interviews in the canteen instead, it's much quieter in there.",
     "Record the interviews in the canteen instead", "it's much quieter in there"),
    ("Legal have decided we'll use our own release form rather than yours, as ours covers POPIA and UK GDPR.",
     "Use our own release form rather than yours", "ours covers POPIA and UK GDPR"),
    ("Riverside all the way – it records everyone locally.", "Go with Riverside", "it records everyone locally"),
])
def test_a_course_and_its_reason(text: str, summary: str, why: str) -> None:
    decisions = run(text).decisions
    assert [(d.summary, d.rationale) for d in decisions][:1] == [(summary, why)]


@pytest.mark.parametrize("text", ["We're skipping the standup today.", "I'll send it on Monday instead."])
def test_not_a_course(text: str) -> None:
    assert run(text).decisions == []


# ------------------------------------------------------------ answers

def test_a_when_question_is_answered_by_a_sentence_dating_its_thing() -> None:
    reply = ("Hi Aoife,\n\nAll three changes are fine and they'll all be in v2, which will be with you by Wednesday 11/11.\n\n"
             "Cian, on the cut-downs: the 1:1 is included.")
    assert answers("When can we expect v2?", reply)
    assert not answers("When can we expect v2?", "Hi Aoife,\n\nThe logo is done by Friday.")


@pytest.mark.parametrize(("title", "reply"), [
    ("Confirm which of the two options suits you", "Regarding the interviews, we have chosen for option 2."),
    ("Let me know your favourite voice", "We're going with Róisín – she sounds warm without being twee."),
])
def test_the_choice_asked_for_settles_the_request(title: str, reply: str) -> None:
    assert settles_request(title, reply)


@pytest.mark.parametrize(("text", "summary", "why"), [
    ("Honestly, we would rather go for the two-year request of $75,000, because the second year keeps the Saturday program going.",
     "Go with the two-year request of $75,000", "the second year keeps the Saturday program going"),
    (("We voted by email over the weekend to make the Riverwest program the focus rather than the summer camp, because it's the "
     "program the officer came to see."), "Make the Riverwest program the focus rather than the summer camp",
     "it's the program the officer came to see"),
    ("We also voted to open the gates at 5pm instead of 4pm.", "Open the gates at 5pm instead of 4pm", None),
    ("We agreed last night to put the crew in our orange vests rather than their black jackets, so visitors can spot them in the dark.",
     "Put the crew in our orange vests rather than their black jackets", "visitors can spot them in the dark"),
    ("We decided to hold the Android version and publish both on Monday 30 November, so the app appears in the two stores on the same day.",
     "Hold the Android version and publish both on Monday 30 November", "the app appears in the two stores on the same day"),
    ("We've agreed they'll do the canapés in-house, so the tender only needs to cover the dinner.",
     "They'll do the canapés in-house", None),
    ("We've decided to personalize the ask amounts off last gift. Last year's flat $50 ask underperformed with our bigger donors.",
     "Personalize the ask amounts off last gift", "Last year's flat $50 ask underperformed with our bigger donors"),
    ("Hi Karim, let's drop the delivery, the Uber commission eats all the margin on the small orders.",
     "Drop the delivery", "the Uber commission eats all the margin on the small orders"),
])
def test_a_voted_preferred_or_agreed_course_and_its_reason(text: str, summary: str, why: str | None) -> None:
    assert [(d.summary, d.rationale) for d in run(text).decisions] == [(summary, why)]


def test_an_order_picks_a_side_of_the_open_either_or_question_and_the_next_sentence_says_why() -> None:
    ctx = ExtractionContext(author=LARS, sent_at=MONDAY, members=MEMBERS, to=(SAM.email,),
                            open_questions=("Do you want them included or dropped?",))
    out = extract("Hi Sam,\n\nDrop the lapsed ones. The cost per piece isn't worth it for people who haven't given in three years.", ctx)
    assert [(d.summary, d.rationale, d.rule) for d in out.decisions] == [
        ("Drop the lapsed ones", "The cost per piece isn't worth it for people who haven't given in three years",
         "natural:either-or-answer")]


def test_what_was_agreed_before_and_handed_over_now_is_no_decision() -> None:
    assert run("Good morning. As we agreed in the call of last Thursday, I send you the plan for the project.").decisions == []


def test_the_whole_thing_by_a_new_day_moves_the_writers_one_dated_task() -> None:
    budget = KnownTask(1, "Fill in the organizational budget and program budget tabs", LARS.email, datetime(2026, 11, 11).date())
    out = run("Meredith,\n\nBudget template is about 80% done.\n\nRealistically I'll have the whole thing to you Monday the 16th, "
              "not Wednesday. Apologies.", known=(budget,), thread=(1,))
    assert out.tasks == []
    assert [(c.task_id, c.new_due.isoformat() if c.new_due else None) for c in out.changes] == [(1, "2026-11-16")]


def test_if_you_could_with_what_it_would_allow_is_a_request() -> None:
    tasks = run("Dear Lars,\n\nIf you could get her letter to us by Friday the 20th, that would give Josh time to quote from it.", SAM).tasks
    assert [(t.title, t.owner, t.due.isoformat() if t.due else None) for t in tasks] == [
        ("Get her letter to us", LARS.email, "2026-11-20")]
    assert run("Dear Lars,\n\nIf you could make it on Friday, it would be lovely to see you.", SAM).tasks == []


def test_a_named_member_with_an_apposition_commits_to_the_work() -> None:
    tasks = run("Dear Lars,\n\n1. Site survey: Sam Lee, our field technician, will do the site survey on Thursday 5 November.", SAM).tasks
    assert [(t.title, t.owner, t.due.isoformat() if t.due else None) for t in tasks] == [
        ("Do the site survey", SAM.email, "2026-11-05")]
