//! Ordering a handful of items (regions, at most a few dozen) by a score.
//!
//! A selection over the items, rather than `sort`: each call site of a standard
//! sort brings its own copy of the sort routine into the WebAssembly (about 2.5 KB
//! each), which the download budget cannot spare for lists this short.

/// Indices `0..n`, highest `score` first; equal scores keep index order.
///
/// ```
/// assert_eq!(rocu_map::core::layout::rank::descending(4, |i| [1.0, 3.0, 2.0, 3.0][i]), vec![1, 3, 2, 0]);
/// ```
pub fn descending(n: usize, score: impl Fn(usize) -> f64) -> Vec<usize> {
    let scores: Vec<f64> = (0..n).map(&score).collect();
    let mut left: Vec<usize> = (0..n).collect();
    let mut out = Vec::with_capacity(n);
    while !left.is_empty() {
        let mut best = 0;
        for (k, &i) in left.iter().enumerate() {
            if scores[i] > scores[left[best]] {
                best = k;
            }
        }
        out.push(left.remove(best));
    }
    out
}
