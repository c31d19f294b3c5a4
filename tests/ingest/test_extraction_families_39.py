"""A way dropped, then the way taken "instead" in the next sentence: one choice, with why the
other went ("we're dropping the name Currach, there's a Kerry brewery with a Currach lager
already. Going with Half Door instead.").  Work reported done in two more shapes: the thing where
a "Make sure the back panel shows ..." task wanted it ("The net weight ... is on the back panel
now"), and the thing first, as German puts it ("Our comments to the sitemap you find in the
attached Word file.").  The positive probes must give that one decision and close those tasks;
the guards keep what each sentence says on its own and close nothing else."""
from __future__ import annotations

from datetime import date

from extraction_probe import JANE, PRIYA, SAM, TOM, done_ids, run

from ingest.extraction import KnownTask

NET_WEIGHT = KnownTask(1, "Make sure the back panel shows the net weight in grams and in ounces", SAM.email, None)
COMMENTS = KnownTask(2, "Go through it and send us your comments", JANE.email, None)
NORLING = KnownTask(3, "Ask Norling for a comparison quote for 5,000 A5 leaflets, folded", PRIYA.email, None)


def test_a_way_dropped_then_one_taken_instead_is_one_decision_with_its_reason() -> None:
    said = [
        (("Niamh and I talked it over and we're dropping the name Currach, there's a Kerry brewery with a Currach "
         "lager already. Going with Half Door instead."), "Kerry brewery"),
        (("We're dropping the name Currach because there's a Kerry brewery with a Currach lager already. "
         "Going with Half Door instead."), "Kerry brewery"),
    ]
    for text, why in said:
        out = run(text, author=JANE, to=(SAM.email,))
        assert [d.summary for d in out.decisions] == ["Go with Half Door instead"], text
        assert why in (out.decisions[0].rationale or ""), text


def test_a_way_dropped_alone_or_a_choice_after_other_news_stays_as_it_was() -> None:
    alone = run("We're dropping the name Currach because there's a Kerry brewery with a Currach lager already.",
                author=JANE, to=(SAM.email,))
    assert [(d.summary, d.rationale) for d in alone.decisions] == [
        ("Dropping the name Currach", "there's a Kerry brewery with a Currach lager already")]
    # (not "instead": the second choice is its own)
    two = run("We're dropping the name Currach because there's a Kerry brewery with a Currach lager already. "
              "Going with matte labels for the whole range.", author=JANE, to=(SAM.email,))
    assert "Dropping the name Currach" in [d.summary for d in two.decisions]


def test_the_thing_where_the_task_wanted_it_or_named_first_closes_the_task() -> None:
    weight = run("The net weight in grams and ounces is on the back panel now, thank you Sam.", author=JANE,
                 known=(NET_WEIGHT, COMMENTS), thread=(1,))
    assert done_ids(weight) == {1}
    for text in ("Our comments to the sitemap you find in the attached Word file.", "Our comments you will find attached."):
        out = run(text, author=JANE, known=(NET_WEIGHT, COMMENTS), thread=(2,))
        assert done_ids(out) == {2}, text
    # (the party to be asked has answered)
    quoted = run("Norling finally sent their quote: Nu 41,500 for 5,000 A5 folded, plus DHL on top.", author=PRIYA,
                 to=(SAM.email,), known=(NORLING, COMMENTS))
    assert done_ids(quoted) == {3}


def test_other_things_in_that_place_or_found_otherwise_close_nothing() -> None:
    assert done_ids(run("The logo is on the back panel now.", author=JANE, known=(NET_WEIGHT,), thread=(1,))) == set()
    assert done_ids(run("Our comments you will find useful, I hope.", author=JANE, known=(COMMENTS,), thread=(2,))) == set()


def test_it_after_a_topic_lead_is_the_topic() -> None:
    said = [
        ("2. Homepage design - we would like to see it until Friday 13.11.", "Provide the homepage design"),
        ("Homepage design: could you send it by Friday 13.11.?", "Send the homepage design"),
        ("About the homepage design: we need it by Friday 13.11.", "Provide the homepage design"),
    ]
    for text, title in said:
        out = run(text, author=JANE, to=(SAM.email,))
        assert [(t.title, t.due) for t in out.tasks] == [(title, date(2026, 11, 13))], text


def test_a_lead_that_says_when_or_what_kind_of_note_names_no_work() -> None:
    for text in ("Friday: could you send it by 13.11.?", "PS: could you send it by Friday 13.11.?"):
        out = run(text, author=JANE, to=(SAM.email,))
        assert [t.title for t in out.tasks] == ["Send it"], text


def test_a_colleagues_promise_passed_on_is_theirs() -> None:
    said = [
        ("Priya says she will send the photos by Friday.", SAM, "Send the photos", PRIYA.email, date(2026, 11, 6)),
        ("Priya told me she will send the photos by Friday.", SAM, "Send the photos", PRIYA.email, date(2026, 11, 6)),
        ("Tom reckons the edited photos will be with you by 4/12.", JANE, "Deliver the edited photos", TOM.email,
         date(2026, 12, 4)),
    ]
    for text, author, title, owner, due in said:
        to = (JANE.email,) if author is SAM else (SAM.email,)
        out = run(text, author=author, to=to)
        assert [(t.title, t.owner, t.due) for t in out.tasks] == [(title, owner, due)], text


def test_what_a_colleague_says_of_the_work_or_a_stranger_promises_is_nobodys_task() -> None:
    assert run("Priya says the photos look great.", author=SAM, to=(JANE.email,)).tasks == []
    # (not the writer's: "Send bob says she the photos" was the title before)
    assert run("Bob says she will send the photos by Friday.", author=SAM, to=(JANE.email,)).tasks == []


def test_a_state_wanted_by_a_day_is_the_colleagues_the_sentence_before_turned_to() -> None:
    led = run("Notes for the project:\n\n- Sam, you take the hosting. The staging server on our VPS must be ready on Friday "
              "27/11 at the latest, so Tom can put the wireframes online.", author=PRIYA, to=(SAM.email, TOM.email))
    assert ("Have the staging server on our VPS ready", SAM.email, date(2026, 11, 27)) in [
        (t.title, t.owner, t.due) for t in led.tasks]


def test_a_state_wanted_after_a_sentence_to_nobody_or_to_a_client_is_no_task() -> None:
    for text in ("Thanks for the call. The proposal must be ready by Friday 6/11.",
                 "Jane, you have the brief. The proposal must be ready by Friday 6/11."):
        assert run(text, author=SAM, to=(JANE.email,)).tasks == [], text


def test_work_said_finished_or_put_in_the_shared_drive_in_the_teams_language_closes_it() -> None:
    schema = KnownTask(4, "Schéma de la base et API de synchro", PRIYA.email, date(2026, 11, 10))
    maps = KnownTask(5, "Preparas tres propuestas de estilo para los mapas animados de las rutas", PRIYA.email, None)
    said = [
        ("Le schéma de la base et l'API de synchro sont finis, tout est poussé sur GitLab (branche develop).", 4),
        ("Listo: las tres propuestas de mapas están subidas en la carpeta del proyecto.", 5),
    ]
    for text, task_id in said:
        out = run(f"Sam,\n\n{text}\n\nPriya", author=PRIYA, to=(SAM.email,), known=(schema, maps))
        assert done_ids(out) == {task_id}, text
    still = run("Sam,\n\nLe schéma de la base n'est pas encore sur le Drive, l'API de synchro non plus.\n\nPriya",
                author=PRIYA, to=(SAM.email,), known=(schema, maps))
    assert done_ids(still) == set()
