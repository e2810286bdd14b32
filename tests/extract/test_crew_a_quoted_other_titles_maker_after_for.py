"""A quoted title someone worked on, glossed, then "for director X" later in its clause ("“Salt
Weir”, the 2021 drama she shot for director X", "“Salt Weir” (2019), in which she played Mira for
director X", "a feature, "Salt Weir", for director X") credits Salt Weir's maker, not ours; the
article's own title keeps the credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Exclusive: Ida Brannock to shoot Larkhollow"
_LEDE = "Ida Brannock is the cinematographer on Larkhollow, the Sky thriller led by Mina Farrow."


def _crew(sentence: str, title: str = _TITLE, lede: str = _LEDE) -> set[str]:
    return {c.name for c in facts(lede, sentence, title=title).crew if c.served}


def test_a_quoted_other_titles_maker_is_no_credit() -> None:
    for sentence in (
        "Farrow hired her after seeing “Copper Sound”, the 2022 Danish drama she shot for"
        " director Greta Vance.",
        'Brannock shot the small feature "Tin Harbour" (2020) for director Greta Vance, which'
        " is how Farrow found her.",
        'She is now in Norfolk prepping a feature, "The Quiet Weir", for director Greta Vance.',
    ):
        assert "Greta Vance" not in _crew(sentence), sentence


def test_a_dated_title_with_a_past_part_when_ours_is_unnamed() -> None:
    title = "Awards watch: the actors in the race this winter"
    lede = "Mina Farrow is tipped for a nomination this winter."
    sentence = (
        'Farrow has form: she won a prize for "Copper Sound" (2017), in which she played a'
        " ferry pilot for director Greta Vance."
    )
    assert "Greta Vance" not in _crew(sentence, title, lede)


def test_the_articles_own_title_keeps_the_credit() -> None:
    sentence = "Brannock shot “Larkhollow”, the new Sky thriller, for director Greta Vance."
    assert "Greta Vance" in _crew(sentence)
