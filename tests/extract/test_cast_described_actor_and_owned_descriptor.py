"""Two castings told with longer descriptions, on invented text: "is played by veteran stage
actor X" (lower-case words before the actor noun) and "X as Holt's oldest friend, the
harbourmaster Y" (an owner's descriptor with an apposition before the part)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def _pairs(text: str) -> set[tuple[str, str]]:
    return pairs(facts("Gull Island starts filming in March.", text, title="Gull Island cast"))


def test_played_by_a_described_actor() -> None:
    for text in (
        "The mayor, Dame Orla Finch, is played by veteran stage actress Bea Marsh-Tully.",
        "Her rival, Konrad Vey, will be played by little-known Danish actor Sven Hollund.",
    ):
        found = _pairs(text)
        assert any(actor in {"Bea Marsh-Tully", "Sven Hollund"} for actor, _ in found), found
    assert ("Bea Marsh-Tully", "Dame Orla Finch") in _pairs(
        "The mayor, Dame Orla Finch, is played by veteran stage actress Bea Marsh-Tully."
    )


def test_an_owned_descriptor_with_an_apposition() -> None:
    for text, expected in (
        (
            "Also in the cast are Rui Pardo as Vey’s oldest ally, the lighthouse keeper Mo, "
            "and Dita Sorn as his sister, Lina.",
            ("Rui Pardo", "Mo"),
        ),
        (
            "Kasia Brell joins as Finch's long-suffering deputy, the clerk Edie.",
            ("Kasia Brell", "Edie"),
        ),
    ):
        assert expected in _pairs(text), text
