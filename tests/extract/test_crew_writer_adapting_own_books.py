"""A writer our work credits who is "adapting her graphic novels" wrote the books too: "is
written by series creator X, adapting the closing chapters of her bestselling graphic novels",
"X wrote the screenplay, adapting the last part of his novels" (invented sentences and names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = "Three newcomers have joined the cast of Marrowfield, Netflix’s feature-length finale."
_TITLE = "Marrowfield film adds three"


def test_written_by_the_series_creator_adapting_her_graphic_novels() -> None:
    found = served_crew(
        _LEDE,
        "The film is written by series creator Pia Lundqvist-Hale, adapting the closing "
        "chapters of her bestselling graphic novels, and will be directed by Oren Tadesse.",
        title=_TITLE,
    )
    assert ("writer", "Pia Lundqvist-Hale") in found
    assert ("author", "Pia Lundqvist-Hale") in found


def test_wrote_the_screenplay_adapting_his_novels() -> None:
    found = served_crew(
        _LEDE,
        "Tomas Ferrante-Lusk wrote the screenplay, adapting the last part of his novels.",
        title=_TITLE,
    )
    assert ("author", "Tomas Ferrante-Lusk") in found


def test_adapting_someone_elses_novels_is_no_authorship() -> None:
    found = served_crew(
        _LEDE,
        "Tomas Ferrante-Lusk wrote the screenplay, adapting the novels of Ines Barrowby.",
        title=_TITLE,
    )
    assert ("author", "Tomas Ferrante-Lusk") not in found
