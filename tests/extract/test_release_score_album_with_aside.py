"""A score album named in an aside between its noun and its release verb: the album's day."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Fenwater: composer Ida Lund on the score"


def test_a_soundtrack_named_in_an_aside_is_not_the_works_day() -> None:
    for sentence in (
        "The score album, Fenwater (Original Score), is released digitally on 9 May.",
        "Her score album, with twelve cues, is out digitally on 9 May.",
    ):
        found = release_kinds(sentence, date="2026-03-02", title=_TITLE)
        assert ("premiere_date", "2026-05-09", False) not in found, sentence


def test_the_work_after_a_soundtrack_clause_keeps_its_day() -> None:
    found = release_kinds(
        "The soundtrack album, with twelve cues, is out on 2 May, and Fenwater itself is "
        "released on BBC Two on 9 May.",
        date="2026-03-02",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-05-02", False) not in found
    assert ("premiere_date", "2026-05-09", False) in found


def test_a_piece_released_as_a_single_is_not_the_works_window() -> None:
    found = release_kinds(
        "The song over the credits is “Salt Air” by Kettle. The label says it will be released "
        "as a single in June.",
        date="2026-03-02",
        title=_TITLE,
    )
    assert not any(kind == "window" for kind, _, _ in found)
