"""The show's music or look told in the pluperfect ("The series’ sound had been shaped by ...
a score by X") on the page of what follows it: a time before the article's work, so X is no
composer of it; the same credit told in the present stays."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Meet the composer scoring the Tamsfield film"
_LEDE = "Rua Haldane has scored Tamsfield: The Last Term, the film that ends the school drama."


def test_a_pluperfect_show_score_credits_no_composer() -> None:
    crew = served_crew(
        _LEDE,
        "The show’s sound had long been set by indie songs and the score by Petra Lund, and"
        " Haldane wanted to keep that feel.",
        title=_TITLE,
    )
    assert ("composer", "Petra Lund") not in crew


def test_a_present_score_credit_stands() -> None:
    crew = served_crew(
        _LEDE, "The film's music is by Petra Lund, who worked on the show too.", title=_TITLE
    )
    assert ("composer", "Petra Lund") in crew
