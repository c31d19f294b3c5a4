"""The back-off that closes the writer's own open work when a sentence names it and says it is
finished (``ingest.own_work_done``), called directly and through ``extract()``.  Positive
probes come from the read scenario sets (fresh8-78) where the completion rules missed the
report; negative probes are the misfires seen while it was written ("the fire strategy
coordination is ours", "final ep 14 master" for the ep 15 edit, "The filing receipt is
attached" for a trade-mark quote, "Discovery week is fixed fee" for the weekly dashboard), and
a negation the completion rules missed ("The invoice wasn't sent to the client")."""
from __future__ import annotations

import pytest
from extraction_probe import JANE, PRIYA, SAM, run

from ingest.extraction import KnownTask
from ingest.extraction_types import Extraction
from ingest.own_work_done import RULE, own_work_done
from ingest.text_segments import Unit

OTHER = KnownTask(2, "Call the printer about the paper stock", SAM.email)


def _closed(text: str, title: str, owner: str = SAM.email) -> list[int | None]:
    found = run(text, author=SAM, known=(KnownTask(1, title, owner), OTHER))
    return [c.task_id for c in found.changes if c.status == "done"]


@pytest.mark.parametrize(("text", "title"), [
    ("Chị Hà,\nDie line for lid and base is done, i put in folder BLATTWERK/2026-11/dieline_v1.",
     "Make the die line for lid and base with 1.5mm greyboard and soft-touch film"),
    ("Josh,\n\nThe mailing file is on the SFTP now: /incoming/winter26_selection.csv, 37,912 records after suppressions.",
     "Send the mailing file itself"),
    ("Coach is held - Highland Heritage have us provisionally for 22-25 March, 53-seater, driver staying over on the island.",
     "Get a 53-seater coach held with Highland Heritage"),
    ("Quote's in: $14,800 for the EMC delta test, three weeks from sample receipt.", "Get a quote and lead time from the lab"),
    ("As Wanjiru promised on Monday, please find attached the delivery statuses our dispatchers use.",
     "Send you the delivery statuses our dispatch team uses, together with five sample waybills"),
    ("Signed venue contract attached. I've sent a copy straight to the Pavilion as well.", "Sign the contract and return it"),
    ("the design document v1.0 is in attachment.", "Send us the technical design document"),
    ("capacity note field is in staging. also fixed the timezone bug on recurring events", "Add the capacity note field"),
    ("Please find attached the sample of the first three chapters (11.380 words).", "Send us the sample of November"),
    # the title's own verb, in the past, done to a thing of the title
    ("Got the Katy FD incident report, it's attached.", "Get the Katy FD fire report"),
    ("Volumes for 2027 are in the attached sheet: roughly 42,000 tin boxes and 8,500 shipping cases.",
     "Send us your annual volumes per format"),
])
def test_own_work_reported_finished_is_closed(text: str, title: str) -> None:
    assert _closed(text, title) == [1]


@pytest.mark.parametrize(("text", "title"), [
    # taking the work on is not finishing it
    ("Yes, the fire strategy coordination is ours.", "Own the Stage 4 fire strategy coordination"),
    # another episode
    ("final ep 14 master is in /final, ad read is down 3dB.", "Have the ep 15 edit done pls"),
    # a receipt is not the filing, and a trade-mark quote is not it either
    ("The filing receipt is attached.", "Quote us for a trade mark filing in Singapore"),
    # "fixed fee" is a price; "week" is not "weekly"
    ("Discovery week is fixed fee, it's in section 3 of the SOW.", "Have the weekly sales dashboard ready for the Monday meeting"),
    # photos are not the shortlist of them; most of a model is not the model
    ("Photos from Sophie are in the shared drive now. I'll have the shortlist to you by Tuesday.", "Product photography shortlist"),
    ("Arjun, casing model is about 80% done, flanges updated to ANSI 150. On track for Friday.", "Pump casing 3D model"),
    # a generic report is not a report named by its head word alone
    ("Please find attached our weekly status report.", "Load test report"),
    # where a thing is kept is not the work done with it
    ('The 30 embedded profiles are in Bullhorn under the Greifwerk job, tagged "Embedded-Longlist".',
     "Send you a first longlist for the embedded position"),
    # the verb done to something else
    ("Got a call from the Katy FD about the report yesterday.", "Get the Katy FD fire report"),
    # not finished yet
    ("The mailing file will be on the SFTP by Friday.", "Send the mailing file itself"),
    ("The die line is not done yet, the board has not come.", "Make the die line for lid and base"),
    ("Is the mailing file on the SFTP now?", "Send the mailing file itself"),
    ("The mailing file hasn't been on the SFTP since Friday, it bounced.", "Send the mailing file itself"),
    # ("n't" has no word boundary before it: the completion rules once read "wasn't sent" as sent)
    ("The invoice wasn't sent to the client, the address bounced.", "Send the invoice to the client"),
    ("The signed contract hasn't arrived.", "Send us the signed contract"),
    ("Once the coach is held I'll tell you.", "Get a 53-seater coach held with Highland Heritage"),
])
def test_what_is_not_a_report_of_finished_work_closes_nothing(text: str, title: str) -> None:
    assert _closed(text, title) == []


def test_a_colleagues_work_handed_over_is_closed() -> None:
    # Priya and Sam write from one domain: what Priya owed, Sam may hand over
    found = run("Jasmine asked me to send you Ms Tan's measurements, attached.", author=SAM,
                known=(KnownTask(1, "Send you the measurements of our VIP bride", PRIYA.email), OTHER))
    assert [(c.task_id, c.status) for c in found.changes] == [(1, "done")]


def test_a_client_task_is_not_the_agencys_to_hand_over() -> None:
    found = run("Ms Tan's measurements, attached.", author=SAM,
                known=(KnownTask(1, "Send you the measurements of our VIP bride", JANE.email), OTHER))
    assert found.changes == []


@pytest.mark.parametrize(("text", "closes"), [
    ("The cracked lids turned up yesterday arvo, cheers for sending them.", True),
    ("The signed contract has arrived, thank you.", False),  # another thing than the lids
    ("The cracked lids still haven't turned up.", False),
    ("The cracked lids haven't turned up.", False),
    ("I arrived yesterday with the lids.", False),
])
def test_what_the_writer_says_has_come_is_done(text: str, closes: bool) -> None:
    found = run(text, author=SAM, known=(KnownTask(1, "Send us a few of the cracked lids", JANE.email), OTHER))
    assert [c.task_id for c in found.changes if c.status == "done"] == ([1] if closes else [])


def test_the_hook_leaves_a_task_a_rule_already_spoke_of() -> None:
    from dataclasses import replace
    from datetime import datetime

    from ingest.extraction import ExtractionContext
    from ingest.extraction_types import StatusChange

    task = KnownTask(1, "Send the mailing file itself", SAM.email)
    ctx = ExtractionContext(author=SAM, sent_at=datetime.fromisoformat("2026-11-02T10:00:00+00:00"), members=(SAM,),
                            known_tasks=(task,))
    units = [Unit("The mailing file is on the SFTP now.", 0, 1, False)]
    said = StatusChange(1, None, None, None, None, True, "natural:on-track", "earlier sentence")
    assert own_work_done(units, Extraction(changes=[said]), ctx).changes == [said]
    closed = own_work_done(units, Extraction(), ctx).changes
    assert [(c.task_id, c.status, c.rule) for c in closed] == [(1, "done", RULE)]
    # the pass only speaks for the writer's own work: the same words of a colleague's task say nothing here
    theirs = replace(ctx, known_tasks=(replace(task, owner="jane@client.com"),))
    assert own_work_done(units, Extraction(), theirs).changes == []
