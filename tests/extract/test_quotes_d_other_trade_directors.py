"""Another trade's director ("the dubbing director", "the casting director") is no one the
article names: never the film's own director; "the director" still is."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import served_quote_sources

_LEDE = "Director Lena Hartwig's Nordlicht opens in Hamburg on Friday."


def test_the_dubbing_director_is_not_the_film_s_director() -> None:
    found = served_quote_sources(
        _LEDE, "Voice actor Jan Brandt said the dubbing director had warned him: “Not so loud.”"
    )
    speaker, source = found["Not so loud."]
    assert source is not SourceKind.PERSON and speaker != "Lena Hartwig"


def test_the_director_alone_is_still_the_film_s() -> None:
    found = served_quote_sources(
        _LEDE, "Voice actor Jan Brandt said the director had warned him: “Not so loud.”"
    )
    assert found["Not so loud."] == ("Lena Hartwig", SourceKind.PERSON)
