"""An unnamed poster whose relative clause names the account they post as ("One user, who posts
as @x, wrote: “...”") is that account; one replying to a handle is not that handle."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Corvale released the first trailer for Brackwater, starring Mina Ostrander, on Monday."


def test_who_posts_as_names_the_account() -> None:
    found = served_quotes(
        facts(
            _LEDE,
            "Not everyone was pleased. One viewer, who posts as @gullwing_reviews, wrote: "
            "“Three minutes and no lighthouse? Shameful.”",
        )
    )
    assert ("Three minute", "@gullwing_reviews") in found


def test_who_posts_on_a_site_as_names_the_account() -> None:
    found = served_quotes(
        facts(
            _LEDE,
            "Another fan, who posts on Threads as @fenhurst_fan, replied: “Best trailer of "
            "the year by a mile.”",
        )
    )
    assert ("Best trailer", "@fenhurst_fan") in found


def test_a_handle_the_poster_answers_is_not_the_poster() -> None:
    found = served_quotes(
        facts(
            _LEDE,
            "One viewer, replying to @gullwing_reviews, wrote: “Patience, the lighthouse is "
            "coming.”",
        )
    )
    assert ("Patience, th", "@gullwing_reviews") not in found
