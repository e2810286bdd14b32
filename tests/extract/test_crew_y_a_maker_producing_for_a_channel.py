"""A producer "for" a channel or streamer alone ("produced by Ashfield Row for Channel 4.") is
the production company the broadcaster commissioned: held. A person told producing for a
studio or a company ("for Sky Studios and Lumen Films") keeps the credit, as does an executive
producer "for Netflix"."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Gullhaven: first look at the new coastal drama"
_LEDE = "A first look at Gullhaven, the new coastal drama, was released on Tuesday."


def test_a_maker_producing_for_a_channel_is_held() -> None:
    crew = served_crew(
        _LEDE,
        "Gullhaven is written by Nora Fell, directed by Kit Vance and produced by Ashfield Row"
        " for Channel 4.",
        title=_TITLE,
    )
    assert ("producer", "Ashfield Row") not in crew
    assert ("director", "Kit Vance") in crew


def test_a_person_producing_for_a_studio_and_a_company_is_kept() -> None:
    crew = served_crew(
        _LEDE,
        "Gullhaven is produced by Maya Tren for Sky Studios and Ashfield Pictures.",
        title=_TITLE,
    )
    assert ("producer", "Maya Tren") in crew


def test_a_person_producing_for_a_company_is_kept() -> None:
    crew = served_crew(
        _LEDE, "Gullhaven is produced by Maya Tren for Ashfield Pictures.", title=_TITLE
    )
    assert ("producer", "Maya Tren") in crew


def test_an_executive_producer_for_a_streamer_is_kept() -> None:
    crew = served_crew(
        _LEDE,
        "Gullhaven is executive produced by Maya Tren for Netflix.",
        title=_TITLE,
    )
    assert ("executive_producer", "Maya Tren") in crew
