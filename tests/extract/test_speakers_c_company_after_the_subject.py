"""A company after the subject's own name ("Producer Ada Vale of Brisk Pictures said ...") is hers,
no second sayer in the sentence: the "she said" after is still hers."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_a_company_after_the_subjects_name_is_no_other_sayer() -> None:
    found = facts(
        "Filming of Brannoch Tide began in Kelby on Monday.",
        "Producer Yestrel Pendreth of Dorrimore Pictures said the team had been soaked all week."
        " “We lost three days to fog in the first fortnight,” she said.",
    )
    served = {q.text: (q.speaker, q.source) for q in found.quotes if q.served}
    assert served["We lost three days to fog in the first fortnight"] == (
        "Yestrel Pendreth",
        SourceKind.PERSON,
    )
