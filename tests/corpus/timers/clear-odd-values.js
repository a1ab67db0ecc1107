// clearTimeout / clearInterval / clearImmediate ignore values that are not timers.
clearTimeout(undefined);
clearTimeout(null);
clearTimeout(12345);
clearTimeout('abc');
clearTimeout({});
clearImmediate(undefined);
clearImmediate(123);
clearInterval(undefined);
console.log('no throws');
// clearTimeout on an Immediate object does nothing: it still runs.
const imm = setImmediate(() => console.log('immediate ran despite clearTimeout'));
clearTimeout(imm);
// clearImmediate on a Timeout does nothing either.
const t = setTimeout(() => console.log('timeout ran despite clearImmediate'), 5);
clearImmediate(t);
