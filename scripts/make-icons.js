#!/usr/bin/env node
/**
 * Draws the ribbon and add-in icons (PNG, the sizes Office asks for: 16/32/80 for buttons, 32/64 for the
 * add-in, 128 for the store listing) from simple shapes, so the icons are made here and can be re-made.
 * Usage: node scripts/make-icons.js  (writes assets/*.png)
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const GREEN = [16, 124, 65];
const WHITE = [255, 255, 255];
const AMBER = [196, 120, 0];

function crc32(buf) {
  let c;
  let crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Distance from point p to segment ab, in unit coordinates. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function roundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.max(x0 + r, Math.min(x, x1 - r));
  const cy = Math.max(y0 + r, Math.min(y, y1 - r));
  return Math.hypot(x - cx, y - cy) <= r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

const tick = (x, y, w) => segmentDistance(x, y, 0.28, 0.52, 0.44, 0.68) < w || segmentDistance(x, y, 0.44, 0.68, 0.74, 0.34) < w;

/** Each design maps a point in the unit square to a colour (or null for transparent). */
const DESIGNS = {
  icon: (x, y) => {
    if (!roundedRect(x, y, 0.04, 0.04, 0.96, 0.96, 0.18)) return null;
    return tick(x, y, 0.075) ? WHITE : GREEN;
  },
  "validate-sheet": (x, y) => {
    if (tick(x, y, 0.07) && x > 0.2) return GREEN;
    if (roundedRect(x, y, 0.14, 0.06, 0.86, 0.94, 0.06)) {
      const inner = roundedRect(x, y, 0.2, 0.12, 0.8, 0.88, 0.03);
      return inner ? WHITE : GREEN;
    }
    return null;
  },
  "validate-workbook": (x, y) => {
    if (tick(x * 0.95 + 0.06, y, 0.07) && x > 0.22) return GREEN;
    const front = roundedRect(x, y, 0.2, 0.14, 0.92, 0.96, 0.06);
    if (front) return roundedRect(x, y, 0.26, 0.2, 0.86, 0.9, 0.03) ? WHITE : GREEN;
    if (roundedRect(x, y, 0.06, 0.04, 0.78, 0.86, 0.06)) return GREEN;
    return null;
  },
  "clear-marks": (x, y) => {
    if (segmentDistance(x, y, 0.22, 0.22, 0.78, 0.78) < 0.085 || segmentDistance(x, y, 0.78, 0.22, 0.22, 0.78) < 0.085) return AMBER;
    return null;
  },
};

function render(design, size) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4; // 4×4 supersampling for smooth edges at 16 px
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = design((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (colour) { r += colour[0]; g += colour[1]; b += colour[2]; a += 1; }
        }
      }
      const i = (py * size + px) * 4;
      rgba[i] = a ? Math.round(r / a) : 0;
      rgba[i + 1] = a ? Math.round(g / a) : 0;
      rgba[i + 2] = a ? Math.round(b / a) : 0;
      rgba[i + 3] = Math.round((255 * a) / (samples * samples));
    }
  }
  return encodePng(size, rgba);
}

const outDir = path.join(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
const SIZES = { icon: [16, 32, 64, 80, 128], "validate-sheet": [16, 32, 80], "validate-workbook": [16, 32, 80], "clear-marks": [16, 32, 80] };
for (const [name, sizes] of Object.entries(SIZES)) {
  for (const size of sizes) fs.writeFileSync(path.join(outDir, `${name}-${size}.png`), render(DESIGNS[name], size));
}
console.log(`icons written to ${outDir}`);
