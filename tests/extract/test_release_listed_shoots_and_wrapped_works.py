"""A shoot told in a list that shares the production's "was" ("the film was announced last April,
shot between July and September in Wendlow, and was directed by ...") gives its start and wrap; so
does someone who "wrapped the Brindlecombe film on 5 September" give the wrap's day when that
is the article's work. A list whose "shot" is not the production's ("the cast were photographed
..."), a person who wrapped their own scenes and one who wrapped another work before starting on
ours give none."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "The Weekly: Brindlecombe finally has a date"


def test_a_listed_shoot_gives_its_start_and_wrap() -> None:
    kinds = release_kinds(
        "Netflix confirmed that Brindlecombe will stream from Friday 17 April.",
        "For the record: the film was announced last April, shot between July and September in"
        " Wendlow and Hobcarr, and was directed by Ann Lee.",
        date="2026-02-10",
        title=_TITLE,
    )
    assert ("filming_started", "2025-07", False) in kinds
    assert ("filming_wrapped", "2025-09", False) in kinds


def test_a_list_without_the_shoot_gives_no_span() -> None:
    kinds = release_kinds(
        "Netflix confirmed that Brindlecombe will stream from Friday 17 April.",
        "For the record: the film was announced last April, and its posters went up between"
        " July and September in Wendlow.",
        date="2026-02-10",
        title=_TITLE,
    )
    assert not {kind for kind in kinds if kind[0].startswith("filming")}


def test_someone_who_wrapped_the_work_dates_the_wrap() -> None:
    kinds = release_kinds(
        "Odo Marsh on growing up in public, and on leaving Brindlecombe.",
        "Marsh wrapped the Brindlecombe film on 5 September after eight weeks on location in"
        " Wendlow.",
        date="2026-01-20",
        title="Odo Marsh: the Brindlecombe star on saying goodbye",
    )
    assert ("filming_wrapped", "2025-09-05", False) in kinds


def test_someone_who_wrapped_another_work_dates_no_wrap_of_ours() -> None:
    kinds = release_kinds(
        "Brindlecombe has cast Odo Marsh as its lead.",
        "Marsh wrapped the Copper Bay film on 5 September and starts on Brindlecombe next week.",
        date="2025-09-10",
        title="Brindlecombe casts Odo Marsh",
    )
    assert not {kind for kind in kinds if kind[0].startswith("filming")}


def test_someone_who_wrapped_their_scenes_dates_no_wrap() -> None:
    kinds = release_kinds(
        "Odo Marsh on growing up in public.",
        "Marsh wrapped his scenes on 5 September after eight weeks on location in Wendlow.",
        date="2026-01-20",
        title="Odo Marsh: the actor on saying goodbye",
    )
    assert ("filming_wrapped", "2025-09-05", False) not in kinds
