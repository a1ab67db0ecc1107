// clearImmediate from an earlier immediate cancels a later one queued in the same check phase.
let b;
setImmediate(() => {
  console.log('A clears B');
  clearImmediate(b);
});
b = setImmediate(() => console.log('B (must not run)'));
setImmediate((x) => console.log('C with arg', x), 42);
