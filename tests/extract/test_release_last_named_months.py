"""A shoot's month told as "last <month>" anywhere in a sentence ("the shoot, which wrapped
last August, ..."; "days before filming began last October because of ...") is the latest such
month before the one just gone (that one would be "last month"). On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay star Ruaidhri Venn on the long road to a lead"
_LEDE = "Ruaidhri Venn plays the ferryman in Copper Bay, which arrives on 19 June."


def test_a_wrap_last_month_named_in_a_relative_clause() -> None:
    kinds = release_kinds(
        _LEDE,
        "Venn said the shoot, which wrapped last August, was quieter than he had feared.",
        date="2026-03-18",
        title=_TITLE,
    )
    assert ("filming_wrapped", "2025-08", False) in kinds


def test_a_start_last_month_named_mid_sentence() -> None:
    kinds = release_kinds(
        _LEDE,
        "He took over the part from Oisin Dray, who left days before filming began last "
        "October because of a clash with a stage run.",
        date="2026-06-10",
        title=_TITLE,
    )
    assert ("filming_started", "2025-10", False) in kinds


def test_the_month_just_gone_named_last_is_last_years() -> None:
    kinds = release_kinds(
        _LEDE,
        "Filming began last April on a fishing boat off Donegal, and Venn was seasick for a week.",
        date="2026-05-20",
        title=_TITLE,
    )
    assert ("filming_started", "2025-04", False) in kinds
    assert not any(value == "2026-04" for _, value, _ in kinds)
