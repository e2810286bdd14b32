"""A sentence about "the actor" (or "the star") that the search cannot tie to anyone stops it:
the "she says" after it is never handed on to whoever was quoted before, such as a writer the
article credits only behind the camera."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_TITLE = "Marisol Eckhart-Penn: ‘I finally get to be unkind’"


def _credits(*paragraphs: str, title: str | None = _TITLE) -> list[tuple[str, str, SourceKind]]:
    return [
        (q.text, q.speaker, q.source) for q in facts(*paragraphs, title=title).quotes if q.served
    ]


_PARAS = (
    "Marisol Eckhart-Penn leads Tallow Street, a new ITV mystery.",
    "Eckhart-Penn plays Greta Vosk, a locksmith with a past. Created by Leopold Strand-Ayodele, "
    "it films in Hull this spring.",
    "Strand-Ayodele says: “I wrote Greta for someone who could frighten me.”",
    "The star is breezy about the menace. “I have been nice for ages,” she says.",
)


def test_the_star_is_not_the_writer_quoted_before() -> None:
    found = _credits(*_PARAS)
    assert ("I have been nice for ages", "Leopold Strand-Ayodele", SourceKind.PERSON) not in found


def test_the_writer_keeps_his_own_words() -> None:
    found = _credits(*_PARAS)
    assert (
        "I wrote Greta for someone who could frighten me.",
        "Leopold Strand-Ayodele",
        SourceKind.PERSON,
    ) in found
