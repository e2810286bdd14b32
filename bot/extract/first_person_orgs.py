"""Words in the first person singular credited to a one-word organisation.

A company speaks as "we" in a statement or a caption; "I can't stop smiling" is a person's. A
one-word name the organisation reading took for a company because it "confirmed" or "posted"
something (a fan forum's "Ada confirmed it on Instagram") may be a first name, so such words
are held for review rather than served as the company's.
"""

from __future__ import annotations

from bot.extract.interview_askers import FIRST_PERSON
from bot.extract.organisations import looks_like_company
from bot.facts import QuoteFact


def bare_word_name(name: str) -> bool:
    """``name`` is one word with no handle's, acronym's or company's form ("Ada", not "@ada_fan",
    "u/ada", "BBC" or "Ada Films"): perhaps a person's first name."""
    return not (
        " " in name or name.startswith(("@", "u/")) or name.isupper() or looks_like_company(name)
    )


def one_voice(fact: QuoteFact) -> bool:
    """``fact``, an organisation's, is credited to one word (see :func:`bare_word_name`) and
    speaks as "I"; a handle ("@ada_fan") is a person's account, and speaks so."""
    return bare_word_name(fact.speaker) and FIRST_PERSON.search(fact.text) is not None
