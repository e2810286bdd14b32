"""A reply after "A asked whether B would ..." and a gesture ("He shook his head.") is B's: the
one asked about answers, so the pronoun that follows points to B, not to the asker."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_quotes

_LEDE = (
    "On this week's episode of the Back Row podcast, hosted by Mira Dunne and Ossian Pell, the "
    "actor Tomas Varley talked about the last day on the set of Gull Point."
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Pell asked whether Varley would ever play the part again. He shook his head. "
        "“No. It was time to stop.”",
        "Ossian Pell asked if Varley would go back to the role. He laughed. “No. It was time to "
        "stop.”",
    ],
)
def test_the_one_asked_about_answers_after_a_gesture(paragraph: str) -> None:
    found = served_quotes(facts(_LEDE, "“We cried all day,” Varley told the hosts.", paragraph))
    assert ("No. It was t", "Tomas Varley") in found
    assert all(speaker != "Ossian Pell" for _, speaker in found)
