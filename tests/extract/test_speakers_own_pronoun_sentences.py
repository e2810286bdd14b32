"""A sentence whose subject is "he" or "she", even after a time or place put first ("In 2019 he
joined ... opposite Ada Vale's Lady Anne"), names others: a "he says" after it goes on from the
pronoun, never to a co-star named there."""

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs).quotes if q.served}


def test_a_fronted_time_keeps_the_pronoun_subject() -> None:
    served = _served(
        "Corvin Ashdale was a drama student in Leeds when he was cast in Lantern Mile.",
        "Ashdale's career has moved fast since then. In 2023 he joined a stage revival"
        " opposite Ysolde Penmarric's Lady Anne, a part he still won't discuss.",
        "“I was told to say nothing, and I have,” he jokes.",
    )
    assert served.get("I was told to say nothing, and I have") == "Corvin Ashdale"
