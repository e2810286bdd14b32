"""A review telling a scene as a "when" clause ("When Mara tells her son, “...,” the film ...")
quotes a part's line in the work: held, never served as anyone's quote."""

from tests.extract.helpers import facts, served_quotes

_CAST = "Juno Threave plays Mara Quill in the drama Salt Orchard, out this week."


def test_a_when_clause_line_followed_by_the_film_is_not_served() -> None:
    assert (
        served_quotes(
            facts(
                _CAST,
                "Threave is superb. When Mara Quill tells her son, “Nobody is keeping score,” "
                "the film finds its heart.",
            )
        )
        == []
    )


def test_a_when_clause_line_followed_by_the_series_is_not_served() -> None:
    assert (
        served_quotes(
            facts(
                _CAST,
                "As Mara Quill warns him, “The tide does not wait,” this series at last earns "
                "its title.",
            )
        )
        == []
    )


def test_a_real_remark_in_a_when_clause_is_still_served() -> None:
    assert served_quotes(
        facts(
            _CAST,
            "When Juno Threave told reporters, “We shot it in nine days,” the room laughed.",
        )
    ) == [("We shot it i", "Juno Threave")]
