"""The General Assembly's procedure on the registry: calendar and request checks.

One module per rule family; each rule's number and text are cited in the docstrings.
"""
