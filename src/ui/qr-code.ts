// A QR code drawn as SVG elements (no inline image or style, so the page's Content-Security-Policy allows it).
// qrcode-generator makes the pattern; this file only draws it.
import qrcode from 'qrcode-generator';

const SVG = 'http://www.w3.org/2000/svg';
/** The blank border scanners need around the code, in modules. */
const QUIET_ZONE = 4;

/** The dark modules of `text`'s QR code, row by row (medium error correction: a smudged print still scans). */
export function qrModules(text: string): boolean[][] {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
}

/** An SVG of `text`'s QR code, `pixels` wide, named `label` for screen readers. */
export function qrCodeSvg(text: string, label: string, pixels = 220): SVGSVGElement {
  const modules = qrModules(text);
  const span = modules.length + 2 * QUIET_ZONE;
  const svg = document.createElementNS(SVG, 'svg');
  for (const [name, value] of [['viewBox', `0 0 ${span} ${span}`], ['width', String(pixels)], ['height', String(pixels)], ['role', 'img'], ['aria-label', label], ['shape-rendering', 'crispEdges'], ['class', 'qr-code']]) {
    svg.setAttribute(name!, value!);
  }
  const paper = document.createElementNS(SVG, 'rect');
  for (const [name, value] of [['width', String(span)], ['height', String(span)], ['fill', '#ffffff']]) paper.setAttribute(name!, value!);
  let d = '';
  modules.forEach((row, y) => row.forEach((dark, x) => {
    if (dark) d += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
  }));
  const ink = document.createElementNS(SVG, 'path');
  ink.setAttribute('d', d);
  ink.setAttribute('fill', '#000000');
  svg.append(paper, ink);
  return svg;
}
