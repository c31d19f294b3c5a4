"""extract(): families added on 2026-12-03 (fifth session) from the blind scenario sets
fresh25 and fresh26: minutes and recaps with action-item lists (owners and deadlines
written as fields, brackets or dashes), decision lists, "done" leads over a list, and
stuck work that names no task. Positive probes must fire with the right fields;
negative probes must not."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from ingest.dates import find_dates
from ingest.extraction import Extraction, ExtractionContext, KnownTask, Person, extract

SAM = Person("sam@agency.io", "Sam Lee", "team", "Europe/London", "DMY")
PRIYA = Person("priya@agency.io", "Priya Shah", "team", "Europe/London", "DMY")
LARS = Person("lars@client.dk", "Lars Mikkelsen", "client", "Europe/Copenhagen", "DMY")
JESPER = Person("jesper@client.dk", "Jesper Holm", "client", "Europe/Copenhagen", "DMY")
MEMBERS = (SAM, PRIYA, LARS, JESPER)
# Wednesday 4 November 2026, 15:00 in London.
WEDNESDAY = datetime.fromisoformat("2026-11-04T15:00:00+00:00")


def run(text: str, author: Person = SAM, known: tuple[KnownTask, ...] = ()) -> Extraction:
    ctx = ExtractionContext(author=author, sent_at=WEDNESDAY, members=MEMBERS, to=(LARS.email, JESPER.email),
                            known_tasks=known)
    return extract(text, ctx)


def tasks(text: str, author: Person = SAM, known: tuple[KnownTask, ...] = ()) -> list[tuple[str, str | None, date | None]]:
    return [(t.title, t.owner, t.due) for t in run(text, author, known).tasks]


# ------------------------------------------------------------ action-item lists

MINUTES = """Hello all,

thank you for today's meeting. Please find below the minutes.

Action points:
1. VPN access for 3 testers - Owner: Lars - Deadline: 06.11
2. Anonymised data set from production (ca. 5 000 shipments) - Owner: Jesper - Deadline: 10.11
3. Jira accounts for the testers - Owner: Jesper/Lars - Deadline: 06.11
4. Draft of test plan - Owner: Priya - Deadline: 06.11

Best regards,
Sam"""


def test_minutes_fields_give_each_action_point_its_owner_and_deadline() -> None:
    assert tasks(MINUTES) == [
        ("VPN access for 3 testers", LARS.email, date(2026, 11, 6)),
        ("Anonymised data set from production", JESPER.email, date(2026, 11, 10)),
        # two names: stated, but nobody in particular
        ("Jira accounts for the testers", None, date(2026, 11, 6)),
        ("Draft of test plan", PRIYA.email, date(2026, 11, 6)),
    ]


@pytest.mark.parametrize(("line", "expected"), [
    ("1. Audited financials and the latest 990 (Lars) by this Friday, 6/11", ("Audited financials and the latest 990", LARS.email, date(2026, 11, 6))),
    ("2. Narrative outline for everyone to react to (me) by Tuesday 10/11", ("Narrative outline for everyone to react", SAM.email, date(2026, 11, 10))),
    ("• Brand questionnaire, filled in and back to us. Owner: Jesper · Due: Mon 9 Nov", ("Brand questionnaire, filled in and back to us", JESPER.email, date(2026, 11, 9))),
    ("3. Photos of the still and the botanicals (Lars), Fri 20 Nov, as agreed", ("Photos of the still and the botanicals", LARS.email, date(2026, 11, 20))),
    ("1. Pick a route: Jesper to confirm by Monday 23 Nov", ("Pick a route", JESPER.email, date(2026, 11, 23))),
    ("- Final copy deck – Priya, Friday 13 Nov", ("Final copy deck", PRIYA.email, date(2026, 11, 13))),
    ("6. Printer quotes: still unassigned, we'll sort it between us", ("Printer quotes", None, None)),
    ("5. Letter of support from the hospital. We didn't settle who should ask. Ideally in hand by Friday 20/11.",
     ("Letter of support from the hospital", None, date(2026, 11, 20))),
])
def test_action_item_owner_and_date_written_around_the_work(line: str, expected: tuple[str, str | None, date | None]) -> None:
    assert tasks(f"Hi all,\n\nNext steps\n{line}\n\nThanks") == [expected]


def test_a_bracket_that_names_no_member_stays_in_the_work() -> None:
    found = tasks("Action items\n1. Automation framework (Playwright) set-up - Owner: Priya - Deadline: 13.11")
    assert [(owner, due) for _, owner, due in found] == [(PRIYA.email, date(2026, 11, 13))]


def test_a_later_recap_restating_open_work_adds_no_copy_and_dates_an_undated_task() -> None:
    known = (KnownTask(1, "Three or four patient and CHW stories for the need statement", LARS.email, date(2026, 11, 13)),
             KnownTask(2, "Draft the resolution language", SAM.email),
             KnownTask(3, "Letter of support from the hospital", None, date(2026, 11, 20)))
    out = run("Recap below.\n\nAction items\n1. Patient and CHW stories (Lars) by 13/11. Lars is away this week\n"
              "2. Board resolution language (Sam) by Monday 16/11\n3. Hospital letter of support: still unassigned, still aiming for 20/11\n",
              SAM, known)
    assert out.tasks == []
    assert [(c.task_id, c.new_due) for c in out.changes] == [(2, date(2026, 11, 16))]


@pytest.mark.parametrize("header", ["Action points:", "Agreed actions", "Next steps for us:", "Action items (owner, date)"])
def test_action_list_headers(header: str) -> None:
    assert tasks(f"Thanks all.\n\n{header}\n- Send the updated rate card - Owner: Lars\n") == [
        ("Send the updated rate card", LARS.email, None)]


def test_letter_markers_and_ticked_numbers_are_list_markers() -> None:
    out = run("Questions we still need you to weigh in on\na) Will the 15% match be cash or in-kind?\n"
              "b) Who will be the authorised signer in the portal?", SAM)
    assert [q.text for q in out.questions] == ["Will the 15% match be cash or in-kind?",
                                              "Who will be the authorised signer in the portal?"]
    financials = KnownTask(4, "Audited financials and the latest 990", LARS.email, date(2026, 11, 6))
    done = run("Checking off one item from your list:\n\n#1 - The audited financials and our 990 are attached.", LARS, (financials,))
    assert [(c.task_id, c.status) for c in done.changes] == [(4, "done")]


# ------------------------------------------------------------ decision lists

def test_bullets_under_an_agreed_header_that_state_a_course_are_decisions() -> None:
    out = run("Hello all,\n\nAgreed:\n- Bugs will be reported in the client's Jira, not in our tracker, because your developers "
              "do not want two systems.\n\nDecided today\n- The dental van stays out of this application. It is already funded "
              "through the county.\n- We'll request the full $250,000.\n", SAM)
    assert [(d.summary, d.rationale) for d in out.decisions] == [
        ("Bugs will be reported in the client's Jira, not in our tracker", "your developers do not want two systems"),
        ("The dental van stays out of this application", "It is already funded through the county"),
        ("We'll request the full $250,000", None),
    ]


def test_descriptions_and_promises_under_what_we_agreed_are_not_decisions() -> None:
    out = run("What we agreed:\n- Two videos: one of 90 seconds for the web and one of 30 seconds for Instagram.\n"
              "- Priya will share the Drive link with the plant photos this afternoon.\n", JESPER)
    assert out.decisions == []
    assert [(t.title, t.owner) for t in out.tasks] == [("Share the Drive link with the plant photos", PRIYA.email)]


@pytest.mark.parametrize(("text", "summary"), [
    ("We've landed on the name: it stays Wattleseed Gin.", "The name: it stays Wattleseed Gin"),
    ("We decide to ship the peppers at 45°F, because our customer rejected two loads.", "Ship the peppers at 45°F"),
])
def test_settled_phrasings(text: str, summary: str) -> None:
    assert [d.summary for d in run(text, LARS).decisions] == [summary]


# ------------------------------------------------------------ done and stuck

def test_bullets_under_a_done_lead_close_the_tasks_they_name() -> None:
    wages = KnownTask(5, "Pull the BLS wage figures for community health workers in the metro area", PRIYA.email, date(2026, 11, 6))
    county = KnownTask(6, "County outcomes data: ER visits and diabetes prevalence by zip code", PRIYA.email, date(2026, 11, 9))
    out = run("Both done —\n\n• BLS wage figures for CHWs in the metro: median $51,870. Table is in the folder.\n"
              "• County outcomes data: ER visits by zip, same folder.\n\nP", PRIYA, (wages, county))
    assert sorted((c.task_id, c.status) for c in out.changes) == [(5, "done"), (6, "done")]
    assert out.tasks == []


def test_a_bullet_under_a_done_lead_that_names_no_task_closes_nothing() -> None:
    wages = KnownTask(5, "Pull the BLS wage figures", PRIYA.email, date(2026, 11, 6))
    out = run("All done:\n\n• The coffee machine on level 2 works again.", PRIYA, (wages,))
    assert out.changes == []


@pytest.mark.parametrize(("text", "expected"), [
    # the sentence before names the work
    ("Still no Chicago number from Frontera. Stuck waiting on their pricing guy, he's out till Monday", 1),
    # the date it names is the work's due date
    ("Units all in. Stuck waiting for the template now, so the 27th is looking tight", 2),
    ("Till access is restored the first tranche of 1,000 images is on hold.", 3),
])
def test_stuck_work_that_names_no_task(text: str, expected: int) -> None:
    known = (KnownTask(1, "Get Frontera to quote Pharr to Chicago", PRIYA.email, date(2026, 11, 12)),
             KnownTask(2, "Have the quartz worktops fitted", SAM.email, date(2026, 11, 27)),
             KnownTask(3, "Deliver the first tranche of batch 1", SAM.email, date(2026, 11, 20)))
    out = run(text, PRIYA, known)
    assert [(c.task_id, c.status) for c in out.changes] == [(expected, "blocked")]


def test_finished_early_and_a_tie_broken_by_the_rest_of_the_sentence() -> None:
    audit = KnownTask(1, "Competitor label audit", PRIYA.email, date(2026, 11, 10))
    assert [c.task_id for c in run("Also finished the competitor audit a few days early.", PRIYA, (audit,)).changes] == [1]
    photos = KnownTask(2, "Hi-res photos of Bertha and the native botanicals", LARS.email, date(2026, 11, 20))
    shoot = KnownTask(3, "Book Marco for the bottle photography", SAM.email, date(2026, 11, 20))
    out = run("The photos are in the Dropbox: Bertha from four angles, plus the botanicals.", LARS, (photos, shoot))
    assert [(c.task_id, c.status) for c in out.changes] == [(2, "done")]


def test_please_confirm_me_asks_nothing() -> None:
    assert run("Is it OK to move the first pickup to Monday 16? Please confirm me.", LARS).questions[1:] == []


# ------------------------------------------------------------ dates

@pytest.mark.parametrize(("text", "order", "expected"), [
    ("by Wednesday 11/11", "MDY", date(2026, 11, 11)),
    ("by this Friday, 11/6", "MDY", date(2026, 11, 6)),
    ("by Wed 11/11", "MDY", date(2026, 11, 11)),
    ("Thu 12/11", "DMY", date(2026, 11, 12)),
])
def test_a_weekday_vouches_for_the_numeric_date_after_it(text: str, order: str, expected: date) -> None:
    found = find_dates(text, WEDNESDAY, "Europe/London", order)
    assert [m.value for m in found] == [expected]


# ------------------------------------------------------------ requests and promises

@pytest.mark.parametrize(("text", "expected"), [
    # why it is wanted ends the title; "maximum" is a deadline word
    ("Please send me the rate confirmation for the first 4 loads maximum on Friday, our director needs to approve it.",
     ("Send me the rate confirmation for the first 4 loads", SAM.email, date(2026, 11, 6))),
    ("Before the full run we'd like a pilot from you: 200 labelled images by Friday, so we can score them.",
     ("Provide a pilot: 200 labelled images", SAM.email, date(2026, 11, 6))),
    ("Can you line up two carriers for the lane by Thursday?", ("Line up two carriers for the lane", SAM.email, date(2026, 11, 5))),
])
def test_requests(text: str, expected: tuple[str, str | None, date | None]) -> None:
    ctx = ExtractionContext(author=LARS, sent_at=WEDNESDAY, members=MEMBERS, to=(SAM.email,))
    assert [(t.title, t.owner, t.due) for t in extract(text, ctx).tasks] == [expected]


def test_we_would_like_without_from_you_is_no_request() -> None:
    assert tasks("We'd like a table by the window.", LARS) == []


@pytest.mark.parametrize("text", [
    "The class colour map is still in Leonie's draft folder, I'll get it to you on Thursday.",
    "The class colour map is still in the draft folder. I'll get it to you on Thursday.",
])
def test_a_promise_about_it_names_what_the_clause_before_was_about(text: str) -> None:
    assert [t.title for t in run(text, LARS).tasks] == ["Get the class colour map to you"]


def test_a_state_before_the_promise_is_not_part_of_the_title() -> None:
    assert [t.title for t in run("The report is almost done, I'll send it tomorrow.", LARS).tasks] == ["Send the report"]


def test_review_it_and_comment_names_what_was_handed_over() -> None:
    text = ("Lars - the draft of test plan is attached (Plan_v0.9.docx), sorry for the delay. "
            "Could you review it and send us your comments until Monday 16.11?")
    assert [(t.title, t.owner, t.due) for t in run(text, SAM).tasks] == [
        ("Review the draft of test plan and send us your comments", LARS.email, date(2026, 11, 16))]


def test_what_a_request_makes_possible_is_no_offer() -> None:
    text = ("Rate con for the first 4 loads is attached: $2,350 per load, fuel included. "
            "Please sign it and get it back to me by Monday so I can dispatch the truck for the 12th.")
    ctx = ExtractionContext(author=SAM, sent_at=WEDNESDAY, members=MEMBERS, to=(LARS.email,))
    assert [(t.title, t.owner, t.due) for t in extract(text, ctx).tasks] == [
        ("Sign rate con for the first 4 loads and get it back to me", LARS.email, date(2026, 11, 9))]


def test_not_later_than_is_a_deadline_not_part_of_the_title() -> None:
    ctx = ExtractionContext(author=LARS, sent_at=WEDNESDAY, members=MEMBERS, to=(SAM.email,))
    out = extract("Can you give us a rate Pharr to Chicago, same conditions, not later than 20 of November?", ctx)
    assert [(t.title, t.due) for t in out.tasks] == [("Give us a rate Pharr to Chicago, same conditions", date(2026, 11, 20))]


def test_minutes_deadline_wins_over_a_date_inside_the_work_and_a_decision_closes_the_decision_task() -> None:
    out = run("Action points:\n4. Invitation for the go/no-go meeting on 27.11 - Owner: Lars - Deadline: 23.11 (new)")
    assert [(t.title, t.owner, t.due) for t in out.tasks] == [("Invitation for the go/no-go meeting", LARS.email, date(2026, 11, 23))]
    decide = KnownTask(8, "Decision about the release date", JESPER.email, date(2026, 11, 20))
    done = run("Decision from our side: we keep the release on 1 December.", JESPER, (decide,))
    assert [(c.task_id, c.status) for c in done.changes] == [(8, "done")]


@pytest.mark.parametrize("text", [
    "Is possible to move the first pickup to Monday 16?",
    "Could we move the 3-minute film to Tuesday 1st December?",
    "Can we say Thursday 12/11 instead of 10/11?",
])
def test_a_new_date_proposed_is_no_open_question(text: str) -> None:
    assert run(text, LARS).questions == []


def test_moving_something_without_a_date_is_still_a_question() -> None:
    assert [q.text for q in run("Could we move the launch to the new server?", LARS).questions] == [
        "Could we move the launch to the new server?"]


@pytest.mark.parametrize("text", ["Kindly revert back on the same.", "Please do the needful."])
def test_asking_for_a_reply_is_no_task(text: str) -> None:
    assert run(text, LARS).tasks == []


def test_then_dates_a_promise_by_the_date_said_first() -> None:
    strip = KnownTask(9, "Start the strip-out", SAM.email, date(2026, 11, 10))
    out = run("Tuesday the 17th is fine, we'll start the strip-out then instead.", SAM, (strip,))
    assert [(c.task_id, c.new_due) for c in out.changes] == [(9, date(2026, 11, 17))]
    assert [(t.title, t.due) for t in run("Tuesday the 17th is fine, we'll start the strip-out then.").tasks] == [
        ("Start the strip-out", date(2026, 11, 17))]


@pytest.mark.parametrize("text", ["Can we say Thursday 12/11 instead of 10/11?", "Can we make it Thursday 12/11 instead of 10/11?"])
def test_a_date_asked_instead_of_the_old_one_moves_the_task_due_then(text: str) -> None:
    data = KnownTask(3, "Anonymised data set from production", JESPER.email, date(2026, 11, 10))
    out = run(text, JESPER, (data,))
    assert [(c.task_id, c.new_due) for c in out.changes] == [(3, date(2026, 11, 12))]


@pytest.mark.parametrize("text", ["We request you to kindly allow us till Monday 9th November for the pilot delivery.",
                                  "Could you give us until Monday to finish the pilot?"])
def test_more_time_asked_for_ones_own_work_moves_it(text: str) -> None:
    pilot = KnownTask(2, "Provide a pilot: 200 labelled images", PRIYA.email, date(2026, 11, 6))
    out = run(text, PRIYA, (pilot,))
    assert [(c.task_id, c.new_due) for c in out.changes] == [(2, date(2026, 11, 9))]
    assert out.tasks == []


# ------------------------------------------------------------ closed in other words (fresh27, fresh28)

@pytest.mark.parametrize(("title", "owner", "author", "text"), [
    ("Find us a room like that and let us know", LARS, LARS, "I've booked the Hamilton Seminar Room for the 26th."),
    ("Ask Eoin for a quote and a rough timeline", SAM, PRIYA, "Eoin came back already: €1,200 for the theme and two stings."),
    ("Ask the Hotel Diagonal Zero and the Hilton for a room block", SAM, SAM, "Good news: the Diagonal Zero confirmed the room block."),
    ("Prepare two venue options with the costs and send them to us", SAM, SAM, "I send you attached the proposal with the two venue options."),
    ("Send us a first test build for the iPhone", SAM, SAM, "The TestFlight build is out, you should have the invite."),
])
def test_work_closed_in_other_words(title: str, owner: Person, author: Person, text: str) -> None:
    other = KnownTask(90, "Send the guest list for the gala", JESPER.email, date(2026, 11, 13))
    out = run(text, author, (KnownTask(7, title, owner.email, date(2026, 11, 13)), other))
    assert [(c.task_id, c.status) for c in out.changes] == [(7, "done")]


@pytest.mark.parametrize("text", ["Lars is out today.", "Lars came back from holiday.", "The LED wall is blocked for 17-20 February."])
def test_not_closed_nor_blocked(text: str) -> None:
    known = (KnownTask(7, "Ask Lars about the LED wall", SAM.email, date(2026, 11, 13)),)
    assert run(text, SAM, known).changes == []


def test_announcing_what_was_agreed_and_waiting_for_approval_are_no_decisions() -> None:
    out = run("Quick record of what we agreed at stand-up, so it's in the tracker:\n\n"
              "Decision: we publish in SCORM 1.2, not 2004, because the plugin only tracks 1.2", SAM)
    assert [d.summary for d in out.decisions] == ["We publish in SCORM 1.2, not 2004"]
    assert run("The request is still pending with IT Security. I will revert once approved.", LARS).decisions == []


def test_our_supplier_sending_it_closes_the_chase() -> None:
    chase = KnownTask(4, "Chase your PMS provider for the API keys", LARS.email)
    out = run("Good news: our PMS provider sent them directly to Tiago yesterday evening.", LARS, (chase,))
    assert [(c.task_id, c.status) for c in out.changes] == [(4, "done")]


def test_the_old_date_in_a_slip_is_not_part_of_the_works_name() -> None:
    packages = KnownTask(5, "Hand over the final course packages for all six modules", SAM.email, date(2026, 11, 20))
    out = run("I'm afraid we need to move the handover of the final course packages from Friday 20 November "
              "to Friday 27 November.", SAM, (packages,))
    assert [(c.task_id, c.new_due) for c in out.changes] == [(5, date(2026, 11, 27))]


@pytest.mark.parametrize("text", ["After Lisbon last year, who can say no to Barcelona in February?",
                                  "Why is it always urgent with pharma, eh?",
                                  "Also, November in the Coast Mountains, what could possibly go wrong?"])
def test_rhetorical_questions_ask_nothing(text: str) -> None:
    assert run(text, LARS).questions == []


def test_would_it_be_ok_for_you_if_we_send_it_later_moves_the_task() -> None:
    agenda = KnownTask(6, "Send us the draft of the agenda for the registration website", SAM.email, date(2026, 11, 20))
    out = run("Would it be OK for you if we send the draft on Wednesday 25 November instead of the 20th?", SAM, (agenda,))
    assert out.questions == []
    assert [(c.task_id, c.new_due) for c in out.changes] == [(6, date(2026, 11, 25))]


def test_each_clause_closes_the_task_it_names() -> None:
    casa = KnownTask(1, "Get CASA flight approval for the drone", PRIYA.email, date(2026, 11, 13))
    flights = KnownTask(2, "Book flights for me and Callum", SAM.email)
    out = run("CASA flight approval came through overnight, and flights are booked: me and Callum out on the 20th.",
              SAM, (casa, flights))
    assert sorted((c.task_id, c.status) for c in out.changes) == [(1, "done"), (2, "done")]


def test_where_we_landed_announces_decisions() -> None:
    assert [d.summary for d in run("Quick summary of where we landed on Friday's call:\n\nWe decided to build the MVP in "
                                   "React Native rather than native Swift.", LARS).decisions] == [
        "Build the MVP in React Native rather than native Swift"]


def test_blocked_for_a_while_is_still_blocked() -> None:
    booking = KnownTask(7, "Confirm the booking with them", SAM.email, date(2026, 11, 13))
    out = run("The booking has been blocked for two days by their legal team.", SAM, (booking,))
    assert [(c.task_id, c.status) for c in out.changes] == [(7, "blocked")]


def test_a_generic_label_before_name_to_is_not_the_work() -> None:
    assert tasks("Next steps\n- Next step: Priya to send the deck by Friday 6 Nov") == [
        ("Send the deck", PRIYA.email, date(2026, 11, 6))]


def test_a_state_said_by_a_pronoun_names_nothing() -> None:
    assert [t.title for t in run("We are still working on it, I'll send it tomorrow.", LARS).tasks] == ["Send it"]
