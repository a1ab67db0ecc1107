// Argument errors from URLSearchParams and URL methods.
const p = new URLSearchParams('a=1');
const calls = [() => p.get(), () => p.append('a'), () => p.set(), () => p.has(), () => p.delete(), () => p.getAll(), () => p.forEach(1),
  () => URLSearchParams.prototype.get.call({}, 'a'), () => Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({})];
for (const f of calls) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(p.get(undefined), p.has(null), new URLSearchParams('null=1').get(null));
