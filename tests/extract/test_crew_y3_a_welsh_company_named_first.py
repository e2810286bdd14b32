"""A Welsh firm named with "Cwmni" ("company") first is a company, no producer (invented
sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Director Elin Pryse on her coastal ghost film The Bell Rock"


def test_produced_by_a_cwmni_names_no_producer() -> None:
    found = facts(
        "The Bell Rock is produced by Cwmni Heli and distributed by Marlow Pictures.",
        title=_TITLE,
    )
    assert not any(name == "Cwmni Heli" for _, name in credits(found))


def test_produced_by_a_person_keeps_the_producer() -> None:
    found = facts(
        "The Bell Rock is produced by Carys Heli and distributed by Marlow Pictures.",
        title=_TITLE,
    )
    assert ("producer", "Carys Heli") in credits(found)
