"""Quotes on invented text: a film's subtitle after the franchise's name ("on the last day of
filming Moorfield: Paper Lanterns, the Netflix film that ...") is a work's name, so a later "he
said" never stands for it."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def _speakers(*paragraphs: str) -> set[str]:
    return {speaker for _, speaker in served_quotes(facts(*paragraphs))}


def test_a_subtitle_set_before_the_film_never_speaks() -> None:
    speakers = _speakers(
        "Tobin Ashcroft-Wray has said he cried on the last day of filming Moorfield: Paper "
        "Lanterns, the Netflix film that closed the story last month.",
        "“We wrapped on a pier at dawn and everyone was cheering,” he said. “Then I sat in the "
        "van and wept for an hour.”",
    )
    assert speakers == {"Tobin Ashcroft-Wray"}


def test_a_subtitle_set_before_a_drama_never_speaks() -> None:
    speakers = _speakers(
        "Priya Lennox-Hale spent the winter shooting Saltmarsh: The Reckoning, a BBC drama "
        "made in Norfolk.",
        "“The wind never stopped, not once,” she said.",
    )
    assert speakers == {"Priya Lennox-Hale"}
