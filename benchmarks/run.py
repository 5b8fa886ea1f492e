"""Quick benchmark from a checkout: ``newsclean bench`` without installing.

    python benchmarks/run.py --dataset ../shared/devdata/aeb --speed

See ``newsclean.benchmark`` for the options; the full comparison with the
peers is ``python -m benchmarks``.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsclean.benchmark import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(["--seeds", str(ROOT / "seeds"), *sys.argv[1:]]))
