//! SVG path data at a fixed precision (one decimal place), so output is stable
//! across platforms and golden files do not churn.

use super::projection::Fit;
use super::topology::Point;

/// Appends a subpath through `points`; `close` adds `Z`. Points that round to the
/// same place as the previous one are skipped.
pub fn push_subpath(out: &mut String, points: &[Point], fit: &Fit, close: bool) {
    let mut last: Option<(i64, i64)> = None;
    let mut count = 0;
    for p in points {
        let [x, y] = fit.apply(*p);
        let q = (tenths(x), tenths(y));
        if last == Some(q) {
            continue;
        }
        out.push(if count == 0 { 'M' } else { 'L' });
        push_decimal(out, q.0);
        out.push(',');
        push_decimal(out, q.1);
        last = Some(q);
        count += 1;
    }
    if close && count > 0 {
        out.push('Z');
    }
}

/// A number rounded to one decimal place (layout keeps screen units to tenths).
pub fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// A number rounded to one decimal place, as SVG text.
pub fn fmt1(v: f64) -> String {
    let mut s = String::new();
    push_decimal(&mut s, tenths(v));
    s
}

fn tenths(v: f64) -> i64 {
    (v * 10.0).round() as i64
}

/// Appends tenths `t` as a decimal ("12", "-0.5"), digit by digit: a map
/// writes tens of thousands of them, and this is several times quicker than
/// going through `fmt`.
fn push_decimal(out: &mut String, t: i64) {
    if t < 0 {
        out.push('-');
    }
    let a = t.unsigned_abs();
    let mut digits = [0u8; 20];
    let mut n = a / 10;
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        out.push(char::from(d));
    }
    if !a.is_multiple_of(10) {
        out.push('.');
        out.push(char::from(b'0' + (a % 10) as u8));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_precision_and_dedup() {
        let fit = Fit {
            scale: 1.0,
            tx: 0.0,
            ty: 0.0,
        };
        let mut s = String::new();
        push_subpath(
            &mut s,
            &[[0.04, 0.0], [1.26, -2.0], [1.259, -2.0], [-0.5, 0.0]],
            &fit,
            true,
        );
        assert_eq!(s, "M0,0L1.3,2L-0.5,0Z");
        assert_eq!(fmt1(-0.05), "-0.1");
        assert_eq!(fmt1(12.0), "12");
        assert_eq!(fmt1(0.0), "0");
        assert_eq!(fmt1(1234567.89), "1234567.9");
        assert_eq!(fmt1(-100.0), "-100");
    }
}
