"""A contrast set off between a name and its credit verb ("X, not the show's regular Y,
directed the film", "X, rather than Y, directed the film") leaves the verb X's: X is credited
and Y, the one set against, is not (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Ten things we learned about Quarrytown"
_LEDE = "Quarrytown, the feature that closes the saga, arrives in June."


def _directors(sentence: str) -> set[str]:
    found = facts(_LEDE, sentence, title=_TITLE)
    return {c.name for c in found.crew if c.served and c.role.value == "director"}


def test_the_name_before_the_contrast_is_credited() -> None:
    for sentence in (
        "Perpetua Langholm, not the show's regular Dai Mostyn, directed the film.",
        "Perpetua Langholm, rather than Dai Mostyn, directed the film in a wet autumn.",
    ):
        found = _directors(sentence)
        assert "Perpetua Langholm" in found, sentence
        assert "Dai Mostyn" not in found, sentence


def test_a_contrast_before_another_verb_credits_nobody() -> None:
    sentence = "Perpetua Langholm, not Dai Mostyn, said the film was finished."
    assert not _directors(sentence) & {"Perpetua Langholm", "Dai Mostyn"}
