//! Every word a user reads, in English and Welsh, from one catalogue
//! (`catalogue.rs`): each key has its English text, its Welsh text and where
//! the Welsh came from, side by side, so a reviewer reads them together.
//!
//! [`words`](crate::core::lang::words) gives the catalogue of the language in use. In the WebAssembly
//! that is fixed when it is built: the English module carries only English, and
//! the Welsh one (`--features cy`) only Welsh, so neither pays for the other.
//! Natively (the command line and the tests) it is chosen at run time, per
//! thread, with [`set`](crate::core::lang::set).
//!
//! A sentence with something filled in is a method with arguments, each
//! language's text a `format!` string with them named (`{source}`), so each
//! language puts them where its word order needs them.

mod catalogue;

pub use catalogue::Words;
#[cfg(not(target_arch = "wasm32"))]
pub use catalogue::{Entry, ENTRIES};

/// A language the map can be read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Welsh (Cymraeg).
    Cy,
}

impl Lang {
    /// The language's tag, as in `lang="cy"`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
        }
    }

    /// The other language: the one the language switch offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Cy,
            Lang::Cy => Lang::En,
        }
    }
}

/// Where a Welsh text came from, for `docs/translation.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A published Welsh name or term, with where it was published.
    Official(&'static str),
    /// The project's own translation, awaiting review by a Welsh-language officer.
    Review,
    /// The same in both languages (a code, a symbol or a name with no Welsh form).
    Same,
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static CURRENT: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
}

/// The language in use.
#[cfg(not(target_arch = "wasm32"))]
pub fn current() -> Lang {
    CURRENT.with(std::cell::Cell::get)
}

/// The language in use: the one this WebAssembly was built for.
#[cfg(target_arch = "wasm32")]
pub const fn current() -> Lang {
    if cfg!(feature = "cy") {
        Lang::Cy
    } else {
        Lang::En
    }
}

/// Chooses the language for this thread (the command line's `--lang`).
#[cfg(not(target_arch = "wasm32"))]
pub fn set(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// Runs `f` with `lang` in use, then puts back the language that was (to read
/// a file written in either language).
#[cfg(not(target_arch = "wasm32"))]
pub fn with<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = current();
    set(lang);
    let out = f();
    set(before);
    out
}

/// The catalogue of the language in use: `words().no_data()`.
pub fn words() -> Words {
    Words
}

/// A label from one of the data model's tables (a status, a certainty, a
/// capability group, a staffing model), by its JSON name, in the language in
/// use; `english` is the table's own label.
pub fn label(json: &str, english: &'static str) -> &'static str {
    if current() == Lang::En {
        return english;
    }
    let w = words();
    match json {
        "core" => w.group_core(),
        "additional-core" => w.group_additional_core(),
        "other" => w.group_other(),
        "in-place" => w.status_in_place(),
        "developing" => w.status_developing(),
        "not-in-place" => w.status_not_in_place(),
        "confirmed" => w.certainty_confirmed(),
        "assured-by-letter" => w.certainty_letter(),
        "expected" => w.certainty_expected(),
        "host-force" => w.staffing_host_force(),
        "home-force" => w.staffing_home_force(),
        "unknown" => w.not_known(),
        _ => english,
    }
}

/// The word "and" before `next` in a list: in Welsh "ac" before a vowel, else "a".
pub fn and_before(next: &str) -> &'static str {
    let w = words();
    let vowel = || {
        next.chars().next().is_some_and(|c| {
            matches!(
                unaccented(c.to_ascii_lowercase()),
                'a' | 'e' | 'i' | 'o' | 'u' | 'w' | 'y'
            )
        })
    };
    if current() == Lang::Cy && vowel() {
        w.and_before_vowel()
    } else {
        w.and()
    }
}

/// A vowel without its accent (Welsh writes the circumflex, and others).
pub fn unaccented(c: char) -> char {
    match c {
        'â' | 'á' | 'à' | 'ä' => 'a',
        'ê' | 'é' | 'è' | 'ë' => 'e',
        'î' | 'í' | 'ì' | 'ï' => 'i',
        'ô' | 'ó' | 'ò' | 'ö' => 'o',
        'û' | 'ú' | 'ù' | 'ü' => 'u',
        'ŵ' | 'ẃ' | 'ẁ' | 'ẅ' => 'w',
        'ŷ' | 'ý' | 'ỳ' | 'ÿ' => 'y',
        c => c,
    }
}

/// A name in the language in use: its Welsh form where the data gives one,
/// else the English name (which a page then marks `lang="en"`).
pub fn name<'a>(english: &'a str, welsh: Option<&'a str>) -> &'a str {
    match (current(), welsh) {
        (Lang::Cy, Some(cy)) => cy,
        _ => english,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

/// `docs/translation.md`: every key with its English and Welsh text and where
/// the Welsh came from, for a Welsh-language officer to review.
#[cfg(not(target_arch = "wasm32"))]
pub fn translation_table() -> String {
    let cell = |s: &str| s.replace('|', "\\|");
    let official = ENTRIES
        .iter()
        .filter(|e| matches!(e.origin, Origin::Official(_)))
        .count();
    let same = ENTRIES.iter().filter(|e| e.origin == Origin::Same).count();
    let review = ENTRIES.len() - official - same;
    let mut out = format!(
        "# Welsh translation: every string and where it came from\n\n\
         Written by `cargo test` from `src/core/lang/catalogue.rs` (a test fails when \
         this file and the catalogue differ; `UPDATE_GOLDEN=1 cargo test` rewrites it).\n\n\
         {} strings: **{official}** from an official or published source, **{review}** the \
         project's own translation **awaiting review** by a Welsh-language officer, and \
         {same} the same in both languages. A word in braces, such as `{{source}}`, is \
         filled in by the map (a number, a name or a date), in the same braces in both.\n\n\
         Names in the data (regions, forces, units, capabilities, funding sources) are \
         not here: their Welsh forms are in the data file (`nameCy` …), each with its \
         source in `data/sources/`; where none is published the English name is shown, \
         marked `lang=\"en\"`.\n\n\
         | key | English | Cymraeg | source |\n|---|---|---|---|\n",
        ENTRIES.len()
    );
    let origin = |e: &Entry| match e.origin {
        Origin::Official(from) => format!("published: {from}"),
        Origin::Review => "project's translation, awaiting review".into(),
        Origin::Same => "the same in both languages".into(),
    };
    // A text of several lines (the command line's help) is given whole after
    // the table, where its lines can be read.
    let (long, short): (Vec<&Entry>, Vec<&Entry>) =
        ENTRIES.iter().partition(|e| e.en.contains('\n'));
    for e in short {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            e.key,
            cell(e.en),
            cell(e.cy),
            origin(e)
        ));
    }
    for e in long {
        out.push_str(&format!(
            "\n## `{}` ({})\n\nEnglish:\n\n```text\n{}\n```\n\nCymraeg:\n\n```text\n{}\n```\n",
            e.key,
            origin(e),
            e.en,
            e.cy
        ));
    }
    out
}
