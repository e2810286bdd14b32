"""In a profile, a "she says" (or "he says") whose pronoun the subject has already been quoted
with is the subject's, not a nearer name's that nothing calls "she" and that the quotation's
paragraph does not name."""

from tests.extract.helpers import facts


def _served(*paragraphs: str, title: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs, title=title).quotes if q.served}


def test_a_she_says_after_a_paragraph_naming_the_director_is_the_subjects() -> None:
    served = _served(
        "Odalys Brennquist-Ford is a month away from the release of Copperline, the drama in "
        "which she plays a ferry pilot.",
        "“I grew up on boats, so I knew the knots,” she says.",
        "Director Lorcan Whitby-Asante let her rewrite one of the pilot’s speeches.",
        "For now, she is resting. “It is strange to have a whole week free,” she says.",
        title="Odalys Brennquist-Ford: ‘I wanted to play someone difficult’",
    )
    assert served.get("It is strange to have a whole week free") == "Odalys Brennquist-Ford"


def test_a_he_says_after_a_producer_named_a_paragraph_earlier_is_the_subjects() -> None:
    served = _served(
        "Tobiah Marchetti-Lund plays the lighthouse keeper in the new drama Saltwick.",
        "“I read it on a train and missed my stop,” he says.",
        "Producer Ingeborg Askevold-Rees sent him the script in the spring of last year.",
        "Next he goes back to the stage. “I owe the theatre a play or two,” he admits.",
        title="Tobiah Marchetti-Lund: ‘The quiet roles are the hard ones’",
    )
    assert served.get("I owe the theatre a play or two") == "Tobiah Marchetti-Lund"


def test_a_nearer_person_named_in_the_quotes_paragraph_keeps_the_quote() -> None:
    served = _served(
        "Odalys Brennquist-Ford is a month away from the release of Copperline, the drama in "
        "which she plays a ferry pilot.",
        "“I grew up on boats, so I knew the knots,” she says.",
        "Perpetua Lindgren-Obi plays her sister. The Swedish actor says the pair rarely spoke. "
        "“We were both too seasick to talk,” she says.",
        title="Odalys Brennquist-Ford: ‘I wanted to play someone difficult’",
    )
    assert served.get("We were both too seasick to talk") != "Odalys Brennquist-Ford"
