import { describe, expect, it } from 'vitest';
import { createGame, type Model } from '../../src/engine';
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
});
