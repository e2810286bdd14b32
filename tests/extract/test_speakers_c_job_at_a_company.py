"""Someone named by their job at a company ("My agent at the studio said") speaks, not the
company after "at"; a company's own text ("A post from the studio said") stays the company's."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "The harbour drama Salt Lines comes from Brightwater Films and airs on the BBC."


def _said(paragraph: str, words: str) -> tuple[str, SourceKind]:
    found = {q.text: (q.speaker, q.source) for q in facts(_LEDE, paragraph).quotes}
    return found[words]


def test_ones_agent_at_a_company_is_not_the_company() -> None:
    words = "Sign it before they change their minds"
    said = _said(f"Her agent at the studio told her, “{words},” and she did.", words)
    assert said[1] is not SourceKind.ORGANISATION


def test_a_job_at_a_named_company_is_someone_unnamed() -> None:
    words = "We trimmed the second act twice"
    said = _said(f"An editor at Brightwater Films said, “{words},” on the phone.", words)
    assert said[1] is SourceKind.UNNAMED


def test_the_head_of_a_department_is_not_the_channel() -> None:
    words = "It is the boldest thing we have bought"
    said = _said(f"The head of drama at the BBC said, “{words},” this week.", words)
    assert said[1] is not SourceKind.ORGANISATION


def test_a_companys_own_post_stays_the_companys() -> None:
    words = "We cannot wait for you to see it."
    said = _said(f"A post from Brightwater Films said: “{words}”", words)
    assert said == ("Brightwater Films", SourceKind.ORGANISATION)


def test_a_companys_team_stays_the_company() -> None:
    words = "Thank you for every message."
    said = _said(f"The team at Brightwater Films said: “{words}”", words)
    assert said == ("Brightwater Films", SourceKind.ORGANISATION)
