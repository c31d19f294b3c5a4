"""A way dropped, then the way taken "instead" in the next sentence: one choice, with why the
other went ("we're dropping the name Currach, there's a Kerry brewery with a Currach lager
already. Going with Half Door instead.").  The positive probes must give that one decision and
its reason; the guards keep what each sentence says on its own."""
from __future__ import annotations

from extraction_probe import JANE, SAM, run


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
