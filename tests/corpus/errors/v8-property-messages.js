// Reading or writing a property of undefined/null: V8's messages name the property.
const cases = [
  () => { const o = undefined; return o.x; },
  () => { const o = null; return o.x; },
  () => { const o = undefined; o.x = 1; },
  () => { const o = null; o['y'] = 1; },
  () => { const a = {}; return a.b.c.d; },
  () => { const m = new Map(); m.get('k').push(1); },
  () => { const list = []; return list[3].name; },
  () => { let s; return s[Symbol.iterator]; },
  () => { const user = { profile: null }; return user.profile.email; },
  () => { const arr = [[1]]; return arr[1][0]; },
  () => { const o = {}; return o?.a?.b; },
  () => { const key = 'dynamic'; const o = undefined; return o[key]; },
  () => { const o = undefined; return o[42]; },
];
for (const c of cases) {
  try { console.log('value', c()); } catch (e) { console.log(e.name + ': ' + e.message); }
}
