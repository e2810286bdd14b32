"""A passive "described as a “...”" after the sentence's subject ("she has been described as
a “perfectionist”") gives the label others pin on the subject: held, not served as the subject's
words. A person who describes something as words in marks, or says a label, keeps the quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Lighting designer Oriel Thackwray-Moss has lit every stage show at the Gannet Rooms."


def test_a_label_the_subject_is_described_as_is_no_quote() -> None:
    for line in (
        "Thackwray-Moss has often been described as a “perfectionist”, which she shrugs off.",
        "She is sometimes billed as the “fixer”, though the title embarrasses her.",
    ):
        found = facts(_LEDE, "“I like a dark room,” Thackwray-Moss says.", line)
        assert not any(text.startswith(("perfect", "fixer")) for text, _ in served_quotes(found))


def test_the_subject_describing_with_a_label_keeps_it() -> None:
    found = facts(
        _LEDE,
        "Thackwray-Moss described the new rig as “ridiculous” on Tuesday.",
    )
    assert ("ridiculous", "Oriel Thackwray-Moss") in served_quotes(found)


def test_a_label_the_subject_says_of_herself_keeps_it() -> None:
    found = facts(
        _LEDE,
        "“I am a perfectionist,” Thackwray-Moss says, “and I know it.”",
    )
    assert ("I am a perfe", "Oriel Thackwray-Moss") in served_quotes(found)
