"""The work an article is about, named by its headline ("X Y trailer: ..."), is the title,
though a quoted song opens with the name's last word; a round-up's other items are not dated
as the work the lede names by its first word (invented text)."""

from __future__ import annotations

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts


def _titles(found: ArticleFacts) -> list[str | None]:
    return [r.title for r in found.release if r.kind is ReleaseKind.TITLE and r.served]


def test_a_quoted_song_led_by_the_names_last_word_is_no_surname() -> None:
    found = facts(
        "The full trailer for Brindlecove Always is here, and it plays almost like a fantasy.",
        "The music, for anyone asking, is ‘Always Tomorrow’ by an as-yet-unnamed band.",
        "Brindlecove Always arrives on Netflix on Friday 17 April.",
        date="2026-03-18",
        title="Brindlecove Always trailer: 7 things you might have missed",
    )
    assert _titles(found) == ["Brindlecove Always"]


def test_a_surname_alone_still_tells_a_person() -> None:
    found = facts(
        "The full trailer for Brindlecove Always is here, and it plays almost like a fantasy.",
        "Always said the shoot was the best of her life.",
        date="2026-03-18",
        title="Brindlecove Always trailer: 7 things you might have missed",
    )
    assert _titles(found) == []


def test_a_round_ups_other_item_is_not_dated_as_the_franchises_work() -> None:
    found = facts(
        "From Apple TV's new spy thriller to the final chapter of Quarrow, these are the "
        "trailers everyone watched this week.",
        "1. Pellham Fields (Apple TV)",
        "Odwin Farrow plays a disgraced mapmaker in this six-part thriller.",
        "2. Quarrow Nights (Netflix)",
        "The full trailer for the film that ends the Quarrow story dropped on Tuesday.",
        "3. Glenmire (Apple TV)",
        "A political drama from a first-time writer. It premieres on 24 April.",
        date="2026-03-20",
        title="Trailer roundup: the 3 best new trailers this week",
    )
    dates = [r.date for r in found.release if r.kind is ReleaseKind.PREMIERE_DATE and r.served]
    assert dates == []
