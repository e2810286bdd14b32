"""Another work's relative clause that tells who it made famous ("Tollbridge, which made a star
of X as Y, ran for years") casts that work, not the article's, even where the article names its
own work only in the headline; the headline's own work told that way keeps its part (invented
articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_TITLE = "Why the Marrowgate finale gets it right"


def test_a_part_in_the_work_that_made_someone_famous_is_not_ours() -> None:
    for sentence in (
        "Think of how Tollbridge, which made a star of Orrin Vale as Kit Harker in 2009,"
        " limped on into a sixth series.",
        "Tollbridge, which made a household name of Orrin Vale as Kit Harker, ran for years.",
    ):
        found = facts("The final episode aired on Sunday.", sentence, title=_TITLE)
        assert ("Orrin Vale", "Kit Harker") not in pairs(found), sentence


def test_the_headlines_own_work_keeps_its_part() -> None:
    sentence = "Marrowgate, which made a star of Orrin Vale as Kit Harker, ends well."
    found = facts("The final episode aired on Sunday.", sentence, title=_TITLE)
    assert ("Orrin Vale", "Kit Harker") in pairs(found)
