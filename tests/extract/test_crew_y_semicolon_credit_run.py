"""A run of credit clauses joined by a semicolon ("A wrote the script; B directed.") credits the
bare verb's subject, as a comma or "and" does; a bare verb after a clause naming another work,
or one with an object of its own, does not (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Harrowmere: first look at the new drama"
_LEDE = "Harrowmere opens in cinemas in May."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.role.value, c.name) for c in found if c.served}


def test_bare_verb_after_a_semicolon_in_a_credit_run() -> None:
    found = _credits("Mirela Stanhope, who made the show, wrote the script; Odran Pike directed.")
    assert ("director", "Odran Pike") in found
    assert ("writer", "Mirela Stanhope") in found


def test_verb_with_its_own_object_or_after_another_work() -> None:
    found = _credits("Mirela Stanhope wrote the script; Odran Pike directed the sequel.")
    assert ("director", "Odran Pike") not in found
    assert ("producer", "Odran Pike") not in _credits(
        "Mirela Stanhope directed Salt Bay; Odran Pike produced."
    )
