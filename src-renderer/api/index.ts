export { ApiError, call, createApiClient, getApiClient, isApiError } from './client';
export type { ApiClient, EventName, EventPayload, Input, MethodName, Output } from './client';
export { ApiClientProvider, queryKeyOf, useApiClient, useApiMutation, useApiQuery, useLiveInvalidation } from './hooks';
export { asEnvelope, createHttpTransport, createIpcTransport, pickTransport } from './transport';
export type { DesktopBridge, SaveFileRequest, SaveFileResult, Transport } from './transport';
export { base64ToBytes, saveExportedFile } from './save-file';
export { readFileAsBase64 } from './read-file';
