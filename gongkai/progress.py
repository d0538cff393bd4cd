"""A progress reporter the flow updates and the CLI draws; silent unless someone installs one."""

from __future__ import annotations

from typing import Protocol


class Reporter(Protocol):
    def start(self, total: int) -> None: ...
    def advance(self, files: int, stage: str) -> None: ...
    def stage(self, name: str) -> None: ...
    def stop(self) -> None: ...


class Silent:
    def start(self, total: int) -> None:
        pass

    def advance(self, files: int, stage: str) -> None:
        pass

    def stage(self, name: str) -> None:
        pass

    def stop(self) -> None:
        pass


current: Reporter = Silent()


def install(reporter: Reporter) -> None:
    global current
    current = reporter
