"""A work set after its owner's ordinal with the noun left out and its year in brackets ("Her
first, Dry Orchard (2019), won ..."): a title, never the person a later "she says" stands for;
without the bracketed year ("her first, Tom Reed, ...") the rule keeps out of it."""

from bot.extract.apposed_works import apposed_works
from tests.extract.helpers import facts

_LEDE = "Corvina Blesk lit the new season of Tallow Yard, the BBC crime drama."
_PROFILE = "Blesk grew up in Gdańsk. “I always wanted pictures,” she says."


def test_an_elided_work_is_no_speaker() -> None:
    found = facts(
        _LEDE,
        _PROFILE,
        "Her first, Copper Reach (2017), directed by Ilse Varno, won a prize at Cork; she then"
        " shot two shorts in Leeds.",
        "For the new season she went darker. “We wanted it to feel cold,” she says.",
    )
    quote = next(q for q in found.quotes if q.text.startswith("We wanted"))
    assert quote.speaker == "Corvina Blesk"


def test_an_ordinal_without_a_year_names_no_work() -> None:
    assert apposed_works("Her first, Copper Reach (2017), won a prize.") == {"Copper Reach"}
    assert apposed_works("Her first, Tom Reed, was a neighbour.") == set()
    assert apposed_works("Her last film, Copper Reach, won a prize.") == {"Copper Reach"}
