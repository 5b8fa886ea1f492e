"""newsclean's benchmarks (run from a checkout): ``python -m benchmarks``."""
