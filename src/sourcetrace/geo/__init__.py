"""Geography: places, capitals and seats of government, states, blocs and their members.

No stage of its own; ``places`` and ``parties`` serve speakers, claims and provenance.
"""
