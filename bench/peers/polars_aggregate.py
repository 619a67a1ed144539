"""Peer: polars reading an SSB 07459 download and summing it to
municipality x year. Usage: python3 polars_aggregate.py FILE"""
import sys

import polars as pl

frame = pl.read_csv(sys.argv[1], separator=";", skip_rows=2, encoding="utf8-lossy", infer_schema_length=10000)
value = frame.columns[-1]
result = (
    frame.with_columns(pl.col("region").str.extract(r"(\d{4})").alias("code"))
    .group_by(["code", frame.columns[4]])
    .agg(pl.col(value).sum())
)
print(f"{result.height} municipality-dates, {result[value].sum()} people in all")
