"""People "due" somewhere at a time are coming, not our release."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Quillmere Road: Netflix shows first footage"
_LEDE = "Netflix showed the first footage from Quillmere Road at a gala in London on Saturday."


def _dates(*sentences: str, date: str = "2025-10-12") -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, *sentences, date=date, title=_TITLE)


def test_people_due_somewhere_today_are_no_premiere() -> None:
    assert _dates("The Quillmere Road cast are due on the main stage this afternoon.") == set()
