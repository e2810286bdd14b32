"""A handle after a bare noun for it ("wrote fan account @name", "posted fan page @name") is who
wrote the words, not the person the sentence before the quote was about."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "The garden drama Brindlewick picked up four nominations on Tuesday."


def _speakers(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(_LEDE, *paragraphs).quotes if q.served}


def test_handle_after_a_bare_account_noun_writes_the_words() -> None:
    found = _speakers(
        "Tamsin Orrow, who plays the eldest sister, was left out, and the replies piled up."
        ' "A scandal, a proper scandal," wrote fan account @brindlewickdaily.'
    )
    assert found["A scandal, a proper scandal"] == ("@brindlewickdaily", SourceKind.ORGANISATION)


def test_handle_after_the_account_noun_still_writes_the_words() -> None:
    found = _speakers(
        "Tamsin Orrow was left out."
        ' "A scandal, a proper scandal," wrote the account @brindlewickdaily.'
    )
    assert found["A scandal, a proper scandal"] == ("@brindlewickdaily", SourceKind.ORGANISATION)


def test_a_named_person_after_the_verb_still_speaks() -> None:
    found = _speakers(
        "Tamsin Orrow was left out."
        ' "A scandal, a proper scandal, and I mean it," said critic Hollis Penhale.'
    )
    assert found["A scandal, a proper scandal, and I mean it"][0] == "Hollis Penhale"
