import { Center, Loader, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { t } from '../i18n';

/** Placeholder for a page whose data is still coming. */
export function PageSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <Stack gap="md" aria-busy="true" role="status">
      <VisuallyHidden>{t.common.loading}</VisuallyHidden>
      <Skeleton height={36} width="45%" />
      <Skeleton height={18} width="30%" />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={44} />
      ))}
    </Stack>
  );
}

/** Spinner for lazy-loaded screens and small areas. */
export function CenteredLoader() {
  return (
    <Center py="xl" role="status" aria-busy="true">
      <Loader aria-hidden="true" />
      <VisuallyHidden>{t.common.loading}</VisuallyHidden>
    </Center>
  );
}
