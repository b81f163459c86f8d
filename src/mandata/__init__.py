"""mandata: United Nations parliamentary documents as structured, linked data.

The flow of a document is read -> normalize -> segment -> analyze; :func:`mandata.parse.parse_file`
runs it end to end and returns a :class:`mandata.model.Document`.
"""

__version__ = "0.1.0"
# Stored with every document: a registry parses a file again when this differs (bump it when
# the parser's output changes).
PARSER_VERSION = "0.1.1"
