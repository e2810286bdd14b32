"""A crowd's chant in marks ("fans chanted “Dace! Dace!”") is nobody's quote: held."""

from tests.extract.helpers import facts, served_quotes

_LEDE = "Ada Vale arrived at the Low Tide premiere on Thursday night."


def test_fans_chanting_a_name_is_held() -> None:
    found = facts(
        _LEDE,
        "Ada Vale is here. The crowd by the doors has been chanting “Rhona! Rhona!” for ten "
        "minutes. “I feel very spoiled,” she said.",
    )
    assert served_quotes(found) == [("I feel very ", "Ada Vale")]


def test_a_chanted_line_is_held() -> None:
    found = facts(
        _LEDE,
        "Vale waved as fans chanted ‘One more series!’ outside. “Ask the channel,” she laughed.",
    )
    assert served_quotes(found) == [("Ask the chan", "Ada Vale")]
