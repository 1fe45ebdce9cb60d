// Browser mode: the core plus the HTTP transport in plain Node. Used by `npm start` where the
// Electron runtime is missing, and by the end-to-end tests.
import path from 'node:path';
import { SCHEMA_VERSION } from '../core/db/migrations';
import { defaultDataDir } from '../core/data-dir';
import { DatabaseOpenError } from '../core/errors';
import { openApp } from '../core/recovery';
import { APP_VERSION } from '../core/version';
import { CliArgsError, parseCliArgs } from './cli-args';
import { startHttpServer } from './http-server';

async function main(): Promise<void> {
  const args = parseCliArgs(process.argv.slice(2).filter((a) => a !== '--browser'));
  const dataDir = path.resolve(args.dataDir ?? defaultDataDir());
  // A damaged database starts the recovery mode (the page shows the recovery screen), not a crash.
  const core = await openApp({ dataDir });
  const staticDir = process.env.TUSOI_STATIC_DIR ?? path.resolve(__dirname, '../renderer');
  let server;
  try {
    server = await startHttpServer({
      dispatch: core.dispatch,
      subscribe: core.subscribe,
      appVersion: APP_VERSION,
      schemaVersion: SCHEMA_VERSION,
      port: args.port,
      staticDir,
    });
  } catch (error) {
    await core.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new CliArgsError(`Cổng ${args.port} đang được dùng. Hãy đóng chương trình kia hoặc chạy với --port ${args.port + 1}.`);
    }
    throw error;
  }
  console.log(`Tự soi đang chạy ở chế độ trình duyệt: ${server.url}/`);
  console.log(`Dữ liệu: ${core.dataFile}`);
  if (core.mode() === 'recovery') {
    console.log('Tệp dữ liệu bị hỏng: ứng dụng đang ở chế độ khôi phục. Hãy mở địa chỉ trên để khôi phục từ một bản sao lưu.');
  }
  console.log('Nhấn Ctrl+C để dừng.');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseOpenError || error instanceof CliArgsError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
