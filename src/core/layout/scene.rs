//! The scene: everything drawn on the map at one size, laid out in screen units.
//!
//! The same scene becomes the browser's SVG (see [`crate::core::markup::svg`]) and the
//! static SVG the command line writes, so both draw the same map.

use super::colour::PALETTE;
use super::overlay::{Overlay, Paint};
use super::rank;
use super::text;
use crate::core::lang;
use geo::Contains;

use crate::core::geography::atlas::Atlas;
use crate::core::geography::geometry::len;
use crate::core::geography::mesh::LineKind;
use crate::core::geography::path::{push_subpath, round1};
use crate::core::geography::pole;
use crate::core::geography::projection::{Fit, Rect};

/// The narrowest map laid out; narrower requests are drawn at this width and scaled.
pub const MIN_WIDTH: f64 = 280.0;
/// The widest map laid out.
pub const MAX_WIDTH: f64 = 4000.0;
/// A force smaller than this on screen (bounding-box diagonal) gets a larger hit target.
pub const SMALL_FORCE: f64 = 14.0;
/// A region with a force smaller than this on screen also gets an enlarged inset.
pub const INSET_THRESHOLD: f64 = 40.0;
/// In the inset, a force smaller than this gets a hit target and a leader-line label.
pub const INSET_SMALL_FORCE: f64 = 40.0;

/// A line of text at a place.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    /// The words.
    pub text: String,
    /// Left (or centre, for labels) x.
    pub x: f64,
    /// Baseline y.
    pub y: f64,
    /// Font size.
    pub size: f64,
}

/// One force area.
#[derive(Debug, Clone, PartialEq)]
pub struct ForceShape {
    /// GSS code.
    pub code: String,
    /// Display name.
    pub name: String,
    /// SVG path data.
    pub d: String,
}

/// A circle that makes a tiny force easy to click.
#[derive(Debug, Clone, PartialEq)]
pub struct HitTarget {
    /// GSS code of the force.
    pub force: String,
    /// Centre x.
    pub cx: f64,
    /// Centre y.
    pub cy: f64,
    /// Radius.
    pub r: f64,
}

/// One region: its forces and how it is named.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionShape {
    /// Region id.
    pub id: String,
    /// Accessible name, such as "North East Regional Special Operations Unit (NERSOU), 3 forces".
    pub label: String,
    /// Fill colour.
    pub fill: String,
    /// Drawn hatched: no data for the current overlay.
    pub hatched: bool,
    /// The region's value for the current overlay, in words.
    pub value: String,
    /// The force areas.
    pub forces: Vec<ForceShape>,
    /// Larger hit targets for tiny forces.
    pub hits: Vec<HitTarget>,
    /// The dissolved outline, drawn when the region is hovered, focused or selected.
    pub outline: String,
}

/// A region label, with a leader line when it sits away from its area.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// The region (or, in the inset, the force) it names.
    pub target: String,
    /// The text, centred on `x`.
    pub line: TextLine,
    /// A leader line from the label to the area: `[x1, y1, x2, y2]`.
    pub leader: Option<[f64; 4]>,
}

/// How a legend row's key is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swatch {
    /// A square of the fill colour.
    Fill,
    /// The hatched "no data" square.
    Hatched,
    /// A square of the fill colour under white stripes: money not confirmed.
    Striped,
    /// The lead-force marker.
    Marker,
    /// No key: a heading row.
    Heading,
}

/// One row of the legend.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendItem {
    /// The class key (for the plain map, the region id).
    pub region: String,
    /// Swatch colour.
    pub fill: String,
    /// How the key is drawn.
    pub swatch: Swatch,
    /// Text, whose x is left of the text and whose swatch sits before it.
    pub line: TextLine,
}

/// A small stacked bar under a region's label: its latest year's funding mix.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// Region id.
    pub region: String,
    /// The bar's frame.
    pub frame: Rect,
    /// Its segments: x, width, fill, and whether the money is confirmed.
    pub parts: Vec<(f64, f64, &'static str, bool)>,
}

/// The mark on a region's lead force.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    /// Region id.
    pub region: String,
    /// GSS code of the lead force.
    pub force: String,
    /// Centre x.
    pub x: f64,
    /// Centre y.
    pub y: f64,
    /// Radius.
    pub r: f64,
}

/// An enlarged view of a small region (London).
#[derive(Debug, Clone, PartialEq)]
pub struct Inset {
    /// Region id.
    pub region: String,
    /// The frame on screen.
    pub frame: Rect,
    /// The frame's caption.
    pub title: TextLine,
    /// The box on the main map that the inset enlarges.
    pub callout: Rect,
    /// The region's forces, enlarged.
    pub forces: Vec<ForceShape>,
    /// Its fill colour.
    pub fill: String,
    /// Drawn hatched: no data for the current overlay.
    pub hatched: bool,
    /// Its lines, enlarged.
    pub lines: Vec<(LineKind, String)>,
    /// Labels of its forces.
    pub labels: Vec<Label>,
    /// Hit targets of tiny forces, enlarged.
    pub hits: Vec<HitTarget>,
}

/// Everything drawn at one size.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// Width in screen units.
    pub width: f64,
    /// Height in screen units.
    pub height: f64,
    /// The title, wrapped.
    pub title: Vec<TextLine>,
    /// The regions in data order.
    pub regions: Vec<RegionShape>,
    /// Border and coast lines, one path per kind.
    pub lines: Vec<(LineKind, String)>,
    /// Region labels.
    pub labels: Vec<Label>,
    /// The legend's heading (none for the plain map of regions).
    pub legend_title: Option<TextLine>,
    /// Legend rows.
    pub legend: Vec<LegendItem>,
    /// The enlarged small region, if any.
    pub inset: Option<Inset>,
    /// Funding-mix bars under the labels (funding overlays).
    pub glyphs: Vec<Glyph>,
    /// Lead-force marks (governance overlays).
    pub markers: Vec<Marker>,
    /// The attribution, wrapped.
    pub attribution: Vec<TextLine>,
    /// The protective marking at the top and at the bottom, if the data have one.
    pub marking: Vec<TextLine>,
    /// "Illustrative data — not real figures", when they are.
    pub warning: Option<TextLine>,
    /// The projection of the main map.
    pub fit: Fit,
}

struct Sizes {
    pad: f64,
    text: f64,
    /// The text size without the type scale: the legend never goes below it.
    plain_text: f64,
    label: f64,
    title: f64,
    small: f64,
}

impl Sizes {
    fn for_width(w: f64, type_scale: f64) -> Sizes {
        let plain_text = (w / 64.0).clamp(11.0, 18.0);
        let text = plain_text * type_scale;
        Sizes {
            pad: (w / 100.0).clamp(6.0, 24.0),
            text,
            plain_text,
            label: text * 1.05,
            title: text * 1.35,
            small: (text * 0.85).max(10.0),
        }
    }
}

impl Scene {
    /// Lays the plain map of regions out at `width` screen units.
    pub fn build(atlas: &Atlas, width: f64) -> Scene {
        Scene::build_with(atlas, width, &Overlay::Regions)
    }

    /// Lays the map out at `width` screen units, coloured by `overlay`.
    pub fn build_with(atlas: &Atlas, width: f64, overlay: &Overlay) -> Scene {
        let paint = Paint::new(&atlas.network, overlay, |i| atlas.fill(i).to_string());
        Scene::painted(
            atlas,
            width,
            &paint,
            *overlay == Overlay::Regions,
            1.0,
            None,
        )
    }

    /// Lays the map out at `width` screen units with an evaluated overlay
    /// (`plain`: the map of regions, whose legend needs no counts), its type
    /// `type_scale` times the usual size (larger for a projector). When
    /// `previous` was laid out at the same place and scale (only the overlay
    /// differs), its shapes and lines are reused rather than written again.
    pub fn painted(
        atlas: &Atlas,
        width: f64,
        paint: &Paint,
        plain: bool,
        type_scale: f64,
        previous: Option<&Scene>,
    ) -> Scene {
        let w = width.clamp(MIN_WIDTH, MAX_WIDTH);
        let s = Sizes::for_width(w, type_scale);
        let bounds = atlas.topology.bounds();
        let map_w = w - 2.0 * s.pad;
        let map_h = map_w * bounds.height() / bounds.width();
        let wide = w >= 640.0;

        let meta = &atlas.network.meta;
        let title_width = if wide { map_w * 0.34 } else { map_w };
        // The protective marking, if any, heads the map (and closes it below).
        let mark = |y: f64| {
            meta.classification.as_ref().map(|c| TextLine {
                text: c.clone(),
                x: round1(w / 2.0),
                y: round1(y),
                size: s.text,
            })
        };
        let mut marking: Vec<TextLine> = mark(s.pad + s.text).into_iter().collect();
        let top = s.pad
            + if marking.is_empty() {
                0.0
            } else {
                s.text * 1.6
            };
        let (title, y) = text_block(&meta.title, title_width, s.title, s.pad, top);
        let map_top = if wide { top } else { y + s.pad };
        let fit = Fit::to_rect(
            bounds,
            Rect {
                x: s.pad,
                y: map_top,
                w: map_w,
                h: map_h,
            },
        );

        // The shapes of a layout at the same place and scale are the same.
        let same_fit = previous.filter(|p| p.fit == fit && p.regions.len() == atlas.regions.len());

        // Legend: in the Irish Sea under the title when wide, below the map when narrow.
        let leads: Vec<(usize, usize)> = if paint.lead_marks {
            lead_forces(atlas)
        } else {
            Vec::new()
        };
        // The plain map has no colour key: its colours only keep neighbours
        // apart (ten regions, six colours), and the labels name the regions.
        let rows = if plain {
            Vec::new()
        } else {
            legend_rows(atlas, paint, plain, !leads.is_empty())
        };
        let at = if wide {
            LegendPlace::IrishSea {
                top: y,
                width: title_width,
            }
        } else {
            LegendPlace::Below {
                top: map_top + map_h + s.pad,
                width: map_w,
            }
        };
        let title_line = (!plain).then_some(paint.title.as_str());
        let Legend {
            title: legend_title,
            items: legend,
            frame: legend_box,
            bottom: ly,
        } = lay_out_legend(rows, title_line, &s, at);

        let inset = build_inset(
            atlas,
            &fit,
            &s,
            w,
            if wide { map_top } else { ly + s.pad },
            paint,
        );
        let mut bottom = if wide { map_top + map_h } else { ly };
        if let (false, Some(i)) = (wide, &inset) {
            bottom = i.frame.y + i.frame.h;
        }
        // The date the data describe goes with the attribution, on every export.
        let (attribution, mut bottom) = text_block(
            &super::words::attribution(meta),
            map_w,
            s.small,
            s.pad,
            bottom + s.pad * 0.5,
        );
        // Illustrative data say so in large type under the map.
        let warning = meta.illustrative.then(|| {
            bottom += s.title * 1.5;
            TextLine {
                text: lang::words().illustrative().into(),
                x: round1(w / 2.0),
                y: round1(bottom),
                size: s.title,
            }
        });
        marking.extend(mark(bottom + s.text * 1.8));
        let height = bottom
            + s.pad
            + if marking.is_empty() {
                0.0
            } else {
                s.text * 2.0
            };

        let regions = painted_regions(atlas, paint, plain, &fit, same_fit);

        let lines = match same_fit {
            Some(p) => p.lines.clone(),
            None => line_paths(atlas, &fit, |_| true),
        };

        let mut avoid: Vec<Rect> = vec![legend_box];
        if wide {
            if let (Some(first), Some(last)) = (title.first(), title.last()) {
                avoid.push(Rect {
                    x: s.pad,
                    y: first.y - s.title,
                    w: title_width,
                    h: last.y - first.y + s.title * 1.3,
                });
            }
        }
        if let Some(ins) = &inset {
            avoid.push(ins.frame);
            avoid.push(ins.callout);
        }
        let labels = place_labels(
            atlas,
            &fit,
            &s,
            inset.as_ref().map(|i| i.region.as_str()),
            &mut avoid,
            paint,
            s.text * GLYPH_H,
        );
        let glyphs = labels
            .iter()
            .filter_map(|l| glyph(atlas, paint, l, s.text))
            .collect();
        let markers = lead_markers(atlas, &fit, &leads, s.text * 0.4);

        Scene {
            width: w,
            height,
            title,
            regions,
            lines,
            labels,
            legend_title,
            legend,
            inset,
            glyphs,
            markers,
            attribution,
            marking,
            warning,
            fit,
        }
    }

    /// The legend swatch size for this scene.
    pub fn swatch(&self) -> f64 {
        self.legend.first().map_or(12.0, |l| l.line.size)
    }
}

/// Wraps `words` to `width` as lines starting at `x` below `top`; returns the
/// lines and the y where the block ends.
fn text_block(words: &str, width: f64, size: f64, x: f64, top: f64) -> (Vec<TextLine>, f64) {
    let mut y = top;
    let mut lines = Vec::new();
    for text in text::wrap(words, width, size) {
        y += size * 1.3;
        lines.push(TextLine {
            text,
            x,
            y: y - size * 0.3,
            size,
        });
    }
    (lines, y)
}

/// Each region's shapes, coloured by `paint`, with its accessible name
/// (its forces on the plain map, else its value); the shapes come from
/// `previous` when it was laid out at the same place and scale.
fn painted_regions(
    atlas: &Atlas,
    paint: &Paint,
    plain: bool,
    fit: &Fit,
    previous: Option<&Scene>,
) -> Vec<RegionShape> {
    atlas
        .network
        .regions
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (forces, hits, outline) = match previous.and_then(|p| p.regions.get(i)) {
                Some(p) => (p.forces.clone(), p.hits.clone(), p.outline.clone()),
                None => region_shapes(atlas, i, fit),
            };
            let class = &paint.classes[paint.class_of[i]];
            let label = if plain {
                format!(
                    "{}, {}",
                    r.long_name(),
                    text::count(r.forces.len(), lang::words().noun_force())
                )
            } else {
                format!("{}: {}", r.long_name(), paint.value_of[i])
            };
            RegionShape {
                id: r.id.clone(),
                label,
                fill: class.fill.clone(),
                hatched: class.hatched,
                value: paint.value_of[i].clone(),
                forces,
                hits,
                outline,
            }
        })
        .collect()
}

/// A mark of radius `r` inside each lead force (`leads`: region and shape).
fn lead_markers(atlas: &Atlas, fit: &Fit, leads: &[(usize, usize)], r: f64) -> Vec<Marker> {
    leads
        .iter()
        .filter_map(|&(region, shape)| {
            let [x, y] = fit.apply(pole::pole(atlas.force_rings(shape), 10.0)?);
            Some(Marker {
                region: atlas.network.regions[region].id.clone(),
                force: atlas.topology.shapes[shape].id.clone(),
                x: round1(x),
                y: round1(y),
                r: round1(r),
            })
        })
        .collect()
}

/// One line of the legend, before it is placed.
struct LegendRow {
    /// Stable key (`data-legend`).
    key: String,
    /// Swatch colour.
    fill: String,
    /// What the swatch is.
    swatch: Swatch,
    /// The words.
    name: String,
}

/// The legend's lines: each class of the overlay (with its count unless
/// `plain`), the key to the funding-mix bars where the overlay draws them,
/// and the lead-force marker where `leads`.
fn legend_rows(atlas: &Atlas, paint: &Paint, plain: bool, leads: bool) -> Vec<LegendRow> {
    let row = |key: &str, fill: &str, swatch: Swatch, name: &str| LegendRow {
        key: key.to_string(),
        fill: fill.to_string(),
        swatch,
        name: name.to_string(),
    };
    let mut rows: Vec<LegendRow> = paint
        .classes
        .iter()
        .map(|c| {
            let name = if plain {
                c.label.clone()
            } else {
                format!("{} ({})", c.label, c.count)
            };
            let swatch = if c.hatched {
                Swatch::Hatched
            } else {
                Swatch::Fill
            };
            row(&c.key, &c.fill, swatch, &name)
        })
        .collect();
    // The key to the funding-mix bars: each source in use, and the stripes.
    let sources = &atlas.network.funding_sources;
    let used: Vec<usize> = (0..sources.len())
        .filter(|f| paint.mix_of.iter().flatten().any(|g| g.source == *f))
        .collect();
    if !used.is_empty() {
        rows.push(row("mix", "", Swatch::Heading, lang::words().legend_mix()));
        for f in used {
            rows.push(row(
                &format!("mix-{}", sources[f].id),
                PALETTE[f % PALETTE.len()],
                Swatch::Fill,
                &sources[f].name,
            ));
        }
        if paint.mix_of.iter().flatten().any(|g| !g.confirmed) {
            rows.push(row(
                "mix-unconfirmed",
                PALETTE[4],
                Swatch::Striped,
                lang::words().legend_striped(),
            ));
        }
    }
    if leads {
        rows.push(row(
            "lead-force",
            "#0b0c0c",
            Swatch::Marker,
            lang::words().lead_force(),
        ));
    }
    rows
}

/// Where the legend goes.
enum LegendPlace {
    /// One column in the Irish Sea, under a title ending at `top`, in
    /// `width` (the title's column).
    IrishSea { top: f64, width: f64 },
    /// As many columns as fit in `width`, from `top` below the map.
    Below { top: f64, width: f64 },
}

/// The placed legend.
struct Legend {
    /// Its heading (what the map is coloured by), unless plain.
    title: Option<TextLine>,
    /// Its lines.
    items: Vec<LegendItem>,
    /// The space it takes, for labels to keep out of.
    frame: Rect,
    /// Where the space under it starts.
    bottom: f64,
}

/// Places the legend's `rows`, headed by `title`. Its type is the map's,
/// made smaller in the Irish Sea if the longest line would otherwise run out
/// over the map with a projector's larger type (but never smaller than usual).
fn lay_out_legend(rows: Vec<LegendRow>, title: Option<&str>, s: &Sizes, at: LegendPlace) -> Legend {
    let widest = rows
        .iter()
        .map(|r| text::width(&r.name, s.text))
        .fold(0.0, f64::max);
    let lt = match at {
        LegendPlace::IrishSea { width, .. } => s
            .text
            .min(s.text * (width - s.pad) / (widest + 1.6 * s.text))
            .max(s.plain_text),
        LegendPlace::Below { .. } => s.text,
    };
    let swatch = lt;
    let row = lt * 1.6;
    let item_w = swatch * 1.6 + widest * lt / s.text + s.pad;
    let (cols, mut ly) = match at {
        LegendPlace::IrishSea { top, .. } => (1, top + lt * 1.2),
        LegendPlace::Below { top, width } => (((width / item_w).floor() as usize).max(1), top),
    };
    let title = title.map(|t| {
        let line = TextLine {
            text: t.to_string(),
            x: s.pad,
            y: ly + lt,
            size: lt,
        };
        ly += row;
        line
    });
    let n_rows = rows.len();
    let items = rows
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let (c, line) = (i % cols, i / cols);
            let x = s.pad + c as f64 * item_w;
            LegendItem {
                line: TextLine {
                    text: r.name,
                    x: if r.swatch == Swatch::Heading {
                        x
                    } else {
                        x + swatch * 1.6
                    },
                    y: ly + line as f64 * row + lt,
                    size: lt,
                },
                region: r.key,
                fill: r.fill,
                swatch: r.swatch,
            }
        })
        .collect();
    let legend_rows = n_rows.div_ceil(cols) as f64;
    let top = title.as_ref().map_or(ly, |t| t.y - lt);
    let frame = Rect {
        x: s.pad,
        y: top,
        w: item_w * cols as f64,
        h: ly - top + legend_rows * row,
    };
    Legend {
        title,
        items,
        frame,
        bottom: ly + legend_rows * row,
    }
}

/// A region's force shapes, hit targets for tiny forces, and outline.
fn region_shapes(
    atlas: &Atlas,
    region: usize,
    fit: &Fit,
) -> (Vec<ForceShape>, Vec<HitTarget>, String) {
    let geo = &atlas.regions[region];
    let forces = geo
        .shapes
        .iter()
        .map(|&sh| force_shape(atlas, sh, fit))
        .collect();
    let hits = geo
        .shapes
        .iter()
        .filter_map(|&sh| hit_target(atlas, sh, fit, 10.0, SMALL_FORCE))
        .collect();
    let mut outline = String::new();
    for ring in &geo.outline {
        push_subpath(&mut outline, ring, fit, true);
    }
    (forces, hits, outline)
}

fn force_shape(atlas: &Atlas, shape: usize, fit: &Fit) -> ForceShape {
    let code = atlas.topology.shapes[shape].id.clone();
    let name = atlas
        .network
        .force(&code)
        .map(|f| f.name.clone())
        .unwrap_or_else(|| code.clone());
    let mut d = String::new();
    for ring in atlas.force_rings(shape) {
        push_subpath(&mut d, ring, fit, true);
    }
    ForceShape { code, name, d }
}

fn hit_target(atlas: &Atlas, shape: usize, fit: &Fit, min_r: f64, small: f64) -> Option<HitTarget> {
    let b = fit.rect(atlas.force_bounds(shape));
    let diagonal = len(b.w, b.h);
    if diagonal >= small {
        return None;
    }
    let centre = pole::pole(atlas.force_rings(shape), 10.0)?;
    let [cx, cy] = fit.apply(centre);
    Some(HitTarget {
        force: atlas.topology.shapes[shape].id.clone(),
        cx: round1(cx),
        cy: round1(cy),
        r: round1((diagonal / 2.0).max(min_r)),
    })
}

/// One path per line kind, for the arcs `keep` accepts.
fn line_paths(atlas: &Atlas, fit: &Fit, keep: impl Fn(usize) -> bool) -> Vec<(LineKind, String)> {
    LineKind::ALL
        .iter()
        .map(|&kind| {
            let mut d = String::new();
            for (a, k) in atlas.line_kinds.iter().enumerate() {
                if *k == Some(kind) && keep(a) {
                    push_subpath(&mut d, &atlas.topology.arcs[a], fit, false);
                }
            }
            (kind, d)
        })
        .filter(|(_, d)| !d.is_empty())
        .collect()
}

/// An inset for the region holding the smallest force, when that force is tiny on screen.
fn build_inset(
    atlas: &Atlas,
    fit: &Fit,
    s: &Sizes,
    w: f64,
    top: f64,
    paint: &Paint,
) -> Option<Inset> {
    let diagonal = |sh: usize| {
        let b = fit.rect(atlas.force_bounds(sh));
        len(b.w, b.h)
    };
    let (index, smallest) = atlas
        .regions
        .iter()
        .enumerate()
        .flat_map(|(i, g)| g.shapes.iter().map(move |&sh| (i, sh)))
        .map(|(i, sh)| (i, diagonal(sh)))
        .min_by(|a, b| a.1.total_cmp(&b.1))?;
    if smallest >= INSET_THRESHOLD {
        return None;
    }
    let geo = &atlas.regions[index];
    let region = &atlas.network.regions[index];
    let wide = w >= 640.0;
    let iw = if wide {
        (w - 2.0 * s.pad) * 0.25
    } else {
        ((w - 2.0 * s.pad) * 0.6).min(220.0)
    };
    // Wide: top right, over the North Sea. Narrow: under the legend, at the left.
    let left = if wide { w - s.pad - iw } else { s.pad };
    let caption = s.small * 1.6;
    let row = s.small * 1.5;
    let map_h = iw * geo.bounds.height() / geo.bounds.width();
    let inner = Rect {
        x: left + s.pad * 0.5,
        y: top + caption,
        w: iw - s.pad,
        h: map_h,
    };
    let ifit = Fit::to_rect(geo.bounds, inner);
    let forces = geo
        .shapes
        .iter()
        .map(|&sh| force_shape(atlas, sh, &ifit))
        .collect();
    let members = &geo.shapes;
    let lines = line_paths(atlas, &ifit, |a| {
        atlas.owners[a].iter().any(|o| members.contains(o))
    });
    // In the inset, a force still small there gets a hit target at least a line high.
    let hits: Vec<HitTarget> = geo
        .shapes
        .iter()
        .filter_map(|&sh| hit_target(atlas, sh, &ifit, s.text, INSET_SMALL_FORCE))
        .collect();
    // Each such force is named in a row under the enlarged map, with a leader line.
    let centre = inner.x + inner.w / 2.0;
    let labels: Vec<Label> = hits
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let name = atlas
                .network
                .force(&h.force)
                .map_or(h.force.as_str(), |f| f.name.as_str());
            let y = inner.y + inner.h + row * (i as f64 + 1.0);
            Label {
                target: h.force.clone(),
                line: TextLine {
                    text: name.to_string(),
                    x: round1(centre),
                    y: round1(y),
                    size: s.small,
                },
                leader: Some([h.cx, h.cy + h.r, centre, y - s.small].map(round1)),
            }
        })
        .collect();
    let frame = Rect {
        x: left,
        y: top,
        w: iw,
        h: caption + map_h + row * labels.len() as f64 + s.pad * 0.5,
    };
    let callout = fit.rect(geo.bounds).grow(2.0);
    Some(Inset {
        region: region.id.clone(),
        frame,
        title: TextLine {
            text: lang::words().enlarged(region.display_short_name()),
            x: frame.x + s.pad * 0.5,
            y: frame.y + caption * 0.72,
            size: s.small,
        },
        callout,
        forces,
        fill: paint.classes[paint.class_of[index]].fill.clone(),
        hatched: paint.classes[paint.class_of[index]].hatched,
        lines,
        labels,
        hits,
    })
}

fn place_labels(
    atlas: &Atlas,
    fit: &Fit,
    s: &Sizes,
    skip: Option<&str>,
    avoid: &mut Vec<Rect>,
    paint: &Paint,
    glyph_h: f64,
) -> Vec<Label> {
    let mut labels = Vec::new();
    // Larger regions first: they have the most room to move.
    for i in rank::descending(atlas.regions.len(), |i| atlas.regions[i].area) {
        let region = &atlas.network.regions[i];
        if Some(region.id.as_str()) == skip {
            continue;
        }
        let size = s.label;
        // A funding-mix bar under the label makes its footprint taller.
        let below = if paint.mix_of[i].is_empty() {
            0.0
        } else {
            glyph_h
        };
        let text = match paint.mark_of.get(i).copied().flatten() {
            Some(mark) => format!("{} {mark}", region.short_name),
            None => region.short_name.clone(),
        };
        let tw = text::width(&text, size);
        let [ax, ay] = fit.apply(atlas.regions[i].anchor);
        let offsets = [
            (0.0, 0.0),
            (0.0, -1.2),
            (0.0, 1.2),
            (-0.5, 0.0),
            (0.5, 0.0),
            (0.0, -2.4),
            (0.0, 2.4),
            (-0.5, -1.2),
            (0.5, 1.2),
        ];
        let mut chosen = None;
        for (fx, fy) in offsets {
            let (cx, cy) = (ax + fx * tw, ay + fy * size);
            let rect = Rect {
                x: cx - tw / 2.0,
                y: cy - size * 0.5,
                w: tw,
                h: size + below,
            };
            if !avoid.iter().any(|r| r.overlaps(&rect.grow(1.0))) && inside(atlas, i, fit, cx, cy) {
                chosen = Some((cx, cy, rect));
                break;
            }
        }
        let (cx, cy, rect) = chosen.unwrap_or((
            ax,
            ay,
            Rect {
                x: ax - tw / 2.0,
                y: ay - size * 0.5,
                w: tw,
                h: size + below,
            },
        ));
        avoid.push(rect);
        labels.push(Label {
            target: region.id.clone(),
            line: TextLine {
                text,
                x: round1(cx),
                y: round1(cy + size * 0.35),
                size,
            },
            leader: None,
        });
    }
    labels
}

/// A funding-mix bar's height and width, in text sizes.
const GLYPH_H: f64 = 1.0;
const GLYPH_W: f64 = 4.0;

/// The funding-mix bar under a region's label, if the region has a mix.
fn glyph(atlas: &Atlas, paint: &Paint, label: &Label, text: f64) -> Option<Glyph> {
    let i = atlas.region_index(&label.target)?;
    let parts = &paint.mix_of[i];
    if parts.is_empty() {
        return None;
    }
    let frame = Rect {
        x: round1(label.line.x - text * GLYPH_W / 2.0),
        y: round1(label.line.y + text * 0.4),
        w: round1(text * GLYPH_W),
        h: round1(text * 0.55),
    };
    let mut x = frame.x;
    let parts = parts
        .iter()
        .map(|g| {
            let w = frame.w * g.share / 100.0;
            let part = (
                round1(x),
                round1(w),
                PALETTE[g.source % PALETTE.len()],
                g.confirmed,
            );
            x += w;
            part
        })
        .collect();
    Some(Glyph {
        region: label.target.clone(),
        frame,
        parts,
    })
}

/// Each region's lead force, as (region index, shape index), where it has one.
fn lead_forces(atlas: &Atlas) -> Vec<(usize, usize)> {
    atlas
        .network
        .regions
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let lead = r.lead_force.as_deref()?;
            let shape = atlas.topology.shapes.iter().position(|s| s.id == lead)?;
            Some((i, shape))
        })
        .collect()
}

/// Whether a point of the screen is inside a region's polygons.
fn inside(atlas: &Atlas, region: usize, fit: &Fit, x: f64, y: f64) -> bool {
    let p = geo::point! { x: (x - fit.tx) / fit.scale, y: (fit.ty - y) / fit.scale };
    atlas.regions[region].polygons.contains(&p)
}
