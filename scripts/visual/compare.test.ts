// The visual check's comparator: what it lets pass (an identical image, anti-aliasing noise within the
// documented tolerance) and what it catches (a one-pixel border, a token colour change, a size change).
import { describe, expect, it } from 'vitest';
import { compareImages, decodePng, describeFailure, encodePng, tolerance, type Image } from './compare.ts';

type RGB = [number, number, number];
const white: RGB = [255, 255, 255];
const border: RGB = [86, 93, 105];
const brand: RGB = [13, 71, 161];

/** A 120×60 "screenshot": white, with a 40×20 button filled `fill` and a `width`-px border at (30, 20). */
function screenshot({ fill = brand, borderWidth = 1, borderColour = border, width = 120, height = 60 }: { fill?: RGB; borderWidth?: number; borderColour?: RGB; width?: number; height?: number } = {}): Image {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inBox = x >= 30 && x < 70 && y >= 20 && y < 40;
      const onBorder = inBox && (x < 30 + borderWidth || x >= 70 - borderWidth || y < 20 + borderWidth || y >= 40 - borderWidth);
      data.set([...(onBorder ? borderColour : inBox ? fill : white), 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

const redPixels = (image: Image) => {
  let n = 0;
  for (let i = 0; i < image.data.length; i += 4) if (image.data[i] === 255 && image.data[i + 1] === 0 && image.data[i + 2] === 0) n++;
  return n;
};

describe('compareImages', () => {
  it('passes an identical screenshot', () => {
    expect(compareImages(screenshot(), screenshot())).toEqual({ status: 'same', changed: 0 });
  });

  it('catches a border one pixel wider, and the diff marks exactly the changed pixels', () => {
    const result = compareImages(screenshot(), screenshot({ borderWidth: 2 }));
    expect(result.status).toBe('changed');
    if (result.status !== 'changed') return;
    // The inner ring of a 40×20 box: 38×18 minus 36×16.
    expect(result.changed).toBe(38 * 18 - 36 * 16);
    expect(redPixels(result.diff)).toBe(result.changed);
    expect(describeFailure(result)).toMatch(/^108 pixels differ/);
  });

  it('catches a one-pixel border drawn in another colour', () => {
    expect(compareImages(screenshot(), screenshot({ borderColour: [61, 67, 76] })).status).toBe('changed');
  });

  it('catches a token colour change as small as the calibration’s (one channel by 24)', () => {
    expect(compareImages(screenshot(), screenshot({ fill: [brand[0] + 24, brand[1], brand[2]] })).status).toBe('changed');
  });

  it(`lets anti-aliasing noise through: channels within ${tolerance.channel}, or up to ${tolerance.pixels} pixels beyond it`, () => {
    const noisy = screenshot();
    for (let i = 0; i < noisy.data.length; i += 4 * 7) noisy.data[i] = Math.max(0, (noisy.data[i] ?? 0) - tolerance.channel);
    expect(compareImages(screenshot(), noisy).status).toBe('same');
    const specks = screenshot();
    for (let p = 0; p < tolerance.pixels; p++) specks.data.set([0, 0, 0], p * 4 * 3);
    expect(compareImages(screenshot(), specks)).toEqual({ status: 'same', changed: tolerance.pixels });
    specks.data.set([0, 0, 0], tolerance.pixels * 4 * 3);
    expect(compareImages(screenshot(), specks).status).toBe('changed');
  });

  it('fails a changed size clearly, without comparing pixels', () => {
    const result = compareImages(screenshot(), screenshot({ height: 61 }));
    expect(result).toEqual({ status: 'size', expected: { width: 120, height: 60 }, actual: { width: 120, height: 61 } });
    if (result.status === 'size') expect(describeFailure(result)).toBe('size changed: the baseline is 120×60 px, the screenshot 120×61 px');
  });
});

describe('encodePng', () => {
  it('writes a PNG that decodes to the same pixels (the baselines are lossless)', () => {
    const image = screenshot({ borderWidth: 2 });
    const png = encodePng(image);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const back = decodePng(png);
    expect({ width: back.width, height: back.height }).toEqual({ width: 120, height: 60 });
    expect(compareImages(image, back, { channel: 0, pixels: 0 })).toEqual({ status: 'same', changed: 0 });
  });
});
