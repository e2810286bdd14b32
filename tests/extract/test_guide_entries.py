"""A character's entry in a guide or wiki: "Name: description, played by Actor" (invented)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts, pairs


def test_a_wiki_entry_with_a_possessive_description() -> None:
    found = facts(
        "Felix Amsel is a character in the film.",
        "Greta Amsel: Felix's older sister, played by Juno Pike, appears in two scenes.",
    )
    assert ("Juno Pike", "Greta Amsel") in pairs(found)


def test_a_guide_entry_with_portrayed_by() -> None:
    found = facts(
        "Here is who is who in Grey Harbour.",
        "Father Tobias Lenz: the village priest, portrayed by Hugo Brandt.",
    )
    assert ("Hugo Brandt", "Father Tobias Lenz") in pairs(found)


def test_an_entry_whose_description_is_a_clause_casts_nobody() -> None:
    found = facts(
        "Here is who is who in Grey Harbour.",
        "Greta Amsel: she finally meets Felix Amsel, played by Juno Pike.",
    )
    assert ("Juno Pike", "Greta Amsel") not in pairs(found)


def test_a_plural_possessive_before_the_part_describes_it() -> None:
    assert pairs(facts("Newcomer Theo Lark joins the cast as Jules’ younger brother, Remy.")) == {
        ("Theo Lark", "Remy")
    }
    assert pairs(facts("Ivo Brand rounds out the cast as Agnes' teenage son Pascal.")) == {
        ("Ivo Brand", "Pascal")
    }


def test_a_cinematography_credit_line_is_a_credit_not_a_new_section() -> None:
    """An infobox's "Cinematography: X" line is one credit among others: what follows it (the
    cast list, the release) is still the page's own film, not a work called X."""
    found = facts(
        "Everything about the coming film The Lantern Keepers, in one place.",
        "Directed by: Oona Faraday",
        "Cinematography: Piet Halloran",
        "Edited by: Mags Dunleavy",
        "Cast",
        "Rosa Venn as Ida Marsh",
        "Tomasz Lipa as Bertie Marsh",
    )
    assert ("editor", "Mags Dunleavy") in credits(found)
    assert pairs(found) == {("Rosa Venn", "Ida Marsh"), ("Tomasz Lipa", "Bertie Marsh")}
    found = facts(
        "The Lantern Keepers at a glance.",
        "Cinematography: Piet Halloran",
        "Ada Brook as Nell Fane",
    )
    assert pairs(found) == {("Ada Brook", "Nell Fane")}


def test_a_source_or_image_line_is_furniture_not_a_new_section() -> None:
    """A "Source: X" or "Image: X" line under the headline names where the text or photo came
    from: the body after it is still about the page's own film."""
    for furniture in ("Source: Harrow Lane Sales", "Image courtesy: Pellow Pictures"):
        found = facts(
            "The Quiet Tide has found its lead.",
            furniture,
            "Mira Halden will play Esther Croft in The Quiet Tide, directed by Ansel Roe.",
        )
        assert pairs(found) == {("Mira Halden", "Esther Croft")}, furniture
        assert ("director", "Ansel Roe") in credits(found), furniture
