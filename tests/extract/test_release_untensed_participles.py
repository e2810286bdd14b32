"""A bare ", released on" in a sentence about time to come dates the coming day."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Quillmere Road: Netflix shows first footage"
_LEDE = "Netflix showed the first footage from Quillmere Road at a gala in London on Saturday."


def _dates(*sentences: str, date: str = "2025-10-12") -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, *sentences, date=date, title=_TITLE)


def test_a_bare_released_on_in_a_sentence_ahead_is_the_coming_day() -> None:
    found = _dates(
        "Next month her story ends with Quillmere Road, the Netflix film that closes the saga, "
        "released on 17 April.",
        date="2026-03-30",
    )
    assert found == {("premiere_date", "2026-04-17", False)}
