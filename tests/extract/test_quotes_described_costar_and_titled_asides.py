"""Two ways a quote was credited to the wrong person.

- "Ada Vale, who plays his aunt, was “the kindest person on set”, he added.": the sentence's
  subject is who the quote describes; a pronoun after the quote is the interviewee named before.
- "Reed, who stars alongside Vale in Copper Bay: The Tide, out on 3 May, said the pair had
  “...”": the head before ", who" speaks, never the title the aside ends on.
"""

from tests.extract.helpers import facts, served_quotes

_LEDE = "Tom Reed talked to the Sound Check podcast about the last series of Copper Bay."


def test_a_costar_described_by_the_quote_is_not_its_speaker() -> None:
    found = served_quotes(
        facts(
            _LEDE,
            "Asked about the new cast, Reed grinned. “They are all far too good at this.”",
            "Ada Vale, who plays his aunt Moira, was “the kindest person on set”, he added. "
            "“She brought soup for the whole crew every Friday.”",
        )
    )
    assert ("the kindest ", "Ada Vale") not in found
    assert ("She brought ", "Ada Vale") not in found


def test_a_costar_described_as_then_he_said() -> None:
    found = served_quotes(
        facts(
            _LEDE,
            "Reed said the final scenes had been the hardest. “I did not sleep for a week.”",
            "Nell Farrow, who returns as the harbour master, is “a force of nature”, he said.",
        )
    )
    assert ("a force of n", "Nell Farrow") not in found


def test_a_who_aside_ending_on_a_title_leaves_the_head_speaking() -> None:
    found = served_quotes(
        facts(
            _LEDE,
            "Reed, who returns alongside Ada Vale's Moira in Copper Bay: The Tide, out on "
            "Netflix on 3 May, said the pair had spent the last night in a car park "
            "“because neither of us wanted to go home”.",
        )
    )
    assert found == [("because neit", "Tom Reed")]


def test_a_who_aside_ending_on_a_two_word_subtitle() -> None:
    found = served_quotes(
        facts(
            _LEDE,
            "Reed, who returns alongside Ada Vale’s Moira Dunn in Copper Bay: Always Ours, out "
            "on Netflix on 3 May, said the pair had kept the last clapperboard "
            "“because neither of us could bear to bin it”.",
            "“It sounds silly, and it was,” he went on.",
        )
    )
    assert found == [("because neit", "Tom Reed"), ("It sounds si", "Tom Reed")]


def test_a_who_aside_ending_on_a_subtitle_then_admitting() -> None:
    found = served_quotes(
        facts(
            _LEDE,
            "Reed, who plays the lead in Copper Bay: Low Water, has admitted that filming had "
            "been “the best summer of my life”.",
        )
    )
    assert found == [("the best sum", "Tom Reed")]


def test_who_he_said_had_is_the_speakers_words() -> None:
    found = served_quotes(
        facts(
            _LEDE,
            "Reed was full of praise for Ada Vale, who plays his aunt Moira, and who he said had "
            "“taught the whole cast to stop fidgeting”.",
        )
    )
    assert found == [("taught the w", "Tom Reed")]


def test_who_she_said_was_the_speakers_words() -> None:
    found = served_quotes(
        facts(
            "Nell Farrow looked back on her years in Copper Bay.",
            "Farrow spoke warmly of Tom Reed, who she said was “the calmest man in Cornwall”.",
        )
    )
    assert found == [("the calmest ", "Nell Farrow")]
