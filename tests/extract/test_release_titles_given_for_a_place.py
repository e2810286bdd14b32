"""A name the work goes by in another country or region ("in Portugal, where it is shown under
the title X", "In Scandinavia, the film is called X") is that place's title, not the work's."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_HEAD = "Copper Bay arrives in Lisbon"


def _titles(*paragraphs: str) -> set[str]:
    return {
        str(r.title)
        for r in served_releases(*paragraphs, date="2026-03-10", title=_HEAD)
        if r.title
    }


def test_a_place_set_off_before_the_name_keeps_it_from_the_work() -> None:
    titles = _titles(
        "Copper Bay opened on Prime Video on 6 March, also in Portugal, where it is shown under"
        " the title “Baía de Cobre”.",
        "In Scandinavia, the series is called “Kobberbukten” and has its own dub.",
    )
    assert not any("Cobre" in t or "Kobber" in t for t in titles)


def test_a_title_told_without_a_place_is_still_the_works() -> None:
    titles = _titles(
        "The streamer confirmed on Monday that the series will be called Copper Bay.",
        "It arrives on 6 March.",
    )
    assert "Copper Bay" in titles
