"""An earlier run's directors told of every season, or one after the other in the past, are that
run's, not the film's: "Every season of the show was directed by A or B", "The series was
directed by A and then B" (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Quillon Marsh: the film is coming in May"
_LEDE = "Quillon Marsh, the film that closes the Channel 4 teen series, arrives in cinemas in May."


def _directors(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs, title=_TITLE)
    return {c.name for c in found.crew if c.served and c.role.value == "director"}


def test_every_season_of_the_show_is_the_earlier_run() -> None:
    sentence = (
        "Every season of the show was directed by Holm Ferrisby or Anke Lowrie, but the film is"
        " Petra Valdane’s."
    )
    assert not _directors(sentence) & {"Holm Ferrisby", "Anke Lowrie"}


def test_holders_in_turn_are_the_earlier_run() -> None:
    sentence = "The series was directed by Holm Ferrisby and then Anke Lowrie."
    assert not _directors(sentence) & {"Holm Ferrisby", "Anke Lowrie"}


def test_a_plain_past_credit_stays() -> None:
    assert "Holm Ferrisby" in _directors("The film was directed by Holm Ferrisby.")
