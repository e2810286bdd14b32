"""A list item whose label is the date alone ("2) Premiere date. There isn't one yet.") tells no
date is announced, as "Release date? None yet." does; a sentence that only mentions the date
first is no label, on invented text."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "A few notes from the moderators about Tidewater"


def _kinds(*paragraphs: str, date: str = "2026-02-03") -> set[str]:
    return {r.kind.value for r in served_releases(*paragraphs, date=date, title=_TITLE)}


def test_a_numbered_label_then_there_is_none_is_no_date_yet() -> None:
    kinds = _kinds(
        "1) Spoilers. Tag them, please.",
        "2) Premiere date. There isn't one yet. Please stop asking the mods about it.",
    )
    assert "not_announced" in kinds


def test_a_lettered_label_then_none_so_far_is_no_date_yet() -> None:
    kinds = _kinds("b. Release date. None so far, whatever TikTok says.")
    assert "not_announced" in kinds


def test_a_sentence_about_the_date_is_no_label() -> None:
    kinds = _kinds("We asked the studio about the release date. There isn't one we can share.")
    assert "not_announced" not in kinds
