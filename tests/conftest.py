import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
if str(SRC) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(SRC))
if str(ROOT) not in sys.path:  # benchmarks.scaling: the adversarial page shapes
    sys.path.append(str(ROOT))
