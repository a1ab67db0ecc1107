// A request-scoped logger without passing ids around: simulated requests on timers.
const { AsyncLocalStorage } = require('async_hooks');
const { randomUUID } = require('crypto');
const context = new AsyncLocalStorage();
function logger(msg) {
  const store = context.getStore();
  console.log(store ? `[${store.requestId}] ${msg}` : `[no request] ${msg}`);
}
const db = { query: (sql) => new Promise((r) => setTimeout(() => { logger(`db: ${sql}`); r([sql.length]); }, 10)) };
async function handler(path) {
  logger(`start ${path}`);
  const rows = await db.query(`select * from ${path.slice(1)}`);
  logger(`got ${rows.length} row(s)`);
  return rows;
}
let n = 0;
function serve(path) {
  const requestId = `req-${++n}`;
  context.run({ requestId, path }, () => handler(path).then(() => logger('response sent')));
}
serve('/users');
setTimeout(() => serve('/orders'), 5);
logger('server ready');
console.log(typeof randomUUID);
