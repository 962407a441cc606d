import { describe, expect, it } from 'vitest';
import { checkHandedInFile, classResults, handInDetails, type ClassEntry } from '../../src/classroom/class-results';
import { classCsv, csvField } from '../../src/classroom/class-csv';
import { encodeClassCode } from '../../src/classroom/class-code';
import { saveText, type SaveFile } from '../../src/store/save-file';
import { shippedScenario } from '../helpers';
import { forgedRichChina, playedAs, reseal } from './result-files';

const china = shippedScenario('china-2025');
const shipped = (id: string) => (id === china.id ? china : undefined);

/** A result file as the end screen's Hand in writes it: the save with the student's name and class code, sealed. */
function handedIn(save: SaveFile, student: string, classCode: string): string {
  const { checksum: _checksum, ...body } = save;
  return reseal({ ...body, handIn: { student, classCode } } as Omit<SaveFile, 'checksum'>);
}

/** Reads CSV as a spreadsheet would: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { fields.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { fields.push(field); rows.push(fields); fields = []; field = ''; i += 1; } else field += c;
  }
  return rows;
}

describe('a class\'s results', () => {
  const ana = saveText(playedAs(china, '7', 4, 'frontier'));
  const files = [
    { name: 'ana.json', text: handedIn(JSON.parse(ana) as SaveFile, 'Ana Lima', 'KX7-PQ') },
    { name: 'bo.json', text: handedIn(playedAs(china, '7', 4, 'efficient-open'), 'Bo Chen', 'KX7-PQ') },
    { name: 'cy.json', text: handedIn(playedAs(china, '7', 4, 'consumer-apps', { 2: 'frontier' }), 'Cy', 'kx7pq') },
    { name: 'copy.json', text: ana },
    { name: 'other-seed.json', text: handedIn(playedAs(china, '8', 4, 'frontier'), 'Dee', 'KX7-PQ') },
    { name: 'forged.json', text: forgedRichChina(china, '7', 4) },
    { name: 'edited.json', text: ana.replace('"seed":"7"', '"seed":"9"') },
    { name: 'lost.json', unreadable: 'The file could not be read (gone).' },
  ];
  const checked = files.map((f) => checkHandedInFile(f, shipped));
  const entries = classResults(checked, { classCode: 'KX7PQ', seed: '7' });
  const byFile = (name: string) => entries.find((e) => e.file === name)!;
  const kinds = (e: ClassEntry) => e.flags.map((f) => f.kind);

  it('names each student from the file, or by the file\'s name when it carries none', () => {
    expect(entries.map((e) => e.name)).toEqual(['Ana Lima', 'Bo Chen', 'Cy', 'copy', 'Dee', 'forged', 'edited', 'lost']);
    expect(handInDetails('{"handIn": {"classCode": "AB", "student": " Zoë "}, "quarters": 6}')).toEqual({ student: 'Zoë', classCode: 'AB', quarters: 6 });
    expect(handInDetails('not json')).toEqual({});
  });

  it('verifies honest files without flags and says whose choices each resembles', () => {
    expect(kinds(byFile('ana.json'))).toEqual(['copy', 'unfinished']);
    expect(kinds(byFile('bo.json'))).toEqual(['unfinished']);
    expect(byFile('ana.json').resemblance?.closest).toBe('frontier');
    expect(byFile('bo.json').resemblance?.closest).toBe('efficient-open');
    // A class code typed in another case and without its dash is the same class.
    expect(kinds(byFile('cy.json'))).not.toContain('wrongClass');
  });

  it('flags the copy, the other seed, the missing class code, autopilot, the forgery and the edited file, each with its reason', () => {
    expect(byFile('copy.json').flags.map((f) => f.reason)).toContain('Same seed, scenario and every move as ana.json: a copy.');
    expect(byFile('copy.json').flags.map((f) => f.reason)).toContain('The file carries no class code (the class is KX7PQ).');
    expect(byFile('other-seed.json').flags.map((f) => f.reason)).toContain('Played seed 8, not 7: another world.');
    expect(byFile('cy.json').flags.map((f) => f.reason)).toContain('On autopilot 2 of 4 quarters (50%).');
    expect(byFile('forged.json').flags.map((f) => f.reason)).toContain('Played a changed scenario under the shipped name china-2025.');
    expect(kinds(byFile('forged.json'))).toContain('otherScenario');
    expect(kinds(byFile('edited.json'))).toEqual(['unverified']);
    expect(byFile('edited.json').flags[0]!.reason).toMatch(/^Not verified: It has been changed since it was saved/);
    expect(byFile('lost.json').flags[0]!.reason).toBe('Not verified: The file could not be read (gone).');
  });

  it('flags autopilot in a class whose code forbids it as against the class\'s rules, with the quarters it played', () => {
    const strict = encodeClassCode({ scenario: { shipped: 'china-2025' }, seed: 7, quarters: null, autopilot: false });
    const allowed = encodeClassCode({ scenario: { shipped: 'china-2025' }, seed: 7, quarters: null, autopilot: true });
    const save = playedAs(china, '7', 4, 'consumer-apps', { 1: 'frontier' });
    const [forbidden, fine] = classResults([strict, allowed].map((code, i) => checkHandedInFile({ name: `f${i}.json`, text: handedIn(save, 'Cy', code) }, shipped)));
    expect(forbidden!.flags.map((f) => [f.kind, f.reason])).toContainEqual(['autopilotForbidden', `On autopilot 3 of 4 quarters, though class ${strict} does not allow the autopilot.`]);
    expect(fine!.flags.map((f) => f.kind)).toContain('autopilot');
    expect(fine!.flags.map((f) => f.kind)).not.toContain('autopilotForbidden');
  });

  it('holds a file to the world its class code gives, without the teacher typing the seed', () => {
    const code = encodeClassCode({ scenario: { shipped: 'china-2025' }, seed: 7, quarters: null, autopilot: true });
    const [same, other] = classResults(['7', '8'].map((seed) => checkHandedInFile({ name: `s${seed}.json`, text: handedIn(playedAs(china, seed, 2, 'frontier'), 'Dee', code) }, shipped)));
    expect(same!.flags.map((f) => f.kind)).not.toContain('wrongSeed');
    expect(other!.flags.map((f) => f.reason)).toContain('Played seed 8, not 7: another world.');
  });

  it('places verified files of the class\'s game and world by score, and none from another world, class or scenario', () => {
    const placed = entries.filter((e) => e.place !== undefined).sort((a, b) => a.place! - b.place!);
    expect(placed.map((e) => e.file).sort()).toEqual(['ana.json', 'bo.json', 'cy.json']);
    for (let i = 1; i < placed.length; i += 1) expect(placed[i]!.result!.score).toBeLessThanOrEqual(placed[i - 1]!.result!.score);
    for (const apart of ['copy.json', 'other-seed.json', 'forged.json', 'edited.json', 'lost.json']) expect(byFile(apart).place, apart).toBeUndefined();
    // Without a class code or seed to hold them to, the copy and the other world are placed too, the copy beside its original.
    const open = classResults(checked);
    const place = (name: string) => open.find((e) => e.file === name)!.place;
    expect(place('copy.json')).toBe(place('ana.json'));
    expect(place('other-seed.json')).toBeDefined();
  });

  it('does not place a game of another length (a classroom cut) among the class\'s', () => {
    const [ana, bo, cy] = checked;
    const cut = classResults([ana!, cy!, { ...bo!, quarters: 3 }]);
    expect(cut[2]!.place).toBeUndefined();
    expect(cut[2]!.flags.map((f) => f.kind)).toContain('otherScenario');
    expect(cut[0]!.place).toBeDefined();
  });

  it('exports CSV with a byte-order mark, a header row and one quoted row per file that a spreadsheet reads back', () => {
    const csv = classCsv(entries);
    expect(csv.startsWith('\uFEFF"Place","Student","File"')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(files.length + 1);
    const header = rows[0]!;
    const column = (name: string) => header.indexOf(name);
    const ana = rows.find((r) => r[column('Student')] === 'Ana Lima')!;
    expect(ana[column('Class code')]).toBe('KX7-PQ');
    expect(ana[column('Seed')]).toBe('7');
    expect(ana[column('Choices resemble')]).toBe('frontier');
    expect(ana[column('Verified')]).toBe('yes');
    expect(Number(ana[column('Score')])).toBe(Math.round(byFile('ana.json').result!.score));
    const edited = rows.find((r) => r[column('File')] === 'edited.json')!;
    expect(edited[column('Verified')]).toBe('no');
    expect(edited[column('Flags')]).toMatch(/^Not verified: /);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });

  it('quotes commas, quotes and line breaks, and keeps a name from running as a formula', () => {
    expect(csvField('Lima, "Ana"')).toBe('"Lima, ""Ana"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(-12)).toBe('"-12"');
    expect(parseCsv(`${csvField('two\nlines')},${csvField('Zoë 张')}\r\n`)).toEqual([['two\nlines', 'Zoë 张']]);
  });
});
