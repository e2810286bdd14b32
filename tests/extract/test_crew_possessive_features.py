"""A maker's possessive on the article's own feature ("X’s first feature, Title, opens ...",
"Title, X’s debut feature, ...") credits X as its director; another title's maker is not ours
(invented sentences and names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "‘The shore keeps everything’: Orla Penhale on Brindlecove"
_LEDE = "Orla Penhale talks first-time actors and the long road to Brindlecove."


def test_the_possessive_first_credits_the_director() -> None:
    found = served_crew(
        _LEDE,
        "Orla Penhale’s first feature, Brindlecove, opens in cinemas on 14 November.",
        title=_TITLE,
    )
    assert ("director", "Orla Penhale") in found


def test_the_title_first_credits_the_director() -> None:
    found = served_crew(
        _LEDE,
        "Brindlecove, Orla Penhale’s debut feature, opens in cinemas on 14 November.",
        title=_TITLE,
    )
    assert ("director", "Orla Penhale") in found


def test_another_titles_maker_is_no_credit() -> None:
    found = served_crew(
        _LEDE,
        "Pell Ardagh’s first feature, Gullsway, opened in cinemas last year.",
        title=_TITLE,
    )
    assert ("director", "Pell Ardagh") not in found
