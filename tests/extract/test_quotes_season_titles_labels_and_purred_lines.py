"""Words in marks that are no one's quote: another series' title after "seasons of", a label
someone is known by with an aside before "as", and a part's line an actor purrs in a trailer."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Lena Marsh joins the cast of Copper Bay as Dr Vale, a surgeon."
_REMARK = "“Dr Vale is the doctor I wanted at 20,” Marsh said. “She listens.”"
_REMARKS = [("Dr Vale is t", "Lena Marsh"), ("She listens.", "Lena Marsh")]


def test_a_title_after_seasons_of_is_no_quote() -> None:
    found = facts(
        _LEDE,
        _REMARK,
        "Marsh will be familiar to Portuguese viewers from two seasons of “Rio escuro”, in "
        "which she played a detective.",
    )
    assert served_quotes(found) == _REMARKS


def test_a_title_after_the_next_season_of_is_no_quote() -> None:
    found = facts(
        _LEDE,
        _REMARK,
        "Is this the start of a new career? Marsh is careful. She returns to set in Porto in "
        "May for the fourth season of “Rio escuro”, and says she is happy at home.",
    )
    assert served_quotes(found) == _REMARKS


def test_a_title_after_a_channel_s_series_of_is_no_quote() -> None:
    found = facts(
        _LEDE,
        _REMARK,
        "She spent three series of Canal Nove’s “Mar aberto” as a ferry captain.",
    )
    assert served_quotes(found) == _REMARKS


def test_a_label_known_with_an_aside_before_as_is_no_quote() -> None:
    found = facts(
        "Oren Bexley, 19, plays the stable hand Wil in Kestrel Moor.",
        "Does he mind being known, for now, as “the new lad from Moorside”? He laughs. "
        "“I’ll take it,” Bexley said.",
    )
    assert served_quotes(found) == [("I’ll take it", "Oren Bexley")]


def test_a_label_known_at_least_for_a_while_as_is_no_quote() -> None:
    found = facts(
        "Oren Bexley, 19, plays the stable hand Wil in Kestrel Moor.",
        "Bexley will be known, at least this summer, as “that lad off the telly” in his "
        "village. “It’s fine,” he said.",
    )
    assert served_quotes(found) == [("It’s fine", "Oren Bexley")]


def test_an_actor_purring_a_line_at_the_trailer_s_best_moment_is_the_work_s() -> None:
    found = facts(
        "Lumen dropped the first trailer for Saltgrass Reach on Monday.",
        "Belgian actor Maud Verhoeven, who plays the widowed Lady Isolde Penhallow, gets the "
        "trailer’s best moment, staring down the camera and purring, “Every tide turns. Mine "
        "simply turns faster.” We are already scared of her.",
    )
    assert served_quotes(found) == []


def test_an_actor_hissing_a_line_in_the_teaser_s_big_scene_is_the_work_s() -> None:
    found = facts(
        "Brightwell has dated its drama Copper Meadows for 3 March.",
        "Tomas Greel steals the teaser’s big scene, leaning over the table and hissing, “You "
        "were never one of us.”",
    )
    assert served_quotes(found) == []
