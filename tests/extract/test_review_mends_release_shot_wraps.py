"""Another work's shoot and wrap ("The rival series was shot in Kent and wrapped in
September") is not the article's own; a neutral qualifier keeps the work's own wrap."""

from __future__ import annotations

import pytest

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: what we know"


@pytest.mark.parametrize(
    ("line", "month"),
    [
        ("The rival series was shot in Kent and wrapped in September.", "2025-09"),
        ("The original series was shot in Kent and wrapped in September 2025.", "2025-09"),
        ("The original series was shot in Kent and wrapped in September 2019.", "2019-09"),
        ("The previous season was shot in Kent and wrapped in September.", "2025-09"),
        ("The other show was filmed in Leeds and wrapped in May.", "2025-05"),
    ],
)
def test_another_works_wrap_is_not_ours(line: str, month: str) -> None:
    found = release_kinds(line, date="2026-01-16", title=_TITLE)
    assert ("filming_wrapped", month, False) not in found


def test_the_works_own_wrap_stays() -> None:
    found = release_kinds(
        "The six-part series was shot in Kent and wrapped in September.",
        date="2026-01-16", title=_TITLE,
    )  # fmt: skip
    assert ("filming_wrapped", "2025-09", False) in found
