"""A part said in the present "in" a work the article tells as the actor's earlier credit
("X, last seen in Channel 5's Z, will play Y. ... X plays W in Z, whose next series ...") is
Z's part, not the article's; the article's own casting of X stays. Invented text."""

from __future__ import annotations

from bot.extract import extract_facts
from bot.ingestion.seedfile import parse_seed
from tests.extract.helpers import served_pairs

_PAGE = "\n".join(
    (
        "date 2026-02-11 A newcomer joins the cast of Saltgrass as filming begins.",
        "Saltgrass adds Maren Tollervey",
        "Streamly's Saltgrass has added a new face to its cast this week.",
        "Maren Tollervey, last seen in Channel 5's The Quiet Fen, will play Ivy Calloway, a "
        "lodger at the farm.",
        "Filming began on Monday in Norfolk.",
        "Tollervey plays Hester Pryor in The Quiet Fen, whose third series is due in the spring.",
    )
)


def test_a_present_part_in_an_earlier_credit_is_that_works() -> None:
    pairs = served_pairs(extract_facts(parse_seed(_PAGE.encode()).article))
    assert ("Maren Tollervey", "Ivy Calloway") in pairs, pairs
    assert ("Maren Tollervey", "Hester Pryor") not in pairs, pairs
