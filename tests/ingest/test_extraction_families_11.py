"""extract(): families added on 2026-12-04 (tenth session): a decision's reason said in the
next sentence with any verb ("Red clashes with the branding"), a recap "as discussed" that
settles nothing, a paragraph opened to one of several readers ("Fiona, on the SMS
reminders: ... Could you send the API key?"), a lowercase vocative with a comma, "we would
like to receive your X by ...", a thing named before and then sent ("..., which I will send
you by Thursday", "we're missing X. Could you send those over?", a point's heading then
"Pls send by 20/11."), minutes after a point's label ("WICA - Nurul to send ..."), an aside
after a name or a fronted object, courtesy asked for ("please thank your board chair"), a
missed date ("won't be with you this Friday as planned", "we will not have the export by
tomorrow"), a new date proposed ("I propose to send ... instead of ...", "Would Friday,
December 4 be acceptable for the export?", "Could we call Mesquite finished on the 24th
instead?", "I'll have the draft with you by the 18th instead"), done in other words ("went
round", "is up: https://...", "I rang Gas Networks ... like I said I would"), and "I really
don't know" answering nothing. Positive probes must fire with the right fields; negative
probes must not."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from extraction_probe import JANE, PRIYA, SAM, TOM, run

from ingest.answers import answers_clearly
from ingest.extraction import KnownTask, Person

# ---- decisions and their reasons

@pytest.mark.parametrize(("text", "why"), [
    (("Let's go with green t-shirts rather than red this year. Red clashes with the Metro and No Frills branding, and "
     "two of the store managers asked us to steer clear of it."), "Red clashes"),
    (("We have decided to present three naming routes instead of five. In our experience, more options only make the "
     "decision harder for the owners, and with three routes we can develop each one properly."), "harder"),
    (("We've agreed internally to keep every episode under 25 minutes. Most of our customers listen on their commute, "
     "and our numbers show people drop off after that."), "commute"),
])
def test_the_next_sentence_gives_the_reason(text: str, why: str) -> None:
    out = run(text)
    assert len(out.decisions) == 1
    assert why in (out.decisions[0].rationale or "")


@pytest.mark.parametrize("text", [
    "And yes, go ahead with the 360 spins on the chairs. Tom, I've signed the revised estimate and sent it back.",
    "As agreed, we'll use the REST API for the sync. A few things from our end:",
])
def test_no_reason_in_a_vocative_turn_or_a_list_lead(text: str) -> None:
    out = run(text)
    assert len(out.decisions) == 1
    assert out.decisions[0].rationale is None


@pytest.mark.parametrize("text", [
    "As discussed, Bondi goes live on VetBook first, then Newtown and Manly before Christmas.",
    "As we discussed in Mexico City, the restaurant will reopen on 4/12 with a new name and a new menu.",
    "As discussed, here the key points of our briefing:",
])
def test_a_recap_of_what_was_discussed_is_no_decision(text: str) -> None:
    assert run(text).decisions == []


@pytest.mark.parametrize("text", [
    "As discussed, we confirm Barcelona and the dates 26 to 28 January 2027 for the kick-off.",
    "As discussed, the webhook retries will be handled on our side.",
    "As agreed, we'll keep the old logo on the invoices.",
])
def test_what_was_discussed_and_settled_is_a_decision(text: str) -> None:
    assert len(run(text).decisions) == 1


def test_i_dont_know_picks_no_side() -> None:
    out = run("About the galvanising I really don't know, that is for Tom.", author=JANE,
              open_questions=("will Hoekstra galvanise the balcony beams or only paint them?",))
    assert out.decisions == []


def test_a_condition_picks_no_side() -> None:
    out = run("If you'd rather click around, there's a live prototype here: https://example.com/proto", author=SAM,
              open_questions=("Do you want a PDF or a clickable prototype?",))
    assert out.decisions == []


def test_someone_who_does_not_know_answers_nothing() -> None:
    question = "Also, do you know if the hotel's licence for the Canela typeface covers web use?"
    assert not answers_clearly(question, "About the Canela licence, I really don't know, the contract is with the foundry.")
    assert answers_clearly(question, "The Canela licence covers web use, I checked the contract.")


# ---- requests and promises

def test_a_paragraph_opened_to_one_reader_is_theirs() -> None:
    out = run("Jane, on the SMS reminders: yes, we can send through your existing account. We just need an API key "
              "from your admin console. Could you send the API key through by Tuesday?\n\n"
              "Tom, on durations by species: not out of the box.", author=SAM, to=(JANE.email, TOM.email))
    assert [(t.title, t.owner, t.due) for t in out.tasks] == [("Send the API key through", JANE.email, date(2026, 11, 3))]


def test_a_lowercase_vocative_with_a_comma() -> None:
    out = run("jane, could you get us consolidated notes from your side by wednesday?", author=SAM,
              to=(JANE.email, TOM.email))
    assert [t.owner for t in out.tasks] == [JANE.email]


def test_we_would_like_to_receive_your_work_by_a_date() -> None:
    out = run("Tom, we would like to receive your first naming proposals by 13/11, because the owners meet that week.",
              author=JANE, to=(SAM.email, TOM.email))
    assert [(t.title, t.owner, t.due) for t in out.tasks] == [("Provide your first naming proposals", TOM.email,
                                                               date(2026, 11, 13))]
    assert run("We would like to receive your feedback.", author=JANE).tasks == []


@pytest.mark.parametrize(("text", "author", "title"), [
    ("It would add around two weeks to the calendar and it needs a separate quote, which I will send you by Thursday.",
     SAM, "Send a separate quote"),
    ("The names for the three fish dishes are still missing; I will send them tomorrow, after the tasting with the owners.",
     JANE, "Send the names for the three fish dishes"),
    (("To finish the reconciliation we're missing July and August for the Clydesdale account. Could you send those over "
     "by Friday?"), SAM, "Send July and August for the Clydesdale account"),
    ("1. Updated vehicle list, incl the 3 new prime movers. Pls send by 20/11.", SAM, "Send Updated vehicle list"),
    ("The second batch (level 5 and 6) we will send on 24.11., this date we can keep.", SAM, "Send the second batch"),
])
def test_the_thing_named_before_is_what_is_sent(text: str, author: Person, title: str) -> None:
    out = run(text, author=author, to=(TOM.email,))
    assert [t.title for t in out.tasks] == [title]
    assert out.tasks[0].due is not None


def test_minutes_after_a_points_label_assign_work_without_a_date() -> None:
    out = run("2. WICA - Tom to send headcount and annual wages by category (drivers, warehouse, office).", author=SAM,
              to=(TOM.email,))
    assert [(t.title, t.owner) for t in out.tasks] == [("Send headcount and annual wages by category", TOM.email)]


def test_an_aside_after_the_name_of_who_will_do_it() -> None:
    out = run("Tom (cc'd, he's tour managing) will send you the stage plot and input list by Wednesday.", author=JANE)
    assert [(t.title, t.owner, t.due) for t in out.tasks] == [("Send you the stage plot and input list", TOM.email,
                                                               date(2026, 11, 4))]


@pytest.mark.parametrize("text", [
    "Thank you! Please thank your board chair for us too.",
    "Could you pass on our thanks to the whole crew?",
])
def test_courtesy_is_no_task(text: str) -> None:
    assert run(text, author=SAM, to=(JANE.email,)).tasks == []


# ---- date moves

def test_a_missed_date_then_a_new_one_asked_for() -> None:
    draft = KnownTask(4, "Have a first draft of the trial balance with you", SAM.email, date(2026, 11, 13))
    other = KnownTask(1, "Send the Tide statements for April to August", JANE.email)
    out = run("I'm afraid the draft trial balance won't be with you this Friday as planned. The wages figures don't "
              "agree. Would Wednesday the 18th suit instead?", author=SAM, known=(other, draft), thread=(1, 4),
              sent_at=datetime.fromisoformat("2026-11-11T10:00:00+00:00"))
    assert [(c.task_id, c.new_due) for c in out.changes] == [(4, date(2026, 11, 18))]
    assert out.tasks == []


def test_we_will_not_have_it_by_the_date_names_the_writers_task() -> None:
    export = KnownTask(1, "Arrange for us to receive that export", JANE.email, date(2026, 11, 20))
    form = KnownTask(2, "Draft the intake form", SAM.email, date(2026, 11, 20))
    out = run("I regret to report that we will not have the Amicus export by tomorrow, as I had hoped.", known=(export, form),
              thread=(1, 2), sent_at=datetime.fromisoformat("2026-11-19T15:40:00+00:00"))
    assert [(c.task_id, c.reason) for c in out.changes] == [(1, None)]


def test_a_date_proposed_for_the_thing() -> None:
    export = KnownTask(1, "Arrange for us to receive that export", JANE.email, date(2026, 11, 20))
    out = run("Would Friday, December 4 be acceptable for the export?", known=(export,), thread=(1,),
              sent_at=datetime.fromisoformat("2026-11-19T15:40:00+00:00"))
    assert [(c.task_id, c.new_due) for c in out.changes] == [(1, date(2026, 12, 4))]


@pytest.mark.parametrize(("text", "title", "old", "new"), [
    (("Unfortunately the new model changes more than we expected. I propose to send the first batch on 17.11. instead "
     "of 13.11."), "Send us the first batch", date(2026, 11, 13), date(2026, 11, 17)),
    ("Could we call Mesquite finished on Tuesday the 24th instead of the 20th?", "Have Mesquite finished",
     date(2026, 11, 20), date(2026, 11, 24)),
    ("I'm afraid the IRAS draft is going to run over. I'll have the draft with you by Wednesday the 18th instead.",
     "Get a first draft of the IRAS form together", date(2026, 11, 13), date(2026, 11, 18)),
])
def test_the_writer_moves_their_own_work(text: str, title: str, old: date, new: date) -> None:
    mine = KnownTask(1, title, SAM.email, old)
    out = run(text, author=SAM, known=(mine,), thread=(1,), to=(JANE.email,),
              sent_at=datetime.fromisoformat("2026-11-09T10:00:00+00:00"))
    assert [(c.task_id, c.new_due) for c in out.changes] == [(1, new)]
    assert out.tasks == []


def test_calling_someone_is_still_no_date_move() -> None:
    mine = KnownTask(1, "Have Mesquite finished", SAM.email, date(2026, 11, 20))
    out = run("Could we call Tom on Tuesday instead?", author=SAM, known=(mine,), thread=(1,), to=(JANE.email,))
    assert out.changes == []


# ---- done in other words

@pytest.mark.parametrize(("text", "known"), [
    ("Jane's site long list went round yesterday, so the questionnaire refers to sites by their long-list number.",
     KnownTask(1, "Circulate our long list of candidate sites, with PI names", JANE.email, date(2026, 11, 5))),
    ("The VetBook staging instance is up: https://staging.example.com (same login as the demo).",
     KnownTask(1, "Set up the VetBook staging instance", PRIYA.email, date(2026, 11, 11))),
    ("I rang Gas Networks about the meter like I said I would.",
     KnownTask(1, "Ring Gas Networks about moving the meter", SAM.email)),
])
def test_done_in_other_words(text: str, known: KnownTask) -> None:
    out = run(text, author=SAM, known=(known,), to=(JANE.email,))
    assert [(c.task_id, c.status) for c in out.changes] == [(1, "done")]


# ---- later in the session: blocks, deadlines said outright, reasons after a colon

@pytest.mark.parametrize(("text", "title", "hint"), [
    ("Until that arrives I can't get at any of the statements.", "Send the Tide statements for April to August",
     "statements"),
    ("Tom, survey cannot do yet. The sprinkler system is not certified.", "Confirm the day the surveyor can come",
     "survey"),
])
def test_work_that_has_to_wait_is_blocked(text: str, title: str, hint: str) -> None:
    other = KnownTask(1, "Send July and August for the Clydesdale current account", JANE.email, date(2026, 11, 6))
    waiting = KnownTask(2, title, JANE.email)
    out = run(text, known=(other, waiting), thread=(1, 2))
    assert [(c.task_id, c.status) for c in out.changes] == [(2, "blocked")]
    assert hint in (out.changes[0].task_title_hint or "")


@pytest.mark.parametrize("text", [
    "we can't trust the comp numbers until it's re-exported.",
    "I can't verify the domain until I've got the login from Sue, so I'll have it done by Tuesday instead.",
])
def test_no_block_for_other_things_or_a_new_date(text: str) -> None:
    shrink = KnownTask(1, "Pull the shrink numbers from our inventory system", JANE.email, date(2026, 11, 12))
    domain = KnownTask(2, "Verify the domain", JANE.email, date(2026, 11, 6))
    out = run(text, known=(shrink, domain), thread=(1, 2))
    assert all(c.status != "blocked" for c in out.changes)


def test_a_deadline_said_outright_wins_over_the_day_the_work_is_for() -> None:
    out = run("Task: book Suntec Ballroom 3 for the tech rehearsal on 7 March @priya due 4 Dec", author=SAM)
    assert [(t.owner, t.due) for t in out.tasks] == [(PRIYA.email, date(2026, 12, 4))]


def test_a_reason_after_a_colon() -> None:
    out = run("We go with fin plates: Hoekstra has now the new plasma cutting line, and for them fin plates are much "
              "faster to make.", author=SAM)
    assert [(d.summary, d.rationale) for d in out.decisions] == [
        ("Go with fin plates", "Hoekstra has now the new plasma cutting line, and for them fin plates are much faster to make")]


def test_talked_it_over_and_it_is_the_one() -> None:
    out = run("On the rooflight, we talked it over last night and it's the island. That's where Jane will be working "
              "most evenings, so that's where we want the daylight.")
    assert len(out.decisions) == 1
    assert "island" in out.decisions[0].summary
    assert "daylight" in (out.decisions[0].rationale or "")


@pytest.mark.parametrize(("text", "old", "new"), [
    ("Sorry Jane, it'll be Thursday rather than the Friday Tom promised.", date(2026, 11, 27), date(2026, 12, 3)),
    ("Tomorrow won't happen, the tasting ran late. You'll have all three first thing Monday.", date(2026, 12, 1),
     date(2026, 12, 7)),
])
def test_the_day_moves_for_the_writers_work_on_the_thread(text: str, old: date, new: date) -> None:
    mine = KnownTask(1, "Get you the final speaker list with session titles", SAM.email, old)
    out = run(text, author=SAM, known=(mine,), thread=(1,), to=(JANE.email,),
              sent_at=datetime.fromisoformat("2026-11-30T10:00:00+00:00"))
    assert [(c.task_id, c.new_due) for c in out.changes] == [(1, new)]


def test_here_they_are_closes_the_writers_task_on_the_thread() -> None:
    mine = KnownTask(1, "Send me your three menu proposals", SAM.email, date(2026, 11, 16))
    assert [(c.task_id, c.status) for c in run("Here they are, all three (PDF attached).", author=SAM, known=(mine,),
                                               thread=(1,)).changes] == [(1, "done")]
    theirs = KnownTask(1, "Send me your three menu proposals", JANE.email, date(2026, 11, 16))
    assert run("Here it is.", author=SAM, known=(theirs,), thread=(1,)).changes == []


def test_a_decision_against_the_topic_named_before_the_colon() -> None:
    out = run("About the fireworks you mentioned the quinta allows: we've decided against them. The neighbours complained "
              "after the last wedding that had them.")
    assert [(d.summary, d.rationale) for d in out.decisions] == [
        ("Decided against the fireworks", "The neighbours complained after the last wedding that had them")]


def test_a_polite_ask_to_inform_by_a_date_is_work() -> None:
    out = run("In addition, may we kindly ask you to inform us of the number of vegetarian guests by 4 December?",
              author=SAM, to=(JANE.email,))
    assert [(t.title, t.owner, t.due) for t in out.tasks] == [
        ("Inform us of the number of vegetarian guests", JANE.email, date(2026, 12, 4))]
    assert out.questions == []


def test_a_call_to_ask_is_work_and_the_day_asked_about_is_no_deadline() -> None:
    out = run("Can you ring the quinta tomorrow and ask whether the covered terrace is free on the 29th as a rain plan?",
              author=SAM, to=(PRIYA.email,))
    assert [(t.owner, t.due) for t in out.tasks] == [(PRIYA.email, date(2026, 11, 3))]
    assert out.questions == []


def test_held_for_us_closes_the_booking() -> None:
    ask = KnownTask(1, "Ring the quinta and ask whether the covered terrace is free as a rain plan", SAM.email,
                    date(2026, 11, 11))
    out = run("Spoke to the owner this morning. The covered terrace is held for us.", author=SAM, known=(ask,), thread=(1,))
    assert [(c.task_id, c.status) for c in out.changes] == [(1, "done")]


def test_a_japanese_honorific_follows_the_family_name() -> None:
    from ingest.addressing import member_index

    index = member_index((Person("kenji@agency.io", "Kenji Ito", "team"), Person("yuki@venue.jp", "Yuki Morimoto", "team")))
    assert (index.lookup("Ito-sama"), index.lookup("Morimoto-san"), index.lookup("Yuki-san")) == (
        "kenji@agency.io", "yuki@venue.jp", "yuki@venue.jp")


def test_send_it_to_me_after_the_request_is_how_it_comes_back() -> None:
    out = run("Could you pull the rota for the three sites together? Send it to me by Friday.", author=SAM, to=(JANE.email,))
    assert [(t.title, t.due) for t in out.tasks] == [("Pull the rota for the three sites together", date(2026, 11, 6))]


@pytest.mark.parametrize("text", [
    "A dignified retirement is more than most shops get, so we'll do our best.",
    "Redirect map by Friday is fine, and I'll make sure it's something Tom can't complain about (much).",
    "The rows in yellow have no EAN, but please ask me before you delete anything.",
])
def test_a_promise_of_care_is_no_task(text: str) -> None:
    assert run(text, author=JANE, to=(SAM.email,)).tasks == []


def test_instead_of_the_old_day_said_first() -> None:
    mine = KnownTask(1, "Put the first build on the internal testing track", SAM.email, date(2026, 11, 13))
    out = run("Instead of Friday 13th, can we put the first build on internal testing on Tuesday 17th? Everything else "
              "in the build is on track.", author=SAM, known=(mine,), thread=(1,), to=(JANE.email,),
              sent_at=datetime.fromisoformat("2026-11-09T07:00:00+00:00"))
    assert [(c.task_id, c.new_due, c.confirmed) for c in out.changes] == [(1, date(2026, 11, 17), False)]
    assert out.questions == []


@pytest.mark.parametrize(("text", "summary"), [
    ("Theme: we build on Dawn, not Impulse. Freja's designs are close enough to Dawn already.", "Theme: build on Dawn, not Impulse"),
    ("we're doing the farmer calls on riverside this time, not zoom. the zoom tape was basically unusable.",
     "Doing the farmer calls on riverside this time, not zoom"),
    (("Tom, on the language question you asked: we want both English and Swahili, with Swahili as the default. Most of our "
     "riders read Swahili more comfortably."), "Language: both English and Swahili, with Swahili as the default"),
])
def test_one_way_chosen_over_another(text: str, summary: str) -> None:
    out = run(text)
    assert [d.summary for d in out.decisions] == [summary]
    assert out.decisions[0].rationale is not None


@pytest.mark.parametrize("text", ["We ship on Monday, not yet.", "We use the old login, not sure why."])
def test_not_yet_or_not_sure_is_no_choice(text: str) -> None:
    assert run(text).decisions == []


@pytest.mark.parametrize(("text", "title", "owner"), [
    ("Proposal forms from Tom also received.", "Email you the 4 proposal forms", TOM),
    ("Both listings in, saved in the project folder.", "Get the 3-yr claims listing from MSIG and Etiqa", JANE),
    ("I put the July and August Clydesdale statements on your portal this afternoon.",
     "Send July and August for the Clydesdale current account", JANE),
])
def test_done_when_it_is_received_in_or_put_where_it_is_shared(text: str, title: str, owner: Person) -> None:
    known = KnownTask(1, title, owner.email, date(2026, 11, 17))
    out = run(text, author=JANE, known=(known,), thread=(1,))
    assert [(c.task_id, c.status) for c in out.changes] == [(1, "done")]


def test_put_without_a_place_closes_nothing() -> None:
    known = KnownTask(1, "Send July and August for the Clydesdale current account", JANE.email, date(2026, 11, 6))
    assert run("I put the July and August statements aside for now.", author=JANE, known=(known,), thread=(1,)).changes == []


@pytest.mark.parametrize(("text", "title"), [
    ("The mapping of SF2/SD2 is on the wiki.", "Map the Protheus sales tables (SF2, SD2) and the logic of cancelled invoices"),
    ("The competitor teardown is in the Figma file now.", "Put together a teardown of three competitor onboarding flows"),
    ("The redirect map now lives in the shared folder right next to it.", "Send us the URL redirect map"),
])
def test_done_when_it_is_where_the_team_shares_work(text: str, title: str) -> None:
    known = KnownTask(1, title, JANE.email, date(2026, 11, 6))
    assert [(c.task_id, c.status) for c in run(text, known=(known,), thread=(1,)).changes] == [(1, "done")]


def test_a_long_reason_between_the_missed_date_and_the_new_one() -> None:
    draft = KnownTask(4, "Have a first draft of the trial balance with you", SAM.email, date(2026, 11, 13))
    out = run("I'm afraid the draft trial balance won't be with you this Friday as planned. The wages figures from the "
              "payroll bureau for June to August don't agree to what went out of the bank, and I'd like to get to the "
              "bottom of that before I send you anything. Would Wednesday the 18th suit instead?", author=SAM,
              known=(draft,), thread=(4,), sent_at=datetime.fromisoformat("2026-11-11T10:00:00+00:00"))
    assert [(c.task_id, c.new_due) for c in out.changes] == [(4, date(2026, 11, 18))]
    assert "wages" in (out.changes[0].reason or "")


def test_the_day_it_reaches_you_after_why_it_cannot_come_sooner() -> None:
    menus = KnownTask(6, "Send me your three menu proposals", SAM.email, date(2026, 11, 13))
    out = run("Tomorrow won't happen, sorry. Chef Marta is in Porto until Sunday and I don't send out menus she hasn't "
              "signed. You'll have all three first thing Monday.", author=SAM, known=(menus,), thread=(6,),
              sent_at=datetime.fromisoformat("2026-11-12T17:48:00+00:00"))
    assert [(c.task_id, c.new_due) for c in out.changes] == [(6, date(2026, 11, 16))]


def test_pass_it_to_a_date_moves_the_thing_the_paragraph_is_about() -> None:
    approve = KnownTask(1, "Approve it", JANE.email, date(2026, 11, 11))
    training = KnownTask(2, "Do the training of the store managers", SAM.email, date(2026, 11, 24))
    text = ("About the training of 24/11: this day we have the inventory count in all the stores. "
            "Can we pass it to 26/11?")
    when = datetime.fromisoformat("2026-11-11T10:00:00+00:00")
    out = run(text, known=(approve, training), thread=(1, 2), sent_at=when)
    assert [(c.task_id, c.new_due) for c in out.changes] == [(2, date(2026, 11, 26))]
    # (with no task for the paragraph's topic, the writer's other work does not move)
    assert run(text, known=(approve,), thread=(1,), sent_at=when).changes == []


def test_a_clause_about_the_thing_handed_over_is_not_its_name() -> None:
    kitchens = KnownTask(1, "Send me photos of a few kitchens you like", JANE.email, date(2026, 11, 9))
    meter = KnownTask(2, "Ring Gas Networks about moving the meter", JANE.email)
    out = run("Here are the kitchens I keep going back to:\nhttps://pin.it/4kQz8Ew", known=(kitchens, meter), thread=(1, 2))
    assert [(c.task_id, c.status) for c in out.changes] == [(1, "done")]
    nda = KnownTask(1, "Send me the signed NDA from Veda", JANE.email, date(2026, 11, 9))
    assert [(c.task_id, c.status) for c in run("Sent you the signed NDA this morning, it's in your inbox.", known=(nda,),
                                               thread=(1,)).changes] == [(1, "done")]


def test_a_terse_writer_proposes_the_day_for_their_own_work() -> None:
    vehicles = KnownTask(1, "Send Updated vehicle list", JANE.email, date(2026, 11, 20))
    survey = KnownTask(2, "Confirm the day the surveyor can come", JANE.email, date(2026, 11, 20))
    when = datetime.fromisoformat("2026-11-18T23:00:00+00:00")
    out = run("Vehicle list - the 3 new prime movers only get their plates from LTA next week, so I send you the full list "
              "after that. Latest 27/11 can?", known=(vehicles, survey), thread=(1, 2), sent_at=when)
    assert [(c.task_id, c.new_due) for c in out.changes] == [(1, date(2026, 11, 27))]
    # (two dated tasks on the thread and no label naming one: nobody's date moves)
    assert run("Latest 27/11 can?", known=(vehicles, survey), thread=(1, 2), sent_at=when).changes == []


def test_as_agreed_without_a_comma_keeps_what_was_agreed() -> None:
    out = run("As agreed we write in English, so Tom can follow everything.", author=SAM)
    assert [d.summary for d in out.decisions] == ["We write in English"]


def test_a_lead_into_a_list_is_no_decision() -> None:
    assert run("Here is what we agreed and what comes next:", author=SAM).decisions == []


def test_dropping_a_thing_into_an_office_is_a_delivery() -> None:
    out = run("I'll drop the van mileage log into your office on Monday, Priya was asking for it when we met.",
              sent_at=datetime.fromisoformat("2026-11-19T10:00:00+00:00"))
    assert [(t.title, t.owner, t.due) for t in out.tasks] == [("Drop the van mileage log into your office", JANE.email,
                                                               date(2026, 11, 23))]
    assert out.decisions == []
