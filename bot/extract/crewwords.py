"""Crew job words, nouns and verb forms alike, and the role each credits: one table for the
crew patterns that read a role from the word they matched ("editing", "scored", "producers").
A pattern lists the words it accepts itself; this only names their role."""

from __future__ import annotations

from bot.facts import CrewRole

CREW_WORDS: dict[str, CrewRole] = {
    "director": CrewRole.DIRECTOR,
    "directing": CrewRole.DIRECTOR,
    "directed": CrewRole.DIRECTOR,
    "co-directed": CrewRole.DIRECTOR,
    "is directing": CrewRole.DIRECTOR,
    "will direct": CrewRole.DIRECTOR,
    "directs": CrewRole.DIRECTOR,
    "direct": CrewRole.DIRECTOR,
    "helm": CrewRole.DIRECTOR,
    "behind": CrewRole.DIRECTOR,
    "directors": CrewRole.DIRECTOR,
    "helmed": CrewRole.DIRECTOR,
    "has directed": CrewRole.DIRECTOR,
    "direction": CrewRole.DIRECTOR,
    "writer": CrewRole.WRITER,
    "screenwriter": CrewRole.WRITER,
    "writing": CrewRole.WRITER,
    "scriptwriting": CrewRole.WRITER,
    "script": CrewRole.WRITER,
    "wrote": CrewRole.WRITER,
    "written": CrewRole.WRITER,
    "co-wrote": CrewRole.WRITER,
    "penned": CrewRole.WRITER,
    "is writing": CrewRole.WRITER,
    "will write": CrewRole.WRITER,
    "writes": CrewRole.WRITER,
    "screenplay": CrewRole.WRITER,
    "writers": CrewRole.WRITER,
    "screenwriters": CrewRole.WRITER,
    "scripted": CrewRole.WRITER,
    "has written": CrewRole.WRITER,
    "creator": CrewRole.CREATOR,
    "co-creator": CrewRole.CREATOR,
    "created": CrewRole.CREATOR,
    "co-creators": CrewRole.CREATOR,
    "creators": CrewRole.CREATOR,
    "author": CrewRole.AUTHOR,
    "producer": CrewRole.PRODUCER,
    "produce": CrewRole.PRODUCER,
    "producers": CrewRole.PRODUCER,
    "produced": CrewRole.PRODUCER,
    "producing": CrewRole.PRODUCER,
    "executive producer": CrewRole.EXECUTIVE_PRODUCER,
    "executive producers": CrewRole.EXECUTIVE_PRODUCER,
    "exec producers": CrewRole.EXECUTIVE_PRODUCER,
    "exec producer": CrewRole.EXECUTIVE_PRODUCER,
    "executive produced": CrewRole.EXECUTIVE_PRODUCER,
    "ep": CrewRole.EXECUTIVE_PRODUCER,
    "composer": CrewRole.COMPOSER,
    "music": CrewRole.COMPOSER,
    "scoring": CrewRole.COMPOSER,
    "scored": CrewRole.COMPOSER,
    "score": CrewRole.COMPOSER,
    "composers": CrewRole.COMPOSER,
    "composed": CrewRole.COMPOSER,
    "cinematographer": CrewRole.CINEMATOGRAPHER,
    "shot": CrewRole.CINEMATOGRAPHER,
    "cinematography": CrewRole.CINEMATOGRAPHER,
    "camerawork": CrewRole.CINEMATOGRAPHER,
    "photography": CrewRole.CINEMATOGRAPHER,
    "director of photography": CrewRole.CINEMATOGRAPHER,
    "dop": CrewRole.CINEMATOGRAPHER,
    "dp": CrewRole.CINEMATOGRAPHER,
    "editor": CrewRole.EDITOR,
    "editing": CrewRole.EDITOR,
    "edit": CrewRole.EDITOR,
    "editors": CrewRole.EDITOR,
    "cutting": CrewRole.EDITOR,
    "edited": CrewRole.EDITOR,
    "casting director": CrewRole.CASTING_DIRECTOR,
    "casting": CrewRole.CASTING_DIRECTOR,
    "casting directors": CrewRole.CASTING_DIRECTOR,
}

CRAFT_RUN = (
    r"(?:(?!(?:and|or|the|a|an|his|her|their|score|music|screenplay|script|editing|"
    r"cinematography|camerawork|photography)[ ,])[a-z-]+,?[ ])"
)
"""One word between a possessive and its craft ("X's lush, patient cinematography"): never a
determiner or another craft, so "X's score and the cinematography of Y" gives X the score only."""
