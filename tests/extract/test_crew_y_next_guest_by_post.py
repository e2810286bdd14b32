"""A show's or podcast's next guest told by their post ("Episode 12 features award-winning writer
X", "next week's episode welcomes producer X") is a guest, not the article's crew; an episode
showing off its own director's work ("features director X's longest take") is no guest, and a
credit elsewhere in the sentence stays (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Larkhollow: the cast on saying goodbye"
_LEDE = "This week's Green Room episode sits down with the cast of Larkhollow."


def _crew(sentence: str) -> set[tuple[str, str]]:
    return {(c.name, c.role.value) for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_a_next_guest_told_by_post_is_no_credit() -> None:
    for sentence in (
        "Episode 58 features Emmy-winning writer Greta Vance.",
        "Next week's episode welcomes producer Greta Vance.",
        "The podcast's next episode is with director Greta Vance.",
    ):
        assert not any(name == "Greta Vance" for name, _ in _crew(sentence)), sentence


def test_the_works_own_credit_stays() -> None:
    crew = _crew("Larkhollow, directed by Greta Vance, ends on Sunday.")
    assert ("Greta Vance", "director") in crew
    crew = _crew("Larkhollow, written by Greta Vance, features producer Tom Hale in a cameo.")
    assert ("Greta Vance", "writer") in crew


def test_a_capitalised_event_with_the_works_writer_keeps_the_credit() -> None:
    crew = {
        (c.name, c.role.value)
        for c in facts(
            "Larkhollow screened to a full house at the festival on Sunday night.",
            "The screening was followed by a Screen Talk with writer Greta Vance and the cast.",
            title="Larkhollow wins over the festival",
        ).crew
        if c.served
    }
    assert ("Greta Vance", "writer") in crew
