//! The catalogue: for each key, the English text, the Welsh text and where the
//! Welsh came from ([`Origin`]). `docs/translation.md` is written from it (and a
//! test keeps the two the same); add a key here, then use it as
//! `words().key()`.
//!
//! A sentence with something filled in names what it takes:
//! `share_from(source: &str): "Share from {source}", "Cyfran o {source}"` is
//! `words().share_from(name)`. Each language's text is a `format!` string, so
//! the compiler checks that both use every argument, and each WebAssembly
//! formats its own language as directly as hand-written code would. An
//! argument made only for the sentence (a number or date written out) is
//! taken as a `String`, so it is freed in one place, the method, rather than at
//! every call (about 150 bytes of WebAssembly less, measured).
//!
//! Welsh style: the Welsh Language Commissioner's and the Welsh Government's
//! usage for public services (plain Welsh, Arabic numerals with the singular
//! noun: "7 heddlu").

#[cfg(not(target_arch = "wasm32"))]
use super::Origin::{self, Review, Same};
use super::{current, Lang};

/// One method of [`Words`]: a fixed text, or a sentence with arguments.
macro_rules! method {
    ($key:ident, $en:literal, $cy:literal) => {
        #[doc = concat!("\"", $en, "\" (Welsh: \"", $cy, "\")")]
        #[inline(always)]
        pub fn $key(self) -> &'static str {
            match current() {
                Lang::En => $en,
                Lang::Cy => $cy,
            }
        }
    };
    ($key:ident ($($arg:ident: $ty:ty),+), $en:literal, $cy:literal) => {
        #[doc = concat!("\"", $en, "\" (Welsh: \"", $cy, "\")")]
        // Most sentences have one caller: formatted where they are used, as a
        // `format!` written there would be (about 260 bytes less than calls).
        #[inline]
        pub fn $key(self, $($arg: $ty),+) -> String {
            match current() {
                Lang::En => format!($en, $($arg = $arg),+),
                Lang::Cy => format!($cy, $($arg = $arg),+),
            }
        }
    };
}

macro_rules! catalogue {
    ($($key:ident $(($($arg:ident: $ty:ty),+))?: $en:literal, $cy:literal, $origin:expr;)*) => {
        /// Every word the map shows, each a method giving it in the language
        /// in use (see [`super::words`]). In the WebAssembly the language is
        /// fixed, so the other language is not there.
        #[derive(Debug, Clone, Copy)]
        pub struct Words;

        impl Words {
            $(method!($key $(($($arg: $ty),+))?, $en, $cy);)*
        }

        /// Every key with both texts and the Welsh text's origin, in catalogue
        /// order (for the translation table and its tests; not in the WebAssembly).
        #[cfg(not(target_arch = "wasm32"))]
        pub const ENTRIES: &[Entry] = &[$(Entry {
            key: stringify!($key),
            en: $en,
            cy: $cy,
            origin: $origin,
        },)*];
    };
}

/// One key of the catalogue, for the translation table.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The key, as the code uses it.
    pub key: &'static str,
    /// The English text.
    pub en: &'static str,
    /// The Welsh text.
    pub cy: &'static str,
    /// Where the Welsh came from.
    pub origin: Origin,
}

catalogue! {
    // Values that are missing.
    no_data: "No data", "Dim data", Review;
    not_published: "Not published", "Heb ei gyhoeddi", Review;
    not_known: "Not known", "Anhysbys", Review;
    illustrative: "Illustrative data — not real figures", "Data enghreifftiol — nid ffigurau go iawn", Review;

    // Dates: "1 February 2021", "1 Chwefror 2021".
    january: "January", "Ionawr", Review;
    february: "February", "Chwefror", Review;
    march: "March", "Mawrth", Review;
    april: "April", "Ebrill", Review;
    may: "May", "Mai", Review;
    june: "June", "Mehefin", Review;
    july: "July", "Gorffennaf", Review;
    august: "August", "Awst", Review;
    september: "September", "Medi", Review;
    october: "October", "Hydref", Review;
    november: "November", "Tachwedd", Review;
    december: "December", "Rhagfyr", Review;
    // Money: "£7.5 million", "£7.5 miliwn" (the digits are written alike).
    millions(amount: String): "£{amount} million", "£{amount} miliwn", Review;
    data_as_of(date: String, attribution: &str): "Data as of {date}. {attribution}", "Data fel yr oeddent ar {date}. {attribution}", Review;

    // The controls.
    colour_by: "Colour the map by", "Lliwio'r map yn ôl", Review;
    overlay_regions: "Regions", "Rhanbarthau", Review;
    overlay_capabilities: "Capabilities", "Galluoedd", Review;
    overlay_funding: "Funding", "Cyllid", Review;
    overlay_dedicated_lead: "Governance: dedicated chief officer lead", "Llywodraethu: prif swyddog arweiniol penodedig", Review;
    overlay_tasking: "Governance: regional tasking meetings", "Llywodraethu: cyfarfodydd tasgio rhanbarthol", Review;
    overlay_inspection: "Inspection", "Arolygiad", Review;
    capability: "Capability", "Gallu", Review;
    measure: "Measure", "Mesur", Review;
    capabilities_in_place_count: "Number of capabilities in place", "Nifer y galluoedd sydd ar waith", Review;
    total_funding: "Total funding", "Cyfanswm y cyllid", Review;
    share_from(source: &str): "Share from {source}", "Cyfran o {source}", Review;
    present: "Present full screen", "Cyflwyno ar sgrin lawn", Review;
    language_switch: "Cymraeg", "English", Review;

    // The compare table and the downloads.
    sort_hint: "Select a column heading to sort by it.", "Dewiswch bennawd colofn i drefnu yn ôl y golofn honno.", Review;
    download_table: "Download this table (CSV)", "Lawrlwytho'r tabl hwn (CSV)", Review;
    compare_regions: "Compare regions in a table", "Cymharu rhanbarthau mewn tabl", Review;
    download_map: "Download this map", "Lawrlwytho'r map hwn", Review;
    png_2: "PNG, 2 times the size", "PNG, 2 waith y maint", Review;
    png_3: "PNG, 3 times the size", "PNG, 3 gwaith y maint", Review;
    file_prefix: "rocu-map", "map-rocu", Review;

    // The panel.
    choose_region: "Select a region on the map or from this list to see its forces.", "Dewiswch ranbarth ar y map neu o'r rhestr hon i weld ei heddluoedd.", Review;
    short_name: "Short name", "Enw byr", Review;
    website: "Website", "Gwefan", Review;
    lead_force: "Lead force", "Heddlu arweiniol", Review;
    forces_heading(count: usize): "Forces ({count})", "Heddluoedd ({count})", Review;
    also_works_with: "Also works with this region (no map area)", "Hefyd yn gweithio gyda'r rhanbarth hwn (dim ardal ar y map)", Review;
    brand: "Brand", "Enw brand", Review;
    source_in_brackets(source: &str): " (source: {source})", " (ffynhonnell: {source})", Review;
    one_force: "1 force", "1 heddlu", Review;
    forces(count: usize): "{count} forces", "{count} heddlu", Review;
    selected(region: &str, forces: &str): "{region} selected, {forces}.", "Wedi dewis {region}, {forces}.", Review;
    highlighted(force: &str): "{force} highlighted.", "Wedi amlygu {force}.", Review;
    clear_selection: "Clear selection", "Clirio'r dewis", Review;
    selection_cleared: "Selection cleared.", "Dewis wedi'i glirio.", Review;
    keyboard_help: "Keyboard: Tab to the map, arrow keys to move between regions, Enter or Space to select, Escape to clear.", "Bysellfwrdd: Tab i fynd i'r map, bysellau saeth i symud rhwng rhanbarthau, Enter neu Space i ddewis, Escape i glirio.", Review;
    sources_and_licence(date: String): "Sources and licence (data as of {date})", "Ffynonellau a thrwydded (data fel yr oeddent ar {date})", Review;
    loading: "Loading the map…", "Wrthi'n llwytho'r map…", Review;
    cannot_show: "The map cannot be shown", "Nid oes modd dangos y map", Review;
    // Said by rocu-map.js (English) and rocu-map-cy.js (Welsh) when the
    // WebAssembly cannot start, so before there is a map to say them: kept
    // here for the reviewer, and checked against those files by a test.
    wasm_failed: "Your browser could not start the map (WebAssembly did not load). It may be blocked by a security policy.", "Nid oedd eich porwr yn gallu cychwyn y map (ni lwythodd WebAssembly). Efallai ei fod wedi'i rwystro gan bolisi diogelwch.", Review;
    details: "Details: ", "Manylion: ", Review;
    data_warnings: "The data has warnings", "Mae rhybuddion yn y data", Review;
    one_problem_in_data: "1 problem in the data", "1 problem yn y data", Review;
    problems_in_data(count: usize): "{count} problems in the data", "{count} problem yn y data", Review;

    // The overlays: the legend's titles and classes (the panel and the
    // compare table use some of them too).
    map_named(title: &str): "Map: {title}", "Map: {title}", Same;
    enlarged(region: &str): "{region} (enlarged)", "{region} (wedi'i fwyhau)", Review;
    legend_capabilities: "Capabilities in place", "Galluoedd sydd ar waith", Review;
    n_in_place(count: String): "{count} in place", "{count} ar waith", Review;
    range_in_place(low: String, high: String): "{low} to {high} in place", "{low} i {high} ar waith", Review;
    range(low: String, high: String): "{low} to {high}", "{low} i {high}", Review;
    legend_total_funding: "Total funding, latest year", "Cyfanswm y cyllid, y flwyddyn ddiweddaraf", Review;
    legend_share_from(source: &str): "Share from {source}, latest year", "Cyfran o {source}, y flwyddyn ddiweddaraf", Review;
    legend_mix: "Bars: funding mix", "Barrau: cymysgedd y cyllid", Review;
    legend_striped: "Striped: not confirmed", "Streipiog: heb ei gadarnhau", Review;
    legend_lead: "Chief officer lead's force responsibilities", "Cyfrifoldebau heddlu'r prif swyddog arweiniol", Review;
    dedicated_lead: "Dedicated lead: none, or limited", "Arweinydd penodedig: dim, neu ychydig", Review;
    force_responsibilities: "Significant force responsibilities", "Cyfrifoldebau sylweddol i heddlu", Review;
    legend_tasking: "Regional tasking meetings", "Cyfarfodydd tasgio rhanbarthol", Review;
    tasking_up_to_4: "Every 4 weeks or more often", "Bob 4 wythnos neu'n amlach", Review;
    tasking_5_to_8: "Every 5 to 8 weeks", "Bob 5 i 8 wythnos", Review;
    tasking_over_8: "Less often than every 8 weeks", "Yn llai aml na phob 8 wythnos", Review;
    legend_visits: "HMICFRS visits, 2020", "Ymweliadau HMICFRS, 2020", Review;
    visited_february_march: "Visited February to March 2020", "Ymwelwyd rhwng Chwefror a Mawrth 2020", Review;
    visited_september: "Visited September 2020", "Ymwelwyd ym mis Medi 2020", Review;
    not_visited: "Not visited", "Heb ymweld", Review;
    no_rocu: "No ROCU", "Dim ROCU", Review;

    // The data model's words (each matches its table in data/model.rs).
    group_core: "Core capabilities", "Galluoedd craidd", Review;
    group_additional_core: "Additional core capabilities", "Galluoedd craidd ychwanegol", Review;
    group_other: "Other units and teams", "Unedau a thimau eraill", Review;
    status_in_place: "In place", "Ar waith", Review;
    status_developing: "Developing", "Wrthi'n cael ei ddatblygu", Review;
    status_not_in_place: "Not in place", "Ddim ar waith", Review;
    certainty_confirmed: "Confirmed", "Wedi'i gadarnhau", Review;
    certainty_letter: "Assured by letter", "Wedi'i sicrhau drwy lythyr", Review;
    certainty_expected: "Expected", "Disgwyliedig", Review;
    staffing_host_force: "Members of the unit's host force", "Aelodau o heddlu lletyol yr uned", Review;
    staffing_home_force: "Employed by their home forces, administered by a lead force", "Wedi'u cyflogi gan eu heddluoedd cartref, a'u gweinyddu gan heddlu arweiniol", Review;

    // The panel's sections.
    no_catalogue: "The data has no capability catalogue.", "Nid oes catalog galluoedd yn y data.", Review;
    no_capability_data_one: "No data: the status of the 1 capability in the catalogue is not published.", "Dim data: nid yw statws yr 1 gallu yn y catalog wedi'i gyhoeddi.", Review;
    no_capability_data(count: usize): "No data: the status of the {count} capabilities in the catalogue is not published.", "Dim data: nid yw statws y {count} gallu yn y catalog wedi'i gyhoeddi.", Review;
    group_in_place(group: &str, in_place: usize, total: usize): "{group} ({in_place} of {total} in place)", "{group} ({in_place} o {total} ar waith)", Review;
    staff(count: String): " ({count} staff)", " ({count} aelod o staff)", Review;
    no_funding_data: "No data: this region's funding is not published.", "Dim data: nid yw cyllid y rhanbarth hwn wedi'i gyhoeddi.", Review;
    year_in_all(year: &str, total: String): "{year}: {total} in all", "{year}: {total} i gyd", Review;
    hatched: "Hatched: not confirmed.", "Streipiog: heb ei gadarnhau.", Review;
    column_source: "Source", "Ffynhonnell", Review;
    column_amount: "Amount", "Swm", Review;
    column_share: "Share", "Cyfran", Review;
    column_certainty: "Certainty", "Sicrwydd", Review;
    funding_in(year: &str): "Funding in {year}", "Cyllid yn {year}", Review;
    name_not_published: " (name not published)", " (enw heb ei gyhoeddi)", Review;
    governance: "Governance", "Llywodraethu", Review;
    chief_officer_lead: "Chief officer lead", "Prif swyddog arweiniol", Review;
    chief_officer_lead_words: "chief officer lead", "prif swyddog arweiniol", Review;
    force_responsibilities_term: "Force responsibilities", "Cyfrifoldebau heddlu", Review;
    force_responsibilities_words: "force responsibilities", "cyfrifoldebau heddlu", Review;
    head_of_unit: "Head of unit", "Pennaeth yr uned", Review;
    head_of_unit_words: "head of unit", "pennaeth yr uned", Review;
    board_chair: "Executive board chair", "Cadeirydd y bwrdd gweithredol", Review;
    board_chair_words: "executive board chair", "cadeirydd y bwrdd gweithredol", Review;
    board_meets: "Board meets", "Y bwrdd yn cyfarfod", Review;
    board_meets_words: "how often the board meets", "pa mor aml y mae'r bwrdd yn cyfarfod", Review;
    staff_term: "Staff", "Staffio", Review;
    staff_words: "who employs the staff", "pwy sy'n cyflogi'r staff", Review;
    tasking_term: "Regional tasking (TTCG)", "Tasgio rhanbarthol (TTCG)", Review;
    tasking_words: "how often regional tasking (TTCG) meets", "pa mor aml y mae tasgio rhanbarthol (TTCG) yn cyfarfod", Review;
    every_week: "Every week", "Bob wythnos", Review;
    every_weeks(count: usize): "Every {count} weeks", "Bob {count} wythnos", Review;
    visited_between(from: String, to: String): "Visited between {from} and {to}.", "Ymwelwyd rhwng {from} a {to}.", Review;
    visited_in_2020: "Visited in 2020.", "Ymwelwyd yn 2020.", Review;
    not_visited_sentence: "Not visited.", "Heb ymweld.", Review;
    not_known_sentence: "Not known.", "Anhysbys.", Review;
    sources: "Sources", "Ffynonellau", Review;
    data_as_of_date(date: String): "Data as of {date}.", "Data fel yr oeddent ar {date}.", Review;

    source_note(source: &str): "Source: {source}.", "Ffynhonnell: {source}.", Review;

    // Announcements, the presentation's steps and the page's messages.
    coloured_by(overlay: &str): "The map is coloured by {overlay}.", "Mae'r map wedi'i liwio yn ôl {overlay}.", Review;
    ascending: "ascending", "esgynnol", Review;
    descending: "descending", "disgynnol", Review;
    sorted_by(heading: &str, order: &str): "Table sorted by {heading}, {order}.", "Tabl wedi'i drefnu yn ôl {heading}, {order}.", Review;
    overview_step: "Overview of all regions", "Trosolwg o bob rhanbarth", Review;
    region_step(number: usize, count: usize, region: &str): "Region {number} of {count}: {region}", "Rhanbarth {number} o {count}: {region}", Review;
    compare_step: "All regions compared", "Cymharu pob rhanbarth", Review;
    written_step(number: usize, count: usize, title: &str): "Step {number} of {count}: {title}", "Cam {number} o {count}: {title}", Review;
    data_has_problems: "The data file has problems, so the map cannot be drawn.", "Mae problemau yn y ffeil ddata, felly nid oes modd llunio'r map.", Review;
    data_not_loaded(reason: &str): "The data file could not be loaded ({reason}).", "Nid oedd modd llwytho'r ffeil ddata ({reason}).", Review;
    internal_error(message: &str): "The map stopped because of an internal error: {message}", "Stopiodd y map oherwydd gwall mewnol: {message}", Review;

    // The compare table. Welsh has no one word for "yes": it answers with the
    // question's verb ("Ydy" for "is it?", "Do" for "did it?").
    column_region: "Region", "Rhanbarth", Review;
    caption_forces: "Regions and their forces", "Rhanbarthau a'u heddluoedd", Review;
    column_forces: "Forces", "Heddluoedd", Review;
    caption_funding: "Funding in the latest year", "Cyllid yn y flwyddyn ddiweddaraf", Review;
    column_year: "Year", "Blwyddyn", Review;
    column_total: "Total", "Cyfanswm", Review;
    column_share_of(source: &str): "{source} (share)", "{source} (cyfran)", Review;
    column_not_confirmed: "Not confirmed (share)", "Heb ei gadarnhau (cyfran)", Review;
    column_dedicated: "Dedicated to the regional role", "Wedi'i neilltuo i'r rôl ranbarthol", Review;
    column_tasking_weeks: "Tasking every (weeks)", "Tasgio bob (wythnos)", Review;
    column_visited: "Visited", "Ymwelwyd", Review;
    column_from: "From", "O", Review;
    column_to: "To", "I", Review;
    yes_is: "Yes", "Ydy", Review;
    no_is: "No", "Nac ydy", Review;
    yes_did: "Yes", "Do", Review;
    no_did: "No", "Naddo", Review;

    // The key points under the map. A noun after a number is singular in
    // Welsh ("9 ROCU", "43 heddlu"); "have" begins its sentence.
    noun_rocu: "ROCU", "ROCU", Same;
    noun_force: "force", "heddlu", Review;
    noun_week: "week", "wythnos", Review;
    points_served(rocus: String, served: usize, forces: String): "The {rocus} serve {served} of the {forces} on the map.", "Mae'r {rocus} yn gwasanaethu {served} o'r {forces} ar y map.", Review;
    points_most_forces(most: &str, most_count: String, fewest: &str, fewest_count: String): "{most} works with the most forces ({most_count}), {fewest} with the fewest ({fewest_count}).", "{most} sy'n gweithio gyda'r nifer fwyaf o heddluoedd ({most_count}), a {fewest} gyda'r nifer leiaf ({fewest_count}).", Review;
    points_no_rocu(region: &str, forces: String): "{region} has no ROCU: its {forces} work together on serious and organised crime.", "Nid oes gan {region} ROCU: mae ei {forces} yn cydweithio ar droseddau difrifol a chyfundrefnol.", Review;
    points_each_has(rocus: String, in_place: String, total: usize): "Each of the {rocus} with known statuses has {in_place} of the {total} capabilities in place.", "Mae gan bob un o'r {rocus} â statws hysbys {in_place} o'r {total} gallu ar waith.", Review;
    points_most_capabilities(most: &str, most_count: String, total: usize, fewest: &str, fewest_count: String): "{most} has the most capabilities in place ({most_count} of {total}), {fewest} the fewest ({fewest_count}).", "Gan {most} y mae'r nifer fwyaf o alluoedd ar waith ({most_count} o {total}), a chan {fewest} y nifer leiaf ({fewest_count}).", Review;
    points_most_not_published(rocus: String): "For {rocus}, the status of most capabilities is not published.", "Ar gyfer {rocus}, nid yw statws y rhan fwyaf o'r galluoedd wedi'i gyhoeddi.", Review;
    points_in_place: "in place", "ar waith", Review;
    points_developing: "developing", "wrthi'n cael ei ddatblygu", Review;
    points_not_in_place: "not in place", "ddim ar waith", Review;
    points_status_in(status: &str, rocus: String): "{status} in {rocus}", "{status} mewn {rocus}", Review;
    points_capability_is(name: &str, statuses: String): "{name} is {statuses}.", "Mae {name} {statuses}.", Review;
    points_status_not_known(name: &str, rocus: String): "The status of {name} is not known for {rocus}.", "Nid yw statws {name} yn hysbys ar gyfer {rocus}.", Review;
    points_its_status_not_known(rocus: String): "Its status is not known for {rocus}.", "Nid yw ei statws yn hysbys ar gyfer {rocus}.", Review;
    points_in_year(year: &str): " in {year}", " yn {year}", Review;
    points_most_funding(most: &str, year: String, most_amount: String, least: &str, least_amount: String): "{most} had the most funding{year} ({most_amount}), {least} the least ({least_amount}).", "{most} a gafodd y cyllid mwyaf{year} ({most_amount}), a {least} y lleiaf ({least_amount}).", Review;
    points_rose: "rose", "wedi codi", Review;
    points_fell: "fell", "wedi gostwng", Review;
    points_since_the_year_before(changes: String): "Since the year before, funding {changes}.", "Ers y flwyddyn flaenorol, mae'r cyllid {changes}.", Review;
    points_largest_share(source: &str, most: &str, most_share: String, least: &str, least_share: String): "{source} was the largest share of funding in {most} ({most_share}), the smallest in {least} ({least_share}).", "{source} oedd y gyfran fwyaf o'r cyllid yn {most} ({most_share}), a'r lleiaf yn {least} ({least_share}).", Review;
    points_funding_not_published(rocus: String): "Funding is not published for {rocus}.", "Nid yw'r cyllid wedi'i gyhoeddi ar gyfer {rocus}.", Review;
    points_not_confirmed(rocus: String): "Some money is not yet confirmed in the latest year for {rocus}.", "Nid yw peth o'r arian wedi'i gadarnhau eto yn y flwyddyn ddiweddaraf ar gyfer {rocus}.", Review;
    points_dedicated(dedicated: String, busy: String): "{dedicated} a dedicated lead (no, or limited, force responsibilities). {busy} a lead with significant force responsibilities.", "{dedicated} arweinydd penodedig (dim cyfrifoldebau heddlu, neu ychydig). {busy} arweinydd â chyfrifoldebau heddlu sylweddol.", Review;
    points_none_has: "No ROCU has", "Nid oes gan unrhyw ROCU", Review;
    points_one_has: "1 ROCU has", "Mae gan 1 ROCU", Review;
    points_have(count: usize): "{count} ROCUs have", "Mae gan {count} ROCU", Review;
    points_lead_not_known(rocus: String): "Whether the chief officer lead is dedicated is not known for {rocus}.", "Nid yw'n hysbys a yw'r prif swyddog arweiniol yn benodedig ar gyfer {rocus}.", Review;
    points_tasking_every(weeks: String): "Every ROCU with a known cadence holds regional tasking every {weeks}.", "Mae pob ROCU y mae ei amlder yn hysbys yn cynnal tasgio rhanbarthol bob {weeks}.", Review;
    points_tasking_most_least(most: &str, most_weeks: String, least: &str, least_weeks: String): "Regional tasking is most frequent in {most} (every {most_weeks}) and least in {least} (every {least_weeks}).", "Mae tasgio rhanbarthol amlaf yn {most} (bob {most_weeks}) a lleiaf aml yn {least} (bob {least_weeks}).", Review;
    points_tasking_not_known(rocus: String): "How often regional tasking meets is not known for {rocus}.", "Nid yw'n hysbys pa mor aml y mae tasgio rhanbarthol yn cyfarfod ar gyfer {rocus}.", Review;
    points_visited(visited: usize, rocus: String): "HMICFRS visited {visited} of the {rocus} in its 2020 fieldwork.", "Ymwelodd HMICFRS â {visited} o'r {rocus} yn ystod ei waith maes yn 2020.", Review;
    points_visit_not_known(rocus: String): "Whether it visited is not known for {rocus}.", "Nid yw'n hysbys a ymwelodd ar gyfer {rocus}.", Review;
    points_all(rocus: String): "all {rocus}", "pob un o'r {rocus}", Review;
    points_n_of_the(count: usize, rocus: String): "{count} of the {rocus}", "{count} o'r {rocus}", Review;

    // The presentation's slides: the figures beside the map.
    noun_capability: "capability", "gallu", Review;
    slide_no_rocu(region: &str): "{region} has no ROCU.", "Nid oes gan {region} ROCU.", Review;
    slide_regional_tasking: "regional tasking", "tasgio rhanbarthol", Review;
    slide_regional_tasking_term: "Regional tasking", "Tasgio rhanbarthol", Review;
    slide_forces: " forces", " heddlu", Review;
    slide_no_capability_data: "the status of every capability is not published.", "nid yw statws yr un gallu wedi'i gyhoeddi.", Review;
    slide_for_n_of(count: usize, total: usize): " for {count} of the {total} capabilities", " ar gyfer {count} o'r {total} gallu", Review;
    slide_n_of(count: usize, total: usize): "{count} of {total}", "{count} o {total}", Review;
    slide_capabilities_in_place: " capabilities in place", " gallu ar waith", Review;
    slide_not_known_count(capabilities: String): "Not known: {capabilities} (not published).", "Anhysbys: {capabilities} (heb eu cyhoeddi).", Review;
    slide_no_funding_data: "this region's funding is not published.", "nid yw cyllid y rhanbarth hwn wedi'i gyhoeddi.", Review;
    slide_funding_by_source(year: &str): "Funding in {year} by source", "Cyllid yn {year} fesul ffynhonnell", Review;
    slide_not_confirmed: "Not confirmed", "Heb ei gadarnhau", Review;
    slide_every(weeks: String): "Every {weeks}", "Bob {weeks}", Review;
    slide_visited(from: String, to: String): "Visited {from} to {to}", "Ymwelwyd rhwng {from} a {to}", Review;
    slide_visited_in_2020: "Visited in 2020", "Ymwelwyd yn 2020", Review;
    slide_not_visited_in_2020: "Not visited in 2020", "Heb ymweld yn 2020", Review;
    slide_lead_force_words: "lead force", "heddlu arweiniol", Review;
    slide_visit_term: "HMICFRS visit", "Ymweliad HMICFRS", Review;
    slide_visit_words: "HMICFRS visit", "ymweliad HMICFRS", Review;
    slide_key(overlay: &str): "Key: {overlay}", "Allwedd: {overlay}", Review;

    // The spreadsheet tables (`export-tables`, `import`): the headings.
    table_region_id: "Region id", "Id y rhanbarth", Review;
    table_capability_id: "Capability id", "Id y gallu", Review;
    table_status: "Status", "Statws", Review;
    table_staff: "Staff (full-time equivalent)", "Staff (cyfwerth ag amser llawn)", Review;
    table_as_of: "As of (YYYY-MM-DD)", "Fel yr oedd ar (BBBB-MM-DD)", Review;
    table_note: "Note", "Nodyn", Review;
    table_year_total: "Year total (£)", "Cyfanswm y flwyddyn (£)", Review;
    table_source_id: "Source id", "Id y ffynhonnell", Review;
    table_amount: "Amount (£)", "Swm (£)", Review;
    table_share: "Share (%)", "Cyfran (%)", Review;
    table_lead_role: "Chief officer lead: role", "Prif swyddog arweiniol: rôl", Review;
    table_lead_name: "Chief officer lead: name", "Prif swyddog arweiniol: enw", Review;
    table_lead_force: "Chief officer lead: force (GSS code)", "Prif swyddog arweiniol: heddlu (cod GSS)", Review;
    table_dedicated: "Dedicated lead", "Arweinydd penodedig", Review;
    table_head_role: "Head of unit: role", "Pennaeth yr uned: rôl", Review;
    table_head_name: "Head of unit: name", "Pennaeth yr uned: enw", Review;
    table_head_force: "Head of unit: force (GSS code)", "Pennaeth yr uned: heddlu (cod GSS)", Review;
    table_board_chair: "Board chair", "Cadeirydd y bwrdd", Review;
    table_board_source: "Board source", "Ffynhonnell y bwrdd", Review;
    table_staffing: "Staffing model", "Model staffio", Review;

    // The printed board paper.
    page_of(number: usize, total: usize): "Page {number} of {total}", "Tudalen {number} o {total}", Review;

    // Problems in the data, shown in the page and by `rocu-map validate`: the
    // field names, ids and codes in backticks are the file's own, not words.
    noun_problem: "problem", "problem", Same;
    noun_error: "error", "gwall", Review;
    noun_warning: "warning", "rhybudd", Review;
    data_has(problems: String): "the data has {problems}", "mae gan y data {problems}", Review;
    topology_unreadable(why: &str): "the boundary file cannot be read: {why}", "nid oes modd darllen y ffeil ffiniau: {why}", Review;
    boundaries_mismatch: "the boundaries and the data do not match:", "nid yw'r ffiniau a'r data yn cyfateb:", Review;
    area_in_no_region(area: &str): "the boundaries have an area `{area}` that no region lists", "mae gan y ffiniau ardal `{area}` nad oes rhanbarth yn ei rhestru", Review;
    force_without_boundary(code: &str, name: &str): "force `{code}` ({name}) has no boundary in the map's boundary file", "nid oes ffin gan yr heddlu `{code}` ({name}) yn ffeil ffiniau'r map", Review;
    no_such_region(id: &str): "there is no region `{id}`", "nid oes rhanbarth `{id}`", Review;
    not_json(kind: &str, line: usize, column: usize): "this is not valid JSON: {kind} at line {line}, column {column}", "nid yw hwn yn JSON dilys: {kind} ar linell {line}, colofn {column}", Review;
    not_json_hint: "check for a missing comma, quote or bracket near that place", "chwiliwch am goma, dyfynnod neu fraced sydd ar goll yn agos at y man hwnnw", Review;
    // In the browser, `JSON.parse` says what is wrong, in English: the Welsh
    // map gives the place it names, else its words.
    not_json_browser(said: &str): "this is not valid JSON: {said}", "nid yw hwn yn JSON dilys (yng ngeiriau'r porwr: {said})", Review;
    not_json_at(line: usize, column: usize): "this is not valid JSON at line {line}, column {column}", "nid yw hwn yn JSON dilys ar linell {line}, colofn {column}", Review;
    // serde_json's own account of what is wrong (the English is its words,
    // kept as they are; the Welsh map says them in Welsh).
    json_eof_list: "EOF while parsing a list", "mae'r ffeil yn dod i ben yng nghanol rhestr", Review;
    json_eof_object: "EOF while parsing an object", "mae'r ffeil yn dod i ben yng nghanol gwrthrych", Review;
    json_eof_string: "EOF while parsing a string", "mae'r ffeil yn dod i ben yng nghanol llinyn testun", Review;
    json_eof_value: "EOF while parsing a value", "mae'r ffeil yn dod i ben lle dylai gwerth fod", Review;
    json_expected_colon: "expected `:`", "roedd angen `:`", Review;
    json_expected_list_end: "expected `,` or `]`", "roedd angen `,` neu `]`", Review;
    json_expected_object_end: "expected `,` or `}`", "roedd angen `,` neu `}`", Review;
    json_expected_ident: "expected ident", "roedd angen true, false neu null", Review;
    json_expected_value: "expected value", "roedd angen gwerth", Review;
    json_expected_quote: "expected `\"`", "roedd angen `\"`", Review;
    json_invalid_escape: "invalid escape", "dilyniant dianc annilys", Review;
    json_invalid_number: "invalid number", "rhif annilys", Review;
    json_number_out_of_range: "number out of range", "rhif y tu hwnt i'r amrediad", Review;
    json_invalid_code_point: "invalid unicode code point", "pwynt cod Unicode annilys", Review;
    json_control_character: "control character (\\u0000-\\u001F) found while parsing a string", "nod rheoli (\\u0000-\\u001F) mewn llinyn testun", Review;
    json_key_not_text: "key must be a string", "rhaid i allwedd fod yn llinyn testun", Review;
    json_lone_surrogate: "lone leading surrogate in hex escape", "hanner cyntaf pâr dirprwyol heb yr ail mewn dilyniant dianc hecs", Review;
    json_trailing_comma: "trailing comma", "coma ar ôl yr eitem olaf", Review;
    json_trailing_characters: "trailing characters", "nodau ar ôl diwedd y JSON", Review;
    json_hex_escape_end: "unexpected end of hex escape", "dilyniant dianc hecs yn dod i ben yn rhy gynnar", Review;
    file_too_large(bytes: usize, largest: usize): "the file is {bytes} bytes; the largest accepted is {largest} bytes (5 MB)", "mae'r ffeil yn {bytes} beit; y mwyaf a dderbynnir yw {largest} beit (5 MB)", Review;
    file_too_large_hint: "check that this is the map's data file, not another file", "gwiriwch mai hon yw ffeil ddata'r map, nid ffeil arall", Review;
    number_too_large(written: &str, largest: &str): "the number {written} is larger than the format allows (at most {largest})", "mae'r rhif {written} yn fwy nag y mae'r fformat yn ei ganiatáu (dim mwy na {largest})", Review;
    this_number_too_large(largest: &str): "this number is larger than the format allows (at most {largest})", "mae'r rhif hwn yn fwy nag y mae'r fformat yn ei ganiatáu (dim mwy na {largest})", Review;
    key_twice(key: &str): "`{key}` is given twice in one object; only the last is used", "rhoddir `{key}` ddwywaith mewn un gwrthrych; dim ond yr olaf a ddefnyddir", Review;
    key_twice_hint: "remove one of them", "tynnwch un ohonynt", Review;
    half_character(half: &str): "`{half}` is half of a character, with no other half, so it cannot be read", "mae `{half}` yn hanner nod, heb yr hanner arall, felly nid oes modd ei ddarllen", Review;
    half_character_hint: "remove it, or write the whole character", "tynnwch ef, neu ysgrifennwch y nod cyfan", Review;
    expected_object(found: &str): "expected an object, found {found}", "roedd disgwyl gwrthrych, ond cafwyd {found}", Review;
    expected_capabilities(found: &str): "expected an object keyed by capability id, found {found}", "roedd disgwyl gwrthrych ag id gallu yn allwedd, ond cafwyd {found}", Review;
    expected_text(found: &str): "expected text, found {found}", "roedd disgwyl testun, ond cafwyd {found}", Review;
    expected_list(found: &str): "expected a list, found {found}", "roedd disgwyl rhestr, ond cafwyd {found}", Review;
    expected_number(found: &str): "expected a number, found {found}", "roedd disgwyl rhif, ond cafwyd {found}", Review;
    expected_boolean(found: &str): "expected true or false, found {found}", "roedd disgwyl true neu false, ond cafwyd {found}", Review;
    expected_boolean_or_null(found: &str): "expected true, false or null, found {found}", "roedd disgwyl true, false neu null, ond cafwyd {found}", Review;
    expected_force_code(found: &str): "expected a force code, found {found}", "roedd disgwyl cod heddlu, ond cafwyd {found}", Review;
    kind_null: "null", "null", Same;
    kind_boolean: "true or false", "true neu false", Review;
    kind_number: "a number", "rhif", Review;
    kind_text: "text", "testun", Review;
    kind_list: "a list", "rhestr", Review;
    kind_object: "an object", "gwrthrych", Review;
    retired_lead_pcc: "the report names no lead police and crime commissioner: the PCCs and chief constables of a region's forces together hold its ROCU to account", "nid yw'r adroddiad yn enwi comisiynydd heddlu a throseddu arweiniol: mae comisiynwyr a phrif gwnstabliaid heddluoedd rhanbarth gyda'i gilydd yn dwyn ei ROCU i gyfrif", Review;
    retired_inspected: "now `visited`: HMICFRS gathered data from every ROCU but visited seven", "`visited` bellach: casglodd HMICFRS ddata gan bob ROCU ond ymwelodd â saith", Review;
    unknown_field(key: &str): "unknown field `{key}` is ignored", "anwybyddir y maes anhysbys `{key}`", Review;
    did_you_mean(best: &str): "did you mean `{best}`?", "ai `{best}` oedd dan sylw?", Review;
    did_you_mean_force(best: &str, name: &str): "did you mean `{best}` ({name})?", "ai `{best}` ({name}) oedd dan sylw?", Review;
    field_missing(key: &str): "`{key}` is missing", "mae `{key}` ar goll", Review;
    field_empty(key: &str): "`{key}` is empty", "mae `{key}` yn wag", Review;
    schema_not_text: "`$schema` is not text, so editors cannot find the schema", "nid testun yw `$schema`, felly ni all golygyddion ddod o hyd i'r sgema", Review;
    schema_hint: "give the schema's address, such as \"network.schema.json\"", "rhowch gyfeiriad y sgema, fel \"network.schema.json\"", Review;
    link_not_allowed(url: &str): "`{url}` is not an allowed link", "nid yw `{url}` yn ddolen a ganiateir", Review;
    link_hint: "links must start with https:// or http://, or be relative", "rhaid i ddolenni ddechrau gyda https:// neu http://, neu fod yn berthynol", Review;
    not_a_marking(marking: &str): "`{marking}` is not a protective marking", "nid yw `{marking}` yn farc diogelu", Review;
    marking_hint: "use OFFICIAL, OFFICIAL-SENSITIVE, SECRET or TOP SECRET, in capitals", "defnyddiwch OFFICIAL, OFFICIAL-SENSITIVE, SECRET neu TOP SECRET, mewn priflythrennau", Review;
    not_a_force_code(code: &str): "`{code}` is not a police force area code", "nid yw `{code}` yn god ardal heddlu", Review;
    force_code_hint: "use the nine-character GSS code, such as E23000005 or W15000001", "defnyddiwch y cod GSS naw nod, fel E23000005 neu W15000001", Review;
    force_twice(code: &str): "force `{code}` is listed twice", "mae'r heddlu `{code}` wedi'i restru ddwywaith", Review;
    unknown_force(code: &str): "unknown force `{code}`", "heddlu anhysbys `{code}`", Review;
    unknown_force_hint: "use a code from the `forces` list", "defnyddiwch god o'r rhestr `forces`", Review;
    no_regions: "there are no regions", "nid oes rhanbarthau", Review;
    not_a_region_id(id: &str): "`{id}` is not a valid region id", "nid yw `{id}` yn id rhanbarth dilys", Review;
    region_id_hint: "use lower-case letters, digits and hyphens, such as north-west", "defnyddiwch lythrennau bach, digidau a chysylltnodau, fel north-west", Review;
    region_id_twice(id: &str): "region id `{id}` is used twice", "defnyddir yr id rhanbarth `{id}` ddwywaith", Review;
    region_no_forces(id: &str): "region `{id}` has no forces", "nid oes heddluoedd gan y rhanbarth `{id}`", Review;
    region_no_forces_hint: "list the GSS codes of its forces, or remove the region", "rhestrwch godau GSS ei heddluoedd, neu tynnwch y rhanbarth", Review;
    force_twice_in_region(code: &str, id: &str): "force `{code}` is listed twice in region `{id}`", "mae'r heddlu `{code}` wedi'i restru ddwywaith yn y rhanbarth `{id}`", Review;
    force_in_two_regions(code: &str, first: &str, second: &str): "force `{code}` is in two regions, `{first}` and `{second}`", "mae'r heddlu `{code}` mewn dau ranbarth, `{first}` a `{second}`", Review;
    one_region_hint: "a force belongs to exactly one region; remove it from one of them", "mae heddlu'n perthyn i un rhanbarth yn unig; tynnwch ef o un ohonynt", Review;
    lead_not_member(lead: &str, id: &str): "lead force `{lead}` is not one of region `{id}`'s forces", "nid yw'r heddlu arweiniol `{lead}` yn un o heddluoedd y rhanbarth `{id}`", Review;
    lead_not_member_hint: "add it to the region's forces, or correct the code", "ychwanegwch ef at heddluoedd y rhanbarth, neu cywirwch y cod", Review;
    force_in_no_region(code: &str, name: &str): "force `{code}` ({name}) is in no region", "nid yw'r heddlu `{code}` ({name}) mewn unrhyw ranbarth", Review;
    force_in_no_region_hint: "add its code to one region's `forces`", "ychwanegwch ei god at `forces` un rhanbarth", Review;
    not_a_valid_id(id: &str): "`{id}` is not a valid id", "nid yw `{id}` yn id dilys", Review;
    id_hint: "use lower-case letters, digits and hyphens, such as regional-asset-recovery-team", "defnyddiwch lythrennau bach, digidau a chysylltnodau, fel regional-asset-recovery-team", Review;
    id_twice(id: &str): "id `{id}` is used twice", "defnyddir yr id `{id}` ddwywaith", Review;
    unit_id_twice(id: &str): "unit id `{id}` is used twice", "defnyddir yr id uned `{id}` ddwywaith", Review;
    not_one_of(word: &str, names: String): "`{word}` is not one of: {names}", "nid yw `{word}` yn un o'r rhain: {names}", Review;
    out_of_range(number: String, range: String): "{number} is out of range: it must be {range}", "mae {number} y tu allan i'r ystod: rhaid iddo fod {range}", Review;
    range_between(min: String, max: String): "from {min} to {max}", "rhwng {min} a {max}", Review;
    range_zero_or_more: "zero or more", "sero neu fwy", Review;
    range_at_least(min: String): "{min} or more", "{min} neu fwy", Review;
    not_a_date(date: &str): "`{date}` is not a date", "nid yw `{date}` yn ddyddiad", Review;
    date_hint: "write dates as YYYY-MM-DD, for example 2021-02-01", "ysgrifennwch ddyddiadau fel BBBB-MM-DD, er enghraifft 2021-02-01", Review;
    unknown_capability(id: &str): "unknown capability `{id}`", "gallu anhysbys `{id}`", Review;
    unknown_capability_hint: "use an id from the `capabilities` catalogue", "defnyddiwch id o'r catalog `capabilities`", Review;
    not_a_financial_year(year: &str): "`{year}` is not a financial year", "nid yw `{year}` yn flwyddyn ariannol", Review;
    financial_year_hint: "write financial years as YYYY/YY, for example 2020/21", "ysgrifennwch flynyddoedd ariannol fel BBBB/BB, er enghraifft 2020/21", Review;
    year_twice(year: &str): "{year} is listed twice", "mae {year} wedi'i restru ddwywaith", Review;
    unknown_funding_source(source: &str): "unknown funding source `{source}`", "ffynhonnell gyllid anhysbys `{source}`", Review;
    unknown_funding_source_hint: "use an id from the `fundingSources` catalogue", "defnyddiwch id o'r catalog `fundingSources`", Review;
    source_twice_in_year(source: &str, year: &str): "`{source}` appears twice in {year}", "mae `{source}` yn ymddangos ddwywaith yn {year}", Review;
    shares_not_whole(sum: String): "the shares add up to {sum}%, not 100%", "mae'r cyfrannau'n dod i {sum}%, nid 100%", Review;
    shares_hint: "check each stream's share", "gwiriwch gyfran pob ffrwd", Review;
    streams_not_total(sum: String, total: String): "the streams add up to £{sum}, not the total of £{total}", "mae'r ffrydiau'n dod i £{sum}, nid y cyfanswm o £{total}", Review;
    streams_hint: "correct the total or a stream's amount", "cywirwch y cyfanswm neu swm ffrwd", Review;
    inspection_backwards(to: &str, from: &str): "the inspection ends ({to}) before it starts ({from})", "mae'r arolygiad yn dod i ben ({to}) cyn iddo ddechrau ({from})", Review;
    no_steps: "the presentation has no steps", "nid oes camau yn y cyflwyniad", Review;
    no_steps_hint: "give at least one step, or leave `presentation` out", "rhowch o leiaf un cam, neu gadewch `presentation` allan", Review;
    unknown_overlay(overlay: &str): "unknown overlay `{overlay}`", "haen anhysbys `{overlay}`", Review;
    use_one_of(names: String): "use one of {names}", "defnyddiwch un o {names}", Review;
    not_a_measure(measure: &str, overlay: &str): "`{measure}` is not a measure of the `{overlay}` overlay", "nid yw `{measure}` yn fesur o'r haen `{overlay}`", Review;
    measure_leave_out: "leave `measure` out for this overlay", "gadewch `measure` allan ar gyfer yr haen hon", Review;
    measure_use(fixed: &str): "use `{fixed}` or an id from its catalogue", "defnyddiwch `{fixed}` neu id o'i chatalog", Review;
    unknown_region(region: &str): "unknown region `{region}`", "rhanbarth anhysbys `{region}`", Review;
    caption_too_long(chars: usize): "the caption is longer than {chars} characters", "mae'r capsiwn yn hwy na {chars} nod", Review;
    caption_hint: "keep it to a sentence or two", "cadwch ef i frawddeg neu ddwy", Review;

    // The command line (`rocu-map`): its own messages (native only, so not in
    // the WebAssembly).
    cli_wrote(path: &str): "Wrote {path}", "Ysgrifennwyd {path}", Review;
    cli_nothing_written(problems: String): "{problems}; nothing written", "{problems}; ni ysgrifennwyd dim", Review;
    cli_needs_value(flag: &str): "{flag} needs a value", "mae angen gwerth ar {flag}", Review;
    cli_needed(flag: &str): "{flag} is needed", "mae angen {flag}", Review;
    cli_not_a_number(flag: &str, value: &str): "{flag} `{value}` is not a number", "nid yw {flag} `{value}` yn rhif", Review;
    cli_unknown_option(option: &str): "unknown option {option}", "dewis anhysbys {option}", Review;
    cli_unknown_command(command: &str): "unknown command `{command}`", "gorchymyn anhysbys `{command}`", Review;
    cli_no_command: "no command given", "ni roddwyd gorchymyn", Review;
    cli_validate_needs_file: "validate needs a FILE", "mae angen FFEIL ar validate", Review;
    cli_render_needs_data: "render needs --data FILE", "mae angen --data FFEIL ar render", Review;
    cli_unknown_paper(paper: &str): "unknown paper `{paper}` (use a4 or a3)", "papur anhysbys `{paper}` (defnyddiwch a4 neu a3)", Review;
    cli_unknown_format(format: &str): "unknown format `{format}` (use svg, png, html, csv or pdf)", "fformat anhysbys `{format}` (defnyddiwch svg, png, html, csv neu pdf)", Review;
    cli_pdf_no_region: "--region does not apply to PDF: its pages follow the presentation's steps", "nid yw --region yn berthnasol i PDF: mae ei dudalennau'n dilyn camau'r cyflwyniad", Review;
    cli_needs_out(format: &str): "{format} output needs --out FILE", "mae angen --out FFEIL ar allbwn {format}", Review;
    cli_cannot_read(path: &str, why: String): "cannot read {path}: {why}", "nid oes modd darllen {path}: {why}", Review;
    cli_cannot_write(path: &str, why: String): "cannot write {path}: {why}", "nid oes modd ysgrifennu {path}: {why}", Review;
    cli_cannot_write_output(why: String): "cannot write the output: {why}", "nid oes modd ysgrifennu'r allbwn: {why}", Review;
    cli_cannot_make(dir: &str, why: String): "cannot make {dir}: {why}", "nid oes modd creu {dir}: {why}", Review;
    cli_usage: "Usage:
  rocu-map validate FILE
      Check a network.json file. Prints every problem with its JSON path.
      Exits 1 if there are errors, 0 if there are none (warnings allowed).
  rocu-map render --data FILE [--overlay NAME [--measure ID]] [--region ID]
                 [--format svg|png|html|csv|pdf] [--width PIXELS] [--scale N]
                 [--paper a4|a3] [--out FILE]
      Draw the map (default width 800) as a standalone SVG, as PNG (--scale 1, 2
      or 3 times the width; fonts built in), as an HTML fragment with no script
      (the map, region details and compare table), or write the compare table
      for the overlay as CSV. --region shows a region selected. Default output:
      stdout (PNG and PDF need --out).
      PDF: the presentation as a board paper, one landscape page per step (the
      sequence written in the data, or the overview, each region and the
      compare table), A4 unless --paper a3, fonts embedded, no raster images.
      Overlays: regions (default), capabilities (--measure a capability id, or
      coverage), funding (--measure a funding-source id, or total),
      dedicated-lead, tasking, inspection.
  rocu-map export-tables --data FILE --out DIR
      Write the figures that change from board to board as three CSV files in
      DIR, to edit in a spreadsheet: capabilities.csv (each ROCU's status for
      each capability), funding.csv (each region's funding by year and source)
      and governance.csv (each ROCU's leads, board and tasking).
  rocu-map import --data FILE --tables DIR --out FILE
      Read the three CSV files back into a complete data file, written to --out.
      Saved by a spreadsheet is fine (UTF-8 with or without a byte-order mark,
      commas or semicolons). Every problem is listed with its file, row and
      column and the JSON path it maps to; exits 1, writing nothing, if any.
  rocu-map --help

Every command takes --lang en|cy (before or after its other flags): cy writes
the map, its files (SVG, PNG, HTML, CSV, PDF and the tables), the data's
problems and these messages in Welsh (Cymraeg). Default: en.", "Defnydd:
  rocu-map validate FFEIL
      Gwirio ffeil network.json. Mae'n argraffu pob problem gyda'i llwybr JSON.
      Cod gadael 1 os oes gwallau, 0 os nad oes (caniateir rhybuddion).
  rocu-map render --data FFEIL [--overlay ENW [--measure ID]] [--region ID]
                 [--format svg|png|html|csv|pdf] [--width PICSELAU] [--scale N]
                 [--paper a4|a3] [--out FFEIL]
      Llunio'r map (lled 800 oni nodir fel arall) fel SVG ar ei ben ei hun, fel
      PNG (--scale 1, 2 neu 3 gwaith y lled; y ffontiau wedi'u cynnwys), fel
      darn o HTML heb sgript (y map, manylion y rhanbarth a'r tabl cymharu), neu
      ysgrifennu'r tabl cymharu ar gyfer yr haen fel CSV. Mae --region yn dangos
      rhanbarth wedi'i ddewis. Allbwn oni nodir fel arall: stdout (mae angen
      --out ar PNG a PDF).
      PDF: y cyflwyniad fel papur bwrdd, un dudalen tirlun i bob cam (y
      dilyniant a ysgrifennwyd yn y data, neu'r trosolwg, pob rhanbarth a'r tabl
      cymharu), A4 oni bai bod --paper a3, y ffontiau wedi'u mewnblannu, dim
      delweddau raster.
      Haenau: regions (oni nodir fel arall), capabilities (--measure id gallu,
      neu coverage), funding (--measure id ffynhonnell gyllid, neu total),
      dedicated-lead, tasking, inspection.
  rocu-map export-tables --data FFEIL --out CYFEIRIADUR
      Ysgrifennu'r ffigurau sy'n newid o fwrdd i fwrdd fel tair ffeil CSV yn y
      CYFEIRIADUR, i'w golygu mewn taenlen: capabilities.csv (statws pob ROCU ar
      gyfer pob gallu), funding.csv (cyllid pob rhanbarth fesul blwyddyn a
      ffynhonnell) a governance.csv (arweinwyr, bwrdd a thasgio pob ROCU).
  rocu-map import --data FFEIL --tables CYFEIRIADUR --out FFEIL
      Darllen y tair ffeil CSV yn ôl i ffeil ddata gyflawn, a ysgrifennir i
      --out. Mae'n iawn os cawsant eu cadw gan daenlen (UTF-8 gyda marc trefn
      beit neu hebddo, comas neu hanner colonau). Rhestrir pob problem gyda'i
      ffeil, ei rhes a'i cholofn a'r llwybr JSON y mae'n cyfateb iddo; cod gadael
      1, heb ysgrifennu dim, os oes rhai.
  rocu-map --help

Mae pob gorchymyn yn derbyn --lang en|cy (cyn neu ar ôl ei ddewisiadau eraill):
mae cy yn ysgrifennu'r map, ei ffeiliau (SVG, PNG, HTML, CSV, PDF a'r tablau),
problemau'r data a'r negeseuon hyn yn Gymraeg. Oni nodir fel arall: en.", Review;

    // The spreadsheet tables read back (`rocu-map import`).
    table_place(file: &str, row: usize): "{file}, row {row}", "{file}, rhes {row}", Review;
    table_place_column(column: &str): ", column \"{column}\"", ", colofn \"{column}\"", Review;
    table_file_missing(file: &str, files: String): "{file} is missing: the tables are {files}", "mae {file} ar goll: y tablau yw {files}", Review;
    table_not_utf8(file: &str): "{file} is not UTF-8: save it from the spreadsheet as \"CSV UTF-8\"", "nid yw {file} yn UTF-8: cadwch hi o'r daenlen fel \"CSV UTF-8\"", Review;
    table_no_headings(file: &str, heading: &str): "{file}: no row of headings starting \"{heading}\"", "{file}: dim rhes o benawdau yn dechrau \"{heading}\"", Review;
    table_row_unreadable(why: String): "this row cannot be read: {why}", "nid oes modd darllen y rhes hon: {why}", Review;
    table_row_too_long(cells: usize, headings: usize): "this row has {cells} cells, more than the {headings} headings", "mae gan y rhes hon {cells} cell, mwy na'r {headings} pennawd", Review;
    table_no_rocu(id: &str): "`{id}` has no ROCU, so this table has no row for it", "nid oes ROCU gan `{id}`, felly nid oes rhes iddo yn y tabl hwn", Review;
    table_no_region(id: &str, regions: String): "there is no region `{id}` in the data (the regions are {regions})", "nid oes rhanbarth `{id}` yn y data (y rhanbarthau yw {regions})", Review;
    table_not_a_capability(id: &str): "`{id}` is not in the capability catalogue (`capabilities`)", "nid yw `{id}` yn y catalog galluoedd (`capabilities`)", Review;
    table_capability_twice(id: &str): "`{id}` is given twice for this region", "rhoddir `{id}` ddwywaith ar gyfer y rhanbarth hwn", Review;
    table_two_totals(year: &str, first: &str, row: usize, here: &str): "{year} has the total `{first}` on row {row} but `{here}` here: give the year one total", "mae gan {year} y cyfanswm `{first}` ar res {row} ond `{here}` yma: rhowch un cyfanswm i'r flwyddyn", Review;
    table_not_a_funding_source(source: &str): "`{source}` is not in the funding-source catalogue (`fundingSources`)", "nid yw `{source}` yn y catalog ffynonellau cyllid (`fundingSources`)", Review;
    table_region_twice: "this region is given twice", "rhoddir y rhanbarth hwn ddwywaith", Review;
    table_data_has_errors(errors: String): "the data file has errors; fix them first (rocu-map validate lists them):\n{errors}", "mae gwallau yn y ffeil ddata; cywirwch nhw yn gyntaf (mae rocu-map validate yn eu rhestru):\n{errors}", Review;
    table_cell_not_a_number(cell: &str): "`{cell}` is not a number", "nid yw `{cell}` yn rhif", Review;
    table_cell_not_yes_no(cell: &str, yes: &str, no: &str): "`{cell}` is not {yes} or {no}", "nid yw `{cell}` yn {yes} neu {no}", Review;

    // Lists: "a, b and c" (in Welsh "ac" before a vowel).
    and: "and", "a", Review;
    and_before_vowel: "and", "ac", Review;
}
