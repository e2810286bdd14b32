"""A transcript whose host is labelled in full for the greeting, then by surname: the guest's
reply to the greeting is an answer like the rest."""

from __future__ import annotations

from bot.extract import extract_facts
from bot.ingestion.seedfile import parse_seed


def _page(host_label: str) -> str:
    return f"""date 2026-06-01 Transcript of our chat with Perrin Stoddart about Quayside.
Transcript: Perrin Stoddart on Quayside
Harbour FM Mornings | Broadcast 1 June 2026
{host_label}: Welcome back. My guest plays the lead in Quayside. Perrin Stoddart, hello.
PERRIN STODDART: Hiya, Mags. Good to be in.
OYELARAN: Quayside starts on Friday. Who do you play?
STODDART: I play a ferry captain who hates the sea, which is a lot of fun.
OYELARAN: Was it cold?
STODDART: I have never been so cold in my life.
"""


def _served(page: str) -> list[tuple[str, str]]:
    facts = extract_facts(parse_seed(page.encode()).article)
    return [(q.text, q.speaker) for q in facts.quotes if q.served]


def test_a_reply_to_a_greeting_under_the_hosts_full_name() -> None:
    assert ("Hiya, Mags. Good to be in.", "Perrin Stoddart") in _served(_page("MAGS OYELARAN"))


def test_a_reply_to_a_greeting_under_the_hosts_job_and_name() -> None:
    found = _served(_page("PRESENTER (MAGS OYELARAN)"))
    assert ("Hiya, Mags. Good to be in.", "Perrin Stoddart") in found


def test_a_reply_to_someone_else_is_left_alone() -> None:
    assert not any(text.startswith("Hiya") for text, _ in _served(_page("NEWSREADER")))
