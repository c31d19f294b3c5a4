"""Work closed, handed over and asked about in shapes written by people the rules had not met:
the report after a dash, a colleague's work sent on their behalf, feedback given in plain
praise or under a "Few comments:" heading, the work named first and then who has it now, a
colleague's promise after "Then", and questions between colleagues in any language.  Positive
probes must fire with the right fields; negative probes must not."""
from __future__ import annotations

from datetime import date

from extraction_probe import JANE, PRIYA, SAM, TOM, done_ids, run

from ingest.extraction import KnownTask
from ingest.item_phrasing import capitalise
from ingest.team_languages import foreign_question

_WORKPLAN = KnownTask(1, "Circulate the revised workplan and invoice schedule", SAM.email)
_CODES = KnownTask(2, "Send us the EAN barcode numbers for both jar sizes", TOM.email)
_COMMENTS = KnownTask(3, "Send us your comments on the rough cut", JANE.email)
_CONCEPT = KnownTask(4, "Send us a first homepage concept", SAM.email)


def test_a_report_after_a_dash_closes_the_work() -> None:
    said = "Apologies, this is a day later than promised – the revised workplan and invoice schedule are attached."
    assert done_ids(run(said, author=SAM, known=(_WORKPLAN,), thread=(1,), to=(JANE.email,))) == {1}
    # (a dash in the thing handed over is no lead)
    assert done_ids(run("Still working on it – the workplan will be attached to my next mail.", author=SAM, known=(_WORKPLAN,),
                     thread=(1,), to=(JANE.email,))) == set()


def test_work_sent_on_a_colleagues_behalf_closes_theirs() -> None:
    said = "Dear Sam,\n\nTom asked me to send you the EAN codes since he is in Jakarta:\n- 200 g: 8991234560017\n- 100 g: 8991234560024\n"
    assert done_ids(run(said, author=JANE, known=(_CODES,), thread=(2,))) == {2}
    # without the codes (no colon, nothing attached) it is only what Tom asked for
    assert done_ids(run("Tom asked me to send you the EAN codes since he is in Jakarta.", author=JANE, known=(_CODES,),
                     thread=(2,))) == set()
    # the writer's own work is no colleague's
    assert done_ids(run("Sam asked me to send you the EAN codes:\n- 200 g: 8991234560017\n", author=JANE,
                     known=(_CODES,), thread=(2,))) == set()


def test_feedback_given_in_praise_or_under_a_comments_heading() -> None:
    praise = "Very nice work, the whole office watched it yesterday and everyone liked.\n\nThe logo should come earlier."
    assert done_ids(run(praise, known=(_COMMENTS,), thread=(3,))) == {3}
    heading = "Hi Sam,\n\nFew comments:\n0:08 - logo too late\n0:31 - wrong lake, please remove the shot\n"
    assert done_ids(run(heading, known=(_COMMENTS,), thread=(3,))) == {3}
    assert done_ids(run("We all love concept 1, the Sunbird. Put the percentage big please.", known=(_COMMENTS,), thread=(3,))) == {3}
    # still owed
    owed = "Everyone liked the first minute. We will send our comments on the rest next week."
    assert done_ids(run(owed, known=(_COMMENTS,), thread=(3,))) == set()
    assert done_ids(run("We would like to see it again on Friday.", known=(_COMMENTS,), thread=(3,))) == set()


def _owner_changes(result: object) -> dict[int | None, str | None]:
    return {c.task_id: c.new_owner for c in result.changes if c.new_owner}  # type: ignore[attr-defined]


def test_the_work_named_first_then_who_has_it_now() -> None:
    said = ("The sitemap by Thursday is fine. For the homepage concept, Priya Shah, our lead designer, will take it over "
            "from here – she'll have it for you on Friday 13 November.")
    result = run(said, author=SAM, known=(_CONCEPT,), thread=(4,), to=(JANE.email,))
    assert _owner_changes(result) == {4: PRIYA.email}
    assert not [t for t in result.tasks if "sitemap" in t.title.lower()]
    said = "The homepage concept: Priya, our designer, is already working on it, she will send it to you on Friday."
    assert _owner_changes(run(said, author=SAM, known=(_CONCEPT,), thread=(4,), to=(JANE.email,))) == {4: PRIYA.email}
    said = "Kindly note that Priya is handling the homepage concept, not me."
    assert _owner_changes(run(said, author=SAM, known=(_CONCEPT,), thread=(4,), to=(JANE.email,))) == {4: PRIYA.email}
    # help, not a hand-over: the work stays with its owner
    said = "For the homepage concept, Priya will look at the photos first."
    assert _owner_changes(run(said, author=SAM, known=(_CONCEPT,), thread=(4,), to=(JANE.email,))) == {}


def test_a_colleagues_promise_after_then_is_theirs() -> None:
    said = "Jane, could you send us your comments by Wednesday 11 November? Then Priya will send you the storyboard on Friday 13 November."
    tasks = {t.title: t.owner for t in run(said, author=SAM, to=(JANE.email,)).tasks}
    assert tasks == {"Send us your comments": JANE.email, "Send you the storyboard": PRIYA.email}


def test_questions_between_colleagues_in_any_language() -> None:
    for said in ("Лилит, home page-ի համար ո՞ր ֆոնտն ենք վերցնում՝ Montserrat, թե՞ Inter։",
                 "Wanjiru, tunatumia fonti gani kwa lebo ya nyuma?",
                 "Chị Hà ơi, mình xuất bản 1080p hay 4K ạ?",
                 "Leyla, 4K-da göndərək, yoxsa 1080p kifayətdir?",
                 "Νίκο, το λογότυπο το στέλνουμε σε SVG ή σε PDF;"):
        assert foreign_question(said) is not None, said
    # English questions (small talk too) are the English rules' own; a statement is no question; a
    # question with a day asks for work by then ("before Thursday 3/12", "by Monday")
    for said in ("Is the logo final?", "Montserrat or Inter for the headings?", "Wanjiru, tunatumia fonti ya Montserrat.",
                 "Who reads hashtags anyway?", "How's the weather in Lahore these days?",
                 "أروى، ممكن ترسلي لي الـ icons حق الـ booking form بصيغة SVG قبل الخميس 3/12؟",
                 "Լիլիթ, կարո՞ղ ես widget-ի գույներն ու ֆոնտերը մեր դիզայնին հարմարեցնել մինչև երկուշաբթի։"):
        assert foreign_question(said) is None, said
    # Georgian has no capitals to give its first letter
    assert capitalise("ნინო, აჭარის კადრები?") == "ნინო, აჭარის კადრები?"
    assert capitalise("éric") == "Éric"



def test_an_action_list_line_in_the_teams_language_takes_its_day() -> None:
    said = "Hola equipo,\n\n- Priya: necesito el schema de la base de datos para el miércoles 18, lo revisamos juntos.\n\nSam"
    tasks = run(said, author=SAM, to=(PRIYA.email,)).tasks
    assert [(t.owner, t.due, t.rule) for t in tasks] == [(PRIYA.email, date(2026, 11, 18), "natural:action-list")]
