// Replaced at bundle time (build.mjs) by imports of every suite/*.suite.ts, sorted by name, so that a new
// test file is picked up by dropping it into suite/. This file exists for the type checker.
export {};
