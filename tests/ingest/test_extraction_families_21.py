"""Families added on 2026-12-05 (twentieth session) from the scenario sets fresh101-104, read
once fresh105-108 were written to take their place as the held-out pool: a promise to hand
something over that does not say what ("The swatch cards we will send with DHL this week",
"Architecture document is 80% done, I will send to Mette tomorrow", "I will send you both on
Wednesday"), and "Done, I called Xavi this morning: ..." from the owner of the thread's one
open task.  Positive probes must fire with the right fields; negative probes must not."""
from __future__ import annotations

from datetime import date

import pytest
from extraction_probe import JANE, PRIYA, SAM, run

from ingest.extraction import KnownTask

# ---- promises that hand over a thing named before, or nothing


@pytest.mark.parametrize(("text", "title", "due"), [
    # the object said first (non-native English fronts it)
    ("The swatch cards we will send with DHL this week.", "Send the swatch cards", date(2026, 11, 6)),
    ("The production schedule I will send by Friday as you asked.", "Send the production schedule", date(2026, 11, 6)),
    ("The fitting samples of the front-office suits we will deliver to your office by 12 November.",
     "Deliver the fitting samples of the front-office suits", date(2026, 11, 12)),
    # the thing the clause before is about
    ("Architecture document is 80% done, I will send to Mette tomorrow as promised.",
     "Send architecture document to Mette as promised", date(2026, 11, 3)),
    ("The report is ready, I will send to you tomorrow.", "Send the report to you", date(2026, 11, 3)),
    # an object after "to you" is still the object; a particle is no destination
    ("We will send to you the report on Friday.", "Send to you the report", date(2026, 11, 6)),
    ("I will send through the venue contract by Wednesday.", "Send through the venue contract", date(2026, 11, 4)),
])
def test_a_promised_hand_over_names_its_thing(text: str, title: str, due: date) -> None:
    found = run(text, author=SAM, to=(JANE.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [(title, SAM.email, due)]


@pytest.mark.parametrize("text", [
    # nothing before says what is sent: no piece of work
    "I will send you both on Wednesday 11 November.",
    "We will deliver to your office by 12 November.",
    "Thanks again. I will send to Mette tomorrow as promised.",
])
def test_a_promised_hand_over_of_nothing_named_is_no_task(text: str) -> None:
    assert run(text, author=SAM, to=(JANE.email,)).tasks == []


# ---- "Done, ..." from the owner


BOOKING = KnownTask(1, "Confirm the booking with them", SAM.email, date(2026, 11, 13))


@pytest.mark.parametrize(("text", "closed"), [
    ("Done, I called Xavi this morning: Sonora is confirmed and the LED wall is held for 17-20 February.", True),
    ("Done, Sonora is confirmed.", True),
    # what follows says the work is not over
    ("Done, but the deposit invoice is still missing.", False),
    ("Done, once they send the contract back.", False),
    ("Done, will they also need the floor plan?", False),
    ("Done, I will send the PO tomorrow.", False),
])
def test_done_then_what_was_done_closes_the_writers_one_task(text: str, closed: bool) -> None:
    found = run(text, author=SAM, to=(JANE.email,), known=(BOOKING,), thread=(1,))
    assert [(c.task_id, c.status) for c in found.changes if c.status == "done"] == ([(1, "done")] if closed else [])


# ---- who promised: a hyphenated given name, a name with where they work


def test_a_hyphenated_given_name_finds_its_member_by_address() -> None:
    from ingest.addressing import member_index
    from ingest.extraction import Person

    park = Person("seoyeon.park@studio.kr", "Park Seo-yeon", "client", "Asia/Seoul", "YMD")
    index = member_index((park, SAM))
    assert index.lookup("Seo-yeon") == park.email
    assert index.lookup("Seo-yeon Park") is None  # (not the name as written, nor its address)


@pytest.mark.parametrize("text", [
    "Tom from our logistics team will send you our shipping instructions by Wednesday 11 November.",
    "Tom of the logistics team will send you our shipping instructions by Wednesday 11 November.",
])
def test_a_colleague_named_with_their_team_owns_the_promise(text: str) -> None:
    found = run(text, author=JANE, to=(SAM.email,))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [
        ("Send you our shipping instructions", "tom@client.com", date(2026, 11, 11))]


# ---- thanked for the thing: it was delivered


@pytest.mark.parametrize(("text", "title", "closed"), [
    ("Thank you Sam for the embassy checklist and the letter of support.",
     "Send you the embassy checklist and our letter of support", True),
    ("Thank you for the PBC list, Sam, it is very clear.", "Send the PBC list to Vicent", True),
    ("Thanks for dropping in the Z-reports yesterday.", "Drop the March Z-reports from all three tills into your office", True),
    # thanks for something else than the work
    ("Thank you Sam for your help.", "Send the homepage draft", False),
    ("Thanks for the update on the homepage draft.", "Send the homepage draft", False),
])
def test_thanks_for_the_thing_closes_the_owners_task(text: str, title: str, closed: bool) -> None:
    found = run(text, author=JANE, to=(SAM.email,), known=(KnownTask(1, title, SAM.email, None),), thread=(1,))
    assert [(c.task_id, c.status) for c in found.changes] == ([(1, "done")] if closed else [])


# ---- decisions: what they are about, who made them, why


@pytest.mark.parametrize(("text", "summary", "why"), [
    # the topic said first, and a decision of a few words
    ("About Blue Lagoon, we decided the last day, because members can relax there before the long flight to Osaka.",
     "Blue Lagoon: the last day", "members can relax there before the long flight to Osaka"),
    # "and has decided" after a meeting
    (("Management met this morning and has decided to go with Option B, the Gold Coast Marina Hotel, because it is ten "
      "minutes from Kotoka airport."), "Go with Option B, the Gold Coast Marina Hotel", "it is ten minutes from Kotoka airport"),
    # "since every ..." is a reason, not a time
    ("We've settled on Power BI for the front end, since every investigator already has a Power BI Pro licence.",
     "Power BI for the front end", "every investigator already has a Power BI Pro licence"),
    # a comparison with the other option
    ("Let's go with Flutter, four free Flutter developers is much safer than depending on one React Native person.",
     "Go with Flutter", "four free Flutter developers is much safer than depending on one React Native person"),
])
def test_decisions_with_their_topic_maker_and_reason(text: str, summary: str, why: str) -> None:
    found = run(text, author=JANE)
    assert [(d.summary, d.rationale) for d in found.decisions] == [(summary, why)]


@pytest.mark.parametrize("text", ["We've kept the old logo since Monday.", "We've kept the old logo since Nov. 3."])
def test_since_a_time_is_no_reason(text: str) -> None:
    from ingest.item_phrasing import split_rationale

    assert split_rationale(text)[1] is None


# ---- no work asked or done


@pytest.mark.parametrize("text", [
    # Indian English "revert" is "reply": asked only if something is wrong
    "Please revert if any of these fields are not available in Snowflake.",
    # a label before news, not an order to update
    "Update on the SVLK documents: I called Kayu Lestari this morning.",
    # what people outside the project must do
    "Our president must approve the budget in the management meeting on November 10.",
    "The board must approve the budget on November 10.",
])
def test_no_task_in(text: str) -> None:
    assert run(text, author=JANE, to=(SAM.email,)).tasks == []


def test_people_ready_to_act_have_not_done_it() -> None:
    svlk = KnownTask(1, "Get the SVLK documents for the logs", SAM.email, None)
    assert run("They are ready to issue them, but the ministry's system is down.", author=SAM, to=(JANE.email,),
               known=(svlk,), thread=(1,)).changes == []
    done = run("The SVLK documents are ready to download.", author=SAM, to=(JANE.email,), known=(svlk,), thread=(1,))
    assert [(c.task_id, c.status) for c in done.changes] == [(1, "done")]


@pytest.mark.parametrize(("text", "summary", "why"), [
    # the plain present of a way chosen, with the one not taken
    (("For this order we use only Perhutani plantation teak with FSC, no community teak, because Maas needs the EUDR "
     "geolocation data for every log."), "We use only Perhutani plantation teak with FSC, no community teak",
     "Maas needs the EUDR geolocation data for every log"),
    # the decision leads; the lateness is its reason, not a slip
    ("We decided to publish only the 201 this week, because the 302 will not be ready until December.",
     "Publish only the 201 this week", "the 302 will not be ready until December"),
])
def test_plans_chosen_for_a_reason(text: str, summary: str, why: str) -> None:
    found = run(text, author=SAM, to=(PRIYA.email,))
    assert [(d.summary, d.rationale) for d in found.decisions] == [(summary, why)]
    assert found.changes == [] and found.tasks == []


def test_the_owner_dating_the_same_thing_dates_the_undated_task() -> None:
    letter = KnownTask(3, "Send the invitation letter at the earliest", SAM.email, None)
    other = KnownTask(2, "Send you a mood board for the Sangeet décor", PRIYA.email, None)
    found = run("I'll have the invitation letter for Pandit ji on Ironbark Ridge letterhead to you by Thursday.", author=SAM,
                known=(letter, other), thread=(3, 2), to=(JANE.email,))
    assert found.tasks == []
    assert [(c.task_id, c.new_due) for c in found.changes] == [(3, date(2026, 11, 5))]
    # another thing of the same thread is new work
    found = run("I'll have the seating plan for Pandit ji to you by Thursday.", author=SAM, known=(letter, other), thread=(3, 2),
                to=(JANE.email,))
    assert [t.title for t in found.tasks] == ["Send the seating plan for Pandit ji"] and found.changes == []


@pytest.mark.parametrize("greeting", ["Sehr geehrte Frau Doe,", "Chère Jane,", "Kære Jane,", "G'day Jane,", "Dear Frau Doe,"])
def test_greetings_in_more_languages_name_who_is_asked(greeting: str) -> None:
    found = run(f"{greeting}\n\nCould you send the floor plan by Friday?", author=SAM, to=(JANE.email, "tom@client.com"))
    assert [t.owner for t in found.tasks] == [JANE.email]


def test_a_family_name_like_a_title_is_still_a_name() -> None:
    from ingest.addressing import member_index
    from ingest.extraction import Person

    pan = Person("pan.wei@studio.cn", "Pan Wei", "client", "Asia/Shanghai", "YMD")
    assert member_index((pan, SAM)).lookup("Pan Wei") == pan.email


def test_then_please_in_a_paragraph_opened_to_someone_is_still_theirs() -> None:
    found = run("Hi both,\n\nPriya, please get the claims tables loaded into the staging schema by Monday. Once the load is "
                "done, please start on the payee network graph, let's target Friday the 13th for a first version.",
                author=JANE, to=(PRIYA.email, SAM.email))
    assert [(t.title, t.owner, t.due) for t in found.tasks] == [
        ("Get the claims tables loaded into the staging schema", PRIYA.email, date(2026, 11, 9)),
        ("Start on the payee network graph", PRIYA.email, date(2026, 11, 13))]


@pytest.mark.parametrize(("greeting", "owner"), [
    ("Good morning Ma,", JANE.email), ("Hi,", JANE.email), ("Dear Sir/Madam,", JANE.email), ("Hello Boss,", JANE.email),
    ("Hi all,", None), ("Hi both,", None),
])
def test_a_greeting_naming_nobody_leaves_the_single_recipient_asked(greeting: str, owner: str | None) -> None:
    found = run(f"{greeting}\n\nKindly send me the letterhead by Friday.", author=SAM, to=(JANE.email,))
    assert [t.owner for t in found.tasks] == [owner]


@pytest.mark.parametrize(("greeting", "owner"), [
    ("Hi Jane and all,", JANE.email), ("Hi Jane Doe & team,", JANE.email), ("Hi all,", None), ("Hi Jane and Tom,", None)])
def test_the_one_named_before_and_all_is_asked(greeting: str, owner: str | None) -> None:
    found = run(f"{greeting}\n\nPlease send us the first build by Friday 20 November.", author=SAM, to=(JANE.email, "tom@client.com"))
    assert [t.owner for t in found.tasks] == [owner]


def test_a_question_about_this_keeps_what_this_is() -> None:
    found = run("I have one question: the branch paid a management fee of EUR 186,000 to Valencia in the year. Is this "
                "deductible in Ireland, or do we need a transfer pricing study?", author=JANE)
    assert [q.text for q in found.questions] == [
        ("I have one question: the branch paid a management fee of EUR 186,000 to Valencia in the year. Is this deductible "
         "in Ireland, or do we need a transfer pricing study?")]
