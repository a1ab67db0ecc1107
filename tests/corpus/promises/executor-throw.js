// A throw in the executor rejects the promise; a throw after resolve is swallowed.
new Promise(() => { throw new Error('boom'); }).catch((e) => console.log('caught', e.message));
new Promise((resolve) => { resolve('ok'); throw new Error('swallowed'); }).then((v) => console.log('still', v));
