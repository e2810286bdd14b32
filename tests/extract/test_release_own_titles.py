"""The article's own production named by its title with its kind (invented names)."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _titles(*paragraphs: str, title: str) -> list[str]:
    found = facts(*paragraphs, title=title).release
    return [f.title or "" for f in found if f.kind is ReleaseKind.TITLE and f.served]


def test_name_then_kind_in_the_lede() -> None:
    assert _titles(
        "Filming began this week on Quillmarsh Vane, a four-part thriller for Channel 4.",
        "Quillmarsh Vane, a four-part thriller for Channel 4, began filming near Rye.",
        "The cast of Quillmarsh Vane includes Odile Franck-Harrow.",
        title="Cameras roll on Quillmarsh Vane",
    ) == ["Quillmarsh Vane"]


def test_a_name_used_in_a_longer_one_is_unsure() -> None:
    assert (
        _titles(
            "Filming began this week on Quillmarsh, a four-part thriller for Channel 4.",
            "Quillmarsh, a four-part thriller for Channel 4, began filming near Rye.",
            "Fans of Quillmarsh Returns will know the marsh.",
            title="Cameras roll on Quillmarsh",
        )
        == []
    )


def test_a_chart_names_its_rivals() -> None:
    assert (
        _titles(
            "Quillmarsh Vane tops the streaming chart, ahead of Brindle Cove.",
            "Brindle Cove, a crime drama for Channel 4, held on at number two.",
            "Brindle Cove has been in the top ten for a month.",
            title="Streaming chart: Quillmarsh Vane stays on top as Brindle Cove holds on",
        )
        == []
    )
