"""Peer: pandas reading an SSB 07459 download and summing it to
municipality x year. Usage: python3 pandas_aggregate.py FILE"""
import sys

import pandas as pd

frame = pd.read_csv(sys.argv[1], sep=";", skiprows=2, encoding="latin1")
value = frame.columns[-1]
frame["code"] = frame["region"].str.extract(r"(\d{4})", expand=False)
result = frame.groupby(["code", frame.columns[4]])[value].sum()
print(f"{len(result)} municipality-dates, {result.sum()} people in all")
