// Deterministic ln/exp built only from + - * / so every JS engine gives the same bits
// (native Math.log/exp differ in the last bit between V8 builds and QuickJS).

const LN2 = 0.6931471805599453;
const LN10 = 2.302585092994046;
const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;

/** Natural logarithm; NaN for x <= 0 or non-finite input. */
export function ln(x: number): number {
  if (!(x > 0) || x === Infinity) return x === Infinity ? Infinity : NaN;
  // Reduce to m in [1, 2) with x = m * 2^k; multiplying by 2 is exact.
  let k = 0;
  let m = x;
  while (m >= 2) { m /= 2; k += 1; }
  while (m < 1) { m *= 2; k -= 1; }
  // Centre on 1 for faster series convergence: m in [sqrt(0.5), sqrt(2)).
  if (m > 1.4142135623730951) { m /= 2; k += 1; }
  // ln(m) = 2 * atanh(z), z = (m - 1) / (m + 1), |z| < 0.172.
  const z = (m - 1) / (m + 1);
  const z2 = z * z;
  // Horner form of z(1 + z^2/3 + z^4/5 + ...), smallest terms first.
  let sum = 0;
  for (let n = 39; n >= 1; n -= 2) sum = 1 / n + z2 * sum;
  return 2 * z * sum + k * LN2_HI + k * LN2_LO;
}

/** Base-10 logarithm. */
export function log10(x: number): number {
  return ln(x) / LN10;
}

/** e^x; clamps to 0 and Infinity outside the double range. */
export function exp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 709.78) return Infinity;
  if (x < -745) return 0;
  // x = k*ln2 + r with |r| <= ln2/2 (ln2 split in two so k*LN2_HI is exact), then e^x = 2^k * e^r.
  const k = Math.round(x / LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  // Horner form of the Taylor series: 1 + r(1 + r/2(1 + r/3(...))).
  let sum = 1;
  for (let n = 24; n >= 1; n -= 1) sum = 1 + (sum * r) / n;
  return sum * pow2(k);
}

/** 2^k for an integer k, exact: every power exp can need, worked out once by halving and doubling (each step exact). */
const MIN_POWER = -1080;
const MAX_POWER = 1030;
const POWERS_OF_TWO: readonly number[] = (() => {
  const table = new Array<number>(MAX_POWER - MIN_POWER + 1);
  table[-MIN_POWER] = 1;
  for (let k = 1; k <= MAX_POWER; k += 1) table[k - MIN_POWER] = table[k - 1 - MIN_POWER]! * 2;
  for (let k = -1; k >= MIN_POWER; k -= 1) table[k - MIN_POWER] = table[k + 1 - MIN_POWER]! / 2;
  return table;
})();

function pow2(k: number): number {
  return k >= MIN_POWER && k <= MAX_POWER ? POWERS_OF_TWO[k - MIN_POWER]! : slowPow2(k);
}

/** The table's rule, one step at a time, for powers outside it (exp never asks for them). */
function slowPow2(k: number): number {
  let result = 1;
  if (k >= 0) {
    for (let i = 0; i < k; i += 1) result *= 2;
  } else {
    for (let i = 0; i > k; i -= 1) result /= 2;
  }
  return result;
}

/** base^power for base > 0. */
export function pow(base: number, power: number): number {
  if (power === 0) return 1;
  if (base === 0) return power > 0 ? 0 : Infinity;
  return exp(power * ln(base));
}

/** Logistic share helper: softmax of utilities with one outside option of utility `outside`. */
export function softmaxWithOutside(utilities: readonly number[], outside: number): number[] {
  const top = Math.max(outside, ...utilities);
  const weights = utilities.map((u) => exp(u - top));
  const total = weights.reduce((a, w) => a + w, exp(outside - top));
  return weights.map((w) => w / total);
}

/**
 * softmaxWithOutside's share of one more utility placed after `utilities`, for each of `candidates` (a seller weighing
 * prices against fixed rivals). The same bits: the rivals' weights are summed in the same order, once per top utility.
 */
export function lastShares(utilities: readonly number[], candidates: readonly number[], outside: number): number[] {
  const fixedTop = Math.max(outside, ...utilities);
  let summedTop: number | undefined;
  let summed = 0;
  return candidates.map((candidate) => {
    const top = Math.max(fixedTop, candidate);
    if (summedTop === undefined || !Object.is(top, summedTop)) {
      summed = utilities.reduce((a, u) => a + exp(u - top), exp(outside - top));
      summedTop = top;
    }
    const weight = exp(candidate - top);
    return weight / (summed + weight);
  });
}

