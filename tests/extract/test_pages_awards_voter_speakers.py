"""An awards page's unnamed voter or juror ("one Academy voter told us", "a festival juror
said") is the unnamed speaker of the quote, never the rival work named the paragraph before."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts


@pytest.mark.parametrize(
    "said",
    [
        "“It is a close race for best film,” one Academy voter told us, “but the acting"
        " categories are open.”",
        "“Nobody saw the shorts coming,” a festival juror said.",
        "“I changed my mind twice,” said one longtime voter.",
    ],
)
def test_an_unnamed_voter_speaks_not_the_rival(said: str) -> None:
    found = facts(
        "Saltmarrow leads the Bafta field with eight nominations.",
        "The Orchard Keepers, Dara Mott’s fenland two-hander, took four.",
        said,
        title="Saltmarrow leads Bafta nominations",
    )
    speakers = {(q.speaker, q.source.value) for q in found.quotes if q.served}
    assert speakers and all(source == "unnamed" for _, source in speakers), speakers
    assert not any("Orchard" in speaker for speaker, _ in speakers), speakers
