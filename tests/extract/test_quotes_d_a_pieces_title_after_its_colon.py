"""A newsletter's own piece, then a colon and words in marks closing the line ("- This week's
episode: “...”"): the piece's title, held; a remark after such a colon that goes on to credit
a speaker stays a quote."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "The Friday Queue: what we watched this week"
_LEDE = "Tidewater, the coastal drama, returns to Channel 4 on Sunday with a second series."


def test_an_episode_title_after_its_colon_is_not_served() -> None:
    found = facts(
        _LEDE,
        "- Our podcast this week: “Can a coastal drama ever be too windy?”",
        title=_TITLE,
    )
    assert not any(q.served and q.text.startswith("Can a coastal") for q in found.quotes)


def test_a_remark_after_the_colon_credited_to_a_guest_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "Elin Parry joined our podcast this week: “I never want to see a wave machine again,”"
        " she told us.",
        title=_TITLE,
    )
    assert any(
        q.served and q.text.startswith("I never want to see") and q.speaker == "Elin Parry"
        for q in found.quotes
    )
