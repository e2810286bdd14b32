"""An attribution right after a quotation that names the speaker's company ("“...,” producer Jo
Reyes of Tidewater Films told us.") is that speaker's, not a person named in the paragraph
before."""

from tests.extract.helpers import facts

_BEFORE = (
    "Osric Vanterpool will replace Corran Vell in the second Lantern Quay film, we can reveal.",
    "Directed by Ilse Penwarden, the film follows the twins. Petra Ojala and Tuomas Reinikainen, "
    "whose casting was revealed in May, join the cast as Hanna and Eero, respectively.",
)


def _served(paragraph: str) -> dict[str, str]:
    found = facts(*_BEFORE, paragraph, title="Exclusive: Lantern Quay recasts its lead")
    return {q.text: q.speaker for q in found.quotes if q.served}


def test_role_name_of_company_told_us() -> None:
    served = _served(
        "“Corran is a wonderful actor and we will miss him,” producer Anneli Strandqvist of "
        "Bluefin Pictures told us. “But Osric won the room in a minute.”"
    )
    assert served.get("Corran is a wonderful actor and we will miss him") == "Anneli Strandqvist"
    assert served.get("But Osric won the room in a minute.") == "Anneli Strandqvist"


def test_name_at_company_said() -> None:
    served = _served(
        "“We looked at forty actors,” Anneli Strandqvist at Bluefin Pictures said. “One stood out.”"
    )
    assert served.get("We looked at forty actors") == "Anneli Strandqvist"


def test_name_from_the_company_added() -> None:
    served = _served(
        "“It was never about the money,” casting director Joost Aldring from the Lantern "
        "Agency added."
    )
    assert served.get("It was never about the money") == "Joost Aldring"
