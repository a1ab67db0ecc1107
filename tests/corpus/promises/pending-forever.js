// A promise that never settles does not keep the process alive; it exits 0 silently.
new Promise(() => {}).then(() => console.log('never'));
(async () => {
  await new Promise(() => {});
  console.log('never either');
})();
process.on('exit', (c) => console.log('exit', c));
console.log('main done');
