import { describe, expect, it } from 'vitest';
import { NEWS_CODES, NOTE_CODES, REJECTION_REASONS } from '../../src/engine';
import { en } from '../../src/i18n/en';

// The engine emits only these codes (the report and rejection types allow no others); each needs a sentence.
describe('every code the engine can emit has a message', () => {
  it.each(NOTE_CODES.map((code) => [code]))('report note %s', (code) => {
    expect(Object.hasOwn(en, `note.${code}`)).toBe(true);
  });
  it.each(NEWS_CODES.filter((code) => code !== 'event').map((code) => [code]))('news line %s', (code) => {
    expect(Object.hasOwn(en, `news.${code}`)).toBe(true);
  });
  it.each(REJECTION_REASONS.map((code) => [code]))('rejection %s', (code) => {
    expect(Object.hasOwn(en, `reason.${code}`)).toBe(true);
  });
});
