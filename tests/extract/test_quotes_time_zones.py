"""A live blog's entry time with its zone ("12:09 GMT — Ada Vale on the storm: “...”") names
no one: the words are the entry's named person's, never the zone's."""

from tests.extract.helpers import facts, served_quotes

_LEDE = "Live: the Lamplight Harbour fan day, as it happened."


def test_a_gmt_entry_on_a_topic_is_the_named_persons() -> None:
    found = facts(
        _LEDE,
        "12:09 GMT — Ada Vale on filming the storm scene: “We did it nine times. I was soaked.”",
    )
    assert served_quotes(found) == [("We did it ni", "Ada Vale")]


def test_a_bst_entry_on_a_topic_is_the_named_persons() -> None:
    found = facts(
        _LEDE,
        "15:40 BST – Tomas Reyne on the boat: “I was seasick for a week.”",
    )
    assert served_quotes(found) == [("I was seasic", "Tomas Reyne")]
