"""Quote lines on invented text: a correction saying what the earlier article said ("The
article also said that filming began “...”") gives the page's own wording, held."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_what_the_original_article_said_is_held() -> None:
    found = facts(
        "Correction: an earlier version of this article got the Quillmere shoot wrong.",
        "The article also said that filming began “in late October”. In fact, cameras rolled "
        "on 2 September.",
        "The original article further suggested that the film “will land on Lumen by Easter”.",
    )
    served = {q.text for q in found.quotes if q.served}
    assert "in late October" not in served
    assert "will land on Lumen by Easter" not in served
