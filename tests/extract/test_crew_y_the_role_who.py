"""An apposition that ends in "who" hands the verb back to the name, also with no adjective
before the role noun ("X, the novelist who wrote the film") and with another act joined by "and"
before the credit ("X, the novelist who created T and wrote the film"); an apposition about
someone else's work credits no one (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "The Quarry Bell wraps its shoot"
_LEDE = "Filming on The Quarry Bell wrapped in Leeds on Friday."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.name, c.role.value) for c in found if c.served}


def test_the_role_who_credits_the_name() -> None:
    for sentence in (
        "The toast was given by Ines Calloway, the novelist who wrote the film.",
        "Ines Calloway, the novelist who created Harrow Lane and wrote the film, gave a toast.",
        "Ines Calloway, the author who also wrote the film, gave a toast.",
    ):
        assert ("Ines Calloway", "writer") in _credits(sentence), sentence


def test_the_role_who_with_another_work_credits_no_one() -> None:
    for sentence in (
        "Ines Calloway, the novelist who wrote Harrow Lane, gave a toast.",
        "Ines Calloway, the novelist who met the cast, gave a toast.",
    ):
        assert ("Ines Calloway", "writer") not in _credits(sentence), sentence
