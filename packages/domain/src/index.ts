// Records with one writer shared by both apps (issue #16): what is written here is written nowhere else.
export * from './live-publisher.js';
export * from './notification-writer.js';
