"""A podcast or radio write-up's host asks and the guest answers: "the actor said" after a
sentence whose subject is the host ("Talloway also asked about ...") is never the host's."""

from tests.extract.helpers import facts


def _speakers(*paragraphs: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs).quotes if q.served}


def test_the_actor_after_the_host_asked_is_not_the_host() -> None:
    served = _speakers(
        "Talking to host Wren Talloway on the latest episode of the podcast “Night Desk”, the "
        "30-year-old said he and writer Ada Pell argued about the ending of Lantern Row.",
        "“I wanted a quiet ending,” Mattias Oduya said.",
        "Talloway also asked about his stage work, which Oduya called “a different muscle”, "
        "before the talk turned to director Pim Arlo.",
        "“Pim is very patient,” the actor said. “He let scenes breathe.”",
    )
    assert served.get("Pim is very patient") != "Wren Talloway"
    assert served.get("He let scenes breathe.") != "Wren Talloway"


def test_the_singer_after_the_presenter_raised_a_topic_is_not_the_presenter() -> None:
    served = _speakers(
        "On Sunday’s show, presenter Odile Marsh welcomed Kasimir Brandt-Oyelaran, who stars in "
        "the musical drama Tallow Street.",
        "“The songs came first,” Brandt-Oyelaran said.",
        "Marsh then raised the subject of the tour, and the conversation moved to his band.",
        "“We have been on the road for a year,” the singer said.",
    )
    assert served.get("We have been on the road for a year") != "Odile Marsh"


def test_the_host_described_as_the_host_is_still_the_host() -> None:
    served = _speakers(
        "Talking to host Wren Talloway on the podcast “Night Desk”, Mattias Oduya said he "
        "argued about the ending of Lantern Row.",
        "“I wanted a quiet ending,” Oduya said.",
        "“That is the bravest thing I have heard all week,” the host said.",
    )
    assert served.get("That is the bravest thing I have heard all week") == "Wren Talloway"
