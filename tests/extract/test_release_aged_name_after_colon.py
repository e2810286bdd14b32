"""A name after a colon that runs on into an age ("on Wren Vale: Tom Reed, now 24, talks") is a
person introduced, not a subtitled title."""

from __future__ import annotations

from tests.extract.helpers import served_releases


def served_titles(sentence: str) -> set[str]:
    return {
        str(r.title)
        for r in served_releases(
            sentence, "A second paragraph says nothing of dates.", title="Interview"
        )
        if r.kind.value == "title"
    }


def test_a_person_with_an_age_after_a_colon_is_no_title() -> None:
    for sentence in (
        "From a first job in panto to the last word on Wren Vale: Tom Reed, now 24, talks about "
        "growing up on screen.",
        "Ten years on Copper Bay: Ada Obi, 31, looks back on the role that made her.",
    ):
        assert not served_titles(sentence), sentence


def test_a_subtitled_title_used_as_a_name_is_kept() -> None:
    found = served_releases(
        "In Copper Bay: The Long Night, which opens on 3 March, Ada Obi goes home.",
        "Copper Bay: The Long Night is the last film.",
        date="2025-11-20",
        title="Interview",
    )
    assert "Copper Bay: The Long Night" in {r.title for r in found}
