""" "as ... as" of time ("as recently as May", "as early as June"): the name after the second "as"
is a month, never a part, even where a month is also a first name; a comparison of quality ("is
just as good as Mira") still names the part."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_MONTHS = {"April", "May", "June", "August"}


def test_leaver_attached_as_recently_as_a_month() -> None:
    found = facts(
        "Pellow Row casting news.",
        "Ada Vale has been cast as Mira Holt. Lena Moss, pencilled in for the lead as recently "
        "as May, is now out, and Vale takes her place.",
    )
    assert not {part for _, part in pairs(found)} & _MONTHS
    assert ("Ada Vale", "Mira Holt") in pairs(found)


def test_plain_sentence_as_early_as_a_month() -> None:
    found = facts(
        "Pellow Row casting news.",
        "Bram Ottoway was attached to the part as early as June, sources say.",
    )
    assert not {part for _, part in pairs(found)} & _MONTHS


def test_who_clause_announced_as_late_as_a_month() -> None:
    found = facts(
        "Pellow Row casting news.",
        "Tessa Grill, who was announced as recently as April, has left the film.",
        "Ivo Marsh, who was still billed for it as late as August, has also gone.",
    )
    assert not {part for _, part in pairs(found)} & _MONTHS


def test_comparison_of_quality_still_names_the_part() -> None:
    found = facts(
        "Pellow Row review: a tender farewell.",
        "Ada Vale, fresh from a stage run, is just as good as Mira Holt, the ferry captain.",
    )
    assert ("Ada Vale", "Mira Holt") in pairs(found)
