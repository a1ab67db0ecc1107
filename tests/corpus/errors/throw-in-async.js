// A throw after an await in an async function nobody awaits: unhandled rejection, exit 1.
async function work() {
  await null;
  console.log('working');
  throw new SyntaxError('async failure');
}
work();
setTimeout(() => console.log('timer (must not print)'), 10);
