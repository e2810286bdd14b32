"""A title set apart after the verb that reveals it, on invented text: "Netflix announced the
film's title, Larkspur Forever, on 18 September", "has revealed its official title – Copper
Kettle – alongside a teaser"; not a source named after the comma."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Larkspur film: everything we know"


def _titles(*paragraphs: str) -> set[str]:
    served = served_releases(*paragraphs, date="2025-10-01", title=_TITLE)
    return {str(r.title) for r in served if r.kind.value == "title"}


def test_a_title_announced_between_commas_is_the_title() -> None:
    titles = _titles("Netflix announced the film's title, Larkspur Forever, on 18 September.")
    assert titles == {"Larkspur Forever"}


def test_a_title_revealed_between_dashes_is_the_title() -> None:
    titles = _titles(
        "The studio has revealed its official title – Copper Kettle – alongside a first teaser.",
    )
    assert titles == {"Copper Kettle"}


def test_a_source_named_after_the_comma_is_no_title() -> None:
    assert not _titles("Netflix revealed the film's title, Variety reported.")
