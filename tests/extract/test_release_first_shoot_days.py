"""The day a shoot began, named as "the first day of" the shoot after the day, on invented
text. A person's own first day on set is not the production's start."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Filming begins on Harbour Lights"


def _kinds(*paragraphs: str) -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date="2026-03-03", title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def test_the_day_named_as_the_first_of_the_shoot_is_its_start() -> None:
    assert _kinds(
        "Cast and crew gathered at a church in Whitby on Monday for the first day of a shoot "
        "expected to last ten weeks."
    ) == {("filming_started", "2026-03-02")}
    assert _kinds(
        "The cast assembled at a lighthouse on Monday, the first day of principal photography."
    ) == {("filming_started", "2026-03-02")}


def test_a_persons_own_first_day_is_not_the_shoots() -> None:
    assert _kinds("Nia Obi joined the company on Monday for her first day of filming.") == set()
