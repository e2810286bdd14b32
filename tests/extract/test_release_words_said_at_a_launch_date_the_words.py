"""Words "said at the launch in May": the month is when the words were said at a launch event,
not a release window of the film. A launch that is the release itself stays one."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Gorse Lane, the six-part Sunday drama, began airing on 4 October."


def test_words_said_at_a_launch_give_no_window() -> None:
    for sentence in (
        "'I wrote an ending,' she said at the launch in September.",
        "Venn told reporters at the series' launch party in September that there was no more.",
    ):
        found = release_kinds(_LEDE, sentence, date="2026-11-20", title="Leave Gorse Lane alone")
        assert not any(kind == "window" for kind, _, _ in found), (sentence, found)


def test_a_launch_month_with_no_words_stays_a_window() -> None:
    found = release_kinds(
        "Harrow Point, the new drama from Pia Dorne, will stream in 4K at its launch in September.",
        date="2026-05-02",
        title="Harrow Point gets a launch month",
    )
    assert any(kind == "window" and when == "2026-09" for kind, when, _ in found), found
