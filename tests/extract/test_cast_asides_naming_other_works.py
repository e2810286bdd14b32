"""An aside on the actor that names another work ("X, best known as Y in Channel 4's Lumen, as
Z") leaves the part after it ours; the work's name after a possessive is not an actor, and the
part inside the aside is not a casting here."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_an_aside_with_a_past_part_in_another_channels_show() -> None:
    found = facts(
        "Greyfriars Row stars Perpetua Oyelaran, best known as PC Hollins in Channel 5's Night "
        "Shift, as Sergeant Maud Keever, a desk officer who reopens a cold case.",
    )
    served = served_pairs(found)
    assert ("Perpetua Oyelaran", "Sergeant Maud Keever") in served
    assert not any(actor == "Perpetua Oyelaran" and part != "Sergeant Maud Keever"
                   for actor, part in served)  # fmt: skip
    assert not any(actor == "Night Shift" for actor, _ in served)


def test_an_aside_with_the_best_known_part_then_plays() -> None:
    found = facts(
        "Cosmo Threlfall, known as Dr Ives in the BBC's Ward Eleven, plays Bertram Quayle, a "
        "retired lock-keeper, in the new series.",
    )
    served = served_pairs(found)
    assert ("Cosmo Threlfall", "Bertram Quayle") in served
    assert ("Cosmo Threlfall", "Dr Ives") not in served


def test_a_sentence_about_another_work_keeps_its_casting_out() -> None:
    found = facts(
        "Greyfriars Row is filming in Hull.",
        "In Channel 5's Night Shift, Perpetua Oyelaran, then unknown, played PC Hollins.",
    )
    assert ("Perpetua Oyelaran", "PC Hollins") not in served_pairs(found)


def test_the_subjects_aside_naming_another_work_leaves_the_main_clause_ours() -> None:
    found = facts(
        "Greyfriars Row is filming in Hull.",
        "Pennock, a Bafta nominee for the Channel 4 drama Sable Reach, joins Noor Castellane, "
        "who plays the harbour master Tove Brandt, and Calder Wyse, who will play Bram Ellery.",
    )
    served = served_pairs(found)
    assert ("Noor Castellane", "Tove Brandt") in served
    assert ("Calder Wyse", "Bram Ellery") in served


def test_a_main_clause_still_about_the_other_work_keeps_its_casting_out() -> None:
    found = facts(
        "Greyfriars Row is filming in Hull.",
        "Pennock, a Bafta nominee for the Channel 4 drama Sable Reach, where Noor Castellane "
        "plays the harbour master Tove Brandt, is back in Hull.",
    )
    assert ("Noor Castellane", "Tove Brandt") not in pairs(found)
