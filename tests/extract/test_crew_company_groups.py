"""A list of executive producers whose first part ends with its people's company ("A, B and C of
Lumen Films, D and E serve as executive producers") credits every name; a lone name with a
company, or one opening an aside, adds no one (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Gable Street movie adds its producers"


def _producers(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, title=_TITLE)
    return {name for role, name in credits(found) if role == "executive_producer"}


def test_a_company_inside_the_list_keeps_the_names_before_it() -> None:
    names = _producers(
        "Bryony Tallis, Corvin Hale and Idris Pennock of Brackwater Films, Perrin Ashdown and "
        "Juno Arkwright serve as executive producers."
    )
    assert {"Bryony Tallis", "Corvin Hale", "Idris Pennock", "Perrin Ashdown"} <= names
    assert "Juno Arkwright" in names
    assert not any("Brackwater" in name for name in names)


def test_one_name_with_a_company_before_the_list_is_not_part_of_it() -> None:
    names = _producers(
        "Asked by Edda Vasko of Varley Pictures, Perrin Ashdown and Juno Arkwright serve as "
        "executive producers, the studio said."
    )
    assert "Edda Vasko" not in names
    names = _producers(
        "Edda Vasko of Varley Pictures, Perrin Ashdown and Juno Arkwright serve as executive "
        "producers."
    )
    assert "Edda Vasko" not in names
