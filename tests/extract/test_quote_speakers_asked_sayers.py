"""An interview's answer that opens on "She said, “...”" reports someone else's words: the
person the question asked about, never the one answering (who says "I"); held when the
question names no one."""

from tests.extract.helpers import facts

_INTRO = (
    "Pim Arlo has made thrillers and comedies, and now the last chapter of Lantern Row, "
    "created by the writer Ada Pell. It streams from 3 May. We spoke to him before the premiere."
)
_TITLE = "Pim Arlo: ‘I wanted the audience to feel the train leaving’"


def _speakers(*answers: str) -> dict[str, str]:
    found = facts(
        _INTRO,
        "Q: You joined the show at its very end. Was that hard?",
        "Frightening, honestly. So my first job was to listen to the cast.",
        *answers,
        "Q: How did you shoot the farewell?",
        "I wanted the audience to feel the train leaving. We used old lenses for that week.",
        title=_TITLE,
    )
    return {q.text: q.speaker for q in found.quotes if q.served}


def test_she_said_after_a_question_about_the_writer_is_the_writers() -> None:
    served = _speakers(
        "Q: What did Ada Pell tell you first?",
        "She said, “Keep it small, keep it honest.” I wrote that on a card.",
    )
    assert served.get("Keep it small, keep it honest.") == "Ada Pell"


def test_she_told_me_after_a_question_about_the_writer_is_the_writers() -> None:
    served = _speakers(
        "Q: Did Pell give you any advice?",
        "She told me, “Never rush the goodbyes.” And I listened.",
    )
    assert served.get("Never rush the goodbyes.") == "Ada Pell"


def test_he_said_after_a_question_naming_no_one_is_not_the_answerers() -> None:
    served = _speakers(
        "Q: What was the best note you were given?",
        "He said, “Slower, always slower.” I still hear it.",
    )
    assert served.get("Slower, always slower.") != "Pim Arlo"
