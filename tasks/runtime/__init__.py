"""How a run runs: the worker pool, the input's fingerprint, the run's record and its alerts."""
