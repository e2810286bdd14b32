"""Quotes on invented text: a thing introduced with its name in marks ("a group chat called
“...”") is no one's quote and leaves the sentence's speaker in view for the words after it; in a
round-up headed by name-only lines, a post's caption set in its own paragraph ("Caption: “...”")
after the entry's paragraph is the heading person's."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts, served_quote_sources

_LEDE = "Nessa Quarrie returns for the final Tillwater film, the studio confirmed."


def test_a_things_name_in_marks_is_no_quote() -> None:
    found = served_quote_sources(
        _LEDE,
        "Quarrie told us the cast have a group chat called “Ferrybridge Gulls (and Guests)”, "
        "which has “not stopped buzzing since dawn”.",
    )
    assert "Ferrybridge Gulls (and Guests)" not in found
    assert found["not stopped buzzing since dawn"] == ("Nessa Quarrie", SourceKind.PERSON)


def test_words_someone_called_a_thing_are_still_quoted() -> None:
    every = facts(
        _LEDE,
        "The ending, which a reviewer called “the boldest finale in years”, was kept secret.",
        "Quarrie plays the captain, a part fans have called “Tillwater’s big beating heart”.",
    ).quotes
    texts = {q.text for q in every}
    assert {"the boldest finale in years", "Tillwater’s big beating heart"} <= texts


_INTRO = (
    "Filming on the Tillwater film wrapped on Friday, and the cast said goodbye online.",
    "Here is what they posted.",
)


def test_a_caption_line_after_the_entry_is_the_headings_person() -> None:
    found = served_quote_sources(
        *_INTRO,
        "Nessa Quarrie",
        "Quarrie, who plays the ferry captain, shared a photo of the empty quay.",
        "Caption: “Every tide was worth it.”",
        "Lidia Rusu",
        "Rusu posted a clip from the last night.",
        "Caption: “First job, best job.”",
    )
    assert found["Every tide was worth it."] == ("Nessa Quarrie", SourceKind.PERSON)
    assert found["First job, best job."] == ("Lidia Rusu", SourceKind.PERSON)


def test_a_caption_line_after_an_entry_naming_someone_else_credits_no_heading() -> None:
    found = served_quote_sources(
        *_INTRO,
        "Orla Penvose plays the harbour master.",
        "Nessa Quarrie",
        "Quarrie reposted a photo by Orla Penvose of the quay.",
        "Caption: “Every tide was worth it.”",
        "Lidia Rusu",
        "The quay set came down on Sunday.",
        "Caption: “First job, best job.”",
    )
    nobody = ("", SourceKind.UNATTRIBUTED)
    assert found.get("Every tide was worth it.", nobody)[0] != "Nessa Quarrie"
    assert found.get("First job, best job.", nobody)[0] != "Lidia Rusu"
