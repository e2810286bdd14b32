"""A bare credit line after a programme's presenters ("Presented by A and B. Produced by C.")
is the programme's staff, not the film's; a film's own details line keeps its producer
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Reel Chatter, episode 88: is the Marrowgate film worth the wait?"
_LEDE = "This week the hosts argue over the Marrowgate film and its long-rumoured date."


def _producers(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs, title=_TITLE).crew
    return {c.name for c in found if c.served and c.role.value == "producer"}


def test_a_producer_after_the_presenters_is_the_programmes() -> None:
    for line in (
        "Presented by Odile Fenwright and Rasmus Cole. Produced by Teodor Blask.",
        "Hosted by Odile Fenwright, produced by Teodor Blask.",
        "Hosted and edited by Odile Fenwright. Producer: Teodor Blask.",
    ):
        assert "Teodor Blask" not in _producers(line, "The film is out in May."), line


def test_a_producer_after_the_director_stays_the_films() -> None:
    line = "Directed by Odile Fenwright. Produced by Teodor Blask."
    assert "Teodor Blask" in _producers(line, "The Marrowgate film is out in May.")
