"""Words in marks that nobody said: a piece's headline in brackets, a staged play's title, the
last of the things a poster shows, a slate's lettering beside a post's message, a poll's wording
and a name someone gives for themselves are never served as a quote."""

from __future__ import annotations

from bot.facts import QuoteFact
from tests.extract.helpers import facts


def _served(start: str, *paragraphs: str) -> QuoteFact | None:
    for quote in facts(*paragraphs, date="2026-03-02").quotes:
        if quote.text.startswith(start) and quote.served:
            return quote
    return None


def test_a_pieces_headline_in_brackets_is_no_quote() -> None:
    lede = (
        "An article published on 3 March (“Exclusive: The Copper Lantern heads for Channel 4 this"
        " autumn”) contained an error about its cast, which has been corrected."
    )
    assert _served("Exclusive", lede) is None


def test_a_staged_plays_title_is_no_quote() -> None:
    lede = (
        "Tansy Brierfield is in talks for a Broadway production of “Who Stole the Quillon Bell?”"
        " next year, though her agent would say only that “nothing is settled”."
    )
    assert _served("Who Stole", lede) is None


def test_the_last_thing_a_poster_shows_is_no_quote() -> None:
    lede = "Orrin Vask spoke at the panel on Friday."
    poster = (
        "No trailer, sadly, but a poster: the logo, two gulls and the words “Home at last”, and"
        " a date."
    )
    assert _served("Home at last", lede, poster) is None


def test_a_slates_lettering_beside_the_posts_message_is_no_quote() -> None:
    lede = (
        "The show’s account, @copperlanterntv, posted a clapperboard reading “Copper Lantern —"
        " last day” with the message: “That’s a wrap on The Copper Lantern!”"
    )
    assert _served("Copper Lantern —", lede) is None
    message = _served("That’s a wrap", lede)
    assert message is not None and message.speaker == "@copperlanterntv"


def test_a_polls_wording_is_no_quote() -> None:
    lede = (
        "Orrin Vask casting news, festival tickets, and our reader poll: “best Welsh drama of the"
        " year” closes Friday."
    )
    assert _served("best Welsh", lede) is None


def test_a_name_someone_gives_for_themselves_is_no_quote() -> None:
    lede = (
        "One fan, who identified herself only as “a nurse from Pellworth”, told Orrin Vask that"
        " the show had got her through nights."
    )
    assert _served("a nurse", lede) is None
