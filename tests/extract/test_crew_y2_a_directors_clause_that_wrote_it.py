"""A director's relative clause saying they wrote "it", the work they directed (invented
sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Slate Quarry wins the audience award"


def test_directed_by_who_co_wrote_it_with_credits_both_writers() -> None:
    found = facts(
        "Directed by newcomer Branwen Tallis, who co-wrote it with poet Idris Morcombe, the film"
        " follows a quarryman's last summer.",
        title=_TITLE,
    )
    assert ("director", "Branwen Tallis") in credits(found)
    assert ("writer", "Branwen Tallis") in credits(found)
    assert ("writer", "Idris Morcombe") in credits(found)


def test_directed_by_who_praised_it_credits_no_writer() -> None:
    found = facts(
        "Directed by newcomer Branwen Tallis, who screened it for poet Idris Morcombe, the film"
        " follows a quarryman's last summer.",
        title=_TITLE,
    )
    assert ("writer", "Branwen Tallis") not in credits(found)
    assert ("writer", "Idris Morcombe") not in credits(found)
