"""A subject whose own relative clause speaks of "him" ("A colleague who has worked with him
...") is not the "he" of the next "he says": in a profile that pronoun is its subject's."""

from tests.extract.helpers import facts

_TITLE = "Tobiah Marchetti-Lund: ‘The quiet roles are the hard ones’"


def _speakers(*paragraphs: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs, title=_TITLE).quotes if q.served}


def test_he_says_after_a_colleague_who_worked_with_him_is_the_subjects() -> None:
    served = _speakers(
        "Tobiah Marchetti-Lund has spent six years as the ferryman in Saltwick.",
        "“I grew up on that boat,” he says. “It was home.”",
        "A colleague who has worked with him since drama school puts it simply: “He is ready.”",
        "He drains his tea. “I will miss the boat,” he says.",
    )
    assert served.get("I will miss the boat") == "Tobiah Marchetti-Lund"


def test_he_says_after_a_teacher_who_has_known_him_is_the_subjects() -> None:
    served = _speakers(
        "Tobiah Marchetti-Lund has spent six years as the ferryman in Saltwick.",
        "“I grew up on that boat,” he says.",
        "An old teacher who has known him for years is blunt: “He was always the quiet one.”",
        "He laughs. “That is fair,” he says.",
    )
    assert served.get("That is fair") == "Tobiah Marchetti-Lund"
