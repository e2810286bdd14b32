"""A podcast write-up's host asks; the guest, the piece's subject, answers. A "he replied" or
"she laughed" after the host's question is the guest's, even a paragraph or two on ("Tull asked
whether she had kept a prop. She said she took a lamp.\n“Nobody noticed,” she laughed.")."""

from tests.extract.helpers import facts


def _speakers(*paragraphs: str, title: str) -> dict[str, str]:
    found = facts(*paragraphs, "The Marrow Lane film streams from 3 May.", title=title)
    return {q.text: q.speaker for q in found.quotes if q.served}


def test_a_laugh_a_paragraph_after_the_hosts_question_is_the_guests() -> None:
    served = _speakers(
        "Ilse Varnum has said she was “in pieces” on her last day on the Marrow Lane set.",
        "Appearing on The Back Row, the podcast hosted by comedian Nerys Tull, Varnum said the "
        "last scene she shot was a quiet one.",
        "“It was me walking down a corridor. That was it,” she said.",
        "Tull asked whether Varnum had kept anything from the set. She said she had taken a "
        "brass lamp from the kitchen set.",
        "“Nobody on the crew knows,” she laughed. “Well, they do now.”",
        title="Ilse Varnum on leaving Marrow Lane: ‘I was in pieces’",
    )
    assert "Nerys Tull" not in served.values()
    assert served.get("Nobody on the crew knows") == "Ilse Varnum"


def test_a_reply_after_the_hosts_question_about_him_is_the_guests() -> None:
    served = _speakers(
        "Osric Ferrow has admitted he “was not ready” to leave Marrow Lane behind.",
        "Speaking on Second Reel, the film podcast hosted by Petra Lindqvist-Oyelaran and Tam "
        "Fenwick, the actor said the final day had caught him off guard.",
        "“I thought I would be fine,” he said. “I was not.”",
        "Lindqvist-Oyelaran asked whether he found it hard to go back to a family drama.",
        "“Not hard, no,” he replied. “It is where I started.”",
        "He also answered a rumour that a second film had been shot. “That is false,” he "
        "laughed. “There is one.”",
        title="Osric Ferrow says he ‘was not ready’ to leave Marrow Lane",
    )
    assert "Petra Lindqvist-Oyelaran" not in served.values()
    assert served.get("Not hard, no") == "Osric Ferrow"
    assert served.get("That is false") == "Osric Ferrow"
