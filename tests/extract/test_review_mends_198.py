"""Round 199's review of round 198's rules: each mend tells apart what the rule ran together."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_SERIES_TITLE = "Quillmere series two: everything we know"
_SERIES_LEDE = "Quillmere returns to BBC Two in the spring."


def test_back_comma_as_a_name_that_closes_the_sentence_is_the_part() -> None:
    found = facts(
        _SERIES_LEDE, "Tobias Wrenfield is back too, as Odile Marchbank.", title=_SERIES_TITLE
    )
    assert ("Tobias Wrenfield", "Odile Marchbank") in served_pairs(found)


def test_back_comma_as_a_name_then_a_saying_verb_is_who_foretold_it() -> None:
    for said in ("had hinted", "said last month", "teased in March", "wrote on X", "put it"):
        found = facts(
            _SERIES_LEDE,
            f"Tobias Wrenfield is back, as Odile Marchbank {said}.",
            title=_SERIES_TITLE,
        )
        assert not {pair for pair in served_pairs(found) if pair[0] == "Tobias Wrenfield"}, said
