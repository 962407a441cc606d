// The teacher guide and the student handout, from the same Markdown files the repository keeps
// (src/classroom/teacher-guide.md, student-handout.md), on a page that prints.
import { getLanguage, t, type MessageKey } from '../i18n';
import { h } from './dom';
import { renderMarkdown } from './markdown';
import { createSheet } from './sheet';

export type GuideName = 'teacher' | 'handout';

// Each file is its own chunk, fetched the first time it is opened, so the game's first load stays as it was.
const TEXTS: Record<GuideName, () => Promise<{ default: string }>> = {
  teacher: () => import('../classroom/teacher-guide.md?raw'),
  handout: () => import('../classroom/student-handout.md?raw'),
};
/** The same guides in Simplified Chinese, with the same figures (a test holds both to the lessons report). */
const TEXTS_ZH: Record<GuideName, () => Promise<{ default: string }>> = {
  teacher: () => import('../classroom/teacher-guide.zh-CN.md?raw'),
  handout: () => import('../classroom/student-handout.zh-CN.md?raw'),
};

// The guide's screenshots (made by test/e2e/class-lesson.e2e.ts, and in Chinese under zh-CN/ by class-guide-zh.e2e.ts):
// the build's address of each, by the path the guide writes.
const SHOTS = import.meta.glob<string>('../classroom/guide-shots/**/*.png', { eager: true, query: '?url', import: 'default' });
const shot = (path: string) => SHOTS[`../classroom/${path}`];

const HEADINGS: Record<GuideName, MessageKey> = { teacher: 'guide.teacher', handout: 'guide.handout' };

export function guideButton(name: GuideName): HTMLElement {
  const button = h('button', { type: 'button', class: 'secondary' }, t(HEADINGS[name]));
  button.addEventListener('click', () => void openGuide(name, button));
  return button;
}

export async function openGuide(name: GuideName, opener: HTMLElement): Promise<void> {
  const sheet = createSheet(`guide-${name}`, t(HEADINGS[name]));
  const article = h('article', { class: 'guide' }, h('p', { class: 'muted' }, t('guide.loading')));
  sheet.body.append(article);
  sheet.open(opener);
  try {
    const { default: text } = await (getLanguage() === 'zh-CN' ? TEXTS_ZH : TEXTS)[name]();
    // The file's own title is the page's heading already.
    article.replaceChildren(...renderMarkdown(text.replace(/^# .*\n/, ''), shot));
  } catch (error) {
    article.replaceChildren(h('p', { role: 'alert' }, t('guide.failed', { message: error instanceof Error ? error.message : String(error) })));
  }
}
