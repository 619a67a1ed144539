//! Work spread over threads with its results kept in the order of the work:
//! the one thread pool of the crate (the site's views, a batch's reports).

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Runs `work` on every item on up to `threads` threads, each thread taking
/// the next item not yet taken, and returns the results in the items'
/// order. `done` is told the number of items finished after each one.
/// An item whose work panicked (a bug) has no result (`None`); the other
/// items are still done.
pub(crate) fn map_in_order<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    work: impl Fn(&T) -> R + Sync,
    done: impl Fn(usize) + Sync,
) -> Vec<Option<R>> {
    let next = AtomicUsize::new(0);
    let finished = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new(items.iter().map(|_| None).collect());
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads.clamp(1, items.len().max(1)))
            .map(|_| {
                scope.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        let result = work(item);
                        if let Ok(mut results) = results.lock() {
                            results[i] = Some(result);
                        }
                        done(finished.fetch_add(1, Ordering::Relaxed) + 1);
                    }
                })
            })
            .collect();
        // A thread that panicked leaves its item without a result.
        for handle in handles {
            let _panicked = handle.join().is_err();
        }
    });
    results.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// As many threads as the machine has cores (one when it cannot tell).
pub(crate) fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_the_items_order_and_a_panic_loses_only_its_item() {
        let items: Vec<u32> = (0..50).collect();
        let out = map_in_order(&items, 4, |n| n * 2, |_| {});
        assert_eq!(out, items.iter().map(|n| Some(n * 2)).collect::<Vec<_>>());
        let calls = AtomicUsize::new(0);
        let out = map_in_order(
            &items,
            3,
            |n| {
                assert!(*n != 7, "item 7 fails");
                *n
            },
            |_| {
                calls.fetch_add(1, Ordering::Relaxed);
            },
        );
        assert_eq!(out[7], None);
        assert_eq!(out.iter().flatten().count(), 49);
        assert_eq!(calls.into_inner(), 49);
        assert!(map_in_order(&[] as &[u32], 8, |n| *n, |_| {}).is_empty());
    }
}
