"""A duty shared on the run before the article's production: "who took over for the film after
A and B shared directing duties", "A and B shared writing duties across the three seasons" credit
the earlier instalments' makers; a share told of ours ("A and B share directing duties", "will
share them across the two seasons") keeps its credits (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Copper Lane: the film that ends the series"


def test_sharers_before_a_new_holder_took_over_are_not_ours() -> None:
    found = served_crew(
        "Copper Lane, the film, arrives on Friday.",
        "Fans asked about the director, Marta Quellhurst, who took over for the film after Idris"
        " Penhallow and Sol Vantreight shared directing duties across the series.",
        title=_TITLE,
    )
    assert ("director", "Idris Penhallow") not in found
    assert ("director", "Sol Vantreight") not in found


def test_a_past_share_across_a_counted_run_is_not_ours() -> None:
    found = served_crew(
        "Copper Lane, the film, arrives on Friday.",
        "Idris Penhallow and Sol Vantreight shared writing duties across the three seasons.",
        title=_TITLE,
    )
    assert ("writer", "Idris Penhallow") not in found
    assert ("writer", "Sol Vantreight") not in found


def test_a_share_told_of_ours_keeps_its_credits() -> None:
    found = served_crew(
        "Copper Lane, the film, arrives on Friday.",
        "Idris Penhallow and Sol Vantreight share directing duties on the film.",
        title=_TITLE,
    )
    assert ("director", "Idris Penhallow") in found
    assert ("director", "Sol Vantreight") in found


def test_a_future_share_across_a_counted_run_keeps_its_credits() -> None:
    found = served_crew(
        "Copper Lane returns for two more seasons.",
        "Idris Penhallow and Sol Vantreight will share writing duties across the two seasons.",
        title="Copper Lane: two more seasons",
    )
    assert ("writer", "Idris Penhallow") in found
    assert ("writer", "Sol Vantreight") in found
