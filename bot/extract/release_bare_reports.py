"""Reported words without "that": "The trailer confirms Tin Lid is released on 2 May".

A promotion (a trailer, a poster) that confirms or reveals a release tells the film's time, not
its own: the clause after the reporting verb is the one a date is read in. The reported clause
must open on a name and its verb; "The teaser confirms it lands ..." is left alone, since "it"
may be the teaser.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

TOLD_BARE = lazy_pattern(
    r"^.*\b(?:confirmed|confirms|announced|announces|revealed|reveals)[ ]"
    r"(?=(?:[A-Z][\w’'-]*[ ]){1,4}(?:is|will|arrives|lands|opens|premieres|hits|drops|"
    r"streams|debuts)\b)"
)
"""Everything up to the reported clause: "The trailer confirms " before "Tin Lid is released"."""
