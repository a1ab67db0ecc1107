// Sequential awaits in a loop vs Promise.all: total time and completion order.
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
(async () => {
  let t = Date.now();
  for (const ms of [30, 10, 20]) console.log('sequential got', await sleep(ms, ms));
  const seq = Date.now() - t;
  t = Date.now();
  const vals = await Promise.all([30, 10, 20].map((ms) => sleep(ms, ms)));
  const par = Date.now() - t;
  console.log('parallel got', vals.join(','));
  console.log('sequential took >= 60:', seq >= 60, 'parallel < sequential:', par < seq);
})();
