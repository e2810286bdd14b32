"""A maker who once hired the subject for another, named work is that work's maker, not ours:
"before the director X hired her for the short film “T”", "director X recruited him to score
“T”", "the producer X brought her on for the series T" (invented sentences and names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def _crew_with(sentence: str) -> set[tuple[str, str]]:
    return served_crew(
        "Composer Halka Brennquist-Oduya has scored both series of Tallow Yard, BBC Two’s "
        "canal-boat thriller.",
        sentence,
        "Tallow Yard is directed by Ruairi Feltham-Osei.",
        title="The composer behind Tallow Yard",
    )


def test_a_director_who_hired_her_for_a_quoted_short_is_its_director() -> None:
    found = _crew_with(
        "She wrote for dance companies for a decade before the director Ilse Marrow-Quade "
        "hired her for the short film “Paper Lanterns”."
    )
    assert ("director", "Ilse Marrow-Quade") not in found
    assert ("director", "Ruairi Feltham-Osei") in found


def test_a_director_who_recruited_him_to_score_a_quoted_feature_is_its_director() -> None:
    found = _crew_with(
        "In 2016 director Tobin Achterberg recruited her to score “Low Tide Club”, a "
        "micro-budget feature."
    )
    assert ("director", "Tobin Achterberg") not in found


def test_a_producer_who_brought_her_on_for_a_named_series_is_its_producer() -> None:
    found = _crew_with(
        "Her break came when the producer Wren Halloway-Finch brought her on for the radio "
        "series Glasshouse Road."
    )
    assert ("producer", "Wren Halloway-Finch") not in found


def test_a_director_who_hired_her_for_our_own_title_stays() -> None:
    found = _crew_with(
        "The director Ruairi Feltham-Osei hired her for Tallow Yard after hearing one demo."
    )
    assert ("director", "Ruairi Feltham-Osei") in found
