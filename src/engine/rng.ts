// Seeded random streams kept inside the game state (seedrandom's Alea).
// One stream per purpose, so adding a draw in one never shifts the others.
import seedrandom from 'seedrandom';

export const RNG_STREAMS = ['market', 'training', 'funding', 'risk', 'events', 'bots'] as const;
export type RngStream = (typeof RNG_STREAMS)[number];

export interface AleaState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

export type RngStreams = Record<RngStream, AleaState>;

export function createRngStreams(seed: string): RngStreams {
  const streams = {} as RngStreams;
  for (const stream of RNG_STREAMS) {
    streams[stream] = seedrandom.alea(`${seed}/${stream}`, { state: true }).state() as AleaState;
  }
  return streams;
}

/** A uniform draw in [0, 1) from one stream; writes the advanced stream back into `streams`. */
export function draw(streams: RngStreams, stream: RngStream): number {
  const prng = seedrandom.alea('', { state: { ...streams[stream] } });
  const value = prng();
  streams[stream] = prng.state() as AleaState;
  return value;
}

/** A draw in [low, high). */
export function drawBetween(streams: RngStreams, stream: RngStream, low: number, high: number): number {
  return low + (high - low) * draw(streams, stream);
}
