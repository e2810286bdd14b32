"""Quotes on invented text: a job written as one word opens a name ("Lockkeeper Ada Vale said"),
and a vox pop gives a passer-by's first name only ("Fan Jo, 16, said"); the quotes are the
person's, never the job's, and a "she" after the passer-by is hers, not an earlier woman's."""

from __future__ import annotations

from bot.extract.doc_build import build_doc
from bot.extract.text import Doc
from bot.extract.titled_names import untitled
from tests.extract.helpers import article, facts, served_quotes


def _doc(text: str) -> Doc:
    return build_doc(article(text))


def test_a_one_word_job_before_a_full_name_is_not_part_of_the_name() -> None:
    found = served_quotes(
        facts(
            "Filming of Brackwater Lights moved to the quay at Penhallow on Monday.",
            "Lockkeeper Idris Mablethorpe said the crew had been “no trouble at all” all week. "
            "“They waited for the tide every time,” he said.",
            title="Brackwater Lights films on the quay",
        )
    )
    assert ("no trouble a", "Idris Mablethorpe") in found
    assert ("They waited ", "Idris Mablethorpe") in found


def test_other_one_word_jobs_come_off_the_same_way() -> None:
    text = (
        "Stationmaster Ottilie Brankwell said the line stayed open. Gamekeeper Ross Tully agreed."
    )
    assert untitled("Stationmaster Ottilie Brankwell", _doc(text)) == "Ottilie Brankwell"
    assert untitled("Gamekeeper Ross Tully", _doc(text)) == "Ross Tully"


def test_a_first_name_after_a_vox_pop_word_is_the_speaker() -> None:
    found = served_quotes(
        facts(
            "Actor Wenna Halloran-Price arrived at the Fernmouth premiere of Quiet Harbour at 7pm.",
            "18:40 Hundreds of fans lined the barriers. Fan Tegwen, 17, from Hull, had queued "
            "since noon. “I've read every book twice,” she told us.",
            title="Quiet Harbour premiere live",
        )
    )
    assert ("I've read ev", "Tegwen") in found
    assert not any(speaker == "Wenna Halloran-Price" for _, speaker in found)


def test_near_misses_keep_their_names() -> None:
    text = (
        "Young Ada, 14, said hello. Rowan Mastery, 30, agreed. Rambler Tegwen, 17, waved. "
        "Masterson Hale, 41, said so too."
    )
    assert untitled("Young Ada", _doc(text)) == "Young Ada"  # an age word needs a full name
    assert untitled("Rambler Tegwen", _doc(text)) == "Rambler Tegwen"  # no "ramblers" in the text
    assert untitled("Masterson Hale", _doc(text)) == "Masterson Hale"  # a name, not a job


def test_a_reader_given_a_first_name_stays_unnamed() -> None:
    found = served_quotes(
        facts(
            "Quiet Harbour arrives on Friday and our readers are counting down.",
            "Reader Tamsin, 15, writes from Truro: “I have cleared my whole weekend.”",
            title="Quiet Harbour countdown",
        )
    )
    assert not any(speaker == "Tamsin" for _, speaker in found)
