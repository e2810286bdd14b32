"""A title in marks after a work verb ("she previously edited Ada Vale's “La Digue grise”.")
is a title, not a quote; a faceless noun phrase in marks that a copula makes the subject's
label ("Lumen's Dusk Harbour has been “the next great comedy” for years") is nobody's words."""

from tests.extract.helpers import facts, served_quotes

_LEDE = "Dusk Harbour, the new drama from the director Mara Quill, is shooting in Leeds."


def test_title_after_an_edit_verb_and_a_possessive_is_no_quote() -> None:
    found = facts(
        _LEDE,
        "The editor, Tom Reed, has been cutting scenes since May. Reed previously edited Ines "
        "Darrow’s “La Digue grise”.",
    )
    assert served_quotes(found) == []


def test_title_after_directed_or_starred_in_is_no_quote() -> None:
    found = facts(
        _LEDE,
        "Quill, who directed “A Winter Quarry” in 2019, said the shoot was calm. Her lead, Ada "
        "Lowe, starred in “The Glass Field” before that.",
    )
    assert served_quotes(found) == []


def test_title_after_wrote_and_a_possessive_is_no_quote() -> None:
    found = facts(
        _LEDE,
        "The writer Ivo Banks co-wrote Lumen’s “Harbour Lights” and wrote the BBC’s “Salt Moon”.",
    )
    assert served_quotes(found) == []


def test_words_someone_wrote_are_still_a_quote() -> None:
    found = facts(
        _LEDE,
        "Ada Lowe wrote “Thank you all, see you soon” under the photo.",
    )
    assert served_quotes(found) == [("Thank you al", "Ada Lowe")]


def test_copula_label_in_marks_is_no_quote() -> None:
    found = facts(
        _LEDE,
        "Lumen’s Dusk Harbour has been “the next great British comedy hit” for nearly two "
        "years now, and the first trailer is finally here.",
    )
    assert served_quotes(found) == []


def test_copula_label_with_a_becomes_is_no_quote() -> None:
    found = facts(
        _LEDE,
        "For a while the show was “a quiet little cult hit abroad” in Norway, and then it "
        "became “the thing everyone talks about” across Europe.",
    )
    assert served_quotes(found) == []


def test_a_named_speakers_copula_phrase_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "Quill said the film was “a love letter to the north of England” when she announced it.",
    )
    assert served_quotes(found) == [("a love lette", "Mara Quill")]


def test_copula_words_in_a_speakers_person_are_not_a_label() -> None:
    found = facts(
        _LEDE,
        "No trailer yet. The director did tease on a radio show that the ending was “the "
        "bravest thing we have ever shot”, so expect tears.",
    )
    assert all(q.doubt != "a label in marks that no one is said to give" for q in found.quotes)
