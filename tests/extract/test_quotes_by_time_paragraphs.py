"""A story paragraph that opens "By lunchtime ..." or "By then ..." is not a byline: it stays
in the article, and the "she" of the quote after it finds the person it is about."""

from bot.ingestion.seedfile import parse_seed

_SEED = """date 2025-09-01 Marta Quillon-Ash on her first lead.
The Cover Story: Marta Quillon-Ash
Marta Quillon-Ash spent two winters on the moors for Heron Light, her first lead.
There were rumours the film would skip cinemas. Calderbrook Pictures says that was never the plan.
{line}
“No,” she says. “But nerves are part of the job.”
"""


def _paragraphs(line: str) -> tuple[str, ...]:
    return parse_seed(_SEED.format(line=line).encode()).article.paragraphs


def test_by_lunchtime_stays() -> None:
    line = "By lunchtime the rain has stopped, and Quillon-Ash is on her third coffee. Ready?"
    assert line in _paragraphs(line)


def test_by_then_stays() -> None:
    line = "By then the crew had gone home, and Quillon-Ash was alone on the beach with a flask."
    assert line in _paragraphs(line)


def test_a_byline_still_goes() -> None:
    assert "By Ida Brenn" not in _paragraphs("By Ida Brenn")
