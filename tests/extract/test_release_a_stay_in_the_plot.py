"""A person's stay in the plot ("his niece Tamsin (Ada Voss) arrives for the summer") is the
story's time, not the release's window. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-04-20", title="Tarn Hollow — Streamly, 9pm")
    return {str(r.window) for r in found.release if r.served and r.kind.value == "window"}


def test_a_stay_in_the_plot_is_no_window() -> None:
    assert not _windows(
        "Ned Harl (Bo Cray) runs a ferry, and his niece Tamsin (Ada Voss) arrives for the "
        "summer with plans of her own."
    )
    assert not _windows("In Tarn Hollow, Ida Moss (Lin Ray) comes home for the winter.")


def test_a_season_the_film_comes_out_in_stays() -> None:
    assert _windows("Tarn Hollow arrives on Streamly in the summer.") == {"2026-06/2026-08"}
