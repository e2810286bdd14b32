"""A sign held up in a crowd "says" its words: lettering, not anyone's quote, whether "another"
stands for the sign or the sign is "held by" someone. A fan holding a sign who says something
is still quoted."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_quotes

_LEDE = "The drama Kestrel Reach premiered in Bryher Cove on Friday, and fans lined the promenade."


@pytest.mark.parametrize(
    "paragraph",
    [
        "Wenna Treloar and Pell Dunmore arrived together. One sign read “PIP AND ROO 4EVER”; "
        "another, held by a boy in a school blazer, simply said “Thank you Tamsin”.",
        "By the barrier a placard held by a girl in a yellow coat said “We waited three years”.",
    ],
)
def test_the_words_a_sign_says_are_not_served(paragraph: str) -> None:
    assert served_quotes(facts(_LEDE, paragraph)) == []


def test_a_fan_holding_a_sign_is_still_quoted() -> None:
    found = facts(
        _LEDE,
        "Wenna Treloar stopped by the barrier, holding a sign a fan had made, and said “This "
        "is the best night of my life”.",
    )
    assert served_quotes(found) == [("This is the ", "Wenna Treloar")]
