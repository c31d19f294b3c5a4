"""What reads like work but asks or promises none, and work asked for in words the rules missed.
Nothing: an offer that hangs on something ("I can install the app on the laptops when it's
ready", "..., but not by Friday", "..., then we can make the second cut"), a fact given after a
name in a list ("- Kagiso: Drones are allowed at Khwai"), a change the cut's maker lists at its
timecode ("0:52 – price corrected to ...").  Work: what a need names before a pronoun ("Our
printer needs the press-ready files ..., so please have them with us by then"), a member's work
wished for by a day ("It would help us to have Jean-Baptiste's translation by Friday 27/11"), a
need said after when it will be wanted ("when the artwork is final we need a photo of the first
printed proof ..., by 25/12"), work wanted at a meeting on a day.  Done in French ("C'est bon pour
Rezdy : j'ai testé ce matin", "Option posée au Riad").  Dates: "18/11" from a month-first writer
is the 18th of November; "by 12 noon" leaves the title.  The guards keep plain offers, orders
after a name, notes that ask for a change, agreement and people as they were."""
from __future__ import annotations

from datetime import date

from extraction_probe import JANE, PRIYA, SAM, TOM, run

from ingest.extraction import Extraction, KnownTask, Person


def _tasks(result: Extraction) -> list[tuple[str, str | None, date | None]]:
    return sorted((t.title, t.owner, t.due) for t in result.tasks)


def test_an_offer_on_a_condition_or_as_a_consequence_is_no_task() -> None:
    for said in ("I can install the app on the laptops when it's ready, I'm away until the end of January.",
                 "The key I can create only when the reseller activates the developer module, they told me Thursday 12/11.",
                 "I can fix it properly in the importer, but not by Friday.",
                 "Please send us your feedback until Friday 4.12, then we can make the second cut next week.",
                 "The earliest we can ship is Wednesday 18 November, by DHL Express."):
        found = run(said, author=SAM, to=(JANE.email,))
        assert [t for t in found.tasks if t.owner == SAM.email] == [], said
    # (the request before "then" stays the reader's)
    asked = run("Please send us your feedback until Friday 4.12, then we can make the second cut next week.",
                author=SAM, to=(JANE.email,))
    assert _tasks(asked) == [("Send us your feedback", JANE.email, date(2026, 12, 4))]
    # (a plain offer with a day is still the writer's work)
    offered = run("I can deliver the Italian translation of chapters 1 to 4 by Friday 13th.", author=SAM, to=(JANE.email,))
    assert _tasks(offered) == [("Deliver the Italian translation of chapters 1 to 4", SAM.email, date(2026, 11, 13))]


def test_a_fact_given_after_a_name_in_a_list_is_no_order() -> None:
    found = run("Our answers:\n- Priya: Drones are allowed at Khwai.\n- Sam: The visit is 10:00 on Thursday.\n"
                "- Sam: Yes, all 800 pcs will be finished and packed by Friday.")
    assert found.tasks == []
    # (work after a name, and a need, stay orders)
    orders = run("Next steps:\n- Priya: AV quote by end of next week pls\n- Sam: We need read access to the replica by Friday.")
    assert _tasks(orders) == [("AV quote", PRIYA.email, date(2026, 11, 13)),
                              ("We need read access to the replica", SAM.email, date(2026, 11, 6))]


def test_a_change_listed_at_its_timecode_asks_for_nothing() -> None:
    found = run("What's changed since v1:\n0:52 – price corrected to \"from US$ 195 per night\"\n"
                "0:45 – subtitle corrected to \"nauczyciele\"", author=SAM, to=(JANE.email,))
    assert found.tasks == []
    # (an order at a timecode is still a note to act on)
    notes = run("0:40 – cut the tangent about the order, it goes nowhere", author=JANE, to=(SAM.email,))
    assert [t.title for t in notes.tasks] == ["0:40 – cut the tangent about the order, it goes nowhere"]


def test_a_time_said_with_its_hour_leaves_the_title() -> None:
    found = run("Priya, can you make sure the final print-ready files for both cans are with Allied by 12 noon on "
                "Tuesday 17 Nov?", author=SAM, to=(PRIYA.email,))
    assert _tasks(found) == [("Make sure the final print-ready files for both cans are with Allied", PRIYA.email,
                              date(2026, 11, 17))]


def test_work_reported_done_in_french_closes_the_writers_task_on_the_thread() -> None:
    rezdy = KnownTask(7, "Tester l'API Rezdy avec une clé sandbox", SAM.email)
    for said in ("C'est bon pour Rezdy : j'ai eu la clé sandbox hier soir et j'ai testé ce matin, tout marche.",
                 "C'est bon, les disponibilités remontent dans l'API.",
                 "J'ai vérifié chez VentraIP : leur offre Business a PHP 8.2.",
                 "Option posée au Riad Dar Zaman pour le dîner du 15/01."):
        found = run(said, author=SAM, to=(PRIYA.email,), known=(rezdy,), thread=(7,))
        assert [(c.task_id, c.status) for c in found.changes] == [(7, "done")], said
    # (agreeing, asking and not yet having done it close nothing)
    for said in ("C'est bon pour moi.", "C'est bon pour vous ?", "Je n'ai pas encore testé, je le fais demain."):
        assert run(said, author=SAM, to=(PRIYA.email,), known=(rezdy,), thread=(7,)).changes == [], said


def test_what_a_need_names_before_a_pronoun_is_the_thing_sent() -> None:
    found = run("Our printer needs the press-ready files on Monday 28 December at the latest, so please have them "
                "with us by then.")
    assert _tasks(found) == [("Send the press-ready files", SAM.email, date(2026, 12, 28))]


def test_a_wish_to_have_a_members_work_by_a_day_is_theirs_to_provide() -> None:
    helped = run("It would help us to have Priya's translation of those two pages by Friday 27/11.",
                 author=SAM, to=(JANE.email, TOM.email))
    assert _tasks(helped) == [("Have Priya's translation of those two pages", PRIYA.email, date(2026, 11, 27))]
    needed = run("We need Priya's translation of those two pages by Friday 27/11.")
    assert _tasks(needed) == [("Provide Priya's translation of those two pages", PRIYA.email, date(2026, 11, 27))]
    # (someone who is no member owns nothing: the reader provides it)
    assert _tasks(run("We need Acme's logo by Friday.")) == [("Provide Acme's logo", SAM.email, date(2026, 11, 6))]
    assert _tasks(run("It would help us to have Acme's logo by Friday.")) == [("Have Acme's logo", SAM.email, date(2026, 11, 6))]


def test_a_need_said_after_when_it_will_be_wanted_is_asked_of_the_reader() -> None:
    found = run("Tom, for later: when the artwork is final we need a photo of the first printed proof from Anchor "
                "Press, by 25/12 at the latest, so there is still time to correct before the container on 4 January.",
                author=SAM, to=(JANE.email, TOM.email))
    assert _tasks(found) == [("Provide a photo of the first printed proof from Anchor Press", TOM.email, date(2026, 12, 25))]
    # (what is to be done then, undated, asks nothing)
    assert run("When the site is live we need to celebrate.", author=SAM, to=(JANE.email,)).tasks == []


def test_a_day_first_date_from_a_month_first_writer_is_read_day_first() -> None:
    tom = Person(TOM.email, TOM.name, "client", "America/Puerto_Rico", "MDY")
    found = run("I'll send you the site map and the first wireframes on Wednesday 18/11.", author=tom, to=(SAM.email,),
                members=(SAM, PRIYA, JANE, tom))
    assert _tasks(found) == [("Send you the site map and the first wireframes", TOM.email, date(2026, 11, 18))]


def test_work_wished_for_at_a_meeting_on_a_day_is_due_that_day() -> None:
    found = run("It would be good to see a first clickable prototype at our staff meeting on Friday 11.12.")
    assert [(t.owner, t.due) for t in found.tasks] == [(SAM.email, date(2026, 12, 11))]
    # (a meeting itself, or people, are no work)
    assert run("We'd like to have the meeting on Friday.").tasks == []
    assert run("It would be good to see you at our staff meeting on Friday 11.12.").tasks == []



def test_a_promise_relayed_by_she_is_the_member_the_sentence_before_is_about() -> None:
    found = run("Priya is at the lodge with the photographer. She reckons the edited photos will be with you by 4/12.",
                author=SAM, to=(JANE.email,))
    assert _tasks(found) == [("Deliver the edited photos", PRIYA.email, date(2026, 12, 4))]
    # (two people before: nobody can tell whom "she" means)
    both = run("Sam and Priya are at the lodge. She reckons the edited photos will be with you by 4/12.",
               author=TOM, to=(JANE.email,))
    assert both.tasks == []
    # (and the member is no thing sent: "them" unnamed is no task)
    sent = run("Priya is at the lodge this week. She will send them to you by Friday.", author=SAM, to=(JANE.email,))
    assert [t.title for t in sent.tasks if "priya" in t.title.lower()] == []


def test_work_followed_by_a_promise_to_report_back_by_a_day_is_due_that_day() -> None:
    found = run("Priya will talk to the harbour office about a table and she'll confirm to you by Friday.",
                author=SAM, to=(JANE.email,))
    assert _tasks(found) == [("Talk to the harbour office about a table", PRIYA.email, date(2026, 11, 6))]
    # (work named only by "it" stays unrecorded)
    assert run("Priya will look into it and she'll let you know by Friday.", author=SAM, to=(JANE.email,)).tasks == []


def test_these_asked_for_after_what_is_needed_names_the_thing_needed() -> None:
    found = run("To connect the real hotel I need your SiteMinder Property ID, access to the DNS and the admin login. "
                "Can you send me these until Friday?", author=SAM, to=(JANE.email,))
    assert _tasks(found) == [("Send me your SiteMinder Property ID", JANE.email, date(2026, 11, 6))]
    listed = run("To connect the real hotel I need two things from you:\n- your SiteMinder Property ID\n"
                 "- access to the DNS of baybayinn.com.ph (or the contact of the person who manages your domain)\n\n"
                 "Can you send me these until Friday? Then I can prepare the staging server next week.",
                 author=SAM, to=(JANE.email,))
    assert _tasks(listed) == [("Send me your SiteMinder Property ID and access to the DNS of baybayinn.com.ph", JANE.email,
                               date(2026, 11, 6))]
