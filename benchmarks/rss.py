"""This process's resident memory, read from /proc (Linux), for the memory probes."""

from __future__ import annotations


def rss_mb() -> float:
    """Resident set size in MB (NaN where /proc has no status)."""
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")
