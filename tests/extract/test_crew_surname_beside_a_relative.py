"""A surname alone as a credit's subject, beside a relative who shares it ("Surname, who directed
the film and wrote it with his sister First Surname"): the surname refers back to the person the
article named before, never to the relative named after it. Invented articles and names."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Lantern Row leads the nominations"


def test_surname_who_directed_with_his_sister() -> None:
    found = served_crew(
        "Lantern Row, Cathal Halloran’s stormy drama about a lighthouse family, leads the "
        "nominations.",
        "Halloran, who directed the film and wrote the screenplay with his sister Maeve "
        "Halloran, said he was thrilled.",
        title=_TITLE,
    )
    assert {("director", "Cathal Halloran"), ("writer", "Cathal Halloran")} <= found
    assert ("director", "Maeve Halloran") not in found


def test_surname_directed_and_wrote_with_her_husband() -> None:
    found = served_crew(
        "Lantern Row, Élise Vasquez’s first feature, leads the field at the awards.",
        "Vasquez directed the film and wrote the script with her husband Tomas Vasquez.",
        title=_TITLE,
    )
    assert ("director", "Élise Vasquez") in found
    assert ("director", "Tomas Vasquez") not in found


def test_surname_who_directed_with_their_brother() -> None:
    found = served_crew(
        "Lantern Row is the second feature from Noor Achterhuis, who grew up on the dunes.",
        "Achterhuis, who directed the film and co-wrote the script with their brother Sem "
        "Achterhuis, thanked the island.",
        title=_TITLE,
    )
    assert ("director", "Noor Achterhuis") in found
    assert ("director", "Sem Achterhuis") not in found
