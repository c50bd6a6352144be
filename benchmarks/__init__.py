"""``python -m benchmarks [NAME…]``: measure the budgets of ARCHITECTURE §10.

Each module here (besides ``harness``) defines ``run() -> list[Figure]``.
"""
