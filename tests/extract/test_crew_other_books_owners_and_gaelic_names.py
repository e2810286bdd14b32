"""Crew credits told apart from their look-alikes (invented sentences and names): an author's
other books under titles the article does not know, a list of credits whose last "name" owns a
part or a person after it, and a Gaelic surname with a hyphened prefixed letter."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Marrowdene: the film is finally here"
_LEDE = "Marrowdene, the film of the beloved comics, arrives on Netflix this Friday."


def test_the_authors_other_novels_named_by_title_are_no_credit() -> None:
    found = served_crew(
        _LEDE,
        "The film is written by Wenna Scoresby.",
        "This is not the thread for Scoresby's novels Saltings Mill or Lumen Ferry, please.",
        title=_TITLE,
    )
    assert ("writer", "Wenna Scoresby") in found
    assert ("author", "Wenna Scoresby") not in found


def test_a_copy_of_a_titled_novel_in_a_scene_is_no_credit() -> None:
    found = served_crew(
        _LEDE,
        "Director Ivo Plaskett keeps the jokes small.",
        "Rue is reading, naturally, this time a copy of Brackenholt, Wenna Scoresby’s 2016 novel.",
        title=_TITLE,
    )
    assert ("director", "Ivo Plaskett") in found
    assert not any(role == "author" for role, _ in found)


def test_the_novel_the_film_is_based_on_is_still_credited() -> None:
    found = served_crew(
        _LEDE,
        "The film is based on Brackenholt, Wenna Scoresby’s 2016 novel.",
        title=_TITLE,
    )
    assert ("author", "Wenna Scoresby") in found


def test_a_list_ending_on_an_owner_of_a_part_stops_before_it() -> None:
    found = served_crew(
        _LEDE,
        "In the film, written by Tamsin Greaveley and directed by Ivo Plaskett, Rue and Otto "
        "Brandvik's Quillon Vey are planning their future after school.",
        title=_TITLE,
    )
    assert ("director", "Ivo Plaskett") in found
    assert ("writer", "Tamsin Greaveley") in found
    assert not {name for role, name in found if role == "director"} - {"Ivo Plaskett"}


def test_a_companys_two_word_name_before_its_person_is_no_credit() -> None:
    found = served_crew(
        _LEDE,
        "The film is created by Tamsin Greaveley. Executive producers are Greaveley and "
        "Saltings Mill’s Pim Okonedo-Hart.",
        title=_TITLE,
    )
    assert ("executive_producer", "Tamsin Greaveley") in found
    assert ("executive_producer", "Saltings Mill") not in found


def test_a_gaelic_surname_with_a_hyphened_letter_is_read_whole() -> None:
    found = served_crew(
        _LEDE,
        "Written and directed by Orla Mac an t-Ursainn, Marrowdene follows two sisters.",
        title=_TITLE,
    )
    assert ("director", "Orla Mac an t-Ursainn") in found
    assert ("director", "Orla Mac") not in found
