// Command-line flags shared by `npm start` and the browser-mode server.
import { parseArgs } from 'node:util';

export const DEFAULT_PORT = 5180;

export interface CliOptions {
  browser: boolean;
  port: number;
  dataDir?: string;
}

export class CliArgsError extends Error {}

export function parseCliArgs(argv: string[]): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        browser: { type: 'boolean', default: false },
        port: { type: 'string' },
        'data-dir': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CliArgsError(`Tham số không hợp lệ: ${(error as Error).message}. Dùng: --browser, --port N, --data-dir THƯ_MỤC.`);
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CliArgsError(`Cổng «${values.port}» không hợp lệ: hãy dùng một số từ 1 đến 65535, ví dụ --port 5181.`);
  }
  return { browser: values.browser ?? false, port, dataDir: values['data-dir'] };
}
