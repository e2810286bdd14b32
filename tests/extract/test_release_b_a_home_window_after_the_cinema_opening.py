"""Once the film has opened in cinemas, a home platform's later date or window told in another
sentence ("It comes to a streaming service on 4 February") is its next window, held; the cinema
opening stays the release. Without a cinema opening, a streaming date is the release. Invented
text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts

_HEADLINE = "Thornwick Marsh picks up four nominations"


def _served(*paragraphs: str, date: str = "2026-01-20") -> set[tuple[str, str]]:
    found = facts(*paragraphs, date=date, title=_HEADLINE)
    return {
        (r.kind.value, str(r.date or r.window)) for r in found.release if r.served and not r.title
    }


def test_a_streaming_date_after_the_cinema_opening_is_held() -> None:
    served = _served(
        "Thornwick Marsh, the fenland drama from Odile Carrow, opened in UK cinemas on 9 January.",
        "Thornwick Marsh comes to the streaming service Glasshouse on 4 February.",
    )
    assert ("premiere_date", "2026-01-09") in served
    assert ("premiere_date", "2026-02-04") not in served


def test_a_home_window_after_the_cinema_run_is_held() -> None:
    served = _served(
        "Thornwick Marsh, the fenland drama from Odile Carrow, opened in UK cinemas on 9 January.",
        "The distributor says the film will be available to rent digitally in the spring.",
    )
    assert ("window", "2026-03/2026-05") not in served


def test_a_streaming_date_without_a_cinema_opening_is_the_release() -> None:
    served = _served(
        "Thornwick Marsh, the fenland drama from Odile Carrow, comes to the streaming service"
        " Glasshouse on 4 February.",
    )
    assert ("premiere_date", "2026-02-04") in served
