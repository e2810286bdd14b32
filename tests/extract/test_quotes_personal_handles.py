"""A post under a handle that spells a person's name the article gives is that person's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_handle_line_spelling_the_author_named_before() -> None:
    found = facts(
        "The cast of Tidewater said goodbye to the set on Friday.",
        "Corran Blythe, who wrote the novel, shared a sketch of the harbour on X.",
        "@CorranBlythe: “the last night on the last set. thank you all”",
    )
    assert served_quotes(found) == [("the last nig", "Corran Blythe")]


def test_a_handle_with_an_underscore_spelling_the_actor() -> None:
    found = facts(
        "Filming on Low Lanterns wrapped this week.",
        "Tamsin Arlowe, who plays the lighthouse keeper, posted a photo from the final day.",
        "@tamsin_arlowe wrote: “Goodbye, lighthouse. I will miss you.”",
    )
    assert served_quotes(found) == [("Goodbye, lig", "Tamsin Arlowe")]


def test_a_fan_handle_that_only_begins_with_the_name_is_not_the_person() -> None:
    found = facts(
        "Filming on Low Lanterns wrapped this week.",
        "Tamsin Arlowe, who plays the lighthouse keeper, posted a photo from the final day.",
        "@tamsinarlowefans wrote: “We will miss this set so much.”",
    )
    assert ("We will miss", "Tamsin Arlowe") not in served_quotes(found)
