// The forEach + async gotcha: forEach does not wait; for...of and Promise.all do.
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
const items = [30, 10, 20];
(async () => {
  const seen = [];
  items.forEach(async (ms) => { seen.push(await sleep(ms, ms)); });
  console.log('forEach returned; seen so far:', seen.length);
  const mapped = await Promise.all(items.map((ms) => sleep(ms, ms * 2)));
  console.log('Promise.all(map):', mapped.join(','));
  console.log('forEach callbacks finished meanwhile in time order:', seen.join(','));
})();
