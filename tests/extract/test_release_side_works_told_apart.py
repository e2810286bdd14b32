"""A release or shoot statement about something beside the production (a new job someone starts
shooting, an episode's name, a trailer's drop, the night of a premiere screening, another work's
sequel, a second broadcaster's later run) is not the production's; invented articles."""

from __future__ import annotations

import datetime as dt

from bot.extract.context import Context
from bot.extract.release_side_works import beside_the_production
from bot.facts import ReleaseFact, ReleaseKind
from tests.extract.helpers import facts


def served(*paragraphs: str, date: str = "2025-09-18") -> list[tuple[str, object]]:
    found = facts(*paragraphs, date=date, title=None)
    return [(r.kind.value, r.title or r.window or r.date) for r in found.release if r.served]


def test_a_new_job_shot_by_someone_is_not_our_shoot() -> None:
    for sentence in (
        "Quillon has already moved on: she starts filming a period drama in Orkney next month.",
        "Next, Tamsin Vail begins shooting a small comedy about beekeepers in November.",
    ):
        found = served("Brackenmoor opens in cinemas on 4 December.", sentence)
        assert all(kind.startswith("filming") is False for kind, _ in found), sentence


def test_our_own_shoot_starting_stays() -> None:
    found = served("Brackenmoor starts filming in Orkney in November.")
    assert ("filming_planned", "2025-11") in found


def test_an_episodes_name_is_not_the_title() -> None:
    for sentence in (
        "We talked about the episode titles (the opener is called “Compline”) and the cast.",
        "Episode two is titled “Lauds”, the writer told us, and the pilot is darker.",
    ):
        assert not any(kind == "title" for kind, _ in served(sentence)), sentence


def test_a_trailers_drop_does_not_date_the_film() -> None:
    for sentence in (
        "The first full trailer for Saltmarsh Kin, directed by Ilse Maro, dropped this morning.",
        "A new teaser for Saltmarsh Kin landed on 9 September, and it is mostly fog.",
    ):
        assert served(sentence) == [], sentence


def test_a_trailer_sentence_that_dates_the_film_stays() -> None:
    found = served(
        "The trailer for Saltmarsh Kin dropped today, and the film opens on 2 October 2025."
    )
    assert ("premiere_date", dt.date(2025, 10, 2)) in found


def test_the_night_of_a_premiere_screening_is_not_the_release() -> None:
    found = served(
        "Guests arrive at the Regent on 14 October for the world premiere screening of "
        "Saltmarsh Kin.",
        "The film streams on Netflix from Friday 17 October.",
    )
    assert ("premiere_date", dt.date(2025, 10, 14)) not in found
    assert ("premiere_date", dt.date(2025, 10, 17)) in found


def test_another_works_sequel_and_a_later_run_are_not_ours() -> None:
    found = served(
        "Saltmarsh Kin premieres on Channel Nine on Sunday 5 October, with the Channel Ten "
        "broadcast following later in the winter.",
        "The Larder Job's writer has already been signed for a sequel, due in 2027.",
    )
    assert found == [("premiere_date", dt.date(2025, 10, 5))]


def test_near_misses_stay_ours() -> None:
    assert ("title", "Brackenmoor: Last Light") in served(
        "The streamer confirmed the feature-length finale will be called Brackenmoor: Last Light."
    )
    found = served(
        "Brackenmoor premieres at the Lisbon festival in October, with a UK release to follow "
        "early next year."
    )
    assert ("window", "2026-01/2026-04") in found
    teaser = "The teaser only promised the film this winter, and our best guess is early 2026."
    fact = ReleaseFact(ReleaseKind.WINDOW, teaser, window="2026-01/2026-04", hedged=True)
    assert not beside_the_production(fact, Context(frozenset(), ()))
