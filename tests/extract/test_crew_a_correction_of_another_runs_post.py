"""A correction that withdraws a post on another run ("wrongly described X as the director of the
first season") leaves X's credit on the film (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_withdrawn_earlier_run_post_keeps_the_films_credit() -> None:
    found = facts(
        "Quillon Marsh, the film that ends the series, arrives on 17 April.",
        "The film is written by Saffi Kettering and directed by Orrin Vance.",
        "Correction, 1:38pm: We wrongly described Orrin Vance as the director of the first"
        " season; that season was directed by Holm Ferrisby. We apologise for the error.",
    )
    directors = {c.name for c in found.crew if c.served and c.role.value == "director"}
    assert "Orrin Vance" in directors
    assert "Holm Ferrisby" not in directors
