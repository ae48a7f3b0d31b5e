export * from './article.js';
export * from './doc.js';
export * from './event.js';
export * from './mention.js';
export * from './sentence.js';
export * from './span.js';
export * from './tokens.js';
export * from './trace.js';
