"""A sentence ending ", she says." speaks for the quotation right after it: the words are hers,
not those of someone the sentence names in passing."""

from tests.extract.helpers import facts


def _credits(*paragraphs: str) -> dict[str, str]:
    return {q.text[:10]: q.speaker for q in facts(*paragraphs).quotes if q.served}


def test_a_possessive_name_is_not_the_speaker() -> None:
    found = _credits(
        "Lotta Ekwall writes music that sounds like weather.",
        "“I hate silence,” she says. “Everything should hum.”",
        "Harbour Lights, the drama created by Osian Brackley, arrives on Friday.",
        "Rumours that she would also score Brackley’s next series, the thriller “Copper Bell”, "
        "were early, she says. “Nobody has called me yet. Perhaps they will.”",
    )
    assert found.get("Nobody has") != "Osian Brackley"


def test_a_director_named_in_passing_is_not_the_speaker() -> None:
    found = _credits(
        "Piet Vanderlinde has spent twenty years playing villains.",
        "“I like the coats,” he says. “Villains get the best coats.”",
        "The thriller Iron Wharf, from the director Magda Szell, opens in June.",
        "Talk that he had turned down Szell’s earlier film was wrong, he says. “I was never "
        "offered it. I would have said yes.”",
    )
    assert found.get("I was neve") != "Magda Szell"
