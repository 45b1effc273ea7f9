"""Speed benchmarks at 100,000 customers and 1,000,000 orders (see benchmarks/bench.py)."""
