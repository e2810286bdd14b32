"""A firm's analyst or researcher named after the firm speaks, not the firm."""

from tests.extract.helpers import facts, served_quotes


def test_said_firm_analyst_name_credits_the_analyst() -> None:
    found = facts(
        "Marlow Street topped the chart, according to the ratings firm Viewpulse.",
        "“Marlow Street is a rare hit with every age group,” said Viewpulse analyst Renata "
        "Okafor-Lind. “Its audience is split evenly.”",
    )
    speakers = {speaker for _, speaker in served_quotes(found)}
    assert "Viewpulse" not in speakers
    assert ("Marlow Stree", "Renata Okafor-Lind") in served_quotes(found)


def test_said_firm_researcher_name_credits_the_researcher() -> None:
    found = facts(
        "The thriller led the week.",
        "“It found a young audience,” said Datawell UK researcher Tomas Brevik.",
    )
    assert served_quotes(found) == [("It found a y", "Tomas Brevik")]


def test_firm_analyst_name_said_before_the_quote() -> None:
    found = facts(
        "The comedy climbed to third.",
        "Streamscope senior analyst Ines Harcourt said: “Nobody expected that jump.”",
    )
    assert served_quotes(found) == [("Nobody expec", "Ines Harcourt")]
