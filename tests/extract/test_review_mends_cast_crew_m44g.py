"""Mends from review 44-C of cast and crew rules, on invented articles: a leaver who "won't be
back" is tried like one who "will not be back"; a current player's "is not returning to <a place>"
is no leaving; a speech verb's "they" is the team, not the speaker's own credit."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, held_pairs, served_credits, served_pairs, served_statuses

_LEDE = "Copper Bay is back."
_TITLE = "Copper Bay series three: everything we know"


def test_a_leaver_who_wont_be_back_is_no_current_player() -> None:
    found = facts(
        _LEDE,
        "Ada Vale, who had played Mira, won't be back; Tom Reed takes over the role of Mira.",
        title=_TITLE,
    )
    statuses = served_statuses(found)
    assert statuses.get(("Tom Reed", "Mira")) is CastStatus.CURRENT
    assert statuses.get(("Ada Vale", "Mira")) is not CastStatus.CURRENT


def test_not_returning_somewhere_else_is_no_leaving() -> None:
    for text in (
        "Ada Vale, who has played Mira since 2019, says the show is not returning to Leeds.",
        "Ada Vale, who has played Mira since 2019, is not returning to Twitter, she told fans.",
        "Ada Vale, who has played Mira since 2019, is not returning to the stage this year.",
        "Ada Vale, who has played Mira since 2019, says the show is not returning for a fourth "
        "series.",
    ):
        found = facts(_LEDE, text, title=_TITLE)
        assert served_statuses(found).get(("Ada Vale", "Mira")) is not CastStatus.FORMER, text


def test_not_returning_to_the_part_is_still_a_leaving() -> None:
    found = facts(
        _LEDE,
        "Ada Vale, who has played Mira since 2019, is not returning for the new series.",
        title=_TITLE,
    )
    assert served_statuses(found).get(("Ada Vale", "Mira")) is not CastStatus.CURRENT


def test_they_after_a_speech_verb_is_not_the_speakers_credit() -> None:
    found = facts(
        "Copper Bay gets a first look",
        "Ada Vale, who plays Mira, said they wrote the finale in a week.",
        title="Copper Bay: first look at Vela TV's new drama",
    )
    assert ("writer", "Ada Vale") not in served_credits(found)


def test_she_after_a_speech_verb_is_still_her_credit() -> None:
    found = facts(
        "Fans of Copper Bay have waited two years.",
        "Ada Vale said she wrote the script over six years.",
    )
    assert ("writer", "Ada Vale") in served_credits(found)


def test_unsure_of_something_else_keeps_the_casting() -> None:
    for text in (
        "Ada Vale, who plays Mira, has said she is not sure the show will be renewed.",
        "Ada Vale, who plays Mira, has said she is unsure how the finale will land.",
    ):
        found = facts(_LEDE, text, title=_TITLE)
        assert ("Ada Vale", "Mira") in served_pairs(found), text


def test_unsure_whether_the_part_appears_is_held_in_either_tense() -> None:
    for text in (
        "Asked about it, Ada Vale, who plays Mira, said she was “not sure” whether Mira appears.",
        "Ada Vale, who plays Mira, has said she is “not sure” whether Mira appears.",
    ):
        found = facts(_LEDE, text, title=_TITLE)
        assert ("Ada Vale", "Mira") not in served_pairs(found), text
        assert ("Ada Vale", "Mira") in held_pairs(found), text
