"""A film said to have been out since a date written in full ("has been streaming on Netflix
since Friday 17 April") came out that day; a home release or a shoot since a date does not."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: the eye behind the camera"


def test_out_since_a_written_date_is_the_release() -> None:
    for sentence in (
        "Copper Bay has been streaming on Netflix since Friday 17 April.",
        "Copper Bay, written by Ada Vale, has been streaming on Lumen since Friday 17 April.",
        "Copper Bay has been in cinemas since 17 April.",
    ):
        found = release_kinds(sentence, date="2026-05-22", title=_TITLE)
        assert ("premiere_date", "2026-04-17", False) in found, sentence


def test_a_home_release_since_a_date_stays_out() -> None:
    found = release_kinds(
        "Copper Bay has been available on DVD since 17 April.", date="2026-05-22", title=_TITLE
    )
    assert not any(kind == "premiere_date" for kind, _, _ in found)
