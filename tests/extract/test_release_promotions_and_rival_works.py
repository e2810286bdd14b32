"""Times that belong to a trailer, or to a rival's or a guide's other work, not to our release."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: everything we know"
_DATE = "2026-02-10"


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_kinds(sentence, date=_DATE, title=_TITLE)


def test_a_trailer_released_after_an_aside_gives_no_premiere() -> None:
    found = _found("Copper Bay's first-look teaser, featuring its theme, was released on Tuesday.")
    assert not any(kind == "premiere_date" for kind, _, _ in found)


def test_the_film_released_on_a_day_keeps_its_date() -> None:
    found = _found("Copper Bay, featuring a new theme, will be released on 12 June.")
    assert ("premiere_date", "2026-06-12", False) in found


def test_a_trailer_awaited_as_one_gives_no_window() -> None:
    found = _found(
        "Harbourlight usually drops a full trailer a month before release, so expect one in April."
    )
    assert ("window", "2026-04", False) not in found


def test_the_film_dated_beside_an_awaited_trailer_keeps_its_window() -> None:
    found = _found("No trailer yet, but Copper Bay lands in April, so expect one in March.")
    assert ("window", "2026-04", False) in found
    assert ("window", "2026-03", False) not in found


def test_a_rivals_own_work_gives_no_premiere() -> None:
    found = _found(
        "Copper Bay is number one. Wrenfield confirmed that its own coastal thriller, Gull Point,"
        " starring Tess Marle as DS Ann Rook, will premiere on 12 June."
    )
    assert ("premiere_date", "2026-06-12", False) not in found


def test_our_own_work_named_after_its_own_keeps_its_premiere() -> None:
    found = _found(
        "Harbourlight confirmed that its own thriller, Copper Bay, will premiere on 12 June."
    )
    assert ("premiere_date", "2026-06-12", False) in found


def test_a_guides_other_pick_gives_no_premiere() -> None:
    found = _found("Also worth a look: Gull Point returns to Channel 9 on Monday at 9pm.")
    assert not any(kind == "premiere_date" for kind, _, _ in found)


def test_a_guides_other_pick_told_by_its_kind_gives_no_premiere() -> None:
    found = release_kinds(
        "Copper Bay is coming to Harbourlight.",
        "Also worth a watch: a new thriller lands on Channel 9 on 16 February.",
        date=_DATE,
        title="What to watch: Copper Bay and more",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in found)


def test_a_profiles_next_work_dates_no_shoot_of_ours() -> None:
    found = _found(
        "Next up is Gull Point, a thriller in which Tess Marle plays a diver."
        " It begins shooting in Malta in June."
    )
    assert not any(kind == "filming_planned" for kind, _, _ in found)


def test_our_work_named_next_up_keeps_its_shoot() -> None:
    found = _found(
        "Next up is Copper Bay, a thriller in which Tess Marle plays a diver."
        " It begins shooting in Malta in June."
    )
    assert ("filming_planned", "2026-06", False) in found
