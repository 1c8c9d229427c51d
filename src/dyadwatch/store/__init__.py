"""DuckDB storage: the only package that imports duckdb."""
