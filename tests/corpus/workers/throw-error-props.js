// A thrown error is cloned to the parent: name and message survive; 'error' comes before 'exit' 1.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const err = new TypeError('bad input');
  err.code = 'E_BAD';
  err.details = { field: 'age' };
  throw err;
`, { eval: true });
w.on('error', (err) => {
  console.log('error:', err.name, '-', err.message);
  console.log('instanceof TypeError:', err instanceof TypeError);
  console.log('code:', err.code, 'details:', err.details);
});
w.on('exit', (code) => console.log('exit:', code));
