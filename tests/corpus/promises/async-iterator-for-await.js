// for await over an async generator that sleeps between values, interleaved with a timer.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function* ticker(n) {
  for (let i = 1; i <= n; i++) {
    await sleep(10);
    yield i;
  }
}
setImmediate(() => console.log('-- an immediate runs before the first tick --'));
(async () => {
  for await (const i of ticker(4)) console.log('tick', i);
  console.log('iteration done');
})();
