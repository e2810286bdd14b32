"""A reply right after "A asked whether B would ..." is B's, never the asker's: "Tull asked
whether Ferrow would return. “Maybe,” he laughed." The one asked answers."""

from tests.extract.helpers import facts

_INTRO = (
    "Speaking on the latest episode of the Late Frame podcast, hosted by Nerys Tull, the "
    "director Osric Ferrow said the final cut of Lantern Row had taken a year."
)


def _speakers(*paragraphs: str) -> dict[str, str]:
    found = facts(
        _INTRO,
        "“We threw away the first ending and started again,” he said.",
        *paragraphs,
        "Lantern Row streams from 3 May.",
    )
    return {q.text: q.speaker for q in found.quotes if q.served}


def test_a_reply_after_asked_whether_is_the_one_asked() -> None:
    served = _speakers(
        "Tull asked whether Ferrow would consider a sequel. “Not this year,” he laughed, "
        "“but the door is open. The cast would come back.”"
    )
    assert "Nerys Tull" not in served.values()
    assert served.get("Not this year") == "Osric Ferrow"


def test_a_reply_after_asked_if_is_the_one_asked() -> None:
    served = _speakers(
        "Tull asked if Ferrow would ever direct a musical. “Only if nobody sings,” he said."
    )
    assert served.get("Only if nobody sings") == "Osric Ferrow"


def test_a_reply_after_asked_the_named_one_whether_is_theirs() -> None:
    served = _speakers(
        "Later, Tull asked Ferrow whether he had read the reviews. “Every one of them,” he "
        "admitted."
    )
    assert served.get("Every one of them") == "Osric Ferrow"


def test_the_reply_going_on_after_its_he_laughed_continues_it() -> None:
    found = facts(
        _INTRO,
        "Tull asked whether Ferrow would consider a sequel. “Not this year,” he laughed, "
        "“but the door is open.”",
    )
    going_on = next(q for q in found.quotes if q.text.startswith("but the door"))
    assert (going_on.speaker, going_on.continues_previous) == ("Osric Ferrow", True)
