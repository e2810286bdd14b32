"""A few words lifted into a standfirst's reported speech ("says the week was “the longest
seven days of my working life”") and the same speaker's whole quote in the body that holds them
are one quotation: the whole quote is served once, the lifted copy dropped. Words of another
speaker, or words the body does not repeat, stay."""

from __future__ import annotations

from tests.extract.helpers import served_quote_list

_LEDE = (
    "Shooting on Gullhaven has ended, with lead Petra Lindgren saying the final week was "
    "“the longest seven days of my working life”."
)


def test_a_lifted_fragment_is_served_once_as_the_whole_quote() -> None:
    served = served_quote_list(
        _LEDE,
        "Lindgren said: “Honestly, it was the longest seven days of my working life. "
        "I loved every minute.”",
    )
    texts = [text for text, _ in served]
    assert not any(text.startswith("the longest seven") for text in texts)
    assert any(text.startswith("Honestly, it was the longest") for text in texts)


def test_a_fragment_the_body_does_not_repeat_stays() -> None:
    served = served_quote_list(
        _LEDE,
        "Lindgren said: “I loved every minute, even the rain.”",
    )
    assert ("the longest seven days of my working life", "Petra Lindgren") in served
