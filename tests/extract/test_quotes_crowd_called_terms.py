"""A crowd's stock phrase, past tense and headed by an article ("what analysts called a
“...”"), holds no one's remark; a named person's phrase stays theirs."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "The Larkspur Yard tops the chart"
_LEDE = "The Larkspur Yard was the most watched film of the week."


def _served(*paragraphs: str, title: str = _TITLE, lede: str = _LEDE) -> list[str]:
    return [text for text, _ in served_quotes(facts(lede, *paragraphs, title=title))]


def test_a_crowd_called_phrase_is_held() -> None:
    assert (
        _served(
            "Viewing was boosted by what analysts called a “slow burn” over the first weekend.",
        )
        == []
    )


def test_a_named_persons_called_phrase_stays_served() -> None:
    assert (
        _served(
            "The film is what Esmé Tarrant called “a long letter to my grandmother”, she said.",
            title="Esmé Tarrant on The Larkspur Yard",
            lede="Esmé Tarrant has spent a year making The Larkspur Yard.",
        )
        != []
    )
