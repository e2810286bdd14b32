""" "At the helm" beside a company's producing tells who leads the producing, not who directs;
alone it is still the director's post (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Cameras roll on the Marrowgate film"
_LEDE = "Filming began on Monday on the Marrowgate film, which ends the drama."


def _roles(sentence: str, name: str) -> set[str]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {c.role.value for c in found if c.served and c.name == name}


def test_the_helm_of_a_companys_producing_is_no_directing() -> None:
    for sentence in (
        "Tallow Pictures is producing, with Osric Venn once again at the helm.",
        "Tallow Pictures is also producing, with its founder Osric Venn at the helm.",
    ):
        assert "director" not in _roles(sentence, "Osric Venn"), sentence


def test_the_helm_alone_is_directing() -> None:
    assert "director" in _roles("Osric Venn is back at the helm.", "Osric Venn")
