"""A work or a streamer is no part: "the film that will close Petra Vance's Saltwick" (her
books) when the article writes "the Saltwick film", and "the story Petra Vance began as a
comic, lands on Netflix" (a streamer); a part that only looks like a title is still a part
(invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_TITLE = "Saltwick film adds two newcomers as the shoot begins"


def test_a_possessed_work_the_article_calls_a_film_is_no_part() -> None:
    found = facts(
        "Two newcomers join as cameras roll on the film that will close Petra Vance’s Saltwick.",
        "Filming on the untitled Saltwick film began on Monday in Leeds.",
        "Newcomer Dorian Feld will play Oskar Brandt, a lodger.",
        title=_TITLE,
    )
    assert ("Petra Vance", "Saltwick") not in pairs(found)
    assert ("Dorian Feld", "Oskar Brandt") in served_pairs(found)


def test_a_streamer_is_no_part() -> None:
    found = facts(
        "Saltwick Forever, the film that closes the story Petra Vance began as a comic, arrives"
        " on Netflix on 3 May.",
        "Dorian Feld plays Oskar Brandt.",
    )
    assert not any(character == "Netflix" for _, character in pairs(found))
    assert ("Dorian Feld", "Oskar Brandt") in served_pairs(found)


def test_a_part_the_article_never_writes_as_a_work_stays() -> None:
    found = facts(
        "Filming on the Saltwick film began on Monday.",
        "Petra Vance plays Marguerite Holm, the innkeeper.",
        title=_TITLE,
    )
    assert ("Petra Vance", "Marguerite Holm") in served_pairs(found)
