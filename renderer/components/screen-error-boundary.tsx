import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** A new value (e.g. another route) clears the failure so the next screen gets a chance. */
  resetKey?: string;
}

interface State {
  failed: boolean;
  resetKey: string | undefined;
}

/** A bug in one screen shows a sentence and a way out instead of a blank window. */
export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For whoever opens the developer tools; the person at the screen sees only the sentence.
    console.error('screen failed', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Alert color="red" title="This screen stopped working" icon={<IconAlertTriangle />}>
        <Stack gap="md" align="flex-start">
          <Text>
            Your work on other screens is safe. Try opening it again; if it keeps happening, tell
            your supervisor.
          </Text>
          <Button variant="default" onClick={() => this.setState({ failed: false })}>
            Open it again
          </Button>
        </Stack>
      </Alert>
    );
  }
}
