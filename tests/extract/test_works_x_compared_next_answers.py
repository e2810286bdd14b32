"""An interview's answer to "What's next?" tells another work, even when it names the page's own
only to measure the next one against it ("as far from Orrin Vale as you can get"): that work's
director is not the page's. An answer that names the page's own work as the next thing is ours."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _directors(found: ArticleFacts) -> set[str]:
    return {c.name for c in found.crew if c.role.value == "director" and c.served}


def _interview(answer: str) -> ArticleFacts:
    return facts(
        "The editor of the Orrin Vale film on cutting its last scene.",
        "Ines Calder cut the Orrin Vale film in a year.",
        "What’s next?",
        answer,
        date="2026-04-22",
        title="Orrin Vale’s editor on the ending",
    )


def test_an_answer_comparing_the_next_work_with_ours_is_another_work_s() -> None:
    answer = (
        "A thriller for Sky called Copper Weir, directed by Ossian Greave, which is about as far "
        "from Orrin Vale as you can get."
    )
    assert "Ossian Greave" not in _directors(_interview(answer))


def test_an_answer_naming_ours_as_what_comes_next_keeps_its_director() -> None:
    found = _interview("More Orrin Vale, directed by Ossian Greave again, and we start in May.")
    assert "Ossian Greave" in _directors(found)
