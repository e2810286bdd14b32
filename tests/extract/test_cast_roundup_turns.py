"""A casting in a sentence that turns to other news is held unless it names this production."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_turn_to_other_news_holds_its_casting() -> None:
    found = facts(
        "Copper Bay stars Ines Marlo as Petra Quill.",
        "Meanwhile, over at Channel 4, Rufus Keel has been cast as Abel Finch.",
        "In other casting news, Mara Yellin will play Hester Lamb. Separately, Dov Artz plays "
        "Ivo Tarr.",
        title="Copper Bay casts Ines Marlo",
    )
    assert ("Ines Marlo", "Petra Quill") in served_pairs(found)
    assert not served_pairs(found) & {
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
    assert ("Rufus Keel", "Abel Finch") in served_pairs(found)


def test_a_sentence_led_by_another_work_and_its_kind_holds_its_casting() -> None:
    found = facts(
        "Copper Bay stars Ines Marlo as Petra Quill.",
        "Undertow, the Channel 4 thriller, has cast Rufus Keel as Abel Finch. Gallowglass, a "
        "BBC Four drama, adds Mara Yellin as Hester Lamb.",
        "Dov Artz, the star of the thriller, plays Ivo Tarr.",
        title="Copper Bay casts Ines Marlo",
    )
    assert not served_pairs(found) & {("Rufus Keel", "Abel Finch"), ("Mara Yellin", "Hester Lamb")}
    assert ("Dov Artz", "Ivo Tarr") in served_pairs(found)
