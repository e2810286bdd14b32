"""A writer told in the present as adapting their own books is their author and this work's
writer (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_LEDE = "Quiet Tides, the film, is out on Friday."


def test_who_created_and_adapts_her_own_graphic_novels() -> None:
    found = facts(
        _LEDE,
        "Mara Vale, who created the series and adapts her own graphic novels once again, "
        "knows what fans want.",
    )
    assert {("author", "Mara Vale"), ("writer", "Mara Vale")} <= credits(found)


def test_adapts_or_is_adapting_his_own_novel() -> None:
    found = facts(
        _LEDE, "Tom Reed adapts his own novels here.", "Ines Holt is adapting her own memoir."
    )
    assert {
        ("author", "Tom Reed"),
        ("writer", "Tom Reed"),
        ("author", "Ines Holt"),
        ("writer", "Ines Holt"),
    } <= credits(found)


def test_adapting_another_writers_book_is_no_authorship() -> None:
    found = facts(_LEDE, "Tom Reed adapts the novels of his late aunt.")
    assert ("author", "Tom Reed") not in credits(found)
