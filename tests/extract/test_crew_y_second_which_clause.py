"""A title's relative clause may be followed by a second maker's ("Title, which X wrote and
which Y directed"): both credit the article's own production; another work's clauses credit
nobody (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Larkhollow: the final film reviewed"
_LEDE = "Larkhollow arrives on the BBC this Friday."


def _crew(sentence: str) -> set[tuple[str, str]]:
    return {(c.name, c.role.value) for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_both_clauses_credit_our_title() -> None:
    crew = _crew("Larkhollow, which Greta Vance wrote and which Tom Hale directed, ends on Friday.")
    assert {("Greta Vance", "writer"), ("Tom Hale", "director")} <= crew


def test_another_titles_clauses_credit_nobody() -> None:
    crew = _crew("Tin Lane, which Greta Vance wrote and which Tom Hale directed, ended in May.")
    assert not crew
