// A result file's verdict as the sentence a teacher reads, the same in the game and in `npm run verify`.
import type { Seat, StrategyId } from '../engine';
import { getLanguage, money, t } from '../i18n';
import { translatedText } from '../scenario/shipped-text';
import { saveProblemText } from '../store/saves-slice';
import type { AutopilotSpell, QuarterDate, RefusedResult, ResultVerdict, VerifiedResult } from './result-check';

/** Scenario hashes are shown this long: enough to tell files apart at a glance. */
const SHORT_HASH = 10;

/** The verdict without the file's name: "verified — …" or "not verified — …". */
export function verdictText(verdict: ResultVerdict): string {
  if (!verdict.ok) return refusalText(problemText(verdict));
  const line = t('verify.ok', {
    scenario: scenarioText(verdict.scenario),
    seed: verdict.seed,
    status: verdict.finished ? t('verify.finished') : verdict.lastPlayed ? t('verify.inProgress', { date: dateText(verdict.lastPlayed) }) : t('verify.notStarted'),
    lab: verdict.lab.name,
    standing: verdict.standing ? t('verify.standing') : t('verify.out'),
    score: money(verdict.score),
    rank: verdict.rank,
    labs: verdict.labCount,
    autopilot: verdict.autopilot.length === 0 ? t('verify.noAutopilot') : verdict.autopilot.map(spellText).join(', '),
  });
  const classroom = [
    verdict.cut ? t('verify.cut', { quarters: verdict.quarters }) : null,
    verdict.handIn ? t('verify.handIn', { student: verdict.handIn.student, code: verdict.handIn.classCode }) : null,
  ].filter((part): part is string => part !== null);
  const full = [line, ...classroom].join(' ');
  return verdict.copies.length === 0 ? full : `${full} ${t('verify.copies', { files: verdict.copies.join(', ') })}`;
}

/** Why a file is not verified, as a sentence: the seat, figure or move at fault where there is one. */
export function problemText(refusal: Omit<RefusedResult, 'ok' | 'file'>): string {
  const { seat, figure, refused } = refusal;
  if (refusal.reason === 'seats' && seat) return t('verify.problem.seats', { lab: seat.lab, found: seatText(seat.found), expected: seatText(seat.expected) });
  // Shown as the number it is (NaN, Infinity, 1e+300): formatted as money it would read as a score.
  if (refusal.reason === 'implausible' && figure) return t('verify.problem.implausible', { lab: figure.lab, figure: figure.name, value: String(figure.value) });
  return saveProblemText({ reason: refusal.reason, detail: refusal.detail, refused });
}

/** A strategy's short name in the reader's language (English keeps the ids' words: frontier, steady). */
const strategyWord = (strategy: StrategyId): string => t(`strategyShort.${strategy}`);

function seatText(seat: Seat): string {
  if (seat.kind === 'human') return t('verify.seat.person');
  return t(seat.autopilot ? 'verify.seat.autopilot' : 'verify.seat.strategy', { strategy: strategyWord(seat.strategy) });
}

/** A file refused before it could be checked (missing, unreadable) or by the check. */
export function refusalText(reason: string): string {
  return t('verify.bad', { reason });
}

/** One line of a list of verdicts: the file's name, then its verdict. */
export function verdictLine(file: string, verdict: string): string {
  return t('verify.line', { file, verdict });
}

function scenarioText(scenario: VerifiedResult['scenario']): string {
  // A shipped scenario is named by its title in the reader's language.
  const title = scenario.custom ? scenario.title : translatedText(scenario.id, getLanguage(), 'title', scenario.title);
  const params = { title, id: scenario.id, hash: scenario.hash.slice(0, SHORT_HASH) };
  if (!scenario.custom) return t('verify.shippedScenario', params);
  return t(scenario.posingAsShipped ? 'verify.customAsShipped' : 'verify.customScenario', params);
}

function spellText(spell: AutopilotSpell): string {
  const params = { strategy: strategyWord(spell.strategy), from: dateText(spell.from), until: spell.until ? dateText(spell.until) : '' };
  if (!spell.until) return t('verify.autopilotFrom', params);
  const sameQuarter = spell.until.year === spell.from.year && spell.until.quarter === spell.from.quarter;
  return t(sameQuarter ? 'verify.autopilotIn' : 'verify.autopilotBetween', params);
}

function dateText(date: QuarterDate): string {
  return t('hq.date', { quarter: date.quarter, year: date.year });
}
