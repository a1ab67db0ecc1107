// An uncaught invalid URL: exit code 1 and the error on stderr.
console.log('before');
new URL('not a url');
console.log('never');
