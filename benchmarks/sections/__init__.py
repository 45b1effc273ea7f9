"""Benchmark sections: every module here registers its sections with ``@section(name)``."""
