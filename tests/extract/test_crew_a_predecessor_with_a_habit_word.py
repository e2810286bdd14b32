"""The ones a new holder took over from, named by their post with a habit word ("taking over
from the show's regular directors X and Y", "from the usual director X"), made the earlier runs,
not the article's work; the new holder keeps the credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Brackenfold returns for a second series on Channel 5"
_LEDE = "Brackenfold, the farm comedy, returns to Channel 5 on 3 March for a second series."


def _directors(sentence: str) -> set[str]:
    found = facts(_LEDE, sentence, title=_TITLE)
    return {c.name for c in found.crew if c.served and c.role.value == "director"}


def test_the_predecessors_by_a_habit_word_are_no_credit() -> None:
    for sentence in (
        "Odile Fenwright directs, taking over from the show’s regular directors Pim Cassaday and"
        " Lorna Eskdale.",
        "The new series is directed by Odile Fenwright, who took over from the usual director"
        " Pim Cassaday.",
    ):
        names = _directors(sentence)
        assert "Odile Fenwright" in names, sentence
        assert "Pim Cassaday" not in names, sentence
        assert "Lorna Eskdale" not in names, sentence


def test_a_run_director_with_no_hand_over_keeps_the_credit() -> None:
    sentence = "Series two director Pim Cassaday shot the new episodes around Hexham."
    assert "Pim Cassaday" in _directors(sentence)
