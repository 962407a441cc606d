// The teacher guide quotes the lessons report and names scenarios: every figure it links must be in the section of the
// report it links to, and every scenario it links must be a shipped scenario file. The Chinese guide is held to the same,
// with each scenario named by its title in the scenario's zh-CN translation.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const GUIDES = ['src/classroom/teacher-guide.md', 'src/classroom/student-handout.md', 'src/classroom/teacher-guide.zh-CN.md', 'src/classroom/student-handout.zh-CN.md'];
/** Each teacher guide, with where a scenario's title in its language is kept. */
const TEACHER_GUIDES = [
  { file: 'src/classroom/teacher-guide.md', shots: 'guide-shots/', title: (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { title: string }).title },
  // The Chinese guide shows the class in Chinese: its screenshots come from class-guide-zh.e2e.ts.
  { file: 'src/classroom/teacher-guide.zh-CN.md', shots: 'guide-shots/zh-CN/', title: (file: string) => (JSON.parse(readFileSync(file.replace(/\.json$/, '.zh-CN.json'), 'utf8')) as { text: Record<string, string> }).text['title'] },
];
const report = readFileSync('test/bench/lessons.md', 'utf8');

/** The report's sections by the anchor GitHub gives their heading. */
const sections = new Map(report.split(/^## /m).slice(1).map((part) => {
  const heading = part.slice(0, part.indexOf('\n'));
  const anchor = heading.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
  return [anchor, part] as const;
}));

/** Links, not images (`![…](…)`, checked as the guide's screenshots). */
const links = (text: string) => [...text.matchAll(/(?<!!)\[([^\]]+)\]\(([^)\s]+)\)/g)].map((m) => ({ text: m[1]!, href: m[2]! }));

/** A figure stands on its own in the report: not the tail of a longer number ("2" in "2025" does not count). */
const standsIn = (figure: string, text: string) => new RegExp(`(^|[^0-9.,])${figure.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&')}(?![0-9])`).test(text);

describe.each(TEACHER_GUIDES)('the teacher guide $file', ({ file: guideFile, shots: shotFolder, title }) => {
  const guide = readFileSync(guideFile, 'utf8');

  it('quotes figures only as they stand in the section of the lessons report each links to', () => {
    const figures = links(guide).filter((l) => l.href.includes('lessons.md'));
    expect(figures.length).toBeGreaterThan(20);
    for (const { text, href } of figures) {
      expect(href, text).toMatch(/^\.\.\/\.\.\/test\/bench\/lessons\.md#/);
      const section = sections.get(href.slice(href.indexOf('#') + 1));
      expect(section, `${text} links to ${href}, a section the report does not have`).toBeDefined();
      expect(standsIn(text, section!), `${text} is not in ${href}`).toBe(true);
    }
  });

  it('shows the class step by step in screenshots that exist, each a small PNG', () => {
    const shots = [...guide.matchAll(/^!\[([^\]]+)\]\(([^)\s]+)\)$/gm)].map((m) => m[2]!);
    expect(shots).toEqual(['1-start-a-class', '2-join-a-class', '3-hand-in', '4-class-results'].map((name) => `${shotFolder}${name}.png`));
    for (const shot of shots) {
      const file = readFileSync(`src/classroom/${shot}`);
      expect(file.subarray(1, 4).toString(), shot).toBe('PNG');
      expect(file.length, shot).toBeLessThan(300_000);
    }
  });

  it('names only scenarios that exist, each by its title', () => {
    const named = links(guide).filter((l) => l.href.includes('scenarios/'));
    expect(named.map((l) => l.href.match(/scenarios\/(.+)\.json$/)?.[1]).sort()).toEqual(['china-2025', 'china-2025-open', 'pivot', 'tutorial', 'us-2025']);
    for (const { text, href } of named) {
      const file = `scenarios/${href.slice(href.indexOf('scenarios/') + 'scenarios/'.length)}`;
      expect(existsSync(file), `${href}`).toBe(true);
      expect(title(file)).toBe(text);
    }
    // Any example link (?scenario=…) names a shipped scenario too.
    const linked = [...guide.matchAll(/\?scenario=([a-z0-9-]+)/g)].map((m) => m[1]!);
    for (const id of linked) expect(existsSync(`scenarios/${id}.json`), id).toBe(true);
  });

  it('links nothing else in the repository that might move', () => {
    for (const path of GUIDES) {
      for (const { href } of links(readFileSync(path, 'utf8'))) expect(href).toMatch(/^(\.\.\/\.\.\/test\/bench\/lessons\.md#|\.\.\/\.\.\/scenarios\/[a-z0-9-]+\.json$|https:\/\/)/);
    }
  });
});

describe('the Chinese teacher guide and handout', () => {
  it('quote the same figures as the English ones, each as often and from the same section', () => {
    const figures = (path: string) => links(readFileSync(path, 'utf8')).filter((l) => l.href.includes('lessons.md')).map((l) => `${l.text.replace(/ (less|points)$/, '')} ${l.href}`).sort();
    expect(figures('src/classroom/teacher-guide.zh-CN.md')).toEqual(figures('src/classroom/teacher-guide.md').map((f) => f.replace(/^\+(\d+) points /, '+$1 ')).sort());
  });

  it('are written in Chinese', () => {
    for (const path of GUIDES.filter((g) => g.includes('zh-CN'))) {
      const text = readFileSync(path, 'utf8');
      expect((text.match(/[\u4e00-\u9fff]/g) ?? []).length, path).toBeGreaterThan(text.length / 3);
    }
  });
});
