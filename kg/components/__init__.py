"""kg's spaCy components, registered with spaCy's factory registry on import."""

from . import (  # noqa: F401  (registration side effects)
    entity_spans,
    entity_typer,
    entity_types,
    headlines,
    parse_repairs,
    reader,
    relation_scorer,
    segments,
)
