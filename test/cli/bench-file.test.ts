import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeResults } from '../../src/cli/bench-file';

const HAND = '## Issue 19\'s targets against this run (written by hand; `npm run bench` rewrites the tables above)\n\nA note.\n';

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'bench-file-')), 'results.md');
  writeFileSync(path, text);
  return path;
}

describe('the benchmark results file', () => {
  it('keeps the hand-written notes when the engine tables are rewritten', () => {
    const path = file(`# Engine benchmark\n\nold engine\n\n## Browser (x)\n\nold browser\n\n${HAND}`);
    writeResults('engine', '# Engine benchmark\n\nnew engine', path);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('new engine');
    expect(text).not.toContain('old engine');
    expect(text).toContain('old browser');
    expect(text.trimEnd().endsWith('A note.')).toBe(true);
  });

  it('puts the browser tables between the engine tables and the hand-written notes', () => {
    const path = file(`# Engine benchmark\n\nengine\n\n${HAND}`);
    writeResults('browser', '## Browser (x)\n\nnew browser', path);
    const text = readFileSync(path, 'utf8');
    expect(text.indexOf('engine')).toBeLessThan(text.indexOf('new browser'));
    expect(text.indexOf('new browser')).toBeLessThan(text.indexOf('A note.'));
  });

  it('replaces the old browser tables rather than adding a second copy', () => {
    const path = file(`# Engine benchmark\n\nengine\n\n## Browser (x)\n\nold browser\n\n${HAND}`);
    writeResults('browser', '## Browser (x)\n\nnew browser', path);
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain('old browser');
    expect(text.match(/## Browser/g)).toHaveLength(1);
  });
});
