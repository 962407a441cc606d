// Where the labs of a region go in its panel: every label keeps its own room, however short the panel.
import { describe, expect, it } from 'vitest';
import { labGrid, listHeight, ONE_LINE_ROW_HEIGHT } from '../../src/game/world-layout';

/** A label starts after its circle (cell x + 8 + diameter + 10) and must end inside its cell. */
const labelEnd = (grid: ReturnType<typeof labGrid>) => 8 + 2 * grid.maxRadius + 10 + grid.labelWidth;

describe('the labs of a region in its panel', () => {
  it('gives roomy panels a grid whose labels stay inside their cells', () => {
    const grid = labGrid(9, 440, 260);
    expect(grid.oneLine).toBeUndefined();
    expect(labelEnd(grid)).toBeLessThanOrEqual(grid.cellWidth);
  });

  it('lists three labs one line each in a narrow panel too short for names over capabilities (Chinese on an iPad in portrait)', () => {
    const grid = labGrid(3, 180, 62);
    expect(grid).toMatchObject({ columns: 1, oneLine: true });
    expect(grid.cellHeight).toBeGreaterThanOrEqual(ONE_LINE_ROW_HEIGHT);
    expect(labelEnd(grid)).toBeLessThanOrEqual(grid.cellWidth);
    expect(grid.labelWidth).toBeGreaterThanOrEqual(100);
  });

  it('says how tall such a list is, so a panel can make the room for it', () => {
    expect(listHeight(3, 180)).toBe(3 * ONE_LINE_ROW_HEIGHT);
    expect(listHeight(9, 440)).toBe(5 * ONE_LINE_ROW_HEIGHT);
  });
});
