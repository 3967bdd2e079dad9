"""latex2mathml imported by the typesetter without importlib.metadata, its version intact."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_typesetter_starts_without_package_metadata() -> None:
    code = (
        "import sys\n"
        "from gui.core.math_svg import tex_to_svg\n"
        "assert tex_to_svg(r'\\frac{a}{b}', False)\n"
        "print('importlib.metadata' in sys.modules)\n"
        "import latex2mathml\n"
        "from importlib import metadata\n"
        "print(latex2mathml.__version__ == metadata.version('latex2mathml'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.split() == ["False", "True"]
