"""A quotation that opens by relaying "he said, ‘...’" after a sentence where a named person acts
on someone ("Reyes pulled him aside.") relays that person's words: the teller is the one acted
on, so the words are not the named subject's. A sentence naming another ("Lund said Reyes had
rung her.") may be the teller's, and stays so."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Novelist Petra Lund and director Tomas Reyes talk about Harrow Lane, out in June."


def _said(paragraph: str, words_start: str) -> tuple[str, SourceKind]:
    for quote in facts(_LEDE, paragraph).quotes:
        if quote.text.startswith(words_start):
            return quote.speaker, quote.source
    raise AssertionError(words_start)


def test_words_relayed_after_the_subject_acts_on_the_teller_are_not_the_subjects() -> None:
    paragraph = (
        "After the wrap party, Reyes pulled him aside."
        " “He said, ‘Keep the coat, you earned it.’ I still wear it.”"
    )
    assert _said(paragraph, "He said")[0] != "Tomas Reyes"


def test_words_relayed_of_another_named_person_stay_the_subjects() -> None:
    paragraph = (
        "Lund said Reyes had rung her on the first morning."
        " “He said, ‘The rain is real, so wear boots.’ I did not.”"
    )
    assert _said(paragraph, "He said") == ("Petra Lund", SourceKind.PERSON)
