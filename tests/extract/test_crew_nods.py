"""A nominee in brackets after a craft category the production itself was nominated in
(invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_score_nod_in_brackets_names_the_composer() -> None:
    found = facts(
        "Paper Moths leads the Coastline Film Prizes with six nominations.",
        "The film also picked up nods for best picture, best original score (Nell Okafor) and "
        "best ensemble.",
        title="Paper Moths leads the Coastline Film Prizes",
    )
    assert ("composer", "Nell Okafor") in credits(found)


def test_an_editing_nomination_in_brackets_names_the_editor() -> None:
    found = facts(
        "Paper Moths leads the Coastline Film Prizes with six nominations.",
        "It earned nominations in best editing (Ravi Menon) and best cinematography (Ana Vidal).",
        title="Paper Moths leads the Coastline Film Prizes",
    )
    assert {("editor", "Ravi Menon"), ("cinematographer", "Ana Vidal")} <= credits(found)


def test_a_bracket_outside_the_productions_own_nods_credits_nothing() -> None:
    found = facts(
        "Paper Moths leads the Coastline Film Prizes with six nominations.",
        "Other nominees include best original score (Lior Abadi) for Lantern Field.",
        title="Paper Moths leads the Coastline Film Prizes",
    )
    assert ("composer", "Lior Abadi") not in credits(found)
