"""A time whose clause has its subject before an aside ("X’s second series, which Y is also
scoring, is due in the autumn"), on invented text: another work's season there keeps the time
from being ours; our own work before the aside keeps it."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Quillmarsh gets a first look"


def _kinds(*paragraphs: str, date: str = "2026-03-02") -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date=date, title=_TITLE)
    return {(r.kind.value, str(r.window or r.date)) for r in served}


def test_another_works_season_before_an_aside_takes_its_window() -> None:
    kinds = _kinds(
        "Ada Vell has scored Quillmarsh, which is released on 17 April. Tillerby’s second "
        "series, which Vell is also scoring, is due on Prime Video in the autumn."
    )
    assert ("premiere_date", "2026-04-17") in kinds
    assert not any(kind == "window" for kind, _ in kinds)


def test_our_own_work_before_an_aside_keeps_its_window() -> None:
    kinds = _kinds("Quillmarsh, which Ada Vell is scoring, is due on Prime Video in the autumn.")
    assert ("window", "2026-09/2026-11") in kinds


def test_a_season_also_worked_on_is_another_works_though_the_headline_names_it() -> None:
    served = served_releases(
        "Ada Vell has scored Quillmarsh, the Netflix film, which is released on 17 April.",
        "Tillerby’s second series, which Vell is also scoring, is due on ITV in the autumn.",
        date="2026-03-02",
        title="From Tillerby to Quillmarsh: the composer who writes for heartbreak",
    )
    kinds = {(r.kind.value, str(r.window or r.date)) for r in served}
    assert not any(kind == "window" for kind, _ in kinds)


def test_a_bare_numbered_series_before_an_aside_stays_ours() -> None:
    kinds = _kinds("Series two, which was filmed in Hull last winter, is due on ITV this autumn.")
    assert ("window", "2026-09/2026-11") in kinds
