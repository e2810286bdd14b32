"""Real remarks that sit beside the shapes held as no one's quote: an actor talking about a
trailer's shot ("Pell said the trailer's opening shot is her favourite, explaining: “...”"), a
person introduced with what they do and a speech verb ("The host is Ada Vale, a comedian who
insists the show is “...”"), and a named statement the writer answers with "nobody knows that".
Each stays a served quote, the actor's and the statement's with the speaker."""

from tests.extract.helpers import facts, served_quotes

_LEDE = "The Quernmoor Lights trailer is out. Dana Pell plays Rue Marsh, a ferry pilot."


def test_an_actor_talking_about_a_trailer_shot_is_still_her_quote() -> None:
    for sentence in (
        "Dana Pell said the trailer's opening shot is her favourite, explaining: “It is the only "
        "still second in the whole cut.”",
        "The trailer's last shot was Pell's own idea, she said, explaining: “I wanted the "
        "harbour empty.”",
        "Pell says the teaser's best moment shows the pier at dawn, adding: “We waited a week "
        "for that light.”",
    ):
        found = facts(_LEDE, sentence)
        quotes = served_quotes(found)
        assert len(quotes) == 1 and quotes[0][1] == "Dana Pell", (sentence, quotes)


def test_a_person_introduced_with_a_speech_verb_keeps_her_quote() -> None:
    for sentence in (
        "The new showrunner is Lowen Mensforth, a playwright who admits she was “terrified of the "
        "room” at first.",
        "The host is Lowen Mensforth, a stand-up who insists the format is “nothing like a panel "
        "show”.",
        "Its writer is Lowen Mensforth, a former nurse who recalls the pilot as “a very long "
        "week”.",
    ):
        found = facts("Night Kettle, the new BBC comedy, is a hit.", sentence)
        quotes = served_quotes(found)
        assert len(quotes) == 1, (sentence, quotes)


def test_a_named_statement_answered_by_nobody_knows_that_keeps_its_speaker() -> None:
    for sentence, speaker in (
        ("Netflix said the shoot is “right on schedule”, but nobody knows that.", "Netflix"),
        ("A Netflix spokesperson said filming was “going beautifully”; nobody knows this.", ""),
        ("Dana Pell told us the finale is “the best thing I have done”. No one knows that!", ""),
    ):
        found = facts(
            "Quernmoor Lights arrives on Netflix on Friday 5 June. Dana Pell stars.", sentence
        )
        quotes = served_quotes(found)
        assert len(quotes) == 1 and speaker in quotes[0][1], (sentence, quotes)
