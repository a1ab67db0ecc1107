// Throwing null from the main script.
console.log('about to throw null');
throw null;
