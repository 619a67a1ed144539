//! The fonts reports are set in: Inter (SIL Open Font License, see
//! `fonts/OFL.txt`), embedded in the binary, plus typst's own embedded set.
//! No system font is ever read, so output does not depend on the machine.

use std::sync::{LazyLock, Once};

use typst::foundations::Bytes;
use typst::text::Font;
use typst_kit::fonts::FontStore;

/// The family name templates and charts use.
pub const FAMILY: &str = "Inter";

/// Inter's styles, as (file name, bytes).
pub const INTER: [(&str, &[u8]); 6] = [
    ("Inter-Regular.otf", include_bytes!("../fonts/Inter-Regular.otf")),
    ("Inter-Italic.otf", include_bytes!("../fonts/Inter-Italic.otf")),
    ("Inter-SemiBold.otf", include_bytes!("../fonts/Inter-SemiBold.otf")),
    ("Inter-SemiBoldItalic.otf", include_bytes!("../fonts/Inter-SemiBoldItalic.otf")),
    ("Inter-Bold.otf", include_bytes!("../fonts/Inter-Bold.otf")),
    ("Inter-BoldItalic.otf", include_bytes!("../fonts/Inter-BoldItalic.otf")),
];

/// Inter's licence text.
pub const LICENCE: &str = include_str!("../fonts/OFL.txt");

static STORE: LazyLock<FontStore> = LazyLock::new(|| {
    let mut store = FontStore::new();
    for (_, bytes) in INTER {
        for font in Font::iter(Bytes::new(bytes)) {
            let info = font.info().clone();
            store.push((font, info));
        }
    }
    store.extend(typst_kit::fonts::embedded());
    store
});

/// The process-wide font store, built once.
pub fn store() -> &'static FontStore {
    &STORE
}

static PLOTTERS: Once = Once::new();

/// Registers Inter with plotters so charts measure their labels with the
/// font they are set in. Runs once per process.
pub fn register_for_charts() {
    PLOTTERS.call_once(|| {
        use plotters::style::FontStyle;
        for (style, index) in [(FontStyle::Normal, 0), (FontStyle::Italic, 1), (FontStyle::Bold, 4)] {
            // The bytes are a valid font (checked by the tests); a failure
            // would only make label widths estimates.
            let _ = plotters::style::register_font(FAMILY, style, INTER[index].1);
        }
    });
}
