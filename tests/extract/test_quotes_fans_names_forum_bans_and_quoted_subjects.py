"""Quotes: names the writer and readers have been using for a thing ("after weeks of us calling
it “...” and “...”"), words a forum rule bans posting ("Please don't post “...”"), and a short
name in marks that is the subject of its sentence ("Yes, “the track” is on it."); none is
anyone's quote. Invented text, several outlets' phrasings, names in no corpus file."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str, title: str | None = None) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs, title=title).quotes if q.served}


def test_names_we_have_been_using_for_a_thing_are_no_quote() -> None:
    found = _served(
        "Ferrowby finally has a title.",
        "Having spent the winter with us referring to it as “the cliff one” or “part deux”, "
        "Quorrin Pictures has at last confirmed the name.",
        "For a year we've all been calling it “the lighthouse caper”, but Quorrin has other ideas.",
        "What we used to call “project spindrift” is now official, Quorrin said.",
    )
    assert not {"the cliff one", "part deux", "the lighthouse caper", "project spindrift"} & set(
        found
    )


def test_words_someone_else_referred_to_a_thing_as_are_left_alone() -> None:
    found = _served(
        "Ferrowby director Ysella Penwithy spoke to us.",
        "Penwithy referred to it as “a love letter to the coast”, before she left.",
    )
    assert "a love letter to the coast" in found


def test_words_a_forum_rule_bans_posting_are_no_quote() -> None:
    found = _served(
        "Ferrowby release megathread",
        "Rule two: please don't post “any news on the sequel?” - nobody knows yet.",
        "Rule three: do not tweet “when is it out?” at the cast, ever.",
        "Rule four: stop typing “so excited” under every single trailer.",
    )
    assert not {"any news on the sequel?", "when is it out?", "so excited"} & set(found)


def test_a_short_name_in_marks_as_its_sentences_subject_is_no_quote() -> None:
    found = _served(
        "Ferrowby megathread, day two",
        "Mod note: Yes, the album is out. Yes, “the track” is on it.",
        "And “the kiss” was cut from the final edit, sorry.",
    )
    assert not {"the track", "the kiss"} & set(found)
