"""A shoot's last day told with its month as the time of a deed ("a photo from the final day of
filming last September", "spoke about the last day of the shoot in September"): the shoot
wrapped then. A last day still to come, or one that is a clause's subject (a memory), is no
wrap."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: the stars reunite"


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_kinds(sentence, date="2026-04-18", title=_TITLE)


def test_the_final_day_of_filming_in_a_month_is_the_wrap() -> None:
    for sentence in (
        "Tess Marle posted a photo of herself on the final day of filming last September.",
        "Tess Marle spoke about the last day of the shoot in September.",
        "The final scene was the last one shot, on the final day of filming in September.",
    ):
        assert ("filming_wrapped", "2025-09", False) in _found(sentence), sentence


def test_a_final_day_of_filming_still_to_come_or_remembered_is_no_wrap() -> None:
    for sentence in (
        "The final day of filming is set for 3 June.",
        "Tess Marle said the final day of filming in September had been hard.",
    ):
        found = _found(sentence)
        assert not any(kind == "filming_wrapped" for kind, _, _ in found), sentence
