"""A phrase named by its noun and then made a verb's subject is talked about, not said."""

from __future__ import annotations

from tests.extract.helpers import facts

_OPEN = "Lantern Bay, a new comedy, stars Mara Quill as Wren and Joss Ebury as Orvo."


def _quotes(*paragraphs: str) -> dict[str, bool]:
    return {q.text: q.served for q in facts(_OPEN, *paragraphs).quotes}


def test_a_named_catchphrase_made_a_subject_is_held() -> None:
    found = _quotes(
        "Mara Quill, on a breakfast radio show, said the Wren clan's motto, “keep the kettle on”,"
        " has now been yelled at her in two car parks.",
    )
    assert found.get("keep the kettle on") is not True


def test_words_apposed_to_a_noun_that_is_no_phrase_stay_served() -> None:
    found = _quotes(
        "Mara Quill said the premiere crowd, “the warmest we have ever played to”, had been the"
        " best part of the tour.",
    )
    assert found.get("the warmest we have ever played to") is True
