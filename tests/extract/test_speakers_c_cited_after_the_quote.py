"""A citation after the quote (", according to the Herald") gives the words to the body it
cites, "the" and all; one whose name the rules cannot read (", according to the Sunday
Ledger") still leaves them to no one, never to the subject of the sentence before. A cited
role ("according to the director") keeps its holder."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Tom Reed is cutting his new drama in a Leeds edit suite."
_BEFORE = "The director is finishing the drama. It follows a family of keepers, and arrives"


def _speaker(cited: str) -> tuple[str, SourceKind]:
    found = facts(_LEDE, f"{_BEFORE} on Channel 4 “in the spring”, according to {cited}.").quotes
    return next((q.speaker, q.source) for q in found if q.text == "in the spring")


def test_a_body_cited_with_its_article() -> None:
    assert _speaker("the Herald") == ("Herald", SourceKind.ORGANISATION)


def test_an_unread_citation_is_no_one_elses() -> None:
    assert _speaker("the Sunday Ledger")[0] != "Tom Reed"


def test_a_cited_role_keeps_its_holder() -> None:
    assert _speaker("the director") == ("Tom Reed", SourceKind.PERSON)
