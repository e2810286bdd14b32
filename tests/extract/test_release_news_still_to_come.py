"""More news of the film promised for a later month ("Casting news, together with a teaser,
will be released in August", "More information will be shared in the summer") dates that news,
not the release: no window is served from it, while the film's own date stays; invented text."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Thistlecombe: streamer sets title and date for the finale"
_LEDE = "The streamer today announced that Thistlecombe will premiere on Friday 9 October 2026."


def _kinds(*paragraphs: str) -> set[tuple[str, str]]:
    served = served_releases(_LEDE, *paragraphs, date="2026-06-18", title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def test_further_details_with_a_trailer_aside_date_no_window() -> None:
    kinds = _kinds("Casting news, together with a teaser, will be released in August.")
    assert kinds == {("premiere_date", "2026-10-09")}


def test_more_details_released_later_date_no_window() -> None:
    kinds = _kinds("More details will be released in August.")
    assert kinds == {("premiere_date", "2026-10-09")}


def test_information_including_images_shared_later_dates_no_window() -> None:
    kinds = _kinds("Further information, including first-look images, will be shared in summer.")
    assert kinds == {("premiere_date", "2026-10-09")}


def test_updates_to_come_date_no_window() -> None:
    kinds = _kinds("Updates will be released in September, the streamer said.")
    assert kinds == {("premiere_date", "2026-10-09")}


def test_the_films_own_release_after_news_is_still_served() -> None:
    served = served_releases(
        "The streamer announced Thistlecombe today.",
        "More information will be shared in July, and the film will be released in October.",
        date="2026-06-18",
        title=_TITLE,
    )
    assert ("window", "2026-10") in {(r.kind.value, str(r.window)) for r in served}


def test_news_due_when_the_film_itself_arrives_dates_the_film() -> None:
    for sentence in (
        "More details will be released in August, when the film itself arrives in cinemas.",
        "Casting news will be released in August, when the comedy lands on the streamer.",
    ):
        served = served_releases(
            "The streamer announced Thistlecombe today.", sentence, date="2026-06-18", title=_TITLE
        )
        assert ("window", "2026-08") in {(r.kind.value, str(r.window)) for r in served}, sentence
