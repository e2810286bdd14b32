"""A quoted title written right before a role noun names that title's maker: "“Tide” director
X" or "‘Tide’ co-writer X" credits X on Tide, and on our work only when Tide is ours (invented
sentences)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Harbour Film Awards: ‘The Salt Meadow’ leads the nominations"
_LEDE = (
    "The Salt Meadow, Ysolde Marchetti-Bryne’s patient drama about two sisters who inherit a "
    "marsh, has taken seven nominations, including best director for Marchetti-Bryne."
)


def test_another_quoted_title_before_director_credits_nobody() -> None:
    found = served_crew(
        _LEDE,
        "A notable snub went to “Winter of Lanterns” director Corvin Halloway-Staines, who had "
        "been tipped for a nod.",
        title=_TITLE,
    )
    assert ("director", "Corvin Halloway-Staines") not in found


def test_another_single_quoted_title_before_writer_credits_nobody() -> None:
    found = served_crew(
        _LEDE,
        "Also in the running is ‘The Copper Road’ screenwriter Anneliese Drummond-Okoye, up for "
        "best original screenplay.",
        title=_TITLE,
    )
    assert ("writer", "Anneliese Drummond-Okoye") not in found


def test_another_quoted_title_before_composer_credits_nobody() -> None:
    found = served_crew(
        _LEDE,
        "The score race is tight, with “Gorsewick Point” composer Mateusz Lindqvist-Adair the "
        "favourite.",
        title=_TITLE,
    )
    assert ("composer", "Mateusz Lindqvist-Adair") not in found


def test_our_own_quoted_title_before_director_still_credits() -> None:
    found = served_crew(
        _LEDE,
        "The nominations include a nod for “The Salt Meadow” editor Pilar Okonjo-Vance.",
        title=_TITLE,
    )
    assert ("editor", "Pilar Okonjo-Vance") in found


def test_a_work_from_another_titles_director_credits_that_director() -> None:
    found = served_crew(
        "The new thriller from ‘Winter of Lanterns’ director Corvin Halloway-Staines starts "
        "shooting in Galway in May.",
        "Halloway-Staines will also produce The Salt Meadow, which Rhona Petrakis-Lyle stars in.",
        title="Rhona Petrakis-Lyle to star in ‘The Salt Meadow’",
    )
    assert ("director", "Corvin Halloway-Staines") in found
