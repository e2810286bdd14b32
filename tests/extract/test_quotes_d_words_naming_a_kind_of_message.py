"""Words in marks between a quantifier and a kind of message ("every “is it out yet” post"):
they stand for many messages, never one speaker's words."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "Gannet Row returns in May"
_LEDE = "Channel 4 confirmed on Monday that Gannet Row returns for a third series in May."


def test_every_post_asking_the_words_is_no_quote() -> None:
    found = facts(
        _TITLE,
        _LEDE,
        "Channel 4 said the date was final, so every “is there a trailer yet” thread will be"
        " locked from today.",
    )
    assert not any(text.startswith("is there") for text, _ in served_quotes(found))


def test_a_producers_words_after_a_quantifier_stay_hers() -> None:
    found = facts(
        _TITLE,
        _LEDE,
        "Producer Ada Vale said there would be no “tidy endings” this time.",
    )
    assert any(text.startswith("tidy endings") for text, _ in served_quotes(found))
