"""The errors mandata reports to its users.

Every error a user can cause (a bad file, an unknown language) is a :class:`MandataError` with a
one-line message; the CLI prints that line and exits non-zero, never a traceback.
"""


class MandataError(Exception):
    """Base of every error mandata reports to the user; ``str(err)`` is one line."""

    code = "error"


class UnreadableDocument(MandataError):
    """The file cannot be read as a document (empty, binary, undecodable, damaged)."""

    code = "unreadable"


class UnsupportedFormat(UnreadableDocument):
    """The file's format is none of the ones mandata reads (text, PDF, DOCX, HTML)."""

    code = "unsupported_format"


class NoTextLayer(UnreadableDocument):
    """A PDF without a text layer: a scan. OCR is not supported."""

    code = "no_text_layer"


class EncryptedDocument(UnreadableDocument):
    """A password-protected PDF or DOCX."""

    code = "encrypted"


class TooLarge(UnreadableDocument):
    """The file is larger than the configured limit (``MANDATA_MAX_BYTES``)."""

    code = "too_large"


class UnknownLanguage(MandataError):
    """The text is in none of the six official languages, or a language code is not one of them."""

    code = "unknown_language"


class MandataWarning(UserWarning):
    """Something the user should know that does not stop the work: a file a folder walk skips,
    a language tag in a file name that detection disagrees with. The CLI prints it as one line
    ``mandata: warning: ...`` on standard error."""
