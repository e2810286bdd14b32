"""A dub's voices told in the sentence after the one that names the dub: "Many viewers will see
the film dubbed. As before, Mira is voiced by X and Tom by Y" (a foreign edition's page,
invented): those are the dub's voices, not the work's cast; an animated film's "Mira is voiced
by X" with no dub before it is still a casting."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, title="Copper Bay arrives in Spain")
    return {(c.actor, c.character) for c in found.cast if c.served}


def test_voices_after_a_dubbed_sentence_are_the_dubs() -> None:
    served = _served(
        "Copper Bay, with Ana Ruiz as Mara Quell, is out on Netflix in Spain.",
        "Most Spanish viewers will see the film dubbed. As in the series, Mara is voiced by Lola"
        " Ibarra and Tom by Pau Serrat.",
    )
    assert ("Lola Ibarra", "Mara Quell") not in served
    assert ("Lola Ibarra", "Mara") not in served
    assert ("Ana Ruiz", "Mara Quell") in served


def test_an_animated_films_voice_with_no_dub_is_a_casting() -> None:
    served = _served(
        "Copper Bay, the animated film, is out on Netflix in Spain.",
        "The film looks lovely. The fox Mara is voiced by Lola Ibarra.",
    )
    assert any(actor == "Lola Ibarra" for actor, _ in served)
