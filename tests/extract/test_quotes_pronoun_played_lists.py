"""A profile's "he said" after a sentence listing the parts "he" played: a name in that list
("and Sam, the son of ...") is a part or a co-star named in passing, not who "he" stands for."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "Milo Varga on growing up in public"
_LEDE = (
    "There is a scene in Brindle Quay, the final film of the drama, when Tom Reed sits on a "
    "pier. Milo Varga, who has played Tom since 2021, says it came easily."
)
_TOLD = (
    "“I had a paper round before I had an agent,” Varga told us between takes on a wet pier in "
    "Whitby."
)
_LATER = "Then came Brindle Quay. Varga and Sam Okafor, who plays Ben Lark, became famous."


def test_a_part_named_in_the_pronouns_list_of_roles_is_not_the_speaker() -> None:
    found = facts(
        _LEDE,
        _TOLD,
        "In 2018 he played the young singer in Ada Finch's 'Songbird', and Sam, the son of "
        "Lena Ortiz's baker, in Pia Holt's 'Little Sam'.",
        "“Radio work taught me patience,” he said.",
        _LATER,
        title=_TITLE,
    )
    assert ("Radio work t", "Sam Okafor") not in served_quotes(found)


def test_a_listed_role_with_a_different_apposition() -> None:
    found = facts(
        _LEDE,
        _TOLD,
        "That year she voiced a fox in 'Burrow', and Sam, a grumpy lighthouse keeper, on stage.",
        "“I loved every minute,” she said.",
        _LATER,
        title=_TITLE,
    )
    assert ("I loved ever", "Sam Okafor") not in served_quotes(found)


def test_a_new_subject_with_a_verb_of_his_own_still_speaks() -> None:
    found = facts(
        _LEDE,
        _TOLD,
        "He thanked his co-star Sam Okafor, and Okafor smiled back across the table.",
        "“We grew up together,” he said.",
        _LATER,
        title=_TITLE,
    )
    assert ("We grew up t", "Sam Okafor") in served_quotes(found)
