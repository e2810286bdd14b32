"""A part told by the character's job in capitals ("plays the local MP, Judith Lane": "MP" is no
name) and a career's fame with an audience ("found fame with sci-fi fans as Rose Pike": an
earlier part, not this work's) are never served castings (invented write-up sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Marlow Street: BBC One drama returns for a second series"
_LEDE = "Marlow Street, created by Rina Vos, returns in May with Tom Bell as DI Ray Cole."


def test_a_job_in_capitals_is_no_part() -> None:
    found = facts(_LEDE, "Ana Vos plays the local MP, Judith Lane.", title=_TITLE)
    assert ("Ana Vos", "MP") not in served_pairs(found)


def test_a_part_named_before_its_job_stays() -> None:
    found = facts(_LEDE, "Ana Vos plays Judith Lane, the local MP.", title=_TITLE)
    assert ("Ana Vos", "Judith Lane") in served_pairs(found)


def test_fame_with_an_audience_is_no_part() -> None:
    found = facts(
        _LEDE,
        "Dina Moss, who plays Ella Hart, found fame with sci-fi fans as Rose Pike.",
        title=_TITLE,
    )
    assert ("Dina Moss", "Rose Pike") not in served_pairs(found)


def test_a_casting_with_no_fame_before_it_stays() -> None:
    found = facts(_LEDE, "Dina Moss plays the newcomer Rose Pike.", title=_TITLE)
    assert ("Dina Moss", "Rose Pike") in served_pairs(found)
