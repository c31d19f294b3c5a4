"""extract(): phrasing families added on 2026-12-03 (third session) from the spent blind
scenario sets fresh12, fresh13 and fresh15. Positive probes must fire with the right
fields; negative probes must not."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from ingest.addressing import MemberIndex, parse_greeting
from ingest.answers import answers
from ingest.dates import find_dates
from ingest.extraction import Extraction, ExtractionContext, KnownTask, Person, extract

SAM = Person("sam@agency.io", "Sam Lee", "team", "Europe/London", "DMY")
PRIYA = Person("priya@agency.io", "Priya Shah", "team", "Europe/London", "DMY")
MEI = Person("meiling@agency.io", "Tan Mei Ling", "team", "Europe/London", "DMY")
YUI = Person("yui@agency.io", "Yui Tanaka", "team", "Asia/Tokyo", "DMY")
DANA = Person("dana@client.com", "Dana Cole", "client", "Europe/London", "DMY")
MEMBERS = (SAM, PRIYA, MEI, YUI, DANA)
# Monday 9 November 2026, 10:00 in London.
MONDAY = datetime.fromisoformat("2026-11-09T10:00:00+00:00")


def run(text: str, author: Person = SAM, known: tuple[KnownTask, ...] = (), questions: tuple[str, ...] = ()) -> Extraction:
    ctx = ExtractionContext(author=author, sent_at=MONDAY, members=MEMBERS, to=(PRIYA.email, DANA.email),
                            known_tasks=known, open_questions=questions)
    return extract(text, ctx)


def tasks(text: str, author: Person = SAM, known: tuple[KnownTask, ...] = ()) -> list[tuple[str, str | None, date | None]]:
    return [(t.title, t.owner, t.due) for t in run(text, author, known).tasks]


def moved(text: str, known: tuple[KnownTask, ...], author: Person = SAM) -> list[tuple[int | None, date | None]]:
    return [(c.task_id, c.new_due) for c in run(text, author, known).changes if c.new_due is not None]


def closed(text: str, known: tuple[KnownTask, ...], author: Person = SAM) -> list[int | None]:
    return [c.task_id for c in run(text, author, known).changes if c.status == "done"]


# ------------------------------------------------------------ who is asked

def test_a_family_name_first_member_is_greeted_by_her_given_names() -> None:
    assert tasks("Hi Mei Ling,\n\nCould you send the plan by Friday?", DANA) == [
        ("Send the plan", MEI.email, date(2026, 11, 13))]


def test_japanese_honorifics_name_the_member() -> None:
    index = MemberIndex(MEMBERS)
    assert index.lookup("Yui-san") == YUI.email
    assert parse_greeting("Priya-san, Yui-san", index, SAM.email).members == (PRIYA.email, YUI.email)
    assert not parse_greeting("Priya is away", index, SAM.email).found


def test_a_vocative_paragraph_carries_to_its_could_you() -> None:
    assert tasks("Hi Dana,\n\nPriya, I've attached the form. Could you review the form by Friday?") == [
        ("Review the form", PRIYA.email, date(2026, 11, 13))]


def test_someone_at_a_company_or_on_your_side_is_nobody_in_particular() -> None:
    assert [t[:2] for t in tasks("Could someone at Vernier send us a voice memo with the pronunciations?", DANA)] == [
        ("Send us a voice memo with the pronunciations", None)]
    assert [t[:2] for t in tasks("Someone on your side pls sign the NDA addendum before we send it over.", DANA)] == [
        ("Sign the NDA addendum", None)]
    assert tasks("Someone from your team will also need to attend our all-staff briefing on Tuesday 1 December.", DANA) == [
        ("Attend our all-staff briefing", None, date(2026, 12, 1))]


# ------------------------------------------------------------ requests and promises

@pytest.mark.parametrize("text, expected", [
    ("We can only start booking after that, so I'll send the agenda on Tuesday 24 November.",
     [("Send the agenda", SAM.email, date(2026, 11, 24))]),
    ("Priya will send the deck by Friday and Sam will book the room by Thursday.",
     [("Send the deck", PRIYA.email, date(2026, 11, 13)), ("Book the room", SAM.email, date(2026, 11, 12))]),
    ("Priya will send you a VAT invoice template for Xero as soon as we have the number.",
     [("Send you a VAT invoice template for Xero", PRIYA.email, None)]),
    ("We will read it with Antoine and send you our comments by Monday.",
     [("Send you our comments", SAM.email, date(2026, 11, 16))]),
    ("I'll key the SHAPS rates in on Monday.", [("Key the SHAPS rates", SAM.email, date(2026, 11, 16))]),
    ("I will let our workshop make the spreading plate, we have the steel in stock.",
     [("Make the spreading plate", SAM.email, None)]),
    ("And I'll have the final drawings and the quote to you by Wednesday the 11th.",
     [("Send the final drawings and the quote", SAM.email, date(2026, 11, 11))]),
    ("Once the owners have signed the quote, we'll fly all 14 blocks on Tuesday, 10 November, weather permitting.",
     [("Fly all 14 blocks", SAM.email, date(2026, 11, 10))]),
    ("We will submit the protocol (v1.0) and the ICF to the central IRB by Friday.",
     [("Submit the protocol (v1.0) and the ICF to the central IRB", SAM.email, date(2026, 11, 13))]),
    ("Priya, could we have the preliminary NDVI maps by Friday?",
     [("Send the preliminary NDVI maps", PRIYA.email, date(2026, 11, 13))]),
    ("And could Priya come to Rotterdam for the lighting test on Thursday 26 November?",
     [("Come to Rotterdam for the lighting test", PRIYA.email, date(2026, 11, 26))]),
    (("Hi Dana,\n\nAs far as I know the pharmacy manual sits with your CMC team - could you get us the final version by "
     "Thursday?"),
     [("Get us the final version of the pharmacy manual", DANA.email, date(2026, 11, 12))]),
])
def test_requests_and_promises(text: str, expected: list[tuple[str, str | None, date | None]]) -> None:
    assert tasks(text) == expected


@pytest.mark.parametrize("text", [
    "Would you prefer the Flat Rate Scheme (12.5% of takings) or standard VAT accounting?",
    "I'll miss the call on Monday.",
    "Could you come to the launch party on Friday?",
    "Please note one change on our side: the payroll date moves.",
    "Can we have a call on Monday?",
])
def test_no_task(text: str) -> None:
    assert run(text).tasks == []


@pytest.mark.parametrize("text, due", [
    ("Dana, please can you get us the stock figures for both kitchens as at 31 August?", None),
    ("Priya, pls check with Askable if they can recruit 10 people for the week of 23 November.", None),
    ("Priya, could you send me 10-15 photos for the start page until Friday, 20.11.?", date(2026, 11, 20)),
])
def test_dates_that_are_not_the_deadline(text: str, due: date | None) -> None:
    assert [t.due for t in run(text).tasks] == [due]


def test_a_need_that_explains_the_request_before_it_is_no_second_task() -> None:
    text = ("Dana, please could you return the workbook signed off by 5pm on Friday 20 November? "
            "We need the sign-off to start parallel run 1 on Monday 23 November.")
    assert tasks(text) == [("Return the workbook signed off", DANA.email, date(2026, 11, 20))]


def test_a_restatement_under_its_topic_is_no_new_task() -> None:
    known = (KnownTask(1, "Make a proposal for a children's trail through the exhibition", SAM.email),)
    assert run("Children's trail: yes, we will make a proposal.", known=known).tasks == []


# ------------------------------------------------------------ slips

SCHEDULE = KnownTask(1, "Send the session schedule", SAM.email, date(2026, 11, 20))
CONSENT = KnownTask(2, "Review the consent form and the data handling note", DANA.email, date(2026, 11, 6))
OBJECTS = KnownTask(3, "Send us the final object list with dimensions and weights", DANA.email, date(2026, 11, 11))
IRB = KnownTask(4, "Submit the protocol (v1.0) and the ICF to the central IRB", SAM.email, date(2026, 11, 13))
FLY = KnownTask(5, "Fly all 14 blocks", SAM.email, date(2026, 11, 10))
WIREFRAMES = KnownTask(6, "Send you the first wireframes for seat selection and checkout", SAM.email, date(2026, 11, 12))
KNOWN = (SCHEDULE, CONSENT, OBJECTS, IRB, FLY, WIREFRAMES)


@pytest.mark.parametrize("text, author, change", [
    (("Because the sign-off now lands on the 18th, we can only start booking after that, so I'll send the session "
     "schedule on Tuesday 24 November instead of this Friday."), SAM, (1, date(2026, 11, 24))),
    (("Our Legal team needs to review the retention clause, so I will provide the sign-off on the consent form by "
     "Wednesday 18 November rather than last Friday."), DANA, (2, date(2026, 11, 18))),
    (("Bad news about the object list: it will be one week later, I am sorry. The lender did not confirm the "
     "weights. I will send it on Wednesday 18 November."), DANA, (3, date(2026, 11, 18))),
    ("Could we move the IRB submission from Friday the 13th to Wednesday, November 18?", SAM, (4, date(2026, 11, 18))),
    ("Can we move the flight to Thursday, 12 November?", DANA, (5, date(2026, 11, 12))),
    (("So I'd like to ask for a few more days: could we send you the wireframes on Tuesday, 17 November instead of "
     "this Thursday?"), SAM, (6, date(2026, 11, 17))),
])
def test_slips(text: str, author: Person, change: tuple[int, date]) -> None:
    result = run(text, author, KNOWN)
    assert [(c.task_id, c.new_due) for c in result.changes] == [change]
    assert result.tasks == [] and result.questions == []


def test_last_friday_is_the_one_before_today() -> None:
    assert [m.value for m in find_dates("rather than last Friday", MONDAY, "Europe/London", "DMY")] == [date(2026, 11, 6)]


def test_an_unrelated_deliverable_does_not_move_the_task_due_on_the_old_date() -> None:
    assert moved("Could I send the deck on Monday instead of Friday?", (IRB,)) == []


# ------------------------------------------------------------ completions

@pytest.mark.parametrize("text, known, task_id", [
    ("The IRB package went in this afternoon.", (IRB, SCHEDULE), 4),
    ("412 is live on jp_lqa.", (KnownTask(7, "Push 0.9.412 to jp_lqa, with the regenerated font atlas", SAM.email),), 7),
    ("Dana, thanks for the signed budget, it reached us on Friday.",
     (KnownTask(8, "Sign the budget and send it back", DANA.email, date(2026, 11, 13)),), 8),
    ("Targets and the RTK base are in the bakkie.",
     (KnownTask(9, "Load the GCP targets and the RTK base station into the bakkie", PRIYA.email),), 9),
])
def test_work_reported_done(text: str, known: tuple[KnownTask, ...], task_id: int) -> None:
    assert closed(text, known) == [task_id]


@pytest.mark.parametrize("text, task_id", [
    ("The mailing file is on the SFTP now.", 10),
    ("Pieter should have invites for Search Console and GA4 now, I added him as a full user this morning.", 11),
])
def test_work_handed_over(text: str, task_id: int) -> None:
    known = (KnownTask(10, "Send the mailing file itself", SAM.email, date(2026, 11, 12)),
             KnownTask(11, "Give Pieter access to Google Search Console and GA4", SAM.email, date(2026, 11, 4)))
    assert closed(text, known) == [task_id]


def test_an_either_or_pick_then_its_reason() -> None:
    decisions = run("argo. their devs want the web ui, flux would be a harder sell", questions=("argo or flux for tillpoint?",)).decisions
    assert [(d.summary, d.rationale) for d in decisions] == [("Argo", "their devs want the web ui, flux would be a harder sell")]


def test_named_sales_days_are_not_dates() -> None:
    assert tasks("Priya, can you write the copy for the Black Friday landing page by Monday?") == [
        ("Write the copy for the Black Friday landing page", PRIYA.email, date(2026, 11, 16))]
    assert tasks("I'll get you the guest list by the 20th, promise!") == [("Get you the guest list", SAM.email, date(2026, 11, 20))]


def test_things_somewhere_else_close_nothing() -> None:
    known = (KnownTask(9, "Load the GCP targets and the RTK base station into the bakkie", PRIYA.email),)
    assert closed("The kids are in the car.", known) == []


# ------------------------------------------------------------ decisions

@pytest.mark.parametrize("text, author, summary, rationale", [
    ("Bookkeeping we'll keep with Kerry.", DANA, "Bookkeeping we'll keep with Kerry", None),
    ("Wren: keep katakana. Matches the JP store page and the trailer subs.", DANA, "Keep katakana",
     "Matches the JP store page and the trailer subs"),
    ("Ruby: no, and we're not adding it. Our text renderer can't do it without a rewrite.", SAM,
     "Ruby: no, and we're not adding it", "Our text renderer can't do it without a rewrite"),
    (("We'll do the site initiation visit in person, not remote. It's a first-in-human study and the site hasn't "
     "worked with our eSource setup before."), SAM, "Do the site initiation visit in person, not remote",
     "It's a first-in-human study and the site hasn't worked with our eSource setup before"),
    ("We will leave the two young Pinotage blocks (13 and 14) out of this survey.", DANA,
     "Leave the two young Pinotage blocks (13 and 14) out of this survey", None),
    ("Decided: we fly the Mavic 3M, not the fixed wing. The blocks are too steep for the Trinity.", SAM,
     "We fly the Mavic 3M, not the fixed wing", "The blocks are too steep for the Trinity"),
    ("We have decided to pay staff on the last working day, as the Board wishes to align with the sector.", DANA,
     "Pay staff on the last working day", "the Board wishes to align with the sector"),
    ("Tone: we've decided NPCs talk casual (タメ口), shopkeepers polite (です/ます).", DANA,
     "NPCs talk casual (タメ口), shopkeepers polite (です/ます)", None),
    (("One decision from our side, after a long discussion with our management: the guest checkout stays. Around a "
     "third of our buyers are tourists."), DANA, "The guest checkout stays", "Around a third of our buyers are tourists"),
    ("We'll build the hall plan as SVG, not canvas – that way every seat stays a real element in the DOM.", SAM,
     "Build the hall plan as SVG, not canvas", "that way every seat stays a real element in the DOM"),
    ("Go with a separate cluster for the card services, easier to explain to the QSA.", DANA,
     "Go with a separate cluster for the card services", "easier to explain to the QSA"),
    ("Keep the per diem at 2,500, fuel has gone up.", DANA, "Keep the per diem at 2,500", "fuel has gone up"),
    ("Mr Halden has also decided that the suites should be refurbished first, as they bring half the revenue.", DANA,
     "The suites should be refurbished first", "they bring half the revenue"),
    ("Tents and packs first, the merino can wait till autumn because it doesn't sell over summer.", DANA,
     "Tents and packs first, the merino can wait till autumn", "it doesn't sell over summer"),
    ("We've set the budget at €85k all in.", DANA, "Set the budget at €85k all in", None),
    ("For the photos we go with Studio Lumen this time, not Marco, because Marco is booked.", SAM,
     "Photos: Go with Studio Lumen this time, not Marco", "Marco is booked"),
    ("Reply-paid envelope: yes, let's do it this year.", DANA, "Reply-paid envelope: yes, let's do it this year", None),
    ("We don't give anything to the freelancers this time, because the bank wants sworn translators.", SAM,
     "Not give anything to the freelancers this time", "the bank wants sworn translators"),
])
def test_decisions(text: str, author: Person, summary: str, rationale: str | None) -> None:
    assert [(d.summary, d.rationale) for d in run(text, author).decisions] == [(summary, rationale)]


@pytest.mark.parametrize("text", [
    "The file is password-protected with the password we agreed on Friday.",
    "As agreed at our meeting on Tuesday, I set out below the plan for the migration to PayHub.",
    "Parking: use the side entrance.",
    "We'll send the deck on Friday, not Monday.",
])
def test_no_decision(text: str) -> None:
    assert run(text, DANA).decisions == []


def test_a_short_pick_of_an_open_either_or_question_with_its_reason() -> None:
    question = "Would you prefer the Flat Rate Scheme (12.5% of takings) or standard VAT accounting?"
    decisions = run("Standard VAT please, if we can claim back the VAT on the new ovens it's a no brainer.",
                    DANA, questions=(question,)).decisions
    assert [(d.summary, d.rationale) for d in decisions] == [
        ("Standard VAT please", "we can claim back the VAT on the new ovens it's a no brainer")]
    assert run("For the readings: yes, we want them.", DANA, questions=("Readings in French or in English?",)).decisions == []


# ------------------------------------------------------------ questions and answers

def test_ok_for_you_is_a_question_to_the_person_named() -> None:
    assert [(q.text, q.addressed_to) for q in run("Priya, ok for you to start at 6am our time?").questions] == [
        ("Ok for you to start at 6am our time?", PRIYA.email)]


REPLY = ("Hi Danny, hi Kerry,\n\nDanny, on prices: not necessarily. Your menu prices count as including VAT.\n\n"
         "Kerry, yes, once the number comes through every invoice needs it on, with the VAT amount.")


@pytest.mark.parametrize("question, answered", [
    ("Will this mean we have to put our prices up in Chorlton?", True),
    ("Can I still use our normal invoice template, or does it need the VAT number on it?", True),
    ("Could you confirm the opening date?", False),
])
def test_a_paragraph_turned_to_the_asker_answers_what_it_takes_up(question: str, answered: bool) -> None:
    assert answers(question, REPLY) is answered


@pytest.mark.parametrize("question, reply, answered", [
    ("Which venue would you like to go with?", "Hi Femke,\n\nThanks for these. Option 2 it is.", True),
    ("Which one feels more like Brightside to you?", "We love the second one!", True),
    ("Which venue would you like to go with?", "Thanks, will look at them tomorrow.", False),
    ("Which hero option do you prefer?", "I think it is fine.", False),
])
def test_a_choice_answers_a_which_question(question: str, reply: str, answered: bool) -> None:
    assert answers(question, reply) is answered


def test_the_owner_restating_a_dated_task_with_the_object_first_is_no_new_task() -> None:
    known = (KnownTask(1, "Pull an anonymised export of last season's single-ticket sales", PRIYA.email, date(2026, 11, 13)),)
    assert run("The export I will do until Friday.", PRIYA, known).tasks == []


def test_a_place_then_since_when_still_closes_the_task() -> None:
    known = (KnownTask(9, "Load the GCP targets and the RTK base station into the bakkie", PRIYA.email),)
    assert closed("Targets (12 plus 2 spares) and the RTK base are in the bakkie since Saturday, batteries charged.", known) == [9]


def test_the_part_of_day_goes_with_its_date() -> None:
    assert tasks("Please load the GCP targets into the bakkie by Monday evening.") == [
        ("Load the GCP targets into the bakkie", None, date(2026, 11, 16))]


def test_done_instead_moves_the_writers_task_the_sentence_is_about() -> None:
    known = (KnownTask(1, "Get the M365 tenant set up and the domain verified", SAM.email, date(2026, 11, 6)),
             KnownTask(2, "Send round a short questionnaire about shared mailboxes", SAM.email, date(2026, 11, 5)))
    text = ("I can't verify the domain until I've got the 123-reg login from Sue, and she's out until Monday, so I'll "
            "have it done by Tuesday instead.")
    assert moved(text, known) == [(1, date(2026, 11, 10))]


@pytest.mark.parametrize("text, noted", [
    ("Please note the 10% back-check rule on p.2.", False),
    ("Could you note down the meter readings by Friday?", True),
    ("Please note the readings in the log by Friday.", True),
])
def test_note_is_work_only_when_something_is_written_down(text: str, noted: bool) -> None:
    assert bool(run(text).tasks) is noted


@pytest.mark.parametrize("text, known, task_id", [
    ("Done, added priya@ and kenji@ as managers.", (KnownTask(1, "Add you both as managers on our six Google Business Profiles", SAM.email),), 1),
    ("Restore Datashred are booked for Tuesday 24 November.", (KnownTask(2, "Let Restore know and book them in", SAM.email),), 2),
    ("Also attached, the two voice demos.", (KnownTask(3, "Send you two demos", SAM.email),), 3),
    ("Here the measures of the case packer infeed, everything is in the PDF attached.",
     (KnownTask(4, "Measure the infeed guides on the case packer and send the numbers to Claire", SAM.email),), 4),
    ("The three structural concepts are in the attached PDF.", (KnownTask(5, "Send you three structural concepts", SAM.email),), 5),
    ("Here you go: our brand book and the dielines.",
     (KnownTask(6, "Send us the brand guidelines and the dielines of the current boxes", SAM.email),), 6),
    ("Here are three examples from previous series.",
     (KnownTask(7, "Send us also some examples of internal podcasts you produced", SAM.email),), 7),
])
def test_deliverables_handed_over(text: str, known: tuple[KnownTask, ...], task_id: int) -> None:
    assert closed(text, known) == [task_id]


def test_a_generic_report_attached_names_no_task_by_its_head_word() -> None:
    assert closed("Please find attached our weekly status report.", (KnownTask(35, "Load test report", PRIYA.email),)) == []


@pytest.mark.parametrize("text, title", [
    ("The one thing they need from you is the names of your fire wardens. Dana, could you send them over to me by Friday?",
     "Send the names of your fire wardens over to me"),
    (("Once the script is approved, the next step is the animatic (the storyboard with timing). We'll have it ready for you "
     "on Tuesday 17 November."), "Have the animatic ready for you"),
])
def test_a_pronoun_names_what_the_sentence_before_said_is_next(text: str, title: str) -> None:
    assert [t.title for t in run(text).tasks] == [title]


@pytest.mark.parametrize("text, summary, rationale", [
    ("I'm not going to bother with BrightLocal for this one, it's not worth a subscription for six locations.",
     "Not bother with BrightLocal for this one", "it's not worth a subscription for six locations"),
    ("Style: we go 2D flat with a grain texture, no 3D. With three weeks for everything we cannot afford the render times.",
     "Go 2D flat with a grain texture, no 3D", "With three weeks for everything we cannot afford the render times"),
    ("Instagram: voice and subtitles please, because a lot of our audience is older.", "Voice and subtitles please",
     "a lot of our audience is older"),
    ("After the board meeting we decided: Chilean Spanish with Francisca (demo 2). She sounds warm and close.",
     "Chilean Spanish with Francisca (demo 2)", "She sounds warm and close"),
    ("Vertical then: the Instagram version will be 9:16, because Impulsa runs all our campaign in Reels.",
     "The Instagram version will be 9:16", "Impulsa runs all our campaign in Reels"),
    ("We're dropping the clear plastic window on the tin box: the buyers in France told us they won't list it.",
     "Dropping the clear plastic window on the tin box", "the buyers in France told us they won't list it"),
    ("We're keeping the burgundy from the current box as the main colour.",
     "Keeping the burgundy from the current box as the main colour", None),
    (("After thinking about it, we take the perpetual buyout (option 2). We expect the series to run for several years, "
     "so a one-time payment is easier for us."), "Take the perpetual buyout (option 2)",
     "We expect the series to run for several years, so a one-time payment is easier for us"),
])
def test_decisions_from_fresh17_and_fresh18(text: str, summary: str, rationale: str | None) -> None:
    assert [(d.summary, d.rationale) for d in run(text, DANA).decisions] == [(summary, rationale)]


@pytest.mark.parametrize("text", ["Greetings from Kampala,", "Here the key points of our briefing:",
                                  "I'm copying our project address on everything.", "Drummond works on ArtiosCAD, version 23."])
def test_openings_and_news_pick_no_side(text: str) -> None:
    assert run(text, DANA, questions=("Kampala or Nairobi for the briefing, ArtiosCAD or DXF?",)).decisions == []


@pytest.mark.parametrize("text, title", [
    ("Dana, could you let us know by Wednesday the 18th which licence you'd like us to buy?", "Confirm the licence you'd like us to buy"),
    ("Dana, could you let us know how many archive crates you'll need by Wednesday 18th?", "Confirm how many archive crates you'll need"),
])
def test_let_us_know_which_by_a_deadline_is_a_task(text: str, title: str) -> None:
    assert [(t.title, t.owner, t.due) for t in run(text).tasks] == [(title, DANA.email, date(2026, 11, 18))]


@pytest.mark.parametrize("text, known, change", [
    ("Can we instead send the documents to MTN on Tuesday 17th?",
     (KnownTask(1, "Send the certificate of incorporation to them directly", SAM.email, date(2026, 11, 12)),), (1, date(2026, 11, 17))),
    ("Would Monday 30 November work for the rough cut instead of Wednesday the 25th?",
     (KnownTask(2, "Get a rough cut of the pilot episode to you", SAM.email, date(2026, 11, 25)),), (2, date(2026, 11, 30))),
    ("Would it be OK if I sent you the list on Friday 20th instead of this Friday?",
     (KnownTask(3, "Send you the seating plan list", SAM.email, date(2026, 11, 13)),), (3, date(2026, 11, 20))),
])
def test_asking_to_deliver_later(text: str, known: tuple[KnownTask, ...], change: tuple[int, date]) -> None:
    assert moved(text, known) == [change]
    assert run(text, SAM, known).questions == []


def test_an_aside_after_you_keeps_the_request() -> None:
    assert [t.title for t in run("Could you (or your web vendor) give me full access to Search Console?", DANA).tasks] == [
        "Give me full access to Search Console"]


@pytest.mark.parametrize("text", ["Let's split the styleframes for Friday.",
                                  "As agreed, I'm copying our project address on everything, so nothing gets lost."])
def test_sharing_out_work_and_cc_habits_are_no_decisions(text: str) -> None:
    assert run(text).decisions == []


def test_a_lead_in_before_the_name_keeps_the_owner() -> None:
    assert [t.owner for t in run("To get started, Dana, kindly share the sandbox credentials with us by Wednesday.").tasks] == [DANA.email]


def test_after_doing_something_we_are_dropping_it_is_a_decision() -> None:
    text = "After talking to our distributors, we're dropping the plastic window: the buyers told us they won't list it."
    assert [(d.summary, d.rationale) for d in run(text, DANA).decisions] == [
        ("Dropping the plastic window", "the buyers told us they won't list it")]


def test_the_owner_choosing_closes_the_task_to_choose() -> None:
    known = (KnownTask(1, "Confirm the licence you'd like us to buy", DANA.email, date(2026, 11, 18)),)
    assert closed("After thinking about it, we take the perpetual buyout licence (option 2).", known, DANA) == [1]


def test_what_a_receipt_will_show_and_not_show_is_a_decision() -> None:
    text = "The SMS receipt to the client will show only the amount paid and the loan number, not the outstanding balance."
    assert [d.summary for d in run(text, DANA).decisions] == [text.rstrip(".")]


@pytest.mark.parametrize("text, titles", [
    ("I'll copy you as requested.", []),
    ("I'll copy you the minutes tomorrow.", ["Copy you the minutes"]),
])
def test_copying_someone_in_is_no_task(text: str, titles: list[str]) -> None:
    assert [t.title for t in run(text).tasks] == titles


def test_i_need_your_two_by_thursday_dates_the_request_before_it() -> None:
    text = "Priya, can you do the rooftop frame and the community-garden frame? I need your two by Thursday at noon."
    assert tasks(text) == [("Do the rooftop frame and the community-garden frame", PRIYA.email, date(2026, 11, 12))]


@pytest.mark.parametrize("text, summary, rationale", [
    ("We've gone with voice B for the main narrator: she sounds local without being twee.", "Go with voice B for the main narrator",
     "she sounds local without being twee"),
    ("We'll go with clear glass for the Blanco – our distributor wants the juice to be visible on the back bar.",
     "Go with clear glass for the Blanco", "our distributor wants the juice to be visible on the back bar"),
    ("Let's drop direction C (the lotería one). It's too close to what Casa Azul launched last month.",
     "Drop direction C (the lotería one)", "It's too close to what Casa Azul launched last month"),
    ("Let's drop Muriwai: without the clifftop and the drone it just isn't the headland she has in mind.", "Drop Muriwai",
     "without the clifftop and the drone it just isn't the headland she has in mind"),
    ("We'll standardise on NVDA with Firefox for the passes. That's the combination named in their testing policy.",
     "Standardise on NVDA with Firefox for the passes", "That's the combination named in their testing policy"),
    ("We'll do the whole audit remotely.", "Do the whole audit remotely", None),
    ("We'll soft-launch with the York and Harrogate shops only.", "Soft-launch with the York and Harrogate shops only", None),
    ("I've taken Waiheke off the lighthouse list. Barging a 60-person unit across would wreck their schedule.",
     "Taken Waiheke off the lighthouse list", "Barging a 60-person unit across would wreck their schedule"),
])
def test_decisions_from_fresh14_and_fresh16(text: str, summary: str, rationale: str | None) -> None:
    assert [(d.summary, d.rationale) for d in run(text, DANA).decisions] == [(summary, rationale)]


def test_a_keeping_clause_after_a_scrap_leaves_the_scrap_as_the_decision() -> None:
    assert [d.summary for d in run("also scrap the launch discount, we're keeping it at full price.", DANA).decisions] == [
        "Scrap the launch discount, we're keeping it at full price"]


def test_a_time_range_after_a_date_is_no_year() -> None:
    found = find_dates("on Tue 17 Nov, 0600-1400, two TCs", MONDAY, "Australia/Brisbane", "DMY")
    assert [m.value for m in found] == [date(2026, 11, 17)]


def test_a_legal_footer_asks_nothing() -> None:
    assert run("If you have received this email in error, please notify the sender and delete it.").tasks == []


def test_and_not_with_the_other_tool_is_a_choice() -> None:
    text = ("We'll do the import with Matrixify and not with Shopify's native CSV importer. Matrixify keeps the metafields, "
            "which the CSV importer drops.")
    assert [(d.summary, d.rationale) for d in run(text).decisions] == [
        ("Do the import with Matrixify and not with Shopify's native CSV importer",
         "Matrixify keeps the metafields, which the CSV importer drops")]


@pytest.mark.parametrize("text, titles", [
    ("Wednesday the 25th it is, but please not a day later.", []),
    ("I'll get you the 401(k) deferral list by Thursday.", ["Get you the 401(k) deferral list"]),
])
def test_titles_of_fresh19_and_fresh20(text: str, titles: list[str]) -> None:
    assert [t.title for t in run(text).tasks] == titles


def test_for_the_record_we_are_keeping_is_a_decision() -> None:
    text = "For the record, we're keeping the burgundy from the current box as the main colour. Our board chose it yesterday."
    assert [(d.summary, d.rationale) for d in run(text, DANA).decisions] == [
        ("Keeping the burgundy from the current box as the main colour", None)]


def test_the_sentence_after_a_choice_with_any_verb_is_why() -> None:
    text = ("We'll do the import with Matrixify and not with Shopify's native CSV importer. The native one drops the "
            "variant metafields.")
    assert [d.rationale for d in run(text).decisions] == ["The native one drops the variant metafields"]
