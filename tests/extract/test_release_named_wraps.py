"""A wrap told with the work itself as the subject: "Channel 9's Copper Bay film wrapped on ...",
"The new drama wrapped in ...", "the finale, which wrapped in November, ..."."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Copper Bay, a new BBC Two drama, is coming."


def test_a_wrap_with_the_work_as_subject_is_read() -> None:
    for text, day in (
        ("Harbourlight's Copper Bay film officially wrapped on Friday 21 November.", "2025-11-21"),
        ("The new drama wrapped on 21 November after ten weeks in Leeds.", "2025-11-21"),
        ("She said the feature-length finale, which wrapped in November, is her best.", "2025-11"),
    ):
        assert ("filming_wrapped", day, False) in release_kinds(_LEDE, text, date="2025-11-24"), (
            text
        )


def test_a_wrap_of_her_other_work_is_not_ours() -> None:
    for text in (
        "Her other film wrapped on 21 November.",
        "Her last series wrapped in November.",
    ):
        kinds = release_kinds(_LEDE, text, date="2025-11-24")
        assert not any(k == "filming_wrapped" for k, _, _ in kinds), text
