// (e) Autosave round trip over loopback: live.saveSelfReview on a 60-member forum with all 27
// indicators in focus, each save chained on the version the previous one returned, as the
// renderer's autosave does. Beside it, live.get on the same full forum (what a window refetches).
import http from 'node:http';
import type { Core } from '../../src-main/core/core';
import { startHttpServer } from '../../src-main/server/http-server';
import { APP_VERSION } from '../../src-main/core/version';
import { postJson, withCore } from './saves';
import { formatMs, percentile, type Check } from './stats';

const MEMBERS = 60;
const WARM_UP = 50;
const SAVES = 1000;

const STATEMENT =
  'Bản thân đôi lúc còn nể nang, ngại va chạm khi góp ý cho đồng nghiệp trong tổ chuyên môn; ' +
  'việc tự học tập, nghiên cứu nghị quyết chưa thường xuyên. Tôi xin nghiêm túc nhận khuyết điểm và sửa chữa.';

async function ok<T>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

export async function benchAutosave(): Promise<Check> {
  return withCore(async (core, cellId) => {
    const memberIds: string[] = [];
    for (let i = 0; i < MEMBERS; i++) {
      const m = await ok<{ id: string }>(core, 'member.create', {
        cellId, fullName: `Nguyễn Văn Thử ${i}`, status: i % 8 === 7 ? 'du_bi' : 'chinh_thuc', partyRole: i === 0 ? 'bi_thu' : 'dang_vien',
      });
      memberIds.push(m.id);
    }
    const forum = await ok<{ id: string }>(core, 'forum.create', { cellId, topic: 'Tự soi, tự sửa', date: '2026-12-10', startTime: '14:00' });
    const server = await startHttpServer({ dispatch: core.dispatch, subscribe: core.subscribe, appVersion: APP_VERSION, schemaVersion: core.schemaVersion, port: 0 });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const versions = new Map<string, number>();
    const times: number[] = [];
    const liveGet: number[] = [];
    try {
      for (let i = 0; i < WARM_UP + SAVES; i++) {
        const subject = memberIds[i % MEMBERS];
        const indicatorNo = 1 + (Math.floor(i / MEMBERS) % 27);
        const key = `${subject}:${indicatorNo}`;
        const start = performance.now();
        const result = (await postJson(agent, server.port, 'live.saveSelfReview', {
          forumId: forum.id, subject, indicatorNo, baseVersion: versions.get(key) ?? 0,
          statement: `${STATEMENT} (${i})`, ...(i % 3 === 0 ? { assessment: 'co_nguy_co' } : {}),
        })) as { ok: boolean; data?: { version: number } };
        const ms = performance.now() - start;
        if (!result.ok) throw new Error(`live.saveSelfReview failed: ${JSON.stringify(result)}`);
        versions.set(key, result.data!.version);
        if (i >= WARM_UP) times.push(ms);
        if (i % 50 === 0) {
          const t = performance.now();
          await postJson(agent, server.port, 'live.get', { forumId: forum.id });
          liveGet.push(performance.now() - t);
        }
      }
    } finally {
      agent.destroy();
      await server.close();
    }
    const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(times, p));
    console.log(`  live.get on the filled forum (${MEMBERS} members × 27 indicators, up to ${versions.size} cells): median ${formatMs(percentile(liveGet, 50))}, max ${formatMs(Math.max(...liveGet))} (reference, no target)`);
    return {
      label: `autosave round trip over HTTP loopback (${times.length} saves)`,
      figure: `p50 ${formatMs(p50)}, p95 ${formatMs(p95)}, p99 ${formatMs(p99)}`,
      target: 'p99 ≤ 10 ms',
      pass: p99 <= 10,
    };
  });
}
