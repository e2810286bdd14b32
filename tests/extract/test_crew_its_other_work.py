"""A sentence going on with "Its" about another work the sentence before told by its kind ("T,
the BBC mystery ... Its second series starts in May, creator X confirmed") credits nobody on the
article's own production; after our own work told so, the credit stays."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_HEAD = "Corrisdale: the film that closes the saga"


def test_its_after_another_work_told_by_its_kind() -> None:
    served = served_crew(
        "Corrisdale, the film that ends the series, lands on Quorlith on Friday.",
        "Before Corrisdale, the stage hosted the cast of Tamsay Point, the Pellowan Two mystery"
        " starring Ulla Brevik-Holl. Its third series starts in June, creator Oskar Fenwright-Dale"
        " confirmed.",
        title=_HEAD,
    )
    assert ("creator", "Oskar Fenwright-Dale") not in served


def test_its_after_our_own_work_told_by_its_kind() -> None:
    served = served_crew(
        "The stage then hosted the cast of Corrisdale, the Quorlith drama starring Ulla"
        " Brevik-Holl. Its final chapter lands on Friday, creator Oskar Fenwright-Dale confirmed.",
        title=_HEAD,
    )
    assert ("creator", "Oskar Fenwright-Dale") in served


def test_its_after_a_fronted_credit_of_our_film() -> None:
    served = served_crew(
        "Corrisdale climbed to second on the Quorlith chart this week.",
        "Written by Ulla Brevik-Holl, the film was made for Tamsay Pictures. Its score, by"
        " composer Oskar Fenwright-Dale, has charted too.",
        title=_HEAD,
    )
    assert ("composer", "Oskar Fenwright-Dale") in served
