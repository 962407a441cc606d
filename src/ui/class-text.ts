// Why a class code or a join did not work, as a sentence a student can act on.
import { t, type MessageKey, type MessageParams } from '../i18n';
import type { JoinProblem } from '../store/class-slice';

export function classCodeProblemText(problem: JoinProblem): string {
  const params: MessageParams = 'position' in problem ? { position: problem.position, character: problem.character } : 'found' in problem ? { found: problem.found } : {};
  return t(`class.problem.${problem.problem}` as MessageKey, params);
}
