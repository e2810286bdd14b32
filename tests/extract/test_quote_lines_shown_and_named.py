"""Words in marks that are no one's remark: a part's line in a piece whose headline names the
trailer, a tagline or a name someone signs as and words the sentence calls a phrase. Each
counter-case keeps a real quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TRAILER = "The Gullwing Coast trailer, shot by shot: the pier, the storm and the goodbye"
_NEWS = "Gullwing Coast: what we know about the second season"
_LEDE = "The streamer released the first footage of Gullwing Coast on Monday afternoon."


def _served(*paragraphs: str, title: str = _TRAILER) -> list[tuple[str, str]]:
    return served_quotes(facts(_LEDE, *paragraphs, title=title))


def test_a_part_asking_in_a_scene_of_a_trailer_piece_is_held() -> None:
    found = _served(
        "The pier scene",
        "Halfway through, the pair sit on a bench. Wren asks, “Is this the last summer?”",
    )
    assert found == []


def test_a_line_asked_with_its_scene_after_a_comma_is_held() -> None:
    found = facts(
        "Pell Harrow plays Wren and Ossie Trand plays Jory in the new season.",
        "“Is the tide out already?” Wren asks in one scene, to which Jory shrugs.",
        title=_NEWS,
    )
    assert served_quotes(found) == []


def test_a_named_maker_speaking_in_a_trailer_piece_keeps_the_quote() -> None:
    found = _served(
        "Pell Harrow, who plays Wren, said on Monday: “We shot the storm in a car park.”",
    )
    assert found == [("We shot the ", "Pell Harrow")]


def test_a_posters_tagline_is_held() -> None:
    found = _served("In Spain the posters carry the tagline « Hasta siempre » under the pier.")
    assert found == []


def test_a_name_a_listener_signs_as_is_held() -> None:
    found = _served("One email, from a listener who signs herself “Wren’s loudest fan”, asks why.")
    assert found == []


def test_words_called_a_phrase_are_held() -> None:
    found = _served(
        "The streamer kept quiet for months – “late next year” was the phrase going round.",
        title=_NEWS,
    )
    assert found == []


def test_a_remark_in_full_stays_beside_a_tagline_piece() -> None:
    found = _served("Pell Harrow said the tagline was hers: “I wrote it on a napkin.”")
    assert found == [("I wrote it o", "Pell Harrow")]
