"""A chart page that heads with two quoted titles over a lede naming neither ("Netflix’s
thriller drew 20 million hours, knocking a fantasy series off the top"): the first body
paragraph that names one of them tells which is the page's; a later paragraph that opens on the
other casts the other."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs

_TITLE = "Streaming charts: ‘Saltmere’ storms to No. 1 as ‘The Copper Wick’ slips"
_LEDES = [
    "Netflix’s coastal thriller drew 20 million hours, knocking a fantasy series off the top.",
    "A coastal thriller has taken the top spot in its first full week.",
]
_OURS = (
    "Netflix’s “Saltmere” has topped the weekly streaming chart with 20.1 million hours viewed. "
    "The film stars Ada Vale as Mira Holt, a lighthouse keeper."
)
_RIVALS = [
    "Dropping to second place is Disney+’s “The Copper Wick”, which had held the top spot for "
    "two weeks. The fantasy series, starring Bram Kessler as the exiled prince Oren Dusk, "
    "recorded 12.3 million hours.",
    "In second place, “The Copper Wick” held on with 12.3 million hours. The fantasy series "
    "stars Bram Kessler as the exiled prince Oren Dusk.",
]


@pytest.mark.parametrize("lede", _LEDES)
@pytest.mark.parametrize("rival", _RIVALS)
def test_rival_paragraph_casts_the_rival(lede: str, rival: str) -> None:
    found = facts(lede, "By Tamsin Roe | Data: ViewCount", _OURS, rival, date="2026-03-03",
                  title=_TITLE)  # fmt: skip
    assert ("Ada Vale", "Mira Holt") in served_pairs(found)
    assert ("Bram Kessler", "Oren Dusk") not in served_pairs(found)
