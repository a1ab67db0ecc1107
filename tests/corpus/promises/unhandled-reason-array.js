// Rejecting with an array: the crash report shows "[object Array]".
console.log('rejecting with an array');
Promise.reject(['a', 'b']);
