// Page audits for the presentation tests: text contrast (WCAG's formula) and text sizes, over
// every visible piece of text on the page.

/**
 * Runs in the page. Returns { checked, minFont, failures: [{ text, ratio, fg, bg, font }] }
 * for text whose contrast against its effective background is below `minRatio`. The
 * background is the nearest ancestor's background colour, composited; text over a background
 * image is checked against the colour under it. Opacity on ancestors is applied to the text.
 * Disabled controls are exempt (WCAG 1.4.6 "inactive user interface component").
 */
export function auditText(minRatio) {
  const parse = (value) => {
    const m = value.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  const luminance = ({ r, g, b }) => {
    const channel = (v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const backgroundOf = (element) => {
    const layers = [];
    for (let el = element; el; el = el.parentElement) {
      const color = parse(getComputedStyle(el).backgroundColor);
      if (color && color.a > 0) {
        layers.push(color);
        if (color.a >= 1) break;
      }
    }
    let result = { r: 255, g: 255, b: 255, a: 1 };
    for (const layer of layers.reverse()) result = over(layer, result);
    return result;
  };
  const opacityOf = (element) => {
    let opacity = 1;
    for (let el = element; el; el = el.parentElement) opacity *= Number(getComputedStyle(el).opacity);
    return opacity;
  };
  const failures = [];
  let checked = 0;
  let minFont = Infinity;
  let minFontText = '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = node.textContent.trim();
    if (!text) continue;
    const element = node.parentElement;
    if (!element || element.closest('script, style, noscript, option, .visually-hidden, [aria-hidden="true"]')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rect = range.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) continue;
    if (rect.bottom < 0 || rect.right < 0 || rect.top > innerHeight || rect.left > innerWidth) continue;
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden') continue;
    if (element.closest(':disabled, [aria-disabled="true"]')) continue;
    checked++;
    // SVG text is sized in the drawing's units: what the reader sees is scaled by the viewBox.
    const scale = element instanceof SVGElement ? (element.getScreenCTM()?.a ?? 1) : 1;
    const font = parseFloat(style.fontSize) * scale;
    if (font < minFont) {
      minFont = font;
      minFontText = text.slice(0, 40);
    }
    const bg = backgroundOf(element);
    const color = parse(style.color);
    const fg = over({ ...color, a: color.a * opacityOf(element) }, bg);
    const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    if (ratio < minRatio) {
      failures.push({ text: text.slice(0, 40), ratio: Math.round(ratio * 100) / 100, fg: style.color, bg: `rgb(${bg.r | 0}, ${bg.g | 0}, ${bg.b | 0})`, cls: element.className?.baseVal ?? element.className });
    }
  }
  return { checked, minFont, minFontText, failures };
}
