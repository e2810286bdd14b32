"""Quotes whose speaker is an account's owner, a newspaper, a fan group or nobody sure.

A caption "posted from X's account" is the account owner's, never the part the owner plays; a
newspaper ("the Dunmore Times called it") and a fan group ("The fan group X, which has ...
members, wrote") are organisations; a headline naming a company gives no profile subject.
"""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _speakers(*paragraphs: str, title: str = "Copper Bay: the week in news") -> set[tuple]:
    found = facts("Copper Bay, the Lumen drama, is back.", *paragraphs, title=title)
    return {(q.text[:12], q.speaker, q.source) for q in found.quotes if q.served}


def test_a_caption_posted_from_an_owners_account_is_the_owners() -> None:
    got = _speakers(
        "Ada Brill and Tomas Vey",
        "Brill and Vey – Lark Hale and Fen Orme on screen – shared a joint post of the pair "
        'holding a cake. The caption, posted from Vey\'s account, simply read: "we ate the cake."',
    )
    assert ("we ate the c", "Tomas Vey", SourceKind.PERSON) in got
    assert not any(speaker in {"Fen Orme", "Lark Hale"} for _, speaker, _ in got)


def test_a_post_shared_from_an_owners_account_is_the_owners() -> None:
    got = _speakers(
        "Mira Solberg, who plays Juno Hart, and Oren Fayle marked the last day together. The "
        "post, shared from Solberg's account, read: “two years, one pier, no regrets.”",
    )
    assert ("two years, o", "Mira Solberg", SourceKind.PERSON) in got


def test_a_newspaper_is_an_organisation() -> None:
    for paper in ("Dunmore Times", "Kilbride Herald", "Westmoor Gazette"):
        got = _speakers(
            "In 2023 Ada Brill took the lead in Low Marsh, which premiered at the Fleadh, and "
            f"the {paper} called her performance “startlingly raw”.",
        )
        assert ("startlingly ", paper, SourceKind.ORGANISATION) in got, got


def test_a_fan_group_is_an_organisation() -> None:
    got = _speakers(
        "Fans are planning watch parties. The fan group Copper Polska, which has more than "
        "30,000 members on Facebook, wrote in a statement that the film is “a gift for "
        "everyone who waited”.",
    )
    assert ("a gift for e", "Copper Polska", SourceKind.ORGANISATION) in got
    got = _speakers(
        "The fan club Bayside Hearts wrote on its page that the trailer is “worth every day "
        "of the wait”.",
    )
    assert not any(s is SourceKind.PERSON for _, _, s in got), got


def test_a_company_in_the_headline_is_no_profiles_subject() -> None:
    got = _speakers(
        "Lumen Video has released the first trailer for Copper Bay, the new series from Rafe "
        "Onyango.",
        "Fans think it is a prequel to an older show. It is not. “Copper Bay is its own world. "
        "There are no links,” he said in a statement released with the trailer.",
        "“It is one of the boldest series we have made,” Lumen Video said in a statement.",
        title="Copper Bay trailer: five things we learned from Lumen Video’s new thriller",
    )
    assert ("Copper Bay i", "Lumen Video", SourceKind.PERSON) not in got, got
    assert ("It is one of", "Lumen Video", SourceKind.ORGANISATION) in got
