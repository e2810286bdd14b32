"""Words in marks that are written, shown or a part's line, never anyone's quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_credit_text_in_marks_is_no_quote() -> None:
    found = facts(
        "Tiny detail, but the trailer credits say “screenplay by Perrin Galloway” and "
        "“based on the novels by Perrin Galloway”.",
        title="Quillmere trailer thread",
    )
    assert served_quotes(found) == []


def test_a_reported_recast_in_marks_stays_a_quote() -> None:
    found = facts(
        "Bramwell Tesk, the producer, said the part “will now be played by Tamsin Orvell”.",
        title="Quillmere recasts its lead",
    )
    assert served_quotes(found) == [("will now be ", "Bramwell Tesk")]


def test_words_written_in_marker_are_no_quote() -> None:
    found = facts(
        "Someone has taped a map to the door of the catering van. Underneath, in marker: "
        "“Two weeks to go.” We are not two weeks from anything.",
        title="Quillmere set diary",
    )
    assert served_quotes(found) == []


def test_a_caption_in_the_footage_is_no_quote() -> None:
    found = facts(
        "The clip shows Tamsin Orvell on an empty pier, before a caption reads “The last tide”.",
        title="Quillmere teaser lands",
    )
    assert served_quotes(found) == []


def test_someone_who_will_call_it_so_is_no_one() -> None:
    found = facts(
        "Before a single frame airs, somebody will call it “the next big thing”, and it will "
        "spend its life living that down.",
        title="Stop comparing Quillmere",
    )
    assert served_quotes(found) == []


def test_a_characters_line_in_a_scene_is_no_quote() -> None:
    found = facts(
        "In the third episode, Tamsin Orvell’s character, a ferry pilot called Morwetha, "
        "squares up to a smuggler and says, “You are not leaving this harbour.” It is the line "
        "that sold the series.",
        title="Tamsin Orvell on Quillmere",
    )
    assert served_quotes(found) == []


def test_a_line_named_then_owned_is_no_quote() -> None:
    found = facts(
        "The line everyone repeats, Morwetha’s “You are not leaving this harbour”, was written "
        "years before the show.",
        title="Tamsin Orvell on Quillmere",
    )
    assert served_quotes(found) == []


def test_a_single_line_to_a_parts_son_in_the_trailer_is_no_quote() -> None:
    found = facts(
        "Tamsin Orvell is back as the harbourmaster, and she steals the trailer with a single "
        "line to her son: “Keep the lamp lit for me.”",
        title="Quillmere trailer: what we learned",
    )
    assert served_quotes(found) == []


def test_a_forecast_ending_by_a_holiday_stays_a_quote() -> None:
    found = facts(
        "Bramwell Tesk, the producer, said the first trailer “could drop by Christmas”.",
        title="Quillmere trailer soon",
    )
    assert served_quotes(found) == [("could drop b", "Bramwell Tesk")]
