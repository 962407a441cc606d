import { describe, expect, it } from 'vitest';
import type { ActionType } from '../../src/engine';
import type { Handlers } from '../../src/engine/handler';
import { computeHandlers } from '../../src/engine/handlers-compute';

describe('every action type has a handler', () => {
  it('a handler table missing an action type fails the type check (tsc runs in npm test)', () => {
    // @ts-expect-error -- only the compute actions: the other types have no handler, so this must not compile.
    const partial: Handlers<ActionType> = { ...computeHandlers };
    expect(Object.keys(partial).sort()).toEqual(['buyChips', 'sellChips', 'setRental', 'setSplit']);
  });
});
