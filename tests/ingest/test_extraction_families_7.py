"""extract(): families added on 2026-12-03 (sixth session) from the blind scenario sets
fresh29 (construction: site-meeting reports, change orders, inline answers, week numbers)
and fresh30 (chat-style status mail: ✅/⏳/❌ bullets, @name turns), and from the closures
the older sets still missed (a request answered, chosen or approved by the person asked).
Positive probes must fire with the right fields; negative probes must not."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from ingest.answers import settles_request
from ingest.dates import find_dates
from ingest.extraction import Extraction, ExtractionContext, KnownTask, Person, extract
from ingest.newtext import extract_new_text
from ingest.text_segments import split_sentences

SAM = Person("sam@agency.io", "Sam Lee", "team", "Europe/London", "DMY")
PRIYA = Person("priya@agency.io", "Priya Shah", "team", "Europe/London", "DMY")
LARS = Person("lars@client.dk", "Lars Mikkelsen", "client", "Europe/Copenhagen", "DMY")
JESPER = Person("jesper@client.dk", "Jesper Holm", "client", "Europe/Copenhagen", "DMY")
MEMBERS = (SAM, PRIYA, LARS, JESPER)
# Monday 2 November 2026, 10:00 in London.
MONDAY = datetime.fromisoformat("2026-11-02T10:00:00+00:00")


def run(text: str, author: Person = SAM, known: tuple[KnownTask, ...] = (), thread: tuple[int, ...] = ()) -> Extraction:
    ctx = ExtractionContext(author=author, sent_at=MONDAY, members=MEMBERS, to=(LARS.email, JESPER.email),
                            known_tasks=known, thread_tasks=thread)
    return extract(text, ctx)


# ------------------------------------------------------------ requests answered on their thread

@pytest.mark.parametrize(("title", "reply"), [
    ("Pick a slot", "Slot B ok."),
    ("Pick a slot", "Sorry for the slow reply, slot B is fine for us."),
    ("Confirm the pen test vendor for the merchant API", "Pen test: going with Vantage Cyber, they start on the 16th."),
    ("Give us your choice", "We love option A, go ahead with the CCIB!"),
    ("Sign off on it", "It's approved, please go ahead and print."),
    ("Give him the green light", "Done, he has the green light."),
    ("Send me the name and cell number of the person who will open the gates", "Sipho Ndlovu will open up. His cell number is 082 555 0164."),
])
def test_the_person_asked_settles_the_request(title: str, reply: str) -> None:
    assert settles_request(title, reply)
    asked = KnownTask(7, title, LARS.email)
    assert [(c.task_id, c.status) for c in run(reply, LARS, (asked,), thread=(7,)).changes] == [(7, "done")]


@pytest.mark.parametrize(("title", "reply"), [
    ("Pick a slot", "I'll pick a slot tomorrow."),
    ("Confirm the product names and prices for the price list panel", "Price list – I'm afraid I can't confirm it by Wednesday."),
    ("Sign off on it", "Not approved yet, legal still has comments."),
    ("Pick a slot", "Which slot is the longer one?"),
    ("Send the logo files", "Logo files: the designer is on it."),
])
def test_a_deferral_or_a_question_back_settles_nothing(title: str, reply: str) -> None:
    assert not settles_request(title, reply)


def test_only_the_person_asked_and_only_on_the_requests_thread() -> None:
    slot = KnownTask(7, "Pick a slot", LARS.email)
    assert run("Slot B ok.", JESPER, (slot,), thread=(7,)).changes == []
    assert run("Slot B ok.", LARS, (slot,), thread=()).changes == []


def test_done_from_the_owner_of_one_of_the_threads_tasks_closes_that_one() -> None:
    mine = KnownTask(1, "Add Paolo as an Editor on the GA4 property", LARS.email)
    other = KnownTask(2, "Backlinks report", SAM.email)
    out = run("Done ✅ Paolo's an Editor on GA4 now (gave him Looker Studio too).", LARS, (mine, other), thread=(1, 2))
    assert [(c.task_id, c.status) for c in out.changes] == [(1, "done")]


# ------------------------------------------------------------ status bullets

STATUS_MAIL = """Hey all 👋

Monday status:

✅ meta descriptions for the 40 invoice-template pages — live since Friday
⏳ backlinks report — Thurs (@Priya)
❌ traffic drop audit (@Sam) — blocked on GA access
❌ Search Console access — still missing
"""


def test_status_bullets_are_tasks_with_owner_date_and_state() -> None:
    out = run(STATUS_MAIL)
    assert [(t.title, t.owner, t.due, t.status) for t in out.tasks] == [
        ("Backlinks report", PRIYA.email, date(2026, 11, 5), "open"),
        ("Traffic drop audit", SAM.email, None, "blocked"),
    ]


def test_status_bullets_move_the_tasks_they_name() -> None:
    audit = KnownTask(1, "Traffic drop audit", SAM.email)
    report = KnownTask(2, "Backlinks report", PRIYA.email, date(2026, 11, 5))
    out = run("✅ traffic drop audit — deck's in the shared drive\n⏳ backlinks report — Tue (slipped from Thurs)", known=(audit, report))
    assert out.tasks == []
    assert [(c.task_id, c.status, c.new_due) for c in out.changes] == [(1, "done", None), (2, None, date(2026, 11, 3))]


# ------------------------------------------------------------ chat-style turns to one person

@pytest.mark.parametrize("text", ["@Lars – could you have drafts of the three comparison pages with us by Friday the 13th?",
                                  "@Lars could you send the drafts of the comparison pages by Friday the 13th?"])
def test_an_at_mention_turns_the_request_to_that_member(text: str) -> None:
    assert [(t.owner, t.due) for t in run(text).tasks] == [(LARS.email, date(2026, 11, 13))]


@pytest.mark.parametrize("text", ["Q for @Lars: should we flag the thin tag pages now, or wait for the audit?",
                                  "One for Lars: can you design the report from the brand kit, or do you need Figma?"])
def test_a_question_for_someone_is_addressed_to_them(text: str) -> None:
    assert [q.addressed_to for q in run(text).questions] == [LARS.email]


# ------------------------------------------------------------ reports and change orders

REPORT = """Below is the report of site meeting no. 14.

2. Agreed
- From week 47 all deliveries will use the north gate on Am Sandtorkai.

3. Action points
14.1  Revised door schedule for the stair cores (fire ratings) – Sam – 06.11.
14.3  Confirm the crane dismantling date with the Hafenbehörde – Lars/Jesper – 13.11.

4. Next meeting
Tuesday 17 November, 10:00, site office.
"""


def test_a_numbered_report_has_its_decisions_and_action_points_and_nothing_from_the_next_section() -> None:
    out = run(REPORT)
    assert [(t.title, t.owner, t.due) for t in out.tasks] == [
        ("Revised door schedule for the stair cores", SAM.email, date(2026, 11, 6)),
        ("Confirm the crane dismantling date with the Hafenbehörde", None, date(2026, 11, 13)),
    ]
    assert [d.summary for d in out.decisions] == ["From week 47 all deliveries will use the north gate on Am Sandtorkai"]


@pytest.mark.parametrize(("text", "summary"), [
    ("CO-09 (larger rooftop chillers, EUR 48,300): approved.", "Approve CO-09"),
    ("CO-05: timber balcony cassettes instead of steel, approved.", "Approve CO-05: timber balcony cassettes instead of steel"),
    ("Noindex on the tag pages: yes, go for it.", "Noindex on the tag pages"),
    ("Also, decided with Jesper this morning: the /integrations/ pages stay out of the launch.",
     "The /integrations/ pages stay out of the launch"),
    ("We're going live on Tue 24 Nov so we can ride the Black Friday traffic.", "Going live on Tue 24 Nov"),
])
def test_verdicts_and_settled_courses_are_decisions(text: str, summary: str) -> None:
    decisions = run(text, LARS).decisions
    assert len(decisions) == 1 and decisions[0].summary.startswith(summary)


def test_a_reversal_keeps_the_new_course_and_its_reason() -> None:
    out = run("We're reversing the /blog call and keeping the blog on the subdomain: eng says it can't sit under the "
              "app's routing without a reverse proxy.", LARS)
    assert [(d.summary, d.rationale) for d in out.decisions] == [
        ("Keeping the blog on the subdomain", "eng says it can't sit under the app's routing without a reverse proxy")]


def test_a_list_of_moved_dates_moves_each_task_it_names() -> None:
    tender = KnownTask(1, "Issue the tender package to Elbkontor", SAM.email, date(2026, 11, 30))
    offer = KnownTask(2, "Provide your priced offer back", LARS.email, date(2026, 12, 14))
    out = run("- Tender package to Elbkontor: start of wk 3 instead of 30 November.\n- Lars, your priced offer: 15/2 instead of 14/12.",
              known=(tender, offer))
    assert [(c.task_id, c.new_due) for c in out.changes] == [(1, date(2027, 1, 18)), (2, date(2027, 2, 15))]


def test_what_a_person_waits_for_is_no_requirement() -> None:
    assert run("Our engineer in Hamburg needs the final opening positions from Kade first.", LARS).tasks == []
    assert [t.title for t in run("The footer needs our ABN.", LARS).tasks] == ["Footer needs our ABN"]


def test_sent_to_a_role_yesterday_closes_the_task() -> None:
    note = KnownTask(1, "Send her that fire safety note", PRIYA.email)
    out = run("The fire safety note on the car park went to the case officer yesterday evening, so that one is off the list.",
              known=(note,))
    assert [(c.task_id, c.status) for c in out.changes] == [(1, "done")]


def test_a_date_agreed_with_it_is_closes_nothing() -> None:
    drawings = KnownTask(2, "Send the CLT panel shop drawings for floors 1 and 2", SAM.email, date(2026, 12, 14))
    out = run("21.12. it is for the floor 1-2 shop drawings, as long as the set is complete; half a set is no use.", LARS, (drawings,))
    assert [c for c in out.changes if c.status == "done"] == []


# ------------------------------------------------------------ text, dates and inline answers

def test_a_day_and_month_end_the_sentence() -> None:
    assert split_sentences("Report goes out on 24 Nov. We're keeping it ungated. See the Nov. 24 plan.") == [
        "Report goes out on 24 Nov.", "We're keeping it ungated.", "See the Nov. 24 plan."]


def test_a_heading_line_is_not_the_start_of_the_question_below_it() -> None:
    out = run("Open point\nLars, do you want the car park in the tender as an option, or as part of the base scope?")
    assert [(q.text, q.addressed_to) for q in out.questions] == [
        ("Do you want the car park in the tender as an option, or as part of the base scope?", LARS.email)]


@pytest.mark.parametrize(("text", "expected"), [
    ("start of wk 3", date(2027, 1, 18)),
    ("by wk 2", date(2027, 1, 15)),
    ("end of week 48", date(2026, 11, 27)),
    ("get it finished before Christmas", date(2026, 12, 24)),
    ("ready by the Christmas break", date(2026, 12, 24)),
])
def test_week_numbers_and_christmas(text: str, expected: date) -> None:
    assert [d.value for d in find_dates(text, MONDAY, "Europe/Amsterdam", "DMY", numeric_needs_cue=False)] == [expected]


def test_christmas_said_of_anything_else_is_no_date() -> None:
    for text in ("the Christmas party", "we want to run some ads before Christmas", "they always fill up before Christmas"):
        assert find_dates(text, MONDAY, "Europe/Amsterdam", "DMY") == []


INLINE = """Henning,

See my comments in red below.

Eva

From: Henning Brandt <h.brandt@example.de>
Sent: Friday, 6 November 2026 13:20
To: Eva Janssens <eva@example.nl>
Subject: RFIs

RFI-HH-007: Are the service openings to be pre-cut in the factory, or cut on site?
EJ > Pre-cut in the factory. Cutting CLT on site next to the fire-stopping is what the Regulator doesn't want.

Kind regards
Henning
"""


def test_answers_written_into_the_quoted_mail_are_new_text() -> None:
    reply = extract_new_text(INLINE).reply_text
    assert reply.startswith("Henning,\n\nSee my comments in red below.")
    assert reply.endswith("Pre-cut in the factory. Cutting CLT on site next to the fire-stopping is what the Regulator doesn't want.")
    assert "RFI-HH-007" not in reply


def test_without_the_announcement_the_quoted_mail_stays_quoted() -> None:
    assert "Pre-cut" not in extract_new_text(INLINE.replace("See my comments in red below.", "Thanks.")).reply_text


def test_credentials_put_where_they_are_shared_close_the_task() -> None:
    creds = KnownTask(1, "Share the staging credentials with you", LARS.email)
    out = run("creds are in 1Password (thx Lars)", SAM, (creds,))
    assert [(c.task_id, c.status) for c in out.changes] == [(1, "done")]


def test_a_hard_wrapped_line_is_no_heading() -> None:
    out = run("We will send the revised proposal to\nLars tomorrow, with the new prices.")
    assert [(t.title, t.due) for t in out.tasks] == [("Send the revised proposal to Lars, with the new prices", date(2026, 11, 3))]


@pytest.mark.parametrize(("text", "summary", "why"), [
    ("So I've decided: we pause the detailed tender drawings until the permit is in, because any condition would mean redrawing.",
     "We pause the detailed tender drawings until the permit is in", "any condition would mean redrawing"),
    (("We've also made the call on the procurement route: Elbkontor comes on board through a two-stage tender rather than a "
     "lump sum, as that gets their people looking at buildability early."),
     "Elbkontor comes on board through a two-stage tender rather than a lump sum", "that gets their people looking at buildability early"),
])
def test_a_call_announced_with_a_colon_is_a_decision_and_no_work_done(text: str, summary: str, why: str) -> None:
    call = KnownTask(2, "Call the council about the permit", PRIYA.email)
    out = run(text, PRIYA, (call,))
    assert [(d.summary, d.rationale) for d in out.decisions] == [(summary, why)]
    assert out.changes == []


def test_a_topic_before_the_pick_still_answers_the_either_or_question() -> None:
    ctx = ExtractionContext(author=LARS, sent_at=MONDAY, members=MEMBERS, to=(SAM.email,),
                            open_questions=("Lars, do you want the car park in the tender as an option, or as part of the base scope?",))
    out = extract("On the car park: base scope, please. We ran the numbers, and an option only buys us another round of pricing.", ctx)
    assert [(d.summary, d.decided_by) for d in out.decisions] == [("Base scope, please", LARS.email)]


# ------------------------------------------------------------ from fresh31/fresh32, after their held-out scoring

LISTED = """Could you please send these through by COB Friday 6/11:

- the invoices for any fixed assets over $1,000 bought during the year
- the Hilux hire purchase statement showing the balance owing at 31/03/2026
- your stocktake sheet as at 31 March
"""


def test_a_request_over_a_list_is_one_task_per_item_with_its_owner_and_date() -> None:
    out = run("Lars,\n\n" + LISTED)
    assert [(t.title, t.owner, t.due) for t in out.tasks] == [
        ("Send the invoices for any fixed assets over $1,000 bought during the year", LARS.email, date(2026, 11, 6)),
        ("Send the Hilux hire purchase statement showing the balance owing", LARS.email, date(2026, 11, 6)),
        ("Send your stocktake sheet as at 31 March", LARS.email, date(2026, 11, 6)),
    ]


def test_a_need_that_names_nothing_to_do_is_no_task() -> None:
    out = run("Lars, one thing we need you to settle fairly soon, because it drives the pay calendars: the stores pay weekly.")
    assert out.tasks == []
    assert [t.title for t in run("Lars, could you settle the invoice soon?").tasks] == ["Settle the invoice soon"]


def test_the_owners_promise_on_the_thread_dates_the_undated_request() -> None:
    summary = KnownTask(2, "Send through the year-to-date payroll summary from MYOB", LARS.email)
    out = run("No problem, I'll export the YTD payroll summary from MYOB and send it through this arvo.", LARS, (summary,), thread=(2,))
    assert out.tasks == []
    assert [(c.task_id, c.new_due) for c in out.changes] == [(2, date(2026, 11, 2))]


def test_staying_on_an_option_is_a_decision_with_its_reason() -> None:
    out = run("On the BAS, we talked it over and we'll stay on the quarterly BAS since cash flow is tight after buying the cart.", LARS)
    assert [(d.summary, d.rationale) for d in out.decisions] == [("Stay on the quarterly BAS", "cash flow is tight after buying the cart")]
