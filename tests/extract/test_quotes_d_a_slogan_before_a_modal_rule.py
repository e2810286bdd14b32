"""A few words in marks heading a plural noun and a modal ("“...” replies will be deleted"): the
rule names the things by what they say, so no one is quoted."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "The moderators of the Lanternfall forum set out the rules for finale night."


def test_a_slogan_before_a_modal_rule_is_not_served() -> None:
    found = facts(
        _LEDE,
        "Keep it civil. “Go outside” replies will be deleted without warning.",
    )
    assert not any(q.served and q.text == "Go outside" for q in found.quotes)


def test_words_said_then_a_plural_subject_stay_a_quote() -> None:
    found = facts(
        _LEDE,
        "“We will be watching the thread all night,” the moderators said on Friday.",
    )
    assert any(q.served and q.text.startswith("We will be watching") for q in found.quotes)
