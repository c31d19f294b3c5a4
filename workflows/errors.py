"""Exceptions of the composition root (config, workflows, service)."""
from __future__ import annotations


class WorkflowError(Exception):
    """Base of every error the workflows package raises on purpose."""


class ConfigError(WorkflowError):
    """The configuration file or an override is invalid."""


class UnknownWorkflow(WorkflowError):
    """A workflow name that is not registered."""
