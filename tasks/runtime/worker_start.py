"""Imported by the process the pipeline's workers fork from (see `gongkai.tasks.batch.run`): the pipeline, warmed up."""

from gongkai.tasks.batch.run import warm_up

warm_up()
