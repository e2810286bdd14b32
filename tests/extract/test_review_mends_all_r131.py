"""Review mends of round 131 (invented text): a work told by its maker and kind in the article's
first sentence is the article's own (a round-up turns to another work only after it began);
a month that is also a given name stays the name after "by", "from", "before" or "after"; words
credited after them with "as X puts it" are X's with the comma inside the marks too."""

from __future__ import annotations

from tests.extract.helpers import facts, held_pairs, served_pairs, served_quotes

_LEDE = "Lumen, Tidewater's new drama, stars Ada Vale as Mira."
_SAID = "“It is a story about the sea,” Tierney said."


def test_a_work_led_by_its_maker_in_the_first_sentence_is_the_articles_own() -> None:
    found = facts(
        "Kai Reed's new thriller, which stars Ada Vale as Mira, began filming in Leeds this week.",
        "Reed wrote the script with Tom Hale.",
    )
    assert ("Ada Vale", "Mira") in served_pairs(found)


def test_a_work_led_by_its_maker_after_the_first_sentence_is_still_another() -> None:
    found = facts(
        "Lumen topped the box office again. Kai Reed's sequel, which stars Ada Vale as Mira,"
        " came second.",
        "Reed was delighted.",
    )
    assert ("Ada Vale", "Mira") in held_pairs(found)


def test_a_month_named_person_after_after_keeps_her_given_name() -> None:
    found = facts(
        _LEDE, "The part was rewritten for her after April Tierney joined as director.", _SAID
    )
    assert served_quotes(found) == [("It is a stor", "April Tierney")]


def test_a_month_named_person_after_by_keeps_her_given_name() -> None:
    found = facts(_LEDE, "The script was rewritten by May Tierney last year.", _SAID)
    assert served_quotes(found) == [("It is a stor", "May Tierney")]


def test_a_month_after_in_still_leaves_the_name_after_it() -> None:
    found = facts(_LEDE, "Back in June Tierney Okafor joined as director.")
    assert "June Tierney Okafor" not in found.people


def test_as_someone_puts_it_after_the_words_with_the_comma_inside() -> None:
    found = facts(_LEDE, "“It is a story about the sea,” as Kai Reed puts it.")
    assert served_quotes(found) == [("It is a stor", "Kai Reed")]
