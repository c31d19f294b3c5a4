"""The writer's open work given to a colleague in the writer's reply ("Nelson Mendes, our editor,
is in copy; he will cut the film and he will be the one sending it to you", "For the homepage
mock-up: our designer Rasmata (in copy) will take it in charge", "Priya, I'm handing the mockups
over to you").  Positive probes must change the owner; negative probes must not."""
from __future__ import annotations

from datetime import date

from extraction_probe import JANE, PRIYA, SAM, TOM, run

from ingest.extraction import Extraction, KnownTask


def _owners(result: Extraction) -> list[tuple[int | None, str | None, date | None]]:
    return [(c.task_id, c.new_owner, c.new_due) for c in result.changes if c.new_owner is not None]


CUT = KnownTask(2, "Provide a first rough cut", SAM.email, date(2026, 11, 20))
MOCKUP = KnownTask(3, "Send a first homepage mockup", SAM.email, date(2026, 11, 13))


def test_a_colleague_named_in_the_reply_takes_the_writers_work() -> None:
    said = {
        # (the work in the sentence before, "it" after "he" for the one named)
        "A rough cut on 20/11 works. Priya Shah, our editor, is in copy; he will cut the film and he will be the one "
        "sending it to you.": CUT,
        "For the homepage mockup: our designer Priya Shah (in copy) will take it in charge.": MOCKUP,
        "Priya, our lead designer, will take over the homepage mockup; she'll have it with you by Friday 13 November "
        "as you asked.": MOCKUP,
        "Priya from our team will prepare the homepage mockup, she is in copy.": MOCKUP,
        "About the rough cut: Priya knows the footage, she will send you the rough cut.": CUT,
        "From now on Priya, our UX designer, takes over the homepage mockup.": MOCKUP,
        "For the rough cut, Priya our lead editor will prepare it and send it to you.": CUT,
    }
    for text, task in said.items():
        found = run(f"Hi Jane,\n\n{text}\n\nSam", author=SAM, known=(CUT, MOCKUP), thread=(2, 3), to=(JANE.email,))
        assert _owners(found) == [(task.id, PRIYA.email, None)], text
        assert not found.tasks, text


def test_said_to_the_colleague_by_name() -> None:
    for text in ("Priya, I'm handing the homepage mockup over to you: the client expects it on Friday 13/11.",
                 "Priya, you're taking the homepage mockup over from me, I'm drowning this month.",
                 "Priya, the homepage mockup for the 13th is yours, shout if you need the brand fonts."):
        found = run(f"Hi team,\n\n{text}\n\nSam", author=SAM, known=(CUT, MOCKUP), thread=(2, 3), to=(PRIYA.email,))
        assert _owners(found) == [(3, PRIYA.email, None)], text


def test_the_colleagues_day_said_with_it() -> None:
    text = "Priya, our art director, will take over the homepage mockup from here and send it to you by Monday the 16th."
    found = run(f"Hi Jane,\n\n{text}\n\nSam", author=SAM, known=(CUT, MOCKUP), thread=(2, 3), to=(JANE.email,))
    assert _owners(found) == [(3, PRIYA.email, date(2026, 11, 16))]
    # (in the next sentence, said to the client)
    text = "For the homepage mockup: our designer Priya Shah (in copy) will take it in charge. You will have it on Monday 16/11."
    found = run(f"Hi Jane,\n\n{text}\n\nSam", author=SAM, known=(CUT, MOCKUP), thread=(2, 3), to=(JANE.email,))
    assert _owners(found) == [(3, PRIYA.email, date(2026, 11, 16))]


def test_no_hand_over_where_the_work_is_other_or_not_the_writers() -> None:
    said = [
        # (new work that shares words with the open task: not all of it named)
        "Priya will deliver the final mix of the rough cut by Wednesday 23/12.",
        # (help, not the work: the verb is no delivery)
        "Priya will review the homepage mockup before I send it.",
        # (a condition, a question)
        "If needed, Priya, our designer, will take over the homepage mockup.",
        "Will Priya, our designer, take over the homepage mockup?",
        # (a member of the other side)
        "Tom will send you the homepage mockup.",
    ]
    for text in said:
        found = run(f"Hi Jane,\n\n{text}\n\nSam", author=SAM, known=(CUT, MOCKUP), thread=(2, 3), to=(JANE.email,))
        assert _owners(found) == [], text
    # (work that is not the writer's is not the writer's to give on these words)
    found = run("Hi Sam,\n\nTom will send you the homepage mockup.\n\nJane", author=JANE, known=(MOCKUP,), thread=(3,),
                to=(SAM.email,))
    assert _owners(found) == []


def test_how_to_reach_the_writer_is_no_work() -> None:
    said = [
        "Please write to me for urgent things, Tom is often on the boats.",
        "Please write always to her with copy to me.",
        "Please call me Htet Aung, everybody does.",
        "Please put also in copy Constanza in the emails, she manages our Instagram.",
        "Look in your spam, the WeTransfer mails always go there.",
        "Greet the boys for me and tell them Aunty is proud of them.",
        "Do feel free to modernise the lettering, though.",
        # (where the writer is again, not "back" as a verb)
        "Back in Honiara on 2 December, sorry for going quiet.",
        "Back in the office on Monday 23rd.",
    ]
    for text in said:
        assert run(f"Hi Sam,\n\n{text}\n\nJane", author=JANE, to=(SAM.email,)).tasks == [], text
    # (work to do with the one written to, or backing something up, still is)
    for text, title in (("Could you write to them and ask for the invoice?", "Write to them and ask for the invoice"),
                        ("Please email me the logo files by Friday.", "Email me the logo files"),
                        ("Back up the database before Friday please.", "Back up the database")):
        assert [t.title for t in run(f"Hi Sam,\n\n{text}\n\nJane", author=JANE, to=(SAM.email,)).tasks] == [title], text


def test_the_reason_said_before_the_decision_or_after_as() -> None:
    said = {
        "Since the booking form is what you need before the cruise-ship peak, we have decided to launch the tour pages first.":
            ("Launch the tour pages first", "the booking form is what you need before the cruise-ship peak"),
        "One thing we already know: 17 of 23 testers gave up at the registration step, so we have decided to drop registration.":
            ("Drop registration", "17 of 23 testers gave up at the registration step"),
        "We have decided to offer a 10% voucher to every guest who completes the survey, as the response rate of our last "
        "survey was only 4%.": ("Offer a 10% voucher to every guest who completes the survey", "the response rate of our last survey was only 4%"),
    }
    for text, expected in said.items():
        found = run(f"Hi Sam,\n\n{text}\n\nJane", author=JANE, to=(SAM.email,))
        assert [(d.summary, d.rationale) for d in found.decisions] == [expected], text
    # (a time said first is no reason; a purpose said after wins over a cause said first)
    found = run("Hi Sam,\n\nSince Monday, we have decided to use the new template.\n\nJane", author=JANE, to=(SAM.email,))
    assert [(d.summary, d.rationale) for d in found.decisions] == [("Use the new template", None)]
    text = ("Given that the remaining history will arrive later, we have decided to build the baseline on the first extract, "
            "so that the baseline is not delayed.")
    found = run(f"Hi Sam,\n\n{text}\n\nJane", author=JANE, to=(SAM.email,))
    assert [d.rationale for d in found.decisions] == ["the baseline is not delayed"]


def test_decisions_in_more_english_shapes() -> None:
    said = {
        "Marieke and I talked it over and agreed: no children's rates in the booking engine for now.":
            "No children's rates in the booking engine for now",
        "Claire and me decided to keep the title of the film.": "Keep the title of the film",
        "For the lid we choose the dark red (maroon) colour.": "Lid: Go with the dark red (maroon) colour",
        "We choose 埃特纳之心 (Aitena zhi xin).": "Go with 埃特纳之心 (Aitena zhi xin)",
        "Ok we take Booking Manager.": "Take Booking Manager",
        "Tom has gone with concept B.": "Go with concept B",
        "And a decision we made after seeing your photos: we will put the panels on a frame next to the hut.":
            "Put the panels on a frame next to the hut",
        "On Bakyt's question about the voice-over: we've decided against it.": "Decided against the voice-over",
    }
    for text, summary in said.items():
        found = run(f"Hi Sam,\n\n{text}\n\nJane", author=JANE, to=(SAM.email,))
        assert [(d.summary, d.rationale) for d in found.decisions] == [(summary, None)], text
        assert found.tasks == [], text
    # (a third party's plan, a pick said for later)
    for text in ("Harbourline have gone for Kansai, so the airport transfer is back on our plate.",
                 "We choose later, when we have seen all the samples."):
        assert run(f"Hi Sam,\n\n{text}\n\nJane", author=JANE, to=(SAM.email,)).decisions == [], text


def test_what_stays_what_is_used_and_what_waits_for_later() -> None:
    said = {
        "After talking with the board we'll keep the English narration, because most of our buyers are in the US.":
            ("Keep the English narration", "most of our buyers are in the US"),
        "We keep B without the tail – with the tail it gets too busy when it is small.":
            ("Keep B without the tail", "with the tail it gets too busy when it is small"),
        "On the domain: we'll keep kaieteurtrails.gy, it shows people we are a Guyanese company.":
            ("Domain: kaieteurtrails.gy", "it shows people we are a Guyanese company"),
        "For the Japanese text we will use Noto Sans JP.": ("Japanese text: Noto Sans JP", None),
        "About the blog: we leave it for the second phase.": ("Blog: for the second phase", None),
        "We like more the moodboard A (Río), because our guests come for the nature.":
            ("Go with the moodboard A (Río)", "our guests come for the nature"),
    }
    for text, expected in said.items():
        found = run(f"Hi Sam,\n\n{text}\n\nJane", author=JANE, to=(SAM.email,))
        assert [(d.summary, d.rationale) for d in found.decisions] == [expected], text
    for text in ("We'll keep you posted, because the printer has not answered yet.",
                 "For the tea bar we will use 4 sets of our standard machine."):
        assert run(f"Hi Sam,\n\n{text}\n\nJane", author=JANE, to=(SAM.email,)).decisions == [], text


def test_banter_and_a_places_weather_ask_nothing() -> None:
    for text in ("Are you all coming down for Sugar Mas?", "Was London cold for Núria?", "Do you guys ever sleep?",
                 "Is it true that it snows in Lesotho in winter?", "It will be a busy December, but when is it ever not?",
                 "And who is bringing the beignets on Friday?"):
        assert run(f"Hi Sam,\n\nThanks. {text}\n\nJane", author=JANE, to=(SAM.email,)).questions == [], text
    for text in ("Is London ready for the launch?", "Who is bringing the projector on Friday?",
                 "Are you coming down for the shoot on Monday?"):
        assert [q.text for q in run(f"Hi Sam,\n\nThanks. {text}\n\nJane", author=JANE, to=(SAM.email,)).questions] == [text], text


def test_work_its_named_owner_did_is_done() -> None:
    plans = KnownTask(5, "Deck-plan illustrations for all twelve boats", PRIYA.email, date(2026, 11, 12))
    deposit = KnownTask(6, "Arrange the 40% deposit", TOM.email, date(2026, 11, 10))
    for text, author, task in (("Priya has finished all eleven deck plans, they look great.", SAM, plans),
                               ("Tom wired the deposit last Tuesday like he said, so it should be with you by now.", JANE, deposit)):
        found = run(f"Hi,\n\n{text}\n\nBest", author=author, known=(plans, deposit), thread=(5, 6))
        assert [(c.task_id, c.status) for c in found.changes] == [(task.id, "done")], text
    # (part of it, or a condition)
    for text in ("Priya has finished the first two deck plans, the rest will follow on Friday.",
                 "If Priya has finished the deck plans, send them over."):
        found = run(f"Hi,\n\n{text}\n\nBest", author=JANE, known=(plans, deposit), thread=(5, 6))
        assert [c for c in found.changes if c.status == "done"] == [], text
