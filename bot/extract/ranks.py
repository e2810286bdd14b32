"""Ranks of two or three words before a part's name: "Detective Sergeant Ottoline Brisk", "Flight
Lieutenant Rupert Skene", "Flt Lt Rupert Skene". The rank is part of how the article writes the
part, so a name after it still has its usual two words (a part's name is never cut short)."""

from __future__ import annotations

from bot.extract.names import END, TOKEN

RANK = (
    r"(?:(?:Detective|Flight|Wing|Squadron|Police|Staff|Lance|Deputy|Assistant|Chief|Petty|"
    r"Master|Second|First|Sub|Lieutenant|Major|Brigadier|Rear|Vice)[ ](?:Chief[ ])?"
    r"(?:Inspector|Sergeant|Constable|Superintendent|Lieutenant|Commander|Leader|Officer|"
    r"Corporal|Commissioner|Captain|General|Admiral|Colonel)"
    r"|Det[ ](?:Sgt|Insp|Supt|Con)|Flt[ ]Lt|Wg[ ]Cdr|Sqn[ ]Ldr|Lt[ ](?:Col|Cdr|Gen))[ ]"
)
"""A rank of more than one word, before the name it belongs to."""
PART_END = rf"{END}(?![ ]{TOKEN})"
"""Where a part's name ends: not before another capitalised word ("Lord Admiral Petyr Vane" is
no three-word part "Lord Admiral Petyr")."""
DESCRIBED_PART = r"(?:the|his|her|their)(?:[ ][a-z][\w’'-]*){1,3}(?=,?[ ]from[ ])"
"""A part named by what the character is, just before its leaver: "took over the role of the
history lecturer from Ada Vale" (the part itself is the one the new actor plays elsewhere)."""
OWNED_PART_LEAD = (
    rf"(?:{TOKEN}[’']s(?:[ ][a-z][\w’'-]*){{1,12}}[ ](?=[A-Z][^,.;:]{{0,40}}?,?[ ]from[ ]))"
)
"""A part described through another character, at any length a description runs, before its
name and leaver: "took over the role of Mia's sister Jo from Ada Vale", "... of Mia's old friend
and rival from drama school Kit Moss from Ada Vale" (the part is the name, never the character it
belongs to). The lowercase words end at the first capital; a name then "from" must follow."""
LIST_DASH = r"(?:[ ]\([^()]{1,40}\))?[ ]+[–—-][ ]+"
"""A list item's dash, after a bracketed note on the name before it: "4. Mira Holt (the baker!!)
– Ada Vale"."""
LIST_NOTE = r"(?:,[ ](?!who[ ][^()–—]{1,80}[ ][–—][ ][a-z])[^()]{1,80}?)?"
"""A list item's description after the part, never a "who" clause that a second dash closes
before the sentence goes on: "Rob – Robert Ilsley, who plays Fenn – is ..." names one person
twice (the first name, then the full name in dashes), not a part and its actor."""
