"""The source's author when the source is a webtoon: "X, who created the Webtoon and ...",
"Y drew the original webtoons" (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_who_created_the_webtoon_names_its_author() -> None:
    found = facts(
        "Tove Brandt, who created the Webtoon and wrote both seasons, is writing the film.",
        title="Paper Moths heads to cinemas",
    )
    assert ("author", "Tove Brandt") in credits(found)


def test_drew_the_original_webtoons_names_their_author() -> None:
    found = facts(
        "Paper Moths is a hit on the platform.",
        "Idris Calloway drew the original webtoons over six years.",
        title="Paper Moths heads to cinemas",
    )
    assert ("author", "Idris Calloway") in credits(found)
