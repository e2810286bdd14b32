"""Words that open a sentence which rules them out as a plea ("“I only skimmed it” is not an
excuse"): a rule about what people say, no one's remark, held; words a named person gives as a
reason stay theirs."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Tidewater finale: read this before you post"
_LEDE = "The Tidewater finale airs on Channel 4 on Sunday, and the forum has new rules for it."


def test_words_ruled_out_as_an_excuse_are_not_served() -> None:
    found = facts(
        _LEDE,
        "3. “I thought everyone had seen it by now” is no excuse. Tag it or lose the post.",
        title=_TITLE,
    )
    assert not any(q.served and q.text.startswith("I thought everyone") for q in found.quotes)


def test_words_ruled_out_as_a_source_are_not_served() -> None:
    found = facts(
        _LEDE,
        "“My neighbour works on the crew” isn't a source. Links only, please.",
        title=_TITLE,
    )
    assert not any(q.served and q.text.startswith("My neighbour works") for q in found.quotes)


def test_a_reason_a_named_person_gives_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "Showrunner Elin Parry explained the late slot. “We wanted it after the watershed,” she"
        " said.",
        title=_TITLE,
    )
    assert any(
        q.served and q.text.startswith("We wanted it") and q.speaker == "Elin Parry"
        for q in found.quotes
    )
