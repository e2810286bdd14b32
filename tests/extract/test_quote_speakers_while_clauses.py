"""A clause after "while" has its own subject: "A reposted the poster, while B (Part) simply
wrote: “...”" gives the words to B, even with B's part in brackets after the name."""

from tests.extract.helpers import facts


def _served(paragraph: str) -> dict[str, str]:
    found = facts(
        "The first teaser for Fjordlight has landed, and the cast are thrilled.",
        "Fjordlight stars Marit Solberg as Ingrid and Oona Ferreira-Lund as Signe.",
        paragraph,
        title="Fjordlight teaser: the cast react",
    )
    return {q.text: q.speaker for q in found.quotes if q.served}


def test_while_b_with_part_in_brackets_wrote() -> None:
    served = _served(
        "Marit Solberg, who plays Ingrid, reposted the poster with a row of star emojis, while "
        "Oona Ferreira-Lund (Signe) simply wrote: “AT LAST. At last.”"
    )
    assert served.get("AT LAST. At last.") == "Oona Ferreira-Lund"


def test_whereas_b_with_handle_in_brackets_posted() -> None:
    served = _served(
        "Marit Solberg shared the clip, whereas Oona Ferreira-Lund (@oonafl) posted: "
        "“Counting the days now.”"
    )
    assert served.get("Counting the days now.") == "Oona Ferreira-Lund"


def test_bracketed_part_before_said() -> None:
    served = _served(
        "Marit Solberg was in tears. Oona Ferreira-Lund (Signe) said: “We waited two years.”"
    )
    assert served.get("We waited two years.") == "Oona Ferreira-Lund"
