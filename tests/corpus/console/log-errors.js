// Errors print their stack; own extra properties follow in braces. Stacks here are replaced so
// that the output does not depend on file paths.
function withStack(err, frames) {
  err.stack = `${err.name}: ${err.message}${frames.map((f) => `\n    at ${f}`).join('')}`;
  return err;
}
const plain = withStack(new Error('something failed'), ['run (/app/main.js:10:5)', 'main (/app/main.js:20:3)']);
console.log(plain);
const coded = withStack(new TypeError('bad input'), ['check (/app/check.js:1:1)']);
coded.code = 'ERR_BAD_INPUT';
coded.details = { field: 'name', allowed: ['a', 'b'] };
console.log(coded);
const stackless = new RangeError('out of range');
stackless.stack = undefined;
console.log(stackless);
stackless.code = 'E_RANGE';
console.log(stackless);
class ValidationError extends Error {}
console.log(withStack(new ValidationError('invalid'), ['validate (/app/v.js:2:2)']));
console.log({ error: withStack(new Error('nested'), ['inner (/app/i.js:3:3)']) });
const caused = withStack(new Error('outer', { cause: 'root cause' }), ['outer (/app/o.js:4:4)']);
console.log(caused);
console.log('message only:', plain.message, coded.code);
