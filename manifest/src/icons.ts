import { PNG } from 'pngjs';

// Samen's mark: two overlapping rings, "together". Drawn in code so the icons are exact, reproducible and
// reviewable as text; Teams asks for a 192×192 full-colour icon and a 32×32 white outline on transparency.
const SAMEN_TEAL = { r: 0x03, g: 0x78, b: 0x7c };
const SAMPLES = 4; // per axis: 16 samples a pixel, enough for smooth edges at 32 px

/** How much of the mark covers one point, in a unit square (0..1 on both axes). */
function onMark(x: number, y: number, ringWidth: number): boolean {
  const radius = 0.24;
  return [0.38, 0.62].some((cx) => Math.abs(Math.hypot(x - cx, y - 0.5) - radius) <= ringWidth / 2);
}

/** The share (0..1) of a pixel's samples that fall on the mark. */
function coverage(px: number, py: number, size: number, ringWidth: number): number {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++)
    for (let sx = 0; sx < SAMPLES; sx++)
      if (onMark((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, ringWidth)) hits++;
  return hits / (SAMPLES * SAMPLES);
}

function draw(
  size: number,
  pixel: (cover: number) => [number, number, number, number],
  ringWidth: number,
): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const offset = (y * size + x) * 4;
      const [r, g, b, a] = pixel(coverage(x, y, size, ringWidth));
      png.data[offset] = r;
      png.data[offset + 1] = g;
      png.data[offset + 2] = b;
      png.data[offset + 3] = a;
    }
  return PNG.sync.write(png);
}

/** 192×192, opaque: white rings on Samen's teal, full bleed (Teams rounds the corners itself). */
export function colorIcon(): Buffer {
  const mix = (channel: number, cover: number) => Math.round(channel + (255 - channel) * cover);
  return draw(
    192,
    (cover) => [mix(SAMEN_TEAL.r, cover), mix(SAMEN_TEAL.g, cover), mix(SAMEN_TEAL.b, cover), 255],
    0.07,
  );
}

/** 32×32: white only, the rest fully transparent, as Teams requires of the outline icon. */
export function outlineIcon(): Buffer {
  return draw(32, (cover) => [255, 255, 255, Math.round(255 * cover)], 0.09);
}
