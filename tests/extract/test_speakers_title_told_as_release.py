"""A cover story's title, told as a work only by its release ("Sable Wick premieres on 12
October", "The drama is Sable Wick"), opens a sentence as a name does; "“...,” she says."
after it is never the title's. A person who debuts or premieres somewhere with a work of their
own, or as something ("debuts at the festival with her first feature", "as a director"), is
still a person: the pronoun is theirs."""

import pytest

from tests.extract.helpers import facts

_WORDS = "I did not sleep for a week"


def _served(*paragraphs: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs).quotes if q.served}


@pytest.mark.parametrize(
    "told",
    [
        "The show is Sable Wick, eight hour-long episodes about a canal lock.",
        "The drama is Sable Wick, a slow mystery about a lock-keeper's daughter.",
        "Sable Wick premieres on ITV1 on 12 October.",
        "Sable Wick premiered in Toronto last autumn to a standing ovation.",
        "Sable Wick debuts on Prime Video in the spring.",
    ],
)
def test_a_title_told_by_its_release_is_not_she(told: str) -> None:
    served = _served(
        "Noor Halvesen has been on stage since she was seven.",
        told,
        "Sable Wick is the first time a whole series has leant on her.",
        f"“{_WORDS},” she says.",
    )
    assert _WORDS in served
    assert served[_WORDS] != "Sable Wick"


@pytest.mark.parametrize(
    ("before", "debut"),
    [
        (
            "Noor Halvesen has been on stage since she was seven.",
            "Noor Halvesen debuts at Locarno with her first feature.",
        ),
        (
            "Noor Halvesen has shot three shorts.",
            "Noor Halvesen premiered at the Tribeca festival in 2021 with a documentary.",
        ),
        (
            "Noor Halvesen spent ten years in television.",
            "Noor Halvesen debuted in Venice as a director last year.",
        ),
        (
            "Noor Halvesen trained as a dancer.",
            "Noor Halvesen premieres on stage in May with her own play.",
        ),
    ],
)
def test_a_person_who_debuts_somewhere_is_still_she(before: str, debut: str) -> None:
    served = _served(before, debut, f"“{_WORDS},” she says.")
    assert served.get(_WORDS) == "Noor Halvesen"
