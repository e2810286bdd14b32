"""Three kinds of time the release rules once misread, on invented text: a month told with
"last year" ("Shooting began in March last year") is last year's month, not this year's; a
profile's other work its subject "has finished shooting" keeps its own "due next year"; and a
crew or its cameras arriving somewhere ("The cameras ... arrived in Tarnow on Monday") is the
shoot moving, not the series arriving on screen."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: what we know"


def test_a_month_told_with_last_year_is_last_years() -> None:
    kinds = release_kinds(
        "Copper Bay, the new Lumen drama, returns on 4 July.",
        "The harbour set was built in Galway, where filming began in March last year and "
        "wrapped in August.",
        date="2026-05-20",
        title=_TITLE,
    )
    assert ("filming_started", "2025-03", False) in kinds
    assert not any(value == "2026-03" for _, value, _ in kinds)


def test_a_month_told_with_last_year_before_the_month_now() -> None:
    kinds = release_kinds(
        "Copper Bay, the new Lumen drama, returns on 4 July.",
        "Shooting on the drama started in February of last year in Cork.",
        date="2026-06-02",
        title=_TITLE,
    )
    assert ("filming_started", "2025-02", False) in kinds
    assert not any(value == "2026-02" for _, value, _ in kinds)


def test_a_month_told_with_next_year_after_the_month_now() -> None:
    kinds = release_kinds(
        "Lumen has confirmed that Copper Bay will premiere in July next year.",
        date="2026-05-20",
        title=_TITLE,
    )
    assert not any(value == "2026-07" for _, value, _ in kinds)


_PROFILE = "Copper Bay star Ruaidhri Venn on the long road to a lead"


def test_a_work_just_shot_keeps_its_due_year() -> None:
    kinds = release_kinds(
        "Ruaidhri Venn plays the ferryman in Copper Bay, which arrives on 19 June.",
        "He has finished shooting Saltmarsh Row, a Lumen crime drama set in Hull, in which he "
        "plays a sergeant, and it is due next year.",
        date="2026-06-10",
        title=_PROFILE,
    )
    assert not any(value == "2027" for _, value, _ in kinds)


def test_a_work_already_wrapped_keeps_its_date() -> None:
    kinds = release_kinds(
        "Ruaidhri Venn plays the ferryman in Copper Bay, which arrives on 19 June.",
        "She has just wrapped filming Tallowmere, a period piece for the BBC, which airs in "
        "the autumn.",
        date="2026-06-10",
        title=_PROFILE,
    )
    assert not any(value.startswith("2026-09") for _, value, _ in kinds)


_SHOOT = "Frost on the coast: the thriller Cold Pier shoots in Tarnow"


def test_the_cameras_arriving_are_the_shoot_moving() -> None:
    kinds = release_kinds(
        "The cameras of the new crime series “Cold Pier” (in English, “Chill”) arrived in "
        "Tarnow on Monday, after two weeks of filming in Lodz.",
        "The series will premiere on Lumen in autumn 2026.",
        date="2026-02-04",
        title=_SHOOT,
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_the_crew_arriving_is_the_shoot_moving() -> None:
    kinds = release_kinds(
        "The film crew of “Cold Pier” arrives in Tarnow on Friday for a week on the pier.",
        date="2026-02-04",
        title=_SHOOT,
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)
