"""In a transcript, a pronoun-led credit ("She wrote the screenplay") right after an answer that
opens on its speaker's label ("Rendle: She was there most days.") does not credit the speaker:
the label names who talks, not whom the answer is about. An answer that names the person keeps
the credit, and so does a plain sentence about the speaker (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Q&A: Tomas Rendle on making Larkspur Row"
_LEDE = "Tomas Rendle has directed Larkspur Row, the film that closes Mara Quell's story."


def _writers(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs, title=_TITLE)
    return {c.name for c in found.crew if c.served and c.role.value == "writer"}


def test_the_speaker_label_is_not_the_pronouns_person() -> None:
    for answer in (
        "Rendle: She was there most days. She wrote the screenplay, so she was the one to ask.",
        "Tomas Rendle: They were on set every day. They wrote the script and knew every line.",
    ):
        assert "Tomas Rendle" not in _writers("Q: How involved was Quell on set?", answer), answer


def test_a_named_person_in_the_answer_keeps_the_credit() -> None:
    answer = "Rendle: Mara Quell was there most days. She wrote the screenplay, so she knew it."
    assert "Mara Quell" in _writers("Q: And Quell?", answer)


def test_a_plain_sentence_about_the_speaker_keeps_the_credit() -> None:
    assert "Tomas Rendle" in _writers("Rendle was there most days. He wrote the screenplay too.")
