"""A company is never "she" or "he": a pronoun's quote is never credited to one."""

from tests.extract.helpers import facts


def _speakers(*paragraphs: str) -> set[str]:
    return {q.speaker for q in facts(*paragraphs).quotes if q.served}


def test_a_company_named_just_before_is_not_she() -> None:
    found = _speakers(
        "Marta Quillon-Ash spent two winters on the moors for Heron Light, her first lead.",
        "“I was frozen,” Quillon-Ash says. “But it was worth it.”",
        "The film opens in Venice. Calderbrook Pictures then releases it in cinemas in October.",
        "There were rumours the film would skip cinemas. Calderbrook says that was never the plan.",
        "“No,” she says. “But nerves are part of the job.”",
    )
    assert "Calderbrook Pictures" not in found


def test_a_studio_named_just_before_is_not_he() -> None:
    found = _speakers(
        "Tobiah Renwick-Oyelaran has carried a film for the first time in Lantern Bay.",
        "“It nearly broke me,” Renwick-Oyelaran says.",
        "Ostrava Lane Films will release it in the spring. Talk of a streaming-only release has "
        "done the rounds; Ostrava Lane insists it was never on the table.",
        "“Mostly,” he admits. “Ask me again in a year.”",
    )
    assert "Ostrava Lane Films" not in found
