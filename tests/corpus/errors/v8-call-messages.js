// V8 names the callee when something that is not a function is called.
const obj = { a: { b: 1 } }; const arr = [1]; const key = 'k'; let u;
const cases = [
  () => obj.a.b(), () => obj['a'](), () => obj['with space'](), () => arr[0](), () => obj[key](),
  () => obj[key + 1](), () => obj.a['b'](), () => u(), () => (u)(), () => obj.f()(), () => ({}).x(),
  () => [].x(), () => this.x(), () => new u(), () => new obj.a(), () => new (class {}).x(),
  () => obj[arr[0]](), () => 'str'.x(), () => obj.f(1)(2), () => obj.a.b.c(),
  () => Promise.resolve().x(), () => obj[Symbol.iterator](), () => new Promise(),
  () => new Promise(5), () => { const cb = 42; [1].forEach((x) => cb(x)); },
];
for (const c of cases) {
  try { c(); console.log('no error'); } catch (e) { console.log(e.name + ': ' + e.message); }
}
