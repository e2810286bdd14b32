"""A place or abbreviation before a role noun after "by" qualifies the person named next, and
is never a credit itself (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Harbour Lights wraps its shoot"


def test_an_abbreviated_place_before_the_composer_is_no_credit() -> None:
    found = facts(
        "Filming on Harbour Lights wrapped on Friday.",
        "The score is by St. Ives composer Mara Quill.",
        title=_TITLE,
    )
    assert ("composer", "St") not in credits(found)
    assert ("composer", "Mara Quill") in credits(found)


def test_an_abbreviated_place_in_a_craft_first_credit_is_no_credit() -> None:
    found = facts(
        "Filming on Harbour Lights wrapped on Friday.",
        "The music comes from Mt. Pleasant songwriter Tobin Reyes.",
        title=_TITLE,
    )
    assert ("composer", "Mt") not in credits(found)


def test_a_town_before_a_descriptive_noun_is_no_credit() -> None:
    found = facts(
        "Filming on Harbour Lights wrapped on Friday.",
        "The music is by Fort William fiddler Ailsa Munro.",
        title=_TITLE,
    )
    assert ("composer", "Fort William") not in credits(found)


def test_a_name_before_a_joining_word_is_still_credited() -> None:
    found = facts(
        "Filming on Harbour Lights wrapped on Friday.",
        "It was directed by Jo Penn alongside Kim Lee.",
        title=_TITLE,
    )
    assert ("director", "Jo Penn") in credits(found)


def test_an_abbreviation_the_splitter_cut_is_no_credit() -> None:
    found = facts(
        "Filming on Harbour Lights wrapped on Friday.",
        "The music is by Ft. McMurray singer-songwriter Dale Oak.",
        title=_TITLE,
    )
    assert ("composer", "Ft") not in credits(found)


def test_a_city_before_a_company_noun_is_no_credit() -> None:
    found = facts(
        "Filming on Harbour Lights wrapped on Friday.",
        "The film, produced by Dublin outfit Element Pictures, opens in May.",
        title=_TITLE,
    )
    assert ("producer", "Dublin") not in credits(found)


def test_a_listed_name_before_a_described_one_keeps_both_credits() -> None:
    found = facts(
        "Filming on Glass Tern began on Monday.",
        "Adapted by Ekdahl Moreno and Finnish screenwriter Tilde Brask from a 2015 novel, "
        "Glass Tern follows two sisters.",
        "Director Ivo Ekdahl Moreno calls it a ghost story.",
        title="Glass Tern starts filming",
    )
    writers = {name for role, name in credits(found) if role == "writer"}
    assert {"Tilde Brask"} <= writers
    assert writers & {"Ekdahl Moreno", "Ivo Ekdahl Moreno"}
    assert "Finnish" not in {name for _, name in credits(found)}


def test_a_described_name_alone_in_a_list_is_still_no_credit() -> None:
    found = facts(
        "Filming on Glass Tern began on Monday.",
        "The music is by Mabry Stone and Galway fiddler Ailsa Munro.",
        title="Glass Tern starts filming",
    )
    assert {("composer", "Mabry Stone"), ("composer", "Ailsa Munro")} <= credits(found)
    assert "Galway" not in {name for _, name in credits(found)}
