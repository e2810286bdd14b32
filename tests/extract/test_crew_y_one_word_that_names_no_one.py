"""A one-word crew name that is a nationality or a lone initial names no one and is no credit;
a lone surname still is (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Marrowgate film gets a spring date"
_LEDE = "The Marrowgate film, which ends the drama, now arrives in May."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_a_nationality_after_the_director_is_no_name() -> None:
    for sentence in ("The director is Danish.", "Its director is Welsh, and it shows."):
        assert not _crew(sentence) & {"Danish", "Welsh"}, sentence


def test_a_lone_initial_is_no_name() -> None:
    found = _crew("(Tin Cove, for the record, was created by Petra Lune and K. J. Brannock.)")
    assert not any(len(name.rstrip(".")) == 1 for name in found), found


def test_a_lone_surname_is_still_a_credit() -> None:
    assert "Brannock" in _crew("Brannock, who wrote the screenplay, calls it a farewell.")
