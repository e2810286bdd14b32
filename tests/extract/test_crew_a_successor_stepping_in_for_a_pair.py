"""A new director told by whom they step in for or take over from is the film's director, the
earlier holders no one's: "X, stepping in for the series directors A and B, ...", "X, who shot
T, takes over from A and B, who helmed the three seasons" (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Quillon Marsh: the film is coming in May"
_LEDE = "Quillon Marsh, the film that closes the Channel 4 teen series, arrives in cinemas in May."


def _directors(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs, title=_TITLE)
    return {c.name for c in found.crew if c.served and c.role.value == "director"}


def test_a_successor_told_by_a_participle_is_the_director() -> None:
    for verb in ("stepping in for the", "taking over from"):
        sentence = (
            f"Petra Valdane, {verb} series directors Holm Ferrisby and Anke Lowrie, gives the"
            " film a colder look."
        )
        assert _directors(sentence) == {"Petra Valdane"}, sentence


def test_a_successor_of_a_pair_who_helmed_the_seasons_is_the_director() -> None:
    sentence = (
        "Petra Valdane, who co-directed Tessaly Brook, takes over from Holm Ferrisby and Anke"
        " Lowrie, who helmed the three seasons."
    )
    assert _directors(sentence) == {"Petra Valdane"}


def test_an_asides_last_name_before_takes_over_is_no_successor() -> None:
    sentence = (
        "Petra Valdane, best known for Tessaly Brook with Ivo Starkwell, takes over from series"
        " directors Holm Ferrisby and Anke Lowrie."
    )
    assert "Ivo Starkwell" not in _directors(sentence)
