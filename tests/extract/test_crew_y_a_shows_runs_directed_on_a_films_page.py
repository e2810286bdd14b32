"""A film made from a show looks back at the show's runs: "with episodes directed by A and B",
"the show's first season, directed by A, ...". On the film's page those are the show's
directors, not the film's; the film's own director still stands (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Marlow Reach: the film that ends the show gets its director"
_FILM = "The film, directed by Idris Pennock, closes the story of the Marlow Reach lifeboat crew."


def _directors(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, title=_TITLE)
    return {c.name for c in found.crew if c.served and c.role.value == "director"}


def test_the_shows_runs_directors_are_not_the_films() -> None:
    for sentence in (
        "The show ran for two seasons on Vela, with episodes directed by Sela Marrick and"
        " Tobin Haskett.",
        "The show's first season, directed by Sela Marrick, won a regional prize in 2023.",
        "The first series aired in 2022: six short episodes, directed by Sela Marrick, that"
        " made the village famous.",
    ):
        found = _directors(_FILM, sentence, "The film arrives on Vela in June.")
        assert "Idris Pennock" in found, sentence
        assert not found & {"Sela Marrick", "Tobin Haskett"}, sentence


def test_a_runs_director_who_also_directs_the_film_stands() -> None:
    sentence = (
        "The first season, directed by Sela Marrick, who also directs the film, aired in 2022."
    )
    found = _directors(
        "The film closes the story of the lifeboat crew.", sentence, "The film is due in June."
    )
    assert "Sela Marrick" in found


def test_a_new_seasons_director_on_a_shows_page_stands() -> None:
    found = facts(
        "Marlow Reach returns to Vela in June.",
        "The second season, directed by Sela Marrick, has eight episodes.",
        title="Marlow Reach season two gets a date",
    )
    assert "Sela Marrick" in {c.name for c in found.crew if c.served and c.role.value == "director"}
