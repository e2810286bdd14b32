"""A trailer's or poster's own launch day told in a relative clause is no premiere, and a
premiere date worked out from an offset is held when the article writes out a different one,
each on invented text."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(
    *paragraphs: str, date: str, title: str = "Saltmarsh: first look"
) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date=date, title=title)
    return {(r.kind.value, str(r.date or r.window)) for r in found.release if r.served}


def test_a_trailers_launch_day_in_a_which_clause_is_no_premiere() -> None:
    for text in (
        "The ninety-second teaser, which dropped on Monday (9 March), shows Ada Quill "
        "rowing out into the fog.",
        "The new poster, which arrived on 9 March, puts Ada Quill in a lighthouse window.",
    ):
        served = _served(
            "Netflix has released the official trailer for Saltmarsh, the film that closes "
            "the saga.",
            text,
            date="2027-03-10",
            title="Saltmarsh trailer teases storms for Ada and Bo",
        )
        assert not any(kind == "premiere_date" for kind, _ in served), text


def test_a_which_clause_after_the_film_still_dates_the_film() -> None:
    served = _served(
        "Meet the cast of Saltmarsh, which lands on Hulu on 24 April.", date="2027-03-10"
    )
    assert ("premiere_date", "2027-04-24") in served


def test_an_offset_date_is_held_beside_a_written_out_premiere_date() -> None:
    for text in (
        "First there is a gala screening in Cardiff on Monday the 2nd, four days before "
        "the film lands on the service.",
        "A charity screening follows on Thursday the 5th, a week before it arrives in cinemas.",
    ):
        served = _served("Saltmarsh will arrive on Friday, June 12, 2027.", text, date="2027-03-10")
        dates = {day for kind, day in served if kind == "premiere_date"}
        assert dates == {"2027-06-12"}, text


def test_an_offset_date_alone_is_still_served() -> None:
    served = _served(
        "Saltmarsh has its premiere in Cardiff on 8 June, four days before it lands on the "
        "service.",
        date="2027-03-10",
    )
    assert ("premiere_date", "2027-06-12") in served


def test_a_person_arriving_for_work_is_no_release() -> None:
    for text in (
        "Ada Quill arrived in Whitby on Monday for her first day on set.",
        "Bo Fenn has arrived in Cardiff on 3 March to begin filming his scenes.",
        "She arrives at the studio on 14 March for a read-through with the cast.",
    ):
        served = _served("Saltmarsh is filming in Yorkshire.", text, date="2027-03-10")
        assert not any(kind == "premiere_date" for kind, _ in served), text


def test_the_film_arriving_is_still_its_release() -> None:
    for text in (
        "Saltmarsh arrives in cinemas on 14 May.",
        "The film arrives on Hulu on 14 May, a year after cameras first rolled.",
    ):
        served = _served("Saltmarsh has wrapped in Yorkshire.", text, date="2027-03-10")
        assert ("premiere_date", "2027-05-14") in served, text


def test_a_shoot_going_on_since_a_date_started_then() -> None:
    for text in (
        "Filming has been going since 9 June, and the crew head to Leeds next week.",
        "Production has been running since 9 June at a studio outside Bristol.",
    ):
        found = facts("Saltmarsh is shooting in Yorkshire.", text, date="2027-07-10")
        kinds = {(r.kind.value, str(r.date)) for r in found.release if r.served}
        assert ("filming_started", "2027-06-09") in kinds, text


def test_something_else_going_since_a_date_is_no_shoot() -> None:
    found = facts("Saltmarsh is shooting in Yorkshire.", "The teaser has been going viral "
                  "since 9 June.", date="2027-07-10")  # fmt: skip
    assert not any(r.kind.value == "filming_started" for r in found.release)
