"""Someone unnamed, told by where they were: "Someone behind us whispered “...”".

An indefinite "someone" is never a person the article named, so the words are an unnamed
source's, not the sentence before's name ("The Odeon crowd is in. Someone behind us said ...").
Where they wrote ("Someone in the YouTube comments wrote") or stood ("Somebody in the row behind
shouted", "someone near the barrier said") or worked ("Someone on the lighting team said",
"somebody from the art department") may follow: a place phrase of a few words only, so
that a clause ("someone who worked with Ada Vale said") is not read as a place.
"""

from __future__ import annotations

SOMEONE = (
    r"[Ss]ome(?:one|body)(?:[ ](?:in|on|under)[ ](?:the[ ])?(?:[A-Z][\w-]*[ ])?"
    r"(?:comments|replies|thread|chat)"
    r"|[ ](?:behind|beside|near|next[ ]to|in[ ]front[ ]of)[ ](?:us|me|them|him|her"
    r"|(?:the|our|my)[ ](?:[a-z]+[ ])?[a-z]+)"
    r"|[ ](?:in|at|on)[ ](?:the|our|my)[ ](?:crowd|queue|row|rows|audience|stalls|foyer|barrier|"
    r"barriers|seat|seats|front|back)(?:[ ](?:behind|in[ ]front)(?:[ ](?:us|me))?)?"
    r"|[ ](?:in|on|from)[ ](?:the|our|my)[ ](?:[a-z]+(?:[’']s)?[ ]){0,2}"
    r"(?:team|crew|unit|department|staff|office|band|cast))?(?=[ ,])"
)
"""Someone unnamed, perhaps where they wrote or stood (see the module's docstring)."""
