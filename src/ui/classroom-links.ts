// The title screen's row for teachers: the class results page, the teacher guide and the student handout.
import { t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { classResultsButton } from './class-results-page';
import { h } from './dom';
import { guideButton } from './guide-page';

export function classroomRow(store: AppStore): HTMLElement {
  return h('div', { class: 'classroom-row', role: 'group', 'aria-label': t('guide.forTeachers') },
    h('span', { class: 'muted' }, t('guide.forTeachers')),
    classResultsButton(store), guideButton('teacher'), guideButton('handout'));
}
