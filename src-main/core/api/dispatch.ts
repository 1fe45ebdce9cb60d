// The one door into the core: validate the input against the contract, run the handler, and
// always answer a Result envelope. Nothing thrown escapes; unexpected errors are logged.
import { z } from 'zod';
import { contract, isMethodName, type ApiIssue, type Result } from '../../contract';
import { CoreError } from '../errors';
import type { HandlerContext, Handlers } from './handlers';

// Zod's own Vietnamese messages for the few checks our field builders do not word themselves.
z.config(z.locales.vi());

export interface Logger {
  error(message: string, error?: unknown): void;
}

export type Dispatch = (name: unknown, input: unknown) => Promise<Result<unknown>>;

function issuesOf(error: z.ZodError): ApiIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export function createDispatch(
  handlers: Handlers,
  ctx: HandlerContext,
  options: { logger: Logger; validateOutput?: boolean },
): Dispatch {
  return async (name, input) => {
    if (!isMethodName(name)) {
      return {
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: `Không có chức năng «${String(name).slice(0, 80)}».` },
      };
    }
    const spec = contract[name];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      const issues = issuesOf(parsed.error);
      return { ok: false, error: { code: 'INVALID_INPUT', message: issues[0]?.message ?? 'Dữ liệu không hợp lệ.', issues } };
    }
    try {
      const handler = handlers[name] as (c: HandlerContext, i: unknown) => Promise<unknown>;
      const data = await handler(ctx, parsed.data);
      if (options.validateOutput) spec.output.parse(data);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof CoreError) {
        return {
          ok: false,
          error: {
            code: error.code,
            message: error.message,
            ...(error.issues ? { issues: error.issues } : {}),
            ...(error.current !== undefined ? { current: error.current } : {}),
          },
        };
      }
      options.logger.error(`Unexpected error in ${name}`, error);
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: 'Đã có lỗi ngoài dự kiến; dữ liệu chưa bị thay đổi. Hãy thử lại, nếu vẫn lỗi hãy khởi động lại ứng dụng.',
        },
      };
    }
  };
}
