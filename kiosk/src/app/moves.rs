//! Moving the keypad's focus through a screen's elements: where it starts, Up and Down through
//! every element in reading order (a keyboard's rows as a grid), Left and Right within a group.

use super::focus::Element;

/// Where focus starts on a screen: the first element of the page (after the header and the help
/// banner).
pub fn first(list: &[Element]) -> usize {
    list.iter()
        .position(|e| !e.id.starts_with("hdr:") && !e.id.starts_with("help:") && e.id != "back")
        .unwrap_or(0)
}

/// Which way a key moves focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// The element before, in reading order (the row above, on a keyboard).
    Up,
    /// The element after (the row below, on a keyboard).
    Down,
    /// Within the group, towards the reading start.
    Back,
    /// Within the group, towards the reading end.
    Forward,
}

/// The element focus moves to from `at` (wrapping at the ends).
pub fn step(list: &[Element], at: usize, how: Move) -> usize {
    let n = list.len();
    if n == 0 {
        return 0;
    }
    let at = at.min(n - 1);
    let here = &list[at];
    match how {
        Move::Up | Move::Down => {
            let down = how == Move::Down;
            if let Some((row, x)) = here.grid {
                // To the nearest key of the next row; past the last row, on to what follows.
                let next_row = if down { row + 1 } else { row - 1 };
                let best = list
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| e.grid.is_some_and(|(r, _)| r == next_row))
                    .min_by_key(|(_, e)| (e.grid.map_or(0, |(_, ex)| ex) - x).abs());
                if let Some((i, _)) = best {
                    return i;
                }
                // Off the keyboard: on from this row's last key, or back from its first.
                let mut keys = (0..n).filter(|&i| list[i].grid.is_some_and(|(r, _)| r == row));
                let edge = if down { keys.next_back() } else { keys.next() }.unwrap_or(at);
                return if down { (edge + 1) % n } else { (edge + n - 1) % n };
            }
            if down { (at + 1) % n } else { (at + n - 1) % n }
        }
        Move::Back | Move::Forward => {
            let Some((g, pos, count)) = here.group else { return at };
            let start = at + 1 - pos;
            let pos = if how == Move::Forward {
                pos % count + 1
            } else {
                (pos + count - 2) % count + 1
            };
            let to = start + pos - 1;
            if list.get(to).is_some_and(|e| e.group.is_some_and(|(h, _, _)| h == g)) {
                to
            } else {
                at
            }
        }
    }
}
