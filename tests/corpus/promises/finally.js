// finally sees no arguments, passes the value/reason through, but a throw or rejection inside it wins.
Promise.resolve('v').finally((...a) => console.log('finally args', a.length)).then((v) => console.log('value kept', v));
Promise.reject(new Error('r')).finally(() => 'ignored').catch((e) => console.log('reason kept', e.message));
Promise.resolve('v').finally(() => { throw new Error('from finally'); }).catch((e) => console.log('overridden', e.message));
Promise.resolve('v').finally(() => new Promise((r) => setTimeout(r, 5))).then((v) => console.log('waited, value', v));
