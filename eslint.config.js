// Lint: typescript-eslint's recommended rules everywhere, plus the engine's boundary and determinism rules.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NOT_DETERMINISTIC = 'is not deterministic across JS engines; the engine must use src/engine/math.ts or state-held RNG';

const nondeterministicMath = ['exp', 'expm1', 'log', 'log1p', 'log2', 'log10', 'pow', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'cbrt', 'hypot', 'random'];

/** The engine's rules for a file `depth` folders below src/engine (0 = src/engine itself). */
export const engineRules = (depth) => ({
  'no-restricted-imports': ['error', {
    // Bare Node module names are matched exactly, so a local file such as ./events is not caught.
    paths: ['fs', 'path', 'os', 'crypto', 'worker_threads', 'child_process', 'process', 'util', 'events', 'buffer', 'stream']
      .map((name) => ({ name, message: 'The engine never imports Node modules.' })),
    patterns: [
      { group: ['phaser', 'phaser/*'], message: 'The engine never imports Phaser: Phaser renders, it does not decide.' },
      { group: ['zustand', 'zustand/*'], message: 'The engine never imports the store.' },
      { group: ['node:*'], message: 'The engine never imports Node modules.' },
      { group: [`${'../'.repeat(depth + 1)}*`], message: 'The engine imports nothing from src/ outside src/engine.' },
    ],
  }],
  'no-restricted-properties': ['error',
    ...nondeterministicMath.map((property) => ({ object: 'Math', property, message: `Math.${property} ${NOT_DETERMINISTIC}.` })),
    { property: 'localeCompare', message: `localeCompare ${NOT_DETERMINISTIC}; compare code units.` },
    { object: 'performance', property: 'now', message: `performance.now ${NOT_DETERMINISTIC}.` },
  ],
  'no-restricted-syntax': ['error',
    { selector: "BinaryExpression[operator='**']", message: `The ** operator ${NOT_DETERMINISTIC}; multiply, or use pow from src/engine/math.ts.` },
    { selector: "AssignmentExpression[operator='**=']", message: `The **= operator ${NOT_DETERMINISTIC}.` },
  ],
  'no-restricted-globals': ['error',
    { name: 'Date', message: `Date ${NOT_DETERMINISTIC}; time comes from the game state.` },
    { name: 'performance', message: `performance ${NOT_DETERMINISTIC}.` },
    { name: 'Intl', message: `Intl ${NOT_DETERMINISTIC}; formatting belongs to src/i18n.` },
    ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'process', 'require', 'setTimeout', 'setInterval', 'requestAnimationFrame', 'crypto']
      .map((name) => ({ name, message: `${name} is outside the engine's world: the engine is pure.` })),
  ],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  { files: ['src/engine/*.ts'], rules: engineRules(0) },
  { files: ['src/engine/*/*.ts'], rules: engineRules(1) },
);
