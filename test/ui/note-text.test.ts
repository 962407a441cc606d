import { describe, expect, it } from 'vitest';
import { botSeats, createGame, endQuarter, type Model } from '../../src/engine';
import { setLanguage } from '../../src/i18n';
import { noteText } from '../../src/ui/note-text';
import { shippedScenario } from '../helpers';

describe('report notes as sentences', () => {
  it('a held-back model names both the new model and the one kept on sale', () => {
    setLanguage('en');
    const game = createGame(shippedScenario('us-2025'), { seed: 'note-text' });
    const kept = game.models.find((m) => m.lab === 'solstice')!;
    const giant: Model = { ...kept, id: 'solstice-giant', name: 'Solstice Giant' };
    game.models.push(giant);
    const text = noteText(game, { code: 'modelHeldBack', params: { model: giant.id, kept: kept.id } });
    expect(text).toContain('Solstice Giant is ready');
    expect(text).toContain(`${kept.name} stays on sale`);
    expect(text).not.toContain('solstice-');
  });

  it('every note of a played china-2025 game reads with its numbers rounded and grouped, in both languages', () => {
    const scenario = shippedScenario('china-2025');
    let game = createGame(scenario, { seed: 'note-sweep', seats: botSeats(scenario) });
    for (let q = 0; q < 6; q += 1) game = endQuarter(game);
    const notes = game.reports.flatMap((r) => r.labs.flatMap((row) => row.notes));
    expect(new Set(notes.map((n) => n.code)).size).toBeGreaterThan(5);
    for (const language of ['en', 'zh-CN']) {
      setLanguage(language);
      for (const note of notes) {
        const text = noteText(game, note);
        // No float left as the engine wrote it (0.11217637…), and no long count without its separators (1945).
        expect(text, `${note.code}: ${text}`).not.toMatch(/\d\.\d{4,}/);
        expect(text.replace(/20[2-3]\d/g, ''), `${note.code}: ${text}`).not.toMatch(/(?<![\d.,])\d{4,}(?![\d.,])/);
      }
    }
    setLanguage('en');
  });
});
