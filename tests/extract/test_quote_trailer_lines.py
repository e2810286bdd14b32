"""Quotes on invented text: words a speech verb places in a trailer ("who tells her, in the
teaser, that ...") are a line the work speaks, held; a person speaking about the trailer is not."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> dict[str, bool]:
    return {q.text: q.served for q in facts(*paragraphs).quotes}


def test_a_line_placed_in_the_trailer_is_held() -> None:
    for line in (
        "New to the story is Professor Ines Calloway, played by Dora Fenwick, the tutor who "
        "tells her, in the trailer, that sailing is “not a career”.",
        "Dora Fenwick plays a tutor who warns in the new teaser that the sea is “never kind”.",
    ):
        found = _served("The Copper Bay film arrives on Lumen in May.", line)
        assert not any(found.get(t) for t in ("not a career", "never kind")), line


def test_a_person_speaking_about_the_trailer_is_kept() -> None:
    found = _served(
        "The Copper Bay film arrives on Lumen in May.",
        "Dora Fenwick said the trailer was “only the first taste” of the film.",
    )
    assert found.get("only the first taste") is True
