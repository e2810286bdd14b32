"""A list of "Actor (Part)" brackets after "joined by", "flanked by" or "accompanied by": the
first bracket is a casting like the rest, not a credit's earlier work ("written by X (Y)")."""

from tests.extract.helpers import facts, served_pairs


def test_first_bracket_after_joined_by_is_a_casting() -> None:
    found = facts(
        "On stage, Petra Lund and Aled Fenwick, who play Rosa Kite and Owen Dray, were joined "
        "by Mabel Carrow (Iris Dunmore), Theo Saxby (Len Pike) and Clara Voss (Nell Pike)."
    )
    assert ("Mabel Carrow", "Iris Dunmore") in served_pairs(found)


def test_first_bracket_after_flanked_by_is_a_casting() -> None:
    found = facts(
        "Petra Lund, who plays Rosa Kite, arrived flanked by Mabel Carrow (Iris Dunmore), "
        "Theo Saxby (Len Pike) and Clara Voss (Nell Pike)."
    )
    assert ("Mabel Carrow", "Iris Dunmore") in served_pairs(found)


def test_written_by_bracket_is_still_an_earlier_work() -> None:
    found = facts("The series was written by Mabel Carrow (Driftwood Lane) and is out in May.")
    assert not found.cast
