"""A colon that opens a cast list ("as Wren: Tom Reed (Sam), Lia Moss (Ivy) and ...") heads
names with their parts in brackets, not a subtitled title."""

from __future__ import annotations

from tests.extract.helpers import served_releases


def served_titles(*paragraphs: str) -> set[str]:
    return {
        str(r.title)
        for r in served_releases(
            *paragraphs,
            date="2025-11-20",
            title="Copper Bay is out now – goodbye to Fenwick and Wren",
        )
        if r.kind.value == "title"
    }


def test_a_cast_list_after_a_colon_gives_no_title() -> None:
    for sentence in (
        "In the cast, beside Obi as Sam and Reed as Wren: Lia Moss (Ivy), Jo Penn (Kit) and "
        "Mae Dunn (Cass).",
        "Back again with Ada Obi as Fenwick: Ivo Tann (Ruth) and Tom Reed (Sam).",
    ):
        found = served_titles(sentence, "Fenwick and Wren return. Copper Bay is on Netflix.")
        assert not any(":" in title for title in found), (sentence, found)


def test_a_subtitled_title_glossed_once_is_kept() -> None:
    found = served_titles(
        "In Copper Bay: The Long Night (Netflix), which opens on 3 March, Ada Obi goes home.",
        "Copper Bay: The Long Night is the last film.",
    )
    assert "Copper Bay: The Long Night" in found
