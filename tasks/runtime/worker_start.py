"""Imported by the process the pipeline's workers fork from (`gongkai.tasks.runtime.pool`): the pipeline,
warmed up."""

from gongkai.tasks.runtime.pool import warm_up

warm_up()
