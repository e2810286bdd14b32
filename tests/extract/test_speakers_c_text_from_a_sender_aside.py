"""A text opening its attribution with its sender set off after it ("The caption, from @x,
read:") is the sender's: never the company the bare text noun would stand for."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = (
    "Netflix confirmed the garden drama Brindlewick would return, and filming started on Monday."
)
_WORDS = "Back at last, and we cannot wait for you to see it"


def _speaker(paragraph: str) -> tuple[str, SourceKind]:
    found = {q.text: (q.speaker, q.source) for q in facts(_LEDE, paragraph).quotes if q.served}
    return found[f"{_WORDS}."]


def test_a_caption_from_a_handle_is_the_handles() -> None:
    said = _speaker(f'The caption, from @brindlewickTV, read: "{_WORDS}."')
    assert said == ("@brindlewickTV", SourceKind.ORGANISATION)


def test_a_post_from_a_person_is_not_the_companys() -> None:
    assert _speaker(f'The post, from director Ada Vale, read: "{_WORDS}."')[0] != "Netflix"


def test_a_post_from_the_company_stays_the_companys() -> None:
    said = _speaker(f'The post, from Netflix, read: "{_WORDS}."')
    assert said == ("Netflix", SourceKind.ORGANISATION)
