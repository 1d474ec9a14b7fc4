// The visual check's image comparison: a screenshot against its baseline, pixel by pixel, with a small
// documented tolerance, and a diff image that shows where they differ. PNG decoding is @aukio/a11y's (one
// decoder in the repository); the encoder here writes the baselines and the report's diff images.
import { crc32, deflateSync } from 'node:zlib';
import { decodePng } from '../../packages/a11y/src/png.ts';

export { decodePng };

export interface Image {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel. */
  data: Uint8Array;
}

/**
 * The tolerance, and why:
 * - `channel`: a pixel counts as changed when one of its red, green or blue values differs by more than this
 *   (of 255). Chromium draws the same page to the same pixels on the same machine; this only absorbs the
 *   off-by-a-few rounding of anti-aliased glyph and curve edges between GPU-less rasterisations. A token colour
 *   change a person can see moves a channel by far more (the calibration changes one by 24).
 * - `pixels`: how many changed pixels an image may have and still pass. A 1-CSS-px border around the
 *   smallest control changes 100+ pixels; a stray anti-aliasing pixel or two does not fail the check.
 */
export const tolerance = { channel: 8, pixels: 8 } as const;

export type Comparison =
  | { status: 'same'; changed: number }
  | { status: 'changed'; changed: number; ratio: number; diff: Image }
  | { status: 'size'; expected: { width: number; height: number }; actual: { width: number; height: number } };

/**
 * Compares a screenshot with its baseline. The diff image is the baseline faded to a fifth of its contrast,
 * with every changed pixel in full red (so a one-pixel line shows up). Images of different sizes are not
 * compared pixel by pixel: the size change is the failure.
 */
export function compareImages(expected: Image, actual: Image, { channel, pixels }: { channel: number; pixels: number } = tolerance): Comparison {
  if (expected.width !== actual.width || expected.height !== actual.height) {
    return { status: 'size', expected: { width: expected.width, height: expected.height }, actual: { width: actual.width, height: actual.height } };
  }
  if (Buffer.from(expected.data.buffer, expected.data.byteOffset, expected.data.byteLength).equals(actual.data)) return { status: 'same', changed: 0 };
  const differs = (i: number) =>
    Math.abs((expected.data[i] ?? 0) - (actual.data[i] ?? 0)) > channel ||
    Math.abs((expected.data[i + 1] ?? 0) - (actual.data[i + 1] ?? 0)) > channel ||
    Math.abs((expected.data[i + 2] ?? 0) - (actual.data[i + 2] ?? 0)) > channel;
  let changed = 0;
  for (let i = 0; i < expected.data.length; i += 4) if (differs(i)) changed++;
  if (changed <= pixels) return { status: 'same', changed };
  const { width, height } = expected;
  const diff = new Uint8Array(width * height * 4);
  for (let i = 0; i < diff.length; i += 4) {
    const grey = Math.round(204 + (0.299 * (expected.data[i] ?? 0) + 0.587 * (expected.data[i + 1] ?? 0) + 0.114 * (expected.data[i + 2] ?? 0)) / 5);
    if (differs(i)) diff.set([255, 0, 0, 255], i);
    else diff.set([grey, grey, grey, 255], i);
  }
  return { status: 'changed', changed, ratio: changed / (width * height), diff: { width, height, data: diff } };
}

/** Why a comparison failed, in one line. */
export function describeFailure(result: Exclude<Comparison, { status: 'same' }>): string {
  if (result.status === 'size') {
    const { expected: e, actual: a } = result;
    return `size changed: the baseline is ${e.width}×${e.height} px, the screenshot ${a.width}×${a.height} px`;
  }
  return `${result.changed} pixels differ (${(result.ratio * 100).toFixed(2)} %; at most ${tolerance.pixels} may, each by at most ${tolerance.channel}/255 a channel)`;
}

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body, crc32(type)) >>> 0, 0);
  return Buffer.concat([head, body, crc]);
}

/**
 * An image as an RGB PNG (screenshots are opaque). Rows are stored unfiltered and deflated at the highest
 * level: with text drawn without anti-aliasing (fonts.conf) that is the smallest of the PNG filters, by a
 * fifth, so the committed baselines stay small.
 */
export function encodePng({ width, height, data }: Image): Buffer {
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 4;
      raw.set(data.subarray(from, from + 3), y * stride + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, filter method 0 (each row's filter byte: none), not interlaced
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9, memLevel: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
