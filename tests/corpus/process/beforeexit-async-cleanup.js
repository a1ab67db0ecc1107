// A common pattern: flush pending work asynchronously in beforeExit, once.
const pending = ['a', 'b', 'c'];
let flushed = false;
process.on('beforeExit', async () => {
  if (flushed) return console.log('beforeExit again: nothing left');
  flushed = true;
  console.log('flushing', pending.length, 'items');
  for (const item of pending.splice(0)) {
    await new Promise((r) => setTimeout(r, 2));
    console.log('  flushed', item);
  }
});
process.on('exit', (code) => console.log('exit', code));
console.log('main done');
