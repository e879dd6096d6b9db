"""flutr benchmarks."""
