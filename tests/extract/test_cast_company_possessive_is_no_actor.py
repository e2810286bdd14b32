"""A streamer's or studio's possessive before the show's name ("Lumen Video's Brackwater has
been ...") owns the work: a company is never an actor, and its show is no part."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_streamers_possessive_show_has_been_scare_quoted() -> None:
    found = facts(
        "Lumen Video has dropped the first teaser for its seafaring saga.",
        "Lumen Video’s Brackwater has been “the next big thing” for two years, and on Monday "
        "the streamer finally showed us some of it.",
        "Orla Penhaligon, who plays Captain Mira Holt, narrates the teaser.",
    )
    assert not any(actor == "Lumen Video" for actor, _ in pairs(found))
    assert ("Orla Penhaligon", "Captain Mira Holt") in served_pairs(found)


def test_studios_possessive_show_is_a_verb() -> None:
    found = facts(
        "The season's first look is here.",
        "Havlin Pictures' Saltmoor is back in the autumn, and Tom Reddaway returns as Gus Penn.",
    )
    assert not any(actor == "Havlin Pictures" for actor, _ in pairs(found))
    assert ("Tom Reddaway", "Gus Penn") in served_pairs(found)


def test_streaming_service_possessive_with_description() -> None:
    found = facts(
        "A first look at the autumn slate.",
        "Corvid Streaming's Ashdown, the fantasy epic, gets a date. Ada Morrow plays Nell Quint.",
    )
    assert not any(actor == "Corvid Streaming" for actor, _ in pairs(found))
    assert ("Ada Morrow", "Nell Quint") in served_pairs(found)
