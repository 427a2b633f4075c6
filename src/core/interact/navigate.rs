//! Moving between regions with the arrow keys: the next region is the nearest one
//! in the direction pressed.

/// A direction of travel on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Towards the top.
    Up,
    /// Towards the bottom.
    Down,
    /// Towards the left.
    Left,
    /// Towards the right.
    Right,
}

impl Direction {
    /// The direction for a `KeyboardEvent.key` value.
    pub fn from_key(key: &str) -> Option<Direction> {
        match key {
            "ArrowUp" | "Up" => Some(Direction::Up),
            "ArrowDown" | "Down" => Some(Direction::Down),
            "ArrowLeft" | "Left" => Some(Direction::Left),
            "ArrowRight" | "Right" => Some(Direction::Right),
            _ => None,
        }
    }

    fn unit(self) -> [f64; 2] {
        match self {
            Direction::Up => [0.0, -1.0],
            Direction::Down => [0.0, 1.0],
            Direction::Left => [-1.0, 0.0],
            Direction::Right => [1.0, 0.0],
        }
    }
}

/// The index of the region to move to from `from`, or `None` when nothing lies
/// that way. Nearer and straighter wins.
///
/// ```
/// use rocu_map::core::interact::navigate::{step, Direction};
/// let points = [[0.0, 0.0], [10.0, 1.0], [0.0, 10.0]];
/// assert_eq!(step(&points, 0, Direction::Right), Some(1));
/// assert_eq!(step(&points, 0, Direction::Down), Some(2));
/// assert_eq!(step(&points, 0, Direction::Up), None);
/// ```
pub fn step(points: &[[f64; 2]], from: usize, dir: Direction) -> Option<usize> {
    // Prefer regions within 45° of the direction; widen to 70° if there are none.
    best_within(points, from, dir, 1.0)
        .or_else(|| best_within(points, from, dir, 70f64.to_radians().tan()))
}

fn best_within(points: &[[f64; 2]], from: usize, dir: Direction, slope: f64) -> Option<usize> {
    let origin = *points.get(from)?;
    let [ux, uy] = dir.unit();
    points
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != from)
        .filter_map(|(i, p)| {
            let (dx, dy) = (p[0] - origin[0], p[1] - origin[1]);
            let along = dx * ux + dy * uy;
            let across = (dx * uy - dy * ux).abs();
            (along > 0.0 && across <= along * slope).then_some((i, along + 2.0 * across))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}
