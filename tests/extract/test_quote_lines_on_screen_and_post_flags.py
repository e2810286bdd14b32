"""Quote lines on invented text: words a part speaks on screen, told as "her first line in the
trailer", as an actor shown as a part speaking to its kin, as a line said to a part whose name
follows a rank, or as a name's owned line, are the work's (held or dropped, never served as the
actor's); words introduced by a manner of speaking or a post's "with" are whole, not fragments;
a fragment reported after an interrupted quotation does not continue it."""

from __future__ import annotations

from bot.extract.honorific_names import given_name
from tests.extract.helpers import facts

_TRAILER = "Tidewrack trailer: 6 things we noticed in Lumen's new harbour mystery"


def _served(*paragraphs: str, title: str | None = None) -> dict[str, bool]:
    return {q.text: q.served for q in facts(*paragraphs, title=title).quotes}


def test_her_first_line_in_the_trailer_is_held() -> None:
    found = _served(
        "Lumen has released the first trailer for Tidewrack.",
        "Pella Runcorn plays Sergeant Ivy Marsh, posted back to the village she fled. Her "
        "opening line in the trailer says it all: “I never wanted this posting. Not here.”",
        title=_TRAILER,
    )
    assert found.get("I never wanted this posting. Not here.") is False, found


def test_an_actor_remembering_the_trailer_at_a_launch_is_served() -> None:
    found = _served(
        "Lumen has released the first trailer for Tidewrack.",
        "“We shot the pier scene in one take,” Pella Runcorn said at the launch.",
        title=_TRAILER,
    )
    assert found.get("We shot the pier scene in one take") is True, found


def test_an_actor_saying_her_line_in_the_trailer_was_improvised_is_served() -> None:
    found = _served(
        "Lumen has released the first trailer for Tidewrack.",
        "Pella Runcorn said her first line in the trailer was made up on the day: “I just "
        "blurted it out.”",
        title=_TRAILER,
    )
    assert found.get("I just blurted it out.") is True, found


def test_an_actor_shown_as_a_part_telling_its_kin_is_held() -> None:
    found = _served(
        "Lumen has released the first trailer for Tidewrack.",
        "Orla Vennick appears as Ivy’s grandmother, Senna, in a brief dream sequence, warning "
        "her granddaughter: ‘The tide keeps what it takes.’",
        title=_TRAILER,
    )
    assert found.get("The tide keeps what it takes.") is False, found


def test_an_actor_telling_her_fans_at_a_screening_is_served() -> None:
    found = _served(
        "Lumen held a screening of Tidewrack in Hull on Friday.",
        "Orla Vennick, who plays Senna, thanked the crowd, telling them: “You kept us going.”",
    )
    assert found.get("You kept us going.") is True, found


def test_a_line_told_to_a_part_named_after_two_ranks_is_held() -> None:
    assert given_name("Detective Sergeant Ivy Marsh") == "Ivy"
    assert given_name("Dr Marsh") == "Dr"
    found = _served(
        "Lumen has released the first trailer for Tidewrack.",
        "Pella Runcorn plays Detective Sergeant Ivy Marsh. Cato Brill appears as Reverend Amos "
        "Tull, the vicar who rang it in.",
        "In one shot he lights a candle; in another he tells Ivy, ‘Your mother knew the boat.’",
        title=_TRAILER,
    )
    assert found.get("Your mother knew the boat.") is False, found


def test_a_named_owners_line_that_was_improvised_is_no_ones_quote() -> None:
    found = facts(
        "Tidewrack lands on Lumen in May.",
        "Producer Hal Ostrow revealed that Runcorn’s “Nobody leaves the harbour” was never in "
        "the script.",
    )
    assert not [q for q in found.quotes if q.served and q.speaker == "Hal Ostrow"], found.quotes


def test_a_producer_quoted_after_a_possessive_title_is_still_served() -> None:
    found = _served(
        "Tidewrack lands on Lumen in May.",
        "Producer Hal Ostrow said Runcorn’s casting “changed the whole show”.",
    )
    assert found.get("changed the whole show") is True, found


def _fragment(*paragraphs: str) -> dict[str, bool]:
    return {q.text: q.fragment for q in facts(*paragraphs).quotes if q.served}


def test_words_after_a_manner_of_speaking_or_a_post_with_are_whole() -> None:
    found = {  # the part's deadpanned line is held as the work's, its flag still whole
        q.text: q.fragment
        for q in facts(
            "Tidewrack lands on Lumen in May.",
            "Best moment: Ivy (Pella Runcorn) deadpanning “Please stop helping” at her brother.",
            "Cato Brill shared a photo of the two of them, captioned simply ‘old harbour rats’.",
            "Pella Runcorn reposted the teaser on her story with “not me crying at my own show”.",
        ).quotes
    }
    assert found.get("Please stop helping") is False, found
    assert found.get("old harbour rats") is False, found
    assert found.get("not me crying at my own show") is False, found


def test_words_embedded_in_the_writers_clause_stay_fragments() -> None:
    found = _fragment(
        "Tidewrack lands on Lumen in May.",
        "Cato Brill said the shoot had been “a proper slog” from start to finish.",
        "A Lumen spokesperson said only “spring 2027”, and no more.",
    )
    assert found.get("a proper slog") is True, found
    assert found.get("spring 2027") is True, found


def test_a_fragment_reported_after_an_interrupted_quote_does_not_continue_it() -> None:
    found = facts(
        "Tidewrack lands on Lumen in May.",
        "“We’ll share a date soon,” a Lumen spokesperson said, adding that the edit would run "
        "“into the autumn”.",
    )
    by_text = {q.text: q for q in found.quotes}
    assert by_text["into the autumn"].continues_previous is False, found.quotes
    assert by_text["into the autumn"].fragment is True


def test_an_interrupted_quotation_resumed_whole_continues() -> None:
    found = facts(
        "Tidewrack lands on Lumen in May.",
        "“We came in late,” Pella Runcorn said, “which suits the story.”",
    )
    by_text = {q.text: q for q in found.quotes}
    assert by_text["which suits the story."].continues_previous is True, found.quotes
