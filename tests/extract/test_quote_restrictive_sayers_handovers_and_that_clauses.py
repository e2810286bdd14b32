"""Who speaks: someone picked out by a "who" clause naming a place or a person, the one handed
the floor before a "she told the room", and a profile's subject named in a "that" clause before
"He shrugs. “...”"."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Marrow Lane, the new drama from Pim Oduya, arrives on Netflix next month."


def _only(*paragraphs: str, title: str | None = None) -> list[tuple[str, str, SourceKind]]:
    found = facts(*paragraphs, title=title)
    return [(q.text[:10], q.speaker, q.source) for q in found.quotes if q.served]


def test_a_name_in_a_restrictive_who_clause_is_not_the_speaker() -> None:
    for sayer in (
        "One critic who caught it at Lumen told us simply:",
        "A programmer who saw it at the Lumen Festival said:",
        "One buyer who met Pim Oduya in Cannes told us:",
    ):
        found = _only(
            _LEDE + " It premiered at the Lumen Festival in March.",
            f'{sayer} "Bring a coat. Bring two."',
        )
        assert found, sayer
        (_, speaker, source) = found[0]
        assert source is not SourceKind.PERSON, sayer
        assert "Lumen" not in speaker and "Oduya" not in speaker, sayer


def test_the_one_handed_the_floor_speaks_next() -> None:
    for handover in (
        "then handed over to Vale, who was close to tears.",
        "before passing the microphone to Vale.",
        "and then gave the stage to Vale, who wrote the books.",
    ):
        found = _only(
            _LEDE + " Ada Vale wrote it.",
            f"Pim Oduya, who directed, opened the night with a joke about his dog, {handover} "
            '"Ten years ago I drew these two on a train," she told the crowd.',
        )
        assert found == [("Ten years ", "Ada Vale", SourceKind.PERSON)], handover


def test_one_who_handed_over_in_an_aside_still_speaks() -> None:
    found = _only(
        _LEDE + " Ada Vale wrote it.",
        "Pim Oduya, who directed the first half before handing over to Ada Vale, says he "
        'never worried. "We had the same film in our heads," he says.',
    )
    assert found == [("We had the", "Pim Oduya", SourceKind.PERSON)]


def test_a_profile_subject_named_in_a_that_clause_is_the_pronoun_after_it() -> None:
    for rumour in (
        "There are rumours, repeated at every convention, that Vale wants to play a killer next.",
        "It is often said that Vale hates interviews.",
        "The rumour mill insists that Vale turned down a superhero film.",
    ):
        found = _only(
            "Ada Vale, who plays Nell Pryce in Marrow Lane, is tired of being nice.",
            'Her director, Pim Oduya, is blunt. "She is the best of them," the director says.',
            f'{rumour} She rolls her eyes. "I want to play someone cruel. That is different."',
            title="Ada Vale on her next move",
        )
        assert found[-1] == ("I want to ", "Ada Vale", SourceKind.PERSON), rumour
