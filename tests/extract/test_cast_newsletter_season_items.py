"""A newsletter's numbered item whose prose names its work as "season six of Grey Hounds" is that
work's news, even when the headline lists it beside the article's own: what it casts is not the
article's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def _letter(item: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "This week: a date for Copper Bay and a quiz show to skip.",
            "Hello, and welcome back.",
            "1. Copper Bay says goodbye",
            "The film arrives on 17 April. Ada Vale returns as Mira Holt.",
            "2. Grey Hounds rides again",
            item,
            "3. One to skip",
            "A quiz show nobody asked for.",
            title="The Brief: Copper Bay gets a date, Grey Hounds season six, and more",
        )
    )


def test_a_season_of_another_works_casting_is_not_ours() -> None:
    found = _letter(
        "Orbis has confirmed that season six of Grey Hounds, starring Tom Reed as Ansel Pike, will"
        " arrive later this year."
    )
    assert ("Tom Reed", "Ansel Pike") not in found
    assert ("Ada Vale", "Mira Holt") in found


def test_an_item_whose_prose_never_sets_the_work_as_one_stays() -> None:
    found = _letter("Orbis has confirmed that Tom Reed returns as Ansel Pike later this year.")
    assert ("Tom Reed", "Ansel Pike") in found
