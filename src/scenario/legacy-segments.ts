// Scenarios written before buyer segments were data (a save carries its scenario as it was): their two segments
// were fixed, an API bought by the token and a consumer app bought by the seat, and each lab gave its two prices
// as apiPrice and consumerPrice. This turns such a scenario into the same world in today's format.

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The two segments every scenario had then, with the names the game showed for them. */
const FIXED_SEGMENTS: Readonly<Record<string, { name: string; buys: 'tokens' | 'seats'; price: string }>> = {
  api: { name: 'API', buys: 'tokens', price: 'apiPrice' },
  consumer: { name: 'Consumer app', buys: 'seats', price: 'consumerPrice' },
};

/** Whether a scenario is in the format before segments were data: its segments say nothing of how they buy. */
export function hasFixedSegments(data: unknown): boolean {
  if (!isPlain(data) || !isPlain(data['segments'])) return false;
  return Object.values(data['segments']).every((rules) => isPlain(rules) && rules['buys'] === undefined);
}

/** The scenario in today's format: names and ways of buying for the two fixed segments, and each lab's prices by segment. */
export function withSegmentsAsData(data: Plain): Plain {
  const segments: Plain = {};
  for (const [id, rules] of Object.entries(data['segments'] as Plain)) {
    const fixed = FIXED_SEGMENTS[id];
    segments[id] = fixed && isPlain(rules) ? { name: fixed.name, buys: fixed.buys, ...rules } : rules;
  }
  const labs = Array.isArray(data['labs']) ? data['labs'].map((lab: unknown) => {
    if (!isPlain(lab)) return lab;
    const rest: Plain = { ...lab };
    const prices: Plain = {};
    for (const [id, fixed] of Object.entries(FIXED_SEGMENTS)) {
      if (rest[fixed.price] !== undefined) prices[id] = rest[fixed.price];
      delete rest[fixed.price];
    }
    return { ...rest, prices };
  }) : data['labs'];
  return { ...data, segments, labs };
}
