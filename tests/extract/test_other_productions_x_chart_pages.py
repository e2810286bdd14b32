"""A box-office report may put another film on top and tell the story of the week elsewhere:
its headline says whose fans the week belonged to ("Grey Marsh holds on as Copper Bay fans
pack cinemas"). The paragraph placing the chart's leader ("Grey Marsh: Part Two remained number
one ... Directed by A and starring B as C, the sequel ...") is the leader's, and a look ahead at
another opening ("Next weekend sees the release of the thriller X on 1 May") dates X."""

from __future__ import annotations

from tests.extract.helpers import facts, release_kinds, served_credits, served_pairs

_HEADLINE = "UK box office: Grey Marsh holds on as Copper Bay fans pack one-night screenings"
_LEDE = "A ghost sequel kept the top spot at the box office, but a streaming film stole the week."
_LEADER = (
    "Grey Marsh: Part Two remained the UK's number one film this weekend, taking £1.9m. "
    "Directed by Ottoline Brisk and starring Ewan Tallis as the ferryman Crane, the sequel has "
    "now grossed £8m since opening on 6 March."
)
_OURS = (
    "Copper Bay, which arrives on Vela on Friday 24 April, played 90 cinemas for one night. "
    "Directed by Rhian Moss, Copper Bay stars Tovah Lark as Wren."
)
_CHART = (
    "Top three",
    "1. Grey Marsh: Part Two – £1.9m",
    "2. Hatchlings – £1.1m",
    "3. Fell – £0.6m",
)


def _page(*tail: str, title: str = _HEADLINE) -> list[str]:
    return [_LEDE, _LEADER, _OURS, *_CHART, *tail]


def test_the_chart_leaders_paragraph_is_the_leaders() -> None:
    found = facts(*_page(), date="2026-04-20", title=_HEADLINE)
    assert ("Ewan Tallis", "Crane") not in served_pairs(found)
    assert ("director", "Ottoline Brisk") not in served_credits(found)
    assert ("Tovah Lark", "Wren") in served_pairs(found)
    assert ("director", "Rhian Moss") in served_credits(found)


def test_a_nations_fans_tell_no_work() -> None:
    title = "UK box office: Grey Marsh holds on as Welsh fans pack one-night screenings"
    found = facts(*_page(), date="2026-04-20", title=title)
    assert ("director", "Ottoline Brisk") in served_credits(found)


def test_a_look_ahead_at_another_opening_dates_that_film() -> None:
    kinds = release_kinds(
        *_page(
            "Next weekend sees the release of the thriller Lowtide, from Sefton Dray, on 1 May."
        ),
        date="2026-04-20",
        title=_HEADLINE,
    )
    assert ("premiere_date", "2026-05-01", False) not in kinds
    assert ("premiere_date", "2026-03-06", False) not in kinds
