"""A nationality or place before a role noun qualifies the person named next even when that
person's name opens with an accented capital, and is never a credit itself (invented
sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Saltmarsh Bells premieres at the festival"


def _names(*paragraphs: str) -> set[str]:
    return {name for _, name in credits(facts(*paragraphs, title=_TITLE))}


def test_a_nationality_before_an_accented_composer_is_no_credit() -> None:
    found = facts(
        "Saltmarsh Bells premiered on Sunday night.",
        "The score, by Icelandic composer Þórey Valsdóttir, leans on a single harmonium.",
        title=_TITLE,
    )
    assert ("composer", "Þórey Valsdóttir") in credits(found)
    assert "Icelandic" not in {name for _, name in credits(found)}


def test_a_nationality_before_an_accented_cinematographer_is_no_credit() -> None:
    names = _names(
        "Saltmarsh Bells premiered on Sunday night.",
        "The cinematography, by Czech photographer Šimona Kratochvílová, is all fog and lamps.",
    )
    assert "Czech" not in names


def test_a_town_before_an_accented_musician_is_no_credit() -> None:
    names = _names(
        "Saltmarsh Bells premiered on Sunday night.",
        "The music is by Quimper fiddler Élodie Marrec.",
    )
    assert "Quimper" not in names
