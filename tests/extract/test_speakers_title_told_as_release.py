"""A cover story's title, told as a work only by its release ("Copper Tide premieres on 3 June",
"The series is Copper Tide"), opens a sentence as a name does; "“...,” she says." after it is
the star's, never the title's."""

import pytest

from tests.extract.helpers import facts

_SCARED = "I was scared stiff for a month"


def _served(*paragraphs: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs).quotes if q.served}


@pytest.mark.parametrize(
    "told",
    [
        "The series is Copper Tide, a six-part thriller set on a Cornish trawler.",
        "The film is Copper Tide, a chamber drama about two sisters.",
        "Copper Tide premieres on BBC One on 3 June.",
        "Copper Tide premiered at Berlin in February to warm reviews.",
        "Copper Tide debuts on Apple TV+ in May.",
    ],
)
def test_a_title_told_by_its_release_is_not_she(told: str) -> None:
    served = _served(
        "Mara Kestrel-Obi has been acting since she was nine.",
        told,
        "Copper Tide is the first time a whole show has rested on her.",
        f"“{_SCARED},” she says.",
    )
    assert served.get(_SCARED) != "Copper Tide"
