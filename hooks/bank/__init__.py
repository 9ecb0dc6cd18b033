"""The question bank's core: collect, validate, number and render the topic folders.

Nothing here imports MkDocs; `hooks/mkdocs_hook.py` adapts it to the MkDocs build.
"""
