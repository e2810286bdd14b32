"""A role owned by "his" or "her" and the name set off after it ("Her producer, X of Y Films,
raised the money") credits X, as "Our producer, X," does; a role told with another work before
the comma ("Her producer on the 2019 film, X,") does not (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Copper Gate to open the festival"
_LEDE = "The Copper Gate cast arrived in Sligo on Friday."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.name, c.role.value) for c in found if c.served}


def test_his_or_her_role_apposed_credits() -> None:
    assert ("Tobiah Fenwick", "producer") in _credits(
        "Her producer, Tobiah Fenwick of Gorse Lane Films, found the money in Wales."
    )
    assert ("Tobiah Fenwick", "editor") in _credits(
        "His editor, Tobiah Fenwick, cut the first assembly in a fortnight."
    )


def test_a_role_on_another_work_is_no_credit() -> None:
    found = _credits("Her producer on the 2019 film, Tobiah Fenwick, came to the premiere.")
    assert ("Tobiah Fenwick", "producer") not in found
