"""A company before the person a credit names, and the test that a name is not one's start."""

COMPANY_OWNER = (
    r"(?:[A-Z][\w-]*[ ]){1,3}(?:Films?|Pictures|Studios?|Productions|Entertainment|Media|"
    r"Television|Features)[’'](?:s)?[ ](?=[A-Z])"
)
"""A company whose person a credit names: "produced by Nordhavn Film’s X", "with Y Pictures' Z"."""
NOT_OWNER = r"(?![’']|[ ][A-Z][\w-]*[’'])"
"""After a name: not the start of an owner ("Corvid" of "Corvid House’s X")."""
