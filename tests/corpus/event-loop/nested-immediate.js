// An immediate scheduled during the check phase runs in the next iteration, after the already queued ones.
setImmediate(() => {
  console.log('A');
  setImmediate(() => console.log('C (scheduled by A)'));
});
setImmediate(() => {
  console.log('B');
  setImmediate(() => console.log('D (scheduled by B)'));
});
