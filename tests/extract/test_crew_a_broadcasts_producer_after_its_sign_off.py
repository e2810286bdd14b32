"""A labelled post after a broadcast's invitation to listen ("Listen again on the app.
Producer: X.") is the programme's staff, not the production's; a labelled credit in a paragraph
of its own stays (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Transcript: Perry Oduya on the end of Copperfold"
_LEDE = "Perry Oduya came into the studio to talk about Copperfold, out on Vela in June."


def _crew(*paragraphs: str) -> set[str]:
    return {c.name for c in facts(_LEDE, *paragraphs, title=_TITLE).crew if c.served}


def test_the_programmes_producer_is_no_credit() -> None:
    for line in (
        "Listen again on the station app. Producer: Greta Vance.",
        "Subscribe wherever you get your podcasts. Series producer: Greta Vance.",
    ):
        assert "Greta Vance" not in _crew(line), line


def test_a_credit_line_of_its_own_stays() -> None:
    assert "Greta Vance" in _crew("Copperfold is made by Vela.", "Producer: Greta Vance")
