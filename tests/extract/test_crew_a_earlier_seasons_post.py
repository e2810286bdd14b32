"""A crew post of the earlier seasons, named in an article about the film made from the series
("the earlier seasons' director X", "took over for the last chapter from series directors A and
B"), credits nobody on the film; the film's own director keeps the credit, and a plain
"series director X" with no earlier time stays ours (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Larkspur Row: the film is coming in May"
_LEDE = "Larkspur Row, the film that closes the Channel 4 teen series, arrives in cinemas in May."


def _directors(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs, title=_TITLE)
    return {c.name for c in found.crew if c.served and c.role.value == "director"}


def test_the_earlier_seasons_director_is_not_the_films() -> None:
    for sentence in (
        "Director Petra Valdane impressed the room, though one critic wondered what the earlier"
        " seasons’ director Holm Ferrisby would have made of the script.",
        "Director Petra Valdane won praise; the first two series' director Holm Ferrisby was at"
        " the screening too.",
    ):
        directors = _directors(sentence)
        assert "Holm Ferrisby" not in directors, sentence
        assert "Petra Valdane" in directors, sentence


def test_the_directors_handed_over_from_are_not_the_films() -> None:
    sentence = (
        "Director Petra Valdane, who took over for the last chapter from series directors Holm"
        " Ferrisby and Anke Lowrie, spoke to us in Leeds."
    )
    directors = _directors(sentence)
    assert not directors & {"Holm Ferrisby", "Anke Lowrie"}
    assert "Petra Valdane" in directors


def test_a_plain_series_director_stays_ours() -> None:
    sentence = "Series director Holm Ferrisby returns to direct the film, which shoots in Leeds."
    assert "Holm Ferrisby" in _directors(sentence)
