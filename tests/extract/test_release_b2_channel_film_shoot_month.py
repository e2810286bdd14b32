"""The work as the subject of its wrap told with a relative month, named by its channel ("The
Lumen film finished shooting last month") or by a clause that names our work ("the film that
closes the Wrenfold story"); a clause naming something else ("the film that closes the
festival") dates nothing; invented text."""

from __future__ import annotations

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts


def _wraps(found: ArticleFacts) -> set[str]:
    return {
        r.window or "" for r in found.release if r.kind is ReleaseKind.FILMING_WRAPPED and r.served
    }


def test_the_channel_film_that_ends_our_story_wrapped_last_month() -> None:
    found = facts(
        "Good morning. The Netflix film that concludes the Wrenfold saga finished shooting last"
        " month, after eleven weeks around Whitby.",
        "No release date has been set.",
        date="2025-11-04",
        title="Newsletter: Wrenfold Harbour wraps, and what to watch",
    )
    assert "2025-10" in _wraps(found)


def test_a_film_that_closes_a_festival_is_not_our_wrap() -> None:
    found = facts(
        "Good morning. The Netflix film that closes the Galway festival finished shooting last"
        " month, its producers said.",
        "Wrenfold Harbour has no release date yet.",
        date="2025-11-04",
        title="Newsletter: Wrenfold Harbour news, and what to watch",
    )
    assert not _wraps(found)
