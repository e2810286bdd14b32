"""Words in marks after "us ... call it" are the writer's own name for a thing only when "we" or
"us" is who calls it. When another subject comes between ("Tamarow told us she'd call it
“...”"), "us" is the one told, and the words are the speaker's own."""

import pytest

from tests.extract.helpers import facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Tegwyn Tamarow told us she'd call it “the longest winter of my career” if pushed.",
        "Tegwyn Tamarow admitted to us that she would call it “the longest winter of my career”.",
        "Tegwyn Tamarow tells us she calls it “the longest winter of my career”, and laughs.",
    ],
)
def test_us_told_then_the_speaker_names_it(sentence: str) -> None:
    quotes = facts("Filming on Drovers Hollow has wrapped.", sentence).quotes
    found = next(q for q in quotes if q.text == "the longest winter of my career")
    assert found.served and found.speaker == "Tegwyn Tamarow"


def test_our_own_name_for_it_is_still_held() -> None:
    quotes = facts(
        "After weeks of us referring to it as “the big swim” and “part two”, the studio has "
        "named the sequel."
    ).quotes
    assert quotes and not any(q.served for q in quotes)
