// Built-in error types thrown by the language (names only).
const cases = [
  () => null.x,
  () => undefinedVariable,
  () => new Array(-1),
  () => JSON.parse('{bad'),
  () => decodeURIComponent('%'),
  () => (1).toFixed(200),
  () => { 'use strict'; Object.freeze([]).push(1); },
];
for (const c of cases) {
  try { c(); } catch (e) { console.log(e.constructor.name, e instanceof Error); }
}
