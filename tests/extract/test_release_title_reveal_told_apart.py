"""A title reveal told apart from the title, on invented text: the article says the title was
revealed ("Netflix today revealed the title and release date of the Quillmoor film") and names
the production by its new name elsewhere, the headline too ("QUILLMOOR FAR SHORE ARRIVES IN
MAY"); a name used with no reveal is served only as used in passing (the headline counted);
not a reveal told as not made, nor a name told as a place, an event or another work, nor a
season, nor one of two names."""

from __future__ import annotations

from tests.extract.helpers import served_releases


def _titles(headline: str, *paragraphs: str) -> set[str]:
    served = served_releases(*paragraphs, date="2025-10-01", title=headline)
    return {str(r.title) for r in served if r.kind.value == "title"}


def test_a_press_release_revealing_the_title_serves_the_name_it_announces() -> None:
    titles = _titles(
        "NETFLIX ANNOUNCES QUILLMOOR FAR SHORE, COMING 3 MAY 2026",
        "Netflix today revealed the title and global release date of the Quillmoor film.",
        "Quillmoor Far Shore, the feature film that ends the story, will premiere on 3 May 2026.",
        "Quillmoor Far Shore follows the pair through their first year apart.",
    )
    assert titles == {"Quillmoor Far Shore"}


def test_a_subtitled_name_after_a_reveal_is_the_title() -> None:
    titles = _titles(
        "Copper Bay: Hearthside — Netflix confirms title and spring date for the finale",
        "The Copper Bay film has its ending: Netflix has announced the title and a first image.",
        "Copper Bay: Hearthside, the feature-length finale to the series, arrives in April.",
    )
    assert titles == {"Copper Bay: Hearthside"}


def test_a_reactions_piece_after_the_name_was_revealed() -> None:
    titles = _titles(
        "Quillmoor Always: the cast react to the film's big reveal",
        "Netflix has finally revealed the name of the Quillmoor movie, and fans are thrilled.",
        "Within minutes of the teaser, Quillmoor Always was trending worldwide.",
    )
    assert titles == {"Quillmoor Always"}


def test_the_name_after_another_capitalised_word_is_the_title() -> None:
    titles = _titles(
        "Quillmoor Far Shore arrives in May",
        "The streamer unveiled the title of the Quillmoor film on Monday.",
        "Watch Quillmoor Far Shore from 3 May.",
    )
    assert titles == {"Quillmoor Far Shore"}


def test_a_name_used_with_no_reveal_is_served_as_a_title_in_passing() -> None:
    titles = _titles(
        "Quillmoor Always review – a tender goodbye",
        "The Quillmoor film is bigger and sadder than the series.",
        "Quillmoor Always is out on Netflix on Friday.",
    )
    assert titles == {"Quillmoor Always"}  # the headline's use counts: named twice, in passing


def test_a_reveal_told_as_not_made_serves_no_title() -> None:
    for reveal in (
        "The studio has not revealed the title of the Quillmoor movie yet.",
        "Netflix hasn't yet announced the title of the Quillmoor film.",
        "Netflix confirmed the name of the Quillmoor film is still secret.",
    ):
        titles = _titles(
            "Quillmoor Unboxed: six discs and a film on the way",
            reveal,
            "The set, Quillmoor Unboxed, has six discs.",
        )
        assert titles == set(), reveal


def test_a_name_told_as_a_place_an_event_or_another_work_is_no_title() -> None:
    cases = (
        (
            "Netflix reveals Quillmoor film title at Quillmoor Con",
            "Netflix revealed the title of the Quillmoor film on stage.",
            "At the weekend, Quillmoor Con drew 5,000 fans.",
        ),
        (
            "Quillmoor Lane star joins the Quillmoor film",
            "Netflix confirmed the title of the Quillmoor film on Monday.",
            "Orrin Tamsett, who starred in Quillmoor Lane, plays the father.",
        ),
    )
    for headline, *paragraphs in cases:
        assert _titles(headline, *paragraphs) == set(), headline


def test_a_season_is_no_title() -> None:
    titles = _titles(
        "Quillmoor Season Three: Netflix reveals the title of the film too",
        "Netflix revealed the title of the Quillmoor film on Monday.",
        "Quillmoor Season Three is streaming now.",
    )
    assert titles == set()


def test_two_names_leave_the_title_unsure() -> None:
    titles = _titles(
        "Quillmoor Always or Quillmoor Ever? Netflix reveals the title",
        "Netflix revealed the title of the Quillmoor film on Monday.",
        "Fans had bet on Quillmoor Always; others on Quillmoor Ever.",
    )
    assert titles == set()
