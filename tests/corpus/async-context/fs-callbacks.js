// fs callbacks and fs.promises continuations keep the store of the call site.
const { AsyncLocalStorage } = require('async_hooks');
const fs = require('fs');
const als = new AsyncLocalStorage();
als.run('read', () => {
  fs.readFile(__filename, () => {
    console.log('readFile callback:', als.getStore());
    als.run('stat', () => {
      fs.stat(__filename, () => {
        console.log('stat callback:', als.getStore());
        als.run('promises', async () => {
          await fs.promises.readFile(__filename);
          console.log('after fs.promises:', als.getStore());
        });
      });
    });
  });
});
