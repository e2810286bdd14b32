"""Bracketed pairs after "led by" or "headed by" are a cast's leads and their parts ("an
ensemble led by X (Part) and Y (Part)"), not a credit with an earlier work in brackets; a
bracket after "written by" still names the writer's other work, no casting (invented
articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Exclusive: Ferrow Bay adds three to its cast"
_LEDE = "Ferrow Bay, the BBC coastal drama, begins filming in Devon in June."
_KNOWN = "Actors Pella Grant and Tomas Hale were both at the read-through in Leeds."


def test_the_leads_after_led_by_are_castings() -> None:
    for sentence in (
        "Newcomers Ivo Brandt and Sela Morrow join a returning ensemble led by Pella Grant"
        " (Nora Vance) and Tomas Hale (Evan Reed).",
        "The cast, headed by Pella Grant (Nora Vance) and Tomas Hale (Evan Reed), begins"
        " filming in June.",
    ):
        found = served_pairs(facts(_LEDE, _KNOWN, sentence, title=_TITLE))
        assert {("Pella Grant", "Nora Vance"), ("Tomas Hale", "Evan Reed")} <= found, sentence


def test_a_bracket_after_written_by_is_still_no_casting() -> None:
    sentence = "The series is written by Pella Grant (Saltmarsh) and stars Tomas Hale."
    found = served_pairs(facts(_LEDE, sentence, title=_TITLE))
    assert not {a for a, _ in found} & {"Pella Grant", "Saltmarsh"}
