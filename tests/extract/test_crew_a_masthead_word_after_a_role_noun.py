"""A masthead word after a role noun ("Sound Editor Notes | 3 June") is the rest of a
publication's name, not a person; a name after a role noun is still read (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "On set: Quillon Bay: The Film shoots in Cornwall"
_LEDE = "Quillon Bay: The Film, directed by Marlowen Essiby, began filming in Cornwall this week."


def _names(*paragraphs: str) -> set[str]:
    return {c.name for c in facts(_LEDE, *paragraphs, title=_TITLE).crew if c.served}


def test_a_masthead_word_after_a_role_noun_is_no_name() -> None:
    names = _names("Sound Editor Notes | 3 June 2026", "The score is by composer Varnach Stroud.")
    assert "Notes" not in names
    assert "Varnach Stroud" in names
