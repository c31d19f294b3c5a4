"""Families added on 2026-12-05 (twenty-third session) from the scenario sets fresh113-116,
read once fresh117-120 were written to take their place as the held-out pool: a delivery
promised as a state ("the samples will be ready until 20 November"), an invoice's "do the
needful", corrections in timecoded notes, a restated task under another verb, a date that
slips as "I won't have X for you until Monday", closings said as "our comments are below",
"Here you go:" and "Finance paid the invoice", several things handed over at once, an
invitation, a figure the client sets, and what is no task.  Positive probes must fire with the
right fields; negative probes must not."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from extraction_probe import JANE, MEMBERS, PRIYA, SAM, run

from ingest.extraction import DateProposal, ExtractionContext, KnownTask, extract
from ingest.text_segments import normalise, split_sentences

# ---- tasks: promised as a state, asked as "the needful"


@pytest.mark.parametrize(("text", "title", "due"), [
    ("The pre-production samples (one piece of each model) will be ready until 20 November, I will inform you.",
     "Deliver the pre-production samples", date(2026, 11, 20)),
    ("We will be ready with the v1 dashboard demo by 19 Nov, one day before your steering committee.",
     "Deliver the v1 dashboard demo", date(2026, 11, 19)),
])
def test_a_delivery_promised_as_a_state_is_the_writers_task(text: str, title: str, due: date) -> None:
    found = run(text, author=SAM, to=(JANE.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [(title, SAM.email, due)]


def test_a_state_promised_for_known_work_is_no_new_task() -> None:
    known = (KnownTask(1, "Deliver the pre-production samples", SAM.email, date(2026, 11, 20)),)
    found = run("The pre-production samples will be ready until 27 November.", author=SAM, known=known, to=(JANE.email,))
    assert found.tasks == []


def test_the_needful_for_an_invoice_is_paying_it() -> None:
    text = ("Good morning Jane,\n\nPlease find attached our invoice for the 50% mobilisation fee (EFS/INV/2026/114). "
            "Kindly do the needful so we can release funds for the crew.")
    found = run(text, author=SAM, to=(JANE.email,))
    assert [(t.title, t.owner) for t in found.tasks] == [("Pay our invoice for the 50% mobilisation fee", JANE.email)]


def test_the_needful_alone_names_no_work() -> None:
    assert run("Kindly do the needful.", author=SAM, to=(JANE.email,)).tasks == []


def test_a_correction_in_a_timecoded_note_asks_for_the_change() -> None:
    text = "A few notes:\n\n1:20 – the end card still shows the old URL, it should be wellspringaid.org.uk/everydrop"
    found = run(text, to=(SAM.email,))
    assert [t.title for t in found.tasks] == ["1:20 – the end card still shows the old URL, it should be wellspringaid.org.uk/everydrop"]


def test_a_timecoded_note_that_asks_nothing_stays_no_task() -> None:
    assert run("A few notes:\n\n0:52 – the end card should be fine as it is", to=(SAM.email,)).tasks == []


# ---- no new task


@pytest.mark.parametrize(("text", "known"), [
    # the owner's task restated under another verb
    ("Priya will fix the Analytics access.",
     (KnownTask(1, "Give Johan and Elin access to the booking statistics in Google Analytics", PRIYA.email, date(2026, 11, 4)),)),
    # "InshaAllah" is no part of the work
    ("Will share the model by Monday InshaAllah.",
     (KnownTask(1, "Start the L2 rebar model today and share the first complete set with me for internal checking", JANE.email,
                date(2026, 11, 9)),)),
    # "them" is the swatches, already asked for
    ("Swatches are being prepared, we will send them with DHL until Friday as you asked.",
     (KnownTask(1, "Send us the fabric swatches for the tunics and the blazers", JANE.email, date(2026, 11, 6)),)),
])
def test_known_work_restated_is_no_new_task(text: str, known: tuple[KnownTask, ...]) -> None:
    found = run(text, known=known, to=(SAM.email,))
    assert found.tasks == []


@pytest.mark.parametrize("text", [
    "Tom, our editor, will take your notes on this version.",                                   # hearing feedback
    "Another thing: can you also produce aprons for our pool bar staff, and what is the minimum quantity?",
    "The build gets locked on 27/11, so we'd love the Korean to be in by then.",                 # the day the work is for
    "Would someone from your team like to come and observe the sessions on 18 November?",       # an invitation
    "Priya and I will both come and observe the sessions on 18 November.",                      # taken up
    "Kindly revert at your earliest.",
    "One thing we need you to decide: for the hero visual, you prefer the rooftop party or the river cruise dinner?",
])
def test_what_is_no_task(text: str) -> None:
    assert run(text, to=(SAM.email,)).tasks == []


@pytest.mark.parametrize("text", [
    "Another thing: can you also produce aprons for our pool bar staff, and what is the minimum quantity?",
    "Would someone from your team like to come and observe the sessions on 18 November?",
    "One thing we need you to decide: for the hero visual, you prefer the rooftop party or the river cruise dinner?",
])
def test_asked_as_a_question_it_is_one(text: str) -> None:
    assert [q.text for q in run(text, to=(SAM.email,)).questions] == [text]


# ---- dates that move


def test_i_wont_have_it_until_a_day_is_the_new_day() -> None:
    known = (KnownTask(1, "Get you sandbox credentials for our Open Dental instance", JANE.email, date(2026, 11, 4)),)
    found = run("Realistically I won't have the sandbox credentials for you until Monday 11/9. Sorry about that.",
                known=known, thread=(1,), sent_at=datetime.fromisoformat("2026-11-04T15:00:00+00:00"))
    assert [(c.task_id, c.new_due) for c in found.changes] == [(1, date(2026, 11, 9))]


@pytest.mark.parametrize("text", [
    "Our direction needs a bit more time to read the test plan. Is it possible that I send you the validation on Monday 16/11 instead?",
    "Is it ok if I send you the validation on Monday 16/11 instead?",
])
def test_a_day_put_up_for_the_work_named_by_its_noun(text: str) -> None:
    known = (KnownTask(1, "Validate the test plan with your direction", JANE.email, date(2026, 11, 11)),)
    found = run(text, known=known, thread=(1,), sent_at=datetime.fromisoformat("2026-11-12T10:00:00+00:00"))
    assert [(c.task_id, c.proposed_due) for c in found.changes if c.proposed_due] == [(1, date(2026, 11, 16))]


# ---- closing known work


@pytest.mark.parametrize(("text", "title", "owner"), [
    ("The office managers and I went through the wireframes this morning; our comments are below.",
     "Go through them with the office managers and let us have your comments", JANE.email),
    ("Here you go:\n\nEmployer PAYE reference: 120/KA45872\nAccounts Office reference: 120PX00458721",
     "Send us the company's employer PAYE reference and Accounts Office reference", JANE.email),
    ("Finance paid the mobilisation invoice yesterday, so it should land in your account early next week.",
     "Pay our invoice for the 50% mobilisation fee", JANE.email),
    ("Nightly ingest is running since Friday night, first full load finished at 03:40.",
     "Have the nightly ingest job running", JANE.email),
])
def test_work_reported_done(text: str, title: str, owner: str) -> None:
    known = (KnownTask(1, title, owner, date(2026, 11, 11)),)
    found = run(text, known=known, thread=(1,))
    assert [(c.task_id, c.status) for c in found.changes] == [(1, "done")]


def test_each_thing_handed_over_ends_its_task() -> None:
    known = (KnownTask(1, "Send us the front and back label artwork for all three wines", SAM.email, date(2026, 11, 6)),
             KnownTask(2, "Send us the proforma invoice", SAM.email, None))
    text = ("Attached you will find the proforma invoice PF-0457 and the label artwork for the Malbec Reserva, the Cabernet "
            "Franc and the Torrontés (front and back labels, print-ready PDF).")
    found = run(text, author=SAM, to=(JANE.email,), known=known, thread=(1, 2))
    assert sorted((c.task_id, c.status) for c in found.changes) == [(1, "done"), (2, "done")]


# ---- decisions


def test_a_figure_the_client_sets_with_its_reason_is_a_decision() -> None:
    text = ("For New Year's Eve boost we will increase the budget to THB 80,000 krub, because last year the river cruise "
            "dinner sold out in 3 days when we boosted it, so this year we want more reach.")
    found = run(text, to=(SAM.email,))
    assert [(d.summary, d.rationale) for d in found.decisions] == [
        ("Increase the budget to THB 80,000",
         "last year the river cruise dinner sold out in 3 days when we boosted it, so this year we want more reach")]
    assert found.tasks == []


# ---- Thai courtesy particles


@pytest.mark.parametrize(("text", "plain"), [
    ("So can I send the photos to you within Friday 6 Nov instead ka?", "So can I send the photos to you within Friday 6 Nov instead?"),
    ("Please advise ka.", "Please advise."),
    ("Thank you krub.", "Thank you."),
    ("The karaoke room is booked.", "The karaoke room is booked."),
])
def test_thai_particles_carry_no_meaning(text: str, plain: str) -> None:
    assert normalise(text) == plain


@pytest.mark.parametrize(("text", "summary", "rationale"), [
    ("Also, we will shoot on the FX6 and not the RED, because the RED is too heavy for the bush path.",
     "Shoot on the FX6 and not the RED", "the RED is too heavy for the bush path"),
    (("We will log all the bugs directly in your Jira (project VFES), not in our TestRail, because your developers do not "
     "have access to TestRail."),
     "Log all the bugs directly in your Jira (project VFES), not in our TestRail", "your developers do not have access to TestRail"),
    ("This job we will do in our Dongguan plant, not the Shenzhen subcon, because we must control the QC ourselves.",
     "This job: do in our Dongguan plant, not the Shenzhen subcon", "we must control the QC ourselves"),
    ("Dear Priya, we want the satin ribbon in ivory, not black, because the black looks too sombre next to the pink paper.",
     "Want the satin ribbon in ivory, not black", "the black looks too sombre next to the pink paper"),
    (("For the reception blazers we will not use the subcontractor this time, we make them in our own factory, because last "
     "season their lining quality was very poor."),
     "Reception blazers: Not using the subcontractor this time, we make them in our own factory",
     "last season their lining quality was very poor"),
    ("Because the timeline is tight, we will put two translators on the project (Ji-yeon and Seo-hyun from our team).",
     "Put two translators on the project", "the timeline is tight"),
    (("One thing we've made a call on: the Māori place names stay in the Latin alphabet, no Hangul transliteration. The iwi we "
     "consulted asked us to keep them as they are."),
     "The Māori place names stay in the Latin alphabet, no Hangul transliteration",
     "The iwi we consulted asked us to keep them as they are"),
    ("Skip AirDNA. We're not buying it, the license is 6,000 euro a year.",
     "Skip AirDNA", "We're not buying it, the license is 6,000 euro a year"),
])
def test_a_course_settled_and_why(text: str, summary: str, rationale: str) -> None:
    found = run(text, author=SAM, to=(PRIYA.email,))
    assert [(d.summary, d.rationale) for d in found.decisions] == [(summary, rationale)]


def test_what_the_choice_spares_the_reader_is_no_reason() -> None:
    found = run("Also, we decided to remove the gift wrapping option for the launch, so you do not need to test it.")
    assert [(d.summary, d.rationale) for d in found.decisions] == [("Remove the gift wrapping option for the launch", None)]


def test_a_topic_said_first_names_the_choice() -> None:
    found = run("For the Thai captions we go with Khun Ploy (the freelancer) this time, not the machine translation.",
                author=SAM, to=(PRIYA.email,))
    assert [d.summary for d in found.decisions] == [
        "Thai captions: Go with Khun Ploy (the freelancer) this time, not the machine translation"]


# ---- questions


@pytest.mark.parametrize("text", [
    "Let me know if the link doesn't work.",                       # help offered
    "Honestly, who reads 40-page PDF reports anyway?",             # asked for effect
    "Btw who's buying teh tarik this afternoon ah? 😂",             # asked for a laugh
])
def test_what_asks_nothing(text: str) -> None:
    assert run(text, author=SAM, to=(PRIYA.email,)).questions == []


def test_anyone_knows_asks() -> None:
    text = "Anyone knows whether the hotel's Business Manager is under the owner group or under the hotel itself?"
    assert [q.text for q in run(text, author=SAM, to=(PRIYA.email,)).questions] == [text]


def test_a_laugh_after_a_question_stays_with_it() -> None:
    assert split_sentences("Who's buying teh tarik ah? 😂 See you.") == ["Who's buying teh tarik ah? 😂", "See you."]
    assert split_sentences("Lab's booked for Friday. 🎉 See you.") == ["Lab's booked for Friday.", "See you."]


# ---- more tasks, and what closes or holds them


def test_a_colleague_on_my_team_commits() -> None:
    found = run("Priya on my team will set up the delegate registration page by Friday 13th.", author=SAM, to=(JANE.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [
        ("Set up the delegate registration page", PRIYA.email, date(2026, 11, 13))]


def test_a_visit_made_to_ask_on_a_day_is_work() -> None:
    found = run("I will go and see the turaga ni koro of Nukubalavu after church on Sunday and ask him.",
                sent_at=datetime.fromisoformat("2026-11-04T10:00:00+00:00"))
    assert [(t.title, t.due) for t in found.tasks] == [
        ("See the turaga ni koro of Nukubalavu after church and ask him", date(2026, 11, 8))]
    known = (KnownTask(1, "See the turaga ni koro of Nukubalavu after church and ask him", JANE.email, None),)
    spoke = run("Also I spoke with the turaga ni koro on Sunday. The village is happy for the track to go through.",
                known=known, thread=(1,))
    assert [(c.task_id, c.status) for c in spoke.changes] == [(1, "done")]


def test_what_someone_is_asked_to_do_stays_in_the_title() -> None:
    found = run("Jane, could you ask the Camden Street manager to keep the petty cash book and the receipts aside for us?",
                author=SAM, to=(JANE.email,))
    assert [t.title for t in found.tasks] == ["Ask the Camden Street manager to keep the petty cash book and the receipts aside"]


@pytest.mark.parametrize("text", ["Line 2 starts tomorrow.", "Line 3 is free from 23/11, so we can cut from 25/11."])
def test_a_numbered_thing_and_its_state_is_no_order(text: str) -> None:
    assert run(text, author=SAM, to=(PRIYA.email,)).tasks == []


def test_ready_but_not_yet_live_is_blocked() -> None:
    known = (KnownTask(1, "Set up the delegate registration page", SAM.email, date(2026, 11, 13)),)
    found = run("The delegate registration page is ready, but we can't take it live yet.", author=SAM, to=(JANE.email,),
                known=known, thread=(1,))
    assert [(c.task_id, c.status) for c in found.changes] == [(1, "blocked")]


@pytest.mark.parametrize(("text", "title", "due"), [
    ("I am afraid the anonymised case notes will take longer than expected. Would Tuesday 24 November be acceptable?",
     "Send the anonymised case notes", date(2026, 11, 20)),
    (("The pre-production samples will be ready until 27 November instead of 20 November, because the dyehouse is late. "
     "Please let me know if this is acceptable for you."), "Deliver the pre-production samples", date(2026, 11, 20)),
])
def test_asking_to_accept_the_new_day_is_no_open_question(text: str, title: str, due: date) -> None:
    found = run(text, known=(KnownTask(1, title, JANE.email, due),), thread=(1,))
    assert found.questions == [] and {c.task_id for c in found.changes if c.task_id is not None} == {1}


def test_a_new_day_put_to_someone_by_name_asks_them() -> None:
    known = (KnownTask(1, "Do the site survey", SAM.email, date(2026, 11, 5)),)
    found = run("Unfortunately we need to move the site survey to Tuesday 10 November at 10:00. Jane, is Tuesday at 10:00 ok for you?",
                author=SAM, to=(JANE.email,), known=known, thread=(1,))
    assert [q.addressed_to for q in found.questions] == [JANE.email]


@pytest.mark.parametrize(("text", "summary", "rationale"), [
    ('We have decided to drop the "Hot!" flash on the front for Canada.', 'Drop the "Hot!" flash on the front for Canada', None),
    ("Also, the founders agreed that Eng. Karim Nabil will be the sole director of Tawseel Inc.",
     "Eng. Karim Nabil will be the sole director of Tawseel Inc", None),
    ("We changed it from vermilion to indigo, because the vermilion was too similar to another ramen chain.",
     "Change from vermilion to indigo", "the vermilion was too similar to another ramen chain"),
    (("For the financial year end we decide 31 December, same with our parent company, so the consolidation of the reports "
     "is more easy for our accountant."),
     "Financial year end: 31 December, same with our parent company", "the consolidation of the reports is more easy for our accountant"),
])
def test_more_decisions_as_people_state_them(text: str, summary: str, rationale: str | None) -> None:
    assert [(d.summary, d.rationale) for d in run(text).decisions] == [(summary, rationale)]


@pytest.mark.parametrize("text", [
    "We changed the delivery from Friday to Monday, because the truck broke.",   # a day moved: a slip
    "We decide tomorrow after the board meeting.",                               # not yet
])
def test_no_decision_yet(text: str) -> None:
    assert run(text).decisions == []


@pytest.mark.parametrize(("text", "title"), [
    ("We also have to update the risk assessment for the new safety controller at some point, before the FAT.",
     "Update the risk assessment for the new safety controller"),
    ("We should probably set up a session on that relay at some point before you start building.", "Set up a session on that relay"),
])
def test_work_owed_by_nobody_at_some_point_is_a_vague_task(text: str, title: str) -> None:
    found = run(text, author=SAM, to=(PRIYA.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [(title, None, None)]


def test_meeting_at_some_point_is_no_task() -> None:
    assert run("We should meet at some point.", author=SAM, to=(PRIYA.email,)).tasks == []


@pytest.mark.parametrize("text", [
    "Where does the time go?", "How hard can it be?", "What's not to like?", "Who would have thought a tank could be so complicated?",
    "Isn't that what we all want?", "After all, who wants a slow website?", "What more can you ask for?",
    "Does it ever stop raining in Bergen?", "Why reinvent the wheel?", "Is there anything better than fresh bread in the morning?",
    "Can it get any better?", "Where would we be without coffee?", "Would you believe the shipment arrived early?",
    "Isn't it funny how every client wants it yesterday?", "What is a launch without a few surprises?",
    "Who said engineering can't be beautiful?", "How many times have we said that?", "Did I mention we love this project?",
    "Do I need to say more?", "Why make it simple when you can make it complicated?", "Can't complain, can we?",
])
def test_stock_rhetorical_questions_ask_nothing(text: str) -> None:
    found = run(text, author=SAM, to=(PRIYA.email,))
    assert (found.questions, found.tasks) == ([], [])


@pytest.mark.parametrize("text", [
    "Why are the dates different in the two files?", "Would you be able to send the logo by Friday?",
    "Is there a better time for the call than Friday?",
])
def test_questions_near_the_stock_forms_still_ask(text: str) -> None:
    found = run(text, author=SAM, to=(PRIYA.email,))
    assert found.questions or found.tasks


@pytest.mark.parametrize("text", ["As promised, the floor plans.", "The floor plans, as requested.", "Done with the floor plans."])
def test_the_thing_named_as_promised_is_handed_over(text: str) -> None:
    known = (KnownTask(1, "Send us the floor plans for the ground floor", JANE.email, date(2026, 11, 6)),)
    assert [(c.task_id, c.status) for c in run(text, known=known, thread=(1,)).changes] == [(1, "done")]


def test_work_in_progress_as_agreed_is_not_done() -> None:
    known = (KnownTask(1, "Prepare a short guide for the front office", JANE.email, date(2026, 11, 13)),)
    found = run("The front office guide is in progress and comes on Friday as agreed.", known=known, thread=(1,))
    assert all(c.status != "done" for c in found.changes)


def test_passing_the_mail_on_is_no_task() -> None:
    assert run("Please share this with your team as needed.", author=SAM, to=(JANE.email,)).tasks == []


# ---- written from probes of my own, in the ways of the new locales (no scenario text)


@pytest.mark.parametrize(("text", "title", "due"), [
    ("Can you pop the updated quote through by Thursday arvo?", "Send the updated quote", date(2026, 11, 5)),
    ("Please, we need the drawings before Thursday inshallah.", "Provide the drawings", date(2026, 11, 5)),
    ("Y'all think you can get us that quote by Friday?", "Get us that quote", date(2026, 11, 6)),
    ("We kindly ask for the revised offer by Friday.", "Send the revised offer", date(2026, 11, 6)),
    ("Is it possible to receive the catalogue by Friday?", "Send the catalogue", date(2026, 11, 6)),
    ("We are waiting for your feedback on the drawings by Friday.", "Send your feedback on the drawings", date(2026, 11, 6)),
    ("Looking forward to your confirmation of the dates by Friday.", "Send your confirmation of the dates", date(2026, 11, 6)),
    ("Mohon send us the quotation by Friday ya.", "Send us the quotation", date(2026, 11, 6)),
    ("Could you send the photos before the weekend?", "Send the photos", date(2026, 11, 6)),
])
def test_requests_as_more_people_put_them(text: str, title: str, due: date) -> None:
    found = run(text, to=(SAM.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [(title, SAM.email, due)]


@pytest.mark.parametrize("text", [
    "We would like to ask for your kind understanding to send the revised budget by Monday instead.",
    "Looking forward to your reply.",
    "I will pop over to the site on Friday.",
])
def test_near_requests_that_ask_for_no_work(text: str) -> None:
    assert run(text, to=(SAM.email,)).tasks == []


@pytest.mark.parametrize("text", ["We can live with Tuesday.", "Go ahead with Tuesday.", "All good, Tuesday."])
def test_more_ways_to_agree_to_the_day_put_up(text: str) -> None:
    known = (KnownTask(1, "Send us the floor plans for the ground floor", SAM.email, date(2026, 11, 6)),)
    ctx = ExtractionContext(author=JANE, sent_at=datetime.fromisoformat("2026-11-05T10:00:00+00:00"), members=MEMBERS,
                            to=(SAM.email,), known_tasks=known, thread_tasks=(1,), thread_task_id=1,
                            proposals=(DateProposal(1, date(2026, 11, 10), SAM.email),))
    assert [(c.task_id, c.new_due) for c in extract(text, ctx).changes] == [(1, date(2026, 11, 10))]


@pytest.mark.parametrize(("text", "title", "due"), [
    ("Please remember to bring the signed forms to the meeting on Friday.", "Bring the signed forms to the meeting", date(2026, 11, 6)),
    ("Don't forget to send the invoice to our finance team by Friday.", "Send the invoice to our finance team", date(2026, 11, 6)),
    ("Remember to send the invoice.", "Send the invoice", None),
])
def test_a_reminder_asks_for_the_work(text: str, title: str, due: date | None) -> None:
    assert [(t.title, t.due) for t in run(text, to=(SAM.email,)).tasks] == [(title, due)]


@pytest.mark.parametrize("text", ["Remember to enjoy the weekend!", "Don't forget to relax."])
def test_a_reminder_of_no_work_is_no_task(text: str) -> None:
    assert run(text, to=(SAM.email,)).tasks == []


@pytest.mark.parametrize(("text", "summary"), [
    ("Our choice is the steel frame.", "Go with the steel frame"),
    ("We have selected the Lisbon venue.", "The Lisbon venue"),
])
def test_a_choice_said_plainly_is_a_decision(text: str, summary: str) -> None:
    assert [d.summary for d in run(text, to=(SAM.email,)).decisions] == [summary]


def test_leaving_the_choice_to_them_decides_nothing() -> None:
    assert run("The choice is yours.", to=(SAM.email,)).decisions == []


@pytest.mark.parametrize(("text", "title", "owner", "due"), [
    ("You will receive the samples next week.", "Send the samples", SAM.email, date(2026, 11, 13)),
    ("Expect the draft from us by Wednesday.", "Send the draft", SAM.email, date(2026, 11, 4)),
    ("Priya will be in touch with the revised plan by Friday.", "Send the revised plan", PRIYA.email, date(2026, 11, 6)),
    ("We will come back to you with a proposal by Monday.", "Send a proposal", SAM.email, date(2026, 11, 9)),
    ("We should be able to send the renders by Thursday.", "Send the renders", SAM.email, date(2026, 11, 5)),
])
def test_promises_as_more_people_put_them(text: str, title: str, owner: str, due: date) -> None:
    assert [(t.title, t.owner, t.due) for t in run(text, author=SAM, to=(JANE.email,)).tasks] == [(title, owner, due)]


@pytest.mark.parametrize("text", [
    "We will get back to you with an answer by Friday.",              # the answer to a question still open
    "Expect some delays next week.",
    "We should be able to start soon.",
])
def test_near_promises_of_no_deliverable(text: str) -> None:
    assert run(text, author=SAM, to=(JANE.email,)).tasks == []
