"""Imported by the process the pipeline's workers fork from (see `tasks.process`): the pipeline, warmed up."""

from tasks.process import warm_up

warm_up()
