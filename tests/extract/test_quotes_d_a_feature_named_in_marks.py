"""Quotes on invented text: a page's feature named in marks ("a “Meet the crew” thread") is its
name, no one's remark; a sentence quoted before a post's noun with a speaker stays a quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Welcome to the weekly update from the moderators of the Tallowmere community."


def test_a_features_name_in_marks_is_no_quote() -> None:
    for line in (
        "- Friday: “Rate the finale” thread for first reactions",
        "We are also starting a monthly “Spot the cameo” poll from next week.",
    ):
        found = facts(_LEDE, line)
        assert not served_quotes(found), served_quotes(found)


def test_a_remark_with_its_speaker_stays_a_quote() -> None:
    line = "“We read every post,” said Oskari Ferreira-Bloom, who runs the page."
    found = facts(_LEDE, line)
    assert ("We read ever", "Oskari Ferreira-Bloom") in served_quotes(found)
