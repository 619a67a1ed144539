//! Programs for the benchmarks in `BENCHMARKS.md`: generators of large
//! inputs and the peers measured side by side. Run them through
//! `bench/population.sh`.
