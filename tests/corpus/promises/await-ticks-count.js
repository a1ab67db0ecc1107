// How many microtask turns does each kind of await take? Count turns until resumption.
let turn = 0;
let running = true;
(function counter() { if (running) Promise.resolve().then(() => { turn++; counter(); }); })();
const results = [];
async function measure(name, value) {
  const start = turn;
  await value;
  results.push(`${name}: ${turn - start}`);
}
const thenable = { then(r) { r(1); } };
Promise.all([
  measure('non-promise', 42),
  measure('resolved promise', Promise.resolve(1)),
  measure('thenable', thenable),
  measure('async fn result', (async () => 1)()),
]).then(() => {
  running = false;
  console.log(results.join('\n'));
});
