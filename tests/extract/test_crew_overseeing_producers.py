"""A producer told in an apposition naming the company ("X, the Tidewater Pictures executive
producer, said") or the run overseen ("X, the executive producer who has overseen the show since
2019, said"); another work or an earlier run is no credit (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TAIL = "Filming on Harbour Lights continues."


def _credits(sentence: str) -> set[tuple[str, str]]:
    return credits(facts(sentence, _TAIL, title="Harbour Lights: what we know"))


def test_a_company_executive_producer_in_apposition_is_credited() -> None:
    assert ("executive_producer", "Rosa Quill") in _credits(
        "Rosa Quill, the Tidewater Pictures executive producer, said it was time."
    )
    assert ("producer", "Ben Adair") in _credits(
        "Ben Adair, the Northlight Films producer who has steered the series since 2021, agreed."
    )


def test_a_producer_who_has_overseen_the_show_is_credited() -> None:
    assert ("executive_producer", "Rosa Quill") in _credits(
        "Rosa Quill, the executive producer who has overseen the show since 2019, said so."
    )


def test_a_producer_of_another_work_or_an_earlier_run_is_not_credited() -> None:
    assert not _credits("Rosa Quill, the executive producer who produced Lowland, said so.")
    assert not _credits("Rosa Quill, the Netflix executive producer who made Lowland, said so.")
    assert not _credits("Rosa Quill, the producer who oversaw the first series, said so.")
