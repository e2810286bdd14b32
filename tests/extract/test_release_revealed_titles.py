"""A title revealed in one sentence and named at the start of the next, on invented text:
"Apple today unveiled the title of the Tidewater film. Tidewater: Out of the Dark will arrive
...". A title track, or another show's subtitled name, is no title of ours."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Apple dates the Tidewater film"


def _titles(*paragraphs: str) -> set[str]:
    served = served_releases(*paragraphs, date="2026-02-02", title=_TITLE)
    return {r.title or "" for r in served if r.kind.value == "title"}


def test_a_subtitled_name_after_a_title_reveal_is_the_title() -> None:
    titles = _titles(
        "Apple today unveiled the title and launch date of the Tidewater film. Tidewater: Out "
        "of the Dark will arrive on Apple TV+ on Friday 4 September 2026.",
    )
    assert "Tidewater: Out of the Dark" in titles


def test_a_subtitled_name_after_an_announced_official_title_is_the_title() -> None:
    titles = _titles(
        "The studio has announced the official title of the Tidewater film. Tidewater: Salt Lines "
        "arrives in cinemas this autumn.",
    )
    assert "Tidewater: Salt Lines" in titles


def test_a_title_track_reveal_names_no_title() -> None:
    titles = _titles(
        "The band revealed the title track for the Tidewater film. Tidewater: Night Songs will "
        "be out on vinyl in May.",
    )
    assert "Tidewater: Night Songs" not in titles


def test_another_works_subtitled_name_after_a_reveal_is_not_ours() -> None:
    titles = _titles(
        "Netflix also revealed the title of its next thriller. Harbour Lights: The Last Watch "
        "will launch in June.",
    )
    assert "Harbour Lights: The Last Watch" not in titles
