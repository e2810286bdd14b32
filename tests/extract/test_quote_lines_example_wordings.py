"""Words in marks given as an example of a kind ("Titles like “...”"), cited as a printed
headline with its section and page, or put in the mouth of anyone at all ("anyone claiming it
was “...”") are no one's quote: held."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_an_example_after_its_kind_is_held() -> None:
    found = facts(
        "Welcome to the Dunmarrow release thread.",
        'Spoilers stay tagged for a week. Titles like "Marlow did WHAT" count as spoilers.',
    )
    assert served_quotes(found) == []


def test_a_printed_headline_with_its_section_and_page_is_held() -> None:
    found = facts(
        "Corrections and clarifications.",
        "An article published on 3 June about the drama Dunmarrow (“Dunmarrow docks in Kestrin”, "
        "Arts, page 12) gave the wrong date for its premiere.",
    )
    assert served_quotes(found) == []


def test_words_put_in_anyone_s_mouth_are_held() -> None:
    found = facts(
        "Welcome to the Dunmarrow release thread.",
        "The people posting early reviews saw it at the festival. Don't trust anyone claiming "
        'the film was "out early" anywhere else.',
    )
    assert served_quotes(found) == []


def test_a_named_speaker_s_words_after_such_a_kind_stay_hers() -> None:
    found = facts(
        "Tilda Bream edited Dunmarrow, the Kestrin film out this spring.",
        "“We cut it in nine weeks,” Bream said.",
    )
    assert served_quotes(found) == [("We cut it in", "Tilda Bream")]
