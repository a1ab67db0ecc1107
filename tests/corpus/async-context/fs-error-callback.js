// An fs error callback still runs in the context of the call that started the request.
const { AsyncLocalStorage } = require('async_hooks');
const fs = require('fs');
const als = new AsyncLocalStorage();
als.run({ requestId: 'r-17' }, () => {
  fs.readFile('./does-not-exist.txt', (err) => {
    console.log(err.code, 'for request', als.getStore().requestId);
  });
  fs.promises.readFile('./also-missing.txt').catch((err) => {
    console.log(err.code, 'via promises for', als.getStore().requestId);
  });
});
