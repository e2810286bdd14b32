"""A headline gives a quote and its continuation run together as one quotation; the body splits
them round the sayer. The headline's copy is the same words shown twice: dropped, whoever it was
put to; the body's two stay, and a headline quote the body never splits stays too."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Elin Parry and Mark Trelawny brought Tidewater to a packed hall in Penzance on Saturday."
_HEADLINE = "Tidewater pair tease the finale at a seaside fan day: “Pack a coat. Pack two.”"


def test_the_headlines_run_together_copy_is_dropped() -> None:
    found = facts(
        _LEDE,
        _HEADLINE,
        "About a thousand fans queued along the harbour for the Tidewater panel.",
        "“Pack a coat,” Parry said when asked about the finale. “Pack two.”",
    )
    served = [q for q in found.quotes if q.served]
    assert not any(q.text.startswith("Pack a coat. Pack two") for q in served)
    assert any(q.text.startswith("Pack a coat") and q.speaker == "Elin Parry" for q in served)
    assert any(q.text.startswith("Pack two") and q.speaker == "Elin Parry" for q in served)


def test_a_headline_quote_the_body_gives_whole_stays() -> None:
    found = facts(
        _LEDE,
        _HEADLINE,
        "About a thousand fans queued along the harbour for the Tidewater panel.",
        "“Pack a coat. Pack two,” Parry said when asked about the finale.",
    )
    assert any(
        q.served and q.text.startswith("Pack a coat. Pack two") and q.speaker == "Elin Parry"
        for q in found.quotes
    )
