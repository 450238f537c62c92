"""kg's spaCy components, registered with spaCy's factory registry on import."""

from . import entity_spans, entity_types, segments  # noqa: F401  (registration side effects)
