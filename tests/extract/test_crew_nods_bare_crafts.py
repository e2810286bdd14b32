"""The production's own nominations told by a bare craft and its nominee ("cinematography for
X"), after an aside on the work or as "its craft nominations include" (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_TITLE = "Paper Moths leads the Coastline Film Prizes"


def _served(*paragraphs: str) -> set[tuple[str, str]]:
    return served_credits(
        facts("Paper Moths leads the Coastline Film Prizes.", *paragraphs, title=_TITLE)
    )


def test_bare_crafts_after_an_aside_on_the_film_name_its_crew() -> None:
    found = _served(
        "The film, about a lamplighter who outlives his street, earned nods for best film, "
        "director, leading actor for Piet Marlowe, cinematography for Ines Calloway, original "
        "score for Rurik Dahlgren and costume design.",
    )
    assert {("cinematographer", "Ines Calloway"), ("composer", "Rurik Dahlgren")} <= found
    assert not {name for _, name in found if name == "Piet Marlowe"}


def test_its_craft_nominations_include_names_its_crew() -> None:
    found = _served(
        "Its craft nominations include editing for Oskar Threlfall and original score for "
        "Maelle Ruddock.",
    )
    assert {("editor", "Oskar Threlfall"), ("composer", "Maelle Ruddock")} <= found


def test_the_films_nominations_included_names_its_crew() -> None:
    found = _served(
        "The film’s technical nominations included cinematography for Ines Calloway.",
    )
    assert ("cinematographer", "Ines Calloway") in found


def test_another_films_bare_crafts_name_nobody() -> None:
    found = _served(
        "Rival nominees include cinematography for Ines Calloway on Saltmarsh.",
    )
    assert ("cinematographer", "Ines Calloway") not in found


def test_a_writer_before_a_run_of_nominees_is_kept() -> None:
    found = _served(
        "The film earned nods for best film, adapted screenplay for Tova Brennick, editing for "
        "Oskar Threlfall, original score for Maelle Ruddock and costume design.",
    )
    assert {
        ("writer", "Tova Brennick"),
        ("editor", "Oskar Threlfall"),
        ("composer", "Maelle Ruddock"),
    } <= found
