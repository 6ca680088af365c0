//! Photos shrunk for print before the summary's layout sees them, within a memory budget: a
//! page shows a photo 17 cm wide at most, so 1600 pixels on its longer side are all it needs,
//! and a PNG of 120 million pixels (under a megabyte when it is one colour) would otherwise be
//! decoded whole by the layout, four bytes a pixel, next to every other photo of the summary.
//! PNGs are read row by row and averaged into the smaller picture; baseline JPEGs are decoded at
//! an eighth, a quarter or half their size by the decoder itself; anything else is decoded
//! whole only when it is small enough (docs/benchmarks.md, "Summary memory").

use super::clean;
use std::io::Cursor;

/// The longer side of a printed photo, in pixels (17 cm at about 240 dpi).
pub const PRINT_SIDE: u32 = 1600;

/// The pixels all the photos of one summary may have together once shrunk (16 million: what
/// the layout decodes, four bytes a pixel, stays near 64 MB however many photos were chosen).
pub const SUMMARY_PIXELS: u64 = 16_000_000;

/// The longer side each of `n` photos of one summary is shrunk to: [`PRINT_SIDE`], or less when
/// that many photos would pass [`SUMMARY_PIXELS`] together.
pub fn print_side(n: usize) -> u32 {
    let each = SUMMARY_PIXELS / (n.max(1) as u64);
    let side = (each as f64).sqrt() as u32;
    side.clamp(320, PRINT_SIDE)
}

/// The most pixels decoded whole for print (as 8-bit RGB, 72 MB): a larger photo that can be
/// neither streamed nor decoded at a smaller scale is not printed.
pub const MAX_WHOLE_DECODE: u64 = 24_000_000;

/// A photo as printed: upright, at most `side` pixels on its longer side, as a JPEG with no
/// metadata (or, when already small enough, as stored, stripped of metadata). `None` for what
/// cannot be read, or cannot be read within the budget.
pub fn for_print(bytes: &[u8], side: u32) -> Option<Vec<u8>> {
    let mime = super::servable_type(bytes).filter(|m| m.starts_with("image/"))?;
    let (w, h) = image::ImageReader::new(Cursor::new(bytes)).with_guessed_format().ok()?.into_dimensions().ok()?;
    if u64::from(w) * u64::from(h) > clean::MAX_PIXELS {
        return None;
    }
    if w.max(h) <= side {
        return super::printable(bytes);
    }
    let (tw, th) = clean::fit(w, h, side);
    let img = match mime {
        "image/png" => png_rows(bytes, tw, th).or_else(|| whole(bytes, w, h))?,
        "image/jpeg" => jpeg_scaled(bytes, tw, th).or_else(|| whole(bytes, w, h))?,
        _ => whole(bytes, w, h)?,
    };
    let img = if img.width() != tw || img.height() != th {
        image::imageops::resize(&img, tw, th, image::imageops::FilterType::Triangle)
    } else {
        img
    };
    clean::jpeg(&clean::upright(img, clean::orientation_of(bytes)), 85)
}

/// A small photo decoded whole.
fn whole(bytes: &[u8], w: u32, h: u32) -> Option<image::RgbImage> {
    if u64::from(w) * u64::from(h) > MAX_WHOLE_DECODE {
        return None;
    }
    let img = image::ImageReader::new(Cursor::new(bytes)).with_guessed_format().ok()?.decode().ok()?.into_rgb8();
    Some(img)
}

/// A non-interlaced PNG read row by row, each pixel added into the cell of the `tw` × `th`
/// picture it falls in (a box filter): memory for one row and the small picture.
fn png_rows(bytes: &[u8], tw: u32, th: u32) -> Option<image::RgbImage> {
    let mut decoder = png::Decoder::new(Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().ok()?;
    let info = reader.info();
    if info.interlaced {
        return None;
    }
    let (w, h) = (info.width, info.height);
    let channels = match reader.output_color_type().0 {
        png::ColorType::Grayscale => 1,
        png::ColorType::GrayscaleAlpha => 2,
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        png::ColorType::Indexed => return None,
    };
    let (tw_, th_) = (tw as usize, th as usize);
    let mut sums = vec![0u32; tw_ * th_ * 3];
    let mut counts = vec![0u32; tw_ * th_];
    // Which column of the small picture each source column falls in, worked out once.
    let columns: Vec<usize> = (0..w as usize).map(|x| x * tw_ / w as usize).collect();
    let mut y = 0usize;
    while let Some(row) = reader.next_row().ok()? {
        let ty = y * th_ / h as usize;
        for (x, px) in row.data().chunks_exact(channels).enumerate().take(w as usize) {
            let (r, g, b) = match channels {
                1 | 2 => (px[0], px[0], px[0]),
                _ => (px[0], px[1], px[2]),
            };
            let cell = ty * tw_ + columns[x];
            sums[cell * 3] += u32::from(r);
            sums[cell * 3 + 1] += u32::from(g);
            sums[cell * 3 + 2] += u32::from(b);
            counts[cell] += 1;
        }
        y += 1;
    }
    if y != h as usize {
        return None;
    }
    let pixels = sums.chunks_exact(3).zip(&counts).flat_map(|(s, &n)| {
        let n = n.max(1);
        [s[0] / n, s[1] / n, s[2] / n].map(|v| v.min(255) as u8)
    });
    image::RgbImage::from_raw(tw, th, pixels.collect())
}

/// A baseline JPEG decoded at the smallest of its built-in scales (1/8, 1/4, 1/2) that still
/// covers `tw` × `th`. A progressive JPEG keeps every coefficient in memory whatever the scale,
/// so it is decoded this way only when it is small.
fn jpeg_scaled(bytes: &[u8], tw: u32, th: u32) -> Option<image::RgbImage> {
    let mut decoder = jpeg_decoder::Decoder::new(Cursor::new(bytes));
    decoder.read_info().ok()?;
    let info = decoder.info()?;
    let pixels = u64::from(info.width) * u64::from(info.height);
    if pixels > MAX_WHOLE_DECODE && decoder_is_progressive(bytes) {
        return None;
    }
    let (w, h) = decoder.scale(u16::try_from(tw).ok()?, u16::try_from(th).ok()?).ok()?;
    let data = decoder.decode().ok()?;
    let info = decoder.info()?;
    let rgb: Vec<u8> = match info.pixel_format {
        jpeg_decoder::PixelFormat::RGB24 => data,
        jpeg_decoder::PixelFormat::L8 => data.iter().flat_map(|&v| [v, v, v]).collect(),
        jpeg_decoder::PixelFormat::L16 => data.chunks_exact(2).flat_map(|v| [v[0], v[0], v[0]]).collect(),
        jpeg_decoder::PixelFormat::CMYK32 => data
            .chunks_exact(4)
            .flat_map(|p| {
                let k = u16::from(p[3]);
                [p[0], p[1], p[2]].map(|c| (u16::from(c) * k / 255) as u8)
            })
            .collect(),
    };
    image::RgbImage::from_raw(u32::from(w), u32::from(h), rgb)
}

/// Whether a JPEG's frame is progressive (an SOF2 marker before the first scan).
fn decoder_is_progressive(bytes: &[u8]) -> bool {
    let mut i = 2;
    while i + 4 <= bytes.len() {
        if bytes[i] != 0xFF {
            return false;
        }
        let marker = bytes[i + 1];
        match marker {
            0xC2 | 0xC6 | 0xCA | 0xCE => return true,
            0xC0 | 0xC1 | 0xC3 | 0xC5 | 0xC7 | 0xC9 | 0xCB | 0xCD | 0xCF | 0xDA => return false,
            _ => {}
        }
        let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        i += 2 + len;
    }
    false
}
