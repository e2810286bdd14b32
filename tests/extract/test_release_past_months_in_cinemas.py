"""A bare month after a release told in the past with its cinemas ("the film that opened in a
handful of cinemas in November", written in January) is a month gone, not a window to come. On
invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay lands six award nominations"


def _windows(*paragraphs: str) -> set[str]:
    kinds = release_kinds(*paragraphs, date="2026-01-20", title=_TITLE)
    return {when for kind, when, _ in kinds if kind == "window"}


def test_opened_in_a_handful_of_cinemas_in_a_gone_month() -> None:
    assert "2026-11" not in _windows(
        "The small film that opened in a handful of cinemas in November is the story of the "
        "season: Copper Bay has six nominations."
    )


def test_debuted_in_selected_theatres_in_a_gone_month() -> None:
    assert "2026-10" not in _windows(
        "Copper Bay, which debuted in selected theatres in October, is up for best film."
    )


def test_premiered_in_named_cinemas_in_a_gone_month() -> None:
    assert "2026-09" not in _windows(
        "Copper Bay premiered in UK cinemas in September and is now up for six awards."
    )
