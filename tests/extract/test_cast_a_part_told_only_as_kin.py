"""A part told only as someone's kin ("Merrin Caddow is back as Talwyn's mum."): served as
written when the sentence states it; held in a trailing "with" aside or a bare list line; never
from a rumour, a denial, a work's title or a name after the kin noun (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "The first trailer for Brisk Hollow is here, and it looks lovely."


def _served(*lines: str) -> set[tuple[str, str]]:
    return served_pairs(facts(_LEDE, *lines, title="Brisk Hollow: the trailer"))


def _actors(*lines: str) -> set[str]:
    return {actor for actor, _ in _served(*lines)}


def test_back_as_someones_mum() -> None:
    assert ("Merrin Caddow", "Talwyn’s mum") in _served("Merrin Caddow is back as Talwyn’s mum.")


def test_who_plays_someones_brother() -> None:
    served = _served("The cast adore Oskar Quennick, who plays Zinnia's brother, on set.")
    assert ("Oskar Quennick", "Zinnia's brother") in served


def test_a_name_after_the_kin_noun_is_the_part() -> None:
    served = _served("Merrin Caddow is back as Talwyn’s mum, Zinnia.")
    assert ("Merrin Caddow", "Zinnia") in served
    assert ("Merrin Caddow", "Talwyn’s mum") not in served


def test_an_accented_name_after_the_kin_noun_is_the_part() -> None:
    served = _served("Merrin Caddow plays Talwyn’s wife, Ónagh.")
    assert ("Merrin Caddow", "Talwyn’s wife") not in served


def test_a_question_hope_rumour_or_denial_states_no_part() -> None:
    for line in (
        "Will Merrin Caddow be back as Talwyn’s mum?",
        "Merrin Caddow is expected to return as Talwyn’s mum.",
        "Merrin Caddow is best known as Talwyn’s mum.",
        "Early rumours had Merrin Caddow playing Talwyn’s father.",
        "Merrin Caddow is not playing Talwyn’s uncle.",
        "Merrin Caddow, who plays Talwyn’s mum, is also expected to return.",
    ):
        assert "Merrin Caddow" not in _actors(line), line


def test_a_work_ending_a_list_is_no_actor() -> None:
    line = "Caddow, whose credits include Pell Varrow, appeared last spring as Talwyn’s mother."
    assert "Pell Varrow" not in _actors(line)


def test_a_trailing_with_aside_or_a_list_line_is_held() -> None:
    for line in (
        "Two newcomers join the film, while Merrin Caddow returns as Talwyn’s mum.",
        "• Merrin Caddow as Talwyn's brother.",
    ):
        assert "Merrin Caddow" not in _actors(line), line


def test_a_described_kin_is_no_name() -> None:
    assert "Merrin Caddow" not in _actors("Merrin Caddow plays Talwyn’s fiercely loyal sister.")
