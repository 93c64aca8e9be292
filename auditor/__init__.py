"""localoffer: audits SEND Local Offer websites for disagreement-resolution and redress duties."""

__version__ = "0.1.0"
