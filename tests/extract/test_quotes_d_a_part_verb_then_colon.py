"""A part, a verb in the present and a colon straight into the words ("Ivo laughs: “...”") in
a trailer's round-up: the part's line, not anyone's quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_part_laughing_into_a_colon_is_a_line_of_the_work() -> None:
    found = facts(
        "Lantern Street: the trailer is here",
        "Pell Adeyinka plays Ivo Brandt and Sula Mendes plays Rosa Quill in Lantern Street.",
        "The trailer opens on Rosa (Mendes) painting a fence. \u201cYou missed a bit,\u201d Rosa"
        " says. Ivo laughs: \u201cRosa. That fence is older than both of us.\u201d",
    )
    assert not any(text.startswith("Rosa. That") for text, _ in served_quotes(found))


def test_a_person_writing_into_a_colon_is_still_quoted() -> None:
    found = facts(
        "Lantern Street: the trailer is here",
        "Pell Adeyinka plays Ivo Brandt and Sula Mendes plays Rosa Quill in Lantern Street.",
        "Adeyinka posted about the trailer on Instagram. Adeyinka writes: \u201cTwo years of"
        " work in two minutes, and I love every second of it.\u201d",
    )
    assert any(text.startswith("Two years ") for text, _ in served_quotes(found))
