// process.nextTick validates its callback.
try {
  process.nextTick('not a function');
} catch (err) {
  console.log(err.code, err.name);
  console.log(err.message);
}
process.nextTick(function (a, b) { console.log('args', a, b, 'this is', this === undefined ? 'undefined' : typeof this); }, 1, 2);
