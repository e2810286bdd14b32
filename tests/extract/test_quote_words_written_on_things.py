"""Quotes on invented text: words marked on a thing, listed in a document or a clip's closing
words are no one's quote; a named person's words beside a marked thing stay theirs."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*lines: str) -> set[str]:
    found = facts(*lines, date="2026-05-11", title="Lantern Row: what we saw on set")
    return {q.text for q in found.quotes if q.served}


def test_words_marked_on_a_thing_are_not_served() -> None:
    for shape in ("a crate marked", "an old envelope stamped", "the folder labelled"):
        served = _served(
            "Filming on Lantern Row began in Hull last month.",
            f"Ada Vale's Dessa carries {shape} “KEEP – PIER HOUSE” across the yard.",
        )
        assert "KEEP – PIER HOUSE" not in served, shape


def test_an_item_a_document_lists_is_not_served() -> None:
    for shape in ("The call sheet lists", "The rota has"):
        served = _served(
            "Filming on Lantern Row began in Hull last month.",
            f"{shape} Ada Vale and Kai Moss for the first set-up, plus ‘Biscuit (cat) + owner’.",
        )
        assert "Biscuit (cat) + owner" not in served, shape


def test_what_a_clip_ends_with_is_not_served() -> None:
    for lead in ("It ends with", "The new teaser opens with"):
        served = _served(
            "The first trailer for Lantern Row is out, and it is mostly weather.",
            f"{lead} “Only on Vireo 4 June”, so it is not going to cinemas.",
        )
        assert "Only on Vireo 4 June" not in served, lead


def test_a_named_speakers_words_beside_a_marked_thing_stay_served() -> None:
    served = _served(
        "Filming on Lantern Row began in Hull last month.",
        "Ada Vale pointed at a crate marked in chalk. “We shot every scene twice,” she said.",
    )
    assert "We shot every scene twice," in served or "We shot every scene twice" in served
