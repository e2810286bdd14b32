"""Review mends (quote lines, round 123) on invented text: a part's line in the footage judged
before a colon, however the line and the footage are named, and a part speaking to its kin
told in a "who" clause, are the work's words, not the actor's; a sayer set in the judgement
still speaks for themselves. "said merely" limits a few words (a fragment); a post's bare "with"
whose words the sentence goes on to place shows them on the thing. A caption's "Dr." or "St."
ends no sentence, so a one-sentence caption stays furniture."""

from __future__ import annotations

from bot.extract.page import is_furniture
from tests.extract.helpers import facts

_TRAILER = "Gullhaven teaser: what we learned from Brackwater's new island thriller"
_LEDE = "Brackwater has released the first teaser for Gullhaven."


def _served(*paragraphs: str, title: str | None = _TRAILER) -> dict[str, bool]:
    return {q.text: q.served for q in facts(*paragraphs, title=title).quotes}


def test_a_line_of_the_new_footage_judged_before_a_colon_is_held() -> None:
    found = _served(
        _LEDE,
        "Tomas Erlend plays the ferryman, Gil Rusk. His only line of the new teaser, spoken over "
        "the engine, is chilling: “Nobody rows back.”",
    )
    assert found.get("Nobody rows back.") is False, found


def test_a_sayer_set_in_the_judgement_still_speaks() -> None:
    found = _served(
        _LEDE,
        "Tomas Erlend plays the ferryman, Gil Rusk. His line in the teaser, Erlend said, was "
        "made up on the day: “I just blurted it out.”",
    )
    assert found.get("I just blurted it out.") is True, found


def test_a_part_speaking_to_its_kin_in_a_who_clause_is_held() -> None:
    found = _served(
        _LEDE,
        "Mira Kallo plays Gil’s sister, Edda, who in one short scene begs her brother: ‘Take the "
        "late boat.’",
    )
    assert found.get("Take the late boat.") is False, found


def test_an_actor_shown_as_a_part_urging_its_kin_is_held() -> None:
    found = _served(
        _LEDE,
        "Mira Kallo appears as Gil’s sister, Edda, on the quay, urging her brother: ‘Stay "
        "ashore tonight.’",
    )
    assert found.get("Stay ashore tonight.") is False, found


def test_an_actor_who_plays_a_part_speaking_to_the_crowd_is_served() -> None:
    found = _served(
        "Brackwater held a screening of Gullhaven in Oban on Friday.",
        "Mira Kallo, who plays Edda, thanked the crowd, telling them: “You made the island.”",
        title=None,
    )
    assert found.get("You made the island.") is True, found


def _fragments(*paragraphs: str) -> dict[str, bool]:
    return {q.text: q.fragment for q in facts(*paragraphs).quotes}


def test_said_merely_limits_a_few_words() -> None:
    found = _fragments(
        "Gullhaven lands on Brackwater in June.",
        "A Brackwater spokesperson said merely “late summer”, and would not be drawn further.",
        "Tomas Erlend said quietly “it was the wettest shoot of my life” before leaving.",
    )
    assert found.get("late summer") is True, found
    assert found.get("it was the wettest shoot of my life") is False, found


def test_words_chalked_on_a_posted_picture_are_its_lettering_not_a_quote() -> None:
    found = _fragments(
        "Gullhaven lands on Brackwater in June.",
        "Mira Kallo posted a photo of the clapperboard with “last day” chalked across it.",
        "Tomas Erlend shared the teaser on his story with “see you on the island”.",
    )
    assert "last day" not in found, found  # the board's lettering, no one's words
    assert found.get("see you on the island") is False, found


def test_a_captions_abbreviations_end_no_sentence() -> None:
    assert is_furniture(
        "2. Dr. Lena Voss on the quay at St. Kilda, where the finale was shot. "
        "(Photo: Aksel Dorn/Brackwater)"
    )
    assert not is_furniture(
        "2. Mira Kallo on the quay. Kallo has said the finale is “the coldest night we ever "
        "shot”. (Photo: Aksel Dorn/Brackwater)"
    )


def test_a_critic_who_judges_the_line_still_speaks() -> None:
    found = _served(
        _LEDE,
        "Tomas Erlend plays the ferryman, Gil Rusk. His first line in the teaser drew a rebuke "
        "from critic Ansa Lowe, who wrote: “It is pure cliche.”",
    )
    assert found.get("It is pure cliche.") is True, found
