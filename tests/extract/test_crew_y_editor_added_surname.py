"""An interview answer names a colleague by first name, the editor adding the surname in brackets
("our director, Tam [Ruddock], and I"): the credit reads as if the whole name were written; a
bracketed surname with no credit round it credits nothing (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Greta Vance on finishing Larkhollow"
_LEDE = "Greta Vance, who wrote Larkhollow, talks about the last day of the shoot."


def _crew(sentence: str) -> set[tuple[str, str]]:
    return {(c.name, c.role.value) for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_an_added_surname_completes_the_credit() -> None:
    assert ("Tam Ruddock", "director") in _crew(
        "Our director, Tam [Ruddock], and I spoke every night."
    )
    assert ("Tam Ruddock", "editor") in _crew("The editor, Tam [Ruddock], cut it in a week.")


def test_an_added_surname_without_a_credit_is_none() -> None:
    crew = _crew("Tam [Ruddock] brought cake on the last day, and I cried.")
    assert not any(name == "Tam Ruddock" for name, _ in crew)
