"""Who says a profile's "she says": a part's apposed description is no unnamed source, and an
inverted "Among the fans was <age> <name> from <town>" names the next speaker."""

from tests.extract.helpers import facts, served_quotes

_PROFILE = "Marta Quillon-Brayne talks about a career nobody planned, and her new film."


def test_played_part_with_described_job_is_not_the_speaker() -> None:
    found = facts(
        _PROFILE,
        "Her first lead came in 2010 with Brine Street, in which she played Ola Venn, "
        "a Czech bus driver who leads a strike. It cost almost nothing.",
        "Then came three series as DS Anna Cole. “I loved Anna,” she says.",
    )
    speakers = {speaker for _, speaker in served_quotes(found)}
    assert not any("bus driver" in speaker for speaker in speakers)


def test_plays_and_cast_as_descriptions_are_not_speakers() -> None:
    found = facts(
        _PROFILE,
        "In the new film she plays Mina Quell, an archivist who hides a letter.",
        "“I did all the research myself,” she says.",
    )
    assert "an archivist who hides a" not in {s for _, s in served_quotes(found)}
    found = facts(
        _PROFILE,
        "He was cast as Bram Hollis, a farmer who sells the land, last spring.",
        "“It was the best script I had read,” he says.",
    )
    assert not any("farmer" in s for _, s in served_quotes(found))


def test_among_the_fans_was_aged_name_from_town() -> None:
    found = facts(
        "Filming moved to the harbour on Monday.",
        "The actor Rhodri Pask, who plays the lodger Kit, was also seen on set on Wednesday.",
        "Among the fans on Mill Road was 16-year-old Tessa Crane from Deal, who had skipped a "
        "lesson to come. “It changed my life,” she said. “I had to be here.”",
    )
    assert served_quotes(found) == [
        ("It changed m", "Tessa Crane"),
        ("I had to be ", "Tessa Crane"),
    ]


def test_among_the_crowd_was_aged_name_from_town_he_said() -> None:
    found = facts(
        "Crews closed the high street on Tuesday.",
        "Director Pell Harrowgate was seen beside the monitors.",
        "Among the crowd at the barrier was 12-year-old Owen Marsh from Hythe, with his dad. "
        "“I want to be in it,” he said.",
    )
    assert served_quotes(found) == [("I want to be", "Owen Marsh")]
