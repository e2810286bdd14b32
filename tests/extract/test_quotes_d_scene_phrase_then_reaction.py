"""A comment's verbless "A saying “...”", then a dash and the commenter's reaction, is a scene."""

from __future__ import annotations

from tests.extract.helpers import facts

_OPEN = "Lantern Bay, a new comedy, stars Mara Quill as Wren and Joss Ebury as Orvo."


def _quotes(*paragraphs: str) -> dict[str, bool]:
    return {q.text: q.served for q in facts(_OPEN, *paragraphs).quotes}


def test_a_scene_phrase_then_a_dashed_reaction_is_held() -> None:
    found = _quotes(
        "Top comments",
        "Mara Quill saying “you stay right here, you hear me” — I was a wreck for an hour.",
    )
    assert found.get("you stay right here, you hear me") is not True


def test_a_sentence_with_its_own_verb_after_the_dash_keeps_its_words() -> None:
    found = _quotes(
        "At the panel, Mara Quill said: “We shot the pier scenes in February” — and the crowd "
        "cheered.",
    )
    assert found.get("We shot the pier scenes in February") is True
