"""A name someone gives a piece of music that says it is one ("a recurring figure, which she
calls “the lantern theme”") is its nickname, no one's remark; a description the same clause
gives ("which she calls “the hardest week of my working life”") stays her quote."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Composer Ines Varga has finished the Saltmarrow score."


def _served(paragraph: str) -> set[str]:
    return {q.text for q in facts(_LEDE, paragraph).quotes if q.served}


def test_a_music_name_given_by_which_she_calls_is_no_quote() -> None:
    served = _served(
        "Everything grows from one falling phrase on a harmonium, which Varga calls “the "
        "lantern theme”, and it returns in every episode."
    )
    assert "the lantern theme" not in served


def test_a_description_given_by_which_she_calls_stays_a_quote() -> None:
    words = "the hardest week of my working life"
    served = _served(f"She recorded it in a single week in Budapest, which Varga calls “{words}”.")
    assert words in served
