// Invalid arguments throw TypeErrors with Node's codes and messages.
const util = require('util');
const attempts = [
  () => util.promisify(42),
  () => util.promisify('a string that is rather long indeed'),
  () => util.promisify({}),
  () => util.promisify(null),
  () => util.callbackify(undefined),
  () => util.callbackify(async () => {})(1),
  () => util.inherits(function A() {}, null),
  () => util.inherits(null, function B() {}),
  () => util.formatWithOptions(1, 'x'),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('no error');
  } catch (err) {
    console.log(`${err.name} [${err.code}]: ${err.message}`);
  }
}
