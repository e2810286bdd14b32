"""The holders a new director steps in for are the earlier run's, not the film's: "X, stepping in
for the series directors A and B, ..." (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Quillon Marsh: the film is coming in May"
_LEDE = "Quillon Marsh, the film that closes the Channel 4 teen series, arrives in cinemas in May."


def _directors(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs, title=_TITLE)
    return {c.name for c in found.crew if c.served and c.role.value == "director"}


def test_the_directors_stepped_in_for_are_not_the_films() -> None:
    for verb in ("stepping in for", "standing in for"):
        sentence = (
            f"Petra Valdane, {verb} the series directors Holm Ferrisby and Anke Lowrie, gives"
            " the film a colder look."
        )
        assert not _directors(sentence) & {"Holm Ferrisby", "Anke Lowrie"}, sentence


def test_a_plain_series_director_stays() -> None:
    directors = _directors("Series director Holm Ferrisby returns for the film.")
    assert "Holm Ferrisby" in directors
