"""The earlier holders a new director follows: "Z takes over from the show's earlier directors X
and Y" credits X and Y with the earlier runs, not the article's film; Z keeps the credit
(invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_earlier_directors_followed_are_not_ours() -> None:
    found = served_crew(
        "Filming on the Orchard Hours film began on Monday in Kent.",
        "The film is directed by Nadia Amsler, who takes over from the show’s earlier directors"
        " Tiago Serrão and Aled Prys.",
    )
    assert ("director", "Tiago Serrão") not in found
    assert ("director", "Aled Prys") not in found
    assert ("director", "Nadia Amsler") in found
