"""extract(): phrasing families added on 2026-12-03 (fourth session) from the spent blind
scenario sets (fresh, fresh2 ... fresh20) and the new sets fresh21 and fresh23. Positive
probes must fire with the right fields; negative probes must not."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from ingest.dates import find_dates
from ingest.extraction import (
    Extraction,
    ExtractionContext,
    KnownTask,
    Person,
    TaskItem,
    extract,
    reconcile_forward,
)

SAM = Person("sam@agency.io", "Sam Lee", "team", "Europe/London", "DMY")
PRIYA = Person("priya@agency.io", "Priya Shah", "team", "Europe/London", "DMY")
MEI = Person("meiling@agency.io", "Tan Mei Ling", "team", "Europe/London", "DMY")
DANA = Person("dana@client.com", "Dana Cole", "client", "Europe/London", "DMY")
MEMBERS = (SAM, PRIYA, MEI, DANA)
# Thursday 5 November 2026, 10:00 in London.
THURSDAY = datetime.fromisoformat("2026-11-05T10:00:00+00:00")
# Someone else's open work, so that a rule must pick the right task, not the only one.
OTHERS = (KnownTask(90, "Send the invoice for the first instalment", SAM.email, date(2026, 11, 12)),
          KnownTask(91, "Book the venue for the launch party", DANA.email, date(2026, 11, 20)))


def run(text: str, author: Person = SAM, known: tuple[KnownTask, ...] = (), thread_task: int | None = None) -> Extraction:
    ctx = ExtractionContext(author=author, sent_at=THURSDAY, members=MEMBERS, to=(PRIYA.email, DANA.email),
                            known_tasks=(*known, *OTHERS), thread_task_id=thread_task)
    return extract(text, ctx)


def tasks(text: str, author: Person = DANA) -> list[tuple[str, str | None, date | None]]:
    return [(t.title, t.owner, t.due) for t in run("Hi all,\n\nSome news first.\n\n" + text, author).tasks]


def closed(text: str, task: KnownTask, author: Person) -> list[int | None]:
    return [c.task_id for c in run(text, author, (task,)).changes if c.status == "done"]


def moved(text: str, task: KnownTask, author: Person) -> list[tuple[int | None, date | None]]:
    return [(c.task_id, c.new_due) for c in run(text, author, (task,), thread_task=task.id).changes if c.new_due]


def decisions(text: str, author: Person = DANA) -> list[tuple[str, str | None]]:
    return [(d.summary, d.rationale) for d in run(text, author).decisions]


# ------------------------------------------------------------ work handed over or done

@pytest.mark.parametrize(("title", "author", "text"), [
    ("Run a test import into the dev store", PRIYA, "Test import done on the dev store: 1,238 of 1,243 products came through."),
    ("Send over a few sample narrator voices for us to choose", PRIYA, "Here are the narrator samples you asked for."),
    ("Confirm the plan", DANA, "We confirm the revised project plan v1.3."),
    ("Sign off on it", DANA, "It's approved, please go ahead and print."),
    ("Send us the brand guidelines and the dielines of the current boxes", DANA,
     "Here you go: our brand book (PDF) and the dielines of the two current boxes."),
    ("Draft sections 3 and 4", PRIYA, "Sections 3 and 4 are in the shared draft now."),
    ("Complete the attached employee census template and send it back to us", DANA, "census file attached!"),
    ("Get our brand guidelines and the hi-res product photos over to Nia", DANA,
     "Brand guidelines and the product photos are on WeTransfer for Nia now."),
    ("Send the first layout for the landing page", PRIYA, "Follow attached the layout of the landing page in two versions."),
    ("Ask your IT team to assign the eDiscovery Manager role to our service account", DANA,
     "Also, IT assigned the eDiscovery Manager role to svc-collect@client.com this morning, so you should be all set."),
    ("Give you read-only access to our AWS org", PRIYA, "I gave you both read-only access to AWS org now."),
])
def test_work_reported_done_closes_the_task_it_names(title: str, author: Person, text: str) -> None:
    assert closed(text, KnownTask(7, title, author.email), author) == [7]


def test_the_title_holding_every_word_of_the_report_is_the_one_done() -> None:
    plan = KnownTask(6, "Send us the migration plan", SAM.email)
    test = KnownTask(7, "Run a test migration of two mailboxes to check the calendar permissions", PRIYA.email)
    changes = run("Test migration done: both mailboxes moved fine.", PRIYA, (plan, test)).changes
    assert [(c.task_id, c.status) for c in changes] == [(7, "done")]


@pytest.mark.parametrize(("title", "author", "text"), [
    # a sign-off someone else owes, or a plan that is not one
    ("Sign off on it", DANA, "It's approved by legal, we're waiting for finance."),
    ("Confirm the plan", DANA, "We confirm receipt of your mail."),
    # an approval from the team is not the client's sign-off
    ("Approve the homepage design", DANA, "It's approved, please go ahead and print."),
    # a third party's past act that is not the title's verb
    ("Ask your IT team to assign the role to our service account", DANA, "IT reviewed the request this morning."),
    ("Send the mailing file", DANA, "The mailing file is on the list for next week."),
])
def test_near_misses_close_nothing(title: str, author: Person, text: str) -> None:
    writer = SAM if title == "Approve the homepage design" else author
    assert closed(text, KnownTask(7, title, author.email), writer) == []


# ------------------------------------------------------------ new dates

@pytest.mark.parametrize(("title", "author", "text", "due"), [
    ("Dig out the summer wedding photos and send them over to us", DANA,
     "The summer photos won't be with you until Monday, I'm afraid.", date(2026, 11, 9)),
    ("Have a first draft of the brochure copy with you", PRIYA,
     "Could we say Wednesday the 18th instead of the 13th?", date(2026, 11, 18)),
    ("Run the terms across the collected data and send me a hit report", PRIYA,
     "The hit report will take a day longer, can I send it on Wednesday the 11th?", date(2026, 11, 11)),
    ("Send the haul road map export", DANA, "Map export won't be today, Tuesday.", date(2026, 11, 10)),
])
def test_a_slip_gives_the_new_date(title: str, author: Person, text: str, due: date) -> None:
    assert moved(text, KnownTask(7, title, author.email, date(2026, 11, 13)), author) == [(7, due)]


def test_a_plural_subject_slips_to_a_date() -> None:
    known = KnownTask(7, "Send the UAT fixes", PRIYA.email, date(2026, 11, 5))
    assert moved("UAT fixes slip to tomorrow.", known, PRIYA) == [(7, date(2026, 11, 6))]


def test_what_will_not_happen_until_later_is_no_slip_without_a_date() -> None:
    known = KnownTask(7, "Send the photos", DANA.email, date(2026, 11, 6))
    assert moved("The photos won't be with you until we hear from the family.", known, DANA) == []


def test_iso_week_numbers_are_the_friday_of_that_week() -> None:
    def dates(text: str) -> list[date]:
        return [d.value for d in find_dates(text, THURSDAY, "Europe/London", "DMY")]

    assert dates("before the end of week 46") == [date(2026, 11, 13)]
    assert dates("by week 47") == [date(2026, 11, 20)]
    assert dates("KW 48") == [date(2026, 11, 27)]
    assert dates("the 2nd week 3 times") == []
    assert dates("week 60") == []


# ------------------------------------------------------------ requests

def test_requests_said_to_someone_by_name() -> None:
    assert tasks("Sam, sign the access form and send it back.") == [
        ("Sign the access form and send it back", SAM.email, None)]
    assert tasks("Sam, need the firewall rule for 8443 on the dispatch VLAN before cutover. By Fri 27th.") == [
        ("Provide the firewall rule for 8443 on the dispatch VLAN before cutover", SAM.email, date(2026, 11, 27))]
    assert tasks("Mei Ling – org chart incl. outsourced functions, by Fri pls") == [
        ("Org chart incl. outsourced functions", MEI.email, date(2026, 11, 6))]
    assert tasks("Sam, please check whether the gallery slabs can carry the extra insulation, before the end of week 46.") == [
        ("Check whether the gallery slabs can carry the extra insulation", SAM.email, date(2026, 11, 13))]


def test_pointers_and_praise_said_by_name_are_no_tasks() -> None:
    assert tasks("Sam, note the new address.") == []
    assert tasks("Priya – great work on the deck.") == []
    assert tasks("Could you check whether the venue has parking?") == []


def test_a_long_title_keeps_what_the_work_is_for() -> None:
    [(title, _owner, _due)] = tasks("Priya will send you the names of our in-house attorneys and outside counsel for "
                                    "the privilege screen by Friday.")
    assert title.endswith("privilege screen")


def test_a_forward_note_that_asks_for_work_supersedes_the_forwarded_asks() -> None:
    note = Extraction(tasks=[TaskItem("Send Fenton the Harrogate elevations and fixing details from your survey",
                                      PRIYA.email, date(2026, 11, 16), "open", "natural:request", "")])
    forwarded = Extraction(
        tasks=[TaskItem("Send him scaled elevations and fixing details for the Harrogate shopfront", SAM.email, None,
                        "open", "natural:request", "")],
        decisions=[run("We've decided to go with the brass letters.", DANA).decisions[0]])
    kept_note, kept = reconcile_forward(note, forwarded)
    assert kept_note == note and kept.tasks == [] and kept.decisions == forwarded.decisions
    # "FYI, see below": the forwarded asks are all there is
    assert reconcile_forward(Extraction(), forwarded) == (Extraction(), forwarded)


def test_a_forward_note_that_takes_the_request_on_gives_it_its_owner() -> None:
    note = Extraction(tasks=[TaskItem("Have a draft to her", SAM.email, date(2026, 11, 11), "open", "natural:commitment", "")])
    forwarded = Extraction(tasks=[TaskItem("Send me a first draft of the agenda for day 1", None, date(2026, 11, 11),
                                           "open", "natural:request", "")])
    kept_note, kept = reconcile_forward(note, forwarded)
    assert kept_note.tasks == []
    assert [(t.title, t.owner, t.due) for t in kept.tasks] == [
        ("Send me a first draft of the agenda for day 1", SAM.email, date(2026, 11, 11))]


# ------------------------------------------------------------ decisions

@pytest.mark.parametrize(("text", "summary", "why"), [
    ("We love the dark version, let's go with it: it matches the holiday catalog our customers already have.",
     "Go with the dark version", "it matches the holiday catalog our customers already have"),
    ("Option B looks great, let's go with that.", "Go with Option B", None),
    ("We've decided on the battlements one, the other two are a bit twee for us, to be honest.", "The battlements one",
     "the other two are a bit twee for us"),
    ("Decision: we map against PSN02 only, not PSN01 – Kopipay doesn't touch DPT.", "We map against PSN02 only, not PSN01",
     "Kopipay doesn't touch DPT"),
    ("Decided to file in Jan 2027, not Dec.", "File in Jan 2027, not Dec", None),
    ("Pen test: going with Vantage Cyber. Cheaper, and they did our 2025 VAPT.", "Going with Vantage Cyber",
     "Cheaper, and they did our 2025 VAPT"),
    ("Based on Kübra's survey we will put the bathrooms in the first phase, because mould is the main complaint.",
     "Put the bathrooms in the first phase", "mould is the main complaint"),
])
def test_decisions_and_their_reasons(text: str, summary: str, why: str | None) -> None:
    assert decisions(text) == [(summary, why)]


def test_a_plan_that_is_only_a_promise_is_no_decision() -> None:
    assert decisions("Based on your feedback, we'll send a new draft on Friday.", SAM) == []
    assert decisions("Let's go with it.") == [("Go with it", None)]


def test_the_done_verb_picks_the_task_it_names() -> None:
    send = KnownTask(6, "Send us the migration plan", SAM.email)
    sign = KnownTask(7, "Sign off the plan", DANA.email)
    changes = run("I have read the plan and I've signed off the migration plan.", DANA, (send, sign)).changes
    assert [(c.task_id, c.status) for c in changes] == [(7, "done")]


def test_please_move_the_work_to_a_date_is_a_slip_not_a_new_task() -> None:
    known = KnownTask(7, "Build the field mapping from Sage to PayHub", PRIYA.email, date(2026, 11, 10))
    found = run("Priya,\n\nGraham's export is now coming on Wednesday, so please move the mapping to Friday 13 November.",
                SAM, (known,))
    assert found.tasks == []
    assert [(c.task_id, c.new_due) for c in found.changes] == [(7, date(2026, 11, 13))]


@pytest.mark.parametrize("text", ["Is it ok for you?", "Would that still work?", "Let me know what you think!"])
def test_agreement_sought_on_a_proposal_is_no_open_question(text: str) -> None:
    assert run(f"Hi Dana,\n\nWe can deliver on Tuesday 17/11. {text}", SAM).questions == []


def test_a_real_yes_no_question_still_counts() -> None:
    assert [q.text for q in run("Hi Dana,\n\nIs it ok to use the logo on the van?", SAM).questions] == [
        "Is it ok to use the logo on the van?"]


def test_a_members_planned_work_in_the_present_tense() -> None:
    assert tasks("Priya installs v4 on your test server Wed.", SAM) == [
        ("Install v4 on your test server", PRIYA.email, date(2026, 11, 11))]
    assert tasks("Priya sends her regards.", SAM) == []
    assert tasks("Priya loves the new logo.", SAM) == []


def test_agreed_with_someone_to_do_something() -> None:
    assert decisions("We've also agreed with Halberd's counsel to leave Teams chats out of the first production, since "
                     "they aren't producing chat data until January.", SAM) == [
        ("Leave Teams chats out of the first production", "they aren't producing chat data until January")]


@pytest.mark.parametrize("text", [
    "As discussed, the legal hold notice went out to all nine custodians last Wednesday.",
    "Attached are the 14 search terms we agreed with Halberd's counsel at Tuesday's meet-and-confer.",
])
def test_news_and_handovers_of_earlier_agreements_are_no_decisions(text: str) -> None:
    assert decisions(text, SAM) == []


def test_a_terse_slip_its_cause_and_its_new_day_in_three_sentences() -> None:
    known = KnownTask(7, "Provide the haul road map export", DANA.email, date(2026, 11, 6))
    changes = run("Map export won't be today. Surveyor's crook. Tuesday.", DANA, (known,)).changes
    assert [(c.task_id, c.new_due, c.reason) for c in changes] == [(7, date(2026, 11, 10), "Surveyor's crook")]


def test_a_meeting_moved_is_not_the_work_moved() -> None:
    known = KnownTask(7, "Send us the sketch design with the two facade options", SAM.email, date(2026, 11, 17))
    assert moved("The 17th is fine for us, we have moved our MT meeting to Thursday 19 November.", known, DANA) == []


def test_a_deliverable_sent_for_sign_off_is_done_and_the_sign_off_is_not() -> None:
    send = KnownTask(7, "Send us the migration plan", SAM.email, date(2026, 11, 4))
    text = "Hi Dana,\n\nPlease find attached the migration plan (plan_v1.pdf).\n\nDana, could you sign off the plan by Friday?"
    assert closed(text, send, SAM) == [7]
    # (the scenario writers label the handed-over thing done: the approval is the open work now)
    menu = KnownTask(7, "Catering menu", SAM.email, date(2026, 11, 4))
    assert closed("Hi Dana,\n\nCatering menu is attached. Please approve it by Wednesday.", menu, SAM) == [7]
    approve = KnownTask(8, "Approve the catering menu", DANA.email, date(2026, 11, 4))
    assert closed("Hi Dana,\n\nCatering menu is attached. Please approve it by Wednesday.", approve, SAM) == []


def test_deliverables_listed_with_their_deadlines_are_asked_of_the_addressee() -> None:
    found = run("Hi Sam,\n\nGood news, you're on board.\n\nKey dates from our end:\n- Control report to us by Friday 13 November.\n"
                "- Detail survey and the 12d model by Friday 20 November.\n\nThanks,\nDana", DANA).tasks
    assert [(t.title, t.owner, t.due) for t in found] == [
        ("Control report", SAM.email, date(2026, 11, 13)), ("Detail survey and the 12d model", SAM.email, date(2026, 11, 20))]
    # a milestone of one's own, with no heading asking for it, is not asked of anyone
    assert run("Hi Sam,\n\nThe launch by 20 November still stands.", DANA).tasks == []


# ------------------------------------------------------------ from fresh22 and fresh24, after their held-out scoring

def test_asked_slips_with_a_reason_first_or_is_it_possible() -> None:
    uat = KnownTask(7, "Deploy the Sprint 4 build to our UAT environment", SAM.email, date(2026, 11, 11))
    text = ("The UAT environment is frozen on Wednesday 11th for a security patch, so could we move the UAT deployment "
            "to Thursday 12th?")
    found = run(text, DANA, (uat,))
    assert [(c.task_id, c.new_due) for c in found.changes] == [(7, date(2026, 11, 12))] and found.questions == []
    film = KnownTask(7, "Deliver the cartons", DANA.email, date(2026, 12, 4))
    found = run("Is it possible to deliver the 07/12 instead?", DANA, (film,), thread_task=7)
    assert [(c.task_id, c.new_due) for c in found.changes] == [(7, date(2026, 12, 7))] and found.questions == []


def test_confirming_a_booking_by_a_date_is_work_confirming_a_fact_is_a_question() -> None:
    assert tasks("Sam, could you confirm accommodation in Kitui town for four people by Friday?") == [
        ("Confirm accommodation in Kitui town for four people", SAM.email, date(2026, 11, 6))]
    assert run("Hi Sam,\n\nCan you confirm the budget?", DANA).tasks == []


def test_idioms_and_recaps_record_nothing() -> None:
    assert tasks("Kindly do the needful.") == []
    assert decisions("As discussed, a short summary so we are all on the same page:", SAM) == []
    assert run("Hi Dana,\n\nWe can deliver on Tuesday 17/11. Would that still work for your printer?", SAM).questions == []


def test_reasons_after_as_per_and_after_what_was_wrong_with_the_other() -> None:
    assert decisions("Decision: not to use the shared QA server for testing, as per their infosec policy all testing "
                     "must happen from their VDI.", SAM) == [
        ("Not to use the shared QA server for testing", "their infosec policy all testing must happen from their VDI")]
    found = extract(
        "Static end card please, the animated logo felt too corporate on our last video.",
        ExtractionContext(author=DANA, sent_at=THURSDAY, members=MEMBERS, to=(SAM.email,),
                          open_questions=("Do you want a static end card or the animated logo?",)))
    assert [(d.summary, d.rationale) for d in found.decisions] == [
        ("Static end card please", "the animated logo felt too corporate on our last video")]


def test_deliveries_that_will_follow_each_with_its_date() -> None:
    assert tasks("The object labels will follow by Wednesday the 25th and the audio guide script by Friday the 27th.", SAM) == [
        ("Deliver the object labels", SAM.email, date(2026, 11, 25)),
        ("Deliver the audio guide script", SAM.email, date(2026, 11, 27))]
    assert tasks("Our decision will follow.", SAM) == []


@pytest.mark.parametrize(("text", "summary", "by"), [
    (("As discussed with Björn yesterday, we'll support SIE import in the onboarding from day one, since half of our "
      "trial users are switching from Visma."), "Support SIE import in the onboarding from day one", DANA),
    ("And as discussed on the call last Thursday, we're leaving dark mode out of phase 1.",
     "We're leaving dark mode out of phase 1", DANA),
    ("- Priya made the call to go with a setup checklist instead of the guided tour, because most users skip the tour.",
     "Go with a setup checklist instead of the guided tour", PRIYA),
])
def test_courses_settled_in_a_meeting_and_reported(text: str, summary: str, by: Person) -> None:
    assert [(d.summary, d.decided_by) for d in run("Hi Sam,\n\n" + text, DANA).decisions] == [(summary, by.email)]


def test_a_promise_after_as_discussed_stays_a_task() -> None:
    found = run("Hi Dana,\n\nAs discussed, we'll send the floor plan on Friday.", SAM)
    assert found.decisions == [] and [t.title for t in found.tasks] == ["Send the floor plan"]


def test_a_reason_before_the_asked_new_date_does_not_hide_the_task_due_on_the_old_one() -> None:
    known = KnownTask(7, "Have a first draft of the brochure copy with you", PRIYA.email, date(2026, 11, 13))
    text = ("The 2027 packages changed the whole middle section and I want to get it right rather than rush it, so could "
            "we say Wednesday the 18th instead of the 13th?")
    found = run(text, PRIYA, (known,))
    assert [(c.task_id, c.new_due) for c in found.changes] == [(7, date(2026, 11, 18))] and found.questions == []


def test_the_work_noun_of_an_asked_slip_names_the_task_by_its_verb() -> None:
    known = KnownTask(7, "Have the hangers and the yard signs delivered to your campaign office", DANA.email, date(2026, 11, 13))
    found = run("Could we move the delivery to Tuesday the 17th instead of Friday the 13th?", DANA, (known,))
    assert [(c.task_id, c.new_due) for c in found.changes] == [(7, date(2026, 11, 17))] and found.questions == []


def test_a_terse_state_in_the_morning_is_a_time_not_a_place() -> None:
    assert closed("Homepage live in the morning.", KnownTask(7, "Get the homepage live", PRIYA.email), PRIYA) == []
