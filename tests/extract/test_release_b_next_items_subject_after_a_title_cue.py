"""A name after a title cue and a comma that goes straight on into its own verb is the next news
item's subject, not the title, on invented text: "the film gets a name, Copper Bay returns for a
third run". A name the cue gives and the sentence then leaves is still the title."""

from __future__ import annotations

from tests.extract.helpers import served_releases


def _titles(*paragraphs: str) -> set[str]:
    served = served_releases(*paragraphs, title="Your Monday briefing", date="2026-09-14")
    return {r.title or "" for r in served if r.kind.value == "title"}


def test_a_newsletter_lede_of_items_names_no_title_after_the_cue() -> None:
    titles = _titles(
        "Today: the Lantern Reach film gets a name, Copper Bay saddles up again, and a weekend "
        "pick.",
        "Corvane has confirmed that the Lantern Reach film will be called Lantern Reach Ashore.",
    )
    assert "Copper Bay" not in titles
    assert "Lantern Reach Ashore" in titles


def test_a_name_followed_by_a_past_verb_is_no_title() -> None:
    titles = _titles("Marsh Hollow's sequel got its name, Pellow Street wrapped its shoot.")
    assert "Pellow Street" not in titles


def test_a_name_the_cue_gives_before_a_comma_is_kept() -> None:
    titles = _titles("The Lantern Reach film finally gets a name, Lantern Reach Ashore, today.")
    assert "Lantern Reach Ashore" in titles
