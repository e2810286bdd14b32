"""``python -m bot``: the command line, the offline console, and the operator's tools."""
