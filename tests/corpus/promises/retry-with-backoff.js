// Retry with exponential backoff: attempts and the waits between them.
let attempts = 0;
function flaky() {
  attempts++;
  return attempts < 4 ? Promise.reject(new Error(`attempt ${attempts} failed`)) : Promise.resolve('success');
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function retry(fn, tries = 5, delay = 5) {
  for (let i = 0; i < tries; i++) {
    try {
      return await fn();
    } catch (err) {
      console.log(err.message, `- waiting ${delay} ms`);
      await sleep(delay);
      delay *= 2;
    }
  }
  throw new Error('gave up');
}
retry(flaky).then((v) => console.log(v, 'after', attempts, 'attempts'));
