"""Release statements that are not the film's, on invented text: the day a person spoke, after a
noun "hit" in apposition; a year that names an event ("this year's festival"); and no date in
one named territory while other territories may have theirs (held)."""

from __future__ import annotations

from tests.extract.helpers import facts, release_kinds

_TITLE = "Where to stream Copper Marsh, the coastal mystery"


def _served(*paragraphs: str, date: str = "2026-04-22") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def _held(*paragraphs: str, date: str = "2026-04-22") -> set[str]:
    found = facts(*paragraphs, date=date, title=_TITLE)
    return {r.kind.value for r in found.release if r.confidence < 0.7}


def test_the_day_a_person_spoke_is_not_a_release_date() -> None:
    assert not _served(
        "Copper Marsh is a six-part mystery.",
        "Odile Brannagh, best known as the nun in the HBO hit Quiet Orders, spoke to reporters "
        "in Lisbon on Tuesday.",
    )
    assert not _served(
        "Copper Marsh is a six-part mystery.",
        "Its star, fresh from the surprise hit Lowfield, was talking to fans in Cork on Friday.",
    )


def test_a_release_verb_after_the_speaker_still_dates_the_release() -> None:
    kinds = _served(
        "Copper Marsh is a six-part mystery.",
        "Odile Brannagh told reporters the series lands on Friday.",
    )
    assert kinds == {("premiere_date", "2026-04-24", False)}


def test_a_year_naming_an_event_is_not_a_window() -> None:
    assert not _served(
        "A coastal mystery shot in Kerry will open this year’s Dunmore Film Festival, organisers "
        "said."
    )
    assert not _served("Copper Marsh closes next year's Harbour Lights showcase.")


def test_no_date_in_one_territory_is_held() -> None:
    paragraphs = (
        "Copper Marsh is a six-part mystery.",
        "The streamer hasn't announced a date for Canada and Australia yet.",
    )
    assert not _served(*paragraphs)
    assert _held(*paragraphs) == {"not_announced"}
    paragraphs = (
        "Copper Marsh is a six-part mystery.",
        "There is no release date in the Netherlands so far.",
    )
    assert not _served(*paragraphs)


def test_no_date_for_the_film_or_its_season_is_still_served() -> None:
    kinds = _served(
        "Copper Marsh is a six-part mystery.",
        "The streamer hasn't announced a release date for Season 2 yet.",
    )
    assert kinds == {("not_announced", "", False)}
    kinds = _served("The streamer hasn't announced a release date for Copper Marsh yet.")
    assert kinds == {("not_announced", "", False)}


def test_a_year_qualifying_a_release_noun_is_the_release_window() -> None:
    kinds = _served(
        "Copper Marsh is a six-part mystery.",
        "Shooting starts in Galway in September, ahead of a 2027 broadcast.",
    )
    assert kinds == {("filming_planned", "2026-09", False), ("window", "2027", False)}
    kinds = _served(
        "Copper Marsh is a six-part mystery.",
        "Production gets under way in Dundee next month, with a 2027 premiere on the channel.",
    )
    assert ("window", "2027", False) in kinds
    assert ("filming_planned", "2027", False) not in kinds


def test_a_season_inside_a_quoted_title_is_no_window() -> None:
    kinds = _served(
        "Shooting is under way in Oban on “Copper Marsh,” the debut feature of Scottish director "
        "Ailsa Grier (“The Autumn Ledger”)."
    )
    assert not any(kind == "window" for kind, _, _ in kinds)
    kinds = _served(
        "Copper Marsh, the latest release from the makers of ‘Summer Lanes’, is a ghost story."
    )
    assert not any(kind == "window" for kind, _, _ in kinds)


def test_a_release_said_to_be_planned_is_a_hedged_window() -> None:
    kinds = _served(
        "Copper Marsh is a six-part mystery.",
        "A 2027 release is being planned.",
    )
    assert kinds == {("window", "2027", True)}
    kinds = _served(
        "Copper Marsh is a six-part mystery.",
        "An autumn 2026 launch on the channel is planned.",
    )
    assert kinds == {("window", "2026-09/2026-11", True)}


def test_cameras_rolling_on_a_bare_weekday_dates_the_start() -> None:
    kinds = _served(
        "Copper Marsh is a six-part mystery.",
        "Cameras started rolling Tuesday on the nine-week shoot in Oban.",
    )
    assert kinds == {("filming_started", "2026-04-21", False)}
    kinds = _served(
        "Copper Marsh is a six-part mystery.",
        "Cameras began rolling Monday in Galway, the producers confirmed.",
    )
    assert kinds == {("filming_started", "2026-04-20", False)}


def test_cameras_to_start_rolling_on_a_weekday_is_no_start_yet() -> None:
    kinds = _served(
        "Copper Marsh is a six-part mystery.",
        "Cameras will start rolling Monday in Galway.",
    )
    assert not any(kind == "filming_started" for kind, _, _ in kinds)


def test_an_expected_time_after_the_film_which_is_a_hedged_window() -> None:
    kinds = _served(
        "The channel has not yet set a release date for the series, which is expected some time "
        "in 2027."
    )
    assert kinds == {("not_announced", "", False), ("window", "2027", True)}
    kinds = _served("Nobody has given a premiere date for the show, which is expected in 2027.")
    assert ("window", "2027", True) in kinds


def test_an_expected_time_after_another_work_which_is_no_window() -> None:
    kinds = _served(
        "Copper Marsh is a six-part mystery.",
        "Her next film, which is expected in 2027, is a western.",
    )
    assert not any(kind == "window" for kind, _, _ in kinds)
