"""A passive credit with the manner between the verb and the maker ("directed with quiet
confidence by X"; invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = "Paper Moths is a quiet film about lamplighters."
_TITLE = "Paper Moths review"


def test_directed_with_a_manner_by_names_the_director() -> None:
    found = served_crew(
        _LEDE,
        "The film, directed with real tenderness by Ines Calloway, opens in June.",
        title=_TITLE,
    )
    assert ("director", "Ines Calloway") in found


def test_a_screenplay_directed_with_a_manner_names_the_director() -> None:
    found = served_crew(
        _LEDE,
        "Brennick’s screenplay, directed with unshowy warmth by Ines Calloway, makes the dark "
        "the villain.",
        title=_TITLE,
    )
    assert ("director", "Ines Calloway") in found


def test_shot_with_a_manner_names_the_cinematographer() -> None:
    found = served_crew(_LEDE, "It is shot with great patience by Oskar Threlfall.", title=_TITLE)
    assert ("cinematographer", "Oskar Threlfall") in found


def test_a_name_after_with_is_no_manner() -> None:
    found = served_crew(_LEDE, "It was directed with Tova Brennick by Ines Calloway.", title=_TITLE)
    assert ("director", "Tova Brennick") not in found
