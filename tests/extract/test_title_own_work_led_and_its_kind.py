"""The article's own title named with its kind behind the work on it ("Filming on X, the ...
film"), behind a phrase of time ("Before X, ..."), or in the channel's own aside ("X, its new
comedy-drama set in ...") (invented names)."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _titles(*paragraphs: str, title: str) -> list[str]:
    found = facts(*paragraphs, title=title).release
    return [f.title or "" for f in found if f.kind is ReleaseKind.TITLE and f.served]


def test_the_work_on_a_production_leads_its_name() -> None:
    assert _titles(
        "Cameras have stopped rolling on Quillmere Ardentide, and the cast are saying goodbye.",
        "Filming on Quillmere Ardentide, the Lumen film that closes the saga, wrapped this week.",
        "Before Quillmere Ardentide, the cast last worked together in 2023.",
        title="That's a wrap on Quillmere Ardentide: cast share farewells",
    ) == ["Quillmere Ardentide"]


def test_a_name_used_after_a_longer_ones_word_is_still_unsure() -> None:
    assert (
        _titles(
            "Cameras have stopped rolling on Ardentide, and the cast are saying goodbye.",
            "Filming on Ardentide, the Lumen film that closes the saga, wrapped this week.",
            "Fans of Brisk Ardentide will know the coast.",
            title="That's a wrap on Ardentide: cast share farewells",
        )
        == []
    )


def test_the_channels_own_drama_in_an_aside() -> None:
    assert _titles(
        "Channel 4 has released the first trailer for Tansy Quillmere, its new comedy-drama"
        " set in a Kent garden centre.",
        "Channel 4 dropped the trailer for Tansy Quillmere on Monday morning.",
        title="Tansy Quillmere trailer: 6 things we learned",
    ) == ["Tansy Quillmere"]


def test_the_channels_earlier_drama_is_not_ours() -> None:
    assert (
        _titles(
            "Channel 4 has released the first trailer for its next drama, after Tansy Quillmere,"
            " its previous drama set in Kent.",
            "Tansy Quillmere ran for two series.",
            title="Channel 4 drops a new trailer",
        )
        == []
    )


def test_a_reviews_film_with_its_certificate_and_running_time() -> None:
    assert _titles(
        "A widow's last winter in a fishing village becomes something tender.",
        "Brisk Vellamoor (15, 104 mins), in cinemas from Friday",
        "Brisk Vellamoor is a ghost story without a ghost.",
        title="Brisk Vellamoor review – a quiet marvel",
    ) == ["Brisk Vellamoor"]


def test_a_bare_bracketed_number_is_an_age_not_a_certificate() -> None:
    assert (
        _titles(
            "A widow's last winter in a fishing village becomes something tender.",
            "Brisk Vellamoor (15), the lead, is in cinemas from Friday.",
            "Brisk Vellamoor says the shoot was cold.",
            title="Brisk Vellamoor review – a quiet marvel",
        )
        == []
    )
