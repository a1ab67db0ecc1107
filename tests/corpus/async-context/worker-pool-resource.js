// The docs' pattern: a task queue that remembers each task's context with an AsyncResource.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const als = new AsyncLocalStorage();
class TaskInfo extends AsyncResource {
  constructor(callback) {
    super('TaskInfo');
    this.callback = callback;
  }
  done(err, result) {
    this.runInAsyncScope(this.callback, null, err, result);
    this.emitDestroy();
  }
}
class Pool {
  constructor() { this.pending = []; }
  runTask(n, callback) { this.pending.push({ n, info: new TaskInfo(callback) }); }
  drain() {
    for (const { n, info } of this.pending.splice(0)) info.done(null, n * n);
  }
}
const pool = new Pool();
for (const user of ['ann', 'bob']) {
  als.run(user, () => pool.runTask(user.length + 1, (err, r) => console.log(`${user}: result ${r}, store ${als.getStore()}`)));
}
als.run('drainer', () => setTimeout(() => pool.drain(), 1));
console.log(new TaskInfo(() => {}) instanceof AsyncResource, typeof new TaskInfo(() => {}).asyncId());
