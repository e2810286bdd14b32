""" "According to a statement shared with fans by Copperline Pictures, ... “...”": the company
that put the text out speaks, not an unnamed "fan" the words before its name mention."""

from tests.extract.helpers import facts

_LEDE = "Tin Lanterns loses its lead before filming."


def _speakers(sentence: str) -> list[tuple[str, str, str]]:
    found = facts(_LEDE, sentence)
    return [(q.text[:12], q.speaker, q.source.value) for q in found.quotes if q.served]


def test_a_statement_shared_with_fans_by_a_company_is_the_company_s() -> None:
    assert _speakers(
        "According to a statement shared with fan accounts by Copperline Pictures, Tom Reed "
        "left “because of a clash with another job.”"
    ) == [("because of a", "Copperline Pictures", "organisation")]


def test_a_note_sent_to_readers_by_a_company_is_the_company_s() -> None:
    assert _speakers(
        "According to a short note sent to newsletter readers by Brightwater Studios, the shoot "
        "moved “to give the crew a proper rest.”"
    ) == [("to give the ", "Brightwater Studios", "organisation")]
