"""Release: a sentence led by someone's next work ("Ostravel's next project takes him home: a
thriller for Pellacott, Vantoberry Reach, due to start filming in the autumn") dates that work's
shoot, not the article's film; one that names the article's own film as the next work still
dates it. Invented text."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article


def _kinds(*paragraphs: str) -> set[str]:
    article = Article(
        dt.date(2026, 5, 4),
        "The cinematographer of Quillmoor Lane talks about the shoot.",
        "Quillmoor Lane's cinematographer on lighting the finale",
        ("Quillmoor Lane arrived on Pellacott on 17 April.", *paragraphs),
    )
    return {r.kind.value for r in extract_facts(article).release if r.served}


def test_someones_next_project_is_not_the_film() -> None:
    line = (
        "Ostravel's next project takes him home: a thriller for Pellacott, Vantoberry Reach, "
        "due to start filming in the autumn."
    )
    assert "filming_planned" not in _kinds(line)
