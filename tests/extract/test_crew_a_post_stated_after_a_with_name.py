"""A name added on with "with X as producer" after an executive producer's verb is a producer
only ("A executive produces, with X as producer"); "with X as executive producer" stays an
executive producer's credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Skerrow Sound: BBC orders island drama"
_LEDE = "The BBC has ordered Skerrow Sound, a six-part island drama."


def _crew(sentence: str) -> set[tuple[str, str]]:
    return {(c.role.value, c.name) for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_with_x_as_producer_is_no_executive_producer() -> None:
    for sentence in (
        "Nell Garvie executive produces, with Piers Lomond as producer.",
        "Nell Garvie and Ros Tait executive produce for Kelpie Films, with Piers Lomond as"
        " producer.",
    ):
        found = _crew(sentence)
        assert ("producer", "Piers Lomond") in found, sentence
        assert ("executive_producer", "Piers Lomond") not in found, sentence
        assert ("executive_producer", "Nell Garvie") in found, sentence


def test_with_x_as_executive_producer_keeps_the_post() -> None:
    found = _crew("Nell Garvie produces, with Piers Lomond as executive producer.")
    assert ("executive_producer", "Piers Lomond") in found
