// A problem found in a scenario file, in the form shown to authors: file:line:column, path, severity, sentence.

export type Severity = 'error' | 'warning';

export interface Problem {
  file: string;
  line?: number;
  column?: number;
  /** JSON path such as labs[2].region, or '' for the whole file. */
  path: string;
  severity: Severity;
  message: string;
  /** The path as keys, for finding the position (set by checks, dropped before problems are shown). */
  pathKeys?: PropertyKey[];
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

export function formatProblem(problem: Problem): string {
  const where = problem.line !== undefined ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
  const path = problem.path ? ` ${problem.path}` : '';
  return `${where}:${path} ${problem.severity}: ${problem.message}`;
}

/** Line and column (1-based) of a character offset in `text`. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
