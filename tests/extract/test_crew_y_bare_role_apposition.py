"""A role-noun apposition with no article ("X, author of the novels, wrote the script") stands
between a name and its verb as "X, the author of the novels," does; the verb still credits X,
and a description that is no post still keeps the name from the verb (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Marrowgate film gets a spring date"
_LEDE = "The Marrowgate film, which ends the drama, now arrives in May."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.role.value, c.name) for c in found if c.served}


def test_a_bare_role_apposition_hands_the_verb_back() -> None:
    found = _credits("Petra Lune, author of the source novels, wrote the screenplay.")
    assert ("writer", "Petra Lune") in found
    found = _credits("Petra Lune, creator of the show, is directing the film.")
    assert ("director", "Petra Lune") in found


def test_the_article_form_still_works() -> None:
    found = _credits("Petra Lune, the author of the source novels, wrote the screenplay.")
    assert ("writer", "Petra Lune") in found
