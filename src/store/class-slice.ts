// Playing for a class: the classroom length of the next game, the class a student joins by code, and the class the
// game in play belongs to (its saves carry the student's name and the code, so Hand in is the save under its own name).
import { isCut } from '../engine';
import { classSeed, decodeClassCode, matchesCustomHash, type ClassCodeProblem, type ClassSetup } from '../classroom/class-code';
import { MAX_HANDIN_TEXT, scenarioHash } from './save-file';
import type { SliceMaker } from './app-state';

/** The class a game is played for. */
export interface ClassGame {
  /** The class code, as the game writes it. */
  code: string;
  student: string;
  /** Whether the code lets students hand their lab to the autopilot. */
  autopilot: boolean;
}

/** Why a student could not join: the code's problem, or one of joining. */
export type JoinProblem =
  | ClassCodeProblem
  | { problem: 'noName' }
  /** The code names a scenario file of the teacher's own: the student loads it first (the title screen's Load a scenario file). */
  | { problem: 'needsFile' }
  /** The classroom length is not shorter than the scenario (a code made by hand). */
  | { problem: 'badLength' };

export interface ClassSlice {
  /** Quarters the next game lasts when shorter than its scenario (a classroom cut); null for the whole scenario. */
  quartersChoice: number | null;
  /** The class the next game is played for (set by joining, cleared by choosing another scenario). */
  classChoice: ClassGame | null;
  /** The class the current game is played for; null outside a class. */
  classGame: ClassGame | null;
  /** A class code from the link (?class=), shown ready in the title screen's Join a class. */
  joinCode: string | null;
  /** Sets the next game's classroom length (null: the whole scenario). */
  chooseQuarters(quarters: number | null): void;
  /** Puts a code from a link into Join a class, and chooses its world so the title screen shows it. */
  offerClassCode(code: string): ClassCodeProblem | null;
  /** Joins a class: its scenario, seed and length become the choice and the game starts at its briefing. Null when it started. */
  joinClass(code: string, student: string): JoinProblem | null;
}

/** The class a save was handed in for, with what its code allows; null for a plain save or a code this game cannot read. */
export function classOfSave(handIn: { student: string; classCode: string } | undefined): ClassGame | null {
  if (!handIn) return null;
  const decoded = decodeClassCode(handIn.classCode);
  return { code: handIn.classCode, student: handIn.student, autopilot: decoded.ok ? decoded.setup.autopilot : true };
}

export const classSlice: SliceMaker<ClassSlice> = (set, get, deps) => {
  /** Makes the code's world the choice; a custom scenario must already be the chosen one (the student loaded the file). */
  const chooseWorld = (setup: ClassSetup): JoinProblem | null => {
    const scenario = 'shipped' in setup.scenario ? deps.shipped(setup.scenario.shipped) : get().scenario;
    if ('shipped' in setup.scenario && !scenario) return { problem: 'unknownScenario' };
    if (!scenario || ('customHash' in setup.scenario && !matchesCustomHash(setup, scenarioHash(scenario)))) return { problem: 'needsFile' };
    if (setup.quarters !== null && !isCut(scenario, setup.quarters)) return { problem: 'badLength' };
    if ('shipped' in setup.scenario && get().scenarioSource !== setup.scenario.shipped) get().chooseScenario(scenario, setup.scenario.shipped);
    set((s) => {
      s.seed = classSeed(setup);
      s.quartersChoice = setup.quarters;
    });
    return null;
  };
  return {
    quartersChoice: null,
    classChoice: null,
    classGame: null,
    joinCode: null,

    chooseQuarters(quarters) {
      set((s) => {
        s.quartersChoice = quarters;
      });
    },

    offerClassCode(code) {
      const decoded = decodeClassCode(code);
      if (!decoded.ok) return decoded;
      // A custom scenario arrives later (the file travels beside the code): the world is chosen when the student joins.
      if ('shipped' in decoded.setup.scenario) chooseWorld(decoded.setup);
      set((s) => {
        s.joinCode = decoded.code;
      });
      return null;
    },

    joinClass(code, student) {
      const decoded = decodeClassCode(code);
      if (!decoded.ok) return decoded;
      const name = student.trim().replace(/\s+/g, ' ');
      if (name.length === 0 || name.length > MAX_HANDIN_TEXT) return { problem: 'noName' };
      const problem = chooseWorld(decoded.setup);
      if (problem) return problem;
      set((s) => {
        s.joinCode = decoded.code;
        s.classChoice = { code: decoded.code, student: name, autopilot: decoded.setup.autopilot };
      });
      get().newGame();
      return null;
    },
  };
};
