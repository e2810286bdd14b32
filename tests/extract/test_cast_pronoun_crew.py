"""A pronoun's casting ("She plays Y") never goes to a name the sentence before writes in a crew
member's slot ("the second feature from writer-director X", "directed by X"): the one who made
the work is not the actor the pronoun means."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_writer_director_before_she_plays_is_not_the_actor() -> None:
    found = facts(
        "Mirela Tosk-Varga spent a winter on a Shetland croft making Stormlight.",
        "The film is Stormlight, the second feature from Welsh writer-director Aled Penhaligon, "
        "and it is why Tosk-Varga, 29, is on our cover. She plays Greta Vossberg, a widow who "
        "runs a lighthouse.",
    )
    assert ("Aled Penhaligon", "Greta Vossberg") not in pairs(found)


def test_a_name_after_directed_by_is_not_the_actor() -> None:
    found = facts(
        "Harbour Lights has finished filming in Cornwall.",
        "The series is directed by Ines Carvalho, who cast Tosk-Varga after one audition. She "
        "plays Greta Vossberg, a widow.",
    )
    assert ("Ines Carvalho", "Greta Vossberg") not in pairs(found)
