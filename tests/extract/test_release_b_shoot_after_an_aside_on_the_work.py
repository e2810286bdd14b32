"""An aside on the work between it and its shoot's verb ("The film, directed by Anselm Drury,
finished shooting last month", "Filming on the film, the last of the trilogy, wrapped last
month") leaves the shoot's step and month as without it. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Wickerlow: the cast talk the last day"
_LEDE = "Wickerlow, the coastal drama from Anselm Drury, is in the edit."


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2025-10-25", title=_TITLE)


def test_a_directed_by_aside_leaves_the_work_s_wrap() -> None:
    found = _found("The film, directed by Anselm Drury, finished shooting last month.")
    assert ("filming_wrapped", "2025-09", False) in found


def test_an_article_led_aside_leaves_the_shoot_s_wrap() -> None:
    found = _found("Filming on the film, the last of the trilogy, wrapped last month.")
    assert ("filming_wrapped", "2025-09", False) in found


def test_a_person_s_aside_is_no_shoot() -> None:
    found = _found("Anselm Drury, the director, finished a novel last month.")
    assert not any(kind.startswith("filming") for kind, _, _ in found)
