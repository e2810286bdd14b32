"""A crew job named before "Name (Name)": "Director of photography is X (T)", "Editor: X (T)",
"cinematographer X (T)". The bracket is the film-maker's earlier work, never a part, so no
casting is served; a casting whose clause names no crew job stays."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def _served(*paragraphs: str) -> set[tuple[str, str]]:
    return served_pairs(facts("Filming has wrapped on Tollmere Row.", *paragraphs))


def test_job_is_name_and_bracketed_work() -> None:
    for text in (
        "Director of photography is Annika Sollberg (Tern Point); editor is Pim Osei.",
        "The film's cinematographer is Annika Sollberg (Tern Point), and the score is by Ro Vance.",
        "Producer Lio Marsh returns; editor was Annika Sollberg (Tern Point).",
        "Behind the scenes: Composer: Annika Sollberg (Tern Point). Costumes by Ro Vance.",
        "The production designer, Annika Sollberg (Tern Point), built the pier in a car park.",
        "Cinematographer Annika Sollberg (Tern Point) shot the night scenes on film.",
    ):
        assert not {p for p in _served(text) if "Annika Sollberg" in p}, text


def test_a_casting_in_brackets_without_a_crew_job_stays() -> None:
    served = _served(
        "Starring: Annika Sollberg (Mira Holt) and Ro Vance (Mr Kwan).",
        "Editor is Pim Osei; the director of photography is Lio Marsh.",
    )
    assert ("Annika Sollberg", "Mira Holt") in served
    assert ("Ro Vance", "Mr Kwan") in served
