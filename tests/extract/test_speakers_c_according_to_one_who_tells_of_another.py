"""After "According to X, Y ... said only “...”" the words are Y's, told by X: X only reports
another's speech, so the words are Y's, never X's. Where X describes Y in X's own words
("According to X, Y is “...”") they stay X's."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Composer Petra Lund scored the drama Lantern Row, directed by Ada Vale."


def _speakers(paragraph: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(_LEDE, paragraph).quotes if q.served}


def test_a_named_one_speaking_after_according_to_is_not_the_source() -> None:
    found = _speakers(
        "Vale came to the sessions in May. According to Lund, Vale heard the opening cue and"
        " said only “that is the one we keep”."
    )
    assert found["that is the one we keep"] == ("Ada Vale", SourceKind.PERSON)


def test_the_source_describing_another_keeps_the_words() -> None:
    found = _speakers("According to Lund, Vale is “the calmest director in the business”.")
    assert found["the calmest director in the business"] == ("Petra Lund", SourceKind.PERSON)
