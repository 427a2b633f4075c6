//! Region colours from the Analysis Function categorical palette, assigned so that
//! neighbouring regions never share a colour and, as far as the graph allows, one
//! of each neighbouring pair is dark and the other light.

/// The Analysis Function categorical palette, dark and light colours alternating.
pub const PALETTE: [&str; 6] = [
    "#12436D", "#28A197", "#801650", "#F46A25", "#3D3D3D", "#A285D1",
];

/// Colours of the palette that are dark (white text and borders show on them).
pub const DARK: [usize; 3] = [0, 2, 4];
/// Colours of the palette that are light.
pub const LIGHT: [usize; 3] = [1, 3, 5];

/// Picks a palette index for each of `n` regions given their adjacent pairs.
///
/// First every region is made dark or light so that as few neighbours as possible
/// are both dark or both light (an exhaustive search: fine for the few regions a
/// map has, capped at 16); then each region takes the first hue of its class that
/// no coloured neighbour has, preferring the hue used least so far.
///
/// ```
/// let c = rocu_map::core::layout::colour::assign(3, &[(0, 1), (1, 2), (0, 2)]);
/// assert!(c[0] != c[1] && c[1] != c[2] && c[0] != c[2]);
/// ```
pub fn assign(n: usize, adjacent: &[(usize, usize)]) -> Vec<usize> {
    let light = best_split(n, adjacent);
    let mut colour = vec![usize::MAX; n];
    // Colour the most connected regions first.
    let degree = |i: usize| adjacent.iter().filter(|(a, b)| *a == i || *b == i).count() as f64;
    for i in super::rank::descending(n, degree) {
        let taken: Vec<usize> = adjacent
            .iter()
            .filter_map(|&(a, b)| {
                if a == i {
                    Some(b)
                } else if b == i {
                    Some(a)
                } else {
                    None
                }
            })
            .map(|j| colour[j])
            .collect();
        let (own, other) = if light[i] {
            (LIGHT, DARK)
        } else {
            (DARK, LIGHT)
        };
        let used = |c: usize| colour.iter().filter(|&&x| x == c).count();
        // The least used free hue of the region's class, so all six hues appear.
        let pick = |class: [usize; 3]| {
            class
                .iter()
                .copied()
                .filter(|c| !taken.contains(c))
                .min_by_key(|&c| (used(c), c))
        };
        colour[i] = pick(own).or_else(|| pick(other)).unwrap_or(own[0]);
    }
    colour
}

fn best_split(n: usize, adjacent: &[(usize, usize)]) -> Vec<bool> {
    if n == 0 || n > 16 {
        return (0..n).map(|i| i % 2 == 1).collect();
    }
    let clashes = |mask: u32| {
        adjacent
            .iter()
            .filter(|(a, b)| ((mask >> a) & 1) == ((mask >> b) & 1))
            .count()
    };
    // Region 0 is dark in every candidate, which halves the search and fixes ties.
    let best = (0..(1u32 << (n - 1)))
        .map(|m| m << 1)
        .min_by_key(|&m| (clashes(m), m))
        .unwrap_or(0);
    (0..n).map(|i| (best >> i) & 1 == 1).collect()
}

/// WCAG relative luminance of a `#RRGGBB` colour.
pub fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let v = hex
            .get(i..i + 2)
            .and_then(|s| u8::from_str_radix(s, 16).ok())
            .map_or(0.0, |b| f64::from(b) / 255.0);
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/// WCAG contrast ratio between two `#RRGGBB` colours.
pub fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dark_and_light_classes_contrast() {
        for d in DARK {
            for l in LIGHT {
                assert!(
                    contrast(PALETTE[d], PALETTE[l]) > 2.5,
                    "{} {}",
                    PALETTE[d],
                    PALETTE[l]
                );
            }
        }
    }

    #[test]
    fn proper_colouring_of_a_wheel() {
        let edges = [
            (0, 1),
            (0, 2),
            (0, 3),
            (0, 4),
            (1, 2),
            (2, 3),
            (3, 4),
            (4, 1),
        ];
        let c = assign(5, &edges);
        for (a, b) in edges {
            assert_ne!(c[a], c[b]);
        }
    }
}
