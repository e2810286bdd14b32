"""Joining or boarding a work named with a two-word noun ("feature film", "drama series") in a
part is a casting in that work, as with one noun."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_boarded_an_owned_feature_film_as() -> None:
    found = facts(
        "Danish actor Anders Voll has boarded Netflix’s Tidewater Road feature film as Rory "
        "Fenn, the flatmate who shares Ada’s first term.",
        title="Tidewater Road adds Anders Voll",
    )
    assert ("Anders Voll", "Rory Fenn") in served_pairs(found)


def test_joins_a_drama_series_as() -> None:
    found = facts(
        "Petra Lusk joins the Tidewater Road drama series as the harbour master Edda Skov.",
        title="Tidewater Road casting",
    )
    assert ("Petra Lusk", "Edda Skov") in served_pairs(found)


def test_has_joined_the_feature_film_as() -> None:
    found = facts(
        "Oren Blay has joined the Tidewater Road feature film as Ivo Drake.",
        title="Tidewater Road casting",
    )
    assert ("Oren Blay", "Ivo Drake") in served_pairs(found)
