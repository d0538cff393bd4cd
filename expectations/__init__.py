"""One pandera model per dataset, and the one place that says which failed checks block a run."""
