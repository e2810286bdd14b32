"""A bracketed list that leads the cast ("Ada Vale (Mira Holt) and Kai Lund (Noor Bell) lead
the cast") or follows "the cast, with" names its actors outside the brackets."""

from __future__ import annotations

from tests.extract.helpers import facts
from tests.extract.helpers import served_pairs as served


def test_a_list_that_leads_the_cast_and_the_list_after_it_are_actor_first() -> None:
    found = facts(
        "The final chapter of Lamplit Row has finished filming, and here is what we know.",
        "Rosa Marsh (Ivy Thorne) and Dev Okoro (Finn Garland) lead the cast, with Tam "
        "Bellweather (Odile Crane) and Saoirse Pike (June Harrow) all returning.",
    )
    assert served(found) == {
        ("Rosa Marsh", "Ivy Thorne"),
        ("Dev Okoro", "Finn Garland"),
        ("Tam Bellweather", "Odile Crane"),
        ("Saoirse Pike", "June Harrow"),
    }


def test_a_list_that_heads_the_ensemble_is_actor_first() -> None:
    found = facts(
        "Quarrel Lane returns to BBC One in the autumn.",
        "Petra Lindholt (Hanne Vogt) and Osman Reyes (Tomas Berg) head the ensemble once more.",
    )
    assert served(found) == {("Petra Lindholt", "Hanne Vogt"), ("Osman Reyes", "Tomas Berg")}


def test_the_cast_with_a_comma_before_a_list_is_actor_first() -> None:
    found = facts(
        "Quarrel Lane returns to BBC One in the autumn.",
        "Two newcomers join the main cast, with Ilse Marcovici (Rosa Berg) and Callum Adair "
        "(Joss Penhallow) playing the twins.",
    )
    assert served(found) >= {("Ilse Marcovici", "Rosa Berg"), ("Callum Adair", "Joss Penhallow")}
