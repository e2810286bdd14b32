"""A pipe line at the page's top with a date but no publication noun may be a work's own
listing ("<WORK> | Friday 3 May | BBC One, 9pm"): its lead name is trusted for "edited by"
alone, so "<Work> is produced by X" keeps the work's producer. A line with a publication noun
("THE SOFA REPORT | Issue 88 | Tuesday 2 June") names the publication for every job (invented
sentences and names)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import credits, facts


@pytest.mark.parametrize(
    "line",
    [
        "BRACKENMIRE | Friday 3 May | BBC One, 9pm",
        "Brackenmire · Sunday 12 January · Channel 4, 10pm",
        "BRACKENMIRE | Tonight | Saturday 7 June | ITV1",
    ],
)
def test_a_dated_listing_line_keeps_the_works_producer(line: str) -> None:
    found = facts(
        "Brackenmire review: salt, fog and a killer cast",
        line,
        "Brackenmire is produced by Corwen Heath and stars Tamsin Orrick.",
    )
    assert ("producer", "Corwen Heath") in credits(found)


def test_a_dated_line_with_a_publication_noun_still_names_the_publication() -> None:
    found = facts(
        "Brackenmire gets a date — and two other things to know",
        "THE GULLSTONE DIGEST | Newsletter | Friday 3 May",
        "Brackenmire is directed by Quenby Sallow and opens in June.",
        "The Gullstone Digest is produced by Corwen Heath.",
    )
    assert ("producer", "Corwen Heath") not in credits(found)
    assert ("director", "Quenby Sallow") in credits(found)
