"""A teller's aside after another subject ("His mother, he says, still introduces him as
“...”") passes on that subject's words: they are never the teller's own quote, so they are held;
the teller's own "“...,” he says" after it stays his."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Quillon Asherbrook was cast in Brackenmere last year."


def _served(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(_LEDE, *paragraphs).quotes if q.served}


def test_a_kin_subject_before_the_aside() -> None:
    served = _served(
        "Born in Leeds, Asherbrook trained in Cardiff. His mother, he says, still introduces"
        " him as “the one from the telly, the nice boy”.",
        "“I was terrified,” he says.",
    )
    assert "the one from the telly, the nice boy" not in served
    assert served["I was terrified"] == ("Quillon Asherbrook", SourceKind.PERSON)


def test_a_teachers_words_before_the_aside() -> None:
    served = _served(
        "Asherbrook trained in Cardiff. His old teacher, he recalls, always described him as"
        " “a lovely lad with no plan”.",
    )
    assert served.get("a lovely lad with no plan", ("", SourceKind.UNNAMED))[1] in (
        SourceKind.UNNAMED,
        SourceKind.UNATTRIBUTED,
    )


def test_a_thing_the_teller_describes_stays_the_tellers() -> None:
    served = _served("The first day, he says, was “a different kind of scary”.")
    assert served["a different kind of scary"] == ("Quillon Asherbrook", SourceKind.PERSON)
