//! `/favicon.ico`: the icon every page links to (and that browsers ask for anyway), a
//! 32×32 PNG in an ICO container drawn by `assets/favicon.py`.

use std::sync::OnceLock;

use crate::rep::Rep;

/// Where it is served.
pub(crate) const PATH: &str = "/favicon.ico";

/// The icon's bytes.
const ICON: &[u8] = include_bytes!("../assets/favicon.ico");

/// The icon, ready to send (the same for every server).
pub(crate) fn rep() -> &'static Rep {
    static REP: OnceLock<Rep> = OnceLock::new();
    REP.get_or_init(|| Rep::file("image/vnd.microsoft.icon", ICON.to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_icon_is_a_32_pixel_png_in_an_ico() {
        // ICONDIR: reserved 0, type 1 (icon), one image.
        assert_eq!(&ICON[..6], &[0, 0, 1, 0, 1, 0]);
        // Its entry: 32×32, 32 bits per pixel, the image right after the directory.
        assert_eq!((ICON[6], ICON[7]), (32, 32));
        assert_eq!(u16::from_le_bytes([ICON[12], ICON[13]]), 32);
        let size = u32::from_le_bytes([ICON[14], ICON[15], ICON[16], ICON[17]]) as usize;
        let offset = u32::from_le_bytes([ICON[18], ICON[19], ICON[20], ICON[21]]) as usize;
        assert_eq!(offset, 22);
        assert_eq!(offset + size, ICON.len());
        assert_eq!(&ICON[offset..offset + 8], b"\x89PNG\r\n\x1a\n");
    }
}
