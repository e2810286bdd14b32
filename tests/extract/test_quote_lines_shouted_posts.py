"""Words in capitals closed as a sentence right after a post's verb and a colon are the poster's
words, not a title; capitals with no closing stop after the same verb stay a title."""

from tests.extract.helpers import facts, served_quotes


def test_a_shouted_post_closed_by_a_stop_is_a_quote() -> None:
    assert served_quotes(
        facts(
            "The Quillmoor Reach trailer landed at noon.",
            "Another fan, @ysolda_vrellick_fan, posted simply: “THE LAMP IS ON.”",
        )
    ) == [("THE LAMP IS ", "@ysolda_vrellick_fan")]


def test_capitals_with_no_stop_after_a_post_stay_a_title() -> None:
    assert (
        served_quotes(
            facts(
                "The Quillmoor Reach trailer landed at noon.",
                "Another fan, @ysolda_vrellick_fan, posted: “QUILLMOOR REACH”",
            )
        )
        == []
    )
