"""A hyphened origin after "by the" ("directed by the Irish-born X", "by the Anglo-French X")
describes the person named next, as "by the Welsh writer X" does; a company after it stays no
person, and a plain "by X" keeps working."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Harbour Lights film: the German edition"
_LEDE = "The Harbour Lights film arrives in German cinemas next week with a dubbed version."


def test_a_hyphened_origin_before_the_name_credits_the_director() -> None:
    crew = served_crew(
        _LEDE, "The film is directed by the Danish-Canadian Nadia Orr.", title=_TITLE
    )
    assert ("director", "Nadia Orr") in crew


def test_a_born_origin_before_the_name_credits_the_writer() -> None:
    crew = served_crew(_LEDE, "It was written by the Leeds-born Colm Bray.", title=_TITLE)
    assert ("writer", "Colm Bray") in crew


def test_a_company_after_a_hyphened_origin_is_no_producer() -> None:
    crew = served_crew(
        _LEDE, "The film is produced by the Anglo-French Tidewater Pictures.", title=_TITLE
    )
    assert not any(name == "Tidewater Pictures" for _, name in crew)
