"""extract(): explicit conventions, prose rules, addressing, the labelled-set accuracy
floor, and robustness on arbitrary or huge input."""
from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.extraction import (
    Extraction,
    ExtractionContext,
    KnownTask,
    Person,
    StatusChange,
    extract,
)
from ingest.extraction_scoring import load_labelled, score_messages

LABELLED = Path(__file__).resolve().parents[1] / "data" / "extraction" / "labelled.json"

MAYA = Person("maya@brightlane.studio", "Maya Patel", "team", "America/New_York")
TOM = Person("tom@brightlane.studio", "Tom Becker", "team", "Europe/Berlin", "DMY")
PRIYA = Person("priya@brightlane.studio", "Priya Shah", "team", "America/New_York")
SAM = Person("sam.lee@northwind.com", "Sam Lee", "client", "America/Chicago")
DANA = Person("dana@northwind.com", "Dana Ortiz", "client", "America/Chicago")
MEMBERS = (MAYA, TOM, PRIYA, SAM, DANA)
KNOWN = (
    KnownTask(12, "Send over the logo files", "maya@brightlane.studio"),
    KnownTask(14, "Homepage mockups", "maya@brightlane.studio"),
    KnownTask(17, "Invoice for October", "priya@brightlane.studio"),
    KnownTask(33, "API keys for sandbox", "sam.lee@northwind.com"),
)
# Monday 2 November 2026.
MONDAY = "2026-11-02T10:00:00-06:00"


def ctx(author: Person = SAM, to: tuple[str, ...] = ("maya@brightlane.studio",), *, sent: str = MONDAY,
        task_id: int | None = None, known: tuple[KnownTask, ...] = KNOWN) -> ExtractionContext:
    return ExtractionContext(author=author, sent_at=datetime.fromisoformat(sent), members=MEMBERS,
                             to=to, task_id=task_id, known_tasks=known)


def only_task(result: Extraction):
    assert len(result.tasks) == 1, result.tasks
    return result.tasks[0]


# ------------------------------------------------------------ explicit conventions

def test_task_lines_with_owner_and_due() -> None:
    text = ("Task: Update staging server to the new build @tom due Wednesday\n"
            "TODO: Export the font files @Priya Shah by Friday\n"
            "Action item: Send the style guide to Dana @sam.lee due 11/16\n"
            "Action: Rotate the S3 keys")
    tasks = extract(text, ctx(MAYA)).tasks
    assert [(t.title, t.owner, t.due, t.rule) for t in tasks] == [
        ("Update staging server to the new build", "tom@brightlane.studio", date(2026, 11, 4), "explicit:task-line"),
        ("Export the font files", "priya@brightlane.studio", date(2026, 11, 6), "explicit:task-line"),
        ("Send the style guide to Dana", "sam.lee@northwind.com", date(2026, 11, 16), "explicit:task-line"),
        ("Rotate the S3 keys", None, None, "explicit:task-line"),
    ]


def test_checkboxes_open_and_done_read_dates_in_the_authors_order() -> None:
    text = "- [ ] Check the SSL renewal @maya by 6/11\n* [ ] Prepare handover notes @MAYA\n- [x] Upgrade Node to 20 @tom"
    tasks = extract(text, ctx(TOM)).tasks
    assert [(t.title, t.owner, t.due, t.status) for t in tasks] == [
        ("Check the SSL renewal", "maya@brightlane.studio", date(2026, 11, 6), "open"),
        ("Prepare handover notes", "maya@brightlane.studio", None, "open"),
        ("Upgrade Node to 20", "tom@brightlane.studio", None, "done"),
    ]
    assert all(t.rule == "explicit:checkbox" for t in tasks)


def test_unknown_mention_gives_no_owner_and_email_addresses_are_not_mentions() -> None:
    task = only_task(extract("TODO: Email ap@northwind.com the invoice @zoe", ctx(MAYA)))
    assert task.owner is None
    assert "ap@northwind.com" in task.title and "@zoe" not in task.title


def test_action_item_list_with_named_owners() -> None:
    text = "Action items:\n- Tom to add the regional filter by 12/9\n- Priya to confirm the mapping\n\nThanks all"
    tasks = extract(text, ctx(MAYA)).tasks
    assert [(t.title, t.owner, t.due) for t in tasks] == [
        ("Add the regional filter", "tom@brightlane.studio", date(2026, 12, 9)),
        ("Confirm the mapping", "priya@brightlane.studio", None),
    ]


def test_decision_line_takes_rationale_from_following_line() -> None:
    text = ("Decision: We'll use Inter for body text.\nRationale: Free for commercial use.\n"
            "Decided: we drop IE11 support, as usage is under 0.1%.\n"
            "Decision: pause the blog until January (nobody has time to write).")
    decisions = extract(text, ctx(MAYA)).decisions
    assert [(d.summary, d.rationale) for d in decisions] == [
        ("We'll use Inter for body text", "Free for commercial use"),
        ("We drop IE11 support", "usage is under 0.1%"),
        ("Pause the blog until January", "nobody has time to write"),
    ]
    assert all(d.decided_by == MAYA.email and d.rule == "explicit:decision-line" for d in decisions)


def test_question_line() -> None:
    result = extract("Question: Who is on call over New Year?", ctx(MAYA))
    assert [(q.text, q.rule) for q in result.questions] == [("Who is on call over New Year?", "explicit:question-line")]


def test_task_references() -> None:
    text = "#15 done\n#14 blocked: waiting for Sam's feedback\n#18 new date: 20/11 because the copywriter is sick\n#12 on track\n#19 reopened"
    changes = extract(text, ctx(TOM)).changes
    assert [(c.task_id, c.status, c.new_due, c.reason, c.confirmed) for c in changes] == [
        (15, "done", None, None, False),
        (14, "blocked", None, "Sam's feedback", False),
        (18, None, date(2026, 11, 20), "the copywriter is sick", False),
        (12, None, None, None, True),
        (19, "open", None, None, False),
    ]
    assert all(c.rule == "explicit:task-ref" for c in changes)


@pytest.mark.parametrize(
    "reply, status, new_due, confirmed",
    [
        ("done", "done", None, False),
        ("Done! Invoice went out this morning.", "done", None, False),
        ("yes", None, None, True),
        ("Yes, on track.", None, None, True),
        ("on track", None, None, True),
        ("new date: Friday", None, date(2026, 11, 6), False),
        ("blocked: no access to the tag manager", "blocked", None, False),
    ],
)
def test_bare_reply_to_a_task(reply: str, status: str | None, new_due: date | None, confirmed: bool) -> None:
    result = extract(reply, ctx(MAYA, task_id=17))
    assert [(c.task_id, c.status, c.new_due, c.confirmed) for c in result.changes] == [(17, status, new_due, confirmed)]
    assert result.changes[0].rule.startswith("explicit:bare-")
    # Without a task to reply to (and no open task named), nothing is attached to a task.
    assert all(c.task_id is None for c in extract(reply, ctx(MAYA, known=())).changes)


def test_bare_done_without_a_task_is_nothing() -> None:
    assert extract("Done - you should have access now.", ctx(DANA)).changes == []


# ------------------------------------------------------------ requests and commitments

def test_request_title_owner_and_due_from_the_greeting() -> None:
    text = "Hi Maya,\n\nCould you send over the logo files by Friday? Our vendor needs them.\n\nThanks,\nSam"
    result = extract(text, ctx(SAM))
    task = only_task(result)
    assert (task.title, task.owner, task.due, task.status, task.rule) == (
        "Send over the logo files", MAYA.email, date(2026, 11, 6), "open", "natural:request")
    assert task.evidence == "Could you send over the logo files by Friday?"
    assert result.questions == []


def test_request_owner_from_vocative_and_mention() -> None:
    t1 = only_task(extract("Sam here. Tom, can you update the staging server by EOD tomorrow?", ctx(SAM, ("maya@brightlane.studio", "tom@brightlane.studio"))))
    assert (t1.title, t1.owner, t1.due) == ("Update the staging server", TOM.email, date(2026, 11, 3))
    t2 = only_task(extract("Could you please review the draft by the 15th @priya?", ctx(MAYA, ("sam.lee@northwind.com",))))
    assert (t2.title, t2.owner, t2.due) == ("Review the draft", PRIYA.email, date(2026, 11, 15))
    t3 = only_task(extract("Any chance you could check the DNS records on your side, Dana?", ctx(MAYA, ("dana@northwind.com", "sam.lee@northwind.com"))))
    assert (t3.title, t3.owner) == ("Check the DNS records on your side", DANA.email)


def test_request_owner_fallback_depends_on_who_writes() -> None:
    text = "Please review the draft by the 15th."
    # A team member writing to one member: that member.
    assert only_task(extract(text, ctx(MAYA, ("tom@brightlane.studio",)))).owner == TOM.email
    # A client naming nobody, to exactly one team member: that member.
    assert only_task(extract(text, ctx(SAM, ("maya@brightlane.studio",)))).owner == MAYA.email
    # ... to several people, or only to a colleague on the client side: unowned, the team assigns it.
    assert only_task(extract(text, ctx(SAM, ("maya@brightlane.studio", "tom@brightlane.studio")))).owner is None
    assert only_task(extract(text, ctx(SAM, ("dana@northwind.com",)))).owner is None
    # A greeting to several people, or "someone": unowned.
    assert only_task(extract("Hi Maya and Tom,\n\n" + text, ctx(PRIYA, ("maya@brightlane.studio",)))).owner is None
    assert only_task(extract("Hi all,\n\n" + text, ctx(PRIYA, ("maya@brightlane.studio",)))).owner is None
    assert only_task(extract("Can someone add our Instagram feed to the footer?", ctx(MAYA, ("tom@brightlane.studio",)))).owner is None
    # An outside address in To is not a member.
    assert only_task(extract(text, ctx(MAYA, ("printer@example.com",)))).owner is None


def test_need_with_deadline_is_a_task_for_the_addressee() -> None:
    task = only_task(extract("Hi Sam, I need the final copy by Dec 3 so we can start the layout.", ctx(PRIYA, ("sam.lee@northwind.com",))))
    assert (task.owner, task.due, task.rule) == (SAM.email, date(2026, 12, 3), "natural:need")
    assert "final copy" in task.title.lower() and "Dec" not in task.title


def test_commitments_are_owned_by_the_author_or_the_named_member() -> None:
    text = ("I'll send the revised mockups by Thursday, and Tom will update the staging server by EOD tomorrow "
            "so you can click through them. We'll deliver the API docs next week. I will have the report ready by Monday.")
    tasks = extract(text, ctx(MAYA, ("sam.lee@northwind.com",))).tasks
    assert [(t.title, t.owner, t.due) for t in tasks] == [
        ("Send the revised mockups", MAYA.email, date(2026, 11, 5)),
        ("Update the staging server", TOM.email, date(2026, 11, 3)),
        ("Deliver the API docs", MAYA.email, date(2026, 11, 13)),
        ("Have the report ready", MAYA.email, date(2026, 11, 9)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I'll let you know once I hear back.",
        "I'll be out of office on Friday.",
        "I'll get back to you tomorrow.",
        "I'll look into it.",
        "Please find attached the October report.",
        "Please do not hesitate to contact me should you have any questions.",
        "Let me know if you have any questions!",
        "Priya will cover urgent issues.",
        "Our print vendor needs them for the banners.",
        "Have a great weekend!",
        "We'll fold it into round two.",
    ],
)
def test_statements_that_are_not_tasks(text: str) -> None:
    result = extract(text, ctx(MAYA, ("sam.lee@northwind.com",)))
    assert result.tasks == [] and result.questions == [] and result.decisions == []


# ------------------------------------------------------------ decisions

@pytest.mark.parametrize(
    "text, summary, rationale",
    [
        ("We've decided to go with option B since it's cheaper.", "Go with option B", "it's cheaper"),
        ("Let's go with the blue palette.", "Go with the blue palette", None),
        ("Agreed, launch on the 15th.", "Launch on the 15th", None),
        ("We're going with Stripe because the fees are lower.", "Go with Stripe", "the fees are lower"),
        ("Final decision: we launch on 1 December.", "We launch on 1 December", None),
        ("Approved: the new pricing page layout.", "The new pricing page layout", None),
        ("Go ahead with the build.", "Go ahead with the build", None),
        ("We approve the Q1 retainer as proposed.", "Approve the Q1 retainer as proposed", None),
        ("We decided against the SMS notifications; email is enough.", "Decided against the SMS notifications", "email is enough"),
        ("Let's keep the LED wall, since the venue doesn't allow confetti.", "Keep the LED wall", "the venue doesn't allow confetti"),
    ],
)
def test_decisions(text: str, summary: str, rationale: str | None) -> None:
    result = extract(text, ctx(SAM))
    assert [(d.summary, d.rationale, d.decided_by) for d in result.decisions] == [(summary, rationale, SAM.email)]
    assert result.tasks == []


def test_decision_by_a_named_member() -> None:
    decision = extract("Dana decided to keep the old logo.", ctx(SAM)).decisions[0]
    assert decision.decided_by == DANA.email


@pytest.mark.parametrize("text", ["We haven't decided yet.", "If we decide to go with B, I'll tell you.",
                                  "Once that's approved we start.", "Agreed."])
def test_not_decisions(text: str) -> None:
    assert extract(text, ctx(SAM)).decisions == []


# ------------------------------------------------------------ questions

@pytest.mark.parametrize(
    "text",
    ["Can you confirm the budget?", "What's the status of the invoice?", "Do we have the final copy yet?",
     "Quick question: do you have the About page copy?", "Please confirm the delivery address.",
     "Let me know whether the sandbox supports refunds."],
)
def test_information_seeking_questions(text: str) -> None:
    result = extract(text, ctx(SAM))
    assert len(result.questions) == 1 and result.tasks == []


def test_question_addressee() -> None:
    q = extract("Maya, what's the plan for the newsletter?", ctx(SAM, ("maya@brightlane.studio", "dana@northwind.com"))).questions[0]
    assert q.addressed_to == MAYA.email


@pytest.mark.parametrize(
    "text",
    ["How are you?", "Hi Maya, how's it going?", "Any questions?", "Does that make sense?", "Thoughts?",
     "Can you believe it's almost December?", "What do you think?", "Any big plans for Thanksgiving?"],
)
def test_pleasantries_are_not_questions(text: str) -> None:
    assert extract(text, ctx(SAM)).questions == []


def test_could_you_send_is_a_task_not_a_question() -> None:
    result = extract("Could you send the invoice?", ctx(MAYA, ("dana@northwind.com",)))
    assert result.questions == [] and only_task(result).owner == DANA.email


# ------------------------------------------------------------ status changes

def test_need_another_week_names_the_known_task() -> None:
    change = extract("I'm afraid we need another week for the API keys — security review is slow.", ctx(SAM)).changes[0]
    assert (change.task_id, change.new_due, change.status) == (33, date(2026, 11, 9), None)
    assert change.reason == "security review is slow"


def test_pushed_to_with_reply_task() -> None:
    change = extract("The launch is pushed to the 20th.", ctx(MAYA, task_id=51, known=())).changes[0]
    assert (change.task_id, change.new_due, change.task_title_hint) == (51, date(2026, 11, 20), "launch")


def test_late_with_new_date_and_reason() -> None:
    text = "We'll be a few days late on the designs, new date Friday because the client feedback came late."
    change = extract(text, ctx(MAYA, task_id=14)).changes[0]
    assert (change.task_id, change.new_due, change.reason) == (14, date(2026, 11, 6), "the client feedback came late")


def test_blocked_on_with_reply_task() -> None:
    change = extract("We're blocked on the API keys.", ctx(MAYA, task_id=12)).changes[0]
    assert (change.task_id, change.status, change.reason) == (12, "blocked", "the API keys")


def test_delay_of_something_not_known_keeps_only_the_hint() -> None:
    change = extract("We're pushing the spring collection launch to March.", ctx(SAM, known=(KnownTask(51, "Homepage launch", None),))).changes[0]
    assert change.task_id is None and change.task_title_hint == "spring collection launch"


@pytest.mark.parametrize(
    "text, task_id",
    [("The logo files are done.", 12), ("The homepage mockups are done and uploaded.", 14),
     ("I've sent the October invoice.", 17), ("Banner variations: done, in the shared folder.", None)],
)
def test_completions_need_a_known_task(text: str, task_id: int | None) -> None:
    changes = extract(text, ctx(MAYA)).changes
    assert [(c.task_id, c.status) for c in changes] == ([(task_id, "done")] if task_id else [])


def test_completion_without_known_task_uses_the_reply_task() -> None:
    change = extract("I've sent the invoice.", ctx(PRIYA, task_id=99, known=())).changes[0]
    assert (change.task_id, change.status) == (99, "done")


def test_not_a_completion() -> None:
    for text in ("Once the logo files are done, we start.", "The logo files are not done yet.",
                 "The staging server is down for maintenance."):
        assert extract(text, ctx(MAYA)).changes == [], text


# ------------------------------------------------------------ phrasings from the second blind set

UK = Person("priya@pixelmoss.co.uk", "Priya Nair", "team", "Europe/London", "DMY")
OWEN = Person("owen@pixelmoss.co.uk", "Owen Hughes", "team", "Europe/London", "DMY")
FIONA = Person("fiona@bakery.co.uk", "Fiona Gallagher", "client", "Europe/London", "DMY")
BEN = Person("ben@bakery.co.uk", "Ben Ashworth", "client", "Europe/London", "DMY")
UK_KNOWN = (KnownTask(202, "Online ordering form", OWEN.email), KnownTask(205, "Allergen information page", OWEN.email),
            KnownTask(307, "Push notification setup", OWEN.email), KnownTask(302, "MLS data import", OWEN.email),
            KnownTask(311, "MLS import timeline", UK.email), KnownTask(214, "Make sure the .com redirects", UK.email))
# Tuesday 2 March 2027, London.
TUESDAY = "2027-03-02T10:00:00+00:00"


def uk(author: Person = OWEN, to: tuple[str, ...] = ("priya@pixelmoss.co.uk",), *, task_id: int | None = None,
       known: tuple[KnownTask, ...] = UK_KNOWN) -> ExtractionContext:
    return ExtractionContext(author=author, sent_at=datetime.fromisoformat(TUESDAY), members=(UK, OWEN, FIONA, BEN),
                             to=to, task_id=task_id, known_tasks=known)


@pytest.mark.parametrize(
    "text, task_id, new_due, reason",
    [
        ("Heads up – the ordering form is pushed back to Thursday, I'm redoing the payment step.", 202,
         date(2027, 3, 4), "I'm redoing the payment step"),
        ("Ordering form moving to next Tues – the sandbox is rate-limited.", 202, date(2027, 3, 9), "the sandbox is rate-limited"),
        ("Won't make Friday for the ordering form I'm afraid, aiming for Weds 10th now.", 202, date(2027, 3, 10), None),
        ("need a couple more days on the allergen page, the icon font is fighting me.", 205, date(2027, 3, 4),
         "the icon font is fighting me"),
        ("Unfortunately the ordering form will slip to Wednesday because our designer is out sick.", 202,
         date(2027, 3, 3), "our designer is out sick"),
        ("The allergen page is delayed until 12th March, waiting on the final list from Ben.", 205,
         date(2027, 3, 12), "waiting on the final list from Ben"),
        ("Ordering form: Owen's still wrestling with Stripe, new target is Weds 10th.", 202, date(2027, 3, 10), None),
        ("We're going to need until Friday for the allergen page.", 205, date(2027, 3, 5), None),
        ("The ordering form is now due on the 20th.", 202, date(2027, 3, 20), None),
    ],
)
def test_slips_phrased_many_ways(text: str, task_id: int, new_due: date, reason: str | None) -> None:
    changes = extract(text, uk()).changes
    assert [(c.task_id, c.status, c.new_due, c.reason) for c in changes] == [(task_id, None, new_due, reason)]


@pytest.mark.parametrize(
    "text, task_id, new_due, reason",
    [
        ("Ordering form is running behind, the payment sandbox keeps timing out. Should have it by Monday.",
         202, date(2027, 3, 8), "the payment sandbox keeps timing out"),
        ("push notifs are going to take longer than I thought – Apple cert renewal is stuck with IT. Probably Monday.",
         307, date(2027, 3, 8), "Apple cert renewal is stuck with IT"),
        ("The allergen page will be a few days late – legal wants to review it. ETA now the 21st.",
         205, date(2027, 3, 21), "legal wants to review it"),
    ],
)
def test_a_short_follow_up_sentence_gives_the_slip_its_date(text: str, task_id: int, new_due: date, reason: str) -> None:
    changes = extract(text, uk()).changes
    assert [(c.task_id, c.new_due, c.reason) for c in changes] == [(task_id, new_due, reason)]


def test_subject_fitting_two_tasks_takes_the_head_noun_then_the_topic() -> None:
    text = "MLS import is unblocked. Realistically the first full import will be ready by 4/16 rather than this Friday."
    changes = extract(text, uk(to=("ben@bakery.co.uk",))).changes
    # "MLS import" is the import (head noun), not the "MLS import timeline"; the next
    # sentence's "import" fits both titles and follows the topic.
    assert [(c.task_id, c.status) for c in changes] == [(302, "open"), (302, None)]


@pytest.mark.parametrize(
    "text",
    ["If the ordering form slips to Monday, let me know.", "Sorry again it slipped.", "Owen's running late.",
     "We're moving to a new office on the 15th.", "I'm not sure the ordering form will be ready by Friday."],
)
def test_not_slips(text: str) -> None:
    assert extract(text, uk()).changes == []


@pytest.mark.parametrize(
    "text, summary, rationale",
    [
        ("Final answer: we're keeping bakery.co.uk and dropping the .com.", "We're keeping bakery.co.uk and dropping the .com", None),
        ("Going forward we will keep the Wix site live for a week after launch as a fallback.",
         "Keep the Wix site live for a week after launch", "a fallback"),
        ("We're planning to use Netlify for hosting, it's fast and cheap.", "Use Netlify for hosting", "it's fast and cheap"),
        ("We're not doing the in-app chat for launch; it can wait until phase 2.", "Not doing the in-app chat for launch", None),
        ("Option B for the hero please – the one with the loaves.", "Option B for the hero", None),
        ("We signed off on the agent pages as they are.", "Approve the agent pages as they are", None),
        ("Let's lock in Thursday 4/29 as the beta release date.", "Lock in Thursday 4/29 as the beta release date", None),
    ],
)
def test_decisions_phrased_many_ways(text: str, summary: str, rationale: str | None) -> None:
    result = extract(text, uk(FIONA))
    assert [(d.summary, d.rationale) for d in result.decisions] == [(summary, rationale)]
    assert result.tasks == [] and result.changes == []


def test_a_named_members_sign_off_is_their_decision() -> None:
    decision = extract("Fiona has signed off on the menu page copy, so that's one less thing.", uk(BEN)).decisions[0]
    assert (decision.summary, decision.decided_by) == ("Approve the menu page copy", FIONA.email)


def test_two_decisions_agreed_on_a_call() -> None:
    text = "To recap, we agreed on the call to launch on Wednesday 31st March, and the blog moves to phase two."
    assert [d.summary for d in extract(text, uk(UK)).decisions] == [
        "Launch on Wednesday 31st March", "The blog moves to phase two"]


@pytest.mark.parametrize(
    "text",
    ["Going forward, we'll keep you posted.", "Final answer: not sure yet.", "Version 2 is attached, please review.",
     "We're planning to have a party on Friday.", "We're skipping the standup today.", "Thanks, Fiona approved it yesterday.",
     "I'm thinking about switching the image CDN after launch."],
)
def test_not_decisions_either(text: str) -> None:
    assert extract(text, uk(UK)).decisions == []


def test_client_feedback_list_items_are_requests_for_the_greeted_member() -> None:
    text = ("Hi Priya,\n\nA few bits of feedback:\n\n"
            "1. The hero image feels a bit dark. Could you try a lighter version?\n"
            "2. We'd prefer the logo slightly smaller on mobile.\n"
            "3. The 'Order online' button needs to stand out more, perhaps in terracotta.\n"
            "4. We'd like the contact form to include a phone number field.\n"
            "5. The agent pages should show each agent's licence number.\n\nFiona")
    tasks = extract(text, uk(FIONA, ("priya@pixelmoss.co.uk", "owen@pixelmoss.co.uk"))).tasks
    assert [(t.title, t.owner) for t in tasks] == [
        ("Try a lighter version", UK.email),
        ("Logo slightly smaller on mobile", UK.email),
        ("'Order online' button needs to stand out more", UK.email),
        ("Contact form to include a phone number field", UK.email),
        ("Agent pages should show each agent's licence number", UK.email),
    ]


@pytest.mark.parametrize(
    "text",
    ["We'd like the chance to discuss the budget.", "The files should be with you tomorrow.",
     "The launch should go smoothly.", "The team should have everything they need.",
     "We'd love the team to come to our summer party.", "Please use the side entrance when you arrive."],
)
def test_wishes_and_forecasts_that_are_not_requests(text: str) -> None:
    assert extract(text, uk(FIONA)).tasks == []


def test_named_members_take_on_definite_work_without_a_date() -> None:
    text = ("Priya will handle the contact form changes. Aisha's putting together the timeline, you'll have it Friday. "
            "Owen, the agent sync is yours; Priya, you own the push emails.")
    members = (UK, OWEN, FIONA, Person("aisha@pixelmoss.co.uk", "Aisha Rahman", "team"))
    context = ExtractionContext(author=OWEN, sent_at=datetime.fromisoformat(TUESDAY), members=members,
                                to=("fiona@bakery.co.uk",), known_tasks=())
    tasks = extract(text, context).tasks
    assert [(t.title, t.owner, t.due) for t in tasks] == [
        ("Handle the contact form changes", UK.email, None),
        ("Put together the timeline", "aisha@pixelmoss.co.uk", date(2027, 3, 5)),
        ("Agent sync", OWEN.email, None),
        ("Push emails", UK.email, None),
    ]


@pytest.mark.parametrize(
    "text, title, owner, due",
    [
        ("Hi Owen, would you be so kind as to share the crash report by Weds?", "Share the crash report", OWEN.email,
         date(2027, 3, 3)),
        ("Hi Owen, I was hoping you could create an Easter banner? It just needs to be up by 1st April.",
         "Create an Easter banner", OWEN.email, date(2027, 4, 1)),
        ("Hi Fiona, Ben,\n\nWould it be possible for one of you to send over the allergen list by next Tues?",
         "Send over the allergen list", None, date(2027, 3, 9)),
        ("Could you both go through the checklist and tick off your bits by Friday please?",
         "Go through the checklist and tick off your bits", None, date(2027, 3, 5)),
        (("Plan for today:\n- finishing the templates\n- then back on Stripe\nOwen, could you export the icons as SVG for me? "
          "No rush, end of week is fine."), "Export the icons as SVG", OWEN.email, date(2027, 3, 5)),
    ],
)
def test_request_phrasings(text: str, title: str, owner: str | None, due: date | None) -> None:
    task = only_task(extract(text, uk(UK, ("owen@pixelmoss.co.uk", "fiona@bakery.co.uk"))))
    assert (task.title, task.owner, task.due) == (title, owner, due)


@pytest.mark.parametrize(
    "text, task_id",
    [("Allergen list attached – thanks!", None), ("ordering form merged 🎉", 202),
     ("Karen, attached is the MLS import timeline.", 311), ("push notifs done and tested on both platforms 👍", 307),
     ("Spot-checked the allergen page, all good.", 205)],
)
def test_terse_completion_reports(text: str, task_id: int | None) -> None:
    changes = extract(text, uk()).changes
    assert [(c.task_id, c.status) for c in changes] == ([(task_id, "done")] if task_id else [])


def test_hash_change_and_prose_on_one_line() -> None:
    changes = extract("#205 done. Also pushed the .com redirect, works on staging.", uk()).changes
    assert [(c.task_id, c.status, c.rule) for c in changes] == [
        (205, "done", "explicit:task-ref"), (214, "done", "natural:completion")]


@pytest.mark.parametrize("text", ["The invoice attached is for March.", "Please update the allergen page before we go live.",
                                  "Invoice sent to the wrong address, sorry."])
def test_not_completions(text: str) -> None:
    known = UK_KNOWN + (KnownTask(17, "Invoice for March", UK.email),)
    assert extract(text, uk(known=known)).changes == []


def test_on_track_in_prose_and_as_planned() -> None:
    known = UK_KNOWN + (KnownTask(210, "Revised homepage designs", UK.email),)
    for text, task_id in (("Import is still on track for the 16th.", 302),
                          ("Revised designs will be with you by Thursday as planned.", 210)):
        changes = extract(text, uk(known=known)).changes
        assert [(c.task_id, c.confirmed, c.new_due) for c in changes] == [(task_id, True, None)], text


def test_reply_fixed_to_the_tasks_own_mail() -> None:
    change = extract("Fixed and shipped in build 1.0.3.", uk(task_id=314, known=())).changes[0]
    assert (change.task_id, change.status, change.rule) == (314, "done", "explicit:bare-done")


def test_ask_and_commit_in_one_sentence() -> None:
    result = extract("Let me know which hero you prefer and I'll finalise everything by Tuesday.", uk(UK, ("fiona@bakery.co.uk",)))
    assert [q.text for q in result.questions] == ["Let me know which hero you prefer"]
    assert [(t.title, t.owner, t.due) for t in result.tasks] == [("Finalise everything", UK.email, date(2027, 3, 9))]


def test_quick_q_prefix_and_lower_case_sentences() -> None:
    result = extract("Morning all – quick q, who's going to be around on launch day?", uk(BEN))
    assert [q.text for q in result.questions] == ["Quick q, who's going to be around on launch day?"]
    blocked = extract("quick one – creds still not here. blocked until IT sends them.", uk(task_id=302, known=())).changes
    assert [(c.task_id, c.status, c.reason) for c in blocked] == [(302, "blocked", "IT sends them")]


# ------------------------------------------------------------ output

def test_to_json_is_plain_data_with_rule_and_evidence() -> None:
    text = "Task: Ship it @tom by Friday\nLet's go with B.\nWhat's the budget?\n#12 done"
    data = extract(text, ctx(MAYA)).to_json()
    assert set(data) == {"tasks", "decisions", "questions", "changes"}
    assert data["tasks"][0]["due"] == "2026-11-06"
    assert data["tasks"][0]["rule"] == "explicit:task-line" and data["tasks"][0]["evidence"].startswith("Task:")
    assert data["changes"][0] == {"task_id": 12, "task_title_hint": None, "status": "done", "new_due": None,
                                  "reason": None, "confirmed": False, "rule": "explicit:task-ref", "evidence": "#12 done"}
    json.dumps(data)


def test_empty_text() -> None:
    assert extract("", ctx()) == Extraction([], [], [], [])


# ------------------------------------------------------------ labelled set

def test_labelled_set_meets_accuracy_targets() -> None:
    messages = load_labelled(LABELLED)
    assert len(messages) >= 60
    scores = score_messages(messages, extract)
    assert scores["tasks"].f1 >= 0.9, scores["tasks"].misses
    assert scores["decisions"].f1 >= 0.9, scores["decisions"].misses
    assert scores["questions"].f1 >= 0.8, scores["questions"].misses


def test_second_blind_file_keeps_its_tuned_figures() -> None:
    # blind2.json was scored once untouched (see its README), then used for tuning: a floor.
    scores = score_messages(load_labelled(LABELLED.with_name("blind2.json")), extract)
    assert scores["tasks"].f1 >= 0.9, scores["tasks"].misses
    assert scores["decisions"].f1 >= 0.9, scores["decisions"].misses
    assert scores["questions"].f1 >= 0.8, scores["questions"].misses
    assert scores["changes"].precision >= 0.95, scores["changes"].misses


def test_labelled_set_has_held_out_and_blind_splits() -> None:
    splits = {m["split"] for m in load_labelled(LABELLED)}
    assert {"tuned", "heldout", "blind1", "blind2"} <= splits


# ------------------------------------------------------------ robustness

_FRAGMENTS = st.sampled_from([
    "Could you send", "I'll", "Tom will", "by Friday", "#12 done", "#3 blocked:", "- [ ] ", "- [x] ",
    "Task:", "Decision:", "Rationale:", "Question:", "@tom", "@", "Hi Maya,", "Maya,", "?", ".", "!",
    "\n", "\n\n", " because ", " since ", " as it ", "new date:", "3/12", "23.12.", "the 31st",
    "Let's go with", "We've decided to", "Agreed,", "Approved:", "is pushed to", "blocked on",
    "need another week for", "are done", "I've sent", "yes", "on track", "—", ":", ",", "(", ")",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=400), task_id=st.one_of(st.none(), st.integers(0, 10**12)))
def test_extract_never_raises_on_arbitrary_text(text: str, task_id: int | None) -> None:
    extract(text, ctx(TOM, task_id=task_id))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(st.one_of(_FRAGMENTS, st.text(max_size=12)), max_size=40),
       sent=st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                         timezones=st.sampled_from([datetime.fromisoformat(MONDAY).tzinfo])))
def test_extract_never_raises_on_rule_like_text(parts: list[str], sent: datetime) -> None:
    context = ExtractionContext(author=SAM, sent_at=sent, members=MEMBERS, to=("maya@brightlane.studio",),
                                task_id=7, known_tasks=KNOWN)
    result = extract(" ".join(parts), context)
    for change in result.changes:
        assert isinstance(change, StatusChange)


@pytest.mark.timeout(120)   # a hang guard for regex blow-up, not a speed assertion
@pytest.mark.parametrize(
    "text",
    [
        "\n\n".join(m["text"] for m in load_labelled(LABELLED)) * 12,
        "could you please send the logo files by friday and " * 4000,
        "a" * 200_000,
        "#12 done #13 blocked: " * 9000,
        "Hi Sam, " * 25000,
        "- [ ] Task @tom by Friday\n" * 8000,
        ("I'll send " + "very " * 110 + "big files by Friday. ") * 300,
        "Sam, " * 40000,
        "(" * 100_000 + ")" * 100_000,
    ],
    ids=["realistic", "run-on", "one-letter", "hashes", "greetings", "checkboxes", "long-sentences", "commas", "parens"],
)
def test_200kb_inputs_complete(text: str) -> None:
    text = text[:200_000]
    assert len(text) >= 150_000
    result = extract(text, ctx(MAYA, task_id=3))
    assert isinstance(result, Extraction)


# ------------------------------------------------------------ rules added from the blind4 misses

@pytest.mark.parametrize("text, keyword", [
    ("The footer needs our ABN.", "ABN"),
    ("Two tweaks: the checkout page needs a postcode field, and can you make the logo bigger?", "postcode"),
    ("Each product page is missing the allergen table.", "allergen"),
    ("Families should be able to filter events by age group.", "age group"),
    ("Users must be able to export their invoices as PDF.", "export"),
])
def test_client_requirements_by_need_or_ability(text: str, keyword: str) -> None:
    task = extract(text, ctx(SAM)).tasks[0]
    assert keyword.lower() in task.title.lower()
    assert task.owner == "maya@brightlane.studio"


@pytest.mark.parametrize("text, author", [
    ("The share button needs a bit more thought.", SAM),
    ("The homepage needs more time.", SAM),
    ("The footer doesn't need our ABN.", SAM),
    ("The footer needs it.", SAM),
    ("The footer needs our ABN.", MAYA),                       # a team note, not a client ask
    ("Should families be able to filter events?", SAM),
    ("Families should be able to do it.", SAM),
])
def test_need_and_ability_statements_that_are_not_tasks(text: str, author: Person) -> None:
    assert extract(text, ctx(author)).tasks == []


@pytest.mark.parametrize("text, summary, rationale", [
    ("Yes, happy to park the share button for now.", "Park the share button for now", None),
    ("We're happy to go with the green palette.", "Go with the green palette", None),
    ("We've also decided to call the app 'What's On' – the board voted for it on Tuesday.",
     "Call the app 'What's On", "the board voted for it on Tuesday"),
    ("Launch is a go for Monday 5 July!", "Launch is a go for Monday 5 July", None),
    ("Confirming what we agreed: training will be two 45-minute sessions.", "Training will be two 45-minute sessions", None),
])
def test_more_decision_phrasings(text: str, summary: str, rationale: str | None) -> None:
    decisions = extract(text, ctx(SAM)).decisions
    assert [(d.summary, d.rationale) for d in decisions] == [(summary, rationale)]


@pytest.mark.parametrize("text", [
    "Happy to help with the copy.",
    "Are you happy to park the share button?",
    "Happy to park it.",
    "Is launch a go for Monday?",
    "This is a go-to font for us.",
    "Confirming what we agreed: I'll send the deck on Friday.",
])
def test_phrasings_that_are_not_decisions(text: str) -> None:
    assert extract(text, ctx(SAM)).decisions == []


def test_slip_taking_longer_than_hoped_after_a_greeting_dates_from_next_sentence() -> None:
    text = "morning – homepage mockups are taking longer than I'd hoped, Safari keeps breaking the grid. Wednesday probably."
    change = extract(text, ctx(MAYA, ("tom@brightlane.studio",))).changes[0]
    assert (change.task_id, change.new_due) == (14, date(2026, 11, 4))
    assert "safari" in change.reason.lower()


def test_slip_with_its_cause_before_so() -> None:
    text = "FYI the vendor is migrating servers this weekend so the homepage mockups will likely slip to the 15th."
    change = extract(text, ctx(MAYA, ("tom@brightlane.studio",))).changes[0]
    assert (change.task_id, change.new_due) == (14, date(2026, 11, 15))
    assert "migrating servers" in change.reason


def test_slip_without_a_cause_has_no_reason() -> None:
    change = extract("Homepage mockups will likely slip to the 15th.", ctx(MAYA, ("tom@brightlane.studio",))).changes[0]
    assert (change.new_due, change.reason) == (date(2026, 11, 15), None)


def test_second_clause_of_another_kind_is_kept() -> None:
    text = "Confirming what we agreed: the workshop will be two sessions, and we'll run the first one on Friday."
    result = extract(text, ctx(MAYA, ("sam.lee@northwind.com",)))
    assert [d.summary for d in result.decisions] == ["The workshop will be two sessions"]
    assert [(t.owner, t.due) for t in result.tasks] == [("maya@brightlane.studio", date(2026, 11, 6))]


def test_second_clause_split_needs_items_on_both_sides() -> None:
    # "the weather was lovely" states nothing, so the sentence is read whole as before
    result = extract("The weather was lovely, and we'll send the deck on Friday.", ctx(MAYA, ("sam.lee@northwind.com",)))
    assert len(result.tasks) == 1 and result.decisions == [] and result.questions == []
