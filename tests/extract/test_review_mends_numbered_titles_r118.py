"""A title-case remark after an instalment's number stays a quote when someone says it."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_title_case_remark_someone_says_after_an_episode_number_is_a_quote() -> None:
    found = facts(
        "Ada Vale plays the lighthouse keeper in Saltmarrow.",
        "Vale is candid on Draft Night, episode 41, “I Never Wanted This” she says of the role.",
    )
    assert served_quotes(found) == [("I Never Want", "Ada Vale")]


def test_an_episode_title_is_still_no_quote() -> None:
    found = facts(
        "Ada Vale plays the lighthouse keeper in Saltmarrow.",
        "Listen: Draft Night, episode 41, “Ada Vale: Which Summer?”",
    )
    assert served_quotes(found) == []
