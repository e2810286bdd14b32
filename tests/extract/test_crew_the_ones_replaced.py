"""The crew a new holder replaces: "she replaces the show's rotating directors X and Y" and
"succeeding composer X" name who held the post before, not the work's crew now (invented
sentences and names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = (
    "Brackenfold returns for a feature-length finale, directed by Odile Farrant, with "
    "Imre Castellane writing."
)
_TITLE = "Brackenfold finale: everything we know"


def test_the_series_directors_a_new_director_replaces() -> None:
    found = served_crew(
        _LEDE,
        "Farrant, best known for Low Orchard (2017), replaces the series' rotating directors "
        "Bram Ellery and Ottilie Vantry, and gives the finale a warmer look.",
        title=_TITLE,
    )
    assert ("director", "Odile Farrant") in found
    assert ("director", "Bram Ellery") not in found
    assert ("director", "Ottilie Vantry") not in found


def test_the_composer_succeeded() -> None:
    found = served_crew(
        _LEDE,
        "The score is by Dario Kettle, succeeding composer Lisette Marr, who left last year.",
        title=_TITLE,
    )
    assert ("composer", "Lisette Marr") not in found


def test_a_director_named_after_the_verb_without_replacing_anyone_stays() -> None:
    found = served_crew(
        _LEDE,
        "The finale was directed by Odile Farrant, who replaces nothing of the show's tone.",
        title=_TITLE,
    )
    assert ("director", "Odile Farrant") in found
