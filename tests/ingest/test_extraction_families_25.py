"""Families added on 2026-12-06 (twenty-fourth session) from the scenario sets fresh117-120,
read once fresh121-124 were written to take their place as the held-out pool: a list of
decisions under "we have decided two things:", a deliverable with an aside before its date,
requests passed on ("Hessa asked if you could ..."), put politely to a named person, or asked
as "may we request for ...", a date swapped on the other side's work, a question said in two,
rhetorical questions of exasperation, and what is no task or decision.  Positive probes must
fire with the right fields; negative probes must not."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from extraction_probe import JANE, MEMBERS, PRIYA, SAM, TOM, run

from ingest.addressing import member_index
from ingest.answers import answers
from ingest.extraction import KnownTask, Person
from ingest.text_segments import units_from_lines

# ---- decisions


def test_each_bullet_under_a_decided_lead_is_a_decision() -> None:
    text = ("Dear Sam,\n\nAfter the meeting on Tuesday we have also decided two things:\n"
            "- We start the portal with Italy and Germany only. France will come in the second phase, because our "
            "contract with the French distributor expires only in March.\n"
            "- The minimum order for the resellers stays at 500 € per order.\n\nBest regards,\nJane")
    found = run(text)
    assert [(d.summary, d.rationale, d.rule) for d in found.decisions] == [
        ("We start the portal with Italy and Germany only. France will come in the second phase",
         "our contract with the French distributor expires only in March", "natural:decision-list"),
        ("The minimum order for the resellers stays at 500 € per order", None, "natural:decision-list"),
    ]


def test_an_action_under_an_agreed_lead_stays_a_task() -> None:
    text = ("Hi Sam,\n\nWe agreed on the following:\n- We launch on 3 December.\n"
            "- Priya will send the access by Friday.\n")
    found = run(text, author=TOM)
    assert [d.summary for d in found.decisions] == ["We launch on 3 December"]
    assert [(t.owner, t.due) for t in found.tasks] == [(PRIYA.email, date(2026, 11, 6))]


def test_bullets_without_a_decided_lead_are_no_decisions() -> None:
    text = "Hi Sam,\n\nNotes from today:\n- The minimum order stays at 500 euro.\n- The blog is out of scope.\n"
    assert run(text).decisions == []


@pytest.mark.parametrize(("text", "summary", "why"), [
    (("This time we will do the renders in-house instead of sending them to Karim, since the timeline is too short "
     "for outsourcing."), "Do the renders in-house instead of sending them to Karim", "the timeline is too short for outsourcing"),
    ("We'll do the photos ourselves instead of hiring a photographer, the budget for this phase is too tight for that.",
     "Do the photos ourselves instead of hiring a photographer", "the budget for this phase is too tight for that"),
    ("Let's go with blue, the green is too dark.", "Go with blue", "the green is too dark"),
])
def test_work_kept_in_house_is_a_decision_with_its_reason(text: str, summary: str, why: str) -> None:
    found = run(text, author=PRIYA, to=(SAM.email,))
    assert [(d.summary, d.rationale) for d in found.decisions] == [(summary, why)]
    assert found.tasks == []


def test_next_time_is_a_pleasantry_not_a_decision() -> None:
    assert run("I am glad you liked the cabrito, next time we go for carne asada.").decisions == []


# ---- tasks


def test_a_deliverable_with_an_aside_before_its_date() -> None:
    text = ("Hi Sam\n\nWhat we need for the launch:\n\n1. A first draft of the exterior render, the street view from "
            "the corner of Albert Road and Lower Main, by Friday 6 November please. This one goes on the hoarding.\n")
    found = run(text)
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [
        ("A first draft of the exterior render", SAM.email, date(2026, 11, 6))]


@pytest.mark.parametrize(("text", "title"), [
    ("Also, Tom asked if you could propose an outdoor seating option for the terrace area as well.",
     "Propose an outdoor seating option for the terrace area"),
    ("Tom asked whether you can send the floor plan by Friday.", "Send the floor plan"),
    ("We also need your proposal for the numbering scheme of the spare parts.",
     "Provide your proposal for the numbering scheme of the spare parts"),
    ("We need also your proposal for the numbering scheme.", "Provide your proposal for the numbering scheme"),
])
def test_requests_passed_on_or_needed_too(text: str, title: str) -> None:
    found = run(text)
    assert [(t.title, t.owner) for t in found.tasks] == [(title, SAM.email)]


def test_a_polite_request_to_a_named_person() -> None:
    found = run("It would be very kind if Priya could prepare a first proposal for the touch table texts, as she offered.")
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [
        ("Prepare a first proposal for the touch table texts", PRIYA.email, None)]


def test_may_we_request_for_a_thing_by_a_day() -> None:
    found = run("Also, may we request for Zendesk admin access for Priya by Tuesday, 10.11.?", author=SAM, to=(TOM.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [
        ("Zendesk admin access for Priya", TOM.email, date(2026, 11, 10))]
    assert found.questions == []


def test_a_colleague_from_a_named_team_promises() -> None:
    found = run("Tom from our Tokyo CS team will send you the product manual by this Wednesday.")
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [("Send you the product manual", TOM.email, date(2026, 11, 4))]


def test_the_next_list_item_does_not_date_the_one_before() -> None:
    text = ("Dear Sam,\n\nWe would be grateful if you could kindly arrange the following.\n\n"
            "1. Please share with us the training schedule of your agents.\n"
            "2. Tom will send you the product manual and our return policy by this Wednesday.\n")
    found = run(text)
    assert [(t.title, t.due) for t in found.tasks] == [
        ("Share with us the training schedule of your agents", None),
        ("Send you the product manual and our return policy", date(2026, 11, 4))]


def test_an_austrian_title_before_a_surname_names_the_member() -> None:
    gruber = Person("f.gruber@museum.at", "Franz Gruber", "client", "Europe/Vienna", "DMY")
    dimaio = Person("l.dimaio@museum.at", "Luca Di Maio", "client", "Europe/Vienna", "DMY")
    index = member_index((*MEMBERS, gruber, dimaio))
    assert (index.lookup("DI Gruber"), index.lookup("Di Maio"), index.lookup("Mag. Gruber")) == (
        gruber.email, dimaio.email, gruber.email)


def test_yes_we_can_do_them_answers_and_promises_nothing() -> None:
    found = run("Regarding your question on the holidays: yes, we can cover them, including 23.11. "
                "We will have two agents on duty that day.", author=SAM, to=(JANE.email,))
    assert found.tasks == []
    assert [t.due for t in run("Yes, we can send it by Friday.", author=SAM, to=(JANE.email,)).tasks] == [date(2026, 11, 6)]


# ---- dates and closing


def test_the_day_said_first_dates_that_day_and_names_known_work() -> None:
    known = (KnownTask(5, "Send you the first design concept for the front page", PRIYA.email, date(2026, 11, 11)),)
    found = run("Of course. Tuesday 17/11 it is – Priya will send the concept to both of you that day.", author=SAM,
                to=(JANE.email,), known=known, thread=(5,), sent_at=datetime.fromisoformat("2026-11-10T10:00:00+01:00"))
    assert found.tasks == []
    assert [(c.task_id, c.new_due) for c in found.changes] == [(5, date(2026, 11, 17))]


@pytest.mark.parametrize(("text", "title", "old", "new"), [
    ("So we're going to have to ask y'all to hold onto the tanks and deliver Monday the 30th instead of the 23rd.",
     "Deliver the four fermenters at your brewery", date(2026, 11, 23), date(2026, 11, 30)),
    ("Therefore please send the sample not until 13.11. but until Wednesday, 18.11.2026.",
     "Send us a first sample of 5 converted assemblies", date(2026, 11, 13), date(2026, 11, 18)),
])
def test_the_other_sides_work_moved_off_its_day(text: str, title: str, old: date, new: date) -> None:
    known = (KnownTask(5, title, SAM.email, old),)
    found = run(text, known=known, sent_at=datetime.fromisoformat("2026-11-05T09:00:00+01:00"))
    assert [(c.task_id, c.new_due) for c in found.changes] == [(5, new)]


def test_a_proposed_day_after_bad_news_on_the_thing_moves_it() -> None:
    known = (KnownTask(5, "Send the new photos from the Collingwood shoot", JANE.email, date(2026, 11, 13)),)
    found = run("Hi Sam,\n\nBit of bad news on the photos sorry – our photographer's been crook all week. "
                "Would Wed 18th still work for you guys?", known=known, thread=(5,),
                sent_at=datetime.fromisoformat("2026-11-10T07:55:00+11:00"))
    assert [(c.task_id, c.new_due) for c in found.changes] == [(5, date(2026, 11, 18))]
    assert found.questions == []


@pytest.mark.parametrize("text", [
    "Priya has finished the farmer stories, so they will be part of the concept.",
    "Priya is back from the shoot and has finished the farmer stories, so they will be part of the concept.",
])
def test_a_colleague_finished_the_work(text: str) -> None:
    known = (KnownTask(7, "Draft the farmer stories for the three lots", PRIYA.email, date(2026, 11, 12)),)
    found = run(text, author=SAM, to=(JANE.email,), known=known)
    assert [(c.task_id, c.status) for c in found.changes] == [(7, "done")]


# ---- questions


def test_a_question_said_in_two_is_one() -> None:
    found = run("Sam, do we already know the loading dock rules of the mall? Is it only at night?", author=PRIYA)
    assert [q.text for q in found.questions] == [
        "Do we already know the loading dock rules of the mall? Is it only at night?"]


def test_a_labelled_question_is_asked_not_a_request() -> None:
    found = run("One question in advance: will you deliver the native files in Creo 9? This is our version.")
    assert found.tasks == []
    assert [q.addressed_to for q in found.questions] == [SAM.email]


@pytest.mark.parametrize("text", [
    "I swear, is there a single electrician in this county who shows up on time?",
    "Isn't it typical that everything happens in the one week when I am away?",
    "Honestly, who made their current website, a time traveller from 2005?",
    "Summer is here, and who wants to sit on plastic chairs when it's 38 degrees?",
    "Why to spend effort on a machine that will be redesigned anyway?",
])
def test_exasperation_asks_nothing(text: str) -> None:
    assert run(text).questions == []


@pytest.mark.parametrize("text", [
    "Honestly, what do you think of the logo?",
    "Is there a single date that works for everyone next week?",
    "Who wants to join the call on Friday?",
])
def test_real_questions_with_the_same_words_still_ask(text: str) -> None:
    assert len(run(text).questions) == 1


def test_ourselves_answers_yourselves_or_a_partner() -> None:
    assert answers("do you ship to the US yourselves, or through a fulfilment partner?",
                   "Hi Mette,\n\nThanks for the recap. Ourselves, from the warehouse.")


def test_asked_on_is_not_answered() -> None:
    assert not answers("does the mall allow to cover the shop window with a teaser vinyl before the opening?",
                       "About the teaser vinyl, I asked the mall's marketing team this morning, they usually take "
                       "some days to answer.")


def test_list_items_are_their_own_units() -> None:
    lines = ["1. Please share the schedule.", "2. Tom will send the manual."]
    assert [u.line_no for u in units_from_lines(list(enumerate(lines)))] == [0, 1]


# ---- probes of my own (not from any set): stock shapes of requests, handovers, date asks


@pytest.mark.parametrize("text", [
    "We would appreciate receiving the signed contract by Friday.",
    "We count on you for the signed contract by Friday.",
    "We expect the signed contract from you by Friday.",
    "Awaiting the signed contract by Friday.",
    "Grateful if you could send the signed contract by Friday.",
    "Hoping to get the signed contract by Friday.",
    "Any chance of getting the signed contract by Friday?",
    "Could I trouble you for the signed contract by Friday?",
])
def test_a_thing_asked_for_by_a_day(text: str) -> None:
    found = run(text)
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [("Send the signed contract", SAM.email, date(2026, 11, 6))]


def test_would_you_be_so_kind() -> None:
    assert [(t.title, t.owner) for t in run("Would you be so kind to send the signed contract?").tasks] == [
        ("Send the signed contract", SAM.email)]


@pytest.mark.parametrize("text", [
    "We expect the weather to improve by Friday.",
    "We expect a lot of visitors by the end of the month.",
    "We expect the first guests to arrive by 6 pm.",
    "Do let us know if you need anything.",
])
def test_expectations_ask_for_nothing(text: str) -> None:
    assert run(text).tasks == []


@pytest.mark.parametrize("text", [
    "Enclosed you find the product export.",
    "Sharing the product export with you here.",
    "You can find the product export in our Dropbox.",
    "Sending you the product export.",
])
def test_handed_over_in_other_words(text: str) -> None:
    known = (KnownTask(3, "Send us the product export from the current shop", JANE.email, date(2026, 11, 5)),)
    assert [(c.task_id, c.status) for c in run(text, known=known).changes] == [(3, "done")]


@pytest.mark.parametrize("text", [
    "Sending you the product export tomorrow.",
    "We are sharing the product export with the board next week.",
])
def test_handing_over_later_is_not_done(text: str) -> None:
    known = (KnownTask(3, "Send us the product export from the current shop", JANE.email, date(2026, 11, 5)),)
    assert run(text, known=known).changes == []


@pytest.mark.parametrize("text", [
    "Is it fine for you if we deliver the storyboard on Wednesday 18/11?",
    "Do you mind if we send it on Wednesday 18 November?",
    "Could you live with Wednesday the 18th for the storyboard?",
    "How about Wednesday 18/11 for the storyboard?",
    "What do you think about moving the storyboard to 18.11.?",
    "Can you accept a new date of 18 November for the storyboard?",
])
def test_a_later_day_put_up_for_the_writers_work(text: str) -> None:
    known = (KnownTask(3, "Send you the storyboard", SAM.email, date(2026, 11, 13)),)
    found = run(f"Dear Jane,\n\nOur animator is ill this week. {text}\n\nBest, Sam", author=SAM, to=(JANE.email,),
                known=known, thread=(3,))
    # (moved, or put up for the reader's yes)
    assert [(c.task_id, c.new_due or c.proposed_due) for c in found.changes] == [(3, date(2026, 11, 18))]
    assert found.questions == []


@pytest.mark.parametrize("text", ["How about a call on Wednesday?", "Do you mind if we send it on Wednesday?"])
def test_a_day_asked_about_without_moving_the_work_still_asks(text: str) -> None:
    known = (KnownTask(3, "Send you the storyboard", SAM.email, date(2026, 11, 13)),)
    found = run(text, author=SAM, to=(JANE.email,), known=known, thread=(3,))
    assert found.changes == [] and len(found.questions) == 1


@pytest.mark.parametrize("text", [
    "Let's have a quick call on Tuesday to go through it.",
    "I prefer the first one personally, but it is your call.",
    "We are going with the flow here.",
    "We agreed to disagree on the colour.",
    "I'll go with whatever you think is best.",
    "We went with the cheaper courier last time and regretted it.",
    "We keep our fingers crossed.",
    "Let's make it happen!",
    "Let's not forget the deadline.",
])
def test_the_words_of_a_choice_choosing_nothing(text: str) -> None:
    assert run(text).decisions == []


@pytest.mark.parametrize("text", [
    "Where did November go?", "Could the timing be any worse?", "Why does this always happen on a Friday?",
    "What could be better than coffee on a Monday?", "How did we ever manage without it?", "Why fix what isn't broken?",
    "Is it Friday yet?", "What is the worst that can happen?", "Why didn't we think of this earlier?", "What are the odds?",
])
def test_more_stock_rhetorical_questions(text: str) -> None:
    assert run(f"Thanks for the update. {text}").questions == []


@pytest.mark.parametrize("text", [
    "What are the odds of getting the permit by Friday?", "Could the banner be any bigger?",
    "Why is the staging site always down in the morning?",
])
def test_real_questions_near_the_stock_ones(text: str) -> None:
    assert len(run(text).questions) == 1


@pytest.mark.parametrize(("text", "title"), [
    ("We will also need the logo files in vector format.", "Provide the logo files in vector format"),
    ("We would also like to receive a quotation for the LED lightbox.", "Provide a quotation for the LED lightbox"),
    ("We would like to receive a quotation for the LED lightbox.", "Provide a quotation for the LED lightbox"),
    ("Also I would need the floor plan with the dimensions.", "Provide the floor plan with the dimensions"),
])
def test_a_thing_needed_too_without_a_day(text: str, title: str) -> None:
    assert [(t.title, t.owner, t.due) for t in run(text).tasks] == [(title, SAM.email, None)]


@pytest.mark.parametrize("text", ["We will need the logo files.", "We also need to think about the launch."])
def test_a_need_without_also_or_a_day_asks_nothing(text: str) -> None:
    assert run(text).tasks == []


@pytest.mark.parametrize(("author", "text", "task_id"), [
    (PRIYA, "Staging server set up, credentials in the vault.", 3),
    (PRIYA, "The staging server is now available at staging.example.com.", 3),
    (SAM, "Installation crew confirmed for 1-3 December.", 5),
    (JANE, "Find our brand guidelines in the link below.", 4),
    (JANE, "You can download the brand guidelines here: https://example.com/brand.pdf", 4),
])
def test_done_said_tersely_or_with_a_link(author: Person, text: str, task_id: int) -> None:
    known = (KnownTask(3, "Set up the staging server", PRIYA.email, date(2026, 11, 5)),
             KnownTask(4, "Send us the brand guidelines", JANE.email, date(2026, 11, 4)),
             KnownTask(5, "Book the installation crew for 1 to 3/12", SAM.email, date(2026, 11, 6)))
    found = run(text, author=author, to=(JANE.email if author != JANE else SAM.email,), known=known)
    assert [(c.task_id, c.status) for c in found.changes] == [(task_id, "done")]


@pytest.mark.parametrize("text", ["The staging server is available next week.", "Staging server set up will take two days."])
def test_not_yet_available_is_not_done(text: str) -> None:
    known = (KnownTask(3, "Set up the staging server", PRIYA.email, date(2026, 11, 5)),)
    assert run(text, author=PRIYA, known=known).changes == []


@pytest.mark.parametrize(("text", "summary"), [
    ("We confirm the oak version for the frames.", "Go with the oak version for the frames"),
    ("The kids corner will be removed from the layout.", "The kids corner will be removed from the layout"),
    ("We decline the extended warranty.", "Decline the extended warranty"),
    ("Instead of a dropdown we will use a free-text field.", "Use a free-text field"),
])
def test_choices_said_without_deciding_words(text: str, summary: str) -> None:
    assert [d.summary for d in run(text).decisions] == [summary]


@pytest.mark.parametrize("text", [
    "Instead of Friday we will send it on Monday.", "We confirm the meeting on Tuesday.",
    "The samples will arrive on Monday instead of Friday.",
])
def test_a_day_changed_or_confirmed_is_no_choice(text: str) -> None:
    assert run(text).decisions == []


@pytest.mark.parametrize(("question", "reply", "answered"), [
    ("Do we still have the 12.5 mm nozzle from the Aqualine project?", "Hi,\n\nThe nozzle is still in the lab, top shelf.", True),
    ("Do we still have the nozzle?", "Hi,\n\nI will check the lab tomorrow.", False),
    ("What is the budget for the launch event?", "Hi Sam,\n\nWe have 15,000 EUR for the event.", True),
])
def test_the_thing_or_the_amount_asked_about(question: str, reply: str, answered: bool) -> None:
    assert answers(question, reply) is answered


def test_a_colleague_named_by_the_family_name_alone() -> None:
    yumi = Person("y.takahashi@hanabishi.co.jp", "Yumi Takahashi", "client", "Asia/Tokyo", "YMD")
    kenji = Person("k.nakamura@hanabishi.co.jp", "Kenji Nakamura", "client", "Asia/Tokyo", "YMD")
    index = member_index((*MEMBERS, yumi, kenji))
    assert (index.lookup("Takahashi"), index.lookup("Nakamura"), index.lookup("Ward")) == (yumi.email, kenji.email, TOM.email)


def test_a_shared_family_name_alone_names_nobody() -> None:
    ann = Person("ann.ward@client.com", "Ann Ward", "client", "Europe/London", "DMY")
    assert member_index((*MEMBERS, ann)).lookup("Ward") is None


@pytest.mark.parametrize("text", [
    "For the Zendesk, Tom already sent the admin invitation to Ms. Shah yesterday.",
    "For the Zendesk access, Tom already sent the invitation to Priya yesterday.",
])
def test_done_work_under_a_topic_said_first(text: str) -> None:
    known = (KnownTask(3, "Zendesk admin access for Priya", JANE.email, date(2026, 11, 10)),)
    assert [(c.task_id, c.status) for c in run(text, known=known).changes] == [(3, "done")]


def test_need_also_the_thing() -> None:
    found = run("- We need also the quotation for the LED lightbox of the window.")
    assert [(t.title, t.owner) for t in found.tasks] == [("Provide the quotation for the LED lightbox of the window", SAM.email)]


def test_the_writer_takes_on_work_asked_of_two() -> None:
    known = (KnownTask(3, "Prepare also a proposal for the German version of the portal", None, None),)
    found = run("Dear Jane,\n\nGerman version is noted, we will prepare the proposal.", author=SAM, to=(JANE.email,),
                known=known, thread=(3,))
    assert [(t.title, t.owner, t.rule) for t in found.tasks] == [
        ("Prepare also a proposal for the German version of the portal", SAM.email, "natural:takes-on")]
    assert found.changes == []


@pytest.mark.parametrize("text", [
    "Monday 30th is fine for us, we keep the tanks in our warehouse without cost for you.",
    "Sorry for the delay, I prefer to send you something correct rather than something fast.",
])
def test_a_courtesy_is_no_decision(text: str) -> None:
    assert run(text, author=SAM, to=(JANE.email,)).decisions == []


def test_a_thing_wanted_sent_somewhere() -> None:
    found = run("We'd also like finish samples of the light oil and the natural teak couriered to our office in "
                "Fremantle. No rush on those, whenever they're ready.")
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [
        ("Courier finish samples of the light oil and the natural teak to our office in Fremantle", SAM.email, None)]


def test_the_topic_said_first_is_what_them_sends() -> None:
    found = run("For the finish samples (light oil and natural), we will courier them to your office by Friday 13/11.",
                author=SAM, to=(JANE.email,))
    assert [(t.title, t.due) for t in found.tasks] == [("Courier the finish samples to your office", date(2026, 11, 13))]
    known = (KnownTask(3, "Courier finish samples of the light oil and the natural teak to our office", SAM.email, None),)
    found = run("For the finish samples (light oil and natural), we will courier them to your office by Friday 13/11.",
                author=SAM, to=(JANE.email,), known=known, thread=(3,))
    assert found.tasks == [] and [(c.task_id, c.new_due) for c in found.changes] == [(3, date(2026, 11, 13))]


def test_a_condition_on_a_topic_sends_nothing() -> None:
    text = "About the ship date: if you sign off before 18/12, we can ship on 20/1, before the holiday."
    assert run(text, author=SAM, to=(JANE.email,)).tasks == []


@pytest.mark.parametrize("text", [
    "Does that sound good?", "How was Lisbon?", "Did you get home safely?", "Who is up for a beer after the launch?",
    "Can we celebrate now?", "Have I told you how much we like it?", "Is it just me or is this week flying?",
    "Are you all surviving the heat?",
])
def test_small_talk_and_banter_ask_nothing(text: str) -> None:
    assert run(f"Thanks for the update. {text}").questions == []


@pytest.mark.parametrize("text", ["Does that sound good for the invoice date?", "Did you get the files?"])
def test_real_questions_near_the_small_talk(text: str) -> None:
    assert len(run(text).questions) == 1


@pytest.mark.parametrize("text", [
    "Would it be possible for you to deliver the storyboard a few days later, on 18/11?",
    "Is the 18th also possible for you?",
])
def test_asking_whether_a_later_day_is_possible_is_the_move(text: str) -> None:
    known = (KnownTask(3, "Send you the storyboard", SAM.email, date(2026, 11, 13)),)
    found = run(f"Dear Sam,\n\nMy director is away until the 16th. {text}", known=known, thread=(3,))
    assert [(c.task_id, c.new_due or c.proposed_due) for c in found.changes] == [(3, date(2026, 11, 18))]
    assert found.questions == []


@pytest.mark.parametrize(("text", "summary"), [
    ("The matte labels are the way to go.", "Go with matte labels"),
    ("Our vote goes to option B.", "Go with option B"),
    ("We accept the quote for the lightbox.", "Accept the quote for the lightbox"),
    ("Matte labels it is then.", "Go with Matte labels"),
    ("The video is off the table for now.", "Not video"),
    ("Let's do option B.", "Go with option B"),
])
def test_more_ways_to_settle_a_choice(text: str, summary: str) -> None:
    assert [d.summary for d in run(text).decisions] == [summary]


@pytest.mark.parametrize("text", [
    "The budget is the way it is.", "The device matrix is fine as it is, no need for more devices.",
    "Is the video off the table?",
])
def test_as_it_is_keeps_nothing_chosen(text: str) -> None:
    assert run(text).decisions == []
