"""A season of our show moved, named with its title's own "The", on invented text: the new date
is the release's; a season of a show the article is not about stays unread."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "The Night Porters Season 2 Delayed to June"


def _kinds(*paragraphs: str, date: str = "2026-02-10") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_our_season_moved_from_one_day_to_another_takes_the_new_day() -> None:
    kinds = _kinds(
        "ITV has moved the second series of The Night Porters from Sunday 12 April to Sunday "
        "7 June, the channel said on Tuesday.",
    )
    assert kinds == {("premiere_date", "2026-06-07", False)}


def test_our_season_moved_told_another_way_takes_the_new_day() -> None:
    kinds = _kinds(
        "The second season of The Night Porters now arrives on Sunday 7 June, two months later "
        "than planned.",
    )
    assert ("premiere_date", "2026-06-07", False) in kinds


def test_a_season_of_another_show_moved_is_not_ours() -> None:
    kinds = _kinds(
        "The Night Porters returns to ITV this year.",
        "Elsewhere, Channel 5 has moved the new series of The Lock Keepers to Sunday 14 June.",
    )
    assert ("premiere_date", "2026-06-14", False) not in kinds
