"""A person's own debut ("made his screen debut this year in ...") dates the person's career, not
the release of the article's production."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(*paragraphs: str) -> list[str | None]:
    found = facts(*paragraphs, date="2025-07-22")
    return [r.window for r in found.release if r.kind.value == "window"]


def test_a_persons_debut_is_not_a_window() -> None:
    for sentence in (
        "Okafor, a drama school graduate, made his screen debut this year in the BBC's Marsh "
        "Light as a young poacher.",
        "The newcomer made her television debut last year in a Sky crime series.",
        "Brandt, who made their stage debut in 2023 at the Almeida, joins the ensemble.",
        "She made her acting debut earlier this year on a soap.",
    ):
        assert _windows(sentence) == [], sentence


def test_the_productions_debut_still_dates_a_release() -> None:
    assert _windows("The film will make its debut on Netflix in 2026.") == ["2026"]
    assert _windows("The film is eyeing a 2026 debut on the service.") == ["2026"]


def test_a_debut_still_to_come_in_the_productions_own_year_is_read() -> None:
    for sentence in (
        "Halloran's feature will be his directorial debut in 2026.",
        "The drama, her directing debut, arrives in 2026.",
        "It is set to be their feature debut in 2026, the studio said.",
    ):
        assert _windows("Tidewater is a coming-of-age film.", sentence) == ["2026"], sentence


def test_a_debut_told_as_having_come_is_not_a_window() -> None:
    assert _windows("Her television debut came in 2023, in a Sky crime series.") == []
