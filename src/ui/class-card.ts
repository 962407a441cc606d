// The title screen's classroom card: Join a class (a student types the code and a name) and Start a class (a teacher
// gets a code, a link and a QR code for the scenario chosen on the title screen).
import { isCut } from '../engine';
import { getLanguage, t } from '../i18n';
import { CODE_SCENARIOS, CUSTOM_HASH_DIGITS, MAX_CLASS_SEED, encodeClassCode, type ClassSetup } from '../classroom/class-code';
import type { AppStore } from '../store/game-store';
import { scenarioHash } from '../store/save-file';
import { classCodeProblemText } from './class-text';
import { h, replaceChildren, type Panel } from './dom';
import { createModal } from './modal';
import { classLink } from '../url-options';
import { scenarioTitle } from './scenario-text';

/** Classroom lengths a teacher may choose, longest first, where the scenario is longer. */
export const CLASSROOM_LENGTHS = [8, 7, 6];

export function createClassCard(store: AppStore): Panel {
  const start = h('button', { type: 'button', class: 'secondary', id: 'start-class' }, t('class.start'));
  const startDialog = createModal('class-start-heading', () => startClassForm(store), true);
  start.addEventListener('click', () => startDialog.open(start));

  const codeInput = h('input', { type: 'text', id: 'class-code', autocomplete: 'off', spellcheck: 'false', autocapitalize: 'characters', maxlength: 40, class: 'class-code-input' });
  const nameInput = h('input', { type: 'text', id: 'class-student', autocomplete: 'name', maxlength: 80 });
  const join = h('button', { type: 'button', class: 'primary', id: 'join-class' }, t('class.joinButton'));
  const message = h('p', { class: 'message error', role: 'alert', id: 'join-message' });
  const joinClass = () => {
    const problem = store.getState().joinClass(codeInput.value, nameInput.value);
    message.textContent = problem ? classCodeProblemText(problem) : '';
    if (problem?.problem === 'noName') nameInput.focus();
    else if (problem && problem.problem !== 'needsFile') codeInput.focus();
  };
  join.addEventListener('click', joinClass);
  for (const input of [codeInput, nameInput]) {
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') joinClass();
    });
  }
  const joinBox = h('details', { class: 'join-class' },
    h('summary', {}, t('class.join')),
    h('p', { class: 'muted' }, t('class.joinHelp')),
    h('label', { for: 'class-code' }, t('class.codeLabel')),
    codeInput,
    h('label', { for: 'class-student' }, t('class.nameLabel')),
    nameInput,
    h('div', { class: 'button-row' }, join),
    message);
  // A class link (?class=) opens Join a class with its code in place: the student only types a name.
  const { joinCode: offered, classChoice } = store.getState();
  if (offered) {
    codeInput.value = offered;
    // Back from a class game, the name is the one the student joined with.
    if (classChoice?.code === offered) nameInput.value = classChoice.student;
    joinBox.open = true;
    queueMicrotask(() => nameInput.focus());
  }
  const root = h('section', { class: 'card class-card' }, joinBox, h('div', { class: 'button-row' }, start));
  return { root, destroy: () => { startDialog.destroy(); root.remove(); } };
}

/** A seed a class can read out: a number below a million. */
function freshClassSeed(): number {
  return Math.floor(Math.random() * (MAX_CLASS_SEED + 1));
}

/** The teacher's form: seed, length and autopilot for the chosen scenario, then the code, its link and its QR code. */
function startClassForm(store: AppStore): HTMLElement[] {
  const { scenario, scenarioSource } = store.getState();
  const shipped = CODE_SCENARIOS.includes(scenarioSource) && scenario.id === scenarioSource;
  const seed = h('input', { type: 'number', id: 'class-seed', min: 0, max: MAX_CLASS_SEED, step: 1, value: freshClassSeed(), inputmode: 'numeric' });
  const another = h('button', { type: 'button', class: 'secondary' }, t('class.newSeed'));
  another.addEventListener('click', () => {
    seed.value = String(freshClassSeed());
  });
  const length = h('select', { id: 'class-length' },
    h('option', { value: '' }, t('class.lengthWhole', { count: scenario.quarters })),
    ...CLASSROOM_LENGTHS.filter((q) => isCut(scenario, q)).map((q) => h('option', { value: q }, t('class.lengthCut', { count: q }))));
  const autopilot = h('input', { type: 'checkbox', id: 'class-autopilot', checked: true });
  const make = h('button', { type: 'button', class: 'primary', id: 'make-class-code' }, t('class.make'));
  const problem = h('p', { class: 'message error', role: 'alert' });
  const result = h('div', { class: 'class-result', 'aria-live': 'polite' });
  make.addEventListener('click', () => {
    const seedNumber = Number(seed.value);
    if (seed.value.trim() === '' || !Number.isInteger(seedNumber) || seedNumber < 0 || seedNumber > MAX_CLASS_SEED) {
      problem.textContent = t('class.badSeed');
      seed.focus();
      return;
    }
    problem.textContent = '';
    const setup: ClassSetup = {
      scenario: shipped ? { shipped: scenarioSource } : { customHash: scenarioHash(scenario).slice(0, CUSTOM_HASH_DIGITS) },
      seed: seedNumber,
      quarters: length.value === '' ? null : Number(length.value),
      autopilot: autopilot.checked,
    };
    replaceChildren(result, ...classResult(store, setup));
  });
  const parts: (HTMLElement | null)[] = [
    h('h2', { id: 'class-start-heading' }, t('class.startHeading')),
    h('p', {}, t('class.startHelp')),
    h('p', {}, h('strong', {}, t('class.scenario', { title: scenarioTitle(scenario) }))),
    shipped ? null : h('p', { class: 'caution-note' }, t('class.customScenario', { file: scenarioSource })),
    h('div', { class: 'class-form' },
      h('label', { for: 'class-seed' }, t('class.seed')),
      h('div', { class: 'button-row seed-row' }, seed, another),
      h('label', { for: 'class-length' }, t('class.length')),
      length,
      h('label', { class: 'check-line' }, autopilot, t('class.autopilot'))),
    h('div', { class: 'button-row' }, make),
    problem,
    result,
  ];
  return parts.filter((e): e is HTMLElement => e !== null);
}

/** The code, read-out spelling, link (with Copy) and QR code of a class. */
function classResult(store: AppStore, setup: ClassSetup): HTMLElement[] {
  const code = encodeClassCode(setup);
  const link = classLink(`${window.location.origin}${window.location.pathname}`, code, getLanguage());
  const linkBox = h('input', { type: 'text', readonly: true, value: link, id: 'class-link', class: 'class-link' });
  const copy = h('button', { type: 'button', class: 'secondary' }, t('class.copyLink'));
  const copied = h('p', { class: 'message ok', role: 'status' });
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(link);
      copied.textContent = t('class.copied');
    } catch {
      linkBox.select();
      copied.textContent = t('class.copyFailed');
    }
  });
  const { scenario } = store.getState();
  const lengthText = setup.quarters === null ? t('class.lengthWhole', { count: scenario.quarters }) : t('class.lengthCut', { count: setup.quarters });
  const parts: (HTMLElement | null)[] = [
    h('h3', {}, t('class.code')),
    h('p', { class: 'class-code', id: 'class-code-shown' }, code),
    h('p', { class: 'muted' }, t('class.codeSays', { spelled: code.replace(/-/g, '').split('').join(' ') })),
    h('p', { class: 'muted' }, t('class.summary', { title: scenarioTitle(scenario), seed: setup.seed, length: lengthText, autopilot: setup.autopilot ? t('class.autopilotAllowed') : t('class.autopilotForbidden') })),
    h('label', { for: 'class-link' }, t('class.link')),
    h('div', { class: 'button-row' }, linkBox, copy),
    copied,
  ];
  // The QR code beside the code and link, so the whole class sees both on one projected screen. Its maker is loaded
  // when a class is started, not with the page (a player who never starts a class never needs it).
  const qr = h('figure', { class: 'class-qr' }, h('figcaption', { class: 'muted small' }, t('class.qr')));
  void import('./qr-code').then(({ qrCodeSvg }) => qr.prepend(qrCodeSvg(link, t('class.qr'))));
  return [h('div', { class: 'class-result-grid' }, h('div', {}, ...parts), qr)];
}
