"""A bracketed list its cue words leave unsettled takes its order from a family name it shares
with a part the article casts plainly: "Ada Vale plays Mira Holt ... Tom Reed (Gus Holt)" makes
Gus Holt the part, and the whole list reads the same way (:mod:`bot.extract.castfamilies`)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_list_after_a_lower_case_word_reads_actor_first_by_a_family_name() -> None:
    found = facts(
        "Filming on the second series of Lanternwick ended in Hull last week.",
        "Petra Orwin and Casimir Delde return as Mabel Tarrow and Quentin Iles. Also back are"
        " Sunniva Kraal (Edda Rusk), Bartholomew Ng (Fenwick Oduya) and Ilse Marrow"
        " (Dorothea Tarrow), with newcomer Abel Prine as a lodger.",
    )
    assert {
        ("Sunniva Kraal", "Edda Rusk"),
        ("Bartholomew Ng", "Fenwick Oduya"),
        ("Ilse Marrow", "Dorothea Tarrow"),
    } <= served_pairs(found)
    assert ("Edda Rusk", "Sunniva Kraal") not in served_pairs(found)


def test_family_name_on_the_outer_side_reads_part_first() -> None:
    found = facts(
        "Greyhollow, the new coastal drama, started shooting in Cornwall on Monday.",
        "Odile Brannagh plays the lighthouse keeper Agnes Penhallow. Joining her are Tamsin"
        " Penhallow (Rosalind Achebe), Wilf Carne (Dmitri Sowerby) and Jory Treloar"
        " (Henrike Vos).",
    )
    assert {
        ("Rosalind Achebe", "Tamsin Penhallow"),
        ("Dmitri Sowerby", "Wilf Carne"),
        ("Henrike Vos", "Jory Treloar"),
    } <= served_pairs(found)


def test_each_pair_keeps_the_side_its_own_family_name_marks() -> None:
    found = facts(
        "The third series of Marshfield Road is due next spring.",
        "Leontyne Cray plays Hester Vantongeren and Pim Adeyemi plays Otto Fairlie. Back again"
        " are Clara Vantongeren (Joss Mbatha) and Rupert Lyle (Greta Fairlie).",
    )
    served = served_pairs(found)
    assert {("Joss Mbatha", "Clara Vantongeren"), ("Rupert Lyle", "Greta Fairlie")} <= served
    assert not {("Clara Vantongeren", "Joss Mbatha"), ("Greta Fairlie", "Rupert Lyle")} & served
