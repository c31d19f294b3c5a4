"""Work reported done in shapes the rules missed: the receipt thanked for ("Thank you, we received
the proforma invoice PF-2026-0412 from Ondřej"), a hand-over after "As promised by Catherine,",
what a colleague was told was sent ("Marko told me he sent the login to Timur"), a colleague
doing the named one's work ("Rachel asked me to sort out the logo: the SVG ... attached"), the
work thanked for by its verb ("Thank you for walking the committee through ...").  And a later
day for work said in shapes the rules missed ("She now expects to send you the Kalaallisut text
on Monday 16.11.", "Because Mrs. Frick is at a congress until Friday, the IFU PDFs come only on
Monday 16.11.").  Positive probes must close the task or move it; negative probes must not."""
from __future__ import annotations

from datetime import date

from extraction_probe import JANE, PRIYA, SAM, TOM, done_ids, run

from ingest.extraction import KnownTask

INVOICE = KnownTask(1, "Send you the proforma invoice", SAM.email, date(2026, 11, 10))
GUESTS = KnownTask(2, "Pull together the final guest list and get it to you", TOM.email, date(2026, 11, 12))
LOGIN = KnownTask(3, "Send the login for our account to Priya", TOM.email, date(2026, 11, 9))
LOGO = KnownTask(4, "Send us your logo in vector format", TOM.email, None)
WALK = KnownTask(5, "Walk their governance committee through it", SAM.email, date(2026, 11, 12))
SHORTLIST = KnownTask(6, "Send you a venue shortlist with indicative pricing", SAM.email, date(2026, 11, 6))
PLUGIN = KnownTask(7, 'Install the plugin "ACF to REST API" on the staging shop', TOM.email, None)
TEST_SERVER = KnownTask(8, "Send me the admin login of the test server", SAM.email, None)
ALL = (INVOICE, GUESTS, LOGIN, LOGO, WALK, SHORTLIST, PLUGIN, TEST_SERVER)


def test_work_reported_done_closes_its_task() -> None:
    said = [
        ("Thank you, we received the proforma invoice PF-2026-0412 from Sam this morning, everything is correct.", JANE, INVOICE),
        ("As promised by Jane, here is the guest list: 58 confirmed names, 4 still pending with their CEOs.", TOM, GUESTS),
        ("Tom told me he sent the login for our account to Priya yesterday, he had problems with the .com address.", JANE, LOGIN),
        ("Tom asked me to sort out the logo: the SVG and EPS versions are attached.", JANE, LOGO),
        ("Thank you for walking the committee through the de-identification approach this afternoon, that went really well.",
         JANE, WALK),
        ("Thank you, the shortlist was exactly what I needed, and the pricing gave our CFO everything he asked for.", JANE,
         SHORTLIST),
        ("Thank you very much for the venue shortlist, it is very complete.", JANE, SHORTLIST),
        ("see below from our hosting company - the plugin is installed on staging, so the field should be in the API now.",
         TOM, PLUGIN),
        ("Sam asked me to send you the access to our test server, so here it is:\nhttps://test.agency.io/admin", PRIYA, TEST_SERVER),
    ]
    for text, author, task in said:
        found = run(f"Hi all,\n\n{text}\n\nBest", author=author, known=ALL, thread=(task.id,))
        assert done_ids(found) == {task.id}, text
        assert not found.tasks, text


def test_no_task_closed_without_the_work_done() -> None:
    said = [
        # (thanked for kindness, not for the work; another's receipt still to come)
        ("Thank you for taking the time to walk us through the plan.", JANE),
        ("Thank you, we will receive the proforma invoice from Sam next week.", JANE),
        ("Tom told me he will send the login for our account to Priya tomorrow.", JANE),
        ("Tom asked me to sort out the logo, I will send it on Friday.", JANE),
        ("Thank you, the shortlist is on my list for tomorrow.", JANE),
    ]
    for text, author in said:
        found = run(f"Hi all,\n\n{text}\n\nBest", author=author, known=ALL, thread=(1, 3, 4, 5, 6))
        assert done_ids(found) == set(), text


TRANSLATION = KnownTask(11, "Send you the Kalaallisut translation of the voice-over script", TOM.email, date(2026, 11, 5))
IFU = KnownTask(12, "Deliver the instructions for use (IFU) as PDF in all five languages", TOM.email, date(2026, 11, 4))
NOTES = KnownTask(13, "Send you the tasting notes for our Cressy Barley release", TOM.email, date(2026, 11, 2))
SHORTLIST_TOM = KnownTask(14, "Send you a shortlist of hotels in the Medina for your team", TOM.email, date(2026, 11, 4))


def _moves(found: object) -> list[tuple[int | None, date | None]]:
    return [(c.task_id, c.new_due) for c in found.changes if c.new_due is not None]  # type: ignore[attr-defined]


def test_a_later_day_for_a_colleagues_work() -> None:
    # (Monday 2 November: Thursday is the 5th, Monday 16.11. a fortnight on)
    said = [
        ("Tom has had the flu since Monday. He now expects to send you the Kalaallisut text on Monday 16.11.", TRANSLATION,
         date(2026, 11, 16)),
        ("Because Tom is at a congress in Basel until Friday, the IFU PDFs come only on Monday 16.11.", IFU, date(2026, 11, 16)),
        ("Tom is at a congress in Basel until Friday, the IFU PDFs come only on Monday 16.11.", IFU, date(2026, 11, 16)),
        ("Tom promises the tasting notes for Thursday now, he's still digging himself out of his inbox.", NOTES, date(2026, 11, 5)),
        (("Tom owes you the shortlist and never sent it, sorry. He will send you the shortlist by Thursday 19th (Wednesday the 18th "
          "is our Independence Day, the office is closed)."),
         SHORTLIST_TOM, date(2026, 11, 19)),
    ]
    for text, task, day in said:
        found = run(f"Hi Sam,\n\n{text}\n\nJane", author=JANE, known=(task,), thread=(task.id,))
        assert _moves(found) == [(task.id, day)], text


def test_no_later_day_from_other_days_in_the_sentence() -> None:
    said = [
        # (the day of the reason only; a day said of another piece of work; a vague "this week")
        ("Tom is at a congress in Basel until Friday 13 November.", IFU),
        ("I'll come back to you on the classes by Friday, and the IFU PDFs Tom will send this week.", IFU),
        ("We have also decided to keep Kalaallisut subtitles running until end of June.", TRANSLATION),
    ]
    for text, task in said:
        found = run(f"Hi Sam,\n\n{text}\n\nJane", author=JANE, known=(task,), thread=(task.id,))
        assert _moves(found) == [], text


CUT = KnownTask(21, "Provide the first cut of the 60 seconds video", SAM.email, date(2026, 11, 16))
FINAL = KnownTask(22, "Deliver the final video", SAM.email, date(2026, 12, 4))


def test_the_one_who_asked_brings_the_work_forward() -> None:
    said = [
        ("Diego's trip was moved, now he flies on 20/11, so we need the first cut earlier, by 13/11.", CUT, date(2026, 11, 13), None),
        (("And a not so nice news: the fair organisation moved our press conference, so we need the final video already on "
         "1 December and not on 4 December."), FINAL, date(2026, 12, 1), "the fair organisation moved our press conference"),
    ]
    for text, task, day, why in said:
        found = run(f"Hi Sam,\n\n{text}\n\nJane", author=JANE, known=(CUT, FINAL), thread=(21, 22))
        assert [(c.task_id, c.new_due, c.reason) for c in found.changes if c.new_due] == [(task.id, day, why)], text
        assert not found.tasks, text
    # (not from the one doing it, and not a later day)
    found = run("Hi Jane,\n\nWe need the first cut earlier, by 13/11, to show Diego.\n\nSam", author=SAM, known=(CUT,), thread=(21,))
    assert [c for c in found.changes if c.new_due] == []


def test_no_question_in_agreement_sought_a_day_put_up_or_a_message_to_pass_on() -> None:
    said = [
        "We need the final video already on 1 December. Is this possible for you?",
        "Diego flies on 20/11, so we need the first cut by 13/11. Is it possible for Khoa?",
        "How about Friday 13 November at 09:00 our time, 17:00 yours?",
        "Please tell Don Manuel we are honoured.",
        "Shopify it is, and please tell your cousin we may take him up on his offer one night.",
    ]
    for text in said:
        found = run(f"Hi Sam,\n\n{text}\n\nJane", author=JANE)
        assert not found.questions, text
    # (still asked: what is possible, and what the reader is to tell)
    for text in ("Is it possible to print the label on kraft paper?", "Please tell us which date works for you.",
                 "How about the sleeve: kraft or white?",
                 "The printer says the packaging files must arrive before 5 November, otherwise they cannot print. Is it possible?"):
        found = run(f"Hi Sam,\n\n{text}\n\nJane", author=JANE)
        assert len(found.questions) == 1, text
    found = run("Hi Sam,\n\nShopify it is, because the card fees are lower.\n\nJane", author=JANE)
    assert [(d.summary, d.rationale) for d in found.decisions] == [("Go with Shopify", "the card fees are lower")]


def test_a_pick_said_first_then_what_is_wrong_with_the_other_side() -> None:
    asked = ("Would you like the cans in matte or gloss?",)
    found = run("Hi Sam,\n\nMatte please, gloss looks a bit supermarket on a craft can.\n\nJane", author=JANE, open_questions=asked)
    assert [(d.summary, d.rationale) for d in found.decisions] == [("Matte please", "gloss looks a bit supermarket on a craft can")]
    found = run("Hi Sam,\n\nPhotos or illustrations: illustrations, better.\n\nJane", author=JANE,
                open_questions=("Do you want photos or illustrations on the site?",))
    assert [d.summary for d in found.decisions] == ["Illustrations, better"]
    # (both sides named, neither set against the other: no pick)
    found = run("Hi Sam,\n\nMatte please, and gloss for the bottles.\n\nJane", author=JANE, open_questions=asked)
    assert found.decisions == []


def test_what_a_decision_is_for_said_first() -> None:
    said = {
        "For the music, we drop the stock library since its licence does not cover paid ads on Facebook.":
            "Music: We drop the stock library",
        "About pollock fillet carton: we decided to not include it in this project, only the mackerel bag.":
            "Not include pollock fillet carton in this project, only the mackerel bag",
    }
    for text, summary in said.items():
        found = run(f"Hi Sam,\n\n{text}\n\nJane", author=JANE)
        assert [d.summary for d in found.decisions] == [summary], text
    # (the question answered is not what was decided)
    found = run("Hi Sam,\n\nOn Tom's question: we decided to subtitle only the on-screen text that matters.\n\nJane", author=JANE)
    assert [d.summary for d in found.decisions] == ["Subtitle only the on-screen text that matters"]
