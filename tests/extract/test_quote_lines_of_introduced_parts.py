"""Quote lines on invented text: a part the paragraph introduces by its actor ("Ada Vale's
Dessa", "Ada Vale is Captain Dessa Moor", "plays barrister Dessa Moor") speaks its lines in the
work; words it or its pronoun is given there are held, never served as a person's quote. Words
the actor says to the press, named as the actor, are still served."""

from __future__ import annotations

from tests.extract.helpers import facts

_TRAILER = "Saltmarsh trailer: five things we spotted"


def _served_texts(*paragraphs: str, title: str) -> set[str]:
    found = facts(*paragraphs, title=title, date="2026-02-10")
    return {quote.text for quote in found.quotes if quote.served}


def test_a_pronoun_after_an_actors_part_in_a_trailer_is_held() -> None:
    found = _served_texts(
        "Vireo released the first Saltmarsh trailer on Monday.",
        "It opens with Tamsin Rudd’s Orla on a ferry, hood up. “Two days, Bram. Just two days,” "
        "she says.",
        "Tamsin Rudd told reporters at the launch: “Orla is braver than I am.”",
        title=_TRAILER,
    )
    assert "Two days, Bram. Just two days" not in found
    assert "Orla is braver than I am." in found


def test_an_actor_equated_with_a_part_then_a_pronoun_is_held() -> None:
    found = _served_texts(
        "Vireo released the first Saltmarsh trailer on Monday.",
        "Dominic Asare is Father Lorcan Pike, and the footage hints he cares more about bingo "
        "than mass. “Pray hard,” he declares, “but mark your cards harder.”",
        title=_TRAILER,
    )
    assert "Pray hard" not in found
    assert "but mark your cards harder." not in found


def test_a_part_named_in_a_listing_then_speaking_is_held() -> None:
    found = _served_texts(
        "What’s on this week",
        "PICK OF THE WEEK",
        "Saltmarsh",
        "Vireo, from 8am",
        "The harbour drama bows out with a feature-length finale.",
        "Cast: Tamsin Rudd – Orla Kerr; Dev Haig – Bram Kerr",
        "ALSO ON FRIDAY",
        "The Night Ward",
        "Channel Six, 9pm",
        "New series. Petra Loy plays surgeon Ines Maro in a four-part thriller from writer Oda "
        "Kemp. Set in 1960s Hull. “Nobody dies on my table,” Ines tells a porter in episode "
        "one, “not on a Tuesday.”",
        "Tamsin Rudd said of the finale: “It is about letting go more than anything.”",
        title="What’s on this week: 10–16 February",
    )
    assert "Nobody dies on my table" not in found
    assert "It is about letting go more than anything." in found


def test_words_put_to_a_figure_in_a_teaser_with_no_attribution_are_held() -> None:
    found = _served_texts(
        "Vireo Nordic posted a short message this morning: “See you at the fan day.”",
        "Then, at noon, Vireo Nordic dropped a thirty-second Saltmarsh teaser. It is mostly Orla "
        "and Bram on a jetty, and Bram saying “Happy new year, you menace” which, honestly, "
        "ruined me.",
        title="Saltmarsh fan day: everything we know",
    )
    assert "Happy new year, you menace" not in found


def test_the_actor_speaking_as_themself_is_still_served() -> None:
    found = _served_texts(
        "Vireo released the first Saltmarsh trailer on Monday.",
        "Tamsin Rudd’s Orla gets the last shot. “I cried when I saw it,” Rudd says.",
        title=_TRAILER,
    )
    assert "I cried when I saw it" in found
