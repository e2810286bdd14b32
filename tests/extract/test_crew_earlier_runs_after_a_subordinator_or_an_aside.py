"""The earlier runs' credit told after a subordinator or with an aside on the runs is theirs,
not the new film's (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts


def _directors(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, title="Ten things we learned from the Marrowby Lane trailer")
    return {c.name for c in found.crew if c.served and c.role == "director"}


def test_earlier_seasons_credited_after_a_subordinator() -> None:
    directors = _directors(
        "The first trailer for Marrowby Lane: The Film is out.",
        "Director Perdita Scarrow, who took over the film after earlier seasons were directed by"
        " Idris Moll and Pello Varga, said the script surprised her.",
    )
    assert "Idris Moll" not in directors
    assert "Pello Varga" not in directors
    assert "Perdita Scarrow" in directors


def test_the_runs_with_an_aside_before_their_credit() -> None:
    directors = _directors(
        "Director Perdita Scarrow lines up a shot for Marrowby Lane: The Film.",
        "The show's three seasons, the first of which arrived in May 2021, were directed by"
        " Idris Moll and Pello Varga; the film is Scarrow's first time in this world.",
    )
    assert not {"Idris Moll", "Pello Varga"} & directors


def test_the_film_itself_credited_after_a_subordinator_stays() -> None:
    directors = _directors(
        "The first trailer for Marrowby Lane: The Film is out.",
        "The trailer arrived after the film was directed by Perdita Scarrow over a wet summer.",
    )
    assert "Perdita Scarrow" in directors
