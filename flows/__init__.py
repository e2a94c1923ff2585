"""Prefect flows that compose library calls (see the pipeline issue)."""
