"""A title in another language's case set straight after a work noun ("the comedy “Bryllup i
Bergen”", "the Norwegian features “Siste ferje” by Kari Lunde and “Stille over elva”") is a
work's name, never anyone's quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_titles_after_a_plural_work_noun_and_in_its_list() -> None:
    found = facts(
        "Cinematographer Ola Strand was in Leeds for the premiere of Paper Lanterns.",
        "Strand shot the film in Kent. Earlier he was cinematographer of the Norwegian "
        "features “Siste ferje” by Kari Lunde and “Stille over elva”.",
    )
    assert served_quotes(found) == []


def test_title_after_a_genre_noun() -> None:
    found = facts(
        "Actor Jonas Berg returns to Danish cinema after his London debut.",
        "In May he begins shooting the comedy “Bryllup i Bergen” for director Nils Aas.",
    )
    assert served_quotes(found) == []
