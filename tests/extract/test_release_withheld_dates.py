"""A release date withheld in words of its own: someone "not drawn on" a release date or on
when the work will air, a date that "would follow in due course", a date "still a secret". A
speaker not drawn on other things, a secret that is no date, and a withheld date the next
sentence answers with a window stay as they were. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Ferngate, the coastal drama from Pellowick Pictures, has begun filming in Devon."
_NONE = ("not_announced", "", False)


def _kinds(*sentences: str) -> set[tuple[str, str, bool]]:
    return release_kinds(_LEDE, " ".join(sentences), date="2025-11-12", title="Ferngate rolls")


def test_not_drawn_on_a_date() -> None:
    assert _NONE in _kinds("A Pellowick spokeswoman would not be drawn on a release date.")
    assert _NONE in _kinds("Producer Tamsin Orrell won’t be drawn on dates.")
    assert _NONE in _kinds("Pellowick would not be drawn on when viewers will be able to see it.")


def test_a_date_to_follow_or_kept_secret() -> None:
    assert _NONE in _kinds("Pellowick said a premiere date would follow “in due course”.")
    assert _NONE in _kinds("The broadcast date is still a secret.")


def test_other_things_withheld_are_no_date() -> None:
    assert _NONE not in _kinds("Pellowick would not be drawn on plot details.")
    assert _NONE not in _kinds("Orrell would not be drawn on dates for the stage tour.")
    assert _NONE not in _kinds("The ending is still a secret.")
    assert _NONE not in _kinds("Pellowick said a release date would follow later today.")


def test_a_window_in_the_next_sentence_answers_it() -> None:
    kinds = _kinds(
        "The spokeswoman would not be drawn on a release date.",
        "The drama is expected to arrive on Kelpa some time in 2027.",
    )
    assert _NONE not in kinds
    assert ("window", "2027", True) in kinds
