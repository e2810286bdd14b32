"""A profile's next part in another work, told as "‘Marrowby’, in which he will play a
lighthouse keeper", dates that work's shoot in the same sentence, not ours; and a film's
expanded release or return to cinemas is a second outing, not its premiere. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay star Tam Okafor on the long road to the screen"


def _kinds(*paragraphs: str, date: str = "2026-03-10") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


_LEDE = "Tam Okafor plays the harbourmaster in Copper Bay, which lands on Netflix on 8 May."


def test_a_next_part_in_a_quoted_work_keeps_its_shoot() -> None:
    kinds = _kinds(
        _LEDE,
        "Next, he heads to ITV’s “Marrowby”, in which he will play a lighthouse keeper; "
        "filming on that begins in July.",
    )
    assert not any(kind.startswith("filming") for kind, _, _ in kinds)
    assert ("premiere_date", "2026-05-08", False) in kinds


def test_a_next_part_in_a_bare_named_work_keeps_its_shoot() -> None:
    kinds = _kinds(
        _LEDE,
        "After that comes Pellham Road, in which he is set to play a barrister, and shooting "
        "on it starts in August.",
    )
    assert not any(kind.startswith("filming") for kind, _, _ in kinds)


def test_a_next_part_told_with_they_keeps_its_shoot() -> None:
    kinds = _kinds(
        _LEDE,
        "Then there is the BBC’s ‘Greyfriars Lane’, in which they are to star as twins; "
        "production on it gets under way in September.",
    )
    assert not any(kind.startswith("filming") for kind, _, _ in kinds)


def test_a_part_in_our_own_work_still_dates_our_shoot() -> None:
    kinds = _kinds(
        "Copper Bay, in which Tam Okafor will play the harbourmaster, is a new drama for "
        "Netflix; filming begins in June.",
    )
    assert ("filming_planned", "2026-06", False) in kinds


_AWARDS = "Copper Bay: the small film that could"


def test_an_expanded_release_is_not_a_premiere() -> None:
    kinds = release_kinds(
        "Copper Bay opened in cinemas on 9 October 2025 to little fanfare.",
        "Its distributor confirmed on Monday that it will return to cinemas in an expanded "
        "release from this Friday.",
        date="2026-01-20",
        title=_AWARDS,
    )
    assert ("premiere_date", "2025-10-09", False) in kinds
    assert not any(date.startswith("2026") for _, date, _ in kinds)


def test_a_return_to_cinemas_is_not_a_premiere() -> None:
    kinds = release_kinds(
        "Copper Bay opened in cinemas on 9 October 2025.",
        "After the nominations it returns to cinemas on 30 January, on two hundred screens.",
        date="2026-01-20",
        title=_AWARDS,
    )
    assert not any(date.startswith("2026") for _, date, _ in kinds)
