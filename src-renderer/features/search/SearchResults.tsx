// The result list: one card per hit — what kind of text, where and who, the snippet with the
// matched words in <mark>, and links to the forum, the document or the member's history.
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from 'react-router';
import type { Output } from '../../api';
import { formatDateShort, t } from '../../i18n';
import classes from './Search.module.css';

export type SearchHit = Output<'search.query'>['hits'][number];

/** The snippet with each range wrapped in <mark>; ranges come from the core, on this very text. */
export function Highlighted({ snippet }: { snippet: SearchHit['snippet'] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  snippet.ranges.forEach((r, i) => {
    if (r.start > at) parts.push(<Fragment key={`t${i}`}>{snippet.text.slice(at, r.start)}</Fragment>);
    parts.push(<mark key={`m${i}`} className={classes.mark}>{snippet.text.slice(r.start, r.end)}</mark>);
    at = r.end;
  });
  if (at < snippet.text.length) parts.push(<Fragment key="end">{snippet.text.slice(at)}</Fragment>);
  return (
    <Text className={classes.snippet}>
      {snippet.cutStart && '… '}
      {parts}
      {snippet.cutEnd && ' …'}
    </Text>
  );
}

function kindLabel(hit: SearchHit): string {
  const s = t.search;
  if (hit.kind === 'forum_text') return s.textKinds[hit.label] ?? s.kinds.forum_text;
  if (hit.kind === 'response') return s.responseKinds[hit.label] ?? s.kinds.response;
  if (hit.kind === 'document') return `${s.documentTypes[hit.documentType ?? ''] ?? s.kinds.document} — ${hit.label}`;
  return s.kinds[hit.kind];
}

function whoLine(hit: SearchHit): string | null {
  const s = t.search;
  if (hit.kind === 'comment') {
    if (!hit.memberName) return null;
    return hit.otherMemberName ? s.commentTo(hit.memberName, hit.otherMemberName) : s.commentToChiUy(hit.memberName);
  }
  if (hit.kind === 'response' && hit.memberName && hit.otherMemberName) return s.responseBy(hit.memberName, hit.otherMemberName);
  if (hit.kind === 'statement' || hit.kind === 'commitment') return hit.memberName ?? s.collective;
  return hit.memberName;
}

export function SearchHitCard({ hit }: { hit: SearchHit }) {
  const who = whoLine(hit);
  const forumLink = `/cells/${hit.cellId}/forums/${hit.forumId}/live`;
  return (
    <Paper withBorder p="md" radius="md" component="article" data-testid="search-hit" data-kind={hit.kind}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" size="lg" radius="sm">{kindLabel(hit)}</Badge>
          {hit.indicatorNo !== null && <Badge variant="outline" size="lg" radius="sm">{t.search.indicatorShort(hit.indicatorNo)}</Badge>}
          <Text c="dimmed">
            {hit.cellName} · {formatDateShort(hit.forumDate)}
          </Text>
        </Group>
        {who && <Text fw={600}>{who}</Text>}
        <Highlighted snippet={hit.snippet} />
        <Group gap="lg">
          {hit.kind === 'document' && hit.documentType ? (
            <Anchor component={Link} to={`/cells/${hit.cellId}/forums/${hit.forumId}/documents/${hit.documentType}`}>{t.search.openDocument}</Anchor>
          ) : (
            <Anchor component={Link} to={forumLink}>{t.search.openForum}</Anchor>
          )}
          {hit.memberId && (
            <Anchor component={Link} to={`/cells/${hit.cellId}/members/${hit.memberId}/history`}>
              {t.search.openMember} {hit.memberName}
            </Anchor>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
