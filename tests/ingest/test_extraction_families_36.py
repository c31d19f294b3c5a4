"""Open work's day moved in shapes the rules missed (the thing said first: "Brand guide I can send
only on Thursday"; a day said no to: "on Friday 13 and not the 6"; allowed by the one who asked:
"can come on 2.12. instead of 27.11.", "it is enough if we get it on 24.11."; a colleague's work:
"Tom is sick, so the export will come only on 17.11."), work delivered late ("we are one day
late: the draft is attached", "... late by one working day. It is now on Firebase"), a change
asked for said of the new build, work taken over from the writer or asked of a colleague, and
choices in more words and languages.  Positive probes must find the item; negative probes must
not."""
from __future__ import annotations

from datetime import date

from extraction_probe import JANE, MONDAY, PRIYA, SAM, TOM, done_ids, run

from ingest.extraction import Extraction, KnownTask
from ingest.item_phrasing import pick_due


def _moved(result: Extraction) -> dict[int | None, date]:
    return {c.task_id: c.new_due for c in result.changes if c.new_due is not None}


def _decisions(result: Extraction) -> list[tuple[str, str | None]]:
    return [(d.summary, d.rationale) for d in result.decisions]


def test_the_thing_said_first_and_its_new_day() -> None:
    photos = KnownTask(1, "Send us high-resolution photos of the bottles", JANE.email, date(2026, 11, 6))
    said = "Sorry, our photographer is sick, so the bottle photos I will send you on Friday 13 and not the 6."
    result = run(said, author=JANE, known=(photos,), thread=(1,))
    assert _moved(result) == {1: date(2026, 11, 13)}
    assert not result.tasks and not result.decisions
    guide = KnownTask(2, "Share your brand guide", JANE.email, date(2026, 11, 10))
    said = "Brand guide I can send only on Thursday 12.11, our designer is in Kraków until Wednesday."
    result = run(said, author=JANE, known=(guide, photos), thread=(2, 1))
    assert _moved(result) == {2: date(2026, 11, 12)} and not result.tasks


def test_a_day_of_another_clause_is_not_the_deadline() -> None:
    said = "send the brand guide only on Thursday 12.11, our designer is in Kraków until Wednesday"
    assert pick_due(said, MONDAY, "Europe/London", "DMY") == date(2026, 11, 12)
    # (a deadline of the same clause still wins over the day the work is for)
    assert pick_due("book the room for the 20th by Wednesday", MONDAY, "Europe/London", "DMY") == date(2026, 11, 4)


def test_a_later_day_allowed_by_the_one_who_asked() -> None:
    pdf = KnownTask(3, "Final print PDF must be with us", SAM.email, date(2026, 11, 27))
    said = "Good news: the dealer event moved one week later, so the final print PDF can come on 2.12. instead of 27.11."
    assert _moved(run(said, author=JANE, known=(pdf,), thread=(3,))) == {3: date(2026, 12, 2)}
    cut = KnownTask(6, "Send us a first rough cut", SAM.email, date(2026, 11, 20))
    said = "And no stress with the rough cut: our board meeting was moved to 26.11., so it is enough if we get the rough cut on 24.11."
    # (a reply that lost its thread: the work is named)
    assert _moved(run(said, author=JANE, known=(cut,))) == {6: date(2026, 11, 24)}


def test_a_colleagues_work_comes_later() -> None:
    export = KnownTask(7, "Send you the export of our product data", TOM.email, date(2026, 11, 10))
    said = "Unfortunately Tom is sick since yesterday, so the product data export will come only on 17.11."
    assert _moved(run(said, author=JANE, known=(export,), thread=(7,))) == {7: date(2026, 11, 17)}
    # (named: a colleague's day is not moved by a sentence about other work)
    said = "Unfortunately Tom is sick since yesterday, so the invoice will come only on 17.11."
    assert _moved(run(said, author=JANE, known=(export,), thread=(7,))) == {}


def test_a_day_is_no_work_sent() -> None:
    script = KnownTask(8, "Finish the voiceover script", JANE.email, date(2026, 11, 4))
    said = "Wednesday is going to be tight for the script, sorry. I'll have it to you Monday the 9th."
    result = run(said, author=JANE, known=(script,), thread=(8,))
    assert not result.tasks
    assert _moved(result) == {8: date(2026, 11, 9)}


def test_late_and_delivered() -> None:
    draft = KnownTask(4, "Send the first layout draft", SAM.email, date(2026, 11, 1))
    said = "Sorry, we are one day late: the first layout draft is attached (cover + 4 spreads)."
    result = run(said, author=SAM, known=(draft,), thread=(4,))
    assert done_ids(result) == {4} and _moved(result) == {}
    build = KnownTask(5, "Share the first test build on Firebase App Distribution", SAM.email, date(2026, 10, 30))
    said = "Sorry, the first test build is late by one working day because of the holiday. It is now on Firebase App Distribution."
    result = run(said, author=SAM, known=(build, draft), thread=(5, 4))
    assert done_ids(result) == {5} and _moved(result) == {}
    assert done_ids(run("The first test build is now on Firebase App Distribution.", author=SAM, known=(build, draft), thread=(5, 4))) == {5}
    # (a day is no place it is on)
    result = run("Sorry, the first test build is late by one working day. It is now on Monday.", author=SAM, known=(build,), thread=(5,))
    assert done_ids(result) == set() and _moved(result) == {5: date(2026, 11, 9)}


def test_a_day_said_no_to_is_no_choice() -> None:
    photos = KnownTask(1, "Send us the photos of the bottles", JANE.email, date(2026, 11, 6))
    result = run("I will send you the photos on Friday 20 and not the 13.", author=JANE, known=(photos,), thread=(1,))
    assert not result.decisions


def test_choices_in_more_english_words() -> None:
    said = {
        'The booking button will say "Reserve now", not "Book now".': ('The booking button will say "Reserve now", not "Book now"', None),
        "We grouped the implant lines by indication, not by product name, because that is how dentists search.":
            ("We grouped the implant lines by indication, not by product name", "that is how dentists search"),
    }
    for text, expected in said.items():
        assert _decisions(run(text, author=JANE)) == [expected], text
    found = _decisions(run("Dark green and cocoa brown for the lower thirds it is.", author=JANE))
    assert len(found) == 1 and "lower thirds" in found[0][0]
    for text in ("I would say right away, not with the delivery, because their developers need time.",
                 "But looking at it again with the fridge where it is, I really think it needs to be 1.8 m rather than 1.2."):
        assert not _decisions(run(text, author=JANE)), text


def test_decisions_in_more_team_languages() -> None:
    said = {
        # Vietnamese, Persian (Arabic yeh, as windows-1256 writes it), Bengali
        "Chị quyết định mình làm artwork nhãn bằng Illustrator chứ không dựng trên Figma, vì nhà in Allied chỉ nhận file AI hoặc PDF.":
            ("Mình làm artwork nhãn bằng Illustrator chứ không dựng trên Figma", "nhà in Allied chỉ nhận file AI hoặc PDF"),
        "تصميم گرفتم از تم رايگان Dawn استفاده کنيم، نه تم پولي Prestige، چون بودجه\u200cي مشتري محدود است.":
            # (the zero-width non-joiner is one of the odd spaces the text is read without)
            ("از تم رايگان Dawn استفاده کنيم، نه تم پولي Prestige", "بودجهي مشتري محدود است"),
        "সিদ্ধান্ত: আমরা Firebase না নিয়ে Supabase ব্যবহার করব, কারণ ওদের আইনজীবী কাস্টমার ডেটা ইউরোপের বাইরে রাখতে দেবে না।":
            ("আমরা Firebase না নিয়ে Supabase ব্যবহার করব", "ওদের আইনজীবী কাস্টমার ডেটা ইউরোপের বাইরে রাখতে দেবে না।"),
        # "not" said after the other way (Turkish, Uzbek, Azerbaijani), Armenian "ոչ թե", Kinyarwanda "aho kuba"
        "Kurguyu Premiere'de değil DaVinci Resolve'da yapıyoruz, çünkü renk düzenlemesini de aynı projede yapacağız.":
            ("Kurguyu Premiere'de değil DaVinci Resolve'da yapıyoruz", "renk düzenlemesini de aynı projede yapacağız"),
        "Saytni WordPress'da emas, Webflow'da qilamiz, chunki mijoz matnlarni o'zi tahrirlamoqchi.":
            ("Saytni WordPress'da emas, Webflow'da qilamiz", "mijoz matnlarni o'zi tahrirlamoqchi"),
        "Musiqini Epidemic Sound-dan yox, Artlist-dən alırıq, çünki Artlist-də Nepal folk musiqisi daha çoxdur.":
            ("Musiqini Epidemic Sound-dan yox, Artlist-dən alırıq", "Artlist-də Nepal folk musiqisi daha çoxdur"),
        "Twahisemo KoboToolbox aho kuba SurveyMonkey, kubera ko ikora offline kuri tablets.":
            ("KoboToolbox aho kuba SurveyMonkey", "ikora offline kuri tablets"),
    }
    for text, expected in said.items():
        assert _decisions(run(f"Hi,\n\n{text}\n\nSam", author=SAM, to=(PRIYA.email,))) == [expected], text
    # (a plain "not ready" in Turkish, with its reason, is no choice)
    assert not _decisions(run("Hi,\n\nLogo hazır değil, çünkü Oğuz hasta.\n\nSam", author=SAM, to=(PRIYA.email,)))


def test_the_reason_in_the_next_sentence_of_the_teams_language() -> None:
    said = {
        "Rozhodla jsem, že jedeme na Shopware 6, ne na WooCommerce. Potřebujeme ceníky pro jednotlivé velkoobchodní zákazníky.":
            ("Jedeme na Shopware 6, ne na WooCommerce", "Potřebujeme ceníky pro jednotlivé velkoobchodní zákazníky"),
        "Am decis: facem rezervarile prin API-ul Cloudbeds, nu prin widget-ul lor. Widget-ul e prea lent pe mobil.":
            ("Facem rezervarile prin API-ul Cloudbeds, nu prin widget-ul lor", "Widget-ul e prea lent pe mobil"),
        # (Burmese ends a sentence with "။", and says "decided" last)
        "Theme ကို Dawn အခြေခံပြီး လုပ်ဖို့ ဆုံးဖြတ်လိုက်ပြီ။ ဘာလို့လဲဆိုတော့ client ရဲ့ budget မလောက်လို့ပါ။":
            ("Theme ကို Dawn အခြေခံပြီး လုပ်ဖို့", "ဘာလို့လဲဆိုတော့ client ရဲ့ budget မလောက်လို့ပါ။"),
    }
    for text, expected in said.items():
        assert _decisions(run(f"Hi,\n\n{text}\n\nSam", author=SAM, to=(PRIYA.email,))) == [expected], text
    # (a question after it asks; it says no why)
    found = _decisions(run("Hi,\n\nRozhodla jsem, že jedeme na Shopware 6, ne na WooCommerce. Máme ještě licenci?\n\nSam",
                           author=SAM, to=(PRIYA.email,)))
    assert found == [("Jedeme na Shopware 6, ne na WooCommerce", None)]


def test_a_change_asked_for_said_of_the_new_build() -> None:
    lighter = KnownTask(9, "Make the certificate scan screen lighter", SAM.email)
    build = KnownTask(5, "Share the first test build", SAM.email, date(2026, 11, 13))
    said = "The certificate scan screen is lighter in this build, with bigger text."
    assert done_ids(run(said, author=SAM, known=(lighter, build), thread=(9, 5))) == {9}
    # (the way it should be is no report that it is)
    said = "The certificate scan screen should be lighter in this build."
    assert done_ids(run(said, author=JANE, known=(lighter, build), thread=(9, 5))) == set()


def test_work_taken_over_from_the_writer_is_the_writers() -> None:
    testing = KnownTask(3, "Test the first version at the branch", JANE.email, date(2026, 12, 11))
    checklist = KnownTask(5, "Write the test checklist for your staff", SAM.email, date(2026, 12, 7))
    said = "Tom will take over the staff testing from me, he runs the branch floor."
    found = run(said, author=JANE, known=(testing, checklist), thread=(3, 5))
    assert [(c.task_id, c.new_owner) for c in found.changes] == [(3, TOM.email)] and not found.tasks


def test_a_colleague_asked_to_take_work_over() -> None:
    versions = KnownTask(1, "Arrange the questionnaire in German and French as well", SAM.email)
    said = ("Hi all,\n\nPriya, can you take over the German and French versions of the questionnaire? Please have them ready by "
            "Thursday 12th.\n\nSam")
    found = run(said, author=SAM, known=(versions,), to=(PRIYA.email,))
    assert [(c.task_id, c.new_owner, c.new_due) for c in found.changes] == [(1, PRIYA.email, date(2026, 11, 12))]
    assert not found.tasks
    # (her name opening the mail: the one it is sent to)
    found = run("Priya, can you take over the German and French versions of the questionnaire?", author=SAM, known=(versions,),
                to=(PRIYA.email,))
    assert [(c.task_id, c.new_owner) for c in found.changes] == [(1, PRIYA.email)]


def _tasks(result: Extraction) -> list[tuple[str, str | None, date | None]]:
    return [(t.title, t.owner, t.due) for t in result.tasks]


def test_the_writers_thing_will_come_on_a_day() -> None:
    said = {
        "The German texts will come on 25.11., our translator needs one week more.": ("Deliver the German texts", date(2026, 11, 25)),
        "The transfer of the 40% will go out on Friday.": ("Deliver the transfer of the 40%", date(2026, 11, 6)),
        "The texts will arrive on 25.11.": ("Deliver the texts", date(2026, 11, 25)),
    }
    for text, (title, due) in said.items():
        assert _tasks(run(text, author=JANE)) == [(title, JANE.email, due)], text
    # (what comes to the writer is no promise of theirs)
    assert _tasks(run("The photos will come from the photographer, he is slow.", author=JANE)) == []


def test_the_teams_plan_in_bullets() -> None:
    said = ("Dear Jane,\n\nAs agreed in our call on Thursday, here is the plan:\n\n"
            "·         Script draft from us by Friday 6 November\n"
            "·         Your feedback on the script by 11 November\n"
            "·         Kick-off call on Monday 9 November\n"
            "·         Final video by 4 December, so you have it a week before the fair opens on the 10th\n\nBest regards,\nSam")
    assert _tasks(run(said, author=SAM, to=(JANE.email,))) == [
        ("Deliver the script draft", SAM.email, date(2026, 11, 6)),
        ("Send the feedback on the script", JANE.email, date(2026, 11, 11)),
        ("Deliver the final video", SAM.email, date(2026, 12, 4)),
    ]
    # (the client's plan: whose each line is, the bullet does not say)
    said = "Hi Sam,\n\nHere is our plan:\n\n- Photos by Friday 6 November\n- Launch on 4 December\n\nJane"
    assert _tasks(run(said, author=JANE, to=(SAM.email,))) == []


def test_ready_on_a_day_to_come_is_not_done() -> None:
    board = KnownTask(2, "Deliver the storyboard", SAM.email, date(2026, 11, 13))
    said = "Then the storyboard is ready on Friday 13.11. as planned."
    assert done_ids(run(said, author=SAM, known=(board,), thread=(2,), to=(JANE.email,))) == set()
    # (a day gone by, or another clause's day, still reports it)
    assert done_ids(run("The storyboard is ready since Friday 30.10.", author=SAM, known=(board,), thread=(2,), to=(JANE.email,))) == {2}
    said = "The storyboard is ready, the animatic follows by Friday 13.11."
    assert done_ids(run(said, author=SAM, known=(board,), thread=(2,), to=(JANE.email,))) == {2}


def test_a_plan_bullet_with_a_verb_is_no_thing_delivered() -> None:
    said = "Dear Jane,\n\nHere is the plan:\n\n- Priya's team will start the installation on site by 7 December\n\nSam"
    assert all(t.rule != "natural:plan-bullet" for t in run(said, author=SAM, to=(JANE.email,)).tasks)
