"""An onlooker named after the verb ("Among the crowds was X") owns the next "she said"."""

from tests.extract.helpers import facts, served_quotes

_DIRECTOR = "Director Pell Harrowgate, seen on Monday beside the monitors, did not speak to us."


def test_among_the_crowds_was_age_name_then_she_said() -> None:
    found = facts(
        "Filming moved to the harbour on Monday.",
        _DIRECTOR,
        "Among the crowds was 14-year-old Mira Castwell, from Deal, who had waited since 6am. "
        "“I’ve watched every episode,” she said. “I wanted to see them.”",
    )
    assert served_quotes(found) == [
        ("I’ve watched", "Mira Castwell"),
        ("I wanted to ", "Mira Castwell"),
    ]


def test_waiting_by_the_fence_was_name_then_he_said() -> None:
    found = facts(
        "Filming moved to the harbour on Monday.",
        _DIRECTOR,
        "Waiting by the fence was Jonah Petrie, 16, from Hythe. "
        "“I came for the bus scene,” he said.",
    )
    assert served_quotes(found) == [("I came for t", "Jonah Petrie")]


def test_outside_the_school_were_name_and_a_friend() -> None:
    found = facts(
        "Filming moved to the harbour on Monday.",
        _DIRECTOR,
        "Outside the school gates was student Tobiah Renn, who skipped a lesson. "
        "“It was worth the detention,” he said.",
    )
    speakers = {speaker for _, speaker in served_quotes(found)}
    assert "Pell Harrowgate" not in speakers
