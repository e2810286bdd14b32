"""Words an interview answer reports a named person saying again and again ("Bram kept telling
me, ‘...’") or early on ("Orla told me very early on, ‘...’"): that person's quote, served."""

from __future__ import annotations

from tests.extract.helpers import facts

_INTRO = (
    "Tamsin Rook plays the ferry pilot in Brinefold, written by Orla Penhallow and directed by "
    "Bram Edevane. She spoke to us about the role."
)


def _said(answer: str) -> list[tuple[str, bool]]:
    found = facts(
        _INTRO,
        "Q: What did they tell you about Wenna?",
        answer,
        "Q: And the boat?",
        "I loved it.",
        date="2026-03-02",
        title="Tamsin Rook on Brinefold",
    )
    return [(q.speaker, q.served) for q in found.quotes if q.text.startswith("Wenna")]


def test_words_a_named_person_kept_saying_are_theirs() -> None:
    for answer in (
        "It was cold. Bram kept saying, ‘Wenna is the sister nobody thanks.’ I wrote it down.",
        "It was cold. Bram kept telling me, ‘Wenna is the sister nobody thanks.’ I wrote it down.",
    ):
        assert _said(answer) == [("Bram Edevane", True)], answer


def test_words_a_named_person_told_early_on_are_theirs() -> None:
    for answer in (
        "She is brave. Orla told me very early on, ‘Wenna is the sister nobody thanks.’ That "
        "was my way in.",
        "She is brave. Orla told me early on, “Wenna is the sister nobody thanks.” That was my "
        "way in.",
    ):
        assert _said(answer) == [("Orla Penhallow", True)], answer


def test_a_he_the_question_names_who_kept_saying_stays_his() -> None:
    found = facts(
        _INTRO,
        "Q: You share a long scene with Bram Edevane. What was that like?",
        "It was hard. Bram was patient. Between takes he kept saying, ‘Wenna is the sister "
        "nobody thanks,’ and it helped.",
        date="2026-03-02",
        title="Tamsin Rook on Brinefold",
    )
    said = [(q.speaker, q.served) for q in found.quotes if q.text.startswith("Wenna")]
    assert said == [("Bram Edevane", True)], said


def test_a_name_after_a_time_phrase_says_the_words() -> None:
    for answer in (
        "It was cold. On the first day Bram kept telling me, ‘Wenna is the sister nobody "
        "thanks.’ I wrote it down.",
        "It was cold. After the read-through Bram kept saying to me, ‘Wenna is the sister nobody "
        "thanks.’ I wrote it down.",
    ):
        assert _said(answer) == [("Bram Edevane", True)], answer
