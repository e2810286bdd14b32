"""Quotes: names the writer and readers have been using for a thing ("after weeks of us calling
it “...” and “...”"), words a forum rule bans posting ("Please don't post “...”"), and a short
name in marks that is the subject of its sentence ("Yes, “the track” is on it."); none is
anyone's quote. Invented text, several outlets' phrasings."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str, title: str | None = None) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs, title=title).quotes if q.served}


def test_names_we_have_been_using_for_a_thing_are_no_quote() -> None:
    found = _served(
        "Gull Rock finally has a title.",
        "After weeks of us referring to it as “the boat film” and “GR2” and “the sequel”, "
        "Lumen Pictures has confirmed the name.",
        "For a year we've all been calling it “the harbour one”, but Lumen has other ideas.",
        "What we used to call “project tide” is now official, Lumen said.",
    )
    assert not {"the boat film", "GR2", "the sequel", "the harbour one", "project tide"} & set(
        found
    )


def test_words_someone_else_referred_to_a_thing_as_are_left_alone() -> None:
    found = _served(
        "Gull Rock director Nell Ashby spoke to us.",
        "Ashby referred to it as “a love letter to the coast”, before she left.",
    )
    assert "a love letter to the coast" in found


def test_words_a_forum_rule_bans_posting_are_no_quote() -> None:
    found = _served(
        "Gull Rock release megathread",
        "3. Please don't post “when is part two out?” - there is no part two.",
        "4. Stop asking “is Dana in it?” in every thread.",
        "5. Do not comment “first” on the live post.",
    )
    assert not {"when is part two out?", "is Dana in it?", "first"} & set(found)


def test_a_short_name_in_marks_as_its_sentences_subject_is_no_quote() -> None:
    found = _served(
        "Gull Rock megathread, day two",
        "Mod note: Yes, the album is out. Yes, “the track” is on it.",
        "And “the kiss” was cut from the final edit, sorry.",
    )
    assert not {"the track", "the kiss"} & set(found)
