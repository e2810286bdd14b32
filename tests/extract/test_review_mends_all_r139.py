"""Review mends of round 139 (invented text): a person set beside an unnamed source by a
preposition or a conjunction ("One critic, unlike Ada Vale, ...") is not that source; a part or
a scene lifted "from" an author's other book, or a book in hand glossed as "a novel by" its
author, gives that author no credit; someone's own "first words" after a trailer is named are
still their words; and a "says she" in a paragraph that already names the sayer tells the
sayer's sex even when another person is named beside them."""

from __future__ import annotations

from tests.extract.helpers import facts, served_crew

_LEDE = "Lumen, a new drama for Channel 9, opens on 4 May. Ada Vale plays the lead."
_SET_TITLE = "On set with Copperfold: a day at the lido"
_SET_LEDE = "Filming on Copperfold, directed by Ilse Marrow, reached the lido on Tuesday."


def _served(*paragraphs: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs).quotes if q.served}


def test_a_person_set_beside_an_unnamed_critic_by_unlike_is_not_the_critic() -> None:
    served = _served(
        _LEDE,
        "One critic, unlike Ada Vale, was unmoved by the finale. “It ran out of road,” she said.",
    )
    assert served.get("It ran out of road") != "Ada Vale"


def test_a_part_lifted_from_an_authors_other_book_gives_no_author_credit() -> None:
    for sentence in (
        "A cameo by a heroine from Vale's novel Tin Harbour is cute; Ada Vale was not on set.",
        "A cameo by the narrator borrowed from Vale's novel Tin Harbour is cute; Ada Vale was not"
        " on set.",
    ):
        found = served_crew(_SET_LEDE, sentence, title=_SET_TITLE)
        assert ("author", "Ada Vale") not in found, sentence


def test_a_book_in_hand_glossed_as_a_novel_by_its_author_gives_no_credit() -> None:
    sentence = "Perry Oduya sits by the pool reading Brine Summer, a novel by Ada Vale."
    assert ("author", "Ada Vale") not in served_crew(_SET_LEDE, sentence, title=_SET_TITLE)


def test_someones_own_first_words_after_a_trailer_stay_served() -> None:
    served = _served(
        _LEDE,
        "The trailer landed on Friday. When we met Vale the next day, her first words were “I"
        " have not watched it yet.”",
    )
    assert "I have not watched it yet." in served


def test_a_she_after_the_sayer_and_another_person_named_still_tells_the_sayer_sex() -> None:
    served = _served(
        "Tom Reed directs Lumen, a new drama for Channel 9, which films in Kelby this summer.",
        "Tom Reed and Nia Bell host the launch. Reed says she cast him in a day.",
        "He is home for the first screening, which he describes as “the night of my year”.",
    )
    assert "the night of my year" in served
    assert served["the night of my year"] != "Tom Reed"
