import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { t } from '../i18n';

/** The crash view: calm Vietnamese words and a way out. */
export function CrashView({ onReload }: { onReload: () => void }) {
  return (
    <Alert color="red" variant="light" title={t.errors.crashTitle} role="alert" maw={720} m="md">
      <Stack gap="sm" align="flex-start">
        <Text>{t.errors.crashBody}</Text>
        <Button onClick={onReload}>{t.errors.reloadScreen}</Button>
      </Stack>
    </Alert>
  );
}

interface Props {
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/** Catches render errors so one broken screen never blanks the whole window. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Render error', error, info.componentStack);
  }

  render() {
    if (this.state.failed) return <CrashView onReload={() => window.location.reload()} />;
    return this.props.children;
  }
}
