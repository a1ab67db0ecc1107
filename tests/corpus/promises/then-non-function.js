// Non-function then arguments are ignored: values and rejections pass through.
Promise.resolve('value').then(null).then(42).then(undefined, undefined).then((v) => console.log('passed through', v));
Promise.reject(new Error('reason')).then((v) => console.log('no')).then(null, 'x').catch((e) => console.log('rejection passed through', e.message));
