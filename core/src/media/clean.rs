//! What a file a person picked becomes before it is stored: recognised by its bytes (never its
//! name), checked whole, and for photos stripped of EXIF, GPS, XMP, IPTC and comments (a
//! photo's location can reveal a meeting place). Only the orientation survives, so that a
//! portrait photo still stands up.

use crate::error::{Error, Result};
use img_parts::{Bytes, ImageEXIF};
use std::io::{Cursor, Read};

/// Photos larger than this (width × height) are refused: decoding one for a thumbnail or a PDF
/// would take gigabytes. A 50-megapixel camera makes 50 million.
pub(super) const MAX_PIXELS: u64 = 120_000_000;

/// The kinds of file Fieldbook keeps, recognised from their first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A photo or a scan.
    Image,
    /// A recording.
    Audio,
    /// A PDF (a scanned consent form).
    Pdf,
}

impl Kind {
    /// Which kind a media type is.
    pub fn of(media_type: &str) -> Option<Kind> {
        match media_type {
            "image/jpeg" | "image/png" | "image/webp" => Some(Kind::Image),
            "application/pdf" => Some(Kind::Pdf),
            t if t.starts_with("audio/") || t == "video/webm" => Some(Kind::Audio),
            _ => None,
        }
    }
}

/// The media types accepted, each with the extensions that may claim it.
const ACCEPTED: &[(&str, &[&str])] = &[
    ("image/jpeg", &["jpg", "jpeg", "jpe", "jfif"]),
    ("image/png", &["png"]),
    ("image/webp", &["webp"]),
    ("audio/mpeg", &["mp3"]),
    ("audio/m4a", &["m4a", "mp4", "aac"]),
    ("audio/aac", &["aac"]),
    ("audio/ogg", &["ogg", "oga", "opus"]),
    ("audio/opus", &["opus", "ogg"]),
    ("audio/x-wav", &["wav"]),
    ("audio/x-flac", &["flac"]),
    ("audio/amr", &["amr"]),
    ("video/webm", &["webm", "weba"]),
    ("application/pdf", &["pdf"]),
];

/// Recognises a file from its first bytes and checks that its name does not claim another
/// kind. Returns the media type to store.
pub fn recognise(name: &str, head: &[u8]) -> Result<&'static str> {
    let ext = std::path::Path::new(name).extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    let found = infer::get(head);
    let accepted = found.and_then(|t| ACCEPTED.iter().find(|(m, _)| *m == t.mime_type()));
    match (accepted, found) {
        (Some((mime, exts)), _) => {
            let claimed = ACCEPTED.iter().find(|(_, e)| e.contains(&ext.as_str()));
            match claimed {
                // A name without a known extension (a phone's `IMG_0001`) is taken at its bytes.
                Some(_) if !exts.contains(&ext.as_str()) => {
                    Err(Error::MediaMismatch { name: name.into(), claimed: format!(".{ext}"), found: describe(mime) })
                }
                _ => Ok(mime),
            }
        }
        (None, Some(t)) if ACCEPTED.iter().any(|(_, e)| e.contains(&ext.as_str())) => {
            Err(Error::MediaMismatch { name: name.into(), claimed: format!(".{ext}"), found: t.mime_type().into() })
        }
        (None, _) if ACCEPTED.iter().any(|(m, e)| e.contains(&ext.as_str()) && Kind::of(m) == Some(Kind::Audio)) => {
            Err(Error::MediaDamaged { name: name.into(), reason: "unreadable-audio".into() })
        }
        (None, _) if ACCEPTED.iter().any(|(_, e)| e.contains(&ext.as_str())) => {
            Err(Error::MediaDamaged { name: name.into(), reason: "unreadable".into() })
        }
        (None, _) => Err(Error::MediaUnsupported { name: name.into() }),
    }
}

/// A short name for a media type in messages (`JPEG photo`, `PDF`).
fn describe(mime: &str) -> String {
    mime.rsplit('/').next().unwrap_or(mime).trim_start_matches("x-").to_uppercase()
}

/// The bytes of a photo as Fieldbook stores them, and their media type: metadata removed,
/// orientation kept, and downscaled (and then re-encoded, as a JPEG) when its longer side
/// exceeds `max_side`.
pub fn clean_image(
    name: &str,
    mime: &'static str,
    bytes: Vec<u8>,
    max_side: Option<u32>,
) -> Result<(Vec<u8>, &'static str)> {
    let damaged = |reason: &str| Error::MediaDamaged { name: name.into(), reason: reason.into() };
    let (w, h) = image::ImageReader::new(Cursor::new(&bytes))
        .with_guessed_format()
        .map_err(|_| damaged("unreadable-image"))?
        .into_dimensions()
        .map_err(|_| damaged("unreadable-image"))?;
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(damaged("too-many-pixels"));
    }
    let stripped = match mime {
        "image/jpeg" => strip_jpeg(bytes).ok_or_else(|| damaged("truncated"))?,
        "image/png" => strip_png(bytes).ok_or_else(|| damaged("truncated"))?,
        _ => strip_webp(bytes).ok_or_else(|| damaged("truncated"))?,
    };
    let written = "image/jpeg";
    match (stripped, max_side) {
        (Stripped::Clean(b), Some(side)) if w.max(h) > side => {
            Ok((downscale(&b, Some(side)).ok_or_else(|| damaged("truncated"))?, written))
        }
        (Stripped::Clean(b), _) => Ok((b, mime)),
        // Metadata where a segment-by-segment strip cannot reach it: decoded and written again.
        (Stripped::NeedsReencode(b), side) => Ok((downscale(&b, side).ok_or_else(|| damaged("truncated"))?, written)),
    }
}

enum Stripped {
    Clean(Vec<u8>),
    NeedsReencode(Vec<u8>),
}

/// The EXIF orientation (1 to 8) of a photo's EXIF block, if it says one.
fn orientation(exif: &[u8]) -> Option<u16> {
    let parsed = exif::Reader::new().read_raw(exif.to_vec()).ok()?;
    let field = parsed.get_field(exif::Tag::Orientation, exif::In::PRIMARY)?;
    field.value.get_uint(0).and_then(|v| u16::try_from(v).ok()).filter(|v| (1..=8).contains(v))
}

/// An EXIF block that says the orientation and nothing else.
fn orientation_only(value: u16) -> Option<Bytes> {
    let field =
        exif::Field { tag: exif::Tag::Orientation, ifd_num: exif::In::PRIMARY, value: exif::Value::Short(vec![value]) };
    let mut w = exif::experimental::Writer::new();
    w.push_field(&field);
    let mut out = Cursor::new(Vec::new());
    w.write(&mut out, false).ok()?;
    Some(Bytes::from(out.into_inner()))
}

fn strip_jpeg(bytes: Vec<u8>) -> Option<Stripped> {
    let len = bytes.len();
    let mut jpeg = img_parts::jpeg::Jpeg::from_bytes(Bytes::from(bytes)).ok()?;
    let turn = jpeg.exif().as_deref().and_then(orientation).filter(|o| *o != 1);
    // Kept of APP0…APP15 and comments, only what decoders need: JFIF (APP0, its thumbnail
    // dropped), the colour profile (APP2 `ICC_PROFILE`) and Adobe's colour transform (APP14
    // `Adobe`). Everything else goes: EXIF, GPS, XMP, IPTC, maker notes, JFXX thumbnails, the MPF
    // index of extra images, comments.
    let mut kept = Vec::with_capacity(jpeg.segments().len());
    for seg in jpeg.segments_mut().drain(..) {
        let (m, c) = (seg.marker(), seg.contents());
        if m == 0xE0 && c.starts_with(b"JFIF\0") && c.len() >= 14 {
            let mut jfif = c[..14].to_vec();
            (jfif[12], jfif[13]) = (0, 0);
            kept.push(img_parts::jpeg::JpegSegment::new_with_contents(m, Bytes::from(jfif)));
        } else if !(0xE0..=0xEF).contains(&m) && m != 0xFE
            || m == 0xE2 && c.starts_with(b"ICC_PROFILE\0")
            || m == 0xEE && c.starts_with(b"Adobe")
        {
            kept.push(seg);
        }
    }
    *jpeg.segments_mut() = kept;
    if let Some(o) = turn {
        jpeg.set_exif(Some(orientation_only(o)?));
    }
    let mut out = Vec::with_capacity(len);
    jpeg.encoder().write_to(&mut out).ok()?;
    // The scans run to the first end-of-image marker; anything after it (a phone's appended
    // preview or depth map, each with its own EXIF) is dropped, and no end means a cut file.
    let start = scan_start(&out)?;
    let (clean_len, metadata_in_scans) = scan_len(&out[start..])?;
    out.truncate(start + clean_len);
    Some(if metadata_in_scans { Stripped::NeedsReencode(out) } else { Stripped::Clean(out) })
}

/// Where the first scan's data starts (after its start-of-scan header).
fn scan_start(jpeg: &[u8]) -> Option<usize> {
    let mut i = 2;
    while i + 4 <= jpeg.len() {
        if jpeg[i] != 0xFF {
            return None;
        }
        let marker = jpeg[i + 1];
        let len = usize::from(u16::from_be_bytes([jpeg[i + 2], jpeg[i + 3]]));
        if marker == 0xDA {
            return Some(i + 2 + len).filter(|s| *s <= jpeg.len());
        }
        i += 2 + len;
    }
    None
}

/// In entropy-coded data and the markers between scans: the length up to and including the
/// first end-of-image marker, and whether an APPn or comment segment sits among the scans.
fn scan_len(data: &[u8]) -> Option<(usize, bool)> {
    let mut i = 0;
    let mut metadata = false;
    while i + 1 < data.len() {
        if data[i] != 0xFF {
            i += 1;
            continue;
        }
        match data[i + 1] {
            0x00 | 0xFF | 0xD0..=0xD7 => i += 1,
            0xD9 => return Some((i + 2, metadata)),
            m => {
                let len = usize::from(u16::from_be_bytes([*data.get(i + 2)?, *data.get(i + 3)?]));
                metadata |= (0xE1..=0xEF).contains(&m) || m == 0xFE;
                i += 2 + len;
            }
        }
    }
    None
}

fn strip_png(bytes: Vec<u8>) -> Option<Stripped> {
    let mut png = img_parts::png::Png::from_bytes(Bytes::from(bytes)).ok()?;
    if png.chunks().last().map(img_parts::png::PngChunk::kind) != Some(*b"IEND") {
        return None;
    }
    let turn = png.exif().as_deref().and_then(orientation).filter(|o| *o != 1);
    // Only the chunks that make the picture: text (comments, authors, software), eXIf, tIME,
    // content credentials (caBX, which can hold the original's GPS) and private chunks go.
    const PICTURE: [&[u8; 4]; 17] = [
        b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"sBIT", b"pHYs", b"bKGD",
        b"cICP", b"mDCv", b"cLLi", b"acTL", b"fcTL",
    ];
    png.chunks_mut().retain(|c| PICTURE.contains(&&c.kind()) || &c.kind() == b"fdAT");
    if let Some(o) = turn {
        png.set_exif(Some(orientation_only(o)?));
    }
    let mut out = Vec::new();
    png.encoder().write_to(&mut out).ok()?;
    Some(Stripped::Clean(out))
}

fn strip_webp(bytes: Vec<u8>) -> Option<Stripped> {
    let mut webp = img_parts::webp::WebP::from_bytes(Bytes::from(bytes)).ok()?;
    let turn = webp.exif().as_deref().and_then(orientation).filter(|o| *o != 1);
    // Only the chunks that make the picture (EXIF, XMP, content credentials and unknown chunks go).
    use img_parts::webp::{CHUNK_ALPH, CHUNK_ANIM, CHUNK_ANMF, CHUNK_ICCP, CHUNK_VP8, CHUNK_VP8L, CHUNK_VP8X};
    let picture = [CHUNK_VP8, CHUNK_VP8L, CHUNK_VP8X, CHUNK_ALPH, CHUNK_ANIM, CHUNK_ANMF, CHUNK_ICCP];
    webp.chunks_mut().retain(|c| picture.contains(&c.id()));
    webp.set_exif(None);
    if let Some(o) = turn {
        webp.set_exif(Some(orientation_only(o)?));
    }
    let mut out = Vec::new();
    webp.encoder().write_to(&mut out).ok()?;
    Some(Stripped::Clean(out))
}

/// Decodes a photo, turns it upright, shrinks it to `max_side` (if larger) and writes it again
/// as a JPEG at quality 85 with no metadata at all (a PNG or WebP photo too: it is a photo).
///
/// Everything here works on 8-bit RGB and writes JPEG only: the `image` crate's operations are
/// generic over pixel types and formats, and one of each keeps the app within its size budget.
fn downscale(bytes: &[u8], max_side: Option<u32>) -> Option<Vec<u8>> {
    let img = decode_upright(bytes)?;
    let img = match max_side {
        Some(side) if img.width().max(img.height()) > side => {
            let (w, h) = fit(img.width(), img.height(), side);
            image::imageops::resize(&img, w, h, image::imageops::FilterType::Lanczos3)
        }
        _ => img,
    };
    jpeg(&img, 85)
}

/// The size that fits `w` × `h` within `side` × `side`, keeping its proportions.
pub(super) fn fit(w: u32, h: u32, side: u32) -> (u32, u32) {
    let scale = f64::from(side) / f64::from(w.max(h));
    let dim = |d: u32| ((f64::from(d) * scale).round() as u32).max(1);
    (dim(w), dim(h))
}

pub(super) fn jpeg(img: &image::RgbImage, quality: u8) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality).encode_image(img).ok()?;
    Some(out)
}

/// Whether a photo's header gives a size within [`MAX_PIXELS`].
pub fn within_pixels(bytes: &[u8]) -> bool {
    image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .ok()
        .and_then(|r| r.into_dimensions().ok())
        .is_some_and(|(w, h)| u64::from(w) * u64::from(h) <= MAX_PIXELS)
}

/// A photo decoded as 8-bit RGB and turned the way its EXIF orientation says.
pub fn decode_upright(bytes: &[u8]) -> Option<image::RgbImage> {
    use image::ImageDecoder;
    let mut decoder = image::ImageReader::new(Cursor::new(bytes)).with_guessed_format().ok()?.into_decoder().ok()?;
    let turn = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    let img = image::DynamicImage::from_decoder(decoder).ok()?.into_rgb8();
    Some(upright(img, turn))
}

/// The orientation a photo's metadata gives (read from its headers only).
pub(super) fn orientation_of(bytes: &[u8]) -> image::metadata::Orientation {
    use image::ImageDecoder;
    image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .ok()
        .and_then(|r| r.into_decoder().ok())
        .and_then(|mut d| d.orientation().ok())
        .unwrap_or(image::metadata::Orientation::NoTransforms)
}

/// `img` turned the way `turn` says.
pub(super) fn upright(img: image::RgbImage, turn: image::metadata::Orientation) -> image::RgbImage {
    use image::imageops::{flip_horizontal, flip_vertical, rotate180, rotate270, rotate90};
    use image::metadata::Orientation as O;
    match turn {
        O::NoTransforms => img,
        O::Rotate90 => rotate90(&img),
        O::Rotate180 => rotate180(&img),
        O::Rotate270 => rotate270(&img),
        O::FlipHorizontal => flip_horizontal(&img),
        O::FlipVertical => flip_vertical(&img),
        O::Rotate90FlipH => flip_horizontal(&rotate90(&img)),
        O::Rotate270FlipH => flip_horizontal(&rotate270(&img)),
    }
}

/// A small JPEG preview of a stored photo (its longer side at most `side` pixels).
pub fn thumbnail(bytes: &[u8], side: u32) -> Option<Vec<u8>> {
    let img = decode_upright(bytes)?;
    let (w, h) = fit(img.width(), img.height(), side.min(img.width().max(img.height())));
    jpeg(&image::imageops::thumbnail(&img, w, h), 80)
}

/// Checks a PDF's start and end: a cut copy has no end-of-file marker.
pub fn check_pdf(name: &str, file: &mut (impl Read + std::io::Seek), size: u64) -> Result<()> {
    use std::io::SeekFrom;
    let mut tail = vec![0; usize::try_from(size.min(2048)).unwrap_or(2048)];
    file.seek(SeekFrom::Start(size - tail.len() as u64))?;
    file.read_exact(&mut tail)?;
    file.seek(SeekFrom::Start(0))?;
    if tail.windows(5).any(|w| w == b"%%EOF") {
        Ok(())
    } else {
        Err(Error::MediaDamaged { name: name.into(), reason: "truncated".into() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jpeg(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(w, h, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 90]));
        let mut out = Cursor::new(Vec::new());
        img.write_to(&mut out, image::ImageFormat::Jpeg).expect("jpeg");
        out.into_inner()
    }

    /// A JPEG with an APP1 EXIF block holding `text` (a stand-in for GPS data) and a comment.
    fn with_metadata(plain: &[u8], text: &str) -> Vec<u8> {
        let mut jpeg = img_parts::jpeg::Jpeg::from_bytes(Bytes::from(plain.to_vec())).expect("parse");
        let field = exif::Field {
            tag: exif::Tag::ImageDescription,
            ifd_num: exif::In::PRIMARY,
            value: exif::Value::Ascii(vec![text.as_bytes().to_vec()]),
        };
        let orient =
            exif::Field { tag: exif::Tag::Orientation, ifd_num: exif::In::PRIMARY, value: exif::Value::Short(vec![6]) };
        let mut w = exif::experimental::Writer::new();
        w.push_field(&field);
        w.push_field(&orient);
        let mut buf = Cursor::new(Vec::new());
        w.write(&mut buf, false).expect("exif");
        jpeg.set_exif(Some(Bytes::from(buf.into_inner())));
        jpeg.segments_mut()
            .insert(1, img_parts::jpeg::JpegSegment::new_with_contents(0xFE, Bytes::from(text.to_owned())));
        let mut out = Vec::new();
        jpeg.encoder().write_to(&mut out).expect("write");
        out.extend_from_slice(b"\xFF\xD8\xFF\xE1trailing image with its own exif ");
        out.extend_from_slice(text.as_bytes());
        out
    }

    fn contains(hay: &[u8], needle: &str) -> bool {
        hay.windows(needle.len()).any(|w| w == needle.as_bytes())
    }

    #[test]
    fn metadata_goes_orientation_stays_and_the_photo_still_decodes() {
        let marked = with_metadata(&jpeg(64, 48), "Lat 12.3456 secret-place");
        assert!(contains(&marked, "secret-place"));
        let (clean, _) = clean_image("a.jpg", "image/jpeg", marked, None).expect("clean");
        assert!(!contains(&clean, "secret-place"), "EXIF, comment and trailer removed");
        let exif = img_parts::jpeg::Jpeg::from_bytes(Bytes::from(clean.clone())).expect("parse").exif().expect("exif");
        assert_eq!(orientation(&exif), Some(6));
        let upright = decode_upright(&clean).expect("decodes");
        assert_eq!((upright.width(), upright.height()), (48, 64), "turned by its orientation");
    }

    #[test]
    fn downscaling_rewrites_without_any_metadata() {
        let marked = with_metadata(&jpeg(400, 300), "secret-place");
        let (small, _) = clean_image("a.jpg", "image/jpeg", marked, Some(100)).expect("clean");
        assert!(!contains(&small, "secret-place") && !contains(&small, "Exif"));
        let img = image::load_from_memory(&small).expect("decode");
        assert_eq!((img.width(), img.height()), (75, 100), "upright, longer side 100");
    }

    #[test]
    fn a_cut_photo_and_a_lying_name_are_refused_with_their_reason() {
        let whole = jpeg(64, 48);
        let cut = whole[..whole.len() - 40].to_vec();
        let err = clean_image("cut.jpg", "image/jpeg", cut, None).expect_err("cut");
        assert_eq!((err.code(), err.args()[1].1.as_str()), ("media-damaged", "truncated"));
        let err = recognise("flipchart.jpg", b"%PDF-1.7\n").expect_err("pdf named jpg");
        assert_eq!(err.code(), "media-not-what-it-says");
        let err = recognise("song.mp3", b"not audio at all, just text").expect_err("not audio");
        assert_eq!((err.code(), err.args()[1].1.as_str()), ("media-damaged", "unreadable-audio"));
        assert_eq!(recognise("setup.exe", b"MZ\x90\x00").expect_err("exe").code(), "media-unsupported");
        assert_eq!(recognise("IMG_0001", &whole).expect("taken at its bytes"), "image/jpeg");
        assert_eq!(recognise("IMG_0001.JPG", &whole).expect("upper case"), "image/jpeg");
    }
}

#[cfg(test)]
mod allowlist_tests {
    use super::*;

    #[test]
    fn only_the_chunks_and_segments_that_make_the_picture_are_kept() {
        let img = image::RgbImage::from_fn(8, 8, |x, y| image::Rgb([x as u8 * 30, y as u8 * 30, 7]));
        let mut png = Cursor::new(Vec::new());
        img.write_to(&mut png, image::ImageFormat::Png).expect("png");
        let mut parsed = img_parts::png::Png::from_bytes(Bytes::from(png.into_inner())).expect("parse");
        for (kind, text) in
            [(*b"tEXt", &b"Author\0Awa Ndiaye"[..]), (*b"caBX", b"c2pa with GPS 14.1452"), (*b"prVW", b"preview")]
        {
            let at = parsed.chunks().len() - 1;
            parsed.chunks_mut().insert(at, img_parts::png::PngChunk::new(kind, Bytes::copy_from_slice(text)));
        }
        let mut marked = Vec::new();
        parsed.encoder().write_to(&mut marked).expect("write");
        let (clean, mime) = clean_image("a.png", "image/png", marked, None).expect("clean");
        assert_eq!(mime, "image/png");
        for gone in ["Awa Ndiaye", "14.1452", "preview"] {
            assert!(!clean.windows(gone.len()).any(|w| w == gone.as_bytes()), "{gone} kept");
        }
        assert!(image::load_from_memory(&clean).is_ok());

        // A JFIF header with a thumbnail, and a JFXX extension: the header stays, thumbnails go.
        let mut jpeg = Cursor::new(Vec::new());
        img.write_to(&mut jpeg, image::ImageFormat::Jpeg).expect("jpeg");
        let mut parsed = img_parts::jpeg::Jpeg::from_bytes(Bytes::from(jpeg.into_inner())).expect("parse");
        let mut jfif = b"JFIF\0\x01\x02\x00\x00\x01\x00\x01\x01\x01".to_vec();
        jfif.extend_from_slice(b"THUMBFACE");
        parsed.segments_mut().retain(|s| s.marker() != 0xE0);
        parsed.segments_mut().insert(0, img_parts::jpeg::JpegSegment::new_with_contents(0xE0, Bytes::from(jfif)));
        parsed
            .segments_mut()
            .insert(1, img_parts::jpeg::JpegSegment::new_with_contents(0xE0, Bytes::from_static(b"JFXX\0\x10FACE2")));
        let mut marked = Vec::new();
        parsed.encoder().write_to(&mut marked).expect("write");
        let (clean, _) = clean_image("a.jpg", "image/jpeg", marked, None).expect("clean");
        assert!(!clean.windows(4).any(|w| w == b"FACE") && clean.windows(5).any(|w| w == b"JFIF\0"));
        assert!(image::load_from_memory(&clean).is_ok());
    }
}
