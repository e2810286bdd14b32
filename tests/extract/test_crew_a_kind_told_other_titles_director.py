"""An unquoted title led by its kind of work ("horror sequel Tin Bell 2, directed by X", "the
short Pale Choir, directed by X") names that work's director, not the article's; our own title
so told keeps the credit, and so does a title followed by its kind (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Larkspur Row wins over the festival crowd"
_LEDE = "Larkspur Row, the new BBC drama, had its premiere on Friday night."


def _directors(sentence: str) -> set[str]:
    found = facts(_LEDE, sentence, title=_TITLE)
    return {c.name for c in found.crew if c.served and c.role.value == "director"}


def test_a_kind_led_other_titles_director_is_no_credit() -> None:
    for sentence in (
        "Top of the chart was horror sequel Tin Bell 2, directed by Odile Brantley, on £2m.",
        "The company earlier made the award-winning short Pale Choir, directed by Odile Brantley.",
    ):
        assert "Odile Brantley" not in _directors(sentence), sentence


def test_our_own_title_so_told_keeps_the_credit() -> None:
    for sentence in (
        "It is the new drama Larkspur Row, directed by Odile Brantley.",
        "Larkspur Row, a Cumbrian drama directed by Odile Brantley, opens in May.",
    ):
        assert "Odile Brantley" in _directors(sentence), sentence
