"""After the writer's question about someone by pronoun ("Is she tired of touring?"), the
"she" who answers is whom the piece profiles or whom the pronoun last stood for, never a name
the sentence before the question happens to make its subject."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_TITLE = "Perpetua Lindqvist-Oduya on building the sets of Marrowfield"


def _credits(*paragraphs: str) -> list[tuple[str, str, SourceKind]]:
    return [
        (q.text, q.speaker, q.source) for q in facts(*paragraphs, title=_TITLE).quotes if q.served
    ]


def test_a_name_before_the_question_does_not_answer_it() -> None:
    found = _credits(
        "Perpetua Lindqvist-Oduya has designed sets for twenty years.",
        "Her early work was in opera. Rosalind Achterberg-Vey took the crown at the Garnet "
        "awards; Imogen Tallis-Brook won the year after. Is she bitter about the snub? "
        "“I was never in it for trophies,” she laughs.",
    )
    assert not any(
        speaker in ("Imogen Tallis-Brook", "Rosalind Achterberg-Vey") for _, speaker, _ in found
    )


def test_the_profiled_person_still_answers_the_question() -> None:
    found = _credits(
        "Perpetua Lindqvist-Oduya has designed sets for twenty years.",
        "“I build rooms people forget they are in,” Lindqvist-Oduya says. She has just finished "
        "a chapel made of cardboard. Is she proud of it? “Very,” she says.",
    )
    assert ("Very", "Perpetua Lindqvist-Oduya", SourceKind.PERSON) in found
