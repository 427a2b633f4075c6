//! Text measurement estimates and line wrapping for SVG text, which does not wrap
//! by itself. Widths are estimated from an average glyph width for sans-serif
//! fonts, on the generous side so text fits the box it is given.

/// Estimated advance of one glyph as a share of the font size (Arial-like
/// proportions, rounded up; bold labels are covered by the margin).
pub fn advance(c: char) -> f64 {
    match c {
        ' ' => 0.3,
        'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 0.3,
        'f' | 't' | 'r' | '(' | ')' | '-' => 0.4,
        'm' | 'w' => 0.85,
        'M' | 'W' | '©' | '—' => 0.95,
        c if c.is_ascii_uppercase() => 0.74,
        c if c.is_ascii_digit() => 0.58,
        _ => 0.58,
    }
}

/// Estimated width of `text` at font size `size`.
pub fn width(text: &str, size: f64) -> f64 {
    text.chars().map(advance).sum::<f64>() * size
}

/// Splits `text` into lines no wider than `max_width` at font size `size`,
/// breaking at spaces (a single word longer than a line gets a line of its own).
///
/// ```
/// let w = rocu_map::core::layout::text::width("one two", 10.0);
/// let lines = rocu_map::core::layout::text::wrap("one two three", w, 10.0);
/// assert_eq!(lines, vec!["one two".to_string(), "three".to_string()]);
/// ```
pub fn wrap(text: &str, max_width: f64, size: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if width(&candidate, size) <= max_width || line.is_empty() {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// "1 problem", "3 problems": a count with its noun, singular or plural. In
/// Welsh a noun after a number stays singular: "7 heddlu".
///
/// ```
/// assert_eq!(rocu_map::core::layout::text::count(1, "force"), "1 force");
/// assert_eq!(rocu_map::core::layout::text::count(7, "force"), "7 forces");
/// ```
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 || crate::core::lang::current() == crate::core::lang::Lang::Cy {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Words joined as a list in plain English: "a, b and c" (in Welsh "a, b a c",
/// with "ac" before a vowel).
///
/// ```
/// use rocu_map::core::layout::text::list;
/// assert_eq!(list(&["a", "b", "c"]), "a, b and c");
/// assert_eq!(list(&["a"]), "a");
/// ```
pub fn list<S: AsRef<str>>(words: &[S]) -> String {
    match words {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            let last = last.as_ref();
            let and = crate::core::lang::and_before(last);
            format!("{} {and} {last}", rest.join(", "))
        }
    }
}

/// A number for people to read, with at most two decimal places and no
/// trailing zeros: "95", "33.4", "-1000". Written with integer arithmetic, so
/// the WebAssembly carries no floating-point formatter (about 20 KB).
///
/// ```
/// use rocu_map::core::layout::text::number;
/// assert_eq!(number(95.0), "95");
/// assert_eq!(number(33.399), "33.4");
/// assert_eq!(number(-1000.0), "-1000");
/// assert_eq!(number(0.125), "0.13");
/// ```
pub fn number(v: f64) -> String {
    if !v.is_finite() {
        return "not a number".into();
    }
    let hundredths = (v * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let a = hundredths.unsigned_abs();
    let (whole, frac) = (a / 100, a % 100);
    match frac {
        0 => format!("{sign}{whole}"),
        f if f.is_multiple_of(10) => format!("{sign}{whole}.{}", f / 10),
        f => format!("{sign}{whole}.{f:02}"),
    }
}

/// An amount of money in GOV.UK style: "£850,000", "£5.2 million" (in Welsh
/// "£5.2 miliwn").
///
/// ```
/// use rocu_map::core::layout::text::money;
/// assert_eq!(money(850_000.0), "£850,000");
/// assert_eq!(money(5_240_000.0), "£5.24 million");
/// assert_eq!(money(12_000_000.0), "£12 million");
/// ```
pub fn money(v: f64) -> String {
    if v.abs() >= 1_000_000.0 {
        return crate::core::lang::words().millions(number((v / 10_000.0).round() / 100.0));
    }
    let pounds = v.round() as i64;
    let digits = pounds.unsigned_abs().to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{}£{grouped}", if pounds < 0 { "-" } else { "" })
}

/// A share in per cent, one decimal place at most: "58.3%".
pub fn percent(v: f64) -> String {
    format!("{}%", number((v * 10.0).round() / 10.0))
}
