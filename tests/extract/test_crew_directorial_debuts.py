"""A director told by their directorial debut (invented sentences, none of the corpus's
names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def _credits_in(sentence: str) -> set[tuple[str, str]]:
    return credits(facts("Salt Meadow wrapped in May.", sentence, title="Salt Meadow wraps"))


def test_the_film_marks_the_directorial_debut_of() -> None:
    found = _credits_in("The film marks the directorial debut of Maud Keskin.")
    assert ("director", "Maud Keskin") in found


def test_making_her_directorial_debut_in_apposition() -> None:
    found = _credits_in("Tove Lindahl, making her directorial debut, shot in Fife.")
    assert ("director", "Tove Lindahl") in found


def test_our_title_then_the_directorial_debut() -> None:
    found = _credits_in("Salt Meadow, Maud Keskin's directorial debut, opens in June.")
    assert ("director", "Maud Keskin") in found


def test_a_debut_with_another_title_or_in_the_past_is_no_credit() -> None:
    found = _credits_in("Maud Keskin made her directorial debut with Dry Creek in 2019.")
    found |= _credits_in("Tove Lindahl makes her directorial debut with Dry Creek next year.")
    found |= _credits_in("Dry Creek, Ivo Rask's directorial debut, won in Berlin.")
    assert not {c for c in found if c[0] == "director"}
