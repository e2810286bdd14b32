"""A "he says" after a sentence that opens with a place before another pronoun subject ("In
Galway they did the opposite"): the place is no one, and the search goes on to the person the
sentences before are about."""

from tests.extract.helpers import facts, served_quotes

_PAD = (
    "The series, which streams on Lumen from May, follows a ferry pilot played by Ines Moor.",
    "Nothing about the schedule was easy.",
    "The crew was small.",
)


def _speakers(*paragraphs: str) -> list[str]:
    return [speaker for _, speaker in served_quotes(facts(*paragraphs))]


def test_a_place_before_they_is_no_subject() -> None:
    found = _speakers(
        "Halvard Okonjo-Price does not like noise. “Noise tells you nothing,” he says.",
        *_PAD,
        "Work began in Leeds on 3 March. Okonjo-Price and his grip rigged lamps on the quay. "
        "In York they did the opposite, using the streetlights alone.",
        "“In Leeds the light is orange,” he says. “In York it is white.”",
    )
    assert found == ["Halvard Okonjo-Price"] * 3


def test_a_place_before_she_is_no_subject() -> None:
    found = _speakers(
        "Marisol Quenby-Adair has edited four features. “I cut for rhythm,” she says.",
        *_PAD,
        "Quenby-Adair moved to the cutting room in March. At Pinewood they worked nights.",
        "“You hear the film better when the building is empty,” she says.",
    )
    assert found == ["Marisol Quenby-Adair"] * 2


def test_a_named_subject_after_a_place_still_speaks() -> None:
    found = _speakers(
        "Marisol Quenby-Adair has edited four features. “I cut for rhythm,” she says.",
        *_PAD,
        "In Leeds, Tomasz Ferreira-Lund took over the edit for a week.",
        "“It was her cut, I only tidied it,” he says.",
    )
    assert found == ["Marisol Quenby-Adair", "Tomasz Ferreira-Lund"]
