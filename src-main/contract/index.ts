export * from './method-names';
export * from './result';
export * from './methods';
export * from './schemas';
export * from './live';
export * from './documents';
export * from './reports';
export * from './rosters';
