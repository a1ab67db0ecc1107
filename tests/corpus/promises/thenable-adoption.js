// Promise.resolve and then-callbacks adopt thenables by calling their then method asynchronously.
const thenable = {
  then(onFulfilled, onRejected) {
    console.log('then called with', typeof onFulfilled, typeof onRejected);
    onFulfilled('from thenable');
  },
};
const p = Promise.resolve(thenable);
console.log('sync after Promise.resolve');
p.then((v) => console.log(v));
Promise.resolve(1).then(() => ({ then(r) { r('nested thenable'); } })).then((v) => console.log(v));
