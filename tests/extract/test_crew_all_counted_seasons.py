"""A film's page naming who made the show's earlier runs ("X scored all three seasons of the
show") credits nobody on the film; "... and returns for the film" keeps the credit."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_HEAD = "Corrisdale: the film that closes the saga"


def test_all_counted_seasons_of_the_show_are_earlier_runs() -> None:
    served = served_crew(
        "Corrisdale, the film that ends the series, lands on Quorlith on Friday.",
        "Tobiah Quennell-Fyfe scored all four seasons of the Quorlith show.",
        "For the film, director Ysolde Yselle-Darrant wanted a new composer.",
        title=_HEAD,
    )
    assert ("composer", "Tobiah Quennell-Fyfe") not in served
    assert ("director", "Ysolde Yselle-Darrant") in served


def test_a_composer_back_for_the_film_keeps_the_credit() -> None:
    served = served_crew(
        "Corrisdale, the film that ends the series, lands on Quorlith on Friday.",
        "Tobiah Quennell-Fyfe scored all four seasons of the Quorlith show and returns for the"
        " film.",
        title=_HEAD,
    )
    assert ("composer", "Tobiah Quennell-Fyfe") in served


def test_has_scored_all_seasons_goes_on_into_the_film() -> None:
    served = served_crew(
        "Corrisdale, the film that ends the series, lands on Quorlith on Friday.",
        "Tobiah Quennell-Fyfe, who has scored all four seasons, kept the old themes.",
        title=_HEAD,
    )
    assert ("composer", "Tobiah Quennell-Fyfe") in served
