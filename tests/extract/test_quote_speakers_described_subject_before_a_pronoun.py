"""A "she says" whose sentence follows a description ("The novelist, who wrote the first draft,
sits at the back.") is not the last "she says" speaker's when the sentence before the
description names someone else: the description stands for that person, so the quote is never
handed to the earlier speaker (even where that person, named as another book's author, is no
antecedent the pronoun search takes)."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_OPENING = "Filming on Lowmarsh Lanterns wrapped in Dorset last week."
_EARLIER = (
    "1.00pm. Lunch. Marisol Quennell-Abara, Wren since season one, is eating crisps and reading "
    "Salt Hours, another Quarrie novel. “Everyone asks me if I'm in that next,” she jokes."
)


def _speaker(text: str, *paragraphs: str) -> tuple[str, SourceKind]:
    quote = next(q for q in facts(*paragraphs).quotes if q.text == text and q.served)
    return quote.speaker, quote.source


def test_a_description_after_a_new_name_keeps_the_earlier_speaker_out() -> None:
    for described in (
        "The creator, who wrote the screenplay, watches the last take from the back.",
        "The novelist watches the last take from a folding chair.",
    ):
        found = _speaker(
            "Odd. Sweet. Mostly odd.",
            _OPENING,
            _EARLIER,
            f"6.15pm. Philippa Quarrie arrives. {described} Asked about the ending, she says "
            "only: “Odd. Sweet. Mostly odd.”",
        )
        assert found[0] != "Marisol Quennell-Abara", described


def test_without_a_new_name_the_last_speaker_still_speaks() -> None:
    found = _speaker(
        "Still odd.",
        _OPENING,
        _EARLIER,
        "1.20pm. Rain again. The crew wait under a gazebo. Asked about the ending, she says "
        "only: “Still odd.”",
    )
    assert found == ("Marisol Quennell-Abara", SourceKind.PERSON)
