"""One lowercase word in marks, then a comma and "he says" ("was “gruelling”, he says"): his word,
a fragment of what he said; a capitalised word there may be a title he names, and stays out."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Tomasz Ferreira-Lund talks about finishing Greyharbour, the BBC drama he leads."


def test_a_lowercase_word_before_a_comma_and_says_is_quoted() -> None:
    found = facts(
        _LEDE,
        "Tomasz Ferreira-Lund has played the harbour master for three series. The night shoot"
        ' in the estuary was "gruelling", he says.',
    )
    assert any(q.served and q.text == "gruelling" for q in found.quotes)


def test_a_capitalised_title_before_a_comma_and_says_is_not_quoted() -> None:
    found = facts(
        _LEDE,
        "Tomasz Ferreira-Lund has played the harbour master for three series. His next film"
        ' is called "Saltwick", he says.',
    )
    assert not any(q.served and q.text == "Saltwick" for q in found.quotes)
