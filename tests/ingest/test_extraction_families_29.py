"""Families added on 2026-12-06 (twenty-eighth session) from the scenario sets fresh133-136,
read once fresh137-140 were written to take their place as the held-out pool: one way taken
over another ("we go with Django, not Laravel", "a PWA instead of two native apps"), the reason
said after a colon or a dash of a choice ("Variant B it is: the dark one looks like ..."), work
given up ("please leave it out", "forget the French version", "no drone shots, please", "only
reservation of lots, no payments online"), "X wins over Y", "we agree on X", and open work
handed from one person to another ("Salem takes over the storyboard"), which changes the task's
owner instead of adding a task.  Positive probes must fire with the right fields; negative
probes must not."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from extraction_probe import JANE, PRIYA, SAM, TOM, run

from ingest.extraction import KnownTask, recordable
from ingest.handovers import RULE as HANDOVER


def _decisions(text: str, **kw: object) -> list[tuple[str, str | None]]:
    return [(d.summary, d.rationale) for d in recordable(run(text, **kw)).decisions]  # type: ignore[arg-type]


# ---- one way taken over another


@pytest.mark.parametrize(("text", "summary", "why"), [
    ("We build on WordPress again, not headless Next.js: their team already knows the WordPress admin.",
     "We build on WordPress again, not headless Next.js", "their team already knows the WordPress admin"),
    ("For the backend we stay with Django, not Laravel: Wahid knows it better.", "Backend: stay with Django, not Laravel",
     "Wahid knows it better"),
    ("We present the concepts as flat PDF mock-ups, not 3D renders: the renders would take two extra days.",
     "We present the concepts as flat PDF mock-ups, not 3D renders", "the renders would take two extra days"),
    ("We're going seller-fulfilled rather than FBA for launch, because most of the sofas are over the size limits.",
     "We're going seller-fulfilled rather than FBA for launch", "most of the sofas are over the size limits"),
    ("I'm setting up the tip pool as its own earning code, not as a pay adjustment, because tips show separately.",
     "I'm setting up the tip pool as its own earning code, not as a pay adjustment", "tips show separately"),
    ("The technical round will be in person at our office, not on Zoom.", "The technical round will be in person at our office, not on Zoom", None),
    ("Put all of it on Meta, not TikTok.", "Put all of it on Meta, not TikTok", None),
])
def test_one_way_taken_over_another_is_a_choice_with_what_follows_as_its_reason(text: str, summary: str, why: str | None) -> None:
    assert _decisions(text) == [(summary, why)]


@pytest.mark.parametrize("text", [
    "Could you send the logo in SVG, not PNG?",           # a question
    "If we go with WordPress, not Next.js, it is cheaper.",  # a condition
    "We don't use WordPress, not even for blogs.",         # no way taken
    "I sent the PDF, not the Word file.",                  # a fact, no choosing verb
    "The files are in the shared folder, not on WeTransfer.",
])
def test_a_contrast_that_chooses_nothing_is_no_decision(text: str) -> None:
    assert _decisions(text) == []


def test_an_imperative_contrast_from_the_team_is_no_client_choice() -> None:
    assert _decisions("Use the rwenzori namespace, not the shared one.", author=SAM, to=(PRIYA.email,)) == []


def test_instead_of_a_person_swaps_people_and_is_no_choice() -> None:
    extraction = recordable(run("Tom will do the shipping carton design instead of Sam, same date.", author=JANE))
    assert extraction.decisions == []


# ---- the reason said after a choice


@pytest.mark.parametrize(("text", "summary", "why"), [
    ("Concept B it is — the mountains are who we are.", "Concept B", "the mountains are who we are"),
    ("Variant B it is: the dark one looks like our salar at night.", "Variant B", "the dark one looks like our salar at night"),
    ("Android only it is for Phase 1, no iOS: 95% of the dealers have cheap Android phones.", "Go with Android only",
     "95% of the dealers have cheap Android phones"),
    ("We will build it as a PWA instead of two native apps: one codebase for us, and the client cannot pay for the stores.",
     "Build it as a PWA instead of two native apps", "one codebase for us, and the client cannot pay for the stores"),
    ("Shopify wins over WooCommerce: their people must be able to edit prices without us.", "Shopify wins over WooCommerce",
     "their people must be able to edit prices without us"),
])
def test_a_clause_after_a_colon_or_dash_of_a_choice_is_its_reason(text: str, summary: str, why: str) -> None:
    assert _decisions(text) == [(summary, why)]


@pytest.mark.parametrize("text", ["Option B please: send the files.", "Version 2 it is, thanks Sam!", "Option B it is: yes, let's do it."])
def test_an_ask_or_a_thanks_after_the_choice_is_no_reason(text: str) -> None:
    assert [why for _, why in _decisions(text)] == [None]


@pytest.mark.parametrize("text", ["Our side: the wall texts will be printed on the wall in vinyl letters.",
                                  "The name: it stays Wattleseed Gin.", "To your question: no, we do not cut lacquers here."])
def test_a_topic_before_a_colon_is_no_choice_with_a_reason(text: str) -> None:
    assert all(why is None or not why.startswith(("no,", "it stays")) for _, why in _decisions(text))
    assert all(summary not in ("Our side", "The name", "To your question") for summary, _ in _decisions(text))


def test_a_parenthesis_inside_x_it_is() -> None:
    assert _decisions('Direction B ("River") it is!') == [('Go with Direction B ("River")', None)]


def test_we_agree_on_a_title() -> None:
    assert [s for s, _ in _decisions('For the final title of both videos we agree on "Light for everyone".')] == [
        'Final title of both videos: "Light for everyone"']


# ---- work given up


@pytest.mark.parametrize(("text", "summary", "why"), [
    ("About Portuguese: we talked with Rodrigo and we leave it out for now.", "Leave out Portuguese", None),
    ("And forget the French version of the landing page.", "Leave out the French version of the landing page", None),
    ("And the blog section that we talked about in the call, please leave it out: nobody here has time to write posts.",
     "Leave out the blog section that we talked about in the call", "nobody here has time to write posts"),
    ("The loyalty points that we mentioned in the call, we drop them from the first version.",
     "Drop the loyalty points that we mentioned in the call", None),
    ("One more thing: no drone shots of the waterfall, please.", "No drone shots of the waterfall", None),
    ("Sam, as we agreed this morning: no matte varnish on the label, it smudges with oily fingers.",
     "No matte varnish on the label", "it smudges with oily fingers"),
    ("No filming in the R&D lab please – it's still under an NDA.", "No filming in the R&D lab", "it's still under an NDA"),
    ("About your question of the payments: only reservation of lots, no payments online.", "Only reservation of lots, no payments online", None),
])
def test_work_given_up_is_a_decision(text: str, summary: str, why: str | None) -> None:
    assert _decisions(text) == [(summary, why)]


@pytest.mark.parametrize("text", ["No problem, thanks.", "No rush on this.", "Keep the text out of the safe zone.", "Leave it with me.",
                                  "Forget it.", "Timeline: only two days left, we need to hurry.", "No worries at all!",
                                  "No bother at all Sam, Monday the 23rd suits us grand.", "No interpretation needed – all sessions are in English.",
                                  "Czech and Polish only, Slovak is off."])
def test_what_gives_nothing_up_is_no_decision(text: str) -> None:
    assert _decisions(text) == []


# ---- open work handed over


KNOWN = (KnownTask(1, "Do the storyboard of video 1", SAM.email), KnownTask(2, "Prepare the hosting proposal", PRIYA.email))


@pytest.mark.parametrize(("text", "author", "task", "owner"), [
    ("A change in our team: Sam is on sick leave, so Priya takes over the storyboard of video 1.", SAM, 1, PRIYA.email),
    ("Sam will prepare the hosting proposal instead of me, he knows the data centres better.", PRIYA, 2, SAM.email),
    ("The hosting proposal moves to Sam.", PRIYA, 2, SAM.email),
    ("I will prepare the hosting proposal myself instead of Priya.", SAM, 2, SAM.email),
    ("Sam is sick this week, so I will do the storyboard of video 1 myself.", PRIYA, 1, PRIYA.email),
    ("Priya is off since Tuesday, so I will prepare the hosting proposal instead of her, still by Friday.", SAM, 2, SAM.email),
    ("From now I take over the storyboard of video 1.", PRIYA, 1, PRIYA.email),
    ("- The hosting proposal will be sent by Sam instead of me, he has the numbers.", PRIYA, 2, SAM.email),
    ("Sam is now responsible for the hosting proposal.", PRIYA, 2, SAM.email),
    ("Priya will handle the storyboard of video 1 from now on.", SAM, 1, PRIYA.email),
    ("I'm handing the storyboard of video 1 over to Priya.", SAM, 1, PRIYA.email),
    ("The hosting proposal is now with Sam.", PRIYA, 2, SAM.email),
    ("Priya replaces Sam on the storyboard of video 1.", SAM, 1, PRIYA.email),
    ("Sam is on leave, Priya will finish the storyboard of video 1.", SAM, 1, PRIYA.email),
    ("Priya is taking over from Sam for the storyboard of video 1.", TOM, 1, PRIYA.email),
    ("Sam has left the project, Priya will continue with the storyboard of video 1.", TOM, 1, PRIYA.email),
    ("Sam can't do the storyboard of video 1 this week, so Priya will do it.", TOM, 1, PRIYA.email),
    ("The storyboard of video 1 is now Priya's job.", TOM, 1, PRIYA.email),
    ("Priya is covering the storyboard of video 1 while Sam is away.", TOM, 1, PRIYA.email),
    ("Reassigning the storyboard of video 1 to Priya.", TOM, 1, PRIYA.email),
    ("I've asked Sam to take care of the hosting proposal instead.", TOM, 2, SAM.email),
    ("Priya will take the storyboard of video 1 over.", TOM, 1, PRIYA.email),
])
def test_work_handed_over_changes_the_owner_and_adds_no_task(text: str, author: object, task: int, owner: str) -> None:
    extraction = recordable(run(text, author=author, known=KNOWN))  # type: ignore[arg-type]
    assert [(c.task_id, c.new_owner, c.rule) for c in extraction.changes] == [(task, owner, HANDOVER)]
    assert extraction.tasks == [] and extraction.decisions == []


@pytest.mark.parametrize("text", [
    "If Priya takes over the storyboard of video 1 we will be fine.",   # a condition
    "Could Priya take over the storyboard of video 1?",                 # a question
    "Priya takes over the photo shoot from Sam.",                      # names no open task
    "Sam takes over the storyboard of video 1.",                       # already his
    "I will do the storyboard of video 1 myself.",                     # help offered, nobody out
    "Quick one before the storyboard of video 1 goes to Jane on Friday.",  # delivered, not handed over
    "Priya will review the storyboard of video 1.",                    # help, nobody out
    "Priya will look after the storyboard of video 1.",                # no sign that it passes
    "Sam can't join the call, so Priya will do it.",                   # "it" names no open work
    "I've asked Priya to check the hosting proposal.",                 # help asked for
])
def test_no_hand_over_without_a_named_task_and_a_new_owner(text: str) -> None:
    author = PRIYA if text.startswith("I will") else SAM
    assert [c for c in recordable(run(text, author=author, known=KNOWN)).changes if c.new_owner] == []


def test_the_date_that_stays_is_no_promise() -> None:
    assert recordable(run("The date stays Wednesday 4 November.", author=SAM, to=(JANE.email,))).tasks == []


# ---- a member named, then a bare work verb


@pytest.mark.parametrize(("line", "title"), [
    ("- Sam, ask the printer for a quote for 500 test labels.", "Ask the printer for a quote for 500 test labels"),
    ("Sam: call the printer by Friday.", "Call the printer"),
    ("Sam, make the selects and a rough assembly by Friday 6 November, so I can review it.", "Make the selects and a rough assembly"),
    ("Sam, please also propose names for the eight colourways.", "Propose names for the eight colourways"),
    ("Sam, please suggest two names for the podcast.", "Suggest two names for the podcast"),
])
def test_a_member_named_then_a_bare_work_verb_asks_that_member(line: str, title: str) -> None:
    tasks = recordable(run(f"Hi all,\n\n{line}", author=PRIYA, to=(SAM.email,))).tasks
    assert [(t.title, t.owner) for t in tasks] == [(title, SAM.email)]


@pytest.mark.parametrize("line", ["Sam, find attached the files.", "Sam, thanks for the files.", "Sam, note that the date changed.",
                                  "Sam, great work on the logo.", "Sam, sending you the files now."])
def test_a_name_then_no_work_verb_asks_nothing(line: str) -> None:
    assert recordable(run(f"Hi all,\n\n{line}", author=PRIYA, to=(SAM.email,))).tasks == []


def test_confirm_until_a_day_which_keeps_what_is_to_be_confirmed() -> None:
    tasks = recordable(run("Hi all,\n\nSam, could you confirm until Tuesday which three tours we show in the Featured block?",
                           to=(SAM.email,))).tasks
    assert [(t.title, str(t.due)) for t in tasks] == [("Confirm which three tours we show in the Featured block", "2026-11-03")]


# ---- a change asked for, said as done


@pytest.mark.parametrize(("text", "title"), [
    ('The Scotch Bonnet label is now a deeper red, and "Product of Guyana" is bigger.',
     'Make the Scotch Bonnet label a deeper red and put "Product of Guyana" bigger at the bottom'),
    ('The French product name ("Sauce piquante") is now on the front panel of all three sauces.',
     "Add the French product name to the front panel of all three sauces"),
])
def test_the_change_asked_for_said_as_the_way_it_is_now_closes_it(text: str, title: str) -> None:
    changes = recordable(run(f"Dear Jane,\n\n{text}", author=SAM, to=(JANE.email,), known=(KnownTask(1, title, SAM.email),),
                             thread=(1,))).changes
    assert [(c.task_id, c.status) for c in changes] == [(1, "done")]


@pytest.mark.parametrize("text", ["The French product name is now on hold until the distributor answers.",
                                  "The front panel is now waiting for the French product name."])
def test_a_now_that_is_no_change_made_closes_nothing(text: str) -> None:
    known = (KnownTask(1, "Add the French product name to the front panel", SAM.email),)
    changes = recordable(run(f"Dear Jane,\n\n{text}", author=SAM, to=(JANE.email,), known=known, thread=(1,))).changes
    assert [c for c in changes if c.status == "done"] == []


def test_the_other_sides_work_received_closes_it() -> None:
    known = (KnownTask(1, "Send you her demo recordings", TOM.email),)
    changes = recordable(run("Dear Jane,\n\nwe received Tom's demo recordings yesterday, they sound great.", author=SAM,
                             to=(JANE.email,), known=known, thread=(1,))).changes
    assert [(c.task_id, c.status) for c in changes] == [(1, "done")]


# ---- questions asked for effect or small talk


@pytest.mark.parametrize("line", [
    "Who said USSD is dead?", "Isn't the salar the most beautiful white canvas in the world?", "Has anyone over there ever tasted real cassareep?",
    "How time flies, no?", "How does one even choose between them?", "And how is autumn in Ashgabat, still hot?",
    "Do you also celebrate the new year on 1 January like us, or is your new year in another month?", "Is it still very hot in Tripoli?",
    'By the way, how do you say "thank you" in Libyan Arabic?',
])
def test_a_question_for_effect_or_about_the_place_asks_nothing(line: str) -> None:
    assert recordable(run(f"Hi Sam,\n\n{line}", to=(SAM.email,))).questions == []


@pytest.mark.parametrize("line", ["Is the API dead?", "Has anyone ever tested the API?", "How do you want the files?",
                                  "How is the weather affecting the shoot?"])
def test_a_question_about_the_work_still_asks(line: str) -> None:
    assert [q.text for q in recordable(run(f"Hi Sam,\n\n{line}", to=(SAM.email,))).questions] == [line]


@pytest.mark.parametrize("line", ["Sam, sample received, thank you, all records are there.", "Sam, line 3 is enough for now."])
def test_a_name_then_a_noun_that_could_be_a_verb_asks_nothing(line: str) -> None:
    assert recordable(run(f"Hi all,\n\n{line}", author=PRIYA, to=(SAM.email,))).tasks == []


# ---- more ways work is said done


@pytest.mark.parametrize(("text", "title", "owner"), [
    ("Jane, thank you, we received Tom's demo recordings yesterday. Her voice is perfect.", "Send you her demo recordings", JANE.email),
    ("The list of payment providers is on page 4: Mope and Uni5Pay+.", "Make a list of the payment providers that work in Suriname", SAM.email),
])
def test_work_received_after_a_lead_or_found_on_a_page_is_done(text: str, title: str, owner: str) -> None:
    changes = recordable(run(f"Dear Jane,\n\n{text}", author=SAM, to=(JANE.email,), known=(KnownTask(1, title, owner),), thread=(1,))).changes
    assert [(c.task_id, c.status) for c in changes] == [(1, "done")]


@pytest.mark.parametrize(("text", "title"), [
    ("The direction validated the script this morning, with two small changes:\n\n- the guarantee part goes out",
     "Send us your comments on the script"),
    ("The correct address of Mr. Schreiber is jens.schreiber@hanseatic-kakao.de.", "Send me Mr. Schreiber's correct email address"),
])
def test_the_feedback_or_the_value_asked_for_given_closes_the_ask(text: str, title: str) -> None:
    changes = recordable(run(f"Dear Sam,\n\n{text}", author=JANE, to=(SAM.email,), known=(KnownTask(1, title, JANE.email),), thread=(1,))).changes
    assert [(c.task_id, c.status) for c in changes] == [(1, "done")]


def test_feedback_still_owed_closes_nothing() -> None:
    changes = recordable(run("Dear Sam,\n\nThe direction has not validated the script yet, we will send our comments next week.", author=JANE,
                             to=(SAM.email,), known=(KnownTask(1, "Send us your comments on the script", JANE.email),), thread=(1,))).changes
    assert [c for c in changes if c.status == "done"] == []


# ---- a later day asked for, in more ways


def test_a_reported_ask_for_more_time_moves_the_work_it_names() -> None:
    known = (KnownTask(1, "Send us three label concepts", PRIYA.email, date(2026, 10, 23)),
             KnownTask(2, "Do the bottle mock-ups for all three concepts", SAM.email, date(2026, 10, 21)))
    changes = recordable(run("Dear Jane,\n\nThe bottle is taller, so we have to rework the layout. Priya asks if we could have until "
                             "Tuesday 27 October for the concepts.", author=SAM, to=(JANE.email,), known=known,
                             sent_at=datetime.fromisoformat("2026-10-21T10:00:00+00:00"))).changes
    assert [(c.task_id, c.new_due) for c in changes] == [(1, date(2026, 10, 27))]


def test_a_reported_ask_that_moves_nothing_is_not_read_as_one() -> None:
    assert recordable(run("Dear Jane,\n\nPriya asks if we could meet on Tuesday.", author=SAM, to=(JANE.email,))).changes == []


def test_only_after_the_work_says_the_soonest_day_and_the_praise_before_it_is_no_feedback_given() -> None:
    known = (KnownTask(6, "Provide your feedback on the clay renders", JANE.email, date(2026, 11, 19)),)
    changes = recordable(run("Dear Sam,\n\nThank you, the clay renders look very good.\n\nProblem: our board meeting moved, so I can "
                             "send you the feedback only on Tuesday 24.", author=JANE, to=(SAM.email,), known=known, thread=(6,))).changes
    assert [(c.task_id, c.status, c.new_due) for c in changes] == [(6, None, date(2026, 11, 24))]


def test_only_revert_on_a_day_in_a_new_thread_moves_the_writers_one_piece_of_work_it_names() -> None:
    known = (KnownTask(5, "Go through it and send us your feedback", JANE.email, date(2026, 11, 18)),)
    changes = recordable(run("Hi Sam,\n\nThanks, received the prototype. Sorry, we can only revert with our feedback on Mon 23 Nov.",
                             author=JANE, to=(SAM.email,), known=known, sent_at=datetime.fromisoformat("2026-11-13T10:00:00+00:00"))).changes
    assert [(c.task_id, c.new_due) for c in changes] == [(5, date(2026, 11, 23))]


@pytest.mark.parametrize(("text", "author"), [
    ("Slight change of plan, so there's no need to rush the homepage design. Wednesday 18th would be absolutely fine.", JANE),
    ("Noted with thanks. Wednesday 18th November is fine with us for the homepage design.", SAM),
])
def test_a_later_day_granted_for_work_named_here_or_just_before_moves_it(text: str, author: object) -> None:
    known = (KnownTask(1, "Send over the homepage design", SAM.email, date(2026, 11, 13)),)
    changes = recordable(run(f"Hi,\n\n{text}", author=author, to=(JANE.email, SAM.email), known=known, thread=(1,),  # type: ignore[arg-type]
                             sent_at=datetime.fromisoformat("2026-11-06T10:00:00+00:00"))).changes
    assert [(c.task_id, c.new_due) for c in changes] == [(1, date(2026, 11, 18))]


def test_a_day_said_fine_without_the_work_named_moves_nothing() -> None:
    known = (KnownTask(1, "Send over the homepage design", SAM.email, date(2026, 11, 13)),)
    changes = recordable(run("Hi,\n\nThanks for the photos. Wednesday 18th November is fine with us.", author=SAM, to=(JANE.email,),
                             known=known, thread=(1,), sent_at=datetime.fromisoformat("2026-11-06T10:00:00+00:00"))).changes
    assert changes == []


def test_a_hand_over_with_the_new_owners_role_between_commas() -> None:
    known = (KnownTask(2, "Send you the pilot dealer list", JANE.email),)
    changes = recordable(run("Dear Sam,\n\nTom, our Sales Manager, will send you the pilot dealer list instead of me, by Monday 26th.",
                             author=JANE, to=(SAM.email,), known=known, thread=(2,))).changes
    assert [(c.task_id, c.new_owner) for c in changes if c.new_owner] == [(2, TOM.email)]


def test_a_day_said_with_the_hand_over_is_the_works_new_day() -> None:
    known = (KnownTask(3, "Send you the 2027 room rates and the seasonal calendar", TOM.email, date(2026, 11, 6)),)
    changes = recordable(run("Dear Sam,\n\nTom is on leave until Monday, so I will send you the 2027 rates and the seasonal calendar myself, "
                             "on Tuesday 10 November.", author=JANE, to=(SAM.email,), known=known)).changes
    assert [(c.task_id, c.new_owner, c.new_due) for c in changes] == [(3, JANE.email, date(2026, 11, 10))]
