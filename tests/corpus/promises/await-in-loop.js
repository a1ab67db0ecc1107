// Sequential awaits in a loop run one after another; Promise.all runs them concurrently.
const later = (v, ms) => new Promise((r) => setTimeout(() => { console.log('settle', v); r(v); }, ms));
(async () => {
  for (const [v, ms] of [['a', 15], ['b', 5]]) console.log('got', await later(v, ms));
  console.log('--');
  const all = await Promise.all([later('c', 15), later('d', 5)]);
  console.log('all', all);
})();
