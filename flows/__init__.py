"""The Prefect flows: orchestration only."""
