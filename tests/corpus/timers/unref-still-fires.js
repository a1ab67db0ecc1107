// An unref'd timer still fires if something else keeps the loop alive long enough.
setTimeout(() => console.log('unref timer fired'), 5).unref();
setTimeout(() => console.log('ref timer fired'), 50);
