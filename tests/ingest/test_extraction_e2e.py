"""Extraction end to end through the CLI: a client's numbered requests become tasks, and
the team's reply that slips one of them moves its due date and keeps who/when/why in the
task's history."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from store.db import open_database
from store.models import Person, Task, TaskEvent
from workflows.cli import cli

PROJECT = "acme@projects.example.com"

CLIENT_MAIL = """\
From: Jane Doe <jane@acme.com>
To: ACME website <acme@projects.example.com>, Sam Lee <sam@agency.io>
Subject: Homepage review
Date: Mon, 02 Nov 2026 09:15:00 -0500
Message-ID: <review-1@acme.com>
Content-Type: text/plain; charset=utf-8

Hi Sam,

Thanks for the first round, a few things from our side:

1. Can you make the hero image larger?
2. We'd like the contact form to include a phone number field.
3. Please send us the updated version by Friday.

Are we still on track for the launch?

Thanks,
Jane
"""

TEAM_REPLY = """\
From: Sam Lee <sam@agency.io>
To: Jane Doe <jane@acme.com>, acme@projects.example.com
Subject: Re: Homepage review
Date: Wed, 04 Nov 2026 10:30:00 +0000
Message-ID: <review-2@agency.io>
In-Reply-To: <review-1@acme.com>
References: <review-1@acme.com>
Content-Type: text/plain; charset=utf-8

Hi Jane,

Unfortunately the updated version will slip to Monday because our designer is out sick.
We're planning to use Netlify for hosting, it's fast and cheap.

Sam

On Mon, Nov 2, 2026 at 9:15 AM Jane Doe <jane@acme.com> wrote:
> Hi Sam,
> 3. Please send us the updated version by Friday.
"""


class Cli:
    def __init__(self, db_url: str) -> None:
        self.db_url = db_url

    def __call__(self, *args: str, input: bytes | None = None) -> str:
        result = CliRunner().invoke(cli, ["--db", self.db_url, *args], input=input, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    def json(self, *args: str) -> list[dict]:  # type: ignore[type-arg]
        return json.loads(self(*args, "--json"))


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.chdir(tmp_path)  # no stray trackfront.toml from the working directory
    run = Cli(f"sqlite:///{tmp_path / 'x.db'}")
    run("project", "add", "acme", "--name", "ACME website", "--client-domain", "acme.com")
    run("member", "add", "acme", "jane@acme.com", "--role", "client", "--name", "Jane Doe", "--tz", "America/New_York")
    run("member", "add", "acme", "sam@agency.io", "--role", "team", "--name", "Sam Lee", "--tz", "Europe/London")
    run("member", "add", "acme", "alex@agency.io", "--role", "team", "--name", "Alex Kim", "--tz", "Europe/London")
    return run


def test_client_requests_then_a_slip_with_reason_moves_the_due_date_and_keeps_history(run: Cli) -> None:
    assert "ingested 1" in run("ingest", "-", input=CLIENT_MAIL.encode())
    tasks = {t["title"]: t for t in run.json("tasks", "acme")}
    # Every numbered request is a task for the one team member the client wrote to.
    assert sorted(tasks) == ["Contact form to include a phone number field", "Make the hero image larger",
                             "Send us the updated version"]
    assert all(t["owner"] == "sam@agency.io" and t["status"] == "open" and t["visibility"] == "client"
               for t in tasks.values())
    assert tasks["Send us the updated version"]["due"] == "2026-11-06"  # Friday after Monday 2 Nov
    assert [q["text"] for q in run.json("questions", "acme")] == ["Are we still on track for the launch?"]

    assert "ingested 1" in run("ingest", "-", input=TEAM_REPLY.encode())
    after = {t["title"]: t for t in run.json("tasks", "acme")}
    slipped = after["Send us the updated version"]
    assert slipped["due"] == "2026-11-09"  # "slip to Monday", written on Wednesday 4 Nov
    # Only the task the sentence names moved; the quoted request made no new task.
    assert after["Make the hero image larger"]["due"] is None
    assert len(after) == 3

    decisions = run.json("decisions", "acme")
    assert [(d["summary"], d["rationale"], d["decided_by"]) for d in decisions] == [
        ("Use Netlify for hosting", "it's fast and cheap", "sam@agency.io")]

    open_database(run.db_url, migrate=False)
    events = list(TaskEvent.select().where((TaskEvent.task == slipped["id"]) & (TaskEvent.kind == "due")))
    assert len(events) == 1
    event = events[0]
    assert (event.old_value, event.new_value, event.reason) == ("2026-11-06", "2026-11-09", "our designer is out sick")
    assert Person.get_by_id(event.person_id).email == "sam@agency.io"
    assert Task.get_by_id(slipped["id"]).due.isoformat() == "2026-11-09"


def _mail(sender: str, msg_id: str, date: str, body: str, reply_to: str | None = None, subject: str = "Logo files") -> bytes:
    headers = [f"From: {sender}", f"To: {PROJECT}", f"Subject: {'Re: ' if reply_to else ''}{subject}",
               f"Date: {date}", f"Message-ID: <{msg_id}>", "Content-Type: text/plain; charset=utf-8"]
    if reply_to:
        headers += [f"In-Reply-To: <{reply_to}>", f"References: <{reply_to}>"]
    return ("\r\n".join(headers) + "\r\n\r\n" + body + "\r\n").encode()


@pytest.mark.parametrize(("answer", "status"), [
    ("Regarding your question about performance test of login with 500 concurrent users - yes, it is possible.", "answered"),
    ("Further to your query on the load test, we will run it in December.", "answered"),
    ("About the question of Jane on the performance test: 500 users is fine.", "answered"),
    ("Priya passed me your question about the performance test. Yes, we can do it.", "answered"),
    # most of a long topic's words, in that one question
    ("On your question about a quick performance test for the login as part of cycle 2: yes.", "answered"),
    # passing it on is no answer
    ("I've passed your question about the performance test on to Priya, who runs our load tests.", "open"),
])
def test_a_mail_in_a_new_thread_answers_the_question_it_names_in_other_words(run: Cli, answer: str, status: str) -> None:
    run("ingest", "-", input=_mail("Jane Doe <jane@acme.com>", "perf@acme.com", "Mon, 02 Nov 2026 09:00:00 -0500",
                                   "Hi Sam,\n\nIs it possible to make also a quick performance test of the login, "
                                   "something like 500 users at the same time?\n\nJane", subject="Regression cycle 1"))
    run("ingest", "-", input=_mail("Sam Lee <sam@agency.io>", "report@agency.io", "Fri, 06 Nov 2026 09:00:00 +0000",
                                   f"Hi Jane,\n\nThe cycle 1 report is in the portal.\n\n{answer}\n\nSam",
                                   subject="Cycle 1 report"))
    assert len(run.json("threads", "acme")) == 2
    assert [q["status"] for q in run.json("questions", "acme")] == [status]


@pytest.mark.parametrize(("role", "status"), [("client", "answered"), ("team", "open")])
def test_on_free_mail_the_askeds_side_answers_for_them(run: Cli, role: str, status: str) -> None:
    # a couple on two Gmail addresses: the partner of the one asked answers; someone on
    # the other side does not answer a question put to the client
    run("member", "add", "acme", "emma@gmail.com", "--role", "client", "--name", "Emma Stone", "--tz", "America/New_York")
    run("member", "add", "acme", "josh@gmail.com", "--role", role, "--name", "Josh Reed", "--tz", "America/New_York")
    run("ingest", "-", input=_mail("Sam Lee <sam@agency.io>", "fun@agency.io", "Mon, 02 Nov 2026 09:00:00 +0000",
                                   "Hi Emma,\n\nAnd a fun one for you: sparkler exit or bubbles?\n\nSam", subject="Wedding plan"))
    run("ingest", "-", input=_mail("Josh Reed <josh@gmail.com>", "josh@gmail.com", "Mon, 02 Nov 2026 20:00:00 -0500",
                                   "Hi Sam,\n\nSparklers all the way!\n\nJosh", reply_to="fun@agency.io", subject="Wedding plan"))
    assert [q["status"] for q in run.json("questions", "acme")] == [status]


def test_all_done_from_the_owner_closes_the_threads_only_open_task(run: Cli) -> None:
    run("ingest", "-", input=_mail("Jane Doe <jane@acme.com>", "ask@acme.com", "Mon, 02 Nov 2026 09:00:00 -0500",
                                   "Hi Sam,\n\nCould you send over the logo files by Friday?\n\nJane"))
    # someone else's "All done!" does not close Sam's task
    run("ingest", "-", input=_mail("Alex Kim <alex@agency.io>", "alex@agency.io", "Tue, 03 Nov 2026 09:00:00 +0000",
                                   "All done!", reply_to="ask@acme.com"))
    assert [t["status"] for t in run.json("tasks", "acme", "--status", "all")] == ["open"]
    run("ingest", "-", input=_mail("Sam Lee <sam@agency.io>", "sam@agency.io", "Wed, 04 Nov 2026 09:00:00 +0000",
                                   "All done!\n\nSam", reply_to="alex@agency.io"))
    assert [t["status"] for t in run.json("tasks", "acme", "--status", "all")] == ["done"]


def test_a_reply_answers_only_the_question_it_takes_up(run: Cli) -> None:
    run("ingest", "-", input=_mail("Jane Doe <jane@acme.com>", "q@acme.com", "Mon, 02 Nov 2026 09:00:00 -0500",
                                   "Hi Sam,\n\nWhich hosting provider will you use?\n\nCould you confirm the opening "
                                   "date for the new store?\n\nJane", subject="Hosting"))
    run("ingest", "-", input=_mail("Sam Lee <sam@agency.io>", "a@agency.io", "Tue, 03 Nov 2026 09:00:00 +0000",
                                   "Hi Jane,\n\nWe'll host it on Netlify as the hosting provider.\n\nSam",
                                   reply_to="q@acme.com", subject="Hosting"))
    status = {q["text"]: q["status"] for q in run.json("questions", "acme")}
    assert status == {"Which hosting provider will you use?": "answered",
                      "Could you confirm the opening date for the new store?": "open"}


def test_the_person_asked_to_choose_closes_the_request_by_choosing_on_its_thread(run: Cli) -> None:
    """"Sam, please pick a slot by Thursday" / (Sam, on the thread) "Slot B ok.": the choice
    asked for is given; a reply that only defers it ("I'll pick one tomorrow") is not."""
    run("ingest", "-", input=_mail("Jane Doe <jane@acme.com>", "slots@acme.com", "Mon, 02 Nov 2026 09:00:00 -0500",
                                   "Hi Sam,\n\nThe workshop can be on Tuesday (slot A) or Thursday (slot B). "
                                   "Please pick a slot by Thursday.\n\nJane", subject="Workshop"))
    run("ingest", "-", input=_mail("Sam Lee <sam@agency.io>", "later@agency.io", "Tue, 03 Nov 2026 09:00:00 +0000",
                                   "Hi Jane,\n\nI'll pick one tomorrow once I've seen the team's calendars.\n\nSam",
                                   reply_to="slots@acme.com", subject="Workshop"))
    assert [(t["title"], t["status"]) for t in run.json("tasks", "acme", "--status", "all")] == [("Pick a slot", "open")]
    run("ingest", "-", input=_mail("Sam Lee <sam@agency.io>", "b@agency.io", "Wed, 04 Nov 2026 09:00:00 +0000",
                                   "Slot B ok.\n\nSam", reply_to="later@agency.io", subject="Workshop"))
    assert [(t["title"], t["status"]) for t in run.json("tasks", "acme", "--status", "all")] == [("Pick a slot", "done")]


def test_a_status_mail_in_a_new_thread_answers_the_question_it_names(run: Cli) -> None:
    run("ingest", "-", input=_mail("Jane Doe <jane@acme.com>", "plus@acme.com", "Mon, 02 Nov 2026 09:00:00 -0500",
                                   "Hi Sam,\n\nDo we need Shopify Plus for the wholesale side?\n\nJane",
                                   subject="Staging feedback"))
    run("ingest", "-", input=_mail("Sam Lee <sam@agency.io>", "status@agency.io", "Fri, 06 Nov 2026 09:00:00 +0000",
                                   "Hi Jane,\n\nFriday status: the import is running.\n\nJane, on your Plus question: "
                                   "no, you don't need it at your size.\n\nSam", subject="Friday status"))
    assert len(run.json("threads", "acme")) == 2
    assert [q["status"] for q in run.json("questions", "acme")] == ["answered"]


@pytest.mark.parametrize(("minutes", "status"), [
    ("2. Reminder SMS - Sam confirmed that our design can use ACME's existing Twilio account for the reminders.", "answered"),
    # another person's word, or too little of the question's, answers nothing
    ("2. Reminder SMS - Alex confirmed that our design can use ACME's existing Twilio account for the reminders.", "open"),
    ("2. Staging - Sam confirmed that the VPN tokens are issued.", "open"),
])
def test_minutes_that_report_the_answer_of_the_person_asked(run: Cli, minutes: str, status: str) -> None:
    run("ingest", "-", input=_mail("Jane Doe <jane@acme.com>", "sms@acme.com", "Mon, 02 Nov 2026 09:00:00 -0500",
                                   "Hi all,\n\nQuestion for Sam: can the reminder SMS go through our existing Twilio "
                                   "account, or does your design assume a new one?\n\nJane", subject="Comments"))
    run("ingest", "-", input=_mail("Alex Kim <alex@agency.io>", "mom@agency.io", "Mon, 09 Nov 2026 15:00:00 +0000",
                                   f"Hi all,\n\nPlease find below the MoM of today's sync.\n\n{minutes}\n\nAlex",
                                   subject="MoM weekly sync"))
    assert len(run.json("threads", "acme")) == 2
    assert [(q["status"], q["addressed_to"]) for q in run.json("questions", "acme")] == [(status, "sam@agency.io")]


@pytest.mark.parametrize(("reply", "summaries"), [
    # taking the client's choice up decides nothing again
    ("Great, we go with the oak frames for the touch tables then.",
     ["Go with the version with the oak frames for the touch tables"]),
    # turning it round does
    ("Sorry, we cannot do oak in time, so we will not use the oak frames for the touch tables.",
     ["Go with the version with the oak frames for the touch tables",
      "Not using the oak frames for the touch tables"]),
])
def test_a_choice_taken_up_on_its_thread_is_one_decision(run: Cli, reply: str, summaries: list[str]) -> None:
    run("ingest", "-", input=_mail("Jane Doe <jane@acme.com>", "frames@acme.com", "Mon, 02 Nov 2026 09:00:00 -0500",
                                   "Hi Sam,\n\nWe have decided for the version with the oak frames for the touch tables."
                                   "\n\nJane", subject="Touch tables"))
    run("ingest", "-", input=_mail("Sam Lee <sam@agency.io>", "frames-2@agency.io", "Tue, 03 Nov 2026 10:00:00 +0000",
                                   f"Hi Jane,\n\n{reply}\n\nSam", reply_to="frames@acme.com", subject="Touch tables"))
    assert [d["summary"] for d in run.json("decisions", "acme")] == summaries


@pytest.mark.parametrize(("answer", "status"), [
    ("Regarding your question, we recommend 600 completed interviews: 400 in Lima and 200 in Arequipa.", "answered"),
    # a promise to find out answers nothing
    ("Regarding your question, let me check with our field team and I'll come back to you.", "open"),
])
def test_regarding_your_question_answers_the_one_open_on_the_thread(run: Cli, answer: str, status: str) -> None:
    run("ingest", "-", input=_mail("Jane Doe <jane@acme.com>", "n@acme.com", "Mon, 02 Nov 2026 09:00:00 -0500",
                                   "Hi Sam,\n\nOne question: how many respondents do you recommend for the online survey?\n\nJane",
                                   subject="Survey"))
    run("ingest", "-", input=_mail("Sam Lee <sam@agency.io>", "n@agency.io", "Mon, 02 Nov 2026 16:00:00 +0000",
                                   f"Dear Jane,\n\n{answer}\n\nSam", reply_to="n@acme.com", subject="Survey"))
    assert [q["status"] for q in run.json("questions", "acme")] == [status]


def test_to_answer_your_question_from_the_kickoff_in_a_new_thread(run: Cli) -> None:
    run("ingest", "-", input=_mail("Jane Doe <jane@acme.com>", "k@acme.com", "Mon, 02 Nov 2026 09:00:00 -0500",
                                   "Hi Sam,\n\nAlso one question from our side: is it possible to use one common heating base "
                                   "for both the large and the small kettle?\n\nJane", subject="Kettle kick-off"))
    run("ingest", "-", input=_mail("Sam Lee <sam@agency.io>", "c@agency.io", "Thu, 19 Nov 2026 16:00:00 +0000",
                                   "Hi Jane,\n\nAttached are our three concept directions.\n\nJane, to answer your question from "
                                   "the kick-off: yes, one common heating base can serve both the large and the small kettle.\n\nSam",
                                   subject="Concept directions"))
    assert len(run.json("threads", "acme")) == 2
    assert [q["status"] for q in run.json("questions", "acme")] == ["answered"]


def test_sharing_the_work_asked_for_restates_it(run: Cli) -> None:
    run("ingest", "-", input=_mail("Jane Doe <jane@acme.com>", "h@acme.com", "Mon, 02 Nov 2026 09:00:00 -0500",
                                   "Hi Sam,\n\nCould you send over the homepage design by Friday 13th November?\n\nJane",
                                   subject="Homepage"))
    run("ingest", "-", input=_mail("Sam Lee <sam@agency.io>", "h@agency.io", "Tue, 03 Nov 2026 09:00:00 +0000",
                                   "Dear Jane,\n\nNoted. We will share the homepage design on or before 13th November.\n\nSam",
                                   reply_to="h@acme.com", subject="Homepage"))
    assert [(t["title"], t["owner"]) for t in run.json("tasks", "acme", "--status", "all")] == [
        ("Send over the homepage design", "sam@agency.io")]


def test_a_hand_over_moves_the_task_to_its_new_owner_end_to_end(run: Cli) -> None:
    run("ingest", "-", input=_mail("Jane Doe <jane@acme.com>", "k@acme.com", "Mon, 02 Nov 2026 09:00:00 -0500",
                                   "Hi Sam,\n\nCould you prepare the hosting proposal by Friday?\n\nJane", subject="Hosting"))
    assert [(t["title"], t["owner"]) for t in run.json("tasks", "acme")] == [("Prepare the hosting proposal", "sam@agency.io")]
    run("ingest", "-", input=_mail("Sam Lee <sam@agency.io>", "h@agency.io", "Tue, 03 Nov 2026 09:00:00 +0000",
                                   "Hi Jane,\n\nAlex will prepare the hosting proposal instead of me, he knows the data centres "
                                   "better. The date stays Friday.\n\nSam", reply_to="k@acme.com", subject="Hosting"))
    tasks = run.json("tasks", "acme")
    assert [(t["title"], t["owner"], t["due"]) for t in tasks] == [("Prepare the hosting proposal", "alex@agency.io", "2026-11-06")]
    open_database(run.db_url, migrate=False)
    events = [(e.kind, e.old_value, e.new_value) for e in TaskEvent.select().where(TaskEvent.task == tasks[0]["id"]).order_by(TaskEvent.id)]
    assert events[-1] == ("owner", "sam@agency.io", "alex@agency.io")
