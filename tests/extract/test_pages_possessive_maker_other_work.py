"""A report that sets another work beside its maker's possessive ("Elsewhere, the closing film
is Saltmarsh Psalm, the Icelandic director Ada Vale's drama about ...") tells that work's
maker, not the page's own work's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits


def _report(other: str) -> set[tuple[str, str]]:
    return served_credits(
        facts(
            "Fernhollow had its world premiere at the Larchfield festival on Friday night.",
            "Fernhollow opens Larchfield to a standing ovation",
            "Director Tobiah Quennell thanked the cast of Fernhollow before the screening.",
            other,
            title="Fernhollow opens Larchfield to a standing ovation",
        )
    )


def test_another_films_possessive_director_is_not_ours() -> None:
    found = _report(
        "Elsewhere at Larchfield, this year’s closing-night gala on 9 May is Saltmarsh Psalm, "
        "the Icelandic director Signý Arnardóttir-Pell’s drama about two ferrymen, starring "
        "Hal Ottery and Jon Fask. Its UK release is set for 15 May."
    )
    assert ("director", "Signý Arnardóttir-Pell") not in found
    assert ("director", "Tobiah Quennell") in found


def test_a_quoted_other_title_with_its_writers_possessive() -> None:
    found = _report(
        "Also screening is “The Copper Orchard”, writer-director Maelon Drewe’s debut feature."
    )
    assert ("director", "Maelon Drewe") not in found
    assert ("writer", "Maelon Drewe") not in found


def test_a_plain_sentence_naming_another_film_by_its_director() -> None:
    found = _report(
        "The closing gala is Saltmarsh Psalm, the Icelandic director Bryn Arnott’s drama."
    )
    assert ("director", "Bryn Arnott") not in found
    assert ("director", "Tobiah Quennell") in found


def test_our_own_film_with_its_directors_possessive_stays() -> None:
    found = served_credits(
        facts(
            "Fernhollow had its world premiere at the Larchfield festival on Friday night.",
            "The opening gala was Fernhollow, the Welsh director Tobiah Quennell’s drama "
            "about two sisters.",
            title="Fernhollow opens Larchfield to a standing ovation",
        )
    )
    assert ("director", "Tobiah Quennell") in found
