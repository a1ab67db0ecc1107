// Stacks as V8 prints them, with this directory shown as '.'.
const show = (e) => console.log(e.stack.split(__dirname).join('.'));
function fail() { throw new Error('boom'); }
try { fail(); } catch (err) { show(err); }
try { null.x; } catch (err) { show(err); }
function outer() { return inner(); }
function inner() { return new RangeError('deep'); }
show(outer());
const e = new Error('top'); show(e);
class ValidationError extends Error {
  constructor(m) { super(m); this.name = 'ValidationError'; }
}
function validate() { throw new ValidationError('bad input'); }
try { validate(); } catch (err) { show(err); }
try { JSON.parse('{bad'); } catch (err) { console.log(err.stack.split('\n')[0]); }
class HttpError extends Error {
  constructor(status, m) { super(m); this.name = 'HttpError'; this.status = status; Error.captureStackTrace(this, HttpError); }
}
function handler() { throw new HttpError(404, 'not found'); }
try { handler(); } catch (err) { show(err); console.log(err.status); }
const o = {}; Error.captureStackTrace(o); show(o);
