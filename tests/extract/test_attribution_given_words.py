"""Words someone else gave the one who recalls them, on invented text: "X says the director's
note to him was:" is the director's, or no one's, never X's."""

from __future__ import annotations

from tests.extract.helpers import served_quote_list


def test_a_note_given_to_the_one_who_tells_of_it_is_the_givers() -> None:
    found = served_quote_list(
        "The film was shot in Leeds under director Orla Tenby. Piet Harrow says the director's "
        "first note to him was simple: ‘Less noise, more Sam.’ He took it to heart."
    )
    assert found == [("Less noise, more Sam.", "Orla Tenby")], found


def test_a_note_from_a_giver_the_article_cannot_place_is_no_ones() -> None:
    found = served_quote_list(
        "The film was shot in Leeds. Piet Harrow says the director's first note to him was "
        "simple: ‘Less noise, more Sam.’ He took it to heart."
    )
    assert found == [("Less noise, more Sam.", "")], found
