"""A podcast write-up's host asks; the guest, the piece's subject, answers. A "he replied" or
"she laughed" after the host's question is the guest's, even a paragraph or two on ("Ombry
asked whether she still owned a costume. She said a scarf had gone home with her.\n“Do not
tell wardrobe,” she laughed.")."""

from tests.extract.helpers import facts


def _speakers(*paragraphs: str, title: str) -> dict[str, str]:
    found = facts(*paragraphs, "The Gorse Row film streams from 3 May.", title=title)
    return {q.text: q.speaker for q in found.quotes if q.served}


def test_a_laugh_a_paragraph_after_the_hosts_question_is_the_guests() -> None:
    served = _speakers(
        "Oddny Quorley says she cried “for a week” after wrapping Gorse Row.",
        "Guesting on Night Shift Notes, the podcast run by comedian Pellory Ombry, Quorley "
        "said her closing take was a short one.",
        "“I opened a door and walked out. Done,” she said.",
        "Ombry asked whether Quorley still owned any props. She said a green kettle had "
        "travelled home in her bag.",
        "“The props team never found out,” she laughed. “Until today.”",
        title="Oddny Quorley on wrapping Gorse Row: ‘I cried for a week’",
    )
    assert "Pellory Ombry" not in served.values()
    assert served.get("The props team never found out") == "Oddny Quorley"


def test_a_reply_after_the_hosts_question_about_him_is_the_guests() -> None:
    served = _speakers(
        "Jolyon Vantreck has confessed he “did not see it coming” when Gorse Row ended.",
        "Dropping by Cutting Room Chat, the film podcast run by Perrin Sefton-Crake and Dot "
        "Haddow, the actor said walking away had stung more than he planned for.",
        "“I assumed I would shrug it off,” he said. “I did not.”",
        "Sefton-Crake asked whether he found it hard to go back to a family drama.",
        "“Not hard, no,” he replied. “It is where I started.”",
        "He also answered a rumour that a second film had been shot. “That is false,” he "
        "laughed. “There is one.”",
        title="Jolyon Vantreck ‘did not see it coming’ when Gorse Row ended",
    )
    assert "Perrin Sefton-Crake" not in served.values()
    assert served.get("Not hard, no") == "Jolyon Vantreck"
    assert served.get("That is false") == "Jolyon Vantreck"
