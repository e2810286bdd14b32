"""A title reveal told apart from the title, on invented text: the article says the title was
revealed ("Netflix today revealed the title and release date of the Larkspur film") and names
the production by its new name elsewhere, the headline too ("LARKSPUR EVER AFTER ARRIVES IN
MAY"); not a name used with no reveal, nor a season, nor one of two names."""

from __future__ import annotations

from tests.extract.helpers import served_releases


def _titles(headline: str, *paragraphs: str) -> set[str]:
    served = served_releases(*paragraphs, date="2025-10-01", title=headline)
    return {str(r.title) for r in served if r.kind.value == "title"}


def test_a_press_release_revealing_the_title_serves_the_name_it_announces() -> None:
    titles = _titles(
        "NETFLIX ANNOUNCES LARKSPUR EVER AFTER, COMING 3 MAY 2026",
        "Netflix today revealed the title and global release date of the Larkspur film.",
        "Larkspur Ever After, the feature film that ends the story, will premiere on 3 May 2026.",
        "Larkspur Ever After follows the pair through their first year apart.",
    )
    assert titles == {"Larkspur Ever After"}


def test_a_subtitled_name_after_a_reveal_is_the_title() -> None:
    titles = _titles(
        "Copper Bay: Tides — Netflix confirms title and spring date for the finale",
        "The Copper Bay film has its ending: Netflix has announced the title and a first image.",
        "Copper Bay: Tides, the feature-length finale to the series, arrives in April.",
    )
    assert titles == {"Copper Bay: Tides"}


def test_a_reactions_piece_after_the_name_was_revealed() -> None:
    titles = _titles(
        "Larkspur Forever: the cast react to the film's big reveal",
        "Netflix has finally revealed the name of the Larkspur movie, and fans are thrilled.",
        "Within minutes of the teaser, Larkspur Forever was trending worldwide.",
    )
    assert titles == {"Larkspur Forever"}


def test_a_name_used_with_no_reveal_is_not_served() -> None:
    titles = _titles(
        "Larkspur Forever review – a tender goodbye",
        "The Larkspur film is bigger and sadder than the series.",
        "Larkspur Forever is out on Netflix on Friday.",
    )
    assert titles == set()


def test_a_season_is_no_title() -> None:
    titles = _titles(
        "Larkspur Season Three: Netflix reveals the title of the film too",
        "Netflix revealed the title of the Larkspur film on Monday.",
        "Larkspur Season Three is streaming now.",
    )
    assert titles == set()


def test_two_names_leave_the_title_unsure() -> None:
    titles = _titles(
        "Larkspur Forever or Larkspur Always? Netflix reveals the title",
        "Netflix revealed the title of the Larkspur film on Monday.",
        "Fans had bet on Larkspur Forever; others on Larkspur Always.",
    )
    assert titles == set()
