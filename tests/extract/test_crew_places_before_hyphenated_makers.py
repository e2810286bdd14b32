"""A nationality or place before a maker named by a hyphenated noun is never the credit: "the
score is by South African singer-songwriter X" credits X, not "South African"."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = "Ridgewell, a new crime series, opens on Sunday."


def test_two_word_nationality_before_singer_songwriter() -> None:
    found = served_crew(_LEDE, "The score is by South African singer-songwriter Lena Marsh.")
    assert ("composer", "South African") not in found
    assert ("composer", "Lena Marsh") in found


def test_nationality_before_multi_instrumentalist() -> None:
    found = served_crew(
        _LEDE, "The music is by Welsh multi-instrumentalist Owain Tull, in his first screen job."
    )
    assert ("composer", "Welsh") not in found
    assert ("composer", "Owain Tull") in found


def test_place_and_adjective_before_hyphenated_maker() -> None:
    found = served_crew(_LEDE, "The score is by New Zealand folk singer-songwriter Mere Havili.")
    assert ("composer", "New Zealand") not in found
    assert ("composer", "Mere Havili") in found
