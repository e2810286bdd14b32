"""Quote lines on invented text: a correction saying what the earlier article said ("The
article also said that filming began “...”") gives the page's own wording, held; a
standfirst's phrase the body says again is the echo of the body's quote, held."""

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


def test_a_standfirst_phrase_the_body_repeats_is_held() -> None:
    found = facts(
        "Fenna Quaye talks about directing Quillmere and why its ending is “a door left open”.",
        "Fenna Quaye directed Quillmere for Lumen.",
        "Was it hard to end? “Not really. I told the writer the ending is a door left open, "
        "and she agreed,” Quaye said.",
        title="Fenna Quaye: the Quillmere interview",
    )
    served = {q.text for q in found.quotes if q.served}
    assert "a door left open" not in served
    assert any(text.startswith("Not really.") for text in served)
