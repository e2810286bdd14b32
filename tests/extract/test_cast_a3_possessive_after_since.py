"""A possessive after "since" that ends its phrase ("no first film has landed this well since Jo
Brandt's Pella, and ...") names an earlier work, no part; with a verb on ("since Jo Brandt's
Pella was washed up") it is a part in the story (invented articles)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, pairs

_LEDE = "Hollin Vass’s coastal drama Tern Bay is a tender portrait of a fishing town."
_PART = "There is a moment in Tern Bay when Mira Holt (Ada Vell) stands on the pier."


@pytest.mark.parametrize(
    "said",
    [
        "Few debuts have landed this well since Jo Brandt’s Pella, and the ending is a marvel.",
        "No first film has moved me this much since Jo Brandt’s Pella; the ending is a marvel.",
    ],
)
def test_a_possessive_ending_a_since_phrase_is_a_work(said: str) -> None:
    found = pairs(facts(_LEDE, _PART, said))
    assert ("Ada Vell", "Mira Holt") in found
    assert not any(actor == "Jo Brandt" for actor, _ in found)


def test_a_possessive_after_since_with_a_verb_is_a_part() -> None:
    found = pairs(
        facts(
            _LEDE, _PART, "Nothing has been calm in Tern Bay since Jo Brandt’s Pella was washed up."
        )
    )
    assert ("Jo Brandt", "Pella") in found
