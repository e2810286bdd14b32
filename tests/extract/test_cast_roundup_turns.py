"""A casting in a sentence that turns to other news is held unless it names this production."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(found: object) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in found.cast if c.served}  # type: ignore[attr-defined]


def test_a_turn_to_other_news_holds_its_casting() -> None:
    found = facts(
        "Copper Bay stars Ines Marlo as Petra Quill.",
        "Meanwhile, over at Channel 4, Rufus Keel has been cast as Abel Finch.",
        "In other casting news, Mara Yellin will play Hester Lamb. Separately, Dov Artz plays "
        "Ivo Tarr.",
        title="Copper Bay casts Ines Marlo",
    )
    assert ("Ines Marlo", "Petra Quill") in _served(found)
    assert not _served(found) & {
        ("Rufus Keel", "Abel Finch"),
        ("Mara Yellin", "Hester Lamb"),
        ("Dov Artz", "Ivo Tarr"),
    }


def test_a_turn_naming_this_production_keeps_its_casting() -> None:
    found = facts(
        "Copper Bay stars Ines Marlo as Petra Quill.",
        "Meanwhile, Copper Bay has added Rufus Keel as Abel Finch.",
        title="Copper Bay casts Ines Marlo",
    )
    assert ("Rufus Keel", "Abel Finch") in _served(found)
