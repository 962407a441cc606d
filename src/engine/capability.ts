import { log10 } from './math';
import type { CapabilityCurve } from './scenario-types';

/** Capability score from effective training compute: concave, a fixed number of points per tenfold. */
export function capabilityOf(curve: CapabilityCurve, effectiveCompute: number): number {
  if (effectiveCompute <= curve.baseCompute) return 0;
  return curve.pointsPerDecade * log10(effectiveCompute / curve.baseCompute);
}
