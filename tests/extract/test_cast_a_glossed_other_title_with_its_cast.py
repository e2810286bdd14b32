"""Another work glossed first and named after ("The closing-night film, Tin Lane, with X as Y")
casts that work, not the article's; the article's own title told the same way keeps its
casting (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Festival diary: Copperfold opens the week"
_LEDE = "Copperfold, the new drama from Ilse Marrow, opened the festival on Friday."


def _parts(sentence: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, sentence, title=_TITLE).cast if c.served}


def test_a_glossed_other_works_cast_is_no_casting() -> None:
    for sentence in (
        "The closing-night film, Tin Lane, with Perry Oduya as Walt, split the room.",
        "A rival comedy, The Salt Cellar, with Perry Oduya as Walt and Dee Harrow as Mags, drew"
        " the bigger crowd.",
    ):
        parts = _parts(sentence)
        assert ("Perry Oduya", "Walt") not in parts, sentence
        assert ("Dee Harrow", "Mags") not in parts, sentence


def test_our_own_glossed_title_keeps_the_casting() -> None:
    sentence = "The opening film, Copperfold, with Perry Oduya as Walt, drew a standing ovation."
    assert ("Perry Oduya", "Walt") in _parts(sentence)
