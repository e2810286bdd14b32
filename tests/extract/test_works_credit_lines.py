"""A list's column of works: a credit line's last words after a dash."""

from __future__ import annotations

from bot.extract.works import line_work
from tests.extract.helpers import facts, served_pairs


def test_a_dash_then_a_work_names_the_work() -> None:
    assert line_work("Ada Vell as Mira Holt – Saltmarrow") == "Saltmarrow"


def test_who_a_part_is_names_no_work() -> None:
    assert line_work("Ada Vell – Mira Holt, Ada's older sister") == ""


def test_a_sentence_with_a_dash_and_a_possessive_is_read_in_one_pass() -> None:
    """A long lowercase run after "X's" that does not end the line: before, the pattern tried
    every way to split it into words, and extraction never finished."""
    found = facts(
        "THEY trade barbs on screen – but off it, Sky’s newest golden couple can’t get enough "
        "of each other.",
        "Ada Vell plays Mira Holt in Saltmarrow, which starts on Sky in June.",
        title="Saltmarrow stars inseparable",
    )
    assert ("Ada Vell", "Mira Holt") in served_pairs(found)
