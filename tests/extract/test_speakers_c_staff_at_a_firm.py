"""Words reported from "Analysts at X said ..." are the firm X's: the name after a plural staff
noun and "at" is a company, never a person, while a named analyst at X still speaks herself."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = (
    "Gannet Rock stayed top of the UK box office for a second weekend, according to figures"
    " from Tallyhouse Metrics."
)


def _speakers(line: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(_LEDE, line).quotes if q.served}


def test_staff_at_a_firm_report_the_firms_words() -> None:
    quotes = _speakers("Analysts at Tallyhouse Metrics said such openings were “the new normal”.")
    assert quotes["the new normal"] == ("Tallyhouse Metrics", SourceKind.ORGANISATION)


def test_a_named_analyst_at_the_firm_is_herself() -> None:
    quotes = _speakers(
        "Ada Verrin, an analyst at Tallyhouse Metrics, said such openings were “the new normal”."
    )
    assert quotes["the new normal"] == ("Ada Verrin", SourceKind.PERSON)
