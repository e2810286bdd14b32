"""Our film's title named in passing, its headline's use counted: a headline that quotes it, a
headline that calls the film by its franchise ("X film wraps"), a platform's "Streamly’s X" as
the franchise's name. Never a part someone plays, nor a fan-made title. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import facts


def _titles(*paragraphs: str, title: str, date: str = "2026-03-21") -> set[str]:
    found = facts(*paragraphs, date=date, title=title)
    return {r.title or "" for r in found.release if r.kind.value == "title" and r.served}


def test_a_title_the_headline_quotes_and_the_body_names_once_is_served() -> None:
    found = _titles(
        "Ada Reyes’s farewell to Tam and Jory opened the Harbour festival to a long ovation.",
        "Larkhill Evermore, the feature-length finale to the coastal series fans of Larkhill"
        " grew up with, had its world premiere on Friday night.",
        "Reyes told the audience she had written the last scene first.",
        title="Harbour 2026: ‘Larkhill Evermore’ brings the house down at the Rio",
    )
    assert found == {"Larkhill Evermore"}


def test_a_platforms_possessive_tells_the_franchise() -> None:
    found = _titles(
        "Follow the red carpet for the final chapter of Netflix’s Larkhill, two days before"
        " it streams.",
        "The London premiere of Larkhill Evermore is taking place in Soho tonight.",
        "Doors open at 6pm, and the cast of Larkhill Evermore arrive from 7pm.",
        title="Larkhill Evermore premiere LIVE: the cast arrive in Soho",
    )
    assert found == {"Larkhill Evermore"}


def test_a_headline_that_calls_the_film_by_its_franchise_serves_the_title_named_once() -> None:
    found = _titles(
        "The cameras have stopped rolling on Larkhill Evermore, the film that closes the story"
        " of the coastal series.",
        "Viewers abroad will have to wait until next year to see it.",
        title="Larkhill film wraps in Wales – viewers abroad must wait until 2027",
        date="2026-09-14",
    )
    assert found == {"Larkhill Evermore"}


def test_a_name_used_once_without_the_franchises_film_in_the_headline_is_no_title() -> None:
    found = _titles(
        "The cameras have stopped rolling on Larkhill Evermore, the film that closes the story"
        " of the coastal series.",
        "Viewers abroad will have to wait until next year to see it.",
        title="Cast say goodbye online as the shoot ends in Wales",
        date="2026-09-14",
    )
    assert found == set()


def test_a_part_someone_plays_is_no_title() -> None:
    found = _titles(
        "On the latest episode, Ivo Marsh talked about the last day on set with the Larkhill"
        " film's crew.",
        "Marsh plays Rowan Hale in Streamly’s feature-length finale, which fans of Rowan have"
        " waited two years for.",
        title="Ivo Marsh on saying goodbye to Rowan Hale: ‘I cried in a car park’",
        date="2026-05-19",
    )
    assert found == set()


def test_the_film_in_the_headline_is_no_franchise() -> None:
    found = _titles(
        "The Marrow Lantern, a feature-length film which closes the story, will be released"
        " on 17 April, it has been confirmed.",
        title="The film to be released in April, Streamly confirms",
        date="2025-11-02",
    )
    assert "Marrow Lantern" not in found


def test_a_leaked_title_in_the_headline_is_not_served() -> None:
    found = _titles(
        "A leaked call sheet names the film Larkhill Evermore, though Streamly has confirmed"
        " nothing.",
        "Fans of Larkhill have shared the leaked Larkhill Evermore call sheet widely.",
        title="Larkhill film’s title leaked? Call sheet says ‘Larkhill Evermore’",
    )
    assert found == set()


def test_a_headline_on_the_franchises_trailer_serves_the_title_named_once() -> None:
    found = _titles(
        "Streamly dropped the full trailer for Larkhill Evermore last night, and it is a lot.",
        "Elsewhere, the Harbour festival has announced its line-up.",
        title="Screen Week: Larkhill’s last trailer, a festival line-up and more",
        date="2026-02-11",
    )
    assert found == {"Larkhill Evermore"}


def test_a_part_named_once_under_a_franchise_trailer_headline_is_no_title() -> None:
    found = _titles(
        "The full trailer shows Larkhill Evermore’s hero Rowan Hale back in the harbour.",
        "Marsh plays Rowan Hale again, and fans of Rowan will not be disappointed.",
        title="Screen Week: Larkhill’s last trailer, a festival line-up and more",
        date="2026-02-11",
    )
    assert "Rowan Hale" not in found


def test_cameras_rolling_somewhere_on_a_name_tell_it_as_the_work() -> None:
    found = _titles(
        "Cameras are rolling in the U.K. on Larkhill Evermore, Streamly’s feature-length"
        " conclusion to its coastal series.",
        "Newcomer Ada Rook joins the cast.",
        title="EXCLUSIVE: ‘Larkhill’ Film Rolls Cameras, Adds Newcomer Ada Rook",
        date="2025-07-14",
    )
    assert found == {"Larkhill Evermore"}


def test_a_headline_on_the_franchises_producer_serves_the_title_that_landed() -> None:
    found = _titles(
        "Three weeks after Larkhill Evermore landed on Streamly, the hosts sit down with its"
        " producer.",
        "He explains why the film really is the end.",
        title="Podcast: ‘It was always the end’ – Larkhill’s producer on saying goodbye",
        date="2026-05-06",
    )
    assert found == {"Larkhill Evermore"}
