"""The own-title rule's names that are cut, cased unsurely, a parent's or a credit (invented)."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _titles(*paragraphs: str, title: str) -> list[str]:
    found = facts(*paragraphs, title=title).release
    return [f.title or "" for f in found if f.kind is ReleaseKind.TITLE and f.served]


def test_a_quoted_name_cut_before_its_closing_mark_is_not_served() -> None:
    assert (
        _titles(
            "Cameras rolled on the new RTP series “Os Brincos que Voam” in Peniche on Monday.",
            "“Os Brincos que Voam”, a six-part drama, follows two sisters.",
            "Os Brincos que Voam airs next year.",
            title="Cameras roll in Peniche",
        )
        == []
    )


def test_a_lone_letter_is_not_a_title() -> None:
    assert "I" not in _titles(
        "Quillbrack Mews is the best Welsh film I have seen this year.",
        "It is the best Welsh film I have seen since spring.",
        "Quillbrack Mews opens on Friday.",
        title="Quillbrack Mews review – a quiet triumph",
    )


def test_a_name_in_capitals_throughout_is_not_served() -> None:
    assert (
        _titles(
            "Filming has wrapped on THE VELLUM ROOKS, a warm comedy from Tarnwell Pictures.",
            "THE VELLUM ROOKS, a comedy for BBC Film, shot in Whitby.",
            "THE VELLUM ROOKS opens next spring.",
            title="Cameras roll in Whitby",
        )
        == []
    )


def test_the_series_a_closing_film_concludes_is_not_its_title() -> None:
    assert (
        _titles(
            "Netflix has hired the crew for the film that will conclude Brindlewick, the"
            " streamer's coming-of-age series.",
            "Brindlewick, the streamer's coming-of-age series, ran for three seasons.",
            "Brindlewick fans have waited a year.",
            title="Cameras roll in Ashcombe",
        )
        == []
    )


def test_a_persons_earlier_work_is_not_the_articles_title() -> None:
    assert "Ossory Vane" not in _titles(
        "The director hired her after hearing her work on Ossory Vane, the Sky thriller.",
        "Ossory Vane, the Sky thriller, aired in 2021.",
        "Ossory Vane won her an award.",
        title="Composer Lena Quist on scoring Brindlewick Forever",
    )


def test_a_title_cut_at_a_possessive_is_not_served() -> None:
    assert "The Vole" not in _titles(
        "The Kerry-set feature will be called The Vole's Meadow, Tarnwell Pictures said.",
        "The Vole's Meadow opens next spring.",
        title="Tarnwell names its Kerry feature",
    )
