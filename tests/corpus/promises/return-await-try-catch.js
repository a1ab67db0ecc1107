// The classic gotcha: `return p` inside try/catch does not catch p's rejection;
// `return await p` does.
const fail = () => Promise.reject(new Error('nope'));
async function withoutAwait() {
  try { return fail(); } catch (e) { return 'caught inside (without await)'; }
}
async function withAwait() {
  try { return await fail(); } catch (e) { return 'caught inside (with await)'; }
}
withoutAwait().then(console.log, (e) => console.log('rejected to the caller:', e.message));
withAwait().then(console.log, (e) => console.log('rejected to the caller:', e.message));
