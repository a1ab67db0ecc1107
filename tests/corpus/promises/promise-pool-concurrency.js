// Limited concurrency: run 6 tasks, at most 2 at a time; print start/finish order.
const tasks = [150, 10, 20, 5, 12, 8].map((ms, i) => () =>
  new Promise((r) => { console.log('start', i); setTimeout(() => { console.log('  done', i); r(i); }, ms); }));
async function pool(tasks, limit) {
  const results = [];
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  }
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}
pool(tasks, 2).then((r) => console.log('results', r.join(',')));
