"""The source's author described before the name ("based on the novel by Danish author X"), a
feature's "Words: X" byline (no section heading), and a live blog's timestamped entry about
another show of a slate (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import credits, facts, served_crew


def test_based_on_the_novel_by_a_described_author_credits_the_name() -> None:
    found = served_crew(
        "Copper Bay, a six-part thriller, is based on the award-winning novel by Danish author "
        "Peder Vang.",
        title="Copper Bay: cast announced",
    )
    assert ("author", "Peder Vang") in found
    assert ("author", "Danish") not in found


def test_based_on_the_novel_by_a_plain_name_still_credits_it() -> None:
    found = served_crew(
        "Copper Bay is based on the novel by Peder Vang.", title="Copper Bay: cast announced"
    )
    assert found == {("author", "Peder Vang")}


def test_a_words_byline_opens_no_other_works_section() -> None:
    found = served_crew(
        "As the Copper Bay film nears the end of its shoot, its star talks about the ending.",
        "Words: Juno Farrow",
        "Photography: Runa Holt",
        "The film, written by Ottilie Brask and directed by Ivo Tamsin, picks up a year later.",
        title="Copper Bay: a day on set",
    )
    assert {("writer", "Ottilie Brask"), ("director", "Ivo Tamsin")} <= found


def test_a_heading_naming_another_work_still_opens_its_section() -> None:
    found = served_crew(
        "As the Copper Bay film nears the end of its shoot, its star talks about the ending.",
        "Also screening: Marsh Lanterns",
        "The film, written by Ottilie Brask and directed by Ivo Tamsin, picks up a year later.",
        title="Copper Bay: a day on set",
    )
    assert ("director", "Ivo Tamsin") not in found


_SLATE = "Streamer slate live: Copper Bay release date confirmed, plus Quarry Lane and Glass Kites"


def test_a_live_blog_entry_about_another_show_lends_us_no_author() -> None:
    found = credits(
        _facts(
            "10.58 First up, a teaser for Glass Kites, Ana Ruiz's adaptation of Bo Chen's "
            "bestselling novel. No date yet."
        )
    )
    assert ("author", "Bo Chen") not in found


def test_an_entry_about_our_own_show_keeps_its_author() -> None:
    found = credits(
        _facts(
            "10.58 First up, a teaser for Copper Bay, Ana Ruiz's adaptation of Bo Chen's "
            "bestselling novel."
        )
    )
    assert ("author", "Bo Chen") in found


def _facts(entry: str) -> ArticleFacts:
    """The slate's blog with ``entry`` between an opening line and our show's own entry."""
    return facts(
        "Follow along as the streamer unveils its slate, with a date for the Copper Bay film.",
        entry,
        "11.47 The streamer has confirmed the Copper Bay film will premiere on 27 February 2026.",
        title=_SLATE,
    )
