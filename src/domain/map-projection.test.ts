import { describe, expect, it } from 'vitest';
import { DEFAULT_BOX, eventsBox, fitProjection, mapHeight } from './map-projection.ts';

const almaty = { lon: 76.89, lat: 43.24 };
const atyrau = { lon: 51.88, lat: 47.12 };
const astana = { lon: 71.45, lat: 51.17 };

describe('eventsBox', () => {
  it('falls back to Kazakhstan and its neighbours when nothing is placed', () => {
    expect(eventsBox([])).toEqual(DEFAULT_BOX);
  });

  it('pads the events’ extent', () => {
    expect(eventsBox([almaty, atyrau, astana], 2, 0)).toEqual([
      [49.88, 41.24],
      [78.89, 53.17],
    ]);
  });

  it('shows one city with its surroundings, not as a dot in a blank square', () => {
    const [[w, s], [e, n]] = eventsBox([almaty], 2, 12);
    expect(e - w).toBeCloseTo(12);
    expect(n - s).toBeCloseTo(12);
    expect((w + e) / 2).toBeCloseTo(almaty.lon);
  });
});

describe('fitProjection', () => {
  const box = eventsBox([almaty, atyrau, astana]);
  const projection = fitProjection(box, 800, 480, 12);

  it('places every event inside the padded frame, west to the left and north up', () => {
    for (const city of [almaty, atyrau, astana]) {
      const [x, y] = projection([city.lon, city.lat])!;
      expect(x).toBeGreaterThanOrEqual(12);
      expect(x).toBeLessThanOrEqual(788);
      expect(y).toBeGreaterThanOrEqual(12);
      expect(y).toBeLessThanOrEqual(468);
    }
    const [xAtyrau] = projection([atyrau.lon, atyrau.lat])!;
    const [xAlmaty, yAlmaty] = projection([almaty.lon, almaty.lat])!;
    const [, yAstana] = projection([astana.lon, astana.lat])!;
    expect(xAtyrau).toBeLessThan(xAlmaty);
    expect(yAstana).toBeLessThan(yAlmaty);
  });

  it('fills the frame along one side', () => {
    const corners = [box[0], box[1], [box[0][0], box[1][1]], [box[1][0], box[0][1]]] as [number, number][];
    const xs = corners.map((c) => projection(c)![0]);
    const ys = corners.map((c) => projection(c)![1]);
    const usedX = Math.max(...xs) - Math.min(...xs);
    const usedY = Math.max(...ys) - Math.min(...ys);
    expect(Math.max(usedX / 776, usedY / 456)).toBeGreaterThan(0.95);
  });

  it('clips drawing to the frame', () => {
    expect(projection.clipExtent()).toEqual([
      [0, 0],
      [800, 480],
    ]);
  });
});

describe('mapHeight', () => {
  it('follows the region’s proportions, within bounds', () => {
    const height = mapHeight(DEFAULT_BOX, 800);
    expect(height).toBeGreaterThan(260);
    expect(height).toBeLessThan(560);
    expect(mapHeight(DEFAULT_BOX, 200)).toBe(260);
  });
});
