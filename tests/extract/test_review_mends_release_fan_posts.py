"""A time told only inside a fan's quoted post is no fact, whichever order the post and its
poster come in; the writer's own time beside it stays."""

from __future__ import annotations

import pytest

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: what we know"
_LEAD = "Ada Quell posted a photo from the set on Monday."
_STARTED = ("filming_started", "2025-07", False)


@pytest.mark.parametrize(
    "line",
    [
        "One fan wrote: “If filming only began in July, we won't see it for ages.”",
        "“If filming only began in July, we won't see it for ages,” one fan wrote on X.",
        "“If filming only began in July, we won't see it for ages,” wrote @baywatcher on X.",
        "“If filming only began in July, we won't see it for ages,” wrote one fan on X.",
    ],
)
def test_a_month_in_a_fans_post_is_no_fact(line: str) -> None:
    assert _STARTED not in release_kinds(_LEAD, line, date="2025-09-03", title=_TITLE)


def test_the_writers_month_beside_a_fans_post_stays() -> None:
    found = release_kinds(
        _LEAD,
        "Filming began in July, and one fan wrote: “we won't see it for ages.”",
        date="2025-09-03", title=_TITLE,
    )  # fmt: skip
    assert _STARTED in found
