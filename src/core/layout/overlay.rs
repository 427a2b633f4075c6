//! Overlays: what each region is coloured by. Each overlay turns the data into a
//! class per region (a status, a band of values, or "no data"), a legend with
//! counts, and words for each region's value, so the map never relies on colour
//! alone. Values that are not public fall in the hatched "no data" class.

use super::text::{money, number, percent};
use crate::core::data::model::{
    label_of, name_of, Certainty, FundingYear, Network, Region, Status,
};
use crate::core::lang;

/// Fill of the "no data" class: light grey, drawn hatched.
pub const NO_DATA_FILL: &str = "#F3F2F1";
/// Fill for London, which has no ROCU, on overlays about ROCUs.
pub const NO_ROCU_FILL: &str = "#E6E6E6";
/// The Analysis Function sequential palette, darkest (highest) first.
pub const SEQUENTIAL: [&str; 3] = ["#12436D", "#2073BC", "#6BACE6"];

/// What the map is coloured by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// Each region in its own colour (the plain map).
    Regions,
    /// One capability's status, or with `None` the number of capabilities in place.
    Capabilities(Option<String>),
    /// Latest year's total funding, or with a source id the share from that source.
    Funding(Option<String>),
    /// Whether the chief officer lead is dedicated (no, or limited, force
    /// responsibilities) or has significant force responsibilities.
    Dedicated,
    /// Weeks between regional tasking meetings.
    Tasking,
    /// Whether and when HMICFRS visited the region.
    Inspection,
}

impl Overlay {
    /// Reads an overlay from deep-link words: `overlay` and its optional `measure`
    /// (a capability id or `coverage`; a funding-source id or `total`).
    ///
    /// ```
    /// use rocu_map::core::layout::overlay::Overlay;
    /// assert_eq!(Overlay::parse("capabilities", Some("cyber")), Some(Overlay::Capabilities(Some("cyber".into()))));
    /// assert_eq!(Overlay::parse("funding", None), Some(Overlay::Funding(None)));
    /// assert_eq!(Overlay::parse("weather", None), None);
    /// ```
    pub fn parse(overlay: &str, measure: Option<&str>) -> Option<Overlay> {
        let measure = measure.filter(|m| !m.is_empty());
        Some(match overlay {
            "regions" => Overlay::Regions,
            "capabilities" => {
                Overlay::Capabilities(measure.filter(|m| *m != "coverage").map(String::from))
            }
            "funding" => Overlay::Funding(measure.filter(|m| *m != "total").map(String::from)),
            "dedicated-lead" => Overlay::Dedicated,
            "tasking" => Overlay::Tasking,
            "inspection" => Overlay::Inspection,
            _ => return None,
        })
    }

    /// Reads an overlay from a deep link, for `network`: an unknown overlay is the
    /// plain map, and a capability or funding source not in the catalogue is dropped.
    pub fn from_link(network: &Network, overlay: Option<&str>, measure: Option<&str>) -> Overlay {
        let known = |m: &&str| match overlay {
            Some("capabilities") => network.capabilities.iter().any(|c| c.id == *m),
            _ => network.funding_sources.iter().any(|f| f.id == *m),
        };
        overlay
            .and_then(|o| Overlay::parse(o, measure.filter(known)))
            .unwrap_or(Overlay::Regions)
    }

    /// The overlay's deep-link word.
    pub fn id(&self) -> &'static str {
        match self {
            Overlay::Regions => "regions",
            Overlay::Capabilities(_) => "capabilities",
            Overlay::Funding(_) => "funding",
            Overlay::Dedicated => "dedicated-lead",
            Overlay::Tasking => "tasking",
            Overlay::Inspection => "inspection",
        }
    }

    /// The overlay's measure for the deep link, if it has one.
    pub fn measure(&self) -> Option<&str> {
        match self {
            Overlay::Capabilities(m) | Overlay::Funding(m) => m.as_deref(),
            _ => None,
        }
    }
}

/// One class of the legend.
#[derive(Debug, Clone, PartialEq)]
pub struct Class {
    /// Stable key, for tests and host pages.
    pub key: String,
    /// Words for the legend, such as "In place".
    pub label: String,
    /// Fill colour.
    pub fill: String,
    /// Drawn hatched: the "no data" class.
    pub hatched: bool,
    /// How many regions fall in it.
    pub count: usize,
}

impl Paint {
    /// The plain map: each region in its own colour. Kept apart from [`Paint::new`]
    /// so that a page showing only the plain map carries no overlay code.
    pub fn regions(network: &Network, region_fill: impl Fn(usize) -> String) -> Paint {
        let n = network.regions.len();
        Paint {
            title: lang::words().overlay_regions().into(),
            classes: network
                .regions
                .iter()
                .enumerate()
                .map(|(i, r)| Class {
                    key: r.id.clone(),
                    label: r.short_name.clone(),
                    fill: region_fill(i),
                    hatched: false,
                    count: 1,
                })
                .collect(),
            class_of: (0..n).collect(),
            value_of: network.regions.iter().map(|r| r.long_name()).collect(),
            mark_of: vec![None; n],
            mix_of: vec![Vec::new(); n],
            lead_marks: false,
        }
    }
}

/// An overlay evaluated over every region.
#[derive(Debug, Clone, PartialEq)]
pub struct Paint {
    /// What the legend is headed.
    pub title: String,
    /// Legend classes, in order.
    pub classes: Vec<Class>,
    /// For each region (data order), its class index.
    pub class_of: Vec<usize>,
    /// For each region, its value in words ("In place", "£7.5 million", "No data").
    pub value_of: Vec<String>,
    /// For each region, a short mark after its map label (a status icon), if any.
    pub mark_of: Vec<Option<&'static str>>,
    /// For each region, its latest year's funding mix, drawn as a small stacked
    /// bar under its label (funding overlays only; empty with no data).
    pub mix_of: Vec<Vec<Segment>>,
    /// Whether each region's lead force is marked (governance overlays).
    pub lead_marks: bool,
}

/// One funding stream's part of a stacked bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// Index of the funding source in the catalogue (its colour).
    pub source: usize,
    /// Share of the year's total, in per cent.
    pub share: f64,
    /// False where the money is not confirmed: drawn hatched.
    pub confirmed: bool,
}

/// A year's total: as given, or the sum of its streams when every amount is known.
pub fn year_total(year: &FundingYear) -> Option<f64> {
    year.total.or_else(|| {
        let sum: f64 = year.streams.iter().filter_map(|s| s.amount).sum();
        (sum > 0.0 && year.streams.iter().all(|s| s.amount.is_some())).then_some(sum)
    })
}

/// A region's latest financial year of funding.
pub fn latest_year(r: &Region) -> Option<&FundingYear> {
    r.funding.iter().max_by(|a, b| a.year.cmp(&b.year))
}

/// A year's streams as bar segments, in file order; streams with no share or
/// amount are left out.
pub fn mix(network: &Network, year: &FundingYear) -> Vec<Segment> {
    let total = year_total(year);
    year.streams
        .iter()
        .filter_map(|s| {
            Some(Segment {
                source: network.funding_source_index(&s.source),
                share: s.share.or_else(|| Some(s.amount? / total? * 100.0))?,
                confirmed: s.certainty == Certainty::Confirmed,
            })
        })
        .collect()
}

impl Paint {
    /// Evaluates `overlay`; `region_fill` gives each region's own colour for the plain map.
    pub fn new(
        network: &Network,
        overlay: &Overlay,
        region_fill: impl Fn(usize) -> String,
    ) -> Paint {
        let w = lang::words();
        let mut paint = match overlay {
            Overlay::Regions => Paint::regions(network, region_fill),
            Overlay::Capabilities(Some(id)) => capability(network, id),
            Overlay::Capabilities(None) => banded(
                network,
                w.legend_capabilities(),
                &|r| coverage(network, r),
                Unit::InPlace,
            ),
            Overlay::Funding(None) => banded(
                network,
                w.legend_total_funding(),
                &total_funding,
                Unit::Money,
            ),
            Overlay::Funding(Some(source)) => banded(
                network,
                &w.legend_share_from(network.funding_source_name(source)),
                &|r| share(r, source),
                Unit::Percent,
            ),
            Overlay::Dedicated => categories(
                network,
                w.legend_lead(),
                &[
                    ("yes", w.dedicated_lead(), SEQUENTIAL[0]),
                    ("no", w.force_responsibilities(), SEQUENTIAL[2]),
                ],
                &|r| r.governance.dedicated.map(|d| if d { 0 } else { 1 }),
            ),
            Overlay::Tasking => categories(
                network,
                w.legend_tasking(),
                &[
                    ("up-to-4", w.tasking_up_to_4(), SEQUENTIAL[0]),
                    ("5-to-8", w.tasking_5_to_8(), SEQUENTIAL[1]),
                    ("over-8", w.tasking_over_8(), SEQUENTIAL[2]),
                ],
                &|r| {
                    r.governance.tasking_weeks.map(|w| {
                        if w <= 4.0 {
                            0
                        } else if w <= 8.0 {
                            1
                        } else {
                            2
                        }
                    })
                },
            ),
            Overlay::Inspection => categories(
                network,
                w.legend_visits(),
                &[
                    ("february-march", w.visited_february_march(), SEQUENTIAL[0]),
                    ("september", w.visited_september(), SEQUENTIAL[2]),
                    ("not-visited", w.not_visited(), "#BFBFBF"),
                ],
                &|r| match (r.inspection.visited, r.inspection.from.as_deref()) {
                    (Some(true), Some(from)) if from < "2020-06-01" => Some(0),
                    (Some(true), Some(_)) => Some(1),
                    (Some(false), _) => Some(2),
                    _ => None,
                },
            ),
        };
        if let Overlay::Funding(_) = overlay {
            paint.mix_of = network
                .regions
                .iter()
                .map(|r| latest_year(r).map_or(Vec::new(), |y| mix(network, y)))
                .collect();
        }
        paint.lead_marks = matches!(overlay, Overlay::Dedicated | Overlay::Tasking);
        // Regions with no ROCU (London) are not "no data" on overlays about ROCUs.
        if !matches!(overlay, Overlay::Regions | Overlay::Inspection)
            && network.regions.iter().any(|r| !r.rocu)
        {
            let k = paint.classes.len();
            paint.classes.push(Class {
                key: "no-rocu".into(),
                label: w.no_rocu().into(),
                fill: NO_ROCU_FILL.into(),
                hatched: false,
                count: 0,
            });
            for (i, r) in network.regions.iter().enumerate() {
                if !r.rocu {
                    paint.class_of[i] = k;
                    paint.value_of[i] = w.no_rocu().into();
                    paint.mark_of[i] = None;
                }
            }
        }
        for (i, class) in paint.classes.iter_mut().enumerate() {
            class.count = paint.class_of.iter().filter(|c| **c == i).count();
        }
        // An empty "no data" class says nothing: leave it out of the legend.
        if let Some(nd) = paint.classes.iter().position(|c| c.hatched && c.count == 0) {
            paint.classes.remove(nd);
            for c in &mut paint.class_of {
                if *c > nd {
                    *c -= 1;
                }
            }
        }
        paint
    }
}

fn no_data(count: usize) -> Class {
    Class {
        key: "no-data".into(),
        label: lang::words().no_data().into(),
        fill: NO_DATA_FILL.into(),
        hatched: true,
        count,
    }
}

/// A region's status on one capability, as a categorical overlay.
fn capability(network: &Network, id: &str) -> Paint {
    let name = network.capability_name(id).to_string();
    let shown = [
        (Status::InPlace, SEQUENTIAL[0]),
        (Status::Developing, SEQUENTIAL[1]),
        (Status::NotInPlace, SEQUENTIAL[2]),
    ];
    let mut classes: Vec<Class> = shown
        .iter()
        .map(|(s, fill)| Class {
            key: name_of(&Status::ALL, *s).to_string(),
            label: label_of(&Status::ALL, *s).to_string(),
            fill: fill.to_string(),
            hatched: false,
            count: 0,
        })
        .collect();
    classes.push(no_data(0));
    let status = |r: &Region| {
        r.capabilities
            .iter()
            .find(|c| c.capability == id)
            .map_or(Status::Unknown, |c| c.status)
    };
    let class_of = network
        .regions
        .iter()
        .map(|r| shown.iter().position(|(s, _)| *s == status(r)).unwrap_or(3))
        .collect();
    let value_of = network
        .regions
        .iter()
        .map(|r| match status(r) {
            Status::Unknown => lang::words().no_data().to_string(),
            s => label_of(&Status::ALL, s).to_string(),
        })
        .collect();
    let mark_of = network
        .regions
        .iter()
        .map(|r| Some(super::words::status_icon(status(r))))
        .collect();
    Paint {
        title: name,
        classes,
        class_of,
        value_of,
        mark_of,
        mix_of: vec![Vec::new(); network.regions.len()],
        lead_marks: false,
    }
}

/// A categorical overlay: `pick` gives a region's category index, or `None` for no data.
fn categories(
    network: &Network,
    title: &str,
    table: &[(&str, &str, &str)],
    pick: &dyn Fn(&Region) -> Option<usize>,
) -> Paint {
    let mut classes: Vec<Class> = table
        .iter()
        .map(|(k, l, f)| Class {
            key: k.to_string(),
            label: l.to_string(),
            fill: f.to_string(),
            hatched: false,
            count: 0,
        })
        .collect();
    classes.push(no_data(0));
    let nd = classes.len() - 1;
    let picks: Vec<Option<usize>> = network
        .regions
        .iter()
        .map(|r| {
            if r.rocu || pick(r).is_some() {
                pick(r)
            } else {
                None
            }
        })
        .collect();
    Paint {
        title: title.to_string(),
        class_of: picks.iter().map(|p| p.unwrap_or(nd)).collect(),
        value_of: picks
            .iter()
            .map(|p| {
                p.map_or(lang::words().no_data().to_string(), |i| {
                    classes[i].label.clone()
                })
            })
            .collect(),
        mark_of: vec![None; network.regions.len()],
        mix_of: vec![Vec::new(); network.regions.len()],
        lead_marks: false,
        classes,
    }
}

/// What a banded overlay's values are, and so how they are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    /// A count of capabilities in place: "14 in place", "14 to 16 in place".
    InPlace,
    /// Money: "£7.5 million", "£7.5 million to £9 million".
    Money,
    /// A share: "40%", "40% to 60%".
    Percent,
}

impl Unit {
    fn words(self, v: f64) -> String {
        match self {
            Unit::InPlace => lang::words().n_in_place(number(v)),
            Unit::Money => money(v),
            Unit::Percent => percent(v),
        }
    }

    fn range(self, low: f64, high: f64) -> String {
        let w = lang::words();
        match self {
            Unit::InPlace => w.range_in_place(number(low), number(high)),
            Unit::Money => w.range(money(low), money(high)),
            Unit::Percent => w.range(percent(low), percent(high)),
        }
    }
}

/// A sequential overlay in up to three equal bands between the smallest and
/// largest known values, darkest for the highest. Counts are banded in whole
/// numbers that do not overlap, such as "14 to 16", "17 to 18".
fn banded(
    network: &Network,
    title: &str,
    value: &dyn Fn(&Region) -> Option<f64>,
    unit: Unit,
) -> Paint {
    let whole = unit == Unit::InPlace;
    let values: Vec<Option<f64>> = network.regions.iter().map(&value).collect();
    let known: Vec<f64> = values.iter().flatten().copied().collect();
    let (lo, hi) = known
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
            (a.min(*v), b.max(*v))
        });
    // Each band's lowest and highest value, lowest band first.
    let bounds: Vec<(f64, f64)> = if known.is_empty() {
        Vec::new()
    } else if hi - lo < 1e-9 {
        vec![(lo, hi)]
    } else if whole {
        let n = (hi - lo).round() as usize + 1;
        let bands = n.min(3);
        let start = |k: usize| lo + (k * n / bands) as f64;
        (0..bands)
            .map(|k| {
                (
                    start(k),
                    if k + 1 == bands {
                        hi
                    } else {
                        start(k + 1) - 1.0
                    },
                )
            })
            .collect()
    } else {
        let step = (hi - lo) / 3.0;
        (0..3)
            .map(|k| {
                (
                    lo + step * k as f64,
                    if k == 2 {
                        hi
                    } else {
                        lo + step * (k + 1) as f64
                    },
                )
            })
            .collect()
    };
    let bands = bounds.len();
    let mut classes: Vec<Class> = bounds
        .iter()
        .enumerate()
        .rev()
        .map(|(b, &(a, z))| Class {
            key: format!("band-{}", bands - b),
            label: if z - a < 1e-9 {
                unit.words(a)
            } else {
                unit.range(a, z)
            },
            fill: SEQUENTIAL[(bands - 1 - b).min(2)].to_string(),
            hatched: false,
            count: 0,
        })
        .collect();
    classes.push(no_data(0));
    let nd = classes.len() - 1;
    // The highest band whose lowest value it reaches (darkest first).
    let band_of = |v: f64| {
        let b = bounds
            .iter()
            .rposition(|&(a, _)| v >= a - 1e-9)
            .unwrap_or(0);
        bands - 1 - b
    };
    Paint {
        title: title.to_string(),
        class_of: values.iter().map(|v| v.map_or(nd, band_of)).collect(),
        value_of: values
            .iter()
            .map(|v| v.map_or(lang::words().no_data().to_string(), |v| unit.words(v)))
            .collect(),
        mark_of: vec![None; network.regions.len()],
        mix_of: vec![Vec::new(); network.regions.len()],
        lead_marks: false,
        classes,
    }
}

/// How many catalogue capabilities a region has in place; `None` while the
/// status of most of the catalogue is not known. (The public record gives
/// three or four statuses per region: a count of those would read as a region
/// with few capabilities, not as one whose capabilities are not published.)
pub fn coverage(network: &Network, r: &Region) -> Option<f64> {
    let known = r
        .capabilities
        .iter()
        .filter(|c| c.status != Status::Unknown)
        .count();
    if known == 0 || known * 2 <= network.capabilities.len() {
        return None;
    }
    Some(
        r.capabilities
            .iter()
            .filter(|c| c.status == Status::InPlace)
            .count() as f64,
    )
}

/// The latest year's total funding.
pub fn total_funding(r: &Region) -> Option<f64> {
    year_total(latest_year(r)?)
}

/// The latest year's share of funding from `source`, in per cent.
pub fn share(r: &Region, source: &str) -> Option<f64> {
    let year = latest_year(r)?;
    let stream = year.streams.iter().find(|s| s.source == source);
    let total = total_funding(r);
    match stream {
        Some(s) => s.share.or_else(|| Some(s.amount? / total? * 100.0)),
        None if total.is_some() => Some(0.0),
        None => None,
    }
}
