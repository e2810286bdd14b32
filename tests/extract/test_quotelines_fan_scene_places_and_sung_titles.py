"""Quote lines on invented text: a fan's verbless "And A saying “...” at the bus stop??" is the
part's line, not the actor's words, unless the place is an event off screen; a song's title
after "sang" is a song's words, not a remark."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = (
    "Gorsemoor Yard, the new Streamly drama, stars Odile Varnet (Wenna Tolly) and Tobin Wrenlow."
)


def _served(start: str, *paragraphs: str) -> bool:
    found = facts(_LEDE, *paragraphs)
    return any(q.served and q.text.startswith(start) for q in found.quotes)


def test_an_actor_saying_words_at_a_place_in_the_story_is_held() -> None:
    assert not _served(
        "Put the kettle on",
        'Same. And Odile Varnet saying "Put the kettle on, pet" at the bus stop?? I am fine.',
    )


def test_an_actor_saying_words_at_an_event_is_not_held_as_a_line() -> None:
    found = facts(
        _LEDE, 'Best bit: Tobin Wrenlow saying "we shot it all in nine days" at the panel.'
    )
    quote = next(q for q in found.quotes if q.text.startswith("we shot it all"))
    assert quote.doubt != "a line spoken in the work"


def test_a_title_sung_after_its_singers_possessive_is_held() -> None:
    assert not _served(
        "the moon kept",
        "That was the end of the panel. The crowd sang Pella Dune's “the moon kept our secret”"
        " on the way out.",
    )


def test_words_said_after_singing_are_still_served() -> None:
    assert _served(
        "I could do this",
        "Varnet sang a verse on stage, then told the crowd: “I could do this every night.”",
    )
