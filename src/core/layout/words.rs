//! The formatters every part of the map shares: capability status icons, dates
//! and the attribution line, in the language in use (the words themselves are
//! in [`crate::core::lang`]). They sit below everything else, so nothing above
//! depends on its neighbours for a word.

use crate::core::data::model::Status;
use crate::core::lang;

/// The icon that goes with a capability status (the status is also written out).
pub fn status_icon(s: Status) -> &'static str {
    match s {
        Status::InPlace => "✓",
        Status::Developing => "◐",
        Status::NotInPlace => "✗",
        Status::Unknown => "?",
    }
}

/// A date `YYYY-MM-DD` in GOV.UK style, such as "1 February 2021" (in Welsh
/// "1 Chwefror 2021"); anything else is returned as it is.
pub fn long_date(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    match parts[..] {
        [y, m, d] => match (m.parse::<usize>(), d.parse::<u32>()) {
            (Ok(m @ 1..=12), Ok(d)) => format!("{d} {} {y}", month(m)),
            _ => iso.to_string(),
        },
        _ => iso.to_string(),
    }
}

/// The name of month `m` (1 to 12).
fn month(m: usize) -> &'static str {
    let w = lang::words();
    match m {
        1 => w.january(),
        2 => w.february(),
        3 => w.march(),
        4 => w.april(),
        5 => w.may(),
        6 => w.june(),
        7 => w.july(),
        8 => w.august(),
        9 => w.september(),
        10 => w.october(),
        11 => w.november(),
        _ => w.december(),
    }
}

/// The date the data describe and their attribution, as every map carries them.
pub fn attribution(meta: &crate::core::data::model::Meta) -> String {
    lang::words().data_as_of(long_date(&meta.as_of), &meta.attribution)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_words() {
        assert_eq!(long_date("2021-02-01"), "1 February 2021");
        assert_eq!(long_date("soon"), "soon");
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn dates_read_as_words_in_welsh() {
        lang::set(lang::Lang::Cy);
        assert_eq!(long_date("2021-02-01"), "1 Chwefror 2021");
        assert_eq!(long_date("2020-09-30"), "30 Medi 2020");
        lang::set(lang::Lang::En);
    }
}
