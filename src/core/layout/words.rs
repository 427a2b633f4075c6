//! The words and formatters every part of the map shares: what missing values
//! are called, the illustrative-data warning, capability status icons and
//! dates. They sit below everything else, so nothing above depends on its
//! neighbours for a word.

use crate::core::data::model::Status;

/// The banner shown on illustrative data.
pub const ILLUSTRATIVE: &str = "Illustrative data — not real figures";

/// What the panel shows for missing public values.
pub const NOT_PUBLISHED: &str = "Not published";

/// Shown where a value is not public.
pub const NOT_KNOWN: &str = "Not known";

/// What a value that is not in the data is called.
pub const NO_DATA: &str = "No data";

/// The icon that goes with a capability status (the status is also written out).
pub fn status_icon(s: Status) -> &'static str {
    match s {
        Status::InPlace => "✓",
        Status::Developing => "◐",
        Status::NotInPlace => "✗",
        Status::Unknown => "?",
    }
}

/// A date `YYYY-MM-DD` in GOV.UK style, such as "1 February 2021".
pub fn long_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let parts: Vec<&str> = iso.split('-').collect();
    match parts[..] {
        [y, m, d] => match (m.parse::<usize>(), d.parse::<u32>()) {
            (Ok(m @ 1..=12), Ok(d)) => format!("{d} {} {y}", MONTHS[m - 1]),
            _ => iso.to_string(),
        },
        _ => iso.to_string(),
    }
}

/// The date the data describe and their attribution, as every map carries them.
pub fn attribution(meta: &crate::core::data::model::Meta) -> String {
    format!(
        "Data as of {}. {}",
        long_date(&meta.as_of),
        meta.attribution
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_words() {
        assert_eq!(long_date("2021-02-01"), "1 February 2021");
        assert_eq!(long_date("soon"), "soon");
    }
}
