"""Words that open a sentence, named at once as heard in the trailer or teaser, are a line of
the work, held; words someone is credited with in a clip stay their quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Tamsin Reach landed on Palewick this week and the forum is busy."


def test_words_in_the_trailer_open_a_comment() -> None:
    found = facts(
        _LEDE,
        "u/quaylamp · 412 points",
        "“Nobody leaves this town twice” in the trailer did NOT prepare me for the finale.",
    )
    assert served_quotes(found) == []


def test_words_from_the_first_teaser_open_a_comment() -> None:
    found = facts(
        _LEDE,
        "u/netmender · 88 points",
        "“Keep the lamp lit” from the first teaser is my whole personality now.",
    )
    assert served_quotes(found) == []


def test_words_someone_said_in_a_clip_stay_a_quote() -> None:
    found = facts(
        _LEDE,
        "Margaret Brackwater said “thank you for watching, all of you” in a clip she posted on "
        "Sunday.",
    )
    assert len(served_quotes(found)) == 1
