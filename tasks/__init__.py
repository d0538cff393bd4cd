"""The pipeline's work, by role: `document` (one document's chain), `rules` (lexicons and registries as data),
`batch` (a batch's datasets), `runtime` (how a run runs), `warehouse` (the marts file and publishing).
ARCHITECTURE.md is the map."""
