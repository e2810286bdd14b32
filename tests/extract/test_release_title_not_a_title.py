"""Names after a title cue that are not the film's title: a channel's name cut before its number
("gets its name, Channel 4 orders ..."), a name given in another language ("published in German
under the title Sturmherz") and a name glossed as an event ("Copper Bay: The Last Night, a fan
screening")."""

from __future__ import annotations

from tests.extract.helpers import served_releases


def _titles(*paragraphs: str, title: str) -> set[str]:
    return {
        str(r.title)
        for r in served_releases(*paragraphs, date="2026-02-10", title=title)
        if r.kind.value == "title"
    }


def test_a_channel_named_after_a_title_cue_is_no_title() -> None:
    found = _titles(
        "This week: the Gull Bay film gets its name, Channel 5 orders a third run of The Porters, "
        "and Sky sets a date for its Welsh thriller.",
        title="Screen Weekly: the Gull Bay film gets a name",
    )
    assert "Channel" not in found


def test_a_title_named_after_the_cue_is_still_served() -> None:
    found = _titles(
        "The Gull Bay film gets its name: it will be called Gull Bay Returns.",
        title="Screen Weekly",
    )
    assert "Gull Bay Returns" in found


def test_a_name_in_another_language_is_no_title() -> None:
    found = _titles(
        "The novels, published in German under the title Sturmherz, have sold a million copies.",
        title="Copper Bay preview in Berlin",
    )
    assert "Sturmherz" not in found


def test_a_name_given_for_our_own_language_is_still_served() -> None:
    found = _titles(
        "The film will be released in English under the title Copper Bay Returns.",
        title="Copper Bay news",
    )
    assert "Copper Bay Returns" in found


def test_a_subtitled_name_glossed_as_an_event_is_no_title() -> None:
    found = _titles(
        "Lumen today confirmed that Copper Bay Forever will premiere on Friday 8 May 2026.",
        "Before that, Lumen will host Copper Bay Forever: The Last Night, a fan screening and "
        "live Q&A at the Barbican on Saturday 2 May 2026.",
        title="COPPER BAY FOREVER TO PREMIERE ON FRIDAY 8 MAY",
    )
    assert "Copper Bay Forever: The Last Night" not in found


def test_a_subtitled_name_glossed_as_a_film_is_still_served() -> None:
    found = _titles(
        "Lumen today confirmed that Copper Bay: The Last Night will premiere on 8 May 2026.",
        "Copper Bay: The Last Night, the feature-length finale, closes the story.",
        title="Copper Bay: The Last Night sets its date",
    )
    assert "Copper Bay: The Last Night" in found
