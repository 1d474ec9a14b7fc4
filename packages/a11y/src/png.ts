// A small PNG decoder for the screenshots the browser checks compare: 8-bit RGB or RGBA, not interlaced
// (what Chromium writes). No dependencies beyond node:zlib.
import { inflateSync } from 'node:zlib';

/**
 * @param buffer PNG file
 * @returns RGBA pixels, 4 bytes each
 */
export function decodePng(buffer: Uint8Array): { width: number, height: number, data: Uint8Array } {
  const buf = Buffer.from(buffer);
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = 0;
  const idat = [];
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('latin1', offset + 4, offset + 8);
    const body = buf.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      colourType = body[9];
      if (depth !== 8 || (colourType !== 2 && colourType !== 6) || body[12] !== 0) {
        throw new Error(`unsupported PNG (depth ${depth}, colour type ${colourType}, interlace ${body[12]})`);
      }
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const bpp = colourType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const pixels = new Uint8Array(width * height * bpp);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    const prev = out - stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? pixels[out + x - bpp] : 0;
      const b = y > 0 ? pixels[prev + x] : 0;
      const c = x >= bpp && y > 0 ? pixels[prev + x - bpp] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[out + x] = v & 0xff;
    }
  }
  if (bpp === 4) return { width, height, data: pixels };
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < pixels.length; i += 3, j += 4) {
    rgba[j] = pixels[i];
    rgba[j + 1] = pixels[i + 1];
    rgba[j + 2] = pixels[i + 2];
    rgba[j + 3] = 255;
  }
  return { width, height, data: rgba };
}

const linear = new Float64Array(256).map((_, v) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
});
const luminance = (d: Uint8Array, i: number) => 0.2126 * linear[d[i]] + 0.7152 * linear[d[i + 1]] + 0.0722 * linear[d[i + 2]];

/**
 * How many pixels differ between two images of the same size.
 *   `tolerance`: largest per-channel difference still counted as "the same" (anti-aliasing), default 24;
 *   `minContrast`: count only pixels whose two colours have at least this WCAG contrast ratio (e.g. 3 for
 *   WCAG 2.4.13), default 1 (any change beyond the tolerance).
 */
export function countChangedPixels(a: { width: number, height: number, data: Uint8Array }, b: { width: number, height: number, data: Uint8Array }, { tolerance = 24, minContrast = 1 }: { tolerance?: number, minContrast?: number } = {}) {
  if (a.width !== b.width || a.height !== b.height) throw new Error('images differ in size');
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (
      Math.abs(a.data[i] - b.data[i]) <= tolerance &&
      Math.abs(a.data[i + 1] - b.data[i + 1]) <= tolerance &&
      Math.abs(a.data[i + 2] - b.data[i + 2]) <= tolerance
    ) {
      continue;
    }
    if (minContrast > 1) {
      const la = luminance(a.data, i);
      const lb = luminance(b.data, i);
      if ((Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05) < minContrast) continue;
    }
    changed++;
  }
  return changed;
}
